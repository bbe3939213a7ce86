import Dispatch
import Glibc

/// Waiting for the end of a server command (`emulator`, `relay`, `mcp --http`).
enum TerminationSignal {
    /// Returns on the first SIGINT or SIGTERM (their default actions are disabled so the server stops cleanly).
    static func wait() async {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { continuation.yield(signalNumber) }
            source.resume()
            sources.append(source)
        }
        for await _ in signals { break }
        sources.forEach { $0.cancel() }
    }
}
