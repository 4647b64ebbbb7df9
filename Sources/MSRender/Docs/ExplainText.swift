import MSModel
import MSYAML

/// The text of `msrender explain`, laid out like `kubectl explain`: a KIND/VERSION
/// header, the field with its type and constraints, the CRD's description, what
/// msrender does (MSRENDER), and the fields below it; wrapped at 80 columns.
public enum ExplainText {
    public static let width = 80

    public static func render(_ field: FieldDoc, recursive: Bool) -> String {
        var out = [
            "KIND:     \(ModelServiceDecoder.kind)", "VERSION:  \(ModelServiceDecoder.apiVersion)", "",
        ]
        if !field.path.isEmpty {
            out += labelled("FIELD:", "\(field.path) \(typeName(field.schema))")
            for (label, text) in attributes(field) { out += labelled(label, text) }
            out.append("")
        }
        out.append("DESCRIPTION:")
        out += field.crdDescription.isEmpty ? ["    <empty>"] : wrap(field.crdDescription, indent: 4)
        if let note = FieldNote.note(for: field.path) {
            out += ["", "MSRENDER:"] + wrap(note.text, indent: 4)
        }
        if !field.children.isEmpty {
            out += ["", "FIELDS:"]
            if recursive {
                tree(field.children, depth: 1, into: &out)
            } else {
                for (i, child) in field.children.enumerated() {
                    if i > 0 { out.append("") }
                    out.append("  " + heading(child))
                    let summary = summary(of: child)
                    out += summary.isEmpty ? ["    <empty>"] : wrap(summary, indent: 4)
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `<integer>`, `<[]Object>`, `<map[string]Quantity>`, as kubectl names types.
    public static func typeName(_ schema: Schema) -> String { "<" + bareType(schema) + ">" }

    private static func bareType(_ schema: Schema) -> String {
        switch schema.kind {
        case .string, .integer, .boolean: return "\(schema.kind)"
        case .object, .opaque: return "Object"
        case .quantity: return "Quantity"
        case .array: return "[]" + (schema.element.map(bareType) ?? "Object")
        case .map: return "map[string]" + (schema.element.map(bareType) ?? "Object")
        }
    }

    /// The constraint lines under FIELD, in a fixed order.
    static func attributes(_ field: FieldDoc) -> [(String, String)] {
        var out: [(String, String)] = [("REQUIRED:", requirement(field))]
        let s = field.schema
        if let value = field.constant { out.append(("VALUE:", value)) }
        if let d = s.defaultValue {
            var text = scalarText(d) + " (CRD default"
            switch field.parentPresence {
            case .always: text += ")"
            case .whenPresent(let p): text += ", filled in when \(p) is present)"
            case .inEachEntry(let p): text += ", filled in in each \(p) entry)"
            }
            out.append(("DEFAULT:", text))
        }
        if let setting = FieldNote.note(for: field.path)?.setting {
            out.append(("DEFAULT:", "\(setting.value) (render setting \(setting.name), \(setting.flag))"))
        }
        // msrender's own rules (JSONSchemaRules) fill in what the CRD's tables leave open.
        let rules = JSONSchemaRules.keywords(for: field.path)
        func rule(_ key: String) -> Value? { rules.first { $0.0.utf8.elementsEqual(key.utf8) }?.1 }
        var enumValues = s.enumValues
        if enumValues.isEmpty, case .sequence(let items)? = rule("enum") {
            enumValues = items.compactMap(\.stringValue)
        }
        if !enumValues.isEmpty {
            out.append(("ENUM:", enumValues.map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ", ")))
        }
        if s.kind == .integer {
            let low = s.minimum ?? s.format.range.lowerBound
            let high = s.maximum ?? s.format.range.upperBound
            out.append(("RANGE:", "\(low) to \(high) (\(s.format))"))
        }
        switch (
            s.minLength ?? rule("minLength").flatMap(JSONSchemaValues.intValue),
            s.maxLength ?? rule("maxLength").flatMap(JSONSchemaValues.intValue)
        ) {
        case (let low?, let high?): out.append(("LENGTH:", "\(low) to \(high) characters"))
        case (let low?, nil): out.append(("LENGTH:", "at least \(low) character\(low == 1 ? "" : "s")"))
        case (nil, let high?): out.append(("LENGTH:", "at most \(high) characters"))
        case (nil, nil): break
        }
        if s.kind == .quantity || s.element?.kind == .quantity {
            out.append(("FORMAT:", "an integer or a quantity string such as 500m, 16Gi or 1e3"))
        }
        return out
    }

    static func requirement(_ field: FieldDoc) -> String {
        guard field.isRequired, !field.path.isEmpty else { return "no" }
        switch field.parentPresence {
        case .always: return "yes"
        case .whenPresent(let p): return "yes, when \(p) is present"
        case .inEachEntry(let p): return "yes, in each \(p) entry"
        }
    }

    private static func scalarText(_ v: Value) -> String {
        switch v {
        case .string(let s): return s.isEmpty ? "\"\"" : s
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.text
        // Defaults and enums come from msrender's own tables, which hold no key twice.
        default: return (try? JSONWriter.write(v, pretty: false, sortKeys: true)) ?? ""
        }
    }

    private static func heading(_ field: FieldDoc) -> String {
        "\(field.name)  \(typeName(field.schema))" + (field.isRequired ? " -required-" : "")
    }

    private static func tree(_ fields: [FieldDoc], depth: Int, into out: inout [String]) {
        for f in fields {
            out.append(String(repeating: "  ", count: depth) + heading(f))
            tree(f.children, depth: depth + 1, into: &out)
        }
    }

    /// The first sentence of the CRD's description, else of msrender's note.
    static func summary(of field: FieldDoc) -> String {
        let text = field.crdDescription.isEmpty ? (FieldNote.note(for: field.path)?.text ?? "") : field.crdDescription
        let firstParagraph = String(paragraphs(text).first ?? "")
        return firstSentence(firstParagraph)
    }

    /// Up to the first ". " before a capital letter that does not close "e.g." or "i.e.".
    static func firstSentence(_ text: String) -> String {
        let chars = Array(text)
        var i = 0
        while i + 2 < chars.count {
            if chars[i] == ".", chars[i + 1] == " ", chars[i + 2].isUppercase {
                let before = String(chars[max(0, i - 3)..<i])
                if !before.hasSuffix("e.g") && !before.hasSuffix("i.e") { return String(chars[...i]) }
            }
            i += 1
        }
        return text
    }

    /// `LABEL:   text`, the text starting at column 11 and wrapped under itself.
    static func labelled(_ label: String, _ text: String) -> [String] {
        let pad = String(repeating: " ", count: max(1, 10 - label.count))
        let lines = wrap(text, indent: 10)
        guard let first = lines.first else { return [label] }
        return [label + pad + first.dropFirst(10)] + lines.dropFirst()
    }

    static func paragraphs(_ text: String) -> [Substring] { text.split(separator: "\n\n") }

    /// Paragraphs (separated by a blank line) wrapped at `width`, each line indented; a
    /// word longer than a line (a URL) stands on a line of its own.
    static func wrap(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        for (n, paragraph) in paragraphs(text).enumerated() {
            if n > 0 { out.append("") }
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if !line.isEmpty && indent + line.unicodeScalars.count + 1 + word.unicodeScalars.count > width {
                    out.append(pad + line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            if !line.isEmpty { out.append(pad + line) }
        }
        return out
    }
}
