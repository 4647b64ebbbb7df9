import MSModel

/// The regular expressions (ECMA-262, as JSON Schema's `pattern` is) for the rules
/// msrender checks in code rather than in the CRD's tables. Each mirrors one matcher;
/// `JSONSchemaPatternTests` checks the two on a table of examples, and
/// `.ci/checks/60-jsonschema.sh` on generated documents.
///
/// Labels are written `[a-z0-9]+(-+[a-z0-9]+)*` (one way to match each text), so no
/// pattern backtracks more than linearly on a long string. No pattern uses `.`, `\d`,
/// `\w` or `\s` (but in `[\s\S]`, any character), whose meaning differs between regex
/// dialects, nor the `u` flag's syntax.
enum JSONSchemaPatterns {
    static let dnsLabel = "[a-z0-9]+(-+[a-z0-9]+)*"
    static let dnsSubdomain = "\(dnsLabel)(\\.\(dnsLabel))*"
    /// A qualified name's name part: at most 63 characters.
    static let namePart = namePart(letters: "A-Za-z0-9")
    /// An optional `prefix/` that is a DNS-1123 subdomain of at most 253 characters.
    static let prefix = prefix(dnsSubdomain, LabelRules.maxPrefixLength)

    /// `NameRules.isDNS1123Subdomain` (the length limit is the schema's maxLength).
    static let subdomainName = "^\(dnsSubdomain)$"
    /// `NameRules.isDNS1123Label`.
    static let labelName = "^\(dnsLabel)$"
    /// Empty, or a DNS-1123 label (`RouteMonitorRules`: a gatewayRef namespace).
    static let optionalLabelName = "^(\(dnsLabel))?$"
    /// A label key (apimachinery `IsQualifiedName`, `LabelRules.keyProblems`).
    static let qualifiedName = "^\(prefix)?\(namePart)$"
    /// Empty or a label key (`PodFieldRules.checkToleration`: a taint key).
    static let optionalQualifiedName = "^(\(prefix)?\(namePart))?$"
    /// An annotation key (`LabelRules.annotationKeyProblems`): a qualified name once Go
    /// has lowercased it, so uppercase letters, and the few non-ASCII letters whose
    /// lowercase is ASCII, count as letters of the prefix too.
    static let annotationKey = "^\(annotationKeyBody)$"
    private static let annotationKeyBody: String = {
        let extra = LabelRules.asciiLowercased.map { unicodeEscape($0.scalar) }.joined()
        let label = "[a-zA-Z0-9\(extra)]+(-+[a-zA-Z0-9\(extra)]+)*"
        let subdomain = "\(label)(\\.\(label))*"
        return "\(prefix(subdomain, LabelRules.maxPrefixLength))?\(namePart(letters: "A-Za-z0-9" + extra))"
    }()
    /// A label value (apimachinery `IsValidLabelValue`): empty or a name part.
    static let labelValue = "^(\(namePart))?$"
    /// `ResourceNames.problem`: a standard name, hugepages-*, a native qualified name
    /// (one containing `kubernetes.io/`), or an extended one: not starting with
    /// `requests.`, and short enough that `requests.` + name is still a qualified name.
    static let resourceName = "^\(resourceNameBody)$"
    private static let resourceNameBody: String = {
        let standard = ResourceNames.standard.map(literal).joined(separator: "|")
        let native = "(?=[^/]*\(literal(ResourceNames.nativeMarker)))\(prefix)\(namePart)"
        let quota = ResourceNames.quotaPrefix
        let extended =
            "(?!\(literal(quota)))\(prefix(dnsSubdomain, LabelRules.maxPrefixLength - quota.utf8.count))\(namePart)"
        return "(\(standard)|\(literal(ResourceNames.hugePagesPrefix))[^/]*|\(native)|\(extended))"
    }()
    /// `PodFieldRules.checkEnvVar`: printable ASCII other than '='.
    static let envVarName = "^[ -<>-~]+$"

    /// `CRDPatterns.isHostname`: an optional `*.`, then lowercase DNS labels of any length.
    static let hostname = "^(\\*\\.)?\(dnsSubdomain)$"
    /// `CRDPatterns.isDuration`: the PodMonitor CRD's own pattern (it backtracks linearly:
    /// each group ends at its own unit letter).
    static let duration = CRDPatterns.duration
    /// `ImageRules.problem`: no White_Space character at either end. Every White_Space
    /// character is in the Basic Multilingual Plane, where an ECMA class without the `u`
    /// flag sees whole characters.
    static let noSurroundingSpace: String = {
        let space = "[" + ranges(of: CRDPatterns.isSpace).map(classRange).joined() + "]"
        let other = "[^" + space.dropFirst()
        return "^(\(other)([\\s\\S]*\(other))?)?$"
    }()

