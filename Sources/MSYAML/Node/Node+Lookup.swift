/// Reading a few fields of a node tree without converting it to a Value.
extension Node {
    /// The value of the first pair of a mapping whose key is a scalar with exactly these
    /// bytes (`metadata`, `annotations`), or nil.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs {
            if let k = pair.key.scalarText, UTF8Text.equal(k, key) { return pair.value }
        }
        return nil
    }

    /// The text of a scalar that reads as a string: quoted, or plain and not a null,
    /// boolean or number (`'0'` is "0", plain `0` is not a string).
    public var stringText: String? {
        guard case .scalar(let text, let style) = content else { return nil }
        if tag == Tag.str || tag == "!" || (tag == nil && style != .plain) { return text }
        guard tag == nil, case .string = Resolver.resolvePlain(text) else { return nil }
        return text
    }
}
