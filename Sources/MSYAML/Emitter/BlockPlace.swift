/// Where a block writer (`BlockWriter`, `NodeWriter`) writes a value, and the layout
/// that follows from it, so both writers lay out collections the same way:
/// - after `key:` in a mapping at column c: scalars on the same line, a mapping on the
///   next lines at c + 2, a sequence on the next lines at c (kubectl's layout);
/// - after an indicator (`- `, `? `, `: `) at column c: scalars on the same line,
///   collections compact, their first entry on the same line at c + 2;
/// - at the root, column 0.
/// A literal block's lines go at c + 2 with the parent's indentation c, so the
/// indentation indicator is always 2.
enum BlockPlace {
    case root
    case afterKey(column: Int)
    case afterIndicator(column: Int)

    var isRoot: Bool {
        if case .root = self { return true }
        return false
    }

    var isAfterKey: Bool {
        if case .afterKey = self { return true }
        return false
    }

    /// The column of a block collection's entries here, and whether the first one goes
    /// on the current line (after an indicator). After a key the caller breaks the line.
    func entries(isMapping: Bool) -> (column: Int, firstInline: Bool) {
        switch self {
        case .root: return (0, false)
        case .afterKey(let c): return (isMapping ? c + 2 : c, false)
        case .afterIndicator(let c): return (c + 2, true)
        }
    }

    /// The indentation of a literal block's lines here.
    var literalIndent: Int {
        switch self {
        case .root: return 2
        case .afterKey(let c), .afterIndicator(let c): return c + 2
        }
    }

    /// Starts entry `next` of a block collection at `column`: its indentation (unless
    /// it is the first and goes on the current line), then `indicator` and a space
    /// (`- ` for a sequence item, `: ` for an explicit key's value).
    static func startEntry(_ next: Int, column: Int, firstInline: Bool, indicator: UInt8?, to out: inout [UInt8]) {
        if next > 0 || !firstInline { Indentation.write(column, to: &out) }
        guard let indicator else { return }
        out.append(indicator)
        out.append(0x20)
    }

    /// Whether a literal block may be written here for `text`: at the root the parent
    /// indentation is -1, which readers disagree on with an indentation indicator;
    /// without one they all detect it.
    func allowsLiteral(_ text: String) -> Bool {
        !isRoot || !LiteralBlock.needsIndicator(text)
    }
}

/// Appends a writer's output to a caller's buffer, handing the buffer over so appends
/// do not copy it, and leaving it as it was when the writer refuses the tree.
enum WriteBuffer {
    static func append(to out: inout [UInt8], _ write: (inout [UInt8]) throws(EmitError) -> Void) throws(EmitError) {
        let start = out.count
        do {
            try write(&out)
        } catch {
            out.removeSubrange(start...)
            throw error
        }
    }
}
