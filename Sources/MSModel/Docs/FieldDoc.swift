/// One field of a ModelService document as `msrender explain` and `msrender schema`
/// describe it: the decoder's own schema node, the CRD's description, and when the field
/// must be written. Built from the generated tables the decoder checks against, so the
/// documentation cannot drift from the checks.
public struct FieldDoc: Sendable {
    /// Where a field is, seen from the document: the condition under which it exists.
    public enum Presence: Sendable, Equatable {
        /// Whenever the document is (it and every ancestor are required).
        case always
        /// When the optional field at this explain path is present.
        case whenPresent(String)
        /// In every entry of the list at this explain path.
        case inEachEntry(String)
    }

    /// The last path segment; the kind (`ModelService`) for the document itself.
    public let name: String
    /// The explain path, like `spec.engine.env.name`: list entries and map values are
    /// transparent, as in `kubectl explain`. Empty for the document.
    public let path: String
    public let schema: Schema
    /// The only value the field may hold (`apiVersion`, `kind`).
    public let constant: String?
    /// The CRD's description, paragraphs separated by a blank line; may be empty.
    public let crdDescription: String
    /// Whether the parent object requires this field.
    public let isRequired: Bool
    /// When the parent object exists; a CRD default is filled in only then.
    public let parentPresence: Presence
    public let children: [FieldDoc]

    /// The child named `name` (compared as bytes), or nil.
    public func child(_ name: String) -> FieldDoc? {
        children.first { $0.name.utf8.elementsEqual(name.utf8) }
    }

    /// The object whose fields this field's value holds: itself, or a list's entry.
    var fieldsSchema: Schema? {
        if schema.kind == .object { return schema }
        if schema.kind == .array, let item = schema.element, item.kind == .object { return item }
        return nil
    }
}

extension FieldDoc {
    /// The whole ModelService document.
    public static let modelService: FieldDoc = build(
        name: ModelServiceDecoder.kind, path: "", schema: .modelServiceDocument, isRequired: true,
        parentPresence: .always)

    /// The field at an explain path (segments already split), or nil.
    public func descendant(_ segments: [String]) -> FieldDoc? {
        var node = self
        for s in segments {
            guard let next = node.child(s) else { return nil }
            node = next
        }
        return node
    }

    private static func build(
        name: String, path: String, schema: Schema, isRequired: Bool, parentPresence: Presence
    ) -> FieldDoc {
        let own: Presence = isRequired ? parentPresence : .whenPresent(path)
        var childPresence = own
        var fields: Schema? = schema.kind == .object ? schema : nil
        if schema.kind == .array, let item = schema.element, item.kind == .object {
            childPresence = .inEachEntry(path)
            fields = item
        }
        let children = (fields?.properties ?? []).map { p in
            build(
                name: p.name, path: path.isEmpty ? p.name : path + "." + p.name, schema: p.schema,
                isRequired: fields?.required.contains(p.name) ?? false, parentPresence: childPresence)
        }
        return FieldDoc(
            name: name, path: path, schema: schema, constant: constants[path],
            crdDescription: Schema.crdDescriptions[path] ?? "", isRequired: isRequired,
            parentPresence: parentPresence, children: children)
    }

    /// The fields that admit one value only.
    private static let constants = [
        "apiVersion": ModelServiceDecoder.apiVersion, "kind": ModelServiceDecoder.kind,
    ]
}
