import Foundation
import MSYAML

/// yamlbench generate FILE MB      write a Kubernetes-style stream of at least MB megabytes
/// yamlbench write FILE RUNS        time writing the same documents (regenerated in memory)
/// yamlbench read FILE RUNS         time reading FILE into nodes and then Values
/// yamlbench values FILE RUNS       `YAMLReader.values`, printed as `values MB/s` (median) for limits/run.sh
/// yamlbench nodes FILE RUNS        `YAMLReader.read` + `toValue`, printed as `nodes MB/s` (median)
/// yamlbench compare FILE...        the fast path against the general path, file by file
/// Timings print as `MODE seconds=[...] bytes=N`; run.sh turns them into the table.

func documents(count: Int) -> [Value] {
    var m = Manifests(seed: 42)
    return (0..<count).map { m.document($0) }
}

func emitStream(_ docs: [Value]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(docs.count * 4096)
    for doc in docs {
        out.append(contentsOf: "---\n".utf8)
        do { try YAMLEmitter.emit(doc, into: &out) } catch {
            FileHandle.standardError.write("yamlbench: \(error.path): \(error.message)\n".data(using: .utf8) ?? Data())
            exit(1)
        }
    }
    return out
}

func seconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let d = clock.measure(body)
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let args = CommandLine.arguments
if args.count >= 2 && args[1] == "compare" {
    exit(
        Compare.run(Array(args.dropFirst(2))) { path in
            (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
        })
}
guard args.count == 4, let number = Int(args[3]) else {
    FileHandle.standardError.write("usage: yamlbench generate|write|read|values FILE N\n".data(using: .utf8) ?? Data())
    exit(2)
}
let path = args[2]
let countFile = path + ".count"

switch args[1] {
case "generate":
    // About 2.1 KB per document on average: grow until the stream reaches N MB.
    var count = number * 500
    var bytes = emitStream(documents(count: count))
    while bytes.count < number * 1_000_000 {
        count += count / 10
        bytes = emitStream(documents(count: count))
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try Data(String(count).utf8).write(to: URL(fileURLWithPath: countFile))
    print("generated \(count) documents, \(bytes.count) bytes")
case "write":
    let count = Int((try? String(contentsOfFile: countFile, encoding: .utf8)) ?? "") ?? 0
    let docs = documents(count: count)
    var size = 0
    var times: [Double] = []
    for _ in 0..<number {
        times.append(seconds { size = emitStream(docs).count })
    }
    print("write seconds=\(times) bytes=\(size)")
case "read":
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var times: [Double] = []
    var docCount = 0
    for _ in 0..<number {
        times.append(seconds { docCount = BenchRead.read(bytes) })
    }
    print("read seconds=\(times) bytes=\(bytes.count) documents=\(docCount)")
case "values":
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var times: [Double] = []
    for _ in 0..<number {
        times.append(seconds { _ = BenchRead.values(bytes) })
    }
    let median = times.sorted()[times.count / 2]
    print("values \(String(format: "%.1f", Double(bytes.count) / median / 1e6))")
case "nodes":
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var times: [Double] = []
    for _ in 0..<number {
        times.append(seconds { _ = BenchRead.read(bytes) })
    }
    let median = times.sorted()[times.count / 2]
    print("nodes \(String(format: "%.1f", Double(bytes.count) / median / 1e6))")
default:
    exit(2)
}
