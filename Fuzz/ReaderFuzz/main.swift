// libFuzzer entry point for the YAML reader: every input must either read (and convert
// to values) or fail with a YAMLError; crashes, hangs and leaks are bugs, and so is any
// disagreement between a fast path and the general path it stands in for.
// Built by Fuzz/run-reader-fuzz.sh together with the MSYAML sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let buffer = UnsafeBufferPointer(start: data, count: size)
    // Small limits keep each run fast while still exercising the limit paths.
    let limits = YAMLLimits(maxDepth: 64, maxAliasExpansion: 10_000, maxInputBytes: 1 << 20)
    do {
        let docs = try YAMLReader.read(buffer, limits: limits)
        for d in docs {
            guard let value = try? d.root.toValue() else { continue }
            checkWriters(d.root, value)
        }
    } catch {
        // A clean rejection is a correct outcome.
        _ = error.description
    }
    checkStreamConverter(Array(buffer), limits: limits)
    // FastReader and the general path agree: the same nodes, marks and styles, the same
    // values from `YAMLReader.values`, or the same error.
    if let d = ReaderAgreement.difference(buffer, limits: limits) {
        fatalError("FastReader and the general path differ: \(d)")
    }
    return 0
}

/// `convert` (both its fast paths: FastReader's values and the tree-less JSON writer)
/// gives what its contract says: the same bytes, refusals and error as reading the
/// whole stream through the general path and converting document by document.
func checkStreamConverter(_ bytes: [UInt8], limits: YAMLLimits) {
    func json(_ value: Value, _ out: inout [UInt8]) throws(EmitError) {
        try JSONWriter.write(value, pretty: false, sortKeys: false, into: &out)
        out.append(0x0A)
    }
    func yaml(_ value: Value, _ out: inout [UInt8]) throws(EmitError) {
        try YAMLEmitter.emit(value, into: &out, options: EmitterOptions(sortKeys: false))
    }
    if let d = ReaderAgreement.converterDifference(bytes, limits: limits, compactJSON: true, emit: json) {
        fatalError(d)
    }
    if let d = ReaderAgreement.converterDifference(bytes, limits: limits, compactJSON: false, emit: yaml) {
        fatalError(d)
    }
}

/// What the reader accepts, the writers accept: the style-keeping writer's text reads
/// back as exactly the same value, and the Value writer never refuses the tree (they
/// compare keys as the reader does). A violation is a bug, so it stops the fuzzer.
func checkWriters(_ root: Node, _ value: Value) {
    let text: String
    do { text = try NodeEmitter.emit(root) } catch {
        fatalError("NodeEmitter refused a tree the reader built: \(error)")
    }
    guard let back = try? YAMLReader.read(text), back.count == 1, let again = try? back[0].root.toValue() else {
        fatalError("NodeEmitter wrote text that does not read back:\n\(text)")
    }
    if again != value { fatalError("NodeEmitter changed a value:\n\(text)") }
    do { _ = try YAMLEmitter.emit(value) } catch { fatalError("YAMLEmitter refused a tree the reader built: \(error)") }
}
