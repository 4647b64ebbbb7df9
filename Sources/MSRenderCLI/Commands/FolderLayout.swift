import MSRender
import MSYAML

/// Which file of an output folder (`-o DIR`, `--check DIR`) each object goes to.
///
/// A ModelService's objects go to `NAMESPACE/NAME.EXT`, as always. A passed object
/// (`--others=pass`) goes to the file named after the input it came from, in its own
/// namespace's folder: `NAMESPACE/INPUT-STEM.EXT` (`settings.yaml` in namespace ml gives
/// `ml/settings.yaml`); an object without `metadata.namespace` (a Namespace, a CRD, a
/// ClusterRole, or one left to whoever applies it) goes to `_cluster/INPUT-STEM.EXT`,
/// a name no namespace can have. So a GitOps folder keeps its files' grouping, and a
/// file that also receives a ModelService's objects (the same path) holds both, in the
/// order of stdout (`PassOrder` around the rendered ones).
enum FolderLayout {
    static let clusterFolder = "_cluster"

    /// One output file and what it holds.
    struct File {
        var path: String
        var services: [PlannedService] = []
        var passed: [PassedObject] = []
    }

    /// The files: each ModelService's in output order, then files that hold only passed
    /// objects, in the order of their first object (`PassOrder`).
    static func files(_ services: [PlannedService], passed: [PassedObject], format: ManifestFormat) -> [File] {
        var files: [File] = []
        var index: [Value: Int] = [:]  // by path, as bytes
        func file(_ path: String) -> Int {
            if let i = index[.string(path)] { return i }
            files.append(File(path: path))
            index[.string(path)] = files.count - 1
            return files.count - 1
        }
        for s in services {
            files[file("\(s.namespace)/\(s.modelService.name).\(format.fileExtension)")].services.append(s)
        }
        let (before, after) = PassOrder.split(passed)
        for p in before + after {
            let path = "\(p.namespace ?? clusterFolder)/\(stem(of: p.source)).\(format.fileExtension)"
            files[file(path)].passed.append(p)
        }
        return files
    }

    /// The input's file name without its extension (`stdin` for standard input).
    static func stem(of source: String) -> String {
        if UTF8Text.equal(source, "<stdin>") { return "stdin" }
        let base = source.split(separator: "/").last.map(String.init) ?? source
        for ext in InputLoader.extensions where base.utf8.count > ext.utf8.count {
            if base.utf8.reversed().starts(with: ext.utf8.reversed()) {
                return String(decoding: base.utf8.dropLast(ext.utf8.count), as: UTF8.self)
            }
        }
        return base
    }
}
