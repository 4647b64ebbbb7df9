import Synchronization

/// File names are bytes. This turns them into Strings and back without losing any:
/// the arguments of the process, and names shown in messages and `# Source:` lines.
///
/// Swift decodes `argv` lossily on Linux (an invalid byte becomes U+FFFD), so a file
/// whose name is not UTF-8 could not be opened by the name given. `arguments(_:)`
/// decodes the raw `argv` instead, an invalid byte `b` becoming the private-use scalar
/// U+10FF00+b, and remembers which arguments it escaped; `bytes(_:)` turns exactly
/// those back into the original bytes. For display an invalid byte is `\xNN`.
enum PathBytes {
    private static let escaped = Mutex<Set<[UInt8]>>([])
    private static let escapeBase: UInt32 = 0x10_FF00

    /// `arguments` with their exact bytes when they are the process's own (Swift's
    /// lossy decoding of the raw `argv`); any other list is returned as given.
    static func arguments(_ arguments: [String]) -> [String] {
        guard Int(CommandLine.argc) == arguments.count else { return arguments }
        var result: [String] = []
        for (i, given) in arguments.enumerated() {
            guard let p = CommandLine.unsafeArgv[i] else { return arguments }
            var n = 0
            while p[n] != 0 { n += 1 }
            let raw = Array(UnsafeRawBufferPointer(start: p, count: n))
            let text = String(decoding: raw, as: UTF8.self)
            guard text.utf8.elementsEqual(given.utf8) else { return arguments }
            // Valid UTF-8 decodes to its own bytes: the usual case needs no second pass.
            result.append(text.utf8.elementsEqual(raw) ? text : decode(raw))
        }
        return result
    }

    /// `bytes` as a String; invalid UTF-8 is escaped (and remembered, see `bytes(_:)`).
    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        forEachPiece(bytes) { piece in
            switch piece {
            case .scalar(let s): scalars.append(s)
            case .invalid(let b): if let s = Unicode.Scalar(escapeBase + UInt32(b)) { scalars.append(s) }
            }
        }
        let text = String(scalars)
        escaped.withLock { _ = $0.insert(Array(text.utf8)) }
        return text
    }

    /// The bytes a String from `decode` stands for (any other String: its UTF-8).
    static func bytes(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        guard escaped.withLock({ $0.contains(utf8) }) else { return utf8 }
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF {
                out.append(UInt8(scalar.value - escapeBase))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// `bytes` as a NUL-terminated C string for a system call.
    static func cString(_ bytes: [UInt8]) -> [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    /// An argument (or a name made by `decode`) for messages, its invalid bytes escaped.
    static func shown(_ text: String) -> String { display(bytes(text)) }

    /// A name for messages: valid UTF-8 as is, each invalid byte as `\xNN`.
    static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        forEachPiece(bytes) { piece in
            switch piece {
            case .scalar(let s): out.unicodeScalars.append(s)
            case .invalid(let b):
                let hex = Array("0123456789abcdef")
                out += "\\x" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    private enum Piece {
        case scalar(Unicode.Scalar)
        case invalid(UInt8)
    }

    /// The scalars of `bytes` in order, with each byte of an invalid sequence on its own.
    private static func forEachPiece(_ bytes: [UInt8], _ body: (Piece) -> Void) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                body(.scalar(Unicode.UTF8.decode(encoded)))
                offset += encoded.count
            case .error(let length):
                for b in bytes[offset..<offset + length] { body(.invalid(b)) }
                offset += length
            case .emptyInput:
                return
            }
        }
    }
}
