import MSRender
import MSYAML

/// `--format`: a YAML stream or one JSON `v1` List.
enum ManifestFormat {
    case yaml
    case json

    static func parse(_ value: String?, command: String) throws(UsageError) -> ManifestFormat {
        switch value ?? "yaml" {
        case "yaml": return .yaml
        case "json": return .json
        case let other: throw UsageError("--format takes yaml or json, not \"\(other)\"", command: command)
        }
    }

    var fileExtension: String { self == .yaml ? "yaml" : "json" }
}

/// The text of rendered services, in the output style of SPEC section 6.
enum Manifests {
    static func text(_ services: [RenderedService], format: ManifestFormat) -> String {
        let documents = services.flatMap { s in
            s.resources.map { ManifestDocument(source: s.modelService.source, resource: $0) }
        }
        switch format {
        case .yaml: return ManifestWriter.yaml(documents)
        case .json: return ManifestWriter.json(documents)
        }
    }
}
