import Testing

@Test func placeholderMSRenderCLI() {}
