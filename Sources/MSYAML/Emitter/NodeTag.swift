/// Writes a node's tag in the shortest form that reads back as the same tag: `!`,
/// `!!str` for the core tags, `!local` for local tags, else verbatim `!<tag:...>`, with
/// `%XX` escapes for bytes a tag cannot hold as they are (the reader decodes them).
enum NodeTag {
    static func write(_ tag: String, to out: inout [UInt8]) {
        let u = Array(tag.utf8)
        if u == [0x21] { return out.append(0x21) }
        let core = Array(Tag.yamlPrefix.utf8)
        if u.count > core.count && u.starts(with: core) && u[core.count...].allSatisfy(isTagChar) {
            out += "!!".utf8
            out += u[core.count...]
            return
        }
        if u.count > 1 && u[0] == 0x21 && u[1...].allSatisfy(isTagChar) {
            out += u
            return
        }
        out += "!<".utf8
        for c in u {
            if isURIChar(c) {
                out.append(c)
            } else {
                out.append(0x25)
                let hex = Array("0123456789ABCDEF".utf8)
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 0xF)])
            }
        }
        out.append(0x3E)
    }

    /// `ns-uri-char` without `%` (which is always escaped): word characters and
    /// `#;/?:@&=+$,_.!~*'()[]`.
    static func isURIChar(_ c: UInt8) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D: return true
        case 0x23, 0x3B, 0x2F, 0x3F, 0x3A, 0x40, 0x26, 0x3D, 0x2B, 0x24, 0x2C, 0x5F, 0x2E, 0x21, 0x7E, 0x2A, 0x27,
            0x28, 0x29, 0x5B, 0x5D:
            return true
        default: return false
        }
    }

    /// `ns-tag-char`: a URI character that is not `!` or a flow indicator.
    static func isTagChar(_ c: UInt8) -> Bool {
        isURIChar(c) && c != 0x21 && c != 0x2C && c != 0x5B && c != 0x5D
    }
}
