import MSModel

/// ModelService + settings -> the objects the operator creates, in install order.
///
/// Builders cannot fail: RenderValidator checks names, labels and resources first.
public enum RenderPipeline {
    public static func render(_ ms: ModelService, options: RenderOptions) -> [Resource] {
        render(RenderContext(ms, options: options))
    }

    public static func render(_ ctx: RenderContext) -> [Resource] {
        var out: [Resource?] = ctx.roles.map { ServingDeployment.build(ctx, $0) }
        out += [
            EPPServiceAccount.build(ctx), EPPConfigMap.build(ctx), EPPDeployment.build(ctx), EPPService.build(ctx),
            EPPRole.build(ctx), EPPRoleBinding.build(ctx), MetricsSecret.build(ctx), EPPClusterRole.build(ctx),
            EPPClusterRoleBinding.build(ctx), InferencePool.build(ctx), HTTPRoute.build(ctx),
            DestinationRule.build(ctx),
        ]
        out += ctx.roles.map { PodMonitor.build(ctx, $0) }
        out.append(ServiceMonitor.build(ctx))
        return InstallOrder.sort(out.compactMap { $0 })
    }
}
