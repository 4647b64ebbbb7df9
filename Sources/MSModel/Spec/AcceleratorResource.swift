/// The extended resource each accelerator's GPUs are requested under.
extension AcceleratorType {
    /// `nvidia.com/gpu`, `amd.com/gpu`, `habana.ai/gaudi`, `google.com/tpu`; nil for cpu.
    public var resourceName: String? {
        switch self {
        case .nvidia: return "nvidia.com/gpu"
        case .amd: return "amd.com/gpu"
        case .intelGaudi: return "habana.ai/gaudi"
        case .google: return "google.com/tpu"
        case .cpu: return nil
        }
    }
}
