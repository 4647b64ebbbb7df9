import MSYAML

/// One image mirror rule (SPEC 6.1): references under `from` are rewritten to `to`.
public struct ImageMirror: Sendable, Hashable {
    /// Where a rule was given, for the warning when it matches nothing.
    public enum Origin: Sendable, Hashable {
        case flag
        /// The `imageMirrors` key in a `--config` file.
        case config(file: String, mark: Mark)
    }

    /// A registry (`ghcr.io`, `localhost:5000`) or registry/repository prefix.
    public var from: String
    public var to: String
    public var origin: Origin

    public init(from: String, to: String, origin: Origin = .flag) {
        self.from = from
        self.to = to
        self.origin = origin
    }
}

/// Rewrites the image references msrender writes (engine, routing proxy, EPP, kit and the
/// model's OCI reference) by the mirror rules: the longest FROM that is the reference's
/// registry/repository or a path-segment prefix of it wins (`ghcr.io/llm` does not match
/// `ghcr.io/llm-d/x`), and the tag and digest are kept.
public enum ImageMirrors {
    /// `image` rewritten, and the FROM of the rule that did it (nil: unchanged).
    public static func rewrite(_ image: String, _ mirrors: [ImageMirror]) -> (image: String, from: String?) {
        guard !mirrors.isEmpty else { return (image, nil) }  // the usual case: no reference to parse
        let ref = ImageReference(image)
        var best: ImageMirror?
        for m in mirrors where ref.isUnder(m.from) {
            if best.map({ m.from.utf8.count > $0.from.utf8.count }) ?? true { best = m }
        }
        guard let m = best else { return (image, nil) }
        // The match ends at a byte boundary before '/' or the end, so the rest is whole UTF-8.
        let rest = String(decoding: ref.name.utf8.dropFirst(m.from.utf8.count), as: UTF8.self)
        return (m.to + rest + ref.suffix, m.from)
    }

    /// Why `side` (FROM or TO) cannot be one side of a rule, or nil. Either is a registry
    /// host (with an optional port) or a registry/repository path, without tag or digest.
    public static func problem(_ side: String) -> String? {
        if side.isEmpty { return "is empty" }
        if side.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "contains a space or control character"
        }
        if side.contains("@") { return "has a digest (@...); give a registry or repository prefix" }
        let segments = side.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: \.isEmpty) {
            return "has an empty path segment (a leading, trailing or double '/')"
        }
        for (i, segment) in segments.enumerated() {
            guard let colon = segment.firstIndex(of: ":") else { continue }
            let port = segment[segment.index(after: colon)...]
            if i > 0 || port.isEmpty || !port.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return "has a tag (:...); give a registry or repository prefix (a ':' may only start a registry port)"
            }
        }
        return nil
    }

    /// The rules none of `contexts` used.
    public static func unused(_ mirrors: [ImageMirror], in contexts: [RenderContext]) -> [ImageMirror] {
        var used: Set<[UInt8]> = []
        for ctx in contexts { used.formUnion(ctx.mirroredFrom.map { Array($0.utf8) }) }
        return mirrors.filter { !used.contains(Array($0.from.utf8)) }
    }
}

/// An image reference split into its registry/repository name and the rest: the tag
/// (`:v1`, after the last '/') and the digest (`@sha256:...`).
struct ImageReference {
    let name: Substring
    let suffix: Substring

    init(_ text: String) {
        let digest = text.firstIndex(of: "@") ?? text.endIndex
        let head = text[..<digest]
        let lastPart = head.lastIndex(of: "/").map { head.index(after: $0) } ?? head.startIndex
        let end = head[lastPart...].firstIndex(of: ":") ?? digest
        name = text[..<end]
        suffix = text[end...]
    }

    /// Whether the name is `prefix` or starts with `prefix/` (bytes compared).
    func isUnder(_ prefix: String) -> Bool {
        let n = name.utf8
        let p = prefix.utf8
        guard n.starts(with: p) else { return false }
        return n.count == p.count || n.dropFirst(p.count).first == UInt8(ascii: "/")
    }
}
