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
            if x.mark != y.mark || !UTF8Text.equal(x.message, y.message) {
                return "errors differ: fast \(x) / general \(y)"
            }
        case (.success(let x), .success(let y)):
            guard x.count == y.count else { return "\(x.count) documents / \(y.count)" }
            for (i, (a, b)) in zip(x, y).enumerated() {
                if a.start != b.start { return "document \(i) starts at \(a.start) / \(b.start)" }
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

    /// The first difference between `StreamConverter.convert` and what its contract
    /// says it gives: the general path's documents, read whole, then converted in order
    /// (the first construction error, or every refusal with its mark, or the output).
    /// With `compactJSON` (`emit` writes what `FastJSON` does), also with its `fastJSON`
    /// path. Nil when they agree.
    public static func converterDifference(
        _ bytes: [UInt8], limits: YAMLLimits = .default, compactJSON: Bool, emit: StreamConverter.Emit
    ) -> String? {
        let expected = describe(reference(bytes, limits: limits, emit: emit))
        for fastJSON in compactJSON ? [true, false] : [false] {
            let got = describe(StreamConverter.convert(bytes, limits: limits, fastJSON: fastJSON, emit: emit))
            if got != expected {
                return "convert (fastJSON: \(fastJSON)) gave\n\(got)\nwhere the general path gives\n\(expected)"
            }
        }
        return nil
    }

    private static func reference(_ bytes: [UInt8], limits: YAMLLimits, emit: StreamConverter.Emit)
        -> StreamConverter.Outcome
    {
        let docs: [Document]
        do throws(YAMLError) {
            docs = try bytes.withUnsafeBufferPointer { b throws(YAMLError) in
                try YAMLReader.read(b, limits: limits, fastPath: false)
            }
        } catch {
            return .failed(error)
        }
        var out: [UInt8] = []
        var refused: [StreamConverter.Refusal] = []
        for doc in docs {
            let value: Value
            do throws(YAMLError) { value = try doc.root.toValue() } catch { return .failed(error) }
            do throws(EmitError) { try emit(value, &out) } catch {
                refused.append(.init(error: error, mark: doc.root.node(at: error.steps)?.mark ?? doc.start))
            }
        }
        return refused.isEmpty ? .converted(out) : .refused(refused)
    }

    private static func describe(_ outcome: StreamConverter.Outcome) -> String {
        switch outcome {
        case .converted(let out): return "converted " + String(decoding: out, as: UTF8.self)
        case .refused(let r):
            return "refused "
                + r.map { "\($0.mark)@\($0.mark.offset): \($0.error.path): \($0.error.message)" }.joined(
                    separator: "\n")
        case .failed(let error): return "failed \(error.mark)@\(error.mark.offset): \(error.message)"
        }
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

    /// The first difference between two trees, iteratively (trees may be deep).
    private static func difference(_ a: Node, _ b: Node, _ place: String) -> String? {
        var stack = [(a, b, place)]
        while let (x, y, at) = stack.popLast() {
            if x.mark != y.mark { return "\(at): mark \(x.mark)@\(x.mark.offset) / \(y.mark)@\(y.mark.offset)" }
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
