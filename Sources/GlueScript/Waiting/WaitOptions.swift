import ArgumentParser

/// `--wait` and `--timeout SECONDS`, for commands that start something that runs on.
public struct WaitOptions: ParsableArguments {
    @Flag(help: "Follow it to its end (progress on stderr) and exit by its result.")
    public var wait = false

    @Option(help: ArgumentHelp("With --wait: give up after this many seconds (exit 5).", valueName: "seconds"))
    public var timeout: Double?

    public init() {}

    public func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    var limit: Duration? {
        timeout.map { .milliseconds(Int(($0 * 1000).rounded())) }
    }
}
