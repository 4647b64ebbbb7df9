import Foundation
import Testing

/// Fault injection for output folders (issue 8), through the real binary: symlinks
/// below DIR, files msrender did not write beside `--prune`, targets that cannot be
/// replaced, leftovers of killed runs. Each case states the reproduction on main
/// (444c700) it guards against.
@Suite(.serialized) struct FolderSafetyTests {
    static let fleet = TestSupport.root + "/examples/fleet"
    static let minimal = TestSupport.root + "/examples/minimal.yaml"

    /// Was: `out/fleet -> /tmp/victim` made msrender overwrite the victim's files (exit
    /// 0), `--prune` delete them, `--check` print them. Now each is an error naming the
    /// symlink, and the victim folder is neither changed nor read.
    @Test func symlinkedNamespaceFolderIsRefusedForWritePruneAndCheck() throws {
        let t = TestSupport.tempDir()
        let victim = t + "/victim"
        TestSupport.write("precious\n", to: victim + "/chat.yaml")
        TestSupport.write("precious too\n", to: victim + "/coder.yaml")
        let before = try Snapshot(victim)

        let w = try sh(
            "mkdir \(t)/out && ln -s \(victim) \(t)/out/fleet && $MSRENDER build \(Self.fleet) -o \(t)/out -q")
        #expect(w.status == 1)
        #expect(w.err.contains("msrender: error: cannot create folder \(t)/out/fleet: it is a symlink"), "\(w.err)")
        #expect(try Snapshot(victim) == before)

        // An inventory that lists fleet/chat.yaml, then the folder swapped for the symlink.
        let p = try sh(
            "rm \(t)/out/fleet && $MSRENDER build \(Self.fleet) -o \(t)/out -q 2>/dev/null && rm -r \(t)/out/fleet && ln -s \(victim) \(t)/out/fleet && $MSRENDER build \(Self.minimal) -o \(t)/out --prune"
        )
        #expect(p.status == 1)
        #expect(p.err.contains("\(t)/out/fleet: it is a symlink"), "\(p.err)")
        #expect(try Snapshot(victim) == before)

        let c = try sh("$MSRENDER build \(Self.fleet) --check \(t)/out")
        #expect(c.status == 1)
        #expect(c.err.contains("msrender: error: cannot open folder \(t)/out/fleet: it is a symlink"), "\(c.err)")
        #expect(!c.out.contains("precious"))
        #expect(try Snapshot(victim) == before)
    }

