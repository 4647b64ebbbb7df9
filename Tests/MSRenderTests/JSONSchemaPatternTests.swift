import Foundation
import MSYAML
import Testing

@testable import MSModel
@testable import MSRender

/// Each schema pattern against the matcher it mirrors, on a table of examples: the
/// edges of each rule, non-ASCII look-alikes, and a final newline (which an ECMA `$`
/// does not match before). Patterns are run by ICU (NSRegularExpression) with `$` read
/// as `\z`, the end of the text, as ECMA-262 reads it without flags.
struct JSONSchemaPatternTests {
    typealias P = JSONSchemaPatterns

    /// Whether the ECMA pattern finds a match in `text`.
    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: ecmaToICU(pattern))
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `$` outside a class and not escaped becomes `\z`; nothing else differs for the
    /// constructs the schema uses.
    static func ecmaToICU(_ pattern: String) -> String {
        var out = ""
        var inClass = false
        var escaped = false
        for c in pattern {
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if inClass {
                inClass = c != "]"
            } else if c == "[" {
                inClass = true
            } else if c == "$" {
                out += "\\z"
                continue
            }
            out.append(c)
        }
        return out
    }

    struct Rule: CustomTestStringConvertible, Sendable {
        var name: String
        var pattern: String
        var matcher: @Sendable (String) -> Bool
        var examples: [String]
        var testDescription: String { name }
    }

    static let long = String(repeating: "a", count: 70)

    static let rules: [Rule] = [
        Rule(
            name: "hostname", pattern: P.hostname, matcher: CRDPatterns.isHostname,
            examples: [
                "foo.example.com", "*.example.com", "a", "0.0", "1.2.3.4", "a-b.c-d", "xn--bcher-kva.example",
                String(repeating: "a", count: 300), "foo.example.com.", "Foo.example.com", "a_b", "*", "*.", "**.a",
                "a.*.b", "-a", "a-", ".a", "a..b", "", "a.com:80", "ünï.com", "a.com\n", "a b", "*.a", "a-.b",
                "a--b", "*a.b", "\u{131}.com",
            ]),
        Rule(
            name: "duration", pattern: P.duration, matcher: CRDPatterns.isDuration,
            examples: [
                "30s", "1m", "1h20m15s", "15d", "0", "", "500ms", "1m1ms", "1y2w3d4h5m6s7ms", "00s", "90m", "30", "s",
                "1.5s", "-1s", "1s1m", "1ms1s", "1m1m", "30S", " 30s", "30s\n", "1h 30m", "00", "1us", "1msx", "1ms1",
                "1y1y", "0s", "1w1d",
            ]),
        Rule(
            name: "gateway namespace", pattern: P.optionalLabelName,
            matcher: { $0.isEmpty || CRDPatterns.isLabel(Array($0.utf8)[...]) },
            examples: ["", "ns", "a-b", "A", "a.b", "-a", "a-", "ä", "a\n", "a--b", "0"]),
        Rule(
            name: "image", pattern: P.noSurroundingSpace, matcher: { ImageRules.problem($0) == nil },
            examples: [
                "img", "a b", "", " img", "img\n", "\u{85}img", "img\u{A0}", "\u{3000}img", "\u{200B}img", "a", " ",
                "a\u{FEFF}", "\u{2028}a", "a\u{1680}", "a\u{202F}", "\u{1C}a", "a\u{85}", "a\tb", "😀",
                "\u{3000}", "a\r",
            ]),
        Rule(
            name: "label key", pattern: P.qualifiedName, matcher: { LabelRules.keyProblems($0).isEmpty },
            examples: keys),
        Rule(
            name: "taint key", pattern: P.optionalQualifiedName,
            matcher: { $0.isEmpty || LabelRules.keyProblems($0).isEmpty }, examples: keys),
        Rule(
            name: "annotation key", pattern: P.annotationKey,
            matcher: { LabelRules.annotationKeyProblems($0).isEmpty }, examples: keys),
        Rule(
            name: "label value", pattern: P.labelValue, matcher: { LabelRules.valueProblems($0).isEmpty },
            examples: ["", "a", "A_b.c-9", "-a", "a-", "a b", "ü", String(repeating: "a", count: 63), long, "a\n"]),
        Rule(
            name: "resource name", pattern: P.resourceName, matcher: { ResourceNames.problem($0) == nil },
            examples: resourceNames),
        Rule(
            name: "env var name", pattern: P.envVarName, matcher: { PodFieldRules.envNameProblem($0) == nil },
            examples: ["A", "a.b-c", "X Y", "<>", "~", "", "A=B", "é", "a\tb", "a\n", "\u{7F}"]),
        Rule(
            name: "config key", pattern: P.configMapKey,
            matcher: { EnvSourceRules.configMapKeyProblems($0).isEmpty },
            examples: [
                "key.name", "KEY_NAME", ".a", "a..b", "", ".", "..", "..a", "a b", "ü",
                String(repeating: "k", count: 253),
                "...", ".-", "._", "a.", "-", "\u{212A}", "a\n",
            ]),
        Rule(
            name: "subdomain", pattern: P.subdomainName, matcher: NameRules.isDNS1123Subdomain,
            examples: ["a", "a.b", "a-b.c", "", "A", "a.", ".a", "a..b", "a_b", "a\n", long + "." + long]),
        Rule(
            name: "quantity", pattern: P.quantity, matcher: { Quantity(parsing: $0) != nil }, examples: quantities),
        Rule(
            name: "non-negative quantity", pattern: P.nonNegativeQuantity,
            matcher: { Quantity(parsing: $0).map { !($0 < Quantity(0)) } ?? false }, examples: quantities),
        Rule(
            name: "field path", pattern: P.fieldPath, matcher: { acceptsEnv("fieldRef: {fieldPath: \(quoted($0))}") },
            examples: [
                "metadata.name", "spec.host", "status.hostIPs", "metadata.labels['a']",
                "metadata.labels['example.com/A_b']", "metadata.labels['A.com/x']", "metadata.annotations['A.com/x']",
                "metadata.annotations['\u{130}']", "metadata.labels['\u{212A}']", "metadata.labels['']",
                "metadata.labels", "metadata.labels['a']x", "metadata.annotations['a['b']", "x['a']",
                "spec.nodename", "metadata.name\n", "metadata.labels['a']\n", "['x']",
            ]),
        Rule(
            name: "container resource", pattern: P.containerResource,
            matcher: { acceptsEnv("resourceFieldRef: {resource: \(quoted($0))}") },
            examples: [
                "limits.cpu", "requests.memory", "limits.hugepages-", "requests.hugepages-2Mi", "limits.hugepages-x/y",
                "limits.nvidia.com/gpu", "limits.memoryx", "limits.cpu\n", "Limits.cpu", "hugepages-2Mi",
            ]),
        Rule(
            name: "env file path", pattern: P.relativePath,
            matcher: { acceptsEnv("fileKeyRef: {key: K, path: \(quoted($0)), volumeName: model}") },
            examples: [
                "a", "a/b", "./a", ".", "...", "..a", "a/..b", "a//b", "a/", "/a", "..", "a/..", "../a", "a/../b",
                "a/.\n", "..\n", "a/\u{2025}",
            ]),
    ]

    static let keys = [
        "gpu", "nvidia.com/gpu.product", "A-b_c.9", "1", "Example.COM/x", "a/b/c", "ünï", "-gpu", "x/", "/x",
        "my_domain/x", String(repeating: "a", count: 63), String(repeating: "a", count: 64),
        "a." + String(repeating: "b", count: 251) + "/x", "a." + String(repeating: "b", count: 252) + "/x",
        "\u{130}", "\u{212A}8s.io/x", "\u{130}.io/\u{212A}", "\u{131}", "a\n", "a/b\n", "a..b/x", "a-/x",
    ]

    static let resourceNames = [
        "cpu", "memory", "ephemeral-storage", "hugepages-2Mi", "hugepages-", "hugepages-a/b", "gpu", "Cpu",
        "nvidia.com/gpu", "nvidia.com/", "/gpu", "A.com/x", "nvidia.com/gpu/x", "a/b_",
        String(repeating: "a", count: 244) + "/x", String(repeating: "a", count: 245) + "/x",
        String(repeating: "a", count: 239) + ".kubernetes.io/x",
        String(repeating: "a", count: 240) + ".kubernetes.io/x",
        "requests.example.com/x", "requests.kubernetes.io/x", "kubernetes.io/x", "xkubernetes.io/x", "é.com/x",
        "x/" + long, "cpu\n", "a.com/x\n",
    ]

    static let quantities = [
        "1", "500m", "1.5Gi", "1e3", "1E-3", "+1", "-1", "-0", "-0.0", "-.0", "-0.001", "+.5", "1.", ".5e3", "",
        "1e", "e3", "1Ki", "1ki", "1KiB", "1\u{212A}i", "1 ", "1\n", "0x10", "1_000", "\u{FF15}", "1e2147483647",
        "1e2147483648", "1e-2147483648", "1e-2147483649", "1.5.5", "16GB",
    ]

    @Test(arguments: rules)
    func patternMatchesMatcher(_ rule: Rule) throws {
        for text in rule.examples {
            #expect(
                try Self.matches(rule.pattern, text) == rule.matcher(text), "\(rule.name): \(text.debugDescription)")
        }
    }

    // Partial rules: where the pattern matches, msrender rejects every value; the texts
    // they do not judge are left to msrender (and to .ci/jsonschema_check.py's beyond
    // classes).

    /// A plain fraction is never a whole amount; a whole plain number never matches.
    @Test func fractionIsNeverWhole() throws {
        for text in ["0.5", "+.5", "1.25", "2.", "1.0", "10", ".0", "0.000000001", "3.10"] {
            let whole = try #require(Quantity(parsing: text)).isWhole
            #expect(try Self.matches(P.fraction, text) == !whole, "\(text)")
        }
    }

    /// A hugepages name the pattern flags has a page size no amount is a multiple of.
    @Test func badHugePagesHaveNoWholePages() throws {
        for size in ["x", "", "0", "0.0Ki", "-2Mi", "-0", "2Mi", "+2Mi", "1Gi", "0.5Ki", "a/b"] {
            let name = ResourceNames.hugePagesPrefix + size
            let flagged = try Self.matches(P.badHugePages, name)
            let page = Quantity(parsing: size)
            #expect(flagged == (page == nil || !(Quantity(0) < page ?? Quantity(0))), "\(name)")
            if flagged {
                for amount in ["0", "1", "2Mi", "1Gi"] {
                    let a = ResourceAmount(name: name, quantity: Quantity(canonical: amount))
                    #expect(!ResourceRules.isWholePages(a), "\(name): \(amount)")
                }
            }
        }
    }

    /// Every spelling the short-canonical pattern admits is its own canonical form, so
    /// comparing the text with the allowed divisors is comparing canonical forms.
    @Test func shortCanonicalSpellingsAreCanonical() throws {
        let suffixes = ["", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
        for n in [1, 2, 9, 10, 99, 100, 101, 512, 999, 1000] {
            for s in suffixes {
                let text = "\(n)\(s)"
                guard try Self.matches(P.shortCanonicalQuantity, text) else {
                    #expect(n >= 1000, "\(text)")
                    continue
                }
                let canonical = try #require(Quantity(parsing: text)).canonical
                // 8Ei and above are capped at 2^63-1: not allowed either way.
                #expect(canonical == text || (s == "Ei" && n >= 8), "\(text) reads \(canonical)")
            }
        }
        #expect(try Self.matches(P.negativeQuantity, "-0.5"))
        #expect(try !Self.matches(P.negativeQuantity, "-0.0"))
    }

    /// Only valid names, and not the excluded ones, count as extended resources.
    @Test func extendedResources() throws {
        let pattern = P.extendedResource(excluding: ["nvidia.com/gpu"])
        for name in Self.resourceNames + ["amd.com/gpu"] {
            let expected =
                ResourceNames.problem(name) == nil && ResourceNames.isExtended(name) && name != "nvidia.com/gpu"
            #expect(try Self.matches(pattern, name) == expected, "\(name)")
        }
    }

    /// The divisor's resource decides its list: `*.cpu` first, then bytes.
    @Test func divisorResources() throws {
        let cases: [(String, Bool, Bool)] = [
            ("limits.cpu", true, false), ("requests.memory", false, true), ("limits.ephemeral-storage", false, true),
            ("limits.hugepages-2Mi", false, true), ("limits.hugepages-1.cpu", true, true),
            ("limits.cpux", false, false),
        ]
        for (resource, cpu, bytes) in cases {
            #expect(try Self.matches(P.cpuResource, resource) == cpu, "\(resource)")
            #expect(try Self.matches(P.byteResource, resource) == bytes, "\(resource)")
        }
    }

    /// Every White_Space character is in the BMP, which the image pattern's class covers.
    @Test func whiteSpaceIsInTheBMP() {
        let astral = (UInt32(0x10000)...0x10FFFF).contains { Unicode.Scalar($0).map(CRDPatterns.isSpace) ?? false }
        #expect(!astral)
    }

    // Decoding: for rules whose matcher is inside a checker.

    /// A JSON string literal (a lone string has no key to refuse, so the writer cannot fail).
    static func quoted(_ s: String) -> String {
        (try? JSONWriter.write(.string(s), pretty: false, sortKeys: false)) ?? ""
    }

    /// Whether msrender decodes an env var with this valueFrom source without an error.
    static func acceptsEnv(_ source: String) -> Bool {
        let text = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata: {name: m}
            spec:
              model: {name: m, image: r/m:v1}
              accelerator: {type: nvidia}
              engine:
                env:
                - {name: X, valueFrom: {\(source)}}
              decode: {}

            """
        guard let document = try? YAMLReader.read(Array(text.utf8)).first else { return false }
        let decoded = ModelServiceDecoder.decode(document.root, file: "ms.yaml", defaultNamespace: nil)
        return decoded.modelService != nil
    }
}
