import Foundation
import Testing

@testable import MSRenderCLI

/// The pieces of the output-folder layer, in-process: the inventory format, names that
/// cannot leave a folder, temporary names, byte-exact names.
struct SafeFolderTests {
    static let sha = String(repeating: "ab", count: 32)

    @Test func inventoryRoundTripsSortedByBytes() throws {
        let inventory = Inventory([
            .init(path: "team-1/b.yaml", sha256: Self.sha, size: 10),
            .init(path: "team-0/a.yaml", sha256: Self.sha, size: 0),
        ])
        #expect(
            inventory.text
                == "msrender-inventory 1\n# Files msrender wrote in this folder: SHA-256, size in bytes, path. Do not edit.\n\(Self.sha) 0 team-0/a.yaml\n\(Self.sha) 10 team-1/b.yaml\n"
        )
        #expect(try Inventory.parse(Array(inventory.text.utf8)) == inventory)
    }

    @Test(arguments: [
        ("", 1, "not an msrender inventory (the first line is not \"msrender-inventory 1\")"),
        (
            "msrender-inventory 2\n", 1,
            "inventory version 2 is not known to this msrender (it reads version 1); use a newer msrender"
        ),
        ("msrender-inventory 1\nabc 1 a/b.yaml\n", 2, "not an inventory line (expected: SHA-256, size, path)"),
        ("msrender-inventory 1\n\(sha) 1 ../escape.yaml\n", 2, "not an inventory line (expected: SHA-256, size, path)"),
        ("msrender-inventory 1\n\(sha) 1 a//b.yaml\n", 2, "not an inventory line (expected: SHA-256, size, path)"),
        ("msrender-inventory 1\n\(sha) 01 a/b.yaml\n", 2, "not an inventory line (expected: SHA-256, size, path)"),
        ("msrender-inventory 1\n\(sha) 1 /abs.yaml\n", 2, "not an inventory line (expected: SHA-256, size, path)"),
        ("msrender-inventory 1\n\(sha) 1 a.yaml\n# note\n\(sha) 2 a.yaml\n", 4, "a.yaml is listed twice"),
    ])
    func inventoryRefusesWhatItDidNotWrite(text: String, line: Int, message: String) {
        #expect(throws: Inventory.ParseError(line: line, message: message)) { try Inventory.parse(Array(text.utf8)) }
    }

    /// NFC and NFD spellings are two files on Linux, so two entries.
    @Test func inventoryPathsAreBytes() {
        let nfc = Inventory.Entry(path: "n/caf\u{E9}.yaml", sha256: Self.sha, size: 1)
        let nfd = Inventory.Entry(path: "n/cafe\u{301}.yaml", sha256: Self.sha, size: 1)
        #expect(Inventory([nfc, nfd]).entries.count == 2)
    }

    @Test(arguments: ["", ".", "..", "a/b", "a\u{0}b"])
    func aNameThatCouldLeaveTheFolderIsRefused(_ name: String) throws {
        #expect(!SafeFolder.check(name))
        let root = try #require(try SafeFolder.open(TestSupport.tempDir()))
        #expect(throws: FileSystemError.self) { try root.entry(name) }
        #expect(throws: FileSystemError.self) { try root.folder(name) }
        #expect(throws: FileSystemError.self) { try root.createExclusive(name) }
        #expect(root.remove(name) == EINVAL)
    }

    @Test func temporaryNamesAreRecognisedOnlyInTheirExactForm() {
        let mine = TemporaryName.next()
        #expect(TemporaryName.pid(Array(mine.utf8)) == getpid())
        #expect(TemporaryName.pid(Array(".msrender-123-4.tmp".utf8)) == 123)
        for other in [
            ".msrender-inventory", ".msrender-x-4.tmp", ".msrender-12.tmp", ".msrender--4.tmp", "msrender-1-2.tmp",
            ".msrender-1-2.tmp~",
        ] {
            #expect(TemporaryName.pid(Array(other.utf8)) == nil, "\(other)")
        }
        #expect(TemporaryName.isLeftOver(Array(".msrender-1-2.tmp".utf8)) == false)  // pid 1 runs
    }

    @Test func nonUTF8ArgumentsKeepTheirBytes() {
        let raw: [UInt8] = [0x62, 0xFF, 0x2E, 0x79, 0xC3, 0xA9]  // "b", an invalid byte, ".y", "é"
        let text = PathBytes.decode(raw)
        #expect(PathBytes.bytes(text) == raw)
        #expect(PathBytes.display(raw) == "b\\xff.y\u{E9}")
        #expect(PathBytes.bytes("plain \u{10FFFF}") == Array("plain \u{10FFFF}".utf8))  // not from decode: as is
    }

    @Test func sourcePathsAreNormalised() throws {
        let here = FileManager.default.currentDirectoryPath
        let paths = SourcePath()
        for spelling in [
            "examples/fleet", "./examples/fleet/", "examples//./fleet", here + "/examples/fleet",
            "examples/../examples/fleet",
        ] {
            #expect(paths.display(Array(spelling.utf8)) == "examples/fleet", "\(spelling)")
        }
        #expect(paths.display(Array("/tmp//x/./y".utf8)) == "/tmp/x/y")
        #expect(paths.display(Array(".".utf8)) == ".")
        #expect(paths.display(Array("/..".utf8)) == "/")
        // `link/..` is where the link points's parent, not the folder holding the link.
        let t = TestSupport.tempDir()
        try FileManager.default.createDirectory(atPath: t + "/a/b", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: t + "/link", withDestinationPath: t + "/a/b")
        let real = try #require(realpath(t, nil).map { String(cString: $0) })
        #expect(paths.display(Array((t + "/link/../x.yaml").utf8)) == real + "/a/x.yaml")
    }

    /// Every descriptor of the folder layer is closed on exec: a child process started
    /// meanwhile (by a test, or a future feature) must not inherit an output folder's lock.
    /// A plain `dup` once made the lock outlive the run in a concurrently spawned child.
    @Test func folderDescriptorsAreClosedOnExec() throws {
        let dir = TestSupport.tempDir() + "/a/b"
        var created: [SafeFolder.Created] = []
        let made = try SafeFolder.openOrCreate(dir, created: &created)
        #expect(fcntl(made.fd, F_GETFD) & FD_CLOEXEC != 0)
        let opened = try #require(try SafeFolder.open(dir))
        #expect(fcntl(opened.fd, F_GETFD) & FD_CLOEXEC != 0)
    }
}
