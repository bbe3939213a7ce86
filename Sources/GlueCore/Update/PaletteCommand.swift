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

    public static let names = ["follow", "help", "jobs", "quit", "refresh", "tenant", "theme", "wrap", "zoom"]

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
        default: return .failure(.unknown(name))
        }
    }

    /// Completes the command name under the cursor (Tab), or leaves the text as it is when it is ambiguous.
    public static func complete(_ text: String) -> String {
        guard !text.contains(" ") else { return text }
        let matches = names.filter { $0.hasPrefix(text.lowercased()) }
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
