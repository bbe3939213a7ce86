import HotglueModels

/// The words after `:link`, `:update`, `:unlink` and `:run`, read into what the form starts from. A bad word is
/// named in the problem, so the user can fix the command.
enum ConnectorChangeArguments {
    struct Problem: Error, Hashable {
        var message: String
    }

    /// `:run [read|write] [--reset] [--start DATE] [--streams A,B] [--ignore-parallel]`
    struct RunJob: Hashable {
        var jobType: JobType?
        var reset = false
        var start: String?
        var streams: [String] = []
        var ignoreParallel = false
    }

    /// `:link [CONNECTOR]`
    static func link(_ words: [String]) -> Result<ConnectorID?, Problem> {
        if let flag = words.first(where: { $0.hasPrefix("-") }) {
            return .failure(Problem(message: "link: unknown option '\(flag)' (usage: :link [connector-id])"))
        }
        guard words.count <= 1 else {
            return .failure(Problem(message: "link: one connector at a time, '\(words[1])' is one too many"))
        }
        return .success(words.first.map(ConnectorID.init))
    }

    /// `:update [--editor]`: true when the config goes to `$EDITOR`.
    static func update(_ words: [String]) -> Result<Bool, Problem> {
        var editor = false
        for word in words {
            switch word {
            case "--editor", "-e", "editor": editor = true
            default: return .failure(Problem(message: "update: unknown word '\(word)' (usage: :update [--editor])"))
            }
        }
        return .success(editor)
    }

    /// `:unlink` takes nothing: the selected connector is unlinked after a typed confirmation.
    static func unlink(_ words: [String]) -> Result<Void, Problem> {
        guard let word = words.first else { return .success(()) }
        return .failure(Problem(message:
            "unlink: unexpected '\(word)' (select the connector, then :unlink; its id is typed in the confirmation)"))
    }

    static let runUsage = ":run [read|write] [--reset] [--start DATE] [--streams A,B] [--ignore-parallel]"

    static func run(_ words: [String]) -> Result<RunJob, Problem> {
        var run = RunJob()
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "read", "write":
                guard run.jobType == nil else {
                    return .failure(Problem(message: "run: job type given twice ('\(word)')"))
                }
                run.jobType = JobType(rawValue: word)
            case "--reset", "-r", "--full":
                run.reset = true
            case "--ignore-parallel", "--ignore-parallel-jobs":
                run.ignoreParallel = true
            case "--start", "--start-date", "-s":
                guard let date = rest.popFirst(), !date.hasPrefix("--") else {
                    return .failure(Problem(message: "run: \(word) needs a date (2024-01-01 or ISO 8601)"))
                }
                guard HotglueDate.parse(date) != nil else {
                    return .failure(Problem(message: "run: '\(date)' is not a date (use 2024-01-01 or 2024-01-01T00:00:00Z)"))
                }
                run.start = date
            case "--streams", "--stream":
                guard let list = rest.popFirst(), !list.hasPrefix("--") else {
                    return .failure(Problem(message: "run: \(word) needs stream names separated by commas"))
                }
                run.streams += list.split(separator: ",").map(String.init).filter { !$0.isEmpty }
            default:
                return .failure(Problem(message: "run: unknown word '\(word)' (usage: \(runUsage))"))
            }
        }
        return .success(run)
    }
}
