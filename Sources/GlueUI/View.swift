/// The whole screen for a model: header, the five panes (or the zoomed one), any overlay, the footer. Pure: the
/// same model and theme always give the same frame; it reads no clock (`model.now` is the time) and draws only
/// the rows that are on screen, so its cost follows the terminal's size, not the data's.
public func view(_ model: Model, theme: Theme) -> Frame {
    var frame = Frame(size: model.size, fill: Cell(" ", style: theme.text))
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    if layout.tooSmall {
        TooSmallNotice.draw(into: &frame, theme: theme)
        return frame
    }
    HeaderBar(connection: model.connection, activity: model.activity, staleSince: model.staleSince,
              lastRefresh: model.lastRefresh, connectError: model.tenants.load.lastError).draw(into: &frame, rect: layout.header, theme: theme)
    let body = Rect(x: 0, y: layout.header.maxY, width: model.size.width, height: layout.footer.y - layout.header.maxY)
    switch model.screen {
    case .dashboard:
        for pane in PaneID.allCases {
            guard let rect = layout.panes[pane] else { continue }
            drawPane(pane, model: model, rect: rect, into: &frame, theme: theme)
        }
    case .pulse:
        PulseView(pane: model.pulse, now: model.now).draw(into: &frame, rect: body, theme: theme)
    }
    switch model.overlay {
    case .help:
        HelpOverlay(content: HelpContent(pane: model.focus, keymap: model.keymap, readOnly: model.connection.readOnly),
                   keymap: model.keymap)
            .draw(into: &frame, rect: body, theme: theme)
    case .message(let title, let text):
        MessageDialog.make(title: title, body: text, area: body, theme: theme)
            .draw(into: &frame, rect: body, theme: theme)
    case .confirm(let confirmation):
        ConfirmationDialog.make(confirmation, keymap: model.keymap, area: body, theme: theme).draw(into: &frame, rect: body, theme: theme)
    case .stateEdit(let stateEdit):
        StateEditOverlayView(overlay: stateEdit, keymap: model.keymap,
                             runningJobWarning: runningJobWarning(model, stateEdit.write.ref)).draw(into: &frame, rect: body, theme: theme)
    case .form(let form):
        ChangeFormView(form: form, keymap: model.keymap).draw(into: &frame, rect: body, theme: theme)
    case .journal(let journal):
        JournalOverlayView(journal: journal, now: model.now, keymap: model.keymap).draw(into: &frame, rect: body, theme: theme)
    case .recovery(let recovery):
        RecoveryOverlayView(overlay: recovery, now: model.now, keymap: model.keymap).draw(into: &frame, rect: body, theme: theme)
    case .palette, .filter, .logFilter, nil:
        break
    }
    FooterBar(overlay: model.overlay, keymap: model.keymap, activity: model.activity, failingNow: model.isFailing,
              hints: KeyHints.hints(for: model)).draw(into: &frame, rect: layout.footer, theme: theme)
    return frame
}

func drawPane(_ pane: PaneID, model: Model, rect: Rect, into frame: inout Frame, theme: Theme) {
    let focused = model.focus == pane
    switch pane {
    case .tenants:
        TenantsPaneView(pane: model.tenants, envID: model.connection.envID, focused: focused)
            .draw(into: &frame, rect: rect, theme: theme)
    case .connectors:
        ConnectorsPaneView(pane: model.connectors, jobs: model.jobs, tenantsLoaded: model.tenants.load.hasData,
                           now: model.now, focused: focused).draw(into: &frame, rect: rect, theme: theme)
    case .discover:
        DiscoverPaneView(pane: model.discover, now: model.now, focused: focused).draw(into: &frame, rect: rect, theme: theme)
    case .state:
        StatePaneView(pane: model.state, focused: focused, now: model.now).draw(into: &frame, rect: rect, theme: theme)
    case .jobs:
        JobsPaneView(pane: model.jobs, now: model.now, focused: focused).draw(into: &frame, rect: rect, theme: theme)
    }
}
