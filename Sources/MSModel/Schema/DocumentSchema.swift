import MSYAML

extension Schema {
    /// A whole ModelService document, as the decoder reads it: apiVersion and kind (exact
    /// values, checked by the decoder), the ObjectMeta fields it accepts, the CRD's spec,
    /// and a status that is never read.
    static let modelServiceDocument: Schema = .object(
        [
            ("apiVersion", .string()),
            ("kind", .string()),
            ("metadata", SchemaChecker.metadataSchema),
            ("spec", .modelServiceSpec),
            ("status", .opaque),
        ], required: ModelServiceDecoder.requiredTopLevelFields)
}
