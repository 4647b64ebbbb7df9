/// Text compared as UTF-8 bytes. YAML keys, Kubernetes names and file contents are
/// bytes: Swift's `String ==` is Unicode canonical equivalence, which calls `"café"` in
/// NFC and in NFD equal (and the Kelvin sign `K` equal to `K`), so it is never used for them.
public enum UTF8Text {
    /// Whether `a` and `b` have the same bytes.
    public static func equal(_ a: String, _ b: String) -> Bool {
        // O(1) for native strings, and most unequal keys differ in length.
        guard a.utf8.count == b.utf8.count else { return false }
        return bytes(a) { x in bytes(b) { y in compare(x, y) == 0 } }
    }

    /// A 64-bit fingerprint of the bytes and their count (FNV-style, eight bytes per
    /// step): equal texts have equal fingerprints, so comparing fingerprints first
    /// settles most unequal keys at once. Not a hash for tables on its own: callers
    /// compare the bytes when fingerprints match, or feed it to a `Hasher`.
    public static func fingerprint(_ s: String) -> UInt64 {
        bytes(s) { b in
            let prime: UInt64 = 0x100_0000_01b3
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
            guard let base = b.baseAddress else { return h }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= b.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
                h ^= h >> 29
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < b.count {
                tail |= UInt64(b[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* prime
            return h ^ (h >> 32)
        }
    }

    /// Byte order: negative when a < b, zero when equal, positive when a > b.
    public static func compare(_ a: String, _ b: String) -> Int {
        bytes(a) { x in bytes(b) { y in compare(x, y) } }
    }

    /// Byte order of two byte strings, eight bytes at a time while they agree (keys and
    /// labels share long prefixes such as `app.kubernetes.io/`).
    static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(x.count, y.count)
        var i = 0
        if n >= 8, let p = x.baseAddress, let q = y.baseAddress {
            let (rp, rq) = (UnsafeRawPointer(p), UnsafeRawPointer(q))
            while i + 8 <= n {
                let u = rp.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let v = rq.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if u != v { return UInt64(bigEndian: u) < UInt64(bigEndian: v) ? -1 : 1 }
                i += 8
            }
        }
        while i < n {
            if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
            i += 1
        }
        return x.count - y.count
    }

    /// Calls `body` with the UTF-8 bytes of `s`: in place for native and small strings
    /// (no copy, and no uniqueness check as the mutating `withUTF8` makes), else through
    /// a contiguous copy.
    static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var s = s
        return s.withUTF8(body)
    }

    /// Whether `a` sorts before `b` by bytes.
    public static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Whether `(x.0, y.0, z.0)` sorts before `(x.1, y.1, z.1)` by bytes, field by field
    /// (the first unequal pair decides; all equal: false). Each pair is compared once, and
    /// nothing is allocated: sort comparators call it.
    public static func ordered(_ x: (String, String), _ y: (String, String), _ z: (String, String)) -> Bool {
        var c = compare(x.0, x.1)
        if c == 0 { c = compare(y.0, y.1) }
        if c == 0 { c = compare(z.0, z.1) }
        return c < 0
    }

    /// Feeds the bytes (and their count, so that concatenations differ) to `hasher`.
    public static func hash(_ s: String, into hasher: inout Hasher) {
        bytes(s) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }
}
