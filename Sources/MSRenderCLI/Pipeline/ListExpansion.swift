import MSYAML

/// Lists stand for their items, as `kubectl apply -f` reads them (cli-runtime's
/// `FlattenListVisitor`): `kubectl get -o yaml` prints a `v1` `List`, and a typed list
/// such as `ModelServiceList` is read the same way. Nested lists are flattened too.
///
/// A document is a list when its `kind` ends in `List` and it has an `items` key holding
/// a sequence (or nothing: an empty list); a `v1` `List` without `items` is empty. Any
/// other document, a kind ending in `List` without `items` included, is itself.
enum ListExpansion {
    /// One document to classify: a top-level document, or an item of a list.
    struct Entry {
        var root: Node
        /// Where the item is inside its list (`items[2] of the List`), nil for a document.
        var context: String?
    }

    static func entries(of root: Node) -> [Entry] {
        guard let (kind, items) = list(root) else { return [Entry(root: root, context: nil)] }
        var out: [Entry] = []
        flatten(items, prefix: "", kind: kind, into: &out)
        return out
    }

    /// Whether `node` is a list: its kind and items.
    static func list(_ node: Node) -> (kind: String, items: [Node])? {
        guard let kind = node["kind"]?.scalarText, kind.utf8.suffix(4).elementsEqual("List".utf8) else { return nil }
        switch node["items"]?.content {
        case .sequence(let items)?: return (kind, items)
        case .scalar? where node["items"]?.isNull == true: return (kind, [])
        case nil:
            let isV1List = UTF8Text.equal(kind, "List") && UTF8Text.equal(node["apiVersion"]?.scalarText ?? "", "v1")
            return isV1List ? (kind, []) : nil
        default: return nil
        }
    }

    private static func flatten(_ items: [Node], prefix: String, kind: String, into out: inout [Entry]) {
        for (i, item) in items.enumerated() {
            let path = "\(prefix)items[\(i)]"
            if let (_, inner) = list(item) {
                flatten(inner, prefix: path + ".", kind: kind, into: &out)
            } else {
                out.append(Entry(root: item, context: "\(path) of the \(kind)"))
            }
        }
    }
}
