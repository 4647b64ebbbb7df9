import Testing

@testable import MSYAML

/// read(emit(tree)) == tree for thousands of seeded trees, and for JSON output read as
/// YAML (JSON is YAML 1.2 flow style).
@Suite struct RoundTripTests {
    static let treeCount = 3000

    /// Reads one document back; a failure message instead of a value on any problem.
    static func readBack(_ text: String) -> Result<Value, YAMLError> {
        do throws(YAMLError) {
            let docs = try YAMLReader.read(Array(text.utf8))
            guard docs.count == 1 else {
                return .failure(YAMLError("expected 1 document, read \(docs.count)", at: .start))
            }
            return .success(try docs[0].root.toValue())
        } catch {
            return .failure(error)
        }
    }

    @Test func seededTreesRoundTrip() throws {
        var failures: [String] = []
        for i in 0..<Self.treeCount {
            let tree = RoundTripGenerator.tree(i)
            for sortKeys in [false, true] where !sortKeys || i % 10 == 0 {
                let text = try YAMLEmitter.emit(tree, options: .init(sortKeys: sortKeys))
                let expected = sortKeys ? sortedTree(tree) : tree
                switch Self.readBack(text) {
                case .success(let back) where sameTree(back, expected): break
                case .success(let back):
                    failures.append("tree \(i): read back differs\n\(text)\n-> \(back)")
                case .failure(let error):
                    failures.append("tree \(i): \(error)\n\(text)")
                }
            }
        }
        #expect(
            failures.isEmpty,
            "\(failures.count) of \(Self.treeCount) failed; first: \(failures.prefix(3).joined(separator: "\n---\n"))")
    }

    /// Every string of the generator's list, alone and as a key, as a root document and
    /// in a sequence: the smallest failing case is easier to read than a whole tree.
    @Test(arguments: RoundTripGenerator.atoms)
    func atomRoundTrips(_ s: String) throws {
        for tree: Value in [.string(s), [.string(s)], .mapping([.init(key: .string(s), value: .string(s))])] {
            let text = try YAMLEmitter.emit(tree)
            switch Self.readBack(text) {
            case .success(let back): #expect(sameTree(back, tree), "\(text.debugDescription) -> \(back)")
            case .failure(let error): Issue.record("\(text.debugDescription): \(error)")
            }
        }
    }

    /// Explicit `? key` entries: long keys (plain and quoted) and collection keys.
    @Test func explicitKeysRoundTrip() throws {
        let long = String(repeating: "k", count: 2000)
        let tree: Value = .mapping([
            .init(key: .string(long), value: [1, ["a": "b"]]),
            .init(key: .string(long + " #\n"), value: "x\ny"),
            .init(key: [1, [2]], value: ["k": .string(long)]),
            .init(key: ["m": [:], "n": []], value: []),
            .init(key: [:], value: [[]]),
        ])
        for sortKeys in [false, true] {
            let text = try YAMLEmitter.emit(tree, options: .init(sortKeys: sortKeys))
            switch Self.readBack(text) {
            case .success(let back):
                let expected = sortKeys ? sortedTree(tree) : tree
                #expect(sameTree(back, expected), "\(text) -> \(back)")
            case .failure(let error): Issue.record("\(error)\n\(text)")
            }
        }
    }

    @Test func jsonOutputReadsBackAsYAML() throws {
        var failures = 0
        var first = ""
        for i in 0..<500 {
            let tree = RoundTripGenerator.tree(i, stringKeysOnly: true)
            guard !containsNonFinite(tree) else { continue }
            for pretty in [false, true] {
                let text = try JSONWriter.write(tree, pretty: pretty, sortKeys: false)
                switch Self.readBack(text) {
                case .success(let back) where sameTree(back, tree): break
                case .success(let back):
                    failures += 1
                    if first.isEmpty { first = "tree \(i): \(text)\n-> \(back)" }
                case .failure(let error):
                    failures += 1
                    if first.isEmpty { first = "tree \(i): \(error)\n\(text)" }
                }
            }
        }
        #expect(failures == 0, "\(failures) failed; first: \(first)")
    }

    /// The tree with every mapping's entries in the emitter's sorted order.
    private func sortedTree(_ v: Value) -> Value {
        switch v {
        case .sequence(let items): return .sequence(items.map(sortedTree))
        case .mapping(let entries):
            let order = KeyOrder.plan(entries, sort: true).order ?? Array(entries.indices)
            return .mapping(order.map { .init(key: sortedTree(entries[$0].key), value: sortedTree(entries[$0].value)) })
        default: return v
        }
    }

    private func containsNonFinite(_ v: Value) -> Bool {
        switch v {
        case .number(let n): return !n.isFinite
        case .sequence(let items): return items.contains(where: containsNonFinite)
        case .mapping(let entries): return entries.contains { containsNonFinite($0.key) || containsNonFinite($0.value) }
        default: return false
        }
    }
}
