/// The regular expressions (ECMA-262, as JSON Schema's `pattern` is) for the rules
/// msrender checks in code rather than in the CRD's tables. Each mirrors one function;
/// `.ci/checks/60-jsonschema.sh` checks that the two agree on generated documents.
///
/// Labels are written `[a-z0-9]+(-+[a-z0-9]+)*` (one way to match each text), so no
/// pattern backtracks more than linearly on a long string.
enum JSONSchemaPatterns {
    static let dnsLabel = "[a-z0-9]+(-+[a-z0-9]+)*"
    static let dnsSubdomain = "\(dnsLabel)(\\.\(dnsLabel))*"
    /// A qualified name's name part: at most 63 characters.
    static let namePart = "[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?"
    /// An optional `prefix/` that is a DNS-1123 subdomain of at most 253 characters.
    static let prefix = "((?=[^/]{1,253}/)\(dnsSubdomain)/)"

    /// `NameRules.isDNS1123Subdomain` (the length limit is the schema's maxLength).
    static let subdomainName = "^\(dnsSubdomain)$"
    /// `NameRules.isDNS1123Label`.
    static let labelName = "^\(dnsLabel)$"
    /// A label key or annotation key (apimachinery `IsQualifiedName`).
    static let qualifiedName = "^\(prefix)?\(namePart)$"
    /// A label value (apimachinery `IsValidLabelValue`): empty or a name part.
    static let labelValue = "^(\(namePart))?$"
    /// `ResourceNames.problem`: a standard name, hugepages-*, or a qualified extended name.
    static let resourceName = "^(cpu|memory|ephemeral-storage|hugepages-[^/]*|\(prefix)\(namePart))$"
    /// `PodFieldRules.checkEnvVar`: printable ASCII other than '='.
    static let envVarName = "^[ -<>-~]+$"

    // Quantities, as `QuantityParser` reads them: sign? number suffix?, where an
    // exponent suffix must fit 32 bits (the API server's reading).
    static let number = "([0-9]+(\\.[0-9]*)?|\\.[0-9]+)"
    /// 0 to 2147483647 (leading zeros allowed).
    static let int32Magnitude =
        "0*([0-9]{1,9}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}"
        + "|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7])"
    static let suffix = "(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE]([+-]?\(int32Magnitude)|-0*2147483648))?"
    static let quantity = "^[+-]?\(number)\(suffix)$"
    /// A quantity that is not negative (`PodFieldRules.checkResources`): no sign but `+`,
    /// or `-` before a zero.
    static let nonNegativeQuantity = "^(\\+?\(number)|-(0+(\\.0*)?|\\.0+))\(suffix)$"
}
