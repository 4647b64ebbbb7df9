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
        for d in docs { _ = try? d.root.toValue() }
    } catch {
        // A clean rejection is a correct outcome.
        _ = error.description
    }
    return 0
}
