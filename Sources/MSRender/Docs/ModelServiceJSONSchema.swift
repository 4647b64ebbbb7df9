import MSModel
import MSYAML

/// The JSON Schema (draft-07) of a ModelService document, generated from the decoder's
/// tables (`FieldDoc.modelService`), msrender's extra rules (`JSONSchemaRules`) and the
/// descriptions `msrender explain` prints.
///
/// Draft-07 because the YAML language server (VS Code's YAML extension) supports it
/// fully; 2019-09 and 2020-12 only since its 1.20 release. An explicit null is allowed
/// wherever msrender treats it as absent (an optional field, a map value), never for a
/// required field or a list entry. Every object rejects unknown fields, as msrender does.
public enum ModelServiceJSONSchema {
    public static let draft = "http://json-schema.org/draft-07/schema#"

    /// The schema as `msrender schema` prints it: pretty JSON, one final newline. The
    /// document comes from msrender's own tables, which hold no key twice and only
    /// finite numbers, so the writer has nothing to refuse (JSONSchemaTests check it).
    public static var text: String { ((try? JSONWriter.write(document, pretty: true, sortKeys: false)) ?? "") + "\n" }

    public static var document: Value {
        let root = FieldDoc.modelService
        var entries: [(String, Value)] = [
            ("$schema", .string(draft)),
            ("title", .string("\(ModelServiceDecoder.kind) (\(ModelServiceDecoder.apiVersion))")),
        ]
        entries += node(root, nullable: false)
        return .object(entries)
    }

    /// The keywords for one field: description, type and constraints, then its rules.
    static func node(_ field: FieldDoc, nullable: Bool) -> [(String, Value)] {
        var out: [(String, Value)] = []
        let text = description(field)
        if !text.isEmpty { out.append(("description", .string(text))) }
        if let constant = field.constant {
            out += [("type", "string"), ("const", .string(constant))]
            return out
        }
        let s = field.schema
        switch s.kind {
        case .object:
            out += object(field.children, schema: s, nullable: nullable)
        case .array:
            out.append(("type", JSONSchemaValues.types(["array"], nullable: nullable)))
            var item: [(String, Value)]
            if let element = s.element, element.kind == .object {
                item = object(field.children, schema: element, nullable: false)
            } else if s.element?.kind == .opaque {
                // Anything but null: the decoder keeps null list entries as errors.
                item = [("not", ["type": "null"])]
            } else {
                item = s.element.map { scalar($0, nullable: false) } ?? []
            }
            item = merged(item, JSONSchemaRules.keywords(for: field.path + "[]"))
            out.append(("items", .object(item)))
        case .map:
            out.append(("type", JSONSchemaValues.types(["object"], nullable: nullable)))
            out.append(("additionalProperties", .object(s.element.map { scalar($0, nullable: true) } ?? [])))
        case .opaque:
            // Anything; only a list entry may not be null (the decoder's rule for lists).
            if !nullable { out.append(("not", ["type": "null"])) }
        case .string, .integer, .boolean, .quantity:
            out += scalar(s, nullable: nullable)
        }
        if let d = s.defaultValue, !JSONSchemaRules.dropsDefault(field.path) { out.append(("default", d)) }
        return merged(out, JSONSchemaRules.keywords(for: field.path))
    }

    private static func object(_ children: [FieldDoc], schema: Schema, nullable: Bool) -> [(String, Value)] {
        var out: [(String, Value)] = [("type", JSONSchemaValues.types(["object"], nullable: nullable))]
        if !schema.required.isEmpty { out.append(("required", .sequence(schema.required.map(Value.string)))) }
        out.append(("properties", .object(children.map { ($0.name, .object(node($0, nullable: !$0.isRequired))) })))
        out.append(("additionalProperties", false))
        return out
    }

    /// A string, integer, boolean or quantity with the table's constraints.
    static func scalar(_ s: Schema, nullable: Bool) -> [(String, Value)] {
        var out: [(String, Value)] = []
        switch s.kind {
        case .string:
            out.append(("type", JSONSchemaValues.types(["string"], nullable: nullable)))
            if !s.enumValues.isEmpty {
                out.append(("enum", JSONSchemaValues.strings(s.enumValues, nullable: nullable)))
            }
            if let n = s.minLength { out.append(("minLength", JSONSchemaValues.int(n))) }
            if let n = s.maxLength { out.append(("maxLength", JSONSchemaValues.int(n))) }
        case .integer:
            out.append(("type", JSONSchemaValues.types(["integer"], nullable: nullable)))
            out.append(("minimum", JSONSchemaValues.int(s.minimum ?? s.format.range.lowerBound)))
            out.append(("maximum", JSONSchemaValues.int(s.maximum ?? s.format.range.upperBound)))
        case .boolean:
            out.append(("type", JSONSchemaValues.types(["boolean"], nullable: nullable)))
        case .quantity:
            out.append(("type", JSONSchemaValues.types(["integer", "string"], nullable: nullable)))
            out.append(("pattern", .string(JSONSchemaPatterns.quantity)))
        case .object, .map, .array, .opaque:
            break
        }
        return out
    }

    /// `base` with each key of `extra` replaced or appended, in order.
    private static func merged(_ base: [(String, Value)], _ extra: [(String, Value)]) -> [(String, Value)] {
        var out = base
        for (k, v) in extra {
            if let i = out.firstIndex(where: { $0.0.utf8.elementsEqual(k.utf8) }) {
                out[i].1 = v
            } else {
                out.append((k, v))
            }
        }
        return out
    }

    /// The CRD's description, then what msrender does, as explain prints them.
    static func description(_ field: FieldDoc) -> String {
        var parts: [String] = []
        if !field.crdDescription.isEmpty { parts.append(field.crdDescription) }
        if let note = FieldNote.note(for: field.path) {
            var text = "msrender: " + note.text
            if let s = note.setting { text += " Default: \(s.value) (render setting \(s.name), \(s.flag))." }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }
}
