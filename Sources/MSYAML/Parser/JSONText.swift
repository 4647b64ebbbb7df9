/// Finds where one JSON text (RFC 8259, strictly) ends, without building anything:
/// the JSON stream reader uses it to split a stream into texts, each of which the YAML
/// reader then reads (JSON is YAML 1.2), so values and marks come from one place.
///
///     {"a": [1, 2]} {"b": null}      texts at 0..<13 and 14..<25
///
/// Every step consumes at least one byte or ends, and nesting is capped by `maxDepth`.
struct JSONText {
    /// Why a text is not JSON: where and, in plain words, what was expected.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let b: UnsafeBufferPointer<UInt8>
    var i: Int

    /// The end offset of the JSON text that starts at `start` (after white space).
    static func end(_ b: UnsafeBufferPointer<UInt8>, from start: Int, maxDepth: Int) -> Result<Int, Failure> {
        var t = JSONText(b: b, i: start)
        do throws(Failure) {
            try t.value(maxDepth: maxDepth)
            return .success(t.i)
        } catch {
            return .failure(error)
        }
    }

    /// Whether `c` can open a JSON text.
    static func canStart(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"),
            UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return true
        default: return Bytes.isDigit(c)
        }
    }

    /// JSON white space: space, tab, line feed, carriage return.
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }

    private mutating func skipSpace() {
        while i < b.count && Self.isSpace(b[i]) { i += 1 }
    }

    private func fail(_ message: (String) -> String) -> Failure {
        Failure(offset: i, message: message(Scanner.describe(b, at: i)))
    }

    /// One value with everything nested in it, iteratively: `open` holds, per level,
    /// whether it is an object.
    private mutating func value(maxDepth: Int) throws(Failure) {
        var open: [Bool] = []
        while true {
            // A value is expected here.
            skipSpace()
            switch at(i) {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard open.count < maxDepth else { throw fail { _ in ReaderMessage.tooDeep(maxDepth) } }
                let object = at(i) == UInt8(ascii: "{")
                open.append(object)
                i += 1
                skipSpace()
                if at(i) == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i += 1
                    open.removeLast()
                } else {
                    if object { try key() }
                    continue
                }
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let c where c == UInt8(ascii: "-") || Bytes.isDigit(c): try number()
            default: throw fail(ReaderMessage.jsonExpectedValue)
            }
            // After a value: close levels until one continues with ','.
            while let object = open.last {
                skipSpace()
                if at(i) == UInt8(ascii: ",") {
                    i += 1
                    if object { try key() }
                    break
                }
                guard at(i) == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw fail { ReaderMessage.jsonExpectedCommaOrClose(object: object, $0) }
                }
                i += 1
                open.removeLast()
            }
            if open.isEmpty { return }
        }
    }

    /// `"key" :` inside an object.
    private mutating func key() throws(Failure) {
        skipSpace()
        guard at(i) == UInt8(ascii: "\"") else { throw fail(ReaderMessage.jsonExpectedKey) }
        try string()
        skipSpace()
        guard at(i) == UInt8(ascii: ":") else { throw fail(ReaderMessage.jsonExpectedColon) }
        i += 1
    }

    private mutating func string() throws(Failure) {
        let open = i
        i += 1
        while true {
            let c = at(i)
            if c == UInt8(ascii: "\"") {
                i += 1
                return
            }
            // A JSON string ends on its line.
            if i >= b.count || Bytes.isBreak(c) {
                throw Failure(offset: open, message: ReaderMessage.jsonUnclosedString)
            }
            if c < 0x20 { throw fail { _ in ReaderMessage.jsonControlInString } }
            if c == UInt8(ascii: "\\") {
                switch at(i + 1) {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u") where (2..<6).allSatisfy({ Bytes.isHex(at(i + $0)) }):
                    i += 6
                default: throw fail { _ in ReaderMessage.jsonInvalidEscape }
                }
                continue
            }
            i += 1
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Failure) {
        let start = i
        func digits(_ t: inout JSONText) -> Int {
            let from = t.i
            while Bytes.isDigit(t.at(t.i)) { t.i += 1 }
            return t.i - from
        }
        if at(i) == UInt8(ascii: "-") { i += 1 }
        let leadingZero = at(i) == UInt8(ascii: "0")
        let whole = digits(&self)
        var ok = whole > 0 && !(leadingZero && whole > 1)
        if ok && at(i) == UInt8(ascii: ".") {
            i += 1
            ok = digits(&self) > 0
        }
        if ok && (at(i) == UInt8(ascii: "e") || at(i) == UInt8(ascii: "E")) {
            i += 1
            if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") { i += 1 }
            ok = digits(&self) > 0
        }
        guard ok else { throw Failure(offset: start, message: ReaderMessage.jsonInvalidNumber) }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        let matches = (0..<n).allSatisfy { at(i + $0) == word.utf8Start[$0] }
        guard matches else { throw fail(ReaderMessage.jsonExpectedValue) }
        i += n
    }
}
