// Seed: the link / update / run job form's drawing. Its owner grows it.
struct ActionFormView {
    var form: ActionForm
    var model: Model

    func draw(into frame: inout Frame, area: Rect, theme: Theme) {}
}
