import Foundation

/// Finds the shared folder: $MSRENDER_SHARED, else `<package root>/../shared`.
enum SharedFiles {
    static func directory(_ name: String) -> String? {
        var base = ProcessInfo.processInfo.environment["MSRENDER_SHARED"]
        if base == nil {
            // #filePath is <root>/Tests/MSYAMLTests/SharedFiles.swift.
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            base = root.deletingLastPathComponent().appendingPathComponent("shared").path
        }
        guard let base else { return nil }
        let path = base + "/" + name
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
