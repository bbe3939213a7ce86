/// Keys go to the overlay first (help, palette, filter, message), then through the keymap to a command.
func handleKey(_ model: inout Model, _ key: Key) -> [Effect] {
    model.activity.notice = nil
    if model.keymap.command(for: key) == .forceQuit {
        model.isQuitting = true
        return [.quit]
    }
    if let overlay = model.overlay {
        return handleOverlayKey(&model, overlay, key)
    }
    guard let command = model.keymap.command(for: key) else { return [] }
    if model.screen == .pulse, let effects = runOnPulse(&model, command) { return effects }
    return run(&model, command, arguments: [])
}

/// A command from a key or the palette: refused, saying why, when it cannot run now (`unavailableReason`).
func run(_ model: inout Model, _ command: Command, arguments: [String]) -> [Effect] {
    if let reason = command.unavailableReason(in: model) {
        model.activity.notice = reason
        return []
    }
    switch command {
    case .discover: return startDiscovery(&model)
    case .editState, .resetState, .undoState: return startStateChange(&model, command)
    case .link, .updateConfig, .unlink, .runJob: return startConnectorChange(&model, command, arguments: arguments)
    case .logFilter, .logContext: return runLogCommand(&model, command, arguments: arguments)
    case .copy: return copyUnderCursor(&model, arguments: arguments)
    default: return perform(&model, command)
    }
}

/// What a command does on the dashboard (no dialog open). The changes at Hotglue go through `run`.
private func perform(_ model: inout Model, _ command: Command) -> [Effect] {
    switch command {
    case .quit, .forceQuit:
        model.isQuitting = true
        return [.quit]
    case .suspend:
        return [.suspendToShell]
    case .redraw:
        return [.redrawAll]
    case .focusNext:
        setFocus(&model, model.focus.next)
    case .focusPrevious:
        setFocus(&model, model.focus.previous)
    case .focusTenants: setFocus(&model, .tenants)
    case .focusConnectors: setFocus(&model, .connectors)
    case .focusDiscover: setFocus(&model, .discover)
    case .focusState: setFocus(&model, .state)
    case .focusJobs: setFocus(&model, .jobs)
    case .zoom:
        model.zoomed = model.zoomed == nil ? model.focus : nil
    case .back:
        back(&model)
    case .filter:
        openFilter(&model)
    case .palette:
        model.overlay = .palette(TextInput())
    case .help:
        model.overlay = .help
    case .refresh:
        model.activity.notice = "refreshing"
        return [.refreshNow(subscriptions(model))]
    case .follow:
        model.activity.notice = model.jobs.toggleFollow()
    case .wrap:
        model.jobs.log.wrap.toggle()
    case .timestamps:
        model.activity.notice = model.jobs.cycleLogTimes()
    case .logFilter, .logContext:
        return runLogCommand(&model, command, arguments: [])
    case .saveLog:
        return startLogSave(&model, arguments: [], fromKey: true)
    case .copy:
        return copyUnderCursor(&model, arguments: [])
    case .searchNext, .searchPrevious:
        searchLog(&model, forward: command == .searchNext, continuing: true)
    case .moveUp, .moveDown, .top, .bottom, .pageUp, .pageDown:
        move(&model, command)
    case .fold, .expand, .collapse, .reveal:
        if model.focus == .state, let notice = model.state.treeAction(command) { model.activity.notice = notice }
    case .journal:
        return openJournal(&model)
    case .pulse:
        openPulse(&model, window: nil)
    case .selectTenant, .showJobs, .theme, .profile:
        // A key bound to a command that takes words: the palette, with its name typed.
        model.overlay = .palette(TextInput((command.spec.palette?.words.joined(separator: " ") ?? "") + " "))
    case .discover, .editState, .resetState, .undoState, .link, .updateConfig, .unlink, .runJob:
        return run(&model, command, arguments: [])
    case .yes, .confirm, .no, .close, .editAgain, .overwrite, .resume, .discard, .keep, .undoChange, .revealField,
         .openEditor, .clearDraft:
        // Dialog commands: their keys are read only while their dialog is open.
        break
    }
    return []
}

private func setFocus(_ model: inout Model, _ pane: PaneID) {
    model.focus = pane
    if model.zoomed != nil { model.zoomed = pane }
}

/// Esc backs out one level: a filter first, then the zoom.
private func back(_ model: inout Model) {
    let cleared: Bool
    switch model.focus {
    case .tenants: cleared = model.tenants.list.clearFilter()
    case .connectors: cleared = model.connectors.list.clearFilter()
    case .jobs: cleared = model.jobs.clearSearch() || model.jobs.clearLogFilter()
    case .discover, .state: cleared = false
    }
    guard !cleared else { return }
    if model.zoomed == nil, model.returnsToPulse {
        // Opened from the pulse: Esc goes back to it, where it was.
        model.screen = .pulse
        refreshPulse(&model)
        pulseTick(&model)
    }
    model.zoomed = nil
}

private func openFilter(_ model: inout Model) {
    switch model.focus {
    case .tenants: model.overlay = .filter(.tenants, TextInput(model.tenants.list.filter))
    case .connectors: model.overlay = .filter(.connectors, TextInput(model.connectors.list.filter))
    case .jobs: model.overlay = .filter(.jobs, TextInput(model.jobs.log.search))
    case .discover, .state: model.activity.notice = "/ filters the tenants and connectors, and searches the job log"
    }
}

func handleOverlayKey(_ model: inout Model, _ overlay: Overlay, _ key: Key) -> [Effect] {
    switch overlay {
    case .help:
        switch dialogCommand(for: key, in: model) {
        case .close?, .help?, .yes?: model.overlay = nil
        default: break
        }
        return []
    case .message:
        switch dialogCommand(for: key, in: model) {
        case .close?, .yes?: model.overlay = nil
        default: break
        }
        return []
    case .filter(let pane, var input):
        switch key {
        case .enter:
            model.overlay = nil
            if pane == .jobs { searchLog(&model, forward: true, continuing: false) }
        case .escape:
            model.overlay = nil
            applyFilter(&model, pane, "")
        default:
            guard input.apply(key) else { return [] }
            model.overlay = .filter(pane, input)
            applyFilter(&model, pane, input.text)
        }
        return []
    case .logFilter(let input):
        return handleLogFilterKey(&model, input, key)
    case .confirm(let confirmation):
        return handleConfirmKey(&model, confirmation, key)
    case .stateEdit(let stateEdit):
        return handleStateEditKey(&model, stateEdit, key)
    case .form(let form):
        return handleActionFormKey(&model, form, key)
    case .journal(let journal):
        return handleJournalKey(&model, journal, key)
    case .recovery(let recovery):
        return handleRecoveryKey(&model, recovery, key)
    case .palette(var input):
        switch key {
        case .enter:
            model.overlay = nil
            return runCommand(&model, input.text)
        case .escape:
            model.overlay = nil
        case .tab:
            input = TextInput(PaletteCommand.complete(input.text, readOnly: model.connection.readOnly,
                                                    profiles: model.availableProfiles))
            model.overlay = .palette(input)
        default:
            guard input.apply(key) else { return [] }
            model.overlay = .palette(input)
        }
        return []
    }
}

private func applyFilter(_ model: inout Model, _ pane: PaneID, _ text: String) {
    switch pane {
    case .tenants:
        model.tenants.list.setFilter(text)
    case .connectors:
        model.connectors.list.setFilter(text)
    case .jobs:
        model.jobs.log.search = text
        searchLog(&model, forward: true, continuing: false)
    default:
        break
    }
}
