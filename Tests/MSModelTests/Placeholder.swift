import Testing

@Test func placeholderMSModel() {}
