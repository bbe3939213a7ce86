// Seed: the state edit overlay's drawing (diff preview, conflict, undo preview). Its owner grows it.
struct StateEditOverlayView {
    var overlay: StateEditOverlay
    var model: Model

    func draw(into frame: inout Frame, area: Rect, theme: Theme) {}
}
