import HotglueModels

/// The `:` command line, parsed: which command, with its words decoded where the command takes them. The words each
/// command is written with come from `CommandTable` (`PaletteForm`). Parsing is separate from running so both can be
/// tested on their own.
public enum PaletteCommand: Hashable, Sendable {
    case tenant(String)
    case jobs(JobListFilter)
    case theme(String)
    case profile(String)
    /// `:pulse`, with the window it counts failures in when one is given.
    case pulse(window: Double?)
    /// Any other command, with the words after it: `:discover`, `:state edit`, `:run read --reset`, `:link hubspot`.
    case act(Command, arguments: [String])

    /// The commands' first words, as Tab completes them.
    public static let names = Array(Set(formed.map { $0.palette.words[0] })).sorted()

    /// The first words of the commands that change something at Hotglue: read-only mode neither completes nor runs
    /// them.
    public static let mutatingNames = Set(formed.filter(\.spec.changesHotglue).map { $0.palette.words[0] })

    /// Each command as help lists it (`state edit|reset|undo`, `tenant ID`), by first word.
    public static func synopses(readOnly: Bool) -> [String] {
        names.filter { !readOnly || !mutatingNames.contains($0) }.map { name in
            let group = formed.filter { $0.palette.words[0] == name }
            let subwords = group.compactMap { $0.palette.words.dropFirst().first }
            let rest = subwords.isEmpty ? group.first?.palette.arguments.synopsis : subwords.joined(separator: "|")
            return name + (rest.map { " " + $0 } ?? "")
        }
    }

    private static let formed: [(spec: CommandSpec, palette: PaletteForm)] =
        CommandTable.all.compactMap { spec in spec.palette.map { (spec, $0) } }

    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case unknown(String)
        case missingArgument(command: String, expected: String)
        case badArgument(command: String, argument: String, expected: String)

        public var description: String {
            switch self {
            case .empty: return "type a command, e.g. :tenant acme (Tab completes)"
            case .unknown(let word): return "unknown command '\(word)' — commands: \(PaletteCommand.names.joined(separator: ", "))"
            case .missingArgument(let command, let expected): return ":\(command) needs \(expected)"
            case .badArgument(let command, let argument, let expected):
                return ":\(command) does not know '\(argument)' — expected \(expected)"
            }
        }
    }

    public static func parse(_ text: String) -> Result<PaletteCommand, ParseError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first?.lowercased() else { return .failure(.empty) }
        let lowered = words.map { $0.lowercased() }
        let match = formed
            .flatMap { entry in entry.palette.forms.map { (spec: entry.spec, palette: entry.palette, form: $0) } }
            .filter { lowered.starts(with: $0.form) }
            .max { $0.form.count < $1.form.count }
        guard let match else {
            // A group's word alone (`state`) or with a word it does not know.
            let group = formed.filter { $0.palette.words.count > 1 && $0.palette.words[0] == first }
            guard !group.isEmpty else { return .failure(.unknown(first)) }
            let expected = Self.either(group.map { $0.palette.words[1] })
            guard words.count > 1 else { return .failure(.missingArgument(command: first, expected: expected)) }
            return .failure(.badArgument(command: first, argument: lowered[1], expected: expected))
        }
        let arguments = Array(words.dropFirst(match.form.count))
        let name = match.palette.words.joined(separator: " ")
        if case .required(_, let missing) = match.palette.arguments, arguments.isEmpty {
            return .failure(.missingArgument(command: name, expected: missing))
        }
        let joined = arguments.joined(separator: " ")
        switch match.spec.command {
        case .selectTenant: return .success(.tenant(joined))
        case .theme: return .success(.theme(joined))
        case .profile: return .success(.profile(joined))
        case .pulse:
            guard !joined.isEmpty else { return .success(.pulse(window: nil)) }
            guard let window = PulseWindow.parse(joined) else {
                return .failure(.badArgument(command: name, argument: joined, expected: PulseWindow.expected))
            }
            return .success(.pulse(window: window))
        case .showJobs:
            guard !joined.isEmpty else { return .success(.jobs(.all)) }
            guard let filter = JobListFilter(rawValue: joined.lowercased()) else {
                return .failure(.badArgument(command: name, argument: joined, expected: "all, failed, running or completed"))
            }
            return .success(.jobs(filter))
        case _ where match.palette.arguments == .none && !arguments.isEmpty:
            return .failure(.badArgument(command: name, argument: joined, expected: "nothing after :\(name)"))
        case let command:
            return .success(.act(command, arguments: arguments))
        }
    }

    /// `edit, reset or undo`.
    private static func either(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    /// Completes the command name under the cursor (Tab), or leaves the text as it is when it is ambiguous.
    public static func complete(_ text: String, readOnly: Bool = false, profiles: [String] = []) -> String {
        if let completed = completeProfile(text, profiles: profiles) { return completed }
        guard !text.contains(" ") else { return text }
        let offered = readOnly ? names.filter { !mutatingNames.contains($0) } : names
        let matches = offered.filter { $0.hasPrefix(text.lowercased()) }
        if matches.count == 1 { return matches[0] + " " }
        guard let first = matches.first else { return text }
        var prefix = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix.count > text.count ? prefix : text
    }
}

func runCommand(_ model: inout Model, _ text: String) -> [Effect] {
    switch PaletteCommand.parse(text) {
    case .failure(let error):
        model.activity.notice = error.description
        return []
    case .success(let command):
        switch command {
        case .tenant(let id):
            selectTenant(&model, id)
        case .jobs(let filter):
            model.jobs.show(filter)
            model.focus = .jobs
            model.activity.notice = "jobs: \(filter.rawValue)"
        case .theme(let name):
            if model.availableThemes.contains(name) {
                model.themeName = name
                model.activity.notice = "theme \(name)"
            } else {
                model.activity.notice = "no theme '\(name)' — themes: \(model.availableThemes.joined(separator: ", "))"
            }
        case .profile(let name): return requestProfileSwitch(&model, name)
        case .pulse(let window): openPulse(&model, window: window)
        case .act(.saveLog, let arguments): return startLogSave(&model, arguments: arguments, fromKey: false)
        case .act(let command, let arguments): return run(&model, command, arguments: arguments)
        }
        return []
    }
}

private func selectTenant(_ model: inout Model, _ id: String) {
    if !model.tenants.visible.contains(TenantID(id)) { model.tenants.list.filter = "" }
    let exact = model.tenants.visible.firstIndex(of: TenantID(id))
    let partial = model.tenants.visible.firstIndex { $0.rawValue.lowercased().hasPrefix(id.lowercased()) }
    guard let index = exact ?? partial else {
        model.activity.notice = "no tenant '\(id)' in \(model.connection.envID)"
        return
    }
    model.tenants.list.selected = index
    model.focus = .connectors
}
