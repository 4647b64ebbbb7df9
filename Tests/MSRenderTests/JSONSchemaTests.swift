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
            let conditions = ["oneOf", "anyOf", "allOf", "not", "if", "then", "else"]
            for e in entries where !conditions.contains(e.key.stringValue ?? "") {
                walk(e.value, path + "/" + (e.key.stringValue ?? "?"))
            }
        }
        walk(Self.doc, "")
        #expect(objects > 30)
    }

    static let env = "properties/spec/properties/engine/properties/env/items/properties/valueFrom/properties"

    /// The rules of the objects a ModelService's fields land in, from msrender's tables.
    @Test func targetObjectRules() throws {
        let route = try at("properties/spec/properties/httpRoute/properties")
        #expect(route["hostnames"]?["maxItems"] == .int(RouteMonitorRules.maxHostnames))
        #expect(route["hostnames"]?["items"]?["pattern"] == .string(JSONSchemaPatterns.hostname))
        #expect(route["hostnames"]?["items"]?["maxLength"] == 253)
        #expect(route.at("gatewayRef.properties.namespace.pattern") == .string(JSONSchemaPatterns.optionalLabelName))
        let monitor = try at("properties/spec/properties/monitoring/properties/podMonitor")
        #expect(monitor["if"] == ["required": ["enabled"], "properties": ["enabled": ["const": true]]])
        #expect(monitor.at("then.properties.interval.pattern") == .string(CRDPatterns.duration))
        for image in ["engine", "routingProxy"] {
            #expect(
                try at("properties/spec/properties/\(image)/properties/image/pattern")
                    == .string(JSONSchemaPatterns.noSurroundingSpace))
        }
        let picker = try at("properties/spec/properties/inferencePool/properties/endpointPicker/properties")
        #expect(picker.at("port.not") == ["const": 9090])
        #expect(picker.at("resources.not.required") == ["claims"])
        #expect(picker.at("image.pattern") == .string(JSONSchemaPatterns.noSurroundingSpace))
        #expect(try at("properties/spec/properties/model/properties/mountPath/not") == ["const": "/tmp/model-oci"])
        // With pull secrets /.docker is taken; without, there is no docker-config volume.
        let spec = try at("properties/spec")
        #expect(spec.at("then.properties.model.properties.mountPath.not") == ["const": "/.docker"])
        #expect(
            spec.at("else.properties.engine.properties.env.items.properties.valueFrom.properties.fileKeyRef")
                == ["properties": ["volumeName": ["not": ["const": "docker-config"]]]])
    }

    @Test func envSourceRules() throws {
        let env = try at(Self.env)
        for source in ["configMapKeyRef", "secretKeyRef"] {
            #expect(env[source]?["required"] == ["key", "name"])
            let name = try #require(env[source]?["properties"]?["name"])
            // Not nullable, and no CRD default: msrender rejects "".
            #expect(name["type"] == "string")
            #expect(name["default"] == nil)
            #expect(name["pattern"] == .string(JSONSchemaPatterns.subdomainName))
            #expect(env.at("\(source).properties.key.pattern") == .string(JSONSchemaPatterns.configMapKey))
        }
        #expect(env.at("fieldRef.properties.fieldPath.pattern") == .string(JSONSchemaPatterns.fieldPath))
        #expect(env.at("fileKeyRef.properties.volumeName.enum") == ["model", "model-tmp", "docker-config"])
        #expect(env.at("fileKeyRef.properties.path.pattern") == .string(JSONSchemaPatterns.relativePath))
        let field = try #require(env["resourceFieldRef"])
        #expect(field.at("if.properties.resource.pattern") == .string(JSONSchemaPatterns.cpuResource))
        // Integers are decimal: only these print as an allowed divisor.
        let cpuInts = field.at("then.properties.divisor.not.anyOf")?[2]?["not"]?["enum"]
        #expect(cpuInts == [0, 1])
        let byteInts = field.at("else.then.properties.divisor.not.anyOf")?[2]?["not"]?["enum"]
        #expect(
            byteInts
                == .sequence(([0, 1] + (1...6).map { (0..<(3 * $0)).reduce(1) { n, _ in n * 10 } }).map(Value.int)))
    }

    @Test func podRules() throws {
        let decode = try at("properties/spec/properties/decode/properties")
        #expect(
            decode.at("tolerations.items.properties.key.pattern") == .string(JSONSchemaPatterns.optionalQualifiedName))
        let limits = try #require(decode.at("resources.properties.limits.patternProperties"))
        // A role's GPU resources may hold anything: msrender overwrites them.
        let extended = JSONSchemaPatterns.extendedResource(excluding: JSONSchemaRules.gpuResources)
        #expect(limits[extended] == ["not": ["type": "string", "pattern": .string(JSONSchemaPatterns.fraction)]])
        #expect(limits[JSONSchemaPatterns.badHugePages] == ["type": "null"])
        #expect(JSONSchemaRules.gpuResources == ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi", "google.com/tpu"])
        let picker = try at(
            "properties/spec/properties/inferencePool/properties/endpointPicker/properties/resources/properties/limits")
        #expect(picker["patternProperties"]?[JSONSchemaPatterns.extendedResource(excluding: [])] != nil)
        let annotations = try at("properties/metadata/properties/annotations/patternProperties")
        #expect(annotations[JSONSchemaPatterns.annotationKey] != nil)
    }

    @Test func notesAndSettingsAreInDescriptions() throws {
        let image = try at("properties/spec/properties/engine/properties/image/description")
        #expect(
            image.stringValue?.hasSuffix(
                "msrender: When unset or empty, the render setting applies. No white space at either end: the API "
                    + "server accepts such a Deployment but rejects its pods. Default: ghcr.io/llm-d/llm-d-cuda:v0.5.1 "
                    + "(render setting defaultEngineImage, --default-engine-image).") == true)
    }

    @Test func textIsDeterministic() {
        #expect(ModelServiceJSONSchema.text == ModelServiceJSONSchema.text)
    }
}
