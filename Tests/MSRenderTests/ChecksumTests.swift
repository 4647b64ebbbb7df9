import MSModel
import MSRender
import Testing

@Suite struct ChecksumTests {
    @Test func defaultConfigChecksum() {
        let ctx = RenderContext(WorkedExamples.minimal, options: RenderOptions())
        #expect(ctx.eppConfigFile == "default-plugins.yaml")
        #expect(ctx.configChecksum == "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1")
    }

    @Test func pdConfigChecksum() {
        let ctx = RenderContext(WorkedExamples.pdRoutingProxyFull, options: RenderOptions())
        #expect(ctx.eppConfigFile == "pd-config.yaml")
        #expect(ctx.configChecksum == "da2206ceec8c17d0eef3714ea7387e412c7b565661113eef5c0d0fd2b083eb23")
    }

    @Test func checksumIsKeyThenValueInKeyOrder() {
        #expect(EPPConfigFiles.checksum([("b", "2"), ("a", "1")]) == SHA256.hex("a1b2"))
    }

    @Test func annotationMatchesConfigMapData() throws {
        let out = render(WorkedExamples.monitoringEnabledPool)
        let cm = try #require(out.first("ConfigMap"))
        let text = try #require(cm.body.at("data")?["pd-config.yaml"]?.stringValue)
        let dep = try #require(out.first("Deployment", "granite-8b-epp"))
        let annotation = dep.body.at("spec.template.metadata.annotations")?["checksum/config"]?.stringValue
        #expect(annotation == SHA256.hex("pd-config.yaml" + text))
    }
}

@Suite struct CachedChecksumTests {
    @Test(arguments: [false, true])
    func cachedChecksumEqualsFreshOne(disaggregated: Bool) {
        let file = EPPConfigFiles.file(disaggregated: disaggregated)
        #expect(EPPConfigFiles.configChecksum(disaggregated: disaggregated) == EPPConfigFiles.checksum([file]))
    }
}
