import MSModel

/// Rules on what the pod templates get from the input next to what msrender adds: the
/// API server rejects a container whose mount paths repeat, a Service that lists one
/// port twice, and an env file in a volume the pod does not have.
extension RenderValidator {
    static func checkPods(_ ctx: RenderContext, _ out: inout Report) {
        if InitContainers.modelUnpack(ctx) != nil {
            let others = InitContainers.unpackMounts(ctx).filter {
                !$0.volume.utf8.elementsEqual(Defaults.modelVolume.utf8)
            }
            if let clash = others.first(where: { $0.path.utf8.elementsEqual(ctx.mountPath.utf8) }) {
                out.error("spec.model.mountPath", PodMessages.mountClash(ctx.mountPath, clash.volume))
            }
        }
        if ctx.hasInferencePool && ctx.eppPort == Defaults.eppMetricsPort {
            out.error("spec.inferencePool.endpointPicker.port", PodMessages.eppPortClash(ctx.eppPort))
        }
        let volumes = ServingDeployment.volumes(ctx).compactMap { $0["name"]?.stringValue }
        for (i, env) in ctx.spec.engine.env.enumerated() {
            guard let volume = env.valueFrom?["fileKeyRef"]?["volumeName"]?.stringValue, !volume.isEmpty,
                !volumes.contains(where: { $0.utf8.elementsEqual(volume.utf8) })
            else { continue }
            out.error("spec.engine.env[\(i)].valueFrom.fileKeyRef.volumeName", PodMessages.noVolume(volume, volumes))
        }
    }
}

/// The texts of the pod-template checks.
enum PodMessages {
    static func mountClash(_ path: String, _ volume: String) -> String {
        "mount path \(Messages.quoted(path)) is where the model-unpack container already mounts the \(volume) "
            + "volume; mount paths must be unique within a container, so the API server rejects the Deployment"
    }

    static func eppPortClash(_ port: Int) -> String {
        "port \(port) is the endpoint picker's metrics port: the EPP Service would list port \(port)/TCP twice, "
            + "which the API server rejects"
    }

    static func noVolume(_ volume: String, _ volumes: [String]) -> String {
        "volume \(Messages.quoted(volume)) not found: the serving pod's volumes are " + volumes.joined(separator: ", ")
    }
}
