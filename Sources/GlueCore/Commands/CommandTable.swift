/// Every command gluetop has, each declared once. The order is the order of `?`'s sections and of README's key
/// table; the hint bar has its own ranks. A test keeps README's key table equal to `readmeTable`.
public enum CommandTable {
    private static let everyPane = PaneID.allCases
    private static let shown: Set<PaneID> = [.tenants, .connectors, .jobs]

    public static let all: [CommandSpec] = [
        // Moving: every pane's help lists them, with what they move there.
        CommandSpec(.moveDown, keys: [.character("j"), .down], panes: everyPane, "move down",
                    paneSummaries: [.discover: "next stream", .jobs: "older job"],
                    hint: HintSpec("streams", rank: 14, panes: [.discover])),
        CommandSpec(.moveUp, keys: [.character("k"), .up], panes: everyPane, "move up",
                    paneSummaries: [.discover: "previous stream", .jobs: "newer job"]),
        CommandSpec(.pageDown, keys: [.pageDown, .control("f")], panes: everyPane, "page down",
                    paneSummaries: [.jobs: "scroll the log down"]),
        CommandSpec(.pageUp, keys: [.pageUp, .control("u")], panes: everyPane, "page up",
                    paneSummaries: [.jobs: "scroll the log up"]),
        CommandSpec(.top, keys: [.character("g"), .home], panes: everyPane, "go to the top",
                    paneSummaries: [.jobs: "log start"]),
        CommandSpec(.bottom, keys: [.character("G"), .end], panes: everyPane, "go to the bottom",
                    paneSummaries: [.jobs: "log end (follows again)"]),
        // The jobs pane's log.
        CommandSpec(.follow, keys: [.character("f")], panes: [.jobs], "follow / pause the log",
                    hint: HintSpec("follow", rank: 5, panes: [.jobs]), palette: PaletteForm("follow")),
        CommandSpec(.wrap, keys: [.character("w")], panes: [.jobs], "wrap long log lines",
                    hint: HintSpec("wrap", rank: 6, panes: [.jobs]), palette: PaletteForm("wrap")),
        CommandSpec(.timestamps, keys: [.character("t")], panes: [.jobs],
                    "log times: of day (UTC), since the job started, hidden",
                    hint: HintSpec("times", rank: 7, panes: [.jobs]), palette: PaletteForm("times")),
        CommandSpec(.logFilter, keys: [.character("&")], panes: [.jobs],
                    "show only the log lines matching a text or /regex/ (esc clears)",
                    hint: HintSpec("only", rank: 9, panes: [.jobs]),
                    palette: PaletteForm("only", aliases: ["grep"], arguments: .optional("[TEXT|/REGEX/]"))),
        CommandSpec(.logContext, panes: [.jobs], "lines of context around each match of the log filter",
                    palette: PaletteForm("context", arguments: .required("N", missing: "a number of lines"))),
        CommandSpec(.saveLog, keys: [.character("s")], panes: [.jobs],
                    "save the job's whole log to a file (default: the state folder's logs/)",
                    hint: HintSpec("save", rank: 8, panes: [.jobs]),
                    palette: PaletteForm("save", arguments: .optional("[PATH]"))),
        CommandSpec(.copy, keys: [.character("c")], panes: everyPane,
                    "copy to the clipboard (OSC 52): the id, a state path and value, the job's id (:copy root, :copy log)",
                    paneSummaries: [.tenants: "copy the tenant id", .connectors: "copy the connector id",
                                    .discover: "copy the stream name", .state: "copy the path and value",
                                    .jobs: "copy the job id (:copy root, :copy log)"],
                    palette: PaletteForm("copy", arguments: .optional("[id|root|log]"))),
        CommandSpec(.filter, keys: [.character("/")], panes: [.tenants, .connectors, .jobs],
                    "filter the list / search the log",
                    paneSummaries: [.tenants: "filter tenants", .connectors: "filter connectors", .jobs: "search the log"],
                    hint: HintSpec("filter", rank: 10, panes: shown, paneLabels: [.jobs: "search"])),
        CommandSpec(.searchNext, keys: [.character("n")], panes: [.jobs], "next match",
                    hint: HintSpec("next", rank: 16, panes: [.jobs])),
        CommandSpec(.searchPrevious, keys: [.character("N")], panes: [.jobs], "previous match"),
        // The state tree.
        CommandSpec(.fold, keys: [.character(" ")], panes: [.state], "fold / unfold",
                    hint: HintSpec("fold", rank: 22, panes: [.state])),
        CommandSpec(.expand, keys: [.right], panes: [.state], "unfold"),
        CommandSpec(.collapse, keys: [.left], panes: [.state], "fold"),
        CommandSpec(.reveal, keys: [.character("v")], panes: [.state], "reveal / mask a secret value",
                    hint: HintSpec("reveal", rank: 23, panes: [.state])),
        // Changes at Hotglue.
        CommandSpec(.link, keys: [.character("l")], panes: [.connectors], "link a connector",
                    hint: HintSpec("link", rank: 11, panes: [.connectors]),
                    palette: PaletteForm("link", arguments: .optional("[CONNECTOR]")), changesHotglue: true),
        CommandSpec(.updateConfig, keys: [.character("u")], panes: [.connectors], "update the config",
                    palette: PaletteForm("update", arguments: .optional("[--editor]")), changesHotglue: true),
        CommandSpec(.unlink, keys: [.character("x")], panes: [.connectors], "unlink the connector",
                    hint: HintSpec("unlink", rank: 12, panes: [.connectors]),
                    palette: PaletteForm("unlink"), changesHotglue: true),
        CommandSpec(.discover, keys: [.character("d")], panes: [.connectors, .discover], "discover the catalog",
                    hint: HintSpec("discover", rank: 13, panes: [.connectors, .discover]),
                    palette: PaletteForm("discover"), changesHotglue: true),
        CommandSpec(.editState, keys: [.character("e")], panes: [.state], "edit the state ($EDITOR)",
                    hint: HintSpec("edit", rank: 20, panes: [.state]),
                    palette: PaletteForm("state edit", aliases: ["edit", "state e"]), changesHotglue: true),
        CommandSpec(.resetState, keys: [.character("X")], panes: [.state], "reset (delete) the state",
                    palette: PaletteForm("state reset", aliases: ["state delete", "state rm"]), changesHotglue: true),
        CommandSpec(.undoState, keys: [.character("z")], panes: [.state], "undo the last state change",
                    hint: HintSpec("undo", rank: 21, panes: [.state]),
                    palette: PaletteForm("state undo", aliases: ["undo", "state z"]), changesHotglue: true),
        CommandSpec(.runJob, keys: [.character("r")], panes: [.connectors, .jobs], "run a job",
                    hint: HintSpec("run job", rank: 15, panes: [.connectors, .jobs]),
                    palette: PaletteForm("run", arguments: .optional("read|write [--reset] [--start DATE] [--streams A,B]")),
                    changesHotglue: true),
        // Everywhere.
        CommandSpec(.pulse, keys: [.character("P")], "the pulse: failing, stuck and running jobs of every tenant",
                    hint: HintSpec("pulse", rank: 40),
                    palette: PaletteForm("pulse", arguments: .optional("[WINDOW, e.g. 1h, 6h, 24h, 7d]"))),
        CommandSpec(.focusNext, keys: [.tab], "next pane", hint: HintSpec("pane", rank: 61)),
        CommandSpec(.focusPrevious, keys: [.backTab], "previous pane"),
        CommandSpec(.focusTenants, keys: [.character("1")], "focus tenants", helpLine: "focus pane 1–5"),
        CommandSpec(.focusConnectors, keys: [.character("2")], "focus linked connectors", helpLine: "focus pane 1–5"),
        CommandSpec(.focusDiscover, keys: [.character("3")], "focus discover", helpLine: "focus pane 1–5"),
        CommandSpec(.focusState, keys: [.character("4")], "focus state", helpLine: "focus pane 1–5"),
        CommandSpec(.focusJobs, keys: [.character("5")], "focus jobs", helpLine: "focus pane 1–5"),
        CommandSpec(.zoom, keys: [.enter], "zoom the pane / back", hint: HintSpec("zoom", rank: 50),
                    palette: PaletteForm("zoom")),
        CommandSpec(.back, keys: [.escape], "back out (close, unzoom, clear filter)"),
        CommandSpec(.palette, keys: [.character(":")], "command palette", hint: HintSpec("command", rank: 60)),
        CommandSpec(.help, keys: [.character("?")], "this help", hint: HintSpec("help", rank: 0),
                    palette: PaletteForm("help", aliases: ["h", "?"])),
        CommandSpec(.refresh, keys: [.character("R")], "refresh now", hint: HintSpec("refresh", rank: 62),
                    palette: PaletteForm("refresh", aliases: ["r"])),
        CommandSpec(.redraw, keys: [.control("l")], "repaint the screen"),
        CommandSpec(.suspend, keys: [.control("z")], "suspend to the shell"),
        CommandSpec(.quit, keys: [.character("q")], "quit", hint: HintSpec("quit", rank: 99),
                    palette: PaletteForm("quit", aliases: ["q", "q!", "exit"])),
        CommandSpec(.forceQuit, keys: [.control("c")], "quit"),
        // The palette's own (a key bound to one that needs words opens the palette with its name typed).
        CommandSpec(.selectTenant, "select a tenant by id (or the start of one)",
                    palette: PaletteForm("tenant", aliases: ["t"], arguments: .required("ID", missing: "a tenant id"))),
        CommandSpec(.showJobs, "show only failed, running or completed jobs, or all",
                    palette: PaletteForm("jobs", arguments: .optional("failed|running|completed|all"))),
        CommandSpec(.theme, "switch the theme",
                    palette: PaletteForm("theme", arguments: .required("NAME", missing: "a theme name"))),
        CommandSpec(.journal, "every change gluetop made, newest first", palette: PaletteForm("journal")),
        CommandSpec(.profile, "switch to another profile of the config file",
                    palette: PaletteForm("profile", aliases: ["p"], arguments: .required("NAME", missing: "a profile name"))),
        // Dialogs.
        CommandSpec(.yes, keys: [.character("y"), .character("Y"), .enter], in: .dialog, "yes: apply the edit, send the form"),
        CommandSpec(.confirm, keys: [.character("y"), .character("Y")], in: .confirmation,
                    "yes to a change (Enter never is)"),
        CommandSpec(.no, keys: [.character("n"), .character("N")], in: .dialog,
                    "no: cancel, or back to the form"),
        CommandSpec(.close, keys: [.escape, .character("q")], in: .dialog, "close the dialog"),
        CommandSpec(.editAgain, keys: [.character("e")], in: .stateEdit, "state edit: back to $EDITOR"),
        CommandSpec(.overwrite, keys: [.character("o")], in: .stateEdit, "state edit: write over theirs"),
        CommandSpec(.revealField, keys: [.control("r")], in: .form, "form: reveal / mask a secret"),
        CommandSpec(.openEditor, keys: [.control("e")], in: .form, "update form: config in $EDITOR"),
        CommandSpec(.clearDraft, keys: [.control("x")], in: .form, "form: forget the draft"),
        CommandSpec(.resume, keys: [.enter, .character("e")], in: .recovery, "start: resume the draft"),
        CommandSpec(.discard, keys: [.character("d")], in: .recovery, "start: throw the draft away"),
        CommandSpec(.keep, keys: [.character("k")], in: .recovery, "start: leave the change as it is"),
        CommandSpec(.undoChange, keys: [.character("u")], in: .recovery, "start: undo the state change"),
    ]

    private static let byCommand: [Command: CommandSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.command, $0) })

    public static func spec(_ command: Command) -> CommandSpec {
        guard let spec = byCommand[command] else { preconditionFailure("\(command) is not declared in CommandTable") }
        return spec
    }
}

extension Command {
    public var spec: CommandSpec { CommandTable.spec(self) }
    /// What it does, in the words of `?` and README.
    public var summary: String { spec.summary }
    /// Changes something at Hotglue: `--readonly` removes it from keys, palette and help.
    public var changesHotglue: Bool { spec.changesHotglue }
}
