/// Text compared as UTF-8 bytes. YAML keys, Kubernetes names and file contents are
/// bytes: Swift's `String ==` is Unicode canonical equivalence, which calls `"café"` in
/// NFC and in NFD equal (and the Kelvin sign `K` equal to `K`), so it is never used for them.
public enum UTF8Text {
    /// Whether `a` and `b` have the same bytes.
    public static func equal(_ a: String, _ b: String) -> Bool {
        // O(1) for native strings, and most unequal keys differ in length.
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in bytesEqual(x, y) } }
    }

    /// A 64-bit FNV-1a fingerprint of the bytes and their count: equal texts have equal
    /// fingerprints, so comparing fingerprints first settles most unequal keys at once.
    static func fingerprint(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { b in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
            for c in b { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
            return h
        }
    }

    /// Whether two byte buffers hold the same bytes, compared eight at a time.
    static func bytesEqual(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = x.count
        guard n == y.count else { return false }
        guard n > 0, let px = x.baseAddress, let py = y.baseAddress else { return true }
        let rx = UnsafeRawPointer(px)
        let ry = UnsafeRawPointer(py)
        var i = 0
        while i + 8 <= n {
            if rx.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != ry.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < n {
            if px[i] != py[i] { return false }
            i += 1
        }
        return true
    }

    /// Byte order: negative when a < b, zero when equal, positive when a > b.
    public static func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                    i += 1
                }
                return x.count - y.count
            }
        }
    }

    /// Whether `a` sorts before `b` by bytes.
    public static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Feeds the bytes (and their count, so that concatenations differ) to `hasher`.
    public static func hash(_ s: String, into hasher: inout Hasher) {
        var s = s
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }
}
