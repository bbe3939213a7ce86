/// One command, declared once: everything the keymap, `?`, the hint bar, the palette, read-only mode, the config's
/// `keymap:` and README's key table know of it.
public struct CommandSpec: Sendable {
    public let command: Command
    /// The keys bound to it unless the config's `keymap:` says otherwise, as the config writes them.
    public let keys: [Key]
    public let context: CommandContext
    /// The panes whose help lists it (with `paneSummaries` where the pane gives it a more exact meaning); nil: the
    /// help's "Everywhere" section.
    public let panes: [PaneID]?
    /// What it does, in the words of `?` and README.
    public let summary: String
    public let paneSummaries: [PaneID: String]
    /// What the help's "Everywhere" section says, where one line stands for several commands (`1`–`5`).
    public let helpLine: String?
    /// Its place in the hint bar, or nil when the hint bar does not show it.
    public let hint: HintSpec?
    /// How the `:` palette writes it, or nil when it has no palette form.
    public let palette: PaletteForm?
    /// Changes something at Hotglue: `--readonly` takes it out of keys, hints, help and palette.
    public let changesHotglue: Bool

    init(_ command: Command, keys: [Key] = [], in context: CommandContext = .panes, panes: [PaneID]? = nil,
         _ summary: String, paneSummaries: [PaneID: String] = [:], helpLine: String? = nil, hint: HintSpec? = nil,
         palette: PaletteForm? = nil, changesHotglue: Bool = false) {
        self.command = command
        self.keys = keys
        self.context = context
        self.panes = panes
        self.summary = summary
        self.paneSummaries = paneSummaries
        self.helpLine = helpLine
        self.hint = hint
        self.palette = palette
        self.changesHotglue = changesHotglue
    }

    /// What it means in `pane`'s help.
    public func summary(in pane: PaneID) -> String { paneSummaries[pane] ?? summary }
}

/// A command's place in the hint bar: its label (per pane where it differs) and its rank (lower first; help is
/// always first and quit always last), in `panes` only when given.
public struct HintSpec: Sendable {
    public let label: String
    public let rank: Int
    public let panes: Set<PaneID>?
    public let paneLabels: [PaneID: String]

    init(_ label: String, rank: Int, panes: Set<PaneID>? = nil, paneLabels: [PaneID: String] = [:]) {
        self.label = label
        self.rank = rank
        self.panes = panes
        self.paneLabels = paneLabels
    }
}

/// How the `:` palette writes a command: its words (`state edit`), the other words that mean it (`edit`,
/// `state e`), and what follows them.
public struct PaletteForm: Sendable {
    public let words: [String]
    public let aliases: [[String]]
    public let arguments: PaletteArguments

    init(_ words: String, aliases: [String] = [], arguments: PaletteArguments = .none) {
        self.words = words.split(separator: " ").map(String.init)
        self.aliases = aliases.map { $0.split(separator: " ").map(String.init) }
        self.arguments = arguments
    }

    /// Every way of writing it, longest first.
    var forms: [[String]] { ([words] + aliases).sorted { $0.count > $1.count } }
}

/// What follows a palette command's words.
public enum PaletteArguments: Sendable, Equatable {
    case none
    /// Words that may follow (`[CONNECTOR]`, `[--editor]`), as help writes them.
    case optional(String)
    /// Words that must follow: how help writes them (`ID`) and what the error says is missing (`a tenant id`).
    case required(String, missing: String)

    /// As help writes them, after the command's words.
    public var synopsis: String? {
        switch self {
        case .none: return nil
        case .optional(let text), .required(let text, _): return text
        }
    }
}
