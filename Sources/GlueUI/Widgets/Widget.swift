/// Anything that draws itself into a rectangle of a frame: the panes, the dialogs, the header and footer, tables,
/// trees and logs. `view` composes them; each takes only what it draws.
protocol Widget {
    func draw(into frame: inout Frame, rect: Rect, theme: Theme)
}
