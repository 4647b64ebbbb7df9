/// Every message the reader can raise, alphabetised, so wording stays consistent and
/// reviewable in one place. Messages say what was expected or found, in plain words.
enum ReaderMessage {
    static func aliasExpansionTooLarge(_ limit: Int) -> String {
        "aliases expand to more than \(limit) nodes (is this a \"billion laughs\" document?)"
    }
    static let blockEntryInFlow = "a '-' sequence entry is not allowed inside a flow collection"
    static func cannotStartToken(_ found: String) -> String {
        "found \(found), which cannot start any token"
    }
    static let commentWithoutSpace = "a comment must be separated from what precedes it by white space"
    static let contentAfterDocumentEnd = "only a comment may follow the document end marker '...' on its line"
    static func controlCharacter(_ v: UInt32) -> String {
        "found the control character U+\(hex4(v)), which YAML does not allow"
    }
    static let documentMarkerInQuoted = "found a document marker inside a quoted scalar"
    static func duplicateKey(_ key: String) -> String {
        "duplicate mapping key \(key)"
    }
    static func duplicateTagDirective(_ handle: String) -> String {
        "found a second %TAG directive for the handle '\(handle)'"
    }
    static let duplicateVersionDirective = "found a second %YAML directive for the same document"
    static func expectedAnchorName(alias: Bool) -> String {
        alias ? "expected an alias name after '*'" : "expected an anchor name after '&'"
    }
    static func expectedColonAfterKey(_ key: String?) -> String {
        key.map { "expected ':' after the mapping key \"\(clip($0))\"" } ?? "expected ':' after the mapping key"
    }
    static let expectedDirectiveSpace = "expected a space after the directive name"
    static func expectedDocumentStart(_ found: String) -> String {
        "expected a document start '---' after the directives, found \(found)"
    }
    static func expectedDocumentEnd(_ found: String) -> String {
        "expected the end of the document ('...' or '---'), found \(found)"
    }
    static func expectedFlowMappingEnd(_ found: String) -> String {
        "expected ',' or '}' in the flow mapping, found \(found)"
    }
    static func expectedFlowSequenceEnd(_ found: String) -> String {
        "expected ',' or ']' in the flow sequence, found \(found)"
    }
    static func expectedLineEndAfterBlockHeader(_ found: String) -> String {
        "expected a comment or a line break after the block scalar header, found \(found)"
    }
    static let expectedLineEndAfterDirective = "expected a comment or a line break after the directive"
    static func expectedMappingKey(_ found: String) -> String {
        "expected a mapping key, found \(found)"
    }
    static func expectedNode(_ found: String) -> String {
        "expected a node (a value), found \(found)"
    }
    static func expectedSequenceEntry(_ found: String) -> String {
        "expected a '-' sequence entry, found \(found)"
    }
    static func expectedSpaceAfterTag(_ found: String) -> String {
        "expected a space after the tag, found \(found)"
    }
    static func expectedTagSuffix(_ handle: String) -> String {
        "expected a tag name after the handle '\(handle)'"
    }
    static let explicitKeyNotAllowed = "a '?' mapping key is not allowed here"
    static let flowLineUnderIndented = "this line of a flow collection must be indented more than the enclosing block"
    static func scalarTooLong(_ limit: Int) -> String {
        "this scalar is longer than the limit of \(limit) bytes"
    }
    static func inputTooLarge(_ size: Int, _ limit: Int) -> String {
        "the input is \(size) bytes, more than the limit of \(limit)"
    }
    static let invalidEscapedCharacter = "the escaped character is not a valid Unicode scalar"
    static func invalidHexEscape(_ digits: Int) -> String {
        "expected \(digits) hexadecimal digits in the escape"
    }
    static let invalidTagDirective =
        "expected a tag handle and prefix in the %TAG directive (like %TAG !e! tag:example.com,2000:)"
    static let invalidTagEscape = "expected two hexadecimal digits after '%' in the tag"
    static let invalidUTF8 = "the input is not valid UTF-8"
    static let invalidVersion = "expected a version like 1.2 in the %YAML directive"
    static func jsonExpectedColon(_ found: String) -> String {
        "expected ':' after the key in the JSON object, found \(found)"
    }
    static func jsonExpectedCommaOrClose(object: Bool, _ found: String) -> String {
        object
            ? "expected ',' or '}' in the JSON object, found \(found)"
            : "expected ',' or ']' in the JSON array, found \(found)"
    }
    static func jsonExpectedKey(_ found: String) -> String {
        "expected a quoted key in the JSON object, found \(found)"
    }
    static func jsonExpectedText(_ found: String) -> String {
        "expected another JSON text or the end of the input after a JSON text, found \(found)"
    }
    static func jsonExpectedValue(_ found: String) -> String {
        "expected a JSON value, found \(found)"
    }
    static let jsonControlInString = "found a control character in a JSON string (escape it, like \\t or \\n)"
    static let jsonInvalidEscape = "found an invalid escape in a JSON string"
    static let jsonInvalidNumber = "found an invalid JSON number"
    static let jsonUnclosedString = "unclosed JSON string"
    static func lessIndented(_ spaces: Int, than above: (Int, Bool), holder: (Int, Bool)?) -> String {
        let outer = holder.map { " and the \(uses($0, "holding it"))" } ?? ""
        return "this line is indented \(count(spaces, "space")), but the \(uses(above, "above"))\(outer)"
    }
    static let leadingEmptyLineOverIndented =
        "a leading empty line of a block scalar is indented more than its first line"
    static let mappingValueNotAllowed = "a ':' mapping value is not allowed here"
    static func multilineKey(_ start: Mark) -> String {
        "found ':' after a scalar that started on an earlier line (at \(start)); "
            + "a mapping key must be on one line (check the indentation, and the space after each ':')"
    }
    static func moreIndented(_ spaces: Int, than enclosing: (Int, Bool)) -> String {
        "this line is indented \(count(spaces, "space")), but the \(uses(enclosing, "above"))"
    }
    static func multilineKeyIndented(_ start: Mark, _ spaces: Int, mapping indent: Int) -> String {
        "found ':' after a scalar that started on an earlier line (at \(start)): "
            + "\(moreIndented(spaces, than: (indent, true))), so the line continues that scalar"
    }
    static let noProgress = "internal error: the scanner stopped making progress (please report this input)"
    static let quotedLineUnderIndented = "this line of a quoted scalar must be indented more than the enclosing block"
    static let sequenceEntryNotAllowed = "a '-' sequence entry is not allowed here"
    static let tabIndentation = "found a tab character where indentation is expected"
    static func tabInBlockScalarIndentation(_ spaces: Int) -> String {
        "found a tab character where the block scalar's indentation (\(count(spaces, "space"))) is expected"
    }
    static func tooDeep(_ limit: Int) -> String {
        "the document nests collections deeper than \(limit) levels"
    }
    static func undefinedAlias(_ name: String) -> String {
        "found the alias *\(name), but no anchor &\(name) precedes it"
    }
    static func undefinedTagHandle(_ handle: String) -> String {
        "found the tag handle '\(handle)', which no %TAG directive defines"
    }
    static func unclosedQuoted(double: Bool, start: Mark) -> String {
        "unclosed \(double ? "double" : "single")-quoted string started at \(start)"
    }
    static let unclosedVerbatimTag = "expected '>' to close the verbatim tag"
    static func unknownEscape(_ character: String) -> String {
        "found the unknown escape \\\(character)"
    }
    static func unsupportedEncoding(_ name: String) -> String {
        "the input is \(name); msrender reads UTF-8 only (convert it, e.g. with iconv -t UTF-8)"
    }
    static func unsupportedVersion(_ major: Int, _ minor: Int) -> String {
        "found %YAML \(major).\(minor), but only YAML 1.x is supported"
    }
    static let zeroIndentationIndicator = "a block scalar indentation indicator must be between 1 and 9"

    /// "mapping above uses 2 (its keys start at column 3)": a block collection by its
    /// indentation, in the hint for a mis-indented line.
    static func uses(_ c: (indent: Int, isMapping: Bool), _ role: String) -> String {
        let items = c.isMapping ? "keys" : "'-' entries"
        return
            "\(c.isMapping ? "mapping" : "sequence") \(role) uses \(c.indent) (its \(items) start at column \(c.indent + 1))"
    }

    /// "1 space", "2 spaces".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A key shortened for quoting in a message.
    static func clip(_ s: String) -> String {
        s.count <= 40 ? s : String(s.prefix(37)) + "..."
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
