/// The API server's rule on a container image (k8s.io/kubernetes
/// `validateContainerOnlyForPod`): no white space at either end. It checks pods only, so
/// it accepts such a Deployment and then rejects every pod the ReplicaSet creates.
public enum ImageRules {
    /// Why `image` cannot be a container image, or nil.
    public static func problem(_ image: String) -> String? {
        guard CRDPatterns.hasSurroundingSpace(image) else { return nil }
        return "invalid image \(DecodeMessages.quoted(image)): must not have leading or trailing whitespace (the "
            + "API server accepts the Deployment but rejects every pod created from it)"
    }
}
