/// Reads YAML 1.2 streams into documents of nodes with positions.
///
///     let docs = try YAMLReader.read("a: 1\n")
///     let value = try docs[0].root.toValue()   // ["a": 1]
///
/// A stream of JSON texts (JSON Lines, concatenated JSON, as `kubectl apply -f` reads)
/// gives one document per text; see `JSONStream` for how one is recognised.
///
/// Input is UTF-8 (a byte order mark is skipped; UTF-16 and UTF-32 are refused).
/// Limits (`YAMLLimits`) bound nesting, alias expansion and input size, so any input
/// either reads or fails with a `YAMLError` naming a line and column.
public enum YAMLReader {
    public static func read(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        let result: Result<[Document], YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(YAMLError) {
                return .success(try read(buffer, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func read(_ string: String, limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        var s = string
        let result: Result<[Document], YAMLError> = s.withUTF8 { buffer in
            do throws(YAMLError) {
                return .success(try read(buffer, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads from memory the caller keeps alive for the duration of the call.
    ///
    /// Block-style documents are read by `FastReader`; from the first document it gives
    /// up on, the general path reads the rest. `fastPath: false` reads everything through
    /// the general path, for tests that check the two agree.
    public static func read(
        _ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .default, fastPath: Bool = true
    ) throws(YAMLError) -> [Document] {
        let summary = try InputCheck.summary(buffer, limits: limits)
        var docs: [Document] = []
        if fastPath {
            guard let resume = fast(buffer, summary, limits, NodeTree.self, into: &docs) else { return docs }
            if !docs.isEmpty, let rest = try? general(buffer, from: resume, limits: limits) { return docs + rest }
        }
        return try general(buffer, start: summary.start, limits: limits)
    }

    /// The values of a stream's documents: what `read` and then `Node.toValue` of each
    /// document give, built directly where `FastReader` can.
    public static func values(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [Value] {
        let result: Result<[Value], YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(YAMLError) {
                return .success(try values(buffer, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func values(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> [Value] {
        let summary = try InputCheck.summary(buffer, limits: limits)
        var values: [Value] = []
        guard let resume = fast(buffer, summary, limits, ValueTree.self, into: &values) else { return values }
        // Every document is read before any is constructed: a syntax error anywhere wins.
        let docs: [Document]
        if !values.isEmpty, let rest = try? general(buffer, from: resume, limits: limits) {
            docs = rest
        } else {
            values = []
            docs = try general(buffer, start: summary.start, limits: limits)
        }
        values.reserveCapacity(values.count + docs.count)
        for doc in docs { values.append(try doc.root.toValue()) }
        return values
    }

    /// Reads with `FastReader` into `docs`; returns where the general path must go on
    /// (the start of the text when the fast reader could do nothing), or nil when done.
    private static func fast<Tree: FastTree>(
        _ buffer: UnsafeBufferPointer<UInt8>, _ summary: InputCheck.Summary, _ limits: YAMLLimits, _: Tree.Type,
        into docs: inout [Tree.Doc]
    ) -> Mark? {
        guard var reader = try? FastReader<Tree>(buffer, summary: summary, limits: limits) else {
            return Mark(line: 1, column: 1, offset: summary.start)
        }
        return reader.read(into: &docs)
    }

    /// The general path from `mark` (the start of a document's line) to the end; it may
    /// only be trusted when it succeeds: an error is found again by reading from the start.
    private static func general(_ buffer: UnsafeBufferPointer<UInt8>, from mark: Mark, limits: YAMLLimits)
        throws(YAMLError) -> [Document]
    {
        var composer = Composer(Parser(Scanner(buffer, from: mark, limits: limits)), limits: limits)
        return try composer.documents()
    }

    /// The whole stream through the general path; a stream that is not YAML is tried as
    /// JSON texts back to back (JSON Lines, concatenated JSON).
    private static func general(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, limits: YAMLLimits)
        throws(YAMLError) -> [Document]
    {
        do throws(YAMLError) {
            let scanner = Scanner(buffer, start: start, limits: limits)
            var composer = Composer(Parser(scanner), limits: limits)
            return try composer.documents()
        } catch {
            if let docs = try JSONStream.read(buffer, start: start, limits: limits) { return docs }
            throw error
        }
    }
}
