import MSModel
import MSRender
import MSYAML

extension BuildResult {
    /// A warning for each image mirror rule that rewrote nothing in the whole run (a
    /// misspelt FROM would otherwise leave images pointing at the public registry);
    /// `--strict` makes it an error. Only checked when the inputs are valid.
    mutating func warnUnusedMirrors(_ options: RenderOptions) {
        guard errorCount == 0 else { return }
        for m in ImageMirrors.unused(options.imageMirrors, in: services.map(\.context)) {
            let message =
                "FROM \(DecodeMessages.quoted(m.from)) matches no image msrender writes; nothing was rewritten"
            switch m.origin {
            case .flag:
                let noPosition = Mark(line: 0, column: 0, offset: 0)
                diagnostics.append(
                    .warning(
                        "--image-mirror \(m.from)=\(m.to): " + message, file: "msrender", mark: noPosition, path: ""))
            case .config(let file, let mark):
                diagnostics.append(.warning(message, file: file, mark: mark, path: "imageMirrors.\(m.from)"))
            }
        }
    }
}
