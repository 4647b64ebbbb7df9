import MSModel
import MSYAML
import Testing

@testable import MSRender

/// `msrender schema`: draft-07, generated from the decoder's tables; nulls where the
/// decoder prunes them; unknown fields rejected everywhere msrender rejects them.
struct JSONSchemaTests {
    static let doc = ModelServiceJSONSchema.document

    func at(_ path: String) throws -> Value {
        var v = Self.doc
        for key in path.split(separator: "/") { v = try #require(v[String(key)], "no \(path)") }
        return v
    }

    @Test func header() throws {
        #expect(try at("$schema") == "http://json-schema.org/draft-07/schema#")
        #expect(try at("required") == ["apiVersion", "kind", "metadata", "spec"])
        #expect(try at("properties/apiVersion/const") == "model.otterscale.io/v1alpha1")
        #expect(try at("properties/kind/const") == "ModelService")
        // Any status: msrender never reads it.
        #expect(try at("properties/status").count == 1)
        #expect(try at("properties/status")["description"] != nil)
        #expect(ModelServiceJSONSchema.text.hasSuffix("}\n"))
    }

    @Test func scalarsCarryTheTablesConstraints() throws {
        let port = try at("properties/spec/properties/engine/properties/port")
        #expect(port["type"] == ["integer", "null"])
        #expect(port["minimum"] == 1)
        #expect(port["maximum"] == 65535)
        #expect(port["default"] == 8000)
        #expect(
            port["description"]?.stringValue?.hasPrefix("Port is the port the inference engine listens on.") == true)
        let replicas = try at("properties/spec/properties/decode/properties/replicas")
        #expect(replicas["minimum"] == 0)
        #expect(replicas["maximum"] == .int(Int(Int32.max)))
        let type = try at("properties/spec/properties/accelerator/properties/type")
        // Required: no null.
        #expect(type["type"] == "string")
        #expect(type["enum"] == ["nvidia", "amd", "intel-gaudi", "google", "cpu"])
        let mode = try at("properties/spec/properties/inferencePool/properties/endpointPicker/properties/failureMode")
        #expect(mode["enum"] == ["FailOpen", "FailClose", nil])
        #expect(mode["default"] == "FailOpen")
        let name = try at("properties/spec/properties/model/properties/name")
        #expect(name["minLength"] == 1)
        #expect(name["maxLength"] == 253)
    }

    @Test func mapsListsAndQuantities() throws {
        let limits = try at("properties/spec/properties/decode/properties/resources/properties/limits")
        #expect(limits["type"] == ["object", "null"])
        let quantity = limits["patternProperties"]?[JSONSchemaPatterns.resourceName]
        #expect(quantity?["type"] == ["integer", "string", "null"])
        #expect(quantity?["pattern"] == .string(JSONSchemaPatterns.nonNegativeQuantity))
        // Another key may only hold null, which the decoder drops before it reads the key.
        #expect(limits["additionalProperties"] == ["type": "null"])
        let divisor = try at(
            "properties/spec/properties/engine/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor"
        )
        #expect(divisor["pattern"] == .string(JSONSchemaPatterns.quantity))
        let args = try at("properties/spec/properties/engine/properties/args")
        // List entries are never null.
        #expect(args["items"] == ["type": "string"])
        let env = try at("properties/spec/properties/engine/properties/env/items")
        #expect(env["required"] == ["name"])
        #expect(env["not"] != nil)
    }

    /// Every object the schema describes (status aside) rejects unknown fields.
    @Test func everyObjectIsClosed() {
        var objects = 0
        func walk(_ v: Value, _ path: String) {
            guard case .mapping(let entries) = v else {
                if case .sequence(let items) = v { for item in items { walk(item, path) } }
                return
            }
            if let props = v["properties"], case .mapping = props,
                v["type"] == "object" || v["type"] == ["object", "null"]
            {
                objects += 1
                #expect(v["additionalProperties"] == false, "\(path) is open")
            }
            // Combinators hold conditions on an object, not descriptions of one.
            let conditions = ["oneOf", "anyOf", "allOf", "not"]
            for e in entries where !conditions.contains(e.key.stringValue ?? "") {
                walk(e.value, path + "/" + (e.key.stringValue ?? "?"))
            }
        }
        walk(Self.doc, "")
        #expect(objects > 30)
    }

    @Test func notesAndSettingsAreInDescriptions() throws {
        let image = try at("properties/spec/properties/engine/properties/image/description")
        #expect(
            image.stringValue?.hasSuffix(
                "msrender: When unset or empty, the render setting applies. Default: ghcr.io/llm-d/llm-d-cuda:v0.5.1 "
                    + "(render setting defaultEngineImage, --default-engine-image).") == true)
    }

    @Test func textIsDeterministic() {
        #expect(ModelServiceJSONSchema.text == ModelServiceJSONSchema.text)
    }
}
