import ArgumentParser
import Foundation
import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// `gluetop journal list|show|check`: the changes gluetop made, read from the end of the journal.
public struct JournalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "List, show and check the journal of changes made from gluetop.",
        discussion: """
            The journal ($XDG_STATE_HOME/gluetop/journal.jsonl, 0600) holds every change: its intent, written \
            before the request left, and its outcome. It keeps whole states before and after, unmasked, so that \
            any change can be undone; what these commands print is masked unless --show-secrets.
            """,
        subcommands: [JournalListCommand.self, JournalShowCommand.self, JournalCheckCommand.self])

    public init() {}
}

/// `gluetop journal list`: the newest changes, newest first.
public struct JournalListCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The newest changes, newest first.", discussion: exitCodesHelp)

    @OptionGroup(title: "Output") var output: OutputOptions
    @Option(help: "How many changes to print.") var limit = 50

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let journal = JournalFile(paths: AppPaths(environment: context.environment))
        let listing = try JournalRead.run { () throws(JournalLoadError) in try journal.recent(limit: max(1, limit)) }
        let entries = Array(listing.entries.reversed())
        let json = JSONValue.array(entries.map { JournalJSON.entry($0, output: output) })
        try output.print(json, in: context) {
            var table = TextTable("TIME", "ID", "ACTION", "TARGET", "ORIGIN", "RESULT")
            for entry in entries {
                table.add(JournalTime.format(entry.time), entry.id.isEmpty ? "-" : entry.id, entry.action,
                          JournalJSON.target(entry), entry.origin, JournalJSON.result(entry.outcome))
            }
            return table.render()
        }
        if listing.unreadableLines > 0 {
            context.report("warning: \(listing.unreadableLines) line(s) of \(journal.path) could not be read (skipped)")
        }
    }
}

/// `gluetop journal show ID`: one change in full (states masked unless --show-secrets).
public struct JournalShowCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One change in full, by its id (or the start of it).", discussion: exitCodesHelp)

    @OptionGroup(title: "Output") var output: OutputOptions
    @Argument(help: "The change's id, as `journal list` prints it.") var id: String

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let journal = JournalFile(paths: AppPaths(environment: context.environment))
        guard let entry = try JournalRead.run({ () throws(JournalLoadError) in try journal.change(id: id) }) else {
            throw ScriptFailure.notFound("no change with id \(id) in \(journal.path)")
        }
        let json = JournalJSON.entry(entry, output: output, withStates: true)
        try output.print(json, in: context) { json.pretty() + "\n" }
    }
}

/// `gluetop journal check`: changes whose result is unknown (sent, and the answer never came or was never
/// written), each state change compared with the state now. Exit 4 when there is one.
public struct JournalCheckCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Changes whose result is unknown, checked against Hotglue now.",
        discussion: "Exit 4 when a change of unknown result needs a look, 0 when there is none.\n\n" + exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let paths = AppPaths(environment: context.environment)
        let findings = try await ScriptSession.run(connection, in: context) { session in
            let finder = RecoveryFinder(journal: JournalFile(paths: paths), drafts: DraftStore(paths: paths))
            return await finder.find(envID: session.journal.envID, flowID: session.journal.flowID, now: Date(),
                                     checks: ChangeChecks(client: session.client))
        }
        let json = JSONValue.object([
            "unresolved": .array(findings.unresolved.map { change in
                var object = JournalJSON.entry(change.entry, output: output).objectValue ?? JSONObject()
                object["now"] = JSONValue(JournalJSON.verdict(change.verdict))
                return .object(object)
            }),
            "drafts": .array(findings.drafts.map { JSONValue("\($0.ref)") }),
            "form_drafts": .array(findings.formDrafts.map { draft in
                .object(["action": JSONValue(draft.key.kind.rawValue), "target": JSONValue("\(draft.key.ref)"),
                         "saved": JSONValue(JournalTime.format(draft.time))])
            }),
        ])
        try output.print(json, in: context) {
            guard !findings.isEmpty else { return "nothing unfinished\n" }
            var table = TextTable("ID", "ACTION", "TARGET", "SENT", "NOW")
            for change in findings.unresolved {
                table.add(change.entry.id, change.entry.action, JournalJSON.target(change.entry),
                          JournalTime.format(change.entry.time), JournalJSON.verdict(change.verdict))
            }
            for draft in findings.drafts {
                table.add("-", "draft", "\(draft.ref)", JournalTime.format(draft.savedAt), "never written: e resumes it")
            }
            for draft in findings.formDrafts {
                let key = draft.key.kind == .link ? "l" : "u"
                table.add("-", "\(draft.key.kind.rawValue) draft", "\(draft.key.ref)", JournalTime.format(draft.time),
                          "never sent: \(key) resumes it")
            }
            return table.render()
        }
        if !findings.unresolved.isEmpty {
            throw ScriptFailure.refused("\(findings.unresolved.count) change(s) of unknown result: look at them in the dashboard (it offers undo or keep)")
        }
    }
}

enum JournalRead {
    static func run<T>(_ body: () throws(JournalLoadError) -> T) throws(ScriptFailure) -> T {
        do {
            return try body()
        } catch {
            throw ScriptFailure(.apiError, "cannot read the journal: \(error.message)")
        }
    }
}

/// A change as the journal commands print it.
enum JournalJSON {
    static func entry(_ entry: JournalEntry, output: OutputOptions, withStates: Bool = false) -> JSONValue {
        var object = JSONObject()
        object["id"] = JSONValue(entry.id)
        object["time"] = JSONValue(JournalTime.format(entry.time))
        object["origin"] = JSONValue(entry.origin)
        if let client = entry.client { object["client"] = JSONValue(client) }
        object["profile"] = JSONValue(entry.profile)
        object["env"] = JSONValue(entry.envID)
        object["flow"] = JSONValue(entry.flowID)
        object["tenant"] = entry.tenant.map { JSONValue($0) } ?? .null
        object["connector"] = entry.connector.map { JSONValue($0) } ?? .null
        object["action"] = JSONValue(entry.action)
        object["request"] = JSONValue(entry.request)
        object["result"] = JSONValue(result(entry.outcome))
        if withStates, entry.action.hasPrefix("state.") {
            object["before"] = entry.before.map(output.shown) ?? .null
            object["after"] = entry.after.map(output.shown) ?? .null
        }
        return .object(object)
    }

    static func target(_ entry: JournalEntry) -> String {
        [entry.connector, entry.tenant].compactMap { $0 }.joined(separator: "@")
    }

    static func result(_ outcome: JournalEntry.Outcome) -> String {
        switch outcome {
        case .succeeded: return "succeeded"
        case .failed(let message): return "failed: \(message)"
        case .conflict: return "conflict: not written"
        case .refused(let message): return "refused: \(message)"
        case .unknown(let message): return "unknown: \(message)"
        case .pending: return "unknown: no outcome recorded"
        }
    }

    static func verdict(_ verdict: UnresolvedChange.Verdict) -> String {
        switch verdict {
        case .applied: return "took effect (state is its after)"
        case .notApplied: return "did not take effect (state is its before)"
        case .changedSince: return "state changed since"
        case .unchecked(let why): return why
        }
    }
}
