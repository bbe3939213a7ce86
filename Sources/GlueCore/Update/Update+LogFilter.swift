/// `&`, `:only TEXT`, `:context N`: the jobs pane's log filter.
func runLogCommand(_ model: inout Model, _ command: Command, arguments: [String]) -> [Effect] {
    switch command {
    case .logFilter where arguments.isEmpty:
        model.focus = .jobs
        model.overlay = .logFilter(TextInput(model.jobs.log.filter?.filter.query ?? ""))
    case .logFilter:
        model.focus = .jobs
        model.activity.notice = model.jobs.filterLog(arguments.joined(separator: " "))
    case .logContext:
        guard let lines = arguments.first.flatMap({ Int($0) }), (0...LogFilter.maximumContext).contains(lines) else {
            model.activity.notice = ":context needs a number of lines from 0 to \(LogFilter.maximumContext)"
            return []
        }
        model.activity.notice = model.jobs.setLogContext(lines)
    default:
        break
    }
    return []
}

/// Typing after `&`: plain text filters at each key; a `/regex/` waits for Enter. Esc, or Enter on nothing, clears.
func handleLogFilterKey(_ model: inout Model, _ input: TextInput, _ key: Key) -> [Effect] {
    var input = input
    switch key {
    case .enter:
        model.overlay = nil
        model.activity.notice = model.jobs.filterLog(input.text)
    case .escape:
        model.overlay = nil
        _ = model.jobs.filterLog("")
    default:
        guard input.apply(key) else { return [] }
        model.overlay = .logFilter(input)
        if !LogFilter.isRegexInProgress(input.text) {
            model.activity.notice = model.jobs.filterLog(input.text)
        }
    }
    return []
}
