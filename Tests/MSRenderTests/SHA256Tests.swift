import MSRender
import Testing

/// FIPS 180-2 appendix B / NIST CAVP example vectors.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func nistVectors(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test func oneMillionA() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(hasher.finalize().count == 32)
        #expect(hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the 55/56/64-byte padding boundaries, checked against known digests.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test func incrementalEqualsOneShot() {
        var hasher = SHA256()
        hasher.update("ab".utf8)
        hasher.update("c".utf8)
        #expect(hasher.hexDigest() == SHA256.hex("abc"))
    }

    /// The FIPS vectors fed in two pieces split at every offset, and in pieces of odd
    /// sizes through both update paths (raw memory and a non-contiguous sequence).
    @Test func splitAtEveryBoundaryGivesTheSameDigest() {
        let message = Array(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
                .utf8)
        let digest = "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        for cut in 0...message.count {
            var hasher = SHA256()
            hasher.update(message[..<cut])
            hasher.update(message[cut...])
            #expect(hasher.hexDigest() == digest, "split at \(cut)")
        }
        for size in [1, 3, 7, 63, 65, 127] {
            var raw = SHA256()
            var lazy = SHA256()
            var start = 0
            while start < message.count {
                let piece = message[start..<min(message.count, start + size)]
                piece.withUnsafeBytes { raw.update($0) }
                lazy.update(piece.lazy.map { $0 })
                start += size
            }
            #expect(raw.hexDigest() == digest, "pieces of \(size)")
            #expect(lazy.hexDigest() == digest, "pieces of \(size), as a sequence")
        }
    }

    @Test func oneMillionAInOddPieces() {
        var hasher = SHA256()
        let a = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var start = 0
        var size = 1
        while start < a.count {
            hasher.update(a[start..<min(a.count, start + size)])
            start += size
            size = size * 3 + 1  // 1, 4, 13, 40, ...: never a multiple of the block size for long
            if size > 100_000 { size = 61 }
        }
        #expect(hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
