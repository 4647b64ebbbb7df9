/// Writes a multi-line string as a literal block scalar (`|`, `|-`, `|+`, `|2-`).
///
/// Only strings `Resolver.writeStyle` calls `.literal` come here: printable, no blank
/// before a line break or at the end (so no line is spaces only, which readers treat
/// differently), and at least one non-blank character.
enum LiteralBlock {
    /// Whether the block needs an indentation indicator: the first line starts with a
    /// space or tab, or is empty, so a reader cannot detect the indentation from it.
    static func needsIndicator(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        return first == 0x20 || first == 0x09 || first == 0x0A
    }

    /// Writes the header and the lines, each indented by `indent` spaces; the header's
    /// indicator (always 2) is relative to the parent's indentation, which callers keep
    /// at `indent - 2`. Chomping keeps the exact number of trailing line breaks:
    /// none `|-`, one `|`, more `|+` with the extra ones as empty lines.
    static func write(_ s: String, indent: Int, to out: inout [UInt8]) {
        let indicator = needsIndicator(s)
        UTF8Text.bytes(s) { b in
            var end = b.count
            while end > 0 && b[end - 1] == 0x0A { end -= 1 }
            let trailing = b.count - end
            out.append(0x7C)  // |
            if indicator { out.append(0x32) }
            if trailing == 0 { out.append(0x2D) } else if trailing > 1 { out.append(0x2B) }
            out.append(0x0A)
            var lineStart = 0
            while lineStart <= end {
                var lineEnd = lineStart
                while lineEnd < end && b[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd > lineStart {
                    Indentation.write(indent, to: &out)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[lineStart..<lineEnd]))
                }
                out.append(0x0A)
                lineStart = lineEnd + 1
            }
            for _ in 1..<max(trailing, 1) { out.append(0x0A) }
        }
    }
}

/// Writes runs of spaces from a fixed block, not one append per space.
enum Indentation {
    private static let spaces = [UInt8](repeating: 0x20, count: 128)

    static func write(_ count: Int, to out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let n = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { out.append(contentsOf: $0[0..<n]) }
            left -= n
        }
    }
}
