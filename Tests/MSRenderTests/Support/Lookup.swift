import MSModel
import MSRender
import MSYAML

/// Test helpers to reach into rendered objects.
extension Value {
    subscript(index: Int) -> Value? {
        guard case .sequence(let items) = self, index >= 0, index < items.count else { return nil }
        return items[index]
    }

    /// Follows a dotted path of keys and `[i]` indexes: `spec.template.spec.containers[0].args`.
    func at(_ path: String) -> Value? {
        var current: Value? = self
        for part in path.split(separator: ".") {
            var key = Substring(part)
            var indexes: [Int] = []
            while let open = key.lastIndex(of: "["), key.last == "]" {
                indexes.insert(Int(key[key.index(after: open)..<key.index(before: key.endIndex)]) ?? -1, at: 0)
                key = key[..<open]
            }
            if !key.isEmpty { current = current?[String(key)] }
            for i in indexes { current = current?[i] }
        }
        return current
    }

    var strings: [String] {
        guard case .sequence(let items) = self else { return [] }
        return items.compactMap(\.stringValue)
    }

    var count: Int {
        switch self {
        case .sequence(let items): return items.count
        case .mapping(let entries): return entries.count
        default: return 0
        }
    }
}

extension [Resource] {
    func first(_ kind: String, _ name: String? = nil) -> Resource? {
        first { $0.kind == kind && (name == nil || $0.name == name) }
    }

    func all(_ kind: String) -> [Resource] { filter { $0.kind == kind } }

    var kinds: [String] { map(\.kind) }
}

/// A small ModelService to vary in tests.
func makeService(
    name: String = "m", namespace: String? = "ns", accelerator: AcceleratorType = .nvidia,
    _ edit: (inout ModelServiceSpec) -> Void = { _ in }
) -> ModelService {
    var spec = ModelServiceSpec(
        model: ModelSpec(name: "org/model", image: "registry.example.com/m:v1"),
        accelerator: AcceleratorSpec(type: accelerator))
    edit(&spec)
    return ModelService(name: name, namespace: namespace, spec: spec, source: "in.yaml")
}

func render(_ ms: ModelService, _ options: RenderOptions = RenderOptions()) -> [Resource] {
    RenderPipeline.render(ms, options: options)
}
