// swift-tools-version:6.0
// The YAML benchmark driver: a separate package, so the main package gains no
// executable product. Run it with Benchmarks/yaml/run.sh.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its directory (the clone's or worktree's name).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "yamlbench",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "yamlbench",
            dependencies: [.product(name: "MSYAML", package: rootIdentity)]
        )
    ]
)
