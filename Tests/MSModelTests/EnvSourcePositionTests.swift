import Testing

@testable import MSModel

/// The API server's rules on an env var's valueFrom source, each at the value it
/// concerns. Snippets start at line 11, column 3 (see DecodeFixture); every env entry
/// here is written on line 13 as `  - {name: X, valueFrom: {...}}`.
struct EnvSourcePositionTests {
    typealias Case = DecodeFixture.SnippetCase

    static func env(_ source: String) -> String { "engine:\n  env:\n  - {name: X, valueFrom: {\(source)}}" }

    static let subdomain = LabelRules.Message.subdomainFormat
    static let configKey = EnvSourceRules.Message.configKeyFormat

    static let cases: [Case] = [
        Case(
            name: "config map name", snippet: env("configMapKeyRef: {name: Bad_Name, key: k}"),
            expected: [
                "13:53 error: spec.engine.env[0].valueFrom.configMapKeyRef.name: invalid name \"Bad_Name\": "
                    + subdomain
            ]),
        Case(
            name: "secret key", snippet: env("secretKeyRef: {name: s, key: \"a b\"}"),
            expected: ["13:58 error: spec.engine.env[0].valueFrom.secretKeyRef.key: invalid key \"a b\": " + configKey]),
        Case(
            name: "secret key starting with ..", snippet: env("secretKeyRef: {name: s, key: ..a}"),
            expected: [
                "13:58 error: spec.engine.env[0].valueFrom.secretKeyRef.key: invalid key \"..a\": must not start with "
                    + "'..'"
            ]),
        Case(name: "valid key selectors", snippet: env("secretKeyRef: {name: my.secret, key: .env_A-1}"), expected: []),
        Case(
            name: "field path", snippet: env("fieldRef: {fieldPath: spec.foo}"),
            expected: [
                "13:51 error: spec.engine.env[0].valueFrom.fieldRef.fieldPath: unsupported value \"spec.foo\": must be "
                    + "one of " + EnvSourceRules.fieldPaths.joined(separator: ", ")
            ]),
        Case(
            name: "field path version", snippet: env("fieldRef: {fieldPath: metadata.name, apiVersion: v2}"),
            expected: [
                "13:78 error: spec.engine.env[0].valueFrom.fieldRef.apiVersion: unsupported pod version \"v2\": must "
                    + "be v1"
            ]),
        Case(
            name: "field path subscript", snippet: env("fieldRef: {fieldPath: \"spec.nodeName['x']\"}"),
            expected: [
                "13:51 error: spec.engine.env[0].valueFrom.fieldRef.fieldPath: \"spec.nodeName['x']\" does not support "
                    + "a subscript: only metadata.labels['KEY'] and metadata.annotations['KEY'] do"
            ]),
        Case(
            name: "field path label key", snippet: env("fieldRef: {fieldPath: \"metadata.labels['a/b/c']\"}"),
            expected: [
                "13:51 error: spec.engine.env[0].valueFrom.fieldRef.fieldPath: invalid label key \"a/b/c\": "
                    + LabelRules.Message.qualifiedNameFormat
            ]),
        Case(
            name: "field paths that are fine",
            snippet:
                "engine:\n  env:\n  - {name: A, valueFrom: {fieldRef: {fieldPath: \"metadata.annotations['X.io/Y']\"}}}"
                + "\n  - {name: B, valueFrom: {fieldRef: {fieldPath: status.podIPs, apiVersion: v1}}}",
            expected: []),
        Case(
            name: "container resource", snippet: env("resourceFieldRef: {resource: limits.nvidia.com/gpu}"),
            expected: [
                "13:58 error: spec.engine.env[0].valueFrom.resourceFieldRef.resource: unsupported value "
                    + "\"limits.nvidia.com/gpu\": must be one of " + EnvSourceRules.resources.joined(separator: ", ")
            ]),
        Case(
            name: "cpu divisor", snippet: env("resourceFieldRef: {resource: requests.cpu, divisor: 1Ki}"),
            expected: [
                "13:81 error: spec.engine.env[0].valueFrom.resourceFieldRef.divisor: unsupported divisor \"1Ki\" for "
                    + "requests.cpu: only 1m, 1 are supported"
            ]),
        Case(
            name: "hugepages divisor accepted",
            snippet: env("resourceFieldRef: {resource: limits.hugepages-2Mi, divisor: 1Mi}"), expected: []),
        // Prefixes compare as bytes, as Go's strings.HasPrefix does: a combining mark after
        // the '-' does not hide it (Swift's Character-wise hasPrefix would).
        Case(
            name: "hugepages prefix compared as bytes",
            snippet: env("resourceFieldRef: {resource: \"limits.hugepages-\u{301}2Mi\", divisor: 1Mi}"), expected: []),
        Case(
            name: "byte divisor compared in canonical form",
            snippet: env("resourceFieldRef: {resource: limits.memory, divisor: 1024Mi}"), expected: []),
        Case(
            name: "env file path", snippet: env("fileKeyRef: {key: K, path: a/../b, volumeName: model}"),
            expected: [
                "13:56 error: spec.engine.env[0].valueFrom.fileKeyRef.path: invalid path \"a/../b\": must not contain "
                    + "'..'"
            ]),
        Case(
            name: "env file absolute path", snippet: env("fileKeyRef: {key: K, path: /env, volumeName: model}"),
            expected: [
                "13:56 error: spec.engine.env[0].valueFrom.fileKeyRef.path: invalid path \"/env\": must be a relative "
                    + "path"
            ]),
        Case(
            name: "env file key and volume", snippet: env("fileKeyRef: {key: \"A=B\", path: env, volumeName: \"\"}"),
            expected: [
                "13:47 error: spec.engine.env[0].valueFrom.fileKeyRef.key: invalid environment variable name \"A=B\": "
                    + "use printable ASCII characters other than '='",
                "13:77 error: spec.engine.env[0].valueFrom.fileKeyRef.volumeName: must not be empty",
            ]),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws { try DecodeFixture.expectDiagnostics(c) }
}
