/// For tests, the fuzzer and `yamlbench compare`: whether `FastReader` and the general
/// path agree on an input, and how much of it the fast reader read.
@_spi(ReaderTesting)
public enum ReaderAgreement {
    /// The first difference between reading `buffer` with and without the fast path
    /// (documents, nodes, marks, styles, flow, tags, anchors, or the error), and between
    /// `YAMLReader.values` and `toValue` of the general path's nodes; nil when they agree.
    public static func difference(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .default) -> String? {
        let fast = outcome { () throws(YAMLError) in try YAMLReader.read(buffer, limits: limits, fastPath: true) }
        let general = outcome { () throws(YAMLError) in try YAMLReader.read(buffer, limits: limits, fastPath: false) }
        switch (fast, general) {
        case (.failure(let x), .failure(let y)):
            if x.mark != y.mark || x.mark.line != y.mark.line || x.mark.column != y.mark.column
                || !UTF8Text.equal(x.message, y.message)
            {
                return "errors differ: fast \(x) / general \(y)"
            }
        case (.success(let x), .success(let y)):
            guard x.count == y.count else { return "\(x.count) documents / \(y.count)" }
            for (i, (a, b)) in zip(x, y).enumerated() {
                if !same(a.start, b.start) { return "document \(i) starts at \(a.start) / \(b.start)" }
                if a.explicitStart != b.explicitStart { return "document \(i): explicit start differs" }
                if let d = difference(a.root, b.root, "document \(i)") { return d }
            }
        case (.success, .failure(let y)): return "the fast path read it, the general path failed: \(y)"
        case (.failure(let x), .success): return "the fast path failed: \(x); the general path read it"
        }
        // The values, built directly, against the general path's nodes converted.
        let direct = outcome { () throws(YAMLError) in try YAMLReader.values(buffer, limits: limits) }
        let converted = outcome { () throws(YAMLError) in
            try YAMLReader.read(buffer, limits: limits, fastPath: false).map { d throws(YAMLError) in
                try d.root.toValue()
            }
        }
        switch (direct, converted) {
        case (.success(let x), .success(let y)):
            if x != y { return "YAMLReader.values differs from toValue" }
        case (.failure(let x), .failure(let y)):
            if x.mark != y.mark || !UTF8Text.equal(x.message, y.message) { return "value errors differ" }
        default:
            return "YAMLReader.values and toValue disagree on success"
        }
        return nil
    }

    /// How many documents the fast reader reads before it gives up (all of them when it
    /// does not).
    public static func fastDocuments(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .default) -> Int {
        guard let summary = try? InputCheck.summary(buffer, limits: limits),
            var reader = try? FastReader<NodeTree>(buffer, summary: summary, limits: limits)
        else { return 0 }
        var docs: [Document] = []
        _ = reader.read(into: &docs)
        return docs.count
    }

    private static func outcome<T>(_ body: () throws(YAMLError) -> T) -> Result<T, YAMLError> {
        do throws(YAMLError) { return .success(try body()) } catch { return .failure(error) }
    }

    private static func same(_ a: Mark, _ b: Mark) -> Bool {
        a.offset == b.offset && a.line == b.line && a.column == b.column
    }

    /// The first difference between two trees, iteratively (trees may be deep).
    private static func difference(_ a: Node, _ b: Node, _ place: String) -> String? {
        var stack = [(a, b, place)]
        while let (x, y, at) = stack.popLast() {
            if !same(x.mark, y.mark) { return "\(at): mark \(x.mark)@\(x.mark.offset) / \(y.mark)@\(y.mark.offset)" }
            if x.tag != y.tag || x.anchor != y.anchor || x.isFlow != y.isFlow { return "\(at): properties differ" }
            switch (x.content, y.content) {
            case (.scalar(let s, let u), .scalar(let t, let v)):
                if !UTF8Text.equal(s, t) { return "\(at): \(s.debugDescription) / \(t.debugDescription)" }
                if u != v { return "\(at): style \(u) / \(v)" }
            case (.sequence(let s), .sequence(let t)):
                guard s.count == t.count else { return "\(at): \(s.count) items / \(t.count)" }
                for i in s.indices.reversed() { stack.append((s[i], t[i], "\(at)[\(i)]")) }
            case (.mapping(let s), .mapping(let t)):
                guard s.count == t.count else { return "\(at): \(s.count) pairs / \(t.count)" }
                for i in s.indices.reversed() {
                    let name = "\(at).\(s[i].key.scalarText ?? "{key \(i)}")"
                    stack.append((s[i].value, t[i].value, name))
                    stack.append((s[i].key, t[i].key, name + " (key)"))
                }
            default:
                return "\(at): a \(kind(x)) / a \(kind(y))"
            }
        }
        return nil
    }

    private static func kind(_ n: Node) -> String {
        switch n.content {
        case .scalar: return "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}