    /// `EnvSourceRules.configMapKeyProblems` (the length is the schema's maxLength):
    /// `[-._a-zA-Z0-9]+`, not `.` or `..`, not starting with `..`.
    static let configMapKey = "^\\.?[-_a-zA-Z0-9][-._a-zA-Z0-9]*$"
    /// `EnvSourceRules.checkFieldRef`: a downward-API path, or a label or annotation
    /// subscript whose key is valid.
    static let fieldPath: String = {
        let names = (EnvSourceRules.fieldPaths + EnvSourceRules.fieldPathAliases).map(literal)
        let label = "metadata\\.labels\\['\(prefix)?\(namePart)'\\]"
        let annotation = "metadata\\.annotations\\['\(annotationKeyBody)'\\]"
        return "^(" + (names + [label, annotation]).joined(separator: "|") + ")$"
    }()
    /// `EnvSourceRules.checkResourceFieldRef`: a listed resource, or a hugepages one.
    static let containerResource: String = {
        let names = EnvSourceRules.resources.map(literal).joined(separator: "|")
        let hugepages = EnvSourceRules.hugePagesResourcePrefixes.map(literal).joined(separator: "|")
        return "^((\(names))$|\(hugepages))"
    }()
    /// A resource that takes CPU divisors, and one that takes byte divisors (when it
    /// does not take CPU divisors: `limits.hugepages-1.cpu` takes CPU divisors).
    static let cpuResource = "\(literal(EnvSourceRules.cpuResourceSuffix))$"
    static let byteResource: String = {
        let suffixes = EnvSourceRules.byteResourceSuffixes.map(literal).joined(separator: "|")
        let hugepages = EnvSourceRules.hugePagesResourcePrefixes.map(literal).joined(separator: "|")
        return "^(\(hugepages))|(\(suffixes))$"
    }()
    /// A quantity written as its own canonical form with at most three digits (`1`,
    /// `500m`, `512Ki`): the divisor rule compares canonical forms, and these are the
    /// spellings whose canonical form is the text itself.
    static let shortCanonicalQuantity = "^[1-9][0-9]{0,2}(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$"
    /// A negative quantity with a non-zero digit: its canonical form starts with `-`.
    static let negativeQuantity = "^-[0-9.]*[1-9]"
    /// `EnvSourceRules.checkFileKeyRef`: relative, and no `..` segment (a segment is
    /// empty, `.`, longer than `..` when it starts with it, or starts otherwise).
    static let relativePath: String = {
        let segment = "(\\.\\.[^/]+|\\.?([^/.][^/]*)?)"
        return "^(?!/)\(segment)(/\(segment))*$"
    }()

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
    /// A number with a non-zero fraction digit and no suffix (`0.5`): not a whole number,
    /// so no extended resource's amount (`ResourceRules`).
    static let fraction = "^\\+?[0-9]*\\.[0-9]*[1-9][0-9]*$"
    /// A hugepages resource whose page size is not a quantity, is signed `-` or is zero:
    /// every amount of it fails `ResourceRules.isWholePages`.
    static let badHugePages: String = {
        let zero = "(0+(\\.0*)?|\\.0+)\(suffix)"
        return "^\(literal(ResourceNames.hugePagesPrefix))((?!\\+?\(number)\(suffix)$)|\\+?\(zero)$)"
    }()
    /// An extended resource other than `names`: a resource name with a `/` and no
    /// `kubernetes.io/` before it (`ResourceNames.isExtended`). Only valid names match,
    /// so that a map's other keys still take only null.
    static func extendedResource(excluding names: [String]) -> String {
        let except = names.isEmpty ? "" : "(?!(" + names.map(literal).joined(separator: "|") + ")$)"
        return "^(?=\(resourceNameBody)$)\(except)(?![^/]*\(literal(ResourceNames.nativeMarker)))[^/]*/"
    }

    // Building blocks.

    /// `[L]([-L_.]{0,61}[L])?`: at most `LabelRules.maxNameLength` characters.
    static func namePart(letters: String) -> String {
        "[\(letters)]([-\(letters)_.]{0,\(LabelRules.maxNameLength - 2)}[\(letters)])?"
    }

    /// `subdomain/`, the text before the `/` at most `max` characters.
    static func prefix(_ subdomain: String, _ max: Int) -> String { "((?=[^/]{1,\(max)}/)\(subdomain)/)" }

    /// `text`, matched literally.
    static func literal(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            if "\\^$.|?*+()[]{}".unicodeScalars.contains(c) { out.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// `\uXXXX`, which ECMA and the other common dialects read alike (BMP only).
    static func unicodeEscape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func classRange(_ r: ClosedRange<UInt32>) -> String {
        guard let low = Unicode.Scalar(r.lowerBound), let high = Unicode.Scalar(r.upperBound) else { return "" }
        return r.lowerBound == r.upperBound ? unicodeEscape(low) : unicodeEscape(low) + "-" + unicodeEscape(high)
    }

    /// The runs of Basic Multilingual Plane characters for which `test` holds.
    static func ranges(of test: (Unicode.Scalar) -> Bool) -> [ClosedRange<UInt32>] {
        var out: [ClosedRange<UInt32>] = []
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v), test(c) else { continue }
            if let last = out.last, last.upperBound == v - 1 {
                out[out.count - 1] = last.lowerBound...v
            } else {
                out.append(v...v)
            }
        }
        return out
    }
}
