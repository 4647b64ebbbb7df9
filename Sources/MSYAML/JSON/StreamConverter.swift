/// Converts a YAML (or JSON) stream one document at a time, for `msrender convert`: each
/// document is read, written and freed before the next is read, so only one document's
/// tree is alive at a time.
///
/// The outcome is what reading every document first and then converting them in order
/// gives (`YAMLReader.read`, `Node.toValue`, the writer): an error of the stream's
/// syntax or structure wins over everything (and, as in `YAMLReader`, a stream that is
/// not YAML is tried as a JSON stream); then the first document whose values cannot be
/// constructed (`!!int x`); then every place a writer refused, with its mark.
///
/// Block-style documents are read straight into values by `FastReader` (see `YAMLReader`);
/// from the first document it gives up on, the general path reads on. There, with
/// `fastJSON`, documents are written as compact JSON lines (what
/// `JSONWriter.write(_:pretty: false, sortKeys: false)` and a line break give) straight
/// from the parser's events, without a tree (`FastJSON`); a document that holds anything
/// the fast path does not do (an anchor, alias or tag, a key that is not a string, two
/// equal keys, a number JSON refuses, any error) is read again from its start by the
/// general path, which then decides the outcome exactly as it would have alone.
public enum StreamConverter {
    /// What a writer refused, at its place in the input.
    public struct Refusal: Sendable {
        public var error: EmitError
        public var mark: Mark
    }

    public enum Outcome: Sendable {
        case converted([UInt8])
        case refused([Refusal])
        case failed(YAMLError)
    }

    /// Writes one document's value (the general path); appends to the output.
    public typealias Emit = (Value, inout [UInt8]) throws(EmitError) -> Void

    public static func convert(_ bytes: [UInt8], limits: YAMLLimits = .default, fastJSON: Bool, emit: Emit)
        -> Outcome
    {
        bytes.withUnsafeBufferPointer { convert($0, limits: limits, fastJSON: fastJSON, emit: emit) }
    }

    static func convert(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits, fastJSON: Bool, emit: Emit)
        -> Outcome
    {
        let summary: InputCheck.Summary
        do throws(YAMLError) { summary = try InputCheck.summary(buffer, limits: limits) } catch {
            return .failed(error)
        }
        // Block-style documents: values straight from the bytes (`FastReader`), written
        // one document at a time. A document it gives up on, or one a writer refuses
        // (whose place only the general path's nodes know), goes to the general path,
        // which reads on from there.
        var run = Run()
        var resume = Mark(line: 1, column: 1, offset: summary.start)
        if var reader = try? FastReader<ValueTree>(buffer, summary: summary, limits: limits) {
            reading: while true {
                let written = run.out.count
                switch reader.next() {
                case .end: return run.outcome
                case .gaveUp(let mark):
                    resume = mark
                    break reading
                case .document(let value, let start):
                    do throws(EmitError) { try emit(value, &run.out) } catch {
                        run.out.removeSubrange(written...)
                        resume = start
                        break reading
                    }
                }
            }
        }
        if resume.offset > summary.start {
            var rest = run
            do throws(YAMLError) {
                try general(buffer, from: resume, limits: limits, fastJSON: fastJSON, emit: emit, into: &rest)
                return rest.outcome
            } catch {
                // An error: the general path alone, from the start, decides the outcome.
            }
        }
        run = Run()
        do throws(YAMLError) {
            let start = Mark(line: 1, column: 1, offset: summary.start)
            try general(buffer, from: start, limits: limits, fastJSON: fastJSON, emit: emit, into: &run)
        } catch {
            // Not YAML: perhaps JSON texts back to back (JSON Lines, concatenated JSON).
            let docs: [Document]?
            do throws(YAMLError) { docs = try JSONStream.read(buffer, start: summary.start, limits: limits) } catch {
                return .failed(error)
            }
            guard let docs else { return .failed(error) }
            run = Run()
            for doc in docs { run.add(doc, emit: emit) }
        }
        return run.outcome
    }

    /// The general path from `mark` (the start of a line where a document starts) to
    /// the end of the stream, one document at a time, into `run`.
    private static func general(
        _ buffer: UnsafeBufferPointer<UInt8>, from mark: Mark, limits: YAMLLimits, fastJSON: Bool, emit: Emit,
        into run: inout Run
    ) throws(YAMLError) {
        var composer = Composer(Parser(Scanner(buffer, from: mark, limits: limits)), limits: limits)
        while let docStart = try composer.nextDocumentStart() {
            if fastJSON && run.constructionError == nil {
                let saved = composer.parser
                let written = run.out.count
                if FastJSON.document(&composer.parser, into: &run.out, maxDepth: limits.maxDepth) { continue }
                composer.parser = saved
                run.out.removeSubrange(written...)
            }
            guard let doc = try composer.document(from: docStart) else { break }
            run.add(doc, emit: emit)
        }
    }

    /// The output so far and what stopped or refused it.
    private struct Run {
        var out: [UInt8] = []
        var refused: [Refusal] = []
        /// The first document whose value could not be made; later documents are only
        /// read (a syntax error in them still wins).
        var constructionError: YAMLError? = nil

        mutating func add(_ doc: Document, emit: Emit) {
            guard constructionError == nil else { return }
            let value: Value
            do throws(YAMLError) { value = try doc.root.toValue() } catch {
                constructionError = error
                return
            }
            do throws(EmitError) { try emit(value, &out) } catch {
                refused.append(Refusal(error: error, mark: doc.root.node(at: error.steps)?.mark ?? doc.start))
            }
        }

        var outcome: Outcome {
            if let constructionError { return .failed(constructionError) }
            if !refused.isEmpty { return .refused(refused) }
            return .converted(out)
        }
    }
}
