import Testing

@Test func placeholderMSYAML() {}
