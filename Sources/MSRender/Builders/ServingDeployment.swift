import MSModel
import MSYAML

/// The decode or prefill Deployment (apps/v1, SPEC 5.1).
///
/// Invariant: the pod labels contain the Deployment selector, the PodMonitor selector
/// (the same role selector) and the InferencePool selector, so all three find the pods.
enum ServingDeployment {
    static func build(_ ctx: RenderContext, _ role: Role) -> Resource? {
        guard let r = ctx.roleSpec(role) else { return nil }
        let model = ctx.spec.model

        // Keys in byte order, the writer's (it then need not sort them).
        var templateMetadata: [(String, Value)] = []
        if !r.annotations.isEmpty { templateMetadata.append(("annotations", Fragments.stringMap(r.annotations))) }
        templateMetadata.append(("labels", ctx.labels.rolePod(role)))

        var pod: [(String, Value)] = [("automountServiceAccountToken", false)]
        pod.append(("containers", [VLLMContainer.build(ctx, role)]))
        if !model.imagePullSecrets.isEmpty {
            // An empty name is not written (omitempty), as the API server stores it.
            let refs = model.imagePullSecrets.map { $0.isEmpty ? Value.object([]) : ["name": .string($0)] }
            pod.append(("imagePullSecrets", .sequence(refs)))
        }
        let inits = InitContainers.build(ctx, role)
        if !inits.isEmpty { pod.append(("initContainers", .sequence(inits))) }
        if !r.nodeSelector.isEmpty { pod.append(("nodeSelector", Fragments.stringMap(r.nodeSelector))) }
        pod.append(("securityContext", Fragments.podSecurityContext))
        if !r.tolerations.isEmpty { pod.append(("tolerations", .sequence(r.tolerations))) }
        pod.append(("volumes", .sequence(volumes(ctx))))

        return Resource.make(
            APIVersion.apps, "Deployment", name: ctx.names.deployment(role), namespace: ctx.namespace,
            labels: ctx.labels.roleMetadata(role),
            fields: [
                (
                    "spec",
                    [
                        "replicas": .int(r.replicas),
                        "selector": ["matchLabels": ctx.labels.roleSelector(role)],
                        "template": ["metadata": .object(templateMetadata), "spec": .object(pod)],
                    ]
                )
            ])
    }

    /// `model` receives the unpacked model, `model-tmp` is kit's cache, and with pull
    /// secrets the first one is mounted as kit's docker config.
    static func volumes(_ ctx: RenderContext) -> [Value] {
        var out: [Value] = [
            ["emptyDir": [:], "name": .string(Defaults.modelVolume)],
            ["emptyDir": [:], "name": .string(Defaults.modelTmpVolume)],
        ]
        if let first = ctx.spec.model.imagePullSecrets.first {
            out.append([
                "name": .string(Defaults.dockerConfigVolume),
                "secret": [
                    "secretName": .string(first),
                    "items": [["key": ".dockerconfigjson", "path": "config.json"]],
                ],
            ])
        }
        return out
    }
}
