// swift-tools-version:6.0
import PackageDescription

// msrender: Foundation only, no package dependencies (see README, "Constraints").
let package = Package(
    name: "msrender",
    products: [
        .executable(name: "msrender", targets: ["msrender"]),
        .library(name: "MSYAML", targets: ["MSYAML"]),
    ],
    targets: [
        // YAML 1.2 reader and kubectl-style writer; knows nothing of Kubernetes.
        .target(name: "MSYAML"),
        // The ModelService API: spec types, decoding with locations, CRD defaults, validation.
        .target(name: "MSModel", dependencies: ["MSYAML"]),
        // How objects are derived: names, labels, one builder per object, install order.
        .target(name: "MSRender", dependencies: ["MSModel", "MSYAML"]),
        // The command line: argument parsing, commands, diagnostics, exit codes.
        .target(name: "MSRenderCLI", dependencies: ["MSRender", "MSModel", "MSYAML"]),
        .executableTarget(name: "msrender", dependencies: ["MSRenderCLI"]),
        .testTarget(name: "MSYAMLTests", dependencies: ["MSYAML"]),
        .testTarget(name: "MSModelTests", dependencies: ["MSModel", "MSYAML"]),
        .testTarget(name: "MSRenderTests", dependencies: ["MSRender", "MSModel", "MSYAML"]),
        .testTarget(
            name: "MSRenderCLITests",
            dependencies: ["MSRenderCLI", "MSRender", "MSModel", "MSYAML"]
        ),
    ]
)
