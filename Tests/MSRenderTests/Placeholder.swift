import Testing

@Test func placeholderMSRender() {}
