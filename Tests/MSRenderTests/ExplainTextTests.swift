import MSModel
import MSYAML
import Testing

@testable import MSRender

/// `msrender explain`'s text: exact for a few fields, and every field's within 80
/// columns; msrender's notes and schema rules name fields that exist.
struct ExplainTextTests {
    static func explain(_ path: String, recursive: Bool = false) throws -> String {
        let field = try ExplainPath.resolve(path).get()
        return ExplainText.render(field, recursive: recursive)
    }

    @Test func integerField() throws {
        #expect(
            try Self.explain("spec.decode.parallelism.tensor") == """
                KIND:     ModelService
                VERSION:  model.otterscale.io/v1alpha1

                FIELD:    spec.decode.parallelism.tensor <integer>
                REQUIRED: no
                DEFAULT:  1 (CRD default, filled in when spec.decode.parallelism is present)
                RANGE:    1 to 2147483647 (int32)

                DESCRIPTION:
                    Tensor is the tensor-parallel-size: number of GPUs used to shard a single
                    model.

                """)
    }

    @Test func renderSettingDefault() throws {
        #expect(
            try Self.explain("modelservice.spec.engine.image") == """
                KIND:     ModelService
                VERSION:  model.otterscale.io/v1alpha1

                FIELD:    spec.engine.image <string>
                REQUIRED: no
                DEFAULT:  ghcr.io/llm-d/llm-d-cuda:v0.5.1 (render setting defaultEngineImage,
                          --default-engine-image)

                DESCRIPTION:
                    Image is the vLLM container image.

                MSRENDER:
                    When unset or empty, the render setting applies. No white space at either
                    end: the API server accepts such a Deployment but rejects its pods.

                """)
    }

    @Test func objectListsItsFields() throws {
        let text = try Self.explain("spec.httpRoute")
        #expect(text.contains("FIELD:    spec.httpRoute <Object>\nREQUIRED: no\n"))
        #expect(text.contains("\nFIELDS:\n  gatewayRef  <Object> -required-\n    GatewayRef references the Gateway"))
        #expect(text.contains("\n  hostnames  <[]string>\n    Hostnames for the HTTPRoute."))
        #expect(text.contains("MSRENDER:\n    msrender renders the HTTPRoute whether or not inferencePool is set"))
        let name = try Self.explain("spec.httpRoute.gatewayRef.name")
        #expect(name.contains("REQUIRED: yes, when spec.httpRoute is present\nLENGTH:   1 to 253 characters\n"))
        let env = try Self.explain("spec.engine.env[3].name")
        #expect(env.contains("REQUIRED: yes, in each spec.engine.env entry\n"))
    }

    @Test func msrenderRulesShowAsConstraints() throws {
        #expect(
            try Self.explain("spec.engine.imagePullPolicy").contains("ENUM:     \"\", Always, IfNotPresent, Never\n"))
        #expect(
            try Self.explain("spec.engine.env[0].valueFrom.fileKeyRef.volumeName").contains(
                "ENUM:     model, model-tmp, docker-config\n"))
        #expect(try Self.explain("spec.engine.env[0].valueFrom.fieldRef.apiVersion").contains("ENUM:     \"\", v1\n"))
        #expect(try Self.explain("spec.httpRoute.hostnames").contains("MSRENDER:\n    Checked as the HTTPRoute CRD"))
        #expect(try Self.explain("metadata.name").contains("REQUIRED: yes\nLENGTH:   1 to 63 characters\n"))
        #expect(try Self.explain("spec.accelerator.type").contains("ENUM:     nvidia, amd, intel-gaudi, google, cpu\n"))
        #expect(try Self.explain("apiVersion").contains("VALUE:    model.otterscale.io/v1alpha1\n"))
        #expect(
            try Self.explain("spec.decode.resources.limits[cpu]").contains(
                "FORMAT:   an integer or a quantity string such as 500m, 16Gi or 1e3\n"))
        #expect(try Self.explain("metadata.uid").contains("MSRENDER:\n    Accepted (as kubectl get -o yaml prints it)"))
    }

    @Test func recursiveTree() throws {
        let text = try Self.explain("spec.engine", recursive: true)
        let fields = try #require(text.split(separator: "FIELDS:\n").last)
        #expect(
            fields == """
                  args  <[]string>
                  env  <[]Object>
                    name  <string> -required-
                    value  <string>
                    valueFrom  <Object>
                      configMapKeyRef  <Object>
                        key  <string> -required-
                        name  <string>
                        optional  <boolean>
                      fieldRef  <Object>
                        apiVersion  <string>
                        fieldPath  <string> -required-
                      fileKeyRef  <Object>
                        key  <string> -required-
                        optional  <boolean>
                        path  <string> -required-
                        volumeName  <string> -required-
                      resourceFieldRef  <Object>
                        containerName  <string>
                        divisor  <Quantity>
                        resource  <string> -required-
                      secretKeyRef  <Object>
                        key  <string> -required-
                        name  <string>
                        optional  <boolean>
                  image  <string>
                  imagePullPolicy  <string>
                  port  <integer>

                """)
    }

    /// The rules msrender adds to the CRD, each under MSRENDER on the field it concerns.
    @Test func msrenderRulesAreExplained() throws {
        let tolerations = try Self.explain("spec.prefill.tolerations")
        #expect(
            tolerations.contains("operator Exists or Equal (Exists when key is\n    empty; Lt and Gt need an alpha"))
        #expect(!tolerations.contains("Equal, Lt"))
        #expect(
            try Self.explain("spec.inferencePool.endpointPicker.port").contains(
                "MSRENDER:\n    Must not be 9090: the EPP Service already lists that port for metrics"))
        #expect(
            try Self.explain("spec.model.mountPath").contains(
                "It may\n    not be /tmp/model-oci or, with pull secrets, /.docker: the model-unpack"))
        #expect(
            try Self.explain("spec.monitoring.podMonitor.interval").contains(
                "MSRENDER:\n    When podMonitor is enabled, checked against the PodMonitor CRD's duration"))
        let divisor = try Self.explain("spec.engine.env.valueFrom.resourceFieldRef.divisor")
        #expect(divisor.contains("for a *.cpu\n    resource 1m or 1, for memory"))
        let secret = try Self.explain("spec.engine.env.valueFrom.secretKeyRef.name")
        #expect(secret.contains("MSRENDER:\n    Required: the Secret's name, a DNS-1123 subdomain"))
        let resources = try Self.explain("spec.decode.resources")
        #expect(
            resources.contains(
                "an extended\n    resource (like example.com/foo) or hugepages request needs an equal limit"))
        #expect(
            try Self.explain("spec.inferencePool.endpointPicker.resources.claims").contains(
                "with\n    requests or limits they are rejected"))
        for image in ["spec.engine.image", "spec.routingProxy.image", "spec.inferencePool.endpointPicker.image"] {
            #expect(try Self.explain(image).contains("No white space at either\n    end"), "\(image)")
        }
        #expect(
            try Self.explain("metadata.annotations").contains(
                "Keys must be qualified names once lowercased, as the API server reads them"))
    }

    /// Every field's text fits 80 columns (a single word longer than that, a URL, aside)
    /// and is the same on every run.
    @Test func everyFieldWrapsAt80Columns() throws {
        var paths: [String] = []
        func walk(_ f: FieldDoc) {
            paths.append(f.path)
            f.children.forEach(walk)
        }
        walk(FieldDoc.modelService)
        #expect(paths.count > 100)
        for p in paths {
            let text = try Self.explain(p.isEmpty ? "ModelService" : p)
            #expect(text == (try Self.explain(p.isEmpty ? "ModelService" : p)))
            for line in text.split(separator: "\n") where line.unicodeScalars.count > ExplainText.width {
                #expect(!line.drop(while: { $0 == " " }).contains(" "), "\(p): \(line)")
            }
        }
    }

    @Test(
        arguments: [
            (
                "spec.decode.replica", "spec.decode.replica",
                "unknown field \"replica\"; did you mean 'spec.decode.replicas'?"
            ),
            ("sepc", "sepc", "unknown field \"sepc\"; did you mean 'spec'?"),
            ("spec.engine.port.x", "spec.engine.port.x", "spec.engine.port (<integer>) has no fields"),
            (
                "spec.decode.nodeSelector.gpu", "spec.decode.nodeSelector.gpu",
                "spec.decode.nodeSelector (<map[string]string>) has no fields"
            ),
            ("spec..model", "spec..model", "empty field name (use dots between names: spec.decode)"),
            ("spec.", "spec.", "empty field name (use dots between names: spec.decode)"),
            ("spec.engine.env[0", "spec.engine.env[0", "'[' without ']'"),
            ("spec.engine.env]", "spec.engine.env]", "']' without '['"),
            ("spec.zzzzzzzz", "spec.zzzzzzzz", "unknown field \"zzzzzzzz\""),
        ])
    func pathProblems(path: String, at: String, message: String) {
        #expect(ExplainPath.resolve(path).failure == ExplainPath.Problem(path: at, message: message))
    }

    @Test func kindPrefixAnyCase() throws {
        for p in ["ModelService", "modelservice", "MODELSERVICES"] {
            #expect(try ExplainPath.resolve(p).get().path == "")
            #expect(try ExplainPath.resolve(p + ".spec.decode").get().path == "spec.decode")
        }
    }

    @Test(arguments: ["is a", "e.g. json"])
    func firstSentence(_ s: String) {
        #expect(ExplainText.firstSentence("It \(s). Then more.") == "It \(s).")
        #expect(ExplainText.firstSentence("Format (e.g. \"json\"). Next.") == "Format (e.g. \"json\").")
    }

    /// Notes and schema rules name fields that exist (no stale entry in either table).
    @Test func tablesNameExistingFields() throws {
        for note in FieldNote.all {
            #expect(
                (try? ExplainPath.resolve(note.path.isEmpty ? "ModelService" : note.path).get()) != nil, "\(note.path)")
        }
        var seen: [String] = []
        for rule in JSONSchemaRules.table {
            // keywords(for:) takes the first entry of a path: one entry each.
            #expect(!seen.contains { $0.utf8.elementsEqual(rule.path.utf8) }, "\(rule.path) twice")
            seen.append(rule.path)
            let path = rule.path.hasSuffix("[]") ? String(rule.path.dropLast(2)) : rule.path
            let field = try? ExplainPath.resolve(path).get()
            #expect(field != nil, "\(rule.path)")
            if rule.path.hasSuffix("[]") { #expect(field?.schema.kind == .array, "\(rule.path)") }
        }
        #expect(
            JSONSchemaRules.envSources == [
                "configMapKeyRef", "fieldRef", "fileKeyRef", "resourceFieldRef", "secretKeyRef",
            ])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
