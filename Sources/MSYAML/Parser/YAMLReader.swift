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
    public static func read(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = .default) throws(YAMLError)
        -> [Document]
    {
        let start = try InputCheck.validate(buffer, limits: limits)
        do throws(YAMLError) {
            let scanner = Scanner(buffer, start: start, limits: limits)
            var composer = Composer(Parser(scanner), limits: limits)
            return try composer.documents()
        } catch {
            // Not YAML: perhaps JSON texts back to back (JSON Lines, concatenated JSON).
            if let docs = try JSONStream.read(buffer, start: start, limits: limits) { return docs }
            throw error
        }
    }
}
