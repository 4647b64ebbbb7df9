import Foundation
import MSYAML

/// A test-only canonical JSON text of a Value (keys sorted, compact), to compare
/// trees as data and to dump them for external checks.
enum ValueJSON {
    static func text(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.intValue.map { String($0) } ?? String(n.doubleValue)
        case .string(let s): return quote(s)
        case .sequence(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .mapping(let entries):
            let pairs = entries.map { (key: keyText($0.key), value: text($0.value)) }
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return "{" + pairs.map { quote($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
        }
    }

    static func keyText(_ key: Value) -> String {
        if case .string(let s) = key { return s }
        return text(key)
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// Where ../shared is: $MSRENDER_SHARED, else <package root>/../shared; nil when absent.
enum SharedDir {
    static var path: String? {
        if let env = ProcessInfo.processInfo.environment["MSRENDER_SHARED"], !env.isEmpty {
            return FileManager.default.fileExists(atPath: env) ? env : nil
        }
        // #filePath is <root>/Tests/MSRenderTests/Support/ValueJSON.swift.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }
}
