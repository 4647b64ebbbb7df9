import MSModel
import MSYAML

/// A KRM ResourceList read from stdin, split into ModelServices and everything else.
///
/// Items msrender does not own are kept as nodes, so they are written back exactly as
/// they came (`NodeEmitter`): number texts, quoting, flow collections, key order.
struct ResourceListInput {
    var apiVersion: String
    /// Items to decode and render (with the file their path annotation names).
    var modelServices: [BuildPipeline.Item] = []
    /// Items that are not ModelServices, as read, in their order.
    var passThrough: [Node] = []
    /// Every item, in order, for answering unchanged on failure.
    var allItems: [Node] = []
    /// List items (passed through: kpt reads a List in a package as one resource) that
    /// hold ModelServices, which are therefore not rendered: each gets a warning.
    var listsHoldingModelServices: [BuildPipeline.Item] = []
    /// The functionConfig when it is not a ModelService (it is echoed back).
    var functionConfig: Node?

    static let apiVersions = ["config.kubernetes.io/v1", "config.kubernetes.io/v1alpha1"]

    static func parse(_ bytes: [UInt8]) throws(YAMLError) -> ResourceListInput {
        let documents = try YAMLReader.read(bytes, limits: ReadLimits.kubernetes).filter { !$0.root.isNull }
        guard documents.count == 1, let root = documents.first?.root else {
            throw YAMLError(
                "expected one ResourceList document on standard input, found \(documents.count)",
                at: documents.dropFirst().first?.start ?? .start)
        }
        // Converting the whole tree checks every tag (`!!int x` is an error), as before.
        let rootValue = try root.toValue()
        guard rootValue["kind"] == "ResourceList", let v = rootValue["apiVersion"]?.stringValue,
            apiVersions.contains(where: { UTF8Text.equal($0, v) })
        else {
            throw YAMLError(
                "expected a ResourceList (apiVersion config.kubernetes.io/v1, kind ResourceList)", at: root.mark)
        }
        var list = ResourceListInput(apiVersion: v)
        guard case .mapping(let pairs) = root.content else { return list }
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            if UTF8Text.equal(key, "items") {
                if pair.value.isNull { continue }
                guard case .sequence(let nodes) = pair.value.content else {
                    throw YAMLError("ResourceList items must be a list", at: pair.value.mark)
                }
                for (i, node) in nodes.enumerated() {
                    list.allItems.append(node)
                    if isModelService(node) {
                        list.modelServices.append(item(node, at: i))
                    } else {
                        list.passThrough.append(node)
                        if let (_, inner) = ListExpansion.list(node), inner.contains(where: isModelService) {
                            list.listsHoldingModelServices.append(item(node, at: i))
                        }
                    }
                }
            } else if UTF8Text.equal(key, "functionConfig") {
                if pair.value.isNull { continue }
                if isModelService(pair.value) {
                    list.modelServices.append(item(pair.value, at: nil))
                } else {
                    list.functionConfig = pair.value
                }
            }
        }
        return list
    }

    static func isModelService(_ node: Node) -> Bool { ModelServiceDecoder.isModelService(node) }

    /// An item to decode, named by the file and index its annotations give (`at`: its
    /// position among the items; nil for the functionConfig).
    static func item(_ node: Node, at position: Int?) -> BuildPipeline.Item {
        let path = annotation(of: node, FilePlacer.pathKeys)
        let place = BuildPipeline.KRMPlace(
            item: position, index: annotation(of: node, FilePlacer.indexKeys).flatMap { Int($0) }, hasPath: path != nil)
        return BuildPipeline.Item(root: node, file: path ?? "<stdin>", krm: place)
    }

    /// The first of `keys` among the item's annotations (`config.kubernetes.io/path`, then
    /// the `internal.` one kpt also sets).
    static func annotation(of item: Node, _ keys: [String]) -> String? {
        let annotations = item["metadata"]?["annotations"]
        for key in keys {
            if let p = annotations?[key]?.stringText { return p }
        }
        return nil
    }
}
