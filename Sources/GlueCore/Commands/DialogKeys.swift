/// The command `key` means in a dialog: in the dialog's own contexts first, then in every dialog's (`yes`, `no`,
/// `close`), then on the panes (the moves, `v`, `R`), so a dialog shadows the panes' meaning of a key it uses.
func dialogCommand(for key: Key, in model: Model, reading own: [CommandContext] = []) -> Command? {
    model.keymap.command(for: key, in: own + [.dialog, .panes])
}
