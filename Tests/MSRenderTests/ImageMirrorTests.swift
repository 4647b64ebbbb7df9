import MSModel
import MSRender
import MSYAML
import Testing

/// SPEC 6.1: image mirror rules rewrite every image msrender writes, by path segment,
/// longest FROM first, keeping tags and digests.
@Suite struct ImageMirrorTests {
    static func rules(_ pairs: [(String, String)]) -> [ImageMirror] {
        pairs.map { ImageMirror(from: $0.0, to: $0.1) }
    }

    @Test(
        arguments: [
            // registry/repository prefix at a segment boundary, tag kept
            ("ghcr.io/llm-d/llm-d-cuda:v0.5.1", "mirror.local/llm-d/llm-d-cuda:v0.5.1"),
            // digest kept, with and without a tag
            ("ghcr.io/llm-d/x@sha256:0123abcd", "mirror.local/llm-d/x@sha256:0123abcd"),
            ("ghcr.io/llm-d/x:v1@sha256:0123abcd", "mirror.local/llm-d/x:v1@sha256:0123abcd"),
            // the longer FROM wins over the bare registry
            ("ghcr.io/kitops-ml/kitops:v1.11.0", "registry.local:5000/ghcr/kitops-ml/kitops:v1.11.0"),
            // a FROM equal to the whole name
            ("ghcr.io/llm-d:latest", "mirror.local/llm-d:latest"),
            // not at a segment boundary: unchanged
            ("ghcr.io/llm-dx/y:v1", "registry.local:5000/ghcr/llm-dx/y:v1"),
            ("ghcr.iox/a:v1", "ghcr.iox/a:v1"),
            // a registry with a port is not a tag
            ("localhost:5000/models/q:v1", "harbor.local/models/q:v1"),
            ("localhost:5000/models", "harbor.local/models"),
            // no tag at all
            ("ghcr.io/llm-d/x", "mirror.local/llm-d/x"),
            // a Docker Hub short name matches only as written
            ("vllm/vllm-openai:v0.9.1", "vllm/vllm-openai:v0.9.1"),
        ])
    func rewrites(image: String, expected: String) {
        let mirrors = Self.rules([
            ("ghcr.io", "registry.local:5000/ghcr"), ("ghcr.io/llm-d", "mirror.local/llm-d"),
            ("localhost:5000", "harbor.local"),
        ])
        #expect(ImageMirrors.rewrite(image, mirrors).image == expected)
    }

    @Test func reportsWhichRuleMatched() {
        let mirrors = Self.rules([("ghcr.io", "a"), ("ghcr.io/llm-d", "b")])
        #expect(ImageMirrors.rewrite("ghcr.io/llm-d/x:v1", mirrors).from == "ghcr.io/llm-d")
        #expect(ImageMirrors.rewrite("ghcr.io/other/x:v1", mirrors).from == "ghcr.io")
        #expect(ImageMirrors.rewrite("quay.io/x:v1", mirrors).from == nil)
    }

    @Test(
        arguments: [
            ("", "is empty"), ("ghcr.io/x:v1", "has a tag"), ("image:latest", "has a tag"),
            ("ghcr.io/x@sha256:ab", "has a digest"), ("/ghcr.io", "has an empty path segment"),
            ("ghcr.io/", "has an empty path segment"), ("a//b", "has an empty path segment"),
            ("ghcr.io /x", "contains a space"), ("localhost:", "has a tag"),
        ])
    func rejectsSides(side: String, problem: String) throws {
        let found = try #require(ImageMirrors.problem(side))
        #expect(found.hasPrefix(problem), "\(found)")
    }

    @Test(arguments: ["ghcr.io", "localhost:5000", "registry.local:5000/ghcr", "ghcr.io/llm-d"])
    func acceptsSides(side: String) {
        #expect(ImageMirrors.problem(side) == nil)
    }

    /// All five images of a prefill/decode service with routing proxy and pool.
    @Test func rewritesEveryImageMsrenderWrites() throws {
        let ms = makeService {
            $0.routingProxy = RoutingProxySpec()
            $0.prefill = RoleSpec()
            $0.inferencePool = InferencePoolSpec()
        }
        var options = RenderOptions()
        options.imageMirrors = Self.rules([("ghcr.io", "mirror.local/ghcr"), ("registry.example.com", "models.local")])
        let objects = render(ms, options)
        var images: [String] = []
        var oci: [String] = []
        for r in objects where r.kind == "Deployment" {
            let pod = try #require(r.body.at("spec.template.spec"))
            for list in ["initContainers", "containers"] {
                guard case .sequence(let containers)? = pod[list] else { continue }
                for c in containers {
                    images += c["image"]?.stringValue.map { [$0] } ?? []
                    guard case .sequence(let env)? = c["env"] else { continue }
                    for e in env where e["name"] == "OCI_MODEL_IMAGE" {
                        oci += e["value"]?.stringValue.map { [$0] } ?? []
                    }
                }
            }
        }
        #expect(
            Set(images) == [
                "mirror.local/ghcr/llm-d/llm-d-cuda:v0.5.1", "mirror.local/ghcr/kitops-ml/kitops:v1.11.0",
                "mirror.local/ghcr/llm-d/llm-d-routing-sidecar:v0.6.0",
                "mirror.local/ghcr/llm-d/llm-d-inference-scheduler:v0.6.0",
            ])
        #expect(oci == ["models.local/m:v1", "models.local/m:v1"])
        let ctx = RenderContext(ms, options: options)
        #expect(ctx.mirroredFrom == ["ghcr.io", "registry.example.com"])
    }

    @Test func unusedRulesAreFound() {
        let ms = makeService()
        var options = RenderOptions()
        options.imageMirrors = Self.rules([("ghcr.io", "a"), ("docker.io", "b"), ("registry.example.com/m", "c")])
        let unused = ImageMirrors.unused(options.imageMirrors, in: [RenderContext(ms, options: options)])
        #expect(unused.map(\.from) == ["docker.io"])
    }

    @Test func withoutKitNeitherKitNorModelIsMirrored() {
        var options = RenderOptions(kitImage: "")
        options.imageMirrors = Self.rules([("registry.example.com", "x")])
        let ctx = RenderContext(makeService(), options: options)
        #expect(ctx.kitImage.isEmpty)
        #expect(ctx.mirroredFrom.isEmpty)
    }
}
