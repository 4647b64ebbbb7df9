import Foundation
import MSModel
import MSRender
import MSYAML
import Testing

/// Renders the four worked examples. Until the YAML reader is merged the comparison
/// with the expected files runs outside (set MSRENDER_DUMP_DIR to dump JSON).
@Suite struct WorkedExamplesTests {
    @Test(arguments: WorkedExamples.all.map(\.name))
    func dumpsRenderedObjects(name: String) throws {
        guard let service = WorkedExamples.all.first(where: { $0.name == name })?.service else { return }
        let resources = RenderPipeline.render(service, options: RenderOptions())
        guard let dir = ProcessInfo.processInfo.environment["MSRENDER_DUMP_DIR"], !dir.isEmpty else { return }
        let text = "[" + resources.map { ValueJSON.text($0.body) }.joined(separator: ",\n") + "]\n"
        try text.write(toFile: dir + "/" + name + ".json", atomically: true, encoding: .utf8)
        let docs = ManifestWriter.documents([service], options: RenderOptions())
        try ManifestWriter.yaml(docs).write(toFile: dir + "/" + name + ".out.yaml", atomically: true, encoding: .utf8)
        try ManifestWriter.json(docs).write(toFile: dir + "/" + name + ".out.json", atomically: true, encoding: .utf8)
    }
}
