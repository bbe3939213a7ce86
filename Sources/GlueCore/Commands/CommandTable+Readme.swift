extension CommandTable {
    /// README's key table, one row per command in the table's order: its default keys as the config writes them,
    /// its name (for `keymap:`), where it applies, its palette form, and what it does. A test keeps README equal
    /// to it.
    public static var readmeTable: String {
        var lines = ["| keys | name | where | palette | what it does |", "|---|---|---|---|---|"]
        for spec in all {
            let keys = spec.keys.isEmpty ? "—" : spec.keys.map { "`\(escaped($0.description))`" }.joined(separator: " ")
            let palette = spec.palette.map { palette in
                "`:" + escaped(palette.words.joined(separator: " ")
                               + (palette.arguments.synopsis.map { " " + $0 } ?? "")) + "`"
            } ?? ""
            let what = spec.summary + (spec.changesHotglue ? " (changes Hotglue: not with `--readonly`)" : "")
            lines.append("| \(keys) | `\(spec.command.rawValue)` | \(whereText(spec)) | \(palette) | \(escaped(what)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func whereText(_ spec: CommandSpec) -> String {
        guard spec.context == .panes else { return spec.context == .dialog ? "every dialog" : spec.context.rawValue }
        guard let panes = spec.panes else { return "everywhere" }
        if panes.count == PaneID.allCases.count { return "every pane" }
        return panes.map { $0 == .connectors ? "connectors" : $0.title.lowercased() }.joined(separator: ", ")
    }

    /// A `|` inside a Markdown table cell.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
