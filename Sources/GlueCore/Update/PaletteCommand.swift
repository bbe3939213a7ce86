import HotglueModels

/// The `:` command line. Parsing is separate from running so both can be tested on their own.
public enum PaletteCommand: Hashable, Sendable {
    case tenant(String)
    case jobs(JobListFilter)
    case theme(String)
    case refresh
    case help
    case quit
    case follow
    case wrap
    case zoom
    /// `:journal`: the mutations gluetop made.
    case journal
    /// `:profile NAME`: switch to another profile of the config file.
    case profile(String)
    /// A key's action with the words after it: `:discover`, `:state edit`, `:run read --reset`, `:link hubspot`.
    case act(Action, arguments: [String])

    public static let names = ["discover", "follow", "help", "jobs", "journal", "link", "profile", "quit", "refresh", "run",
                               "state", "tenant", "theme", "unlink", "update", "wrap", "zoom"]

    /// The commands that change something at Hotglue: read-only mode neither completes nor runs them.
    public static let mutatingNames: Set<String> = ["discover", "link", "run", "state", "unlink", "update"]

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
        guard let name = words.first?.lowercased() else { return .failure(.empty) }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "tenant", "t":
            guard !argument.isEmpty else { return .failure(.missingArgument(command: "tenant", expected: "a tenant id")) }
            return .success(.tenant(argument))
        case "jobs":
            guard !argument.isEmpty else { return .success(.jobs(.all)) }
            guard let filter = JobListFilter(rawValue: argument.lowercased()) else {
                return .failure(.badArgument(command: "jobs", argument: argument, expected: "all, failed, running or completed"))
            }
            return .success(.jobs(filter))
        case "theme":
            guard !argument.isEmpty else { return .failure(.missingArgument(command: "theme", expected: "a theme name")) }
            return .success(.theme(argument))
        case "refresh", "r": return .success(.refresh)
        case "help", "h", "?": return .success(.help)
        case "quit", "q", "q!", "exit": return .success(.quit)
        case "follow": return .success(.follow)
        case "wrap": return .success(.wrap)
        case "zoom": return .success(.zoom)
        case "journal": return .success(.journal)
        case "profile", "p":
            guard !argument.isEmpty else { return .failure(.missingArgument(command: "profile", expected: "a profile name")) }
            return .success(.profile(argument))
        case "discover": return .success(.act(.discover, arguments: Array(words.dropFirst())))
        case "link": return .success(.act(.link, arguments: Array(words.dropFirst())))
        case "update": return .success(.act(.updateConfig, arguments: Array(words.dropFirst())))
        case "unlink": return .success(.act(.unlink, arguments: Array(words.dropFirst())))
        case "run": return .success(.act(.runJob, arguments: Array(words.dropFirst())))
        case "edit": return .success(.act(.editState, arguments: []))
        case "undo": return .success(.act(.undoState, arguments: []))
        case "state":
            switch words.dropFirst().first?.lowercased() {
            case "edit", "e": return .success(.act(.editState, arguments: Array(words.dropFirst(2))))
            case "reset", "delete", "rm": return .success(.act(.resetState, arguments: Array(words.dropFirst(2))))
            case "undo", "z": return .success(.act(.undoState, arguments: Array(words.dropFirst(2))))
            case nil: return .failure(.missingArgument(command: "state", expected: "edit, reset or undo"))
            case let other?: return .failure(.badArgument(command: "state", argument: other, expected: "edit, reset or undo"))
            }
        default: return .failure(.unknown(name))
        }
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
            model.jobs.filter = filter
            model.jobs.list.selected = 0
            model.jobs.followNewest = true
            model.focus = .jobs
            model.activity.notice = "jobs: \(filter.rawValue)"
        case .theme(let name):
            if model.availableThemes.contains(name) {
                model.themeName = name
                model.activity.notice = "theme \(name)"
            } else {
                model.activity.notice = "no theme '\(name)' — themes: \(model.availableThemes.joined(separator: ", "))"
            }
        case .refresh: return perform(&model, .refresh)
        case .help: model.overlay = .help
        case .quit: return perform(&model, .quit)
        case .follow: return perform(&model, .follow)
        case .wrap: return perform(&model, .wrap)
        case .zoom: return perform(&model, .zoom)
        case .journal: return openJournal(&model)
        case .profile(let name): return requestProfileSwitch(&model, name)
        case .act(let action, let arguments):
            return action.isMutation ? startMutation(&model, action, arguments: arguments) : perform(&model, action)
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
