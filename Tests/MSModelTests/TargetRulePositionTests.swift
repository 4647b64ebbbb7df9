import Foundation
import Testing

@testable import MSModel

/// The rules of the objects' own schemas on the fields msrender copies there (HTTPRoute,
/// PodMonitor, container images, env sources): each reported at the input value with its
/// field path. Snippets start at line 11, column 3 (see DecodeFixture).
struct TargetRulePositionTests {
    typealias Case = DecodeFixture.SnippetCase

    static let hostnameRule =
        "an HTTPRoute hostname should match '" + CRDPatterns.hostname
        + "' (lowercase DNS labels, optionally after a leading '*.'; no port, no trailing dot)"
    static let durationRule =
        "a PodMonitor interval should match '" + CRDPatterns.duration + "' (like 30s, 1m30s or 500ms)"
    static let imageRule =
        "must not have leading or trailing whitespace (the API server accepts the Deployment but rejects every "
        + "pod created from it)"
    static let route = "httpRoute:\n  gatewayRef: {name: gw}\n"

    static let cases: [Case] = [
        Case(
            name: "hostname pattern", snippet: route + "  hostnames: [a.example.com, Foo.example.com, \"a.com:80\"]",
            expected: [
                "13:32 error: spec.httpRoute.hostnames[1]: invalid hostname \"Foo.example.com\": " + hostnameRule,
                "13:49 error: spec.httpRoute.hostnames[2]: invalid hostname \"a.com:80\": " + hostnameRule,
            ]),
        Case(
            name: "hostname with a trailing newline", snippet: route + "  hostnames: [\"a.com\\n\"]",
            expected: ["13:17 error: spec.httpRoute.hostnames[0]: invalid hostname \"a.com\\n\": " + hostnameRule]),
        Case(
            name: "empty hostname", snippet: route + "  hostnames: [\"\"]",
            expected: [
                "13:17 error: spec.httpRoute.hostnames[0]: must not be empty: an HTTPRoute hostname has at least 1 "
                    + "character"
            ]),
        Case(
            name: "hostname too long", snippet: route + "  hostnames: [" + String(repeating: "a", count: 254) + "]",
            expected: [
                "13:17 error: spec.httpRoute.hostnames[0]: must be at most 253 characters long, found 254: the "
                    + "HTTPRoute's hostnames[] holds at most 253"
            ]),
        Case(
            name: "wildcard and long-label hostnames",
            snippet: route + "  hostnames: [\"*.example.com\", 1.2.3.4, " + String(repeating: "a", count: 100) + "]",
            expected: []),
        Case(
            name: "too many hostnames",
            snippet: route + "  hostnames: [" + (0..<17).map { "h\($0).example.com" }.joined(separator: ", ") + "]",
            expected: ["13:5 error: spec.httpRoute.hostnames: 17 hostnames: an HTTPRoute has at most 16"]),
        Case(
            name: "gateway namespace", snippet: "httpRoute:\n  gatewayRef: {name: gw, namespace: Gw_System}",
            expected: [
                "12:39 error: spec.httpRoute.gatewayRef.namespace: invalid namespace \"Gw_System\": an HTTPRoute "
                    + "parentRef namespace should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' (a lowercase DNS-1123 label)"
            ]),
        Case(
            name: "gateway namespace too long",
            snippet: "httpRoute:\n  gatewayRef: {name: gw, namespace: " + String(repeating: "a", count: 64) + "}",
            expected: [
                "12:39 error: spec.httpRoute.gatewayRef.namespace: must be at most 63 characters long, found 64: the "
                    + "HTTPRoute's parentRefs[].namespace holds at most 63"
            ]),
        Case(
            name: "gateway name too long",
            snippet: "httpRoute:\n  gatewayRef: {name: " + String(repeating: "g", count: 254) + "}",
            expected: [
                "12:24 error: spec.httpRoute.gatewayRef.name: must be at most 253 characters long, found 254: the "
                    + "HTTPRoute's parentRefs[].name holds at most 253"
            ]),
        Case(
            name: "gateway name without a pattern",
            snippet: "httpRoute:\n  gatewayRef: {name: Gateway_Name, namespace: \"\"}",
            expected: []),
        Case(
            name: "interval", snippet: "monitoring:\n  podMonitor: {enabled: true, interval: 1s1m}",
            expected: ["12:43 error: spec.monitoring.podMonitor.interval: invalid interval \"1s1m\": " + durationRule]),
        Case(
            name: "interval of disabled monitoring",
            snippet: "monitoring:\n  podMonitor: {enabled: false, interval: 30sec}", expected: []),
        Case(
            name: "engine image", snippet: "engine:\n  image: \"vllm:v1 \"",
            expected: ["12:12 error: spec.engine.image: invalid image \"vllm:v1 \": " + imageRule]),
        Case(
            name: "proxy and picker images",
            snippet: "routingProxy: {image: \"\\tp\"}\ninferencePool:\n  endpointPicker: {image: \"\u{A0}e\"}",
            expected: [
                "11:25 error: spec.routingProxy.image: invalid image \"\\tp\": " + imageRule,
                "13:29 error: spec.inferencePool.endpointPicker.image: invalid image \"\u{A0}e\": " + imageRule,
            ]),
        Case(name: "empty pull policy", snippet: "engine:\n  imagePullPolicy: \"\"", expected: []),
        Case(
            name: "resource name with the quota prefix",
            snippet: "decode:\n  resources:\n    limits: {requests.example.com/foo: 1}",
            expected: [
                "13:42 error: spec.decode.resources.limits[requests.example.com/foo]: invalid resource name "
                    + "\"requests.example.com/foo\": doesn't follow extended resource name standard (it must not start "
                    + "with 'requests.', and 'requests.' + name must be a qualified name)"
            ]),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws { try DecodeFixture.expectDiagnostics(c) }

    /// Only the first pull secret needs a name (it is a volume's secretName); an empty
    /// later one draws the API server's warning, and still renders.
    @Test func emptyPullSecretAfterTheFirst() throws {
        let yaml = DecodeFixture.document("").replacingOccurrences(
            of: "    image: reg/qwen3:v1\n", with: "    image: reg/qwen3:v1\n    imagePullSecrets: [{name: a}, {}]\n")
        let result = try DecodeFixture.decode(yaml)
        #expect(
            DecodeFixture.lines(result) == [
                "9:35 warning: spec.model.imagePullSecrets[1].name: an empty name refers to no Secret: the API "
                    + "server accepts it with the warning \"invalid empty name\""
            ])
        #expect(result.modelService?.spec.model.imagePullSecrets == ["a", ""])
    }
}
