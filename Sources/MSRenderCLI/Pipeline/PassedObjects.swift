import MSModel
import MSRender
import MSYAML

/// The checks on all passed objects together (`--others=pass`): one object per API
/// group, kind, namespace and name, none of them also rendered from a ModelService
/// (kubectl apply would apply one over the other); then their output order.
enum PassedObjects {
    /// `passed` pairs each object with the mark of its `metadata.name`.
    static func check(_ passed: [(PassedObject, Mark)], into start: BuildResult) -> BuildResult {
        var result = start
        var seen: [Value: (PassedObject, Mark)] = [:]
        for (object, mark) in passed {
            let key = identity(object.group, object.kind, object.namespace, object.name)
            if let (first, firstMark) = seen[key] {
                result.diagnostics.append(
                    .error(
                        Messages.twice(object.displayName, first: "\(first.source):\(firstMark)"), file: object.source,
                        mark: mark, path: "metadata.name"))
            } else {
                seen[key] = (object, mark)
            }
        }
        // Rendering is the only way to know every object a ModelService gives; it is
        // done only when there are passed objects and the inputs are valid.
        if result.errorCount == 0 {
            let rendered = Parallel.map(result.services.count) { i in
                result.services[i].resources.map { r in
                    (identity(PassedObject.group(of: r.apiVersion), r.kind, r.namespace, r.name), i)
                }
            }
            for (key, service) in rendered.joined() {
                guard let (object, mark) = seen[key] else { continue }
                let ms = result.services[service].modelService
                let m = ms.marks.mark(for: "metadata.name")
                result.diagnostics.append(
                    .error(
                        Messages.rendered(
                            object.displayName, by: "\(result.services[service].namespace)/\(ms.name)",
                            at: "\(ms.source):\(m)"), file: object.source, mark: mark, path: "metadata.name"))
                seen[key] = nil  // once per object
            }
        }
        if result.errorCount > 0 {
            result.services = []
            return result
        }
        result.passed = passed.map(\.0)
        return result
    }

    /// Group, kind, namespace (empty when none) and name, compared as bytes.
    private static func identity(_ group: Substring, _ kind: String, _ namespace: String?, _ name: String) -> Value {
        .sequence([.string(String(group)), .string(kind), .string(namespace ?? ""), .string(name)])
    }

    enum Messages {
        static func twice(_ object: String, first: String) -> String {
            "\(object) is given twice (first at \(first)); kubectl apply would apply one over the other"
        }
        static func rendered(_ object: String, by service: String, at place: String) -> String {
            "\(object) is also rendered from the ModelService \(service) (\(place)); kubectl apply would apply one over the other"
        }
    }
}
