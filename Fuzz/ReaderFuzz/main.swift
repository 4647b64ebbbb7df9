// libFuzzer entry point for the YAML reader: every input must either read (and convert
// to values) or fail with a YAMLError; crashes, hangs and leaks are bugs.
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
    return 0
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
