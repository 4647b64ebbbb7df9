import MSYAML

/// One node of the CRD's structural schema, reduced to what validation needs: the
/// type, the fields, the CRD default and the value constraints.
///
/// The ModelService schema itself is generated from the CRD (CRDSchema.swift), so the
/// checker enforces exactly what the API server would.
public final class Schema: Sendable {
    public enum Kind: Sendable, Equatable {
        case string, integer, boolean, object, array
        /// A string-keyed map (`additionalProperties`).
        case map
        /// A resource quantity: an integer or a string (`x-kubernetes-int-or-string`).
        case quantity
        /// Anything; not checked and not kept (server-managed metadata).
        case opaque
    }

    /// Integer widths the CRD declares (`format: int32`).
    public enum IntegerFormat: Sendable {
        case int32, int64

        public var range: ClosedRange<Int> {
            switch self {
            case .int32: return Int(Int32.min)...Int(Int32.max)
            case .int64: return Int.min...Int.max
            }
        }
    }

    public let kind: Kind
    /// Object fields, in the CRD's (alphabetical) order.
    public let properties: [(name: String, schema: Schema)]
    public let required: [String]
    /// The value schema of a map, or the item schema of an array.
    public let element: Schema?
    public let defaultValue: Value?
    public let enumValues: [String]
    public let minimum: Int?
    public let maximum: Int?
    public let minLength: Int?
    public let maxLength: Int?
    public let format: IntegerFormat

    private init(
        _ kind: Kind, properties: [(name: String, schema: Schema)] = [], required: [String] = [],
        element: Schema? = nil, defaultValue: Value? = nil, enumValues: [String] = [],
        minimum: Int? = nil, maximum: Int? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        format: IntegerFormat = .int64
    ) {
        self.kind = kind
        self.properties = properties
        self.required = required
        self.element = element
        self.defaultValue = defaultValue
        self.enumValues = enumValues
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.format = format
    }

    /// The schema of the field `name` (its bytes), or nil for an unknown field.
    public func property(_ name: String) -> Schema? {
        properties.first(where: { UTF8Text.equal($0.name, name) })?.schema
    }

    static func object(
        _ properties: [(name: String, schema: Schema)], required: [String] = [], default: Value? = nil
    ) -> Schema {
        Schema(.object, properties: properties, required: required, defaultValue: `default`)
    }

    static func map(_ values: Schema) -> Schema { Schema(.map, element: values) }

    static func array(_ items: Schema) -> Schema { Schema(.array, element: items) }

    static func string(enum values: [String] = [], minLength: Int? = nil, maxLength: Int? = nil, default: Value? = nil)
        -> Schema
    {
        Schema(.string, defaultValue: `default`, enumValues: values, minLength: minLength, maxLength: maxLength)
    }

    static func integer(format: IntegerFormat, minimum: Int? = nil, maximum: Int? = nil, default: Value? = nil)
        -> Schema
    {
        Schema(.integer, defaultValue: `default`, minimum: minimum, maximum: maximum, format: format)
    }

    static func boolean(default: Value? = nil) -> Schema { Schema(.boolean, defaultValue: `default`) }

    static let quantity = Schema(.quantity)

    static let opaque = Schema(.opaque)
}
