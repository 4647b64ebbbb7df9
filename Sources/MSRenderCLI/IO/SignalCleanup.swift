import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files (and new folders) of the output-folder run in progress, kept
/// where a SIGINT/SIGTERM/SIGHUP handler can remove them before the process dies.
///
/// The handler makes only async-signal-safe calls: atomic loads and stores, `poll` to
/// wait, `unlinkat` on (folder descriptor, name) pairs registered beforehand, `signal`
/// and `raise` to die of the signal with its default action. Files and folders are
/// created only inside `creating`, which the handler waits for (other threads keep
/// staging while it runs: without the wait, a file created just after its name was
/// unlinked would survive). While the renames of a commit run, a signal is held
/// (`pending`) and acted on once the commit has finished or been rolled back, so a
/// signal never leaves a half-committed folder. `kill -9` cannot be caught: what it
/// leaves behind is recognisable by name and removed by a later run (`TemporaryName`).
enum SignalCleanup {
    /// One registered name: a file (flags 0) or an empty folder (`AT_REMOVEDIR`).
    struct Slot {
        var fd: Int32
        var flags: Int32
        var name: UnsafeMutablePointer<CChar>?
    }

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    // Read by the handler. A table is only ever replaced by a larger copy and never
    // freed, so a handler can never read freed memory; the count is stored after the
    // table it counts and loaded before it, so a handler never reads past a table's end.
    private static let table = Atomic<UInt>(0)
    private static let published = Atomic<Int>(0)
    /// 0 staging (a signal cleans up and kills), 1 committing (a signal waits), 2 dying.
    private static let state = Atomic<Int>(0)
    private static let pending = Atomic<Int32>(0)
    /// Threads inside `creating`.
    private static let inFlight = Atomic<Int>(0)
    /// One run at a time per process (tests run folder commands in parallel in-process);
    /// holds the largest table so far for reuse.
    private static let runLock = Mutex<(base: UInt, capacity: Int)>((0, 0))

    /// Runs `body` with a fresh registry and the handlers installed; afterwards the names
    /// are forgotten, the previous handlers restored, and a signal held during a commit
    /// acted on.
    static func withRegistry<T, E: Error>(_ body: (Registry) throws(E) -> T) throws(E) -> T {
        try runLock.withLock { (kept: inout (base: UInt, capacity: Int)) throws(E) -> T in
            let registry = Registry(base: kept.base, capacity: kept.capacity)
            state.store(0, ordering: .releasing)
            pending.store(0, ordering: .releasing)
            let previous = install()
            defer {
                published.store(0, ordering: .releasing)
                restore(previous)
                kept = registry.forget()
                deliverPending()
            }
            return try body(registry)
        }
    }

    /// The names registered so far; only the thread running `withRegistry` adds to it.
    final class Registry {
        private var base: UnsafeMutablePointer<Slot>?
        private var capacity: Int
        private var count = 0

        fileprivate init(base: UInt, capacity: Int) {
            self.base = UnsafeMutablePointer(bitPattern: base)
            self.capacity = capacity
            SignalCleanup.table.store(base, ordering: .releasing)
        }

        /// Registers `name` in `folder` (before it is created).
        func add(_ folder: SafeFolder, _ name: String, isFolder: Bool = false) {
            if count == capacity { grow() }
            guard let base else { return }
            let bytes = SafeFolder.c(name)
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            copy.initialize(from: bytes, count: bytes.count)
            base[count] = Slot(fd: folder.fd, flags: isFolder ? AT_REMOVEDIR : 0, name: copy)
            count += 1
            SignalCleanup.published.store(count, ordering: .releasing)
        }

        private func grow() {
            let larger = max(1024, capacity * 2)
            let slots = UnsafeMutablePointer<Slot>.allocate(capacity: larger)
            if let base { slots.update(from: base, count: count) }
            base = slots
            capacity = larger
            SignalCleanup.table.store(UInt(bitPattern: slots), ordering: .releasing)
        }

        fileprivate func forget() -> (base: UInt, capacity: Int) {
            if let base { for i in 0..<count { base[i].name?.deallocate() } }
            count = 0
            return (UInt(bitPattern: base), capacity)
        }
    }

    /// Runs `body`, which creates registered files or folders, unless a signal has
    /// started the cleanup (then nil). The thread's signals are blocked meanwhile, so the
    /// handler never runs on a thread it is waiting for.
    static func creating<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T? {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signo in signals { sigaddset(&blocked, signo) }
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        // Announce, then look (the handler sets, then looks): one of the two sees the other.
        inFlight.wrappingAdd(1, ordering: .sequentiallyConsistent)
        defer { inFlight.wrappingSubtract(1, ordering: .sequentiallyConsistent) }
        guard state.load(ordering: .sequentiallyConsistent) != 2 else { return nil }
        return try body()
    }

    /// Holds signals while renames run; false when a signal already started the cleanup
    /// (the process is about to die and must not commit).
    static func beginCommit() -> Bool {
        state.compareExchange(expected: 0, desired: 1, ordering: .sequentiallyConsistent).exchanged
    }

    /// Lets signals act again; one that arrived during the commit is handled at the end
    /// of `withRegistry`, after the run has tidied up.
    static func endCommit() { _ = state.compareExchange(expected: 1, desired: 0, ordering: .sequentiallyConsistent) }

    private static func deliverPending() {
        let signo = pending.exchange(0, ordering: .acquiringAndReleasing)
        guard signo != 0 else { return }
        signal(signo, SIG_DFL)
        raise(signo)
    }

    /// Removes every registered name, newest first (files before the folders holding
    /// them). Async-signal-safe.
    private static func removeAll() {
        var i = published.load(ordering: .acquiring)
        guard let base = UnsafeMutablePointer<Slot>(bitPattern: table.load(ordering: .acquiring)) else { return }
        while i > 0 {
            i -= 1
            if let name = base[i].name { unlinkat(base[i].fd, name, base[i].flags) }
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { signo in
        if SignalCleanup.state.compareExchange(expected: 0, desired: 2, ordering: .sequentiallyConsistent).exchanged {
            // Creations under way finish (each is one file); at most 5 s in case one hangs.
            var waited = 0
            while SignalCleanup.inFlight.load(ordering: .sequentiallyConsistent) > 0 && waited < 5000 {
                poll(nil, 0, 1)
                waited += 1
            }
            SignalCleanup.removeAll()
            signal(signo, SIG_DFL)
            raise(signo)
        } else if SignalCleanup.state.load(ordering: .acquiring) == 1 {
            SignalCleanup.pending.store(signo, ordering: .releasing)
        }
    }

    /// Installs the handler for each signal not ignored (a `nohup` run keeps ignoring
    /// SIGHUP); returns the previous actions.
    private static func install() -> [(Int32, sigaction)] {
        _ = (table.load(ordering: .relaxed), published.load(ordering: .relaxed), state.load(ordering: .relaxed))
        var previous: [(Int32, sigaction)] = []
        for signo in signals {
            var old = sigaction()
            guard sigaction(signo, nil, &old) == 0 else { continue }
            if address(old.__sigaction_handler.sa_handler) == address(SIG_IGN) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            if sigaction(signo, &action, nil) == 0 { previous.append((signo, old)) }
        }
        return previous
    }

    private static func address(_ handler: __sighandler_t?) -> Int {
        handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
    }

    private static func restore(_ previous: [(Int32, sigaction)]) {
        for (signo, old) in previous {
            var action = old
            sigaction(signo, &action, nil)
        }
    }
}
