/// A field path as the API server writes it: `spec.engine.env[2].name`,
/// `spec.decode.resources.limits[nvidia.com/gpu]` (map keys in brackets).
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    private(set) var text: String

    init(_ text: String) { self.text = text }

    func child(_ name: String) -> FieldPath { FieldPath(text.isEmpty ? name : text + "." + name) }

    func index(_ i: Int) -> FieldPath { FieldPath(text + "[\(i)]") }

    func key(_ key: String) -> FieldPath { FieldPath(text + "[" + key + "]") }

    var description: String { text }
}
