/// The two EPP plugin configurations (SPEC 5.2) and the checksum of ConfigMap data.
public enum EPPConfigFiles {
    public static let defaultName = "default-plugins.yaml"
    public static let pdName = "pd-config.yaml"

    /// The file the EPP loads: the prefill/decode profile when prefill pods exist.
    public static func file(disaggregated: Bool) -> (name: String, text: String) {
        disaggregated ? (pdName, pdText) : (defaultName, defaultText)
    }

    /// The ConfigMap checksum for each case: `checksum` of the one file, written out
    /// rather than hashed at run time (start-up; a test checks both against `checksum`).
    public static func configChecksum(disaggregated: Bool) -> String {
        disaggregated ? pdChecksum : defaultChecksum
    }

    static let defaultChecksum = "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1"
    static let pdChecksum = "da2206ceec8c17d0eef3714ea7387e412c7b565661113eef5c0d0fd2b083eb23"

    /// Lowercase hex SHA-256 of the data: keys sorted, each followed by its value, no
    /// separators (the operator's hash, so the annotation matches a live cluster).
    public static func checksum(_ data: [(String, String)]) -> String {
        var hasher = SHA256()
        for (key, value) in data.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
            hasher.update(key.utf8)
            hasher.update(value.utf8)
        }
        return SHA256.hexString(hasher.finalize())
    }

    public static let defaultText = """
        apiVersion: inference.networking.x-k8s.io/v1alpha1
        kind: EndpointPickerConfig
        plugins:
        - type: queue-scorer
        - type: kv-cache-utilization-scorer
        - type: prefix-cache-scorer
        schedulingProfiles:
        - name: default
          plugins:
          - pluginRef: queue-scorer
            weight: 2
          - pluginRef: kv-cache-utilization-scorer
            weight: 2
          - pluginRef: prefix-cache-scorer
            weight: 3

        """

    public static let pdText = """
        apiVersion: inference.networking.x-k8s.io/v1alpha1
        kind: EndpointPickerConfig
        featureGates:
        - prepareDataPlugins
        plugins:
        - type: prefill-header-handler
        - type: prefix-cache-scorer
          parameters:
            maxPrefixBlocksToMatch: 256
            lruCapacityPerServer: 31250
        - type: queue-scorer
        - type: prefill-filter
        - type: decode-filter
        - type: max-score-picker
        - type: prefix-based-pd-decider
          parameters:
            nonCachedTokens: 16
        - type: pd-profile-handler
          parameters:
            primaryPort: 0
            deciderPluginName: prefix-based-pd-decider
        schedulingProfiles:
        - name: prefill
          plugins:
          - pluginRef: prefill-filter
          - pluginRef: max-score-picker
          - pluginRef: prefix-cache-scorer
            weight: 2
          - pluginRef: queue-scorer
            weight: 1
        - name: decode
          plugins:
          - pluginRef: decode-filter
          - pluginRef: max-score-picker
          - pluginRef: prefix-cache-scorer
            weight: 2
          - pluginRef: queue-scorer
            weight: 1

        """
}