    /// DIR itself may be a symlink: write, check and prune all work through it.
    @Test func symlinkedOutputFolderWorks() throws {
        let t = TestSupport.tempDir()
        let r = try sh(
            "mkdir \(t)/real && ln -s real \(t)/out && $MSRENDER build \(Self.fleet) \(Self.minimal) -o \(t)/out -q && $MSRENDER build \(Self.fleet) \(Self.minimal) --check \(t)/out -q && $MSRENDER build \(Self.minimal) -o \(t)/out --prune -q"
        )
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("pruned \(t)/out/fleet/chat.yaml"))
        #expect(FileManager.default.fileExists(atPath: t + "/real/ml-serving/qwen3.yaml"))
        #expect(!FileManager.default.fileExists(atPath: t + "/real/fleet"))
    }

    /// Was: `--prune` deleted an edited copy, a hidden `.x.yaml` and a hand-written
    /// ConfigMap with msrender's header. Now only listed, unchanged files go; an edited
    /// listed file is kept with a warning and stays listed.
    @Test func pruneRemovesOnlyListedUnchangedFiles() throws {
        let t = TestSupport.tempDir()
        let out = t + "/out"
        #expect(TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"]).status == 0)
        let chat = try #require(TestSupport.read(out + "/fleet/chat.yaml"))
        TestSupport.write(chat + "# my note\n", to: out + "/fleet/copy-edited.yaml")
        TestSupport.write(chat, to: out + "/fleet/.x.yaml")
        TestSupport.write(
            "---\n# Source: hand\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mine\n  labels:\n    app.kubernetes.io/managed-by: model-operator\n",
            to: out + "/fleet/hand.yaml")
        let coder = try #require(TestSupport.read(out + "/fleet/coder.yaml"))
        TestSupport.write(coder + "# edited by hand\n", to: out + "/fleet/coder.yaml")

        let r = TestSupport.run(["build", Self.minimal, "-o", out, "--prune"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("pruned \(out)/fleet/chat.yaml\npruned \(out)/fleet/embed.yaml\n"))
        #expect(r.err.contains("msrender: warning: kept \(out)/fleet/coder.yaml: msrender wrote it, but it was edited"))
        let left = try FileManager.default.contentsOfDirectory(atPath: out + "/fleet").sorted()
        #expect(left == [".x.yaml", "coder.yaml", "copy-edited.yaml", "hand.yaml"])
        let inventory = try #require(TestSupport.read(out + "/.msrender-inventory"))
        #expect(inventory.contains(" fleet/coder.yaml\n"))
        #expect(!inventory.contains("fleet/chat.yaml"))
        // The edited file stays msrender's business: --check reports it as stale.
        let c = TestSupport.run(["build", Self.minimal, "--check", out])
        #expect(c.status == 1)
        #expect(c.out.contains("--- \(out)/fleet/coder.yaml\n+++ /dev/null\n"))
    }

    /// A folder without an inventory is pruned of nothing, said once.
    @Test func noInventoryPrunesNothing() throws {
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"]).status == 0)
        try FileManager.default.removeItem(atPath: out + "/.msrender-inventory")
        let r = TestSupport.run(["build", Self.minimal, "-o", out, "--prune", "-q"])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.err
                == "msrender: notice: \(out) has no inventory (.msrender-inventory) yet, so nothing was pruned; this run recorded one, so the next --prune can prune\n"
        )
        #expect(FileManager.default.fileExists(atPath: out + "/fleet/chat.yaml"))
        #expect(TestSupport.read(out + "/.msrender-inventory")?.contains(" ml-serving/qwen3.yaml\n") == true)
    }

    /// Was: with a folder where `fleet/coder.yaml` goes, the other files were already
    /// replaced (exit 1). Now nothing in DIR changes, byte for byte.
    @Test func aFolderInTheWayChangesNothing() throws {
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"]).status == 0)
        try FileManager.default.removeItem(atPath: out + "/fleet/coder.yaml")
        try FileManager.default.createDirectory(atPath: out + "/fleet/coder.yaml", withIntermediateDirectories: false)
        let before = try Snapshot(out)
        // Other settings change every file, so every file would be replaced.
        let r = TestSupport.run(["build", Self.fleet, Self.minimal, "--provider", "gke", "-o", out, "-q"])
        #expect(r.status == 1)
        #expect(r.err == "msrender: error: cannot write \(out)/fleet/coder.yaml: a folder is in the way\n")
        #expect(try Snapshot(out) == before)
    }

    /// Was: an immutable target (`chattr +i`) failed the run after other files were
    /// replaced. Now the failed rename is rolled back: DIR is as it was.
    @Test func anImmutableFileChangesNothing() throws {
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"]).status == 0)
        let locked = out + "/fleet/coder.yaml"
        guard getuid() == 0, (try sh("chattr +i \(locked)")).status == 0 else {
            print("!!!!!!!! SKIPPED anImmutableFileChangesNothing: needs root and chattr on this file system !!!!!!!!")
            return
        }
        defer { _ = try? sh("chattr -i \(locked)") }
        let before = try Snapshot(out)
        let r = TestSupport.run(["build", Self.fleet, Self.minimal, "--provider", "gke", "-o", out, "-q"])
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("msrender: error: cannot replace \(locked): operation not permitted"), "\(r.err)")
        #expect(try Snapshot(out) == before)
    }

    /// A full disk while staging: nothing changes, the cause in plain words. Mounts a
    /// tiny tmpfs (root only), unmounted afterwards.
    @Test func aFullDiskChangesNothing() throws {
        let t = TestSupport.tempDir()
        let mnt = t + "/mnt"
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        guard getuid() == 0, (try sh("mount -t tmpfs -o size=48k tmpfs \(mnt)")).status == 0 else {
            print("!!!!!!!! SKIPPED aFullDiskChangesNothing: needs root to mount a tmpfs !!!!!!!!")
            return
        }
        defer { _ = try? sh("umount \(mnt)") }
        let out = mnt + "/out"
        #expect(TestSupport.run(["build", Self.minimal, "-o", out, "-q"]).status == 0)
        let before = try Snapshot(out)
        let r = TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"])
        #expect(r.status == 1)
        #expect(r.err.contains(": no space left on device\n"), "\(r.err)")
        #expect(try Snapshot(out) == before)
        // Standard output onto the full disk is an error too.
        let s = try sh("$MSRENDER build \(Self.fleet) -q > \(mnt)/stdout.yaml")
        #expect(s.status == 1)
        #expect(s.err == "msrender: error: cannot write standard output: no space left on device\n")
    }

    /// A read-only file system and a folder the user may not write: plain words.
    @Test func readOnlyAndForbiddenFoldersArePlainErrors() throws {
        let t = TestSupport.tempDir()
        let mnt = t + "/ro"
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        guard getuid() == 0, (try sh("mount -t tmpfs -o ro,size=64k tmpfs \(mnt)")).status == 0 else {
            print("!!!!!!!! SKIPPED readOnlyAndForbiddenFoldersArePlainErrors: needs root to mount a tmpfs !!!!!!!!")
            return
        }
        defer { _ = try? sh("umount \(mnt)") }
        let ro = TestSupport.run(["build", Self.minimal, "-o", mnt + "/out", "-q"])
        #expect(ro.status == 1)
        #expect(ro.err == "msrender: error: cannot create folder \(mnt)/out: read-only file system\n")
        // As nobody, in a folder only root may write (setpriv drops the privileges).
        let forbidden = try sh(
            "setpriv --reuid=65534 --regid=65534 --clear-groups $MSRENDER build \(Self.minimal) -o \(t)/out -q")
        #expect(forbidden.status == 1)
        #expect(forbidden.err == "msrender: error: cannot create folder \(t)/out: permission denied\n")
    }

    /// Was: `-o afile` printed a CocoaError dump. Now one plain line.
    @Test func outputOntoAFileIsAPlainError() throws {
        let file = TestSupport.tempDir() + "/afile"
        TestSupport.write("x\n", to: file)
        let r = TestSupport.run(["build", Self.minimal, "-o", file, "-q"])
        #expect(r.status == 1)
        #expect(r.err == "msrender: error: cannot open folder \(file): a file is in the way\n")
        #expect(TestSupport.read(file) == "x\n")
    }

    /// Was: `--check nonexist/` printed a 58 KB diff. Now one line, exit 1.
    @Test func checkOfAMissingFolderIsOneLine() {
        let dir = TestSupport.tempDir() + "/nonexist/"
        let r = TestSupport.run(["build", Self.fleet, "--check", dir, "-q"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err
                == "msrender: \(dir) does not exist: not rendered yet: 4 files would be written (the inventory included)\n"
        )
    }

    /// Temporary files of dead runs are removed by the next run; a live run's are kept.
    @Test func leftoversOfDeadRunsAreRemoved() throws {
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", Self.minimal, "-o", out, "-q"]).status == 0)
        let dead = try #require(Self.deadPID())
        TestSupport.write("left\n", to: out + "/ml-serving/.msrender-\(dead)-7.tmp")
        TestSupport.write("left\n", to: out + "/.msrender-\(dead)-8.tmp")
        TestSupport.write("live\n", to: out + "/ml-serving/.msrender-1-9.tmp")  // pid 1 runs
        TestSupport.write("mine\n", to: out + "/ml-serving/.msrender-notes.tmp")
        let r = TestSupport.run(["build", Self.minimal, "-o", out, "-q"])
        #expect(r.status == 0)
        #expect(r.err == "msrender: removed 2 temporary files in \(out) left by an earlier run that was killed\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: out + "/ml-serving").sorted()
        #expect(left == [".msrender-1-9.tmp", ".msrender-notes.tmp", "qwen3.yaml"])
    }

    /// Was: existing files were read whole to compare. Now sizes first, then chunks: a
    /// 2 GB (sparse) file costs neither 2 GB of memory in `-o` nor in `--check`, which
    /// reports it in one line; a folder in the way is one line too.
    @Test func largeFilesAreComparedWithoutLoadingThem() throws {
        let t = TestSupport.tempDir()
        let out = t + "/out"
        #expect(TestSupport.run(["build", Self.fleet, "-o", out, "-q"]).status == 0)
        try #require(truncate(out + "/fleet/chat.yaml", 2 << 30) == 0)
        try FileManager.default.removeItem(atPath: out + "/fleet/embed.yaml")
        try FileManager.default.createDirectory(atPath: out + "/fleet/embed.yaml", withIntermediateDirectories: false)
        // Peak memory from GNU time: a spawned child's own rusage includes the test
        // process's size from before its exec.
        let c = try sh("/usr/bin/time -f %M -o \(t)/check.kb $MSRENDER build \(Self.fleet) --check \(out) -q")
        #expect(c.status == 1)
        #expect(
            c.out.hasPrefix(
                "Files \(out)/fleet/chat.yaml and the rendered output differ (2147483648 bytes on disk; no line diff above 8 MiB)\n"
            ), "\(c.out.prefix(300))")
        #expect(
            c.out.contains(
                "Files \(out)/fleet/embed.yaml and the rendered output differ (a folder is in the way of the file)\n"))
        #expect(try Self.kilobytes(t + "/check.kb") < 40 << 10, "peak KB")
        try FileManager.default.removeItem(atPath: out + "/fleet/embed.yaml")
        let w = try sh("/usr/bin/time -f %M -o \(t)/write.kb $MSRENDER build \(Self.fleet) -o \(out) -q")
        #expect(w.status == 0, "\(w.err)")
        #expect(try Self.kilobytes(t + "/write.kb") < 40 << 10, "peak KB")
        #expect(
            try FileManager.default.attributesOfItem(atPath: out + "/fleet/chat.yaml")[.size] as? Int ?? 0 < 1 << 20)
    }

    static func kilobytes(_ file: String) throws -> Int {
        let text = try #require(TestSupport.read(file), "GNU time wrote nothing")
        let last = text.split(separator: "\n").last.map(String.init) ?? ""  // after "Command exited with ..."
        return try #require(Int(last), "\(text)")
    }

    /// Without an inventory, `--check` still reports stale files that are recognisably
    /// msrender's (and the missing inventory), and ignores the rest.
    @Test func checkWithoutAnInventoryReportsWhatLooksRendered() throws {
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", Self.fleet, Self.minimal, "-o", out, "-q"]).status == 0)
        try FileManager.default.removeItem(atPath: out + "/.msrender-inventory")
        TestSupport.write("notes\n", to: out + "/fleet/notes.yaml")
        let r = TestSupport.run(["build", Self.fleet, "--check", out, "-q"])
        #expect(r.status == 1)
        #expect(r.out.contains("--- \(out)/ml-serving/qwen3.yaml\n+++ /dev/null\n"))
        #expect(r.out.contains("--- /dev/null\n+++ \(out)/.msrender-inventory\n"))
        #expect(!r.out.contains("notes.yaml"))
        #expect(r.err.contains("(1 missing, 1 stale)"), "\(r.err)")
    }

    /// Two runs writing one folder at once could interleave their commits: the second
    /// is refused while the first holds the folder's lock.
    @Test func aSecondWriterIsRefused() throws {
        let out = TestSupport.tempDir()
        let fd = open(out, O_RDONLY | O_DIRECTORY)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let r = TestSupport.run(["build", Self.minimal, "-o", out, "-q"])
        #expect(r.status == 1)
        #expect(
            r.err
                == "msrender: error: cannot write \(out): another msrender run is writing this folder (it holds the folder's lock)\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    /// The pid of a process that has exited and been reaped.
    static func deadPID() -> Int32? {
        guard let r = try? sh("sh -c 'echo $$'") else { return nil }
        return Int32(r.out.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Runs a shell script with `$MSRENDER`; fails the test when the binary is missing.
func sh(_ script: String, timeout: Double = 120) throws -> Subprocess.Result {
    try #require(Subprocess.shell(script, timeout: timeout), "msrender binary not found; run swift build")
}

/// Every entry below a folder: its kind and, for files, its bytes; for symlinks, the
/// target. Two snapshots are equal when nothing below changed.
struct Snapshot: Equatable, CustomStringConvertible {
    var entries: [String: String] = [:]

    init(_ root: String) throws {
        let fm = FileManager.default
        for path in try fm.subpathsOfDirectory(atPath: root).sorted() {
            let full = root + "/" + path
            let type = try fm.attributesOfItem(atPath: full)[.type] as? FileAttributeType
            switch type {
            case .typeSymbolicLink?: entries[path] = "link " + ((try? fm.destinationOfSymbolicLink(atPath: full)) ?? "")
            case .typeDirectory?: entries[path] = "folder"
            default:
                entries[path] = "file " + (fm.contents(atPath: full).map { String(decoding: $0, as: UTF8.self) } ?? "?")
            }
        }
    }

    var description: String { entries.keys.sorted().joined(separator: ", ") }
}
