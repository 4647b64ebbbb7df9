import Dispatch

/// Order-preserving parallel map over the machine's cores (results by index, so the
/// output never depends on scheduling).
enum Parallel {
    /// Below this many items the work runs on the calling thread.
    static let threshold = 8

    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count < threshold { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let out = base
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                // Chunks of several items keep the scheduling overhead small.
                let chunk = max(1, count / 64)
                let chunks = (count + chunk - 1) / chunk
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                        (out + i).initialize(to: work(i))
                    }
                }
            }
            initialized = count
        }
    }
}
