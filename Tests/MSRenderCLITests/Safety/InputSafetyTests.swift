import Foundation
import Testing

/// Inputs are never skipped silently (issue 8), and `# Source:` does not depend on how
/// a path is spelled; through the real binary, in folders made by a shell.
@Suite struct InputSafetyTests {
    static let fleet = TestSupport.root + "/examples/fleet"
    static let minimal = TestSupport.root + "/examples/minimal.yaml"

    /// The number of ModelServices in a build's output (one InferencePool each).
    static func services(_ out: String) -> Int {
        out.components(separatedBy: "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\n").count - 1
    }

    /// Was: `build linkdir` (a symlink to a folder) rendered nothing, exit 0; a
    /// symlinked sub-folder was skipped silently.
    @Test func symlinkedFoldersAreFollowed() throws {
        let t = TestSupport.tempDir()
        let r = try sh(
            "cd \(t) && mkdir -p models/sub tree && cp \(Self.minimal) models/ && ln -s models linkdir && cp -r \(Self.fleet) real && ln -s ../real tree/fleet && $MSRENDER build linkdir tree -q"
        )
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.services(r.out) == 4)
        #expect(r.out.contains("# Source: linkdir/minimal.yaml\n"))
        #expect(r.out.contains("# Source: tree/fleet/code/coder.yml\n"))
    }

    /// A symlink back up the walk is an error naming it, not an endless walk.
    @Test func aSymlinkLoopIsAnError() throws {
        let t = TestSupport.tempDir()
        let r = try sh(
            "cd \(t) && mkdir -p loop/a && cp \(Self.minimal) loop/a/ && ln -s .. loop/a/up && $MSRENDER build loop",
            timeout: 30)
        #expect(!r.timedOut)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err == "loop/a/up: error: symlink loop: this folder is already being read (as loop); not followed again\n"
        )
    }

    /// Was: skipped silently in a folder, "no such file" when named. Now read, and
    /// shown escaped.
    @Test func aNonUTF8NameIsReadAndShownEscaped() throws {
        let t = TestSupport.tempDir()
        let inFolder = try sh(
            "cd \(t) && mkdir bad && cp \(Self.minimal) \"$(printf 'bad/b\\377d.yaml')\" && $MSRENDER build bad -q")
        #expect(inFolder.status == 0, "\(inFolder.err)")
        #expect(inFolder.out.hasPrefix("---\n# Source: bad/b\\xffd.yaml\n"))
        let named = try sh("cd \(t) && $MSRENDER build \"$(printf 'bad/b\\377d.yaml')\" -q")
        #expect(named.status == 0, "\(named.err)")
        #expect(named.out == inFolder.out)
        let broken = try sh("cd \(t) && printf 'kind: [\\n' > \"$(printf 'bad/x\\376.yaml')\" && $MSRENDER build bad")
        #expect(broken.status == 1)
        #expect(broken.err.hasPrefix("bad/x\\xfe.yaml:2:1: error: "), "\(broken.err)")
    }

    /// Was: a FIFO in an input folder hung the run. Now an error, never opened; a
    /// socket and a broken symlink likewise.
    @Test func specialFilesInAFolderAreErrorsAndNeverOpened() throws {
        let t = TestSupport.tempDir()
        let r = try sh(
            "cd \(t) && mkdir in && cp \(Self.minimal) in/ && mkfifo in/pipe.yaml && ln -s nowhere in/gone.yaml && python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind(\"in/sock.yaml\")' && $MSRENDER build in",
            timeout: 20)
        #expect(!r.timedOut, "hung on a FIFO")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err
                == "in/gone.yaml: error: broken symlink (it points to nothing): not read\nin/pipe.yaml: error: a FIFO (named pipe), not a regular file: not read\nin/sock.yaml: error: a socket, not a regular file: not read\n"
        )
    }

    /// A FIFO named on the command line is read (`<(cmd)`, /dev/stdin).
    @Test func aFIFONamedOnTheCommandLineIsRead() throws {
        let r = try sh("cat \(Self.minimal) | $MSRENDER build /dev/stdin -q", timeout: 20)
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.services(r.out) == 1)
    }

    /// Was: `build ./models --check out` and `$PWD/models` failed on `# Source:` lines
    /// after `build models -o out`. Also through a symlinked current folder.
    @Test func checkDoesNotDependOnHowTheInputIsSpelled() throws {
        let t = TestSupport.tempDir()
        let r = try sh(
            """
            set -e
            cd \(t) && mkdir -p work/models && cp -r \(Self.fleet)/. work/models/ && ln -s work link && cd link
            $MSRENDER build models -o out -q
            for p in models ./models/ "$PWD/models" "$PWD/../link/models" "$(pwd -P)/models" models//./; do
              $MSRENDER build "$p" --check out -q 2>&1 || echo "FAILED $p"
            done
            """)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(!r.out.contains("FAILED"), "\(r.out)")
        #expect(r.out.components(separatedBy: "is up to date").count == 7)
    }

    /// Was: "up to date" after a file's bytes changed from NFC to NFD.
    @Test func checkComparesBytesNotCanonicalEquivalence() throws {
        let t = TestSupport.tempDir()
        let ms =
            "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata: {name: m, namespace: n}\nspec:\n  model: {name: \"caf\u{E9}\", image: i}\n  engine: {}\n  accelerator: {type: nvidia}\n  decode: {}\n"
        TestSupport.write(ms, to: t + "/in/m.yaml")
        #expect(TestSupport.run(["build", t + "/in", "-o", t + "/out", "-q"]).status == 0)
        let file = t + "/out/n/m.yaml"
        let before = try #require(FileManager.default.contents(atPath: file))
        let text = String(decoding: before, as: UTF8.self)
        let nfd = text.replacingOccurrences(of: "caf\u{E9}", with: "cafe\u{301}", options: .literal)
        #expect(nfd == text)  // equal as Swift Strings (canonical equivalence) ...
        TestSupport.write(nfd, to: file)
        #expect(FileManager.default.contents(atPath: file) != before)  // ... but not as bytes
        let r = TestSupport.run(["build", t + "/in", "--check", t + "/out", "-q"])
        #expect(r.status == 1)
        #expect(r.err.contains("1 file in \(t)/out differs from the rendered output (1 changed)"), "\(r.err)")
        #expect(Array(r.out.utf8).starts(with: Array("--- \(file)\n".utf8)))
        #expect(Array(r.out.utf8).firstRange(of: Array("-        - cafe\u{301}\n+        - caf\u{E9}\n".utf8)) != nil)
    }

    /// An empty file or folder renders nothing with a notice; an emptied folder still
    /// prunes what msrender wrote.
    @Test func emptyInputsGetANoticeAndCanStillPrune() throws {
        let t = TestSupport.tempDir()
        try FileManager.default.createDirectory(atPath: t + "/empty", withIntermediateDirectories: true)
        TestSupport.write("# nothing yet\n", to: t + "/e.yaml")
        let folder = TestSupport.run(["build", t + "/empty"])
        #expect(folder.status == 0)
        #expect(folder.out.isEmpty)
        #expect(
            folder.err
                == "msrender: notice: \(t)/empty holds no *.yaml, *.yml or *.json file\nmsrender: notice: no ModelService in the input (0 files read); nothing to render\n"
        )
        let file = TestSupport.run(["build", t + "/e.yaml"])
        #expect(file.status == 0)
        #expect(file.err == "msrender: notice: no ModelService in the input (1 file read); nothing to render\n")
        #expect(TestSupport.run(["build", t + "/e.yaml", "-q"]).err.isEmpty)
        #expect(TestSupport.run(["build", Self.fleet, "-o", t + "/out", "-q"]).status == 0)
        let pruned = TestSupport.run(["build", t + "/empty", "-o", t + "/out", "--prune", "-q"])
        #expect(pruned.status == 0)
        #expect(pruned.err.components(separatedBy: "pruned ").count == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: t + "/out") == [".msrender-inventory"])
    }
}
