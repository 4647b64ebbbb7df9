import MSRender
import Testing

@Suite struct NamesTests {
    @Test(arguments: [
        ("qwen3-0.6b-fp8-dynamic", "qwen3-0-6b-fp8-dynamic"),
        ("7B.Model_v2", "m-7b-model-v2"),
        ("qwen3", "qwen3"),
        ("--a..b__c--", "a-b-c"),
        ("", "modelservice"),
        ("...", "modelservice"),
        ("Ünïcode-Name", "ncode-name"),
        ("a b\tc", "abc"),
        ("9", "m-9"),
        ("-9-", "m-9"),
    ])
    func dns1035(input: String, expected: String) {
        #expect(DNS.dns1035(input) == expected)
    }

    @Test func eppNameFromDottedModelName() {
        let names = Names(model: "qwen3-0.6b-fp8-dynamic", namespace: "ns")
        #expect(names.epp == "qwen3-0-6b-fp8-dynamic-epp")
        #expect(names.eppConfigMap == "qwen3-0-6b-fp8-dynamic-epp-config")
        #expect(names.metricsSecret == "qwen3-0-6b-fp8-dynamic-epp-sa-metrics-reader-secret")
        #expect(names.clusterRBAC == "ns-qwen3-0-6b-fp8-dynamic-epp")
        #expect(names.decodeDeployment == "qwen3-0.6b-fp8-dynamic-decode")
        #expect(names.podMonitor(.prefill) == "qwen3-0.6b-fp8-dynamic-prefill")
        #expect(names.inferencePool == "qwen3-0.6b-fp8-dynamic")
        #expect(names.eppServiceHost == "qwen3-0-6b-fp8-dynamic-epp.ns.svc.cluster.local")
    }

    @Test func fiftyNineCharacterBaseIsKeptWhole() {
        let model = String(repeating: "a", count: 59)
        let e = Names(model: model, namespace: "ns").epp
        #expect(e == model + "-epp")
        #expect(e.count == 63)
        #expect(DNS.isDNS1035Label(e))
    }

    @Test func longBaseIsShortenedWithHash() {
        let model = String(repeating: "a", count: 60)
        let e = Names(model: model, namespace: "ns").epp
        let hash = String(SHA256.hex(model).prefix(5))
        #expect(e == String(repeating: "a", count: 53) + "-" + hash + "-epp")
        #expect(e.count == 63)
        #expect(DNS.isDNS1035Label(e))
    }

    @Test func shortenedBaseDropsTrailingDash() {
        // Character 53 of the base is a '-': it is trimmed before the hash is appended.
        let model = String(repeating: "b", count: 52) + ".c" + String(repeating: "d", count: 20)
        let e = Names(model: model, namespace: "ns").epp
        #expect(e == String(repeating: "b", count: 52) + "-" + String(SHA256.hex(model).prefix(5)) + "-epp")
        #expect(DNS.isDNS1035Label(e))
    }

    @Test func differentLongNamesGetDifferentBases() {
        let a = String(repeating: "x", count: 70) + "a"
        let b = String(repeating: "x", count: 70) + "b"
        #expect(Names(model: a, namespace: "n").epp != Names(model: b, namespace: "n").epp)
    }

    @Test(arguments: [
        ("a", true), ("a-b", true), ("a.b", false), ("-a", false), ("a-", false), ("A", false),
        ("1a", true), (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false),
    ])
    func dns1123Label(name: String, valid: Bool) {
        #expect(DNS.isDNS1123Label(name) == valid)
    }

    @Test(arguments: [
        ("a.b-c", true), ("a..b", false), (".a", false), ("a.", false), ("A.b", false),
        (String(repeating: "a", count: 253), true), (String(repeating: "a", count: 254), false),
    ])
    func dns1123Subdomain(name: String, valid: Bool) {
        #expect(DNS.isDNS1123Subdomain(name) == valid)
    }

    @Test(arguments: [("1a", false), ("a1", true), ("a-", false)])
    func dns1035Label(name: String, valid: Bool) {
        #expect(DNS.isDNS1035Label(name) == valid)
    }

    @Test(arguments: [
        ("", true), ("A_b.c-D", true), ("_a", false), ("a_", false), ("a/b", false),
        (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false),
    ])
    func labelValue(value: String, valid: Bool) {
        #expect(DNS.isLabelValue(value) == valid)
    }
}
