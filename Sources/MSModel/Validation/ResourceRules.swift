/// The API server's rules on a container's resource amounts (k8s.io/kubernetes
/// `ValidateContainerResourceRequirements`), applied to what a container really gets:
/// the role's resources after the GPU count is written in, or the endpoint picker's.
///
/// A request may not exceed its limit; extended resources (`example.com/foo`) and
/// hugepages cannot be overcommitted, so a request needs a limit and must equal it;
/// extended resources are whole numbers; hugepages are whole pages and need cpu or memory.
public enum ResourceRules {
    /// One problem: the field path of the amount (or of the resources) and the message.
    public struct Problem: Sendable, Hashable {
        public var path: String
        public var message: String
    }

    /// Every problem of `r`, whose field path is `base` (`spec.decode.resources`).
    public static func problems(_ r: ResourceRequirements, at base: String) -> [Problem] {
        let path = FieldPath(base)
        var out: [Problem] = []
        // Paths are made only for problems: most amounts have none.
        for (list, amounts) in [("limits", r.limits ?? []), ("requests", r.requests ?? [])] {
            for a in amounts {
                if !a.quantity.isWhole && ResourceNames.isExtended(a.name) {
                    out.append(Problem(path: path.child(list).key(a.name).text, message: Message.notInteger(a)))
                }
                if ResourceNames.isHugePages(a.name) && !isWholePages(a) {
                    out.append(Problem(path: path.child(list).key(a.name).text, message: Message.notPages(a)))
                }
            }
        }
        for request in r.requests ?? [] {
            var entry: String { path.child("requests").key(request.name).text }
            let overcommit = ResourceNames.allowsOvercommit(request.name)
            guard let limit = r.limits?.first(where: { $0.name.utf8.elementsEqual(request.name.utf8) }) else {
                if !overcommit { out.append(Problem(path: entry, message: Message.limitRequired(request.name))) }
                continue
            }
            if !overcommit && limit.quantity != request.quantity {
                out.append(Problem(path: entry, message: Message.mustEqual(request, limit)))
            } else if limit.quantity < request.quantity {
                out.append(Problem(path: entry, message: Message.aboveLimit(request, limit)))
            }
        }
        let all = (r.limits ?? []) + (r.requests ?? [])
        if all.contains(where: { ResourceNames.isHugePages($0.name) })
            && !all.contains(where: { ResourceNames.isCPUOrMemory($0.name) })
        {
            out.append(Problem(path: base, message: Message.hugePagesAlone))
        }
        return out
    }

    /// Whether the amount is a whole number of the page size its name gives (`hugepages-2Mi`).
    static func isWholePages(_ a: ResourceAmount) -> Bool {
        let size = String(decoding: a.name.utf8.dropFirst(ResourceNames.hugePagesPrefix.utf8.count), as: UTF8.self)
        guard let page = Quantity(parsing: size), Quantity(0) < page, page.isWhole,
            let pageBytes = page.wholeValue, let bytes = a.quantity.roundedUpValue
        else { return false }
        return bytes % pageBytes == 0
    }

    /// The texts, in the API server's words where it has them.
    enum Message {
        static func notInteger(_ a: ResourceAmount) -> String {
            "must be an integer, found \(a.quantity.canonical): \(a.name) is an extended resource"
        }

        static func notPages(_ a: ResourceAmount) -> String {
            "\(a.quantity.canonical) is not a positive integer multiple of \(a.name)"
        }

        static func limitRequired(_ name: String) -> String {
            "a limit must be set for \(name): extended resources and hugepages cannot be overcommitted, so a "
                + "request needs an equal limit"
        }

        static func mustEqual(_ request: ResourceAmount, _ limit: ResourceAmount) -> String {
            "request \(request.quantity.canonical) must be equal to the limit \(limit.quantity.canonical) for "
                + "\(request.name): extended resources and hugepages cannot be overcommitted"
        }

        static func aboveLimit(_ request: ResourceAmount, _ limit: ResourceAmount) -> String {
            "request \(request.quantity.canonical) is greater than the limit \(limit.quantity.canonical) for "
                + request.name
        }

        static let hugePagesAlone = "hugepages require cpu or memory: set a cpu or memory request or limit too"
    }
}
