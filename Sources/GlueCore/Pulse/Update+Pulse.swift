import struct Foundation.Date
import HotglueModels

/// `P` and `:pulse [WINDOW]`: the pulse screen; `P` again goes back to the panes.
func openPulse(_ model: inout Model, window: Double?) {
    if let window, window != model.pulse.window {
        model.pulse.window = window
        model.activity.notice = "pulse: failures of the last \(PulseWindow.text(window))"
    }
    model.screen = .pulse
    model.returnsToPulse = false
    refreshPulse(&model)
    model.pulse.recompute(tenants: model.tenants.all, now: model.now)
    model.pulse.cursorToTop()
}

/// Recomputes what the pulse shows and whom it checks next: after data arrived, the tenants changed, or the screen.
func refreshPulse(_ model: inout Model) {
    model.pulse.refresh(tenants: model.tenants.all,
                        onScreen: model.screen == .dashboard ? model.tenants.selected : nil, now: model.now,
                        showing: model.screen == .pulse)
}

/// The clock's tick on the pulse: what arrived since the last summary is shown (and every age moves on).
func pulseTick(_ model: inout Model) {
    guard model.screen == .pulse else { return }
    model.pulse.tick(tenants: model.tenants.all, now: model.now)
}

/// A check of one tenant's jobs (the sweep's, or the jobs pane's own poll of the tenant on screen).
func pulseChecked(_ model: inout Model, _ tenant: TenantID, _ result: Result<[Job], APIError>, at time: Date) {
    model.now = max(model.now, time)
    switch result {
    case .success(let jobs): model.pulse.data.checked(tenant, jobs: jobs, at: time, window: model.pulse.window)
    case .failure(let error) where error.isCancellation: return
    case .failure: model.pulse.data.checkFailed(tenant, at: time)
    }
    refreshPulse(&model)
}

func webhookEventsArrived(_ model: inout Model, _ events: [HotglueEvent], at time: Date) {
    model.now = max(model.now, time)
    model.pulse.data.received(events, at: time, window: model.pulse.window)
    refreshPulse(&model)
}

/// Keys on the pulse screen: moving, Enter to open a row, Esc or `P` back; the commands of every screen (help,
/// palette, quit, refresh, journal) as anywhere; the panes' own commands wait for the panes.
func runOnPulse(_ model: inout Model, _ command: Command) -> [Effect]? {
    switch command {
    case .moveUp, .moveDown, .top, .bottom, .pageUp, .pageDown:
        model.pulse.move(command, visibleRows: PulseLayout.listRows(screenHeight: model.size.height))
        return []
    case .zoom:
        guard let row = model.pulse.selectedRow, let jump = PulseJump(row) else { return [] }
        jumpFromPulse(&model, to: jump)
        return []
    case .back, .pulse:
        model.screen = .dashboard
        refreshPulse(&model)
        return []
    case .palette, .help, .quit, .forceQuit, .suspend, .redraw, .refresh, .journal, .selectTenant, .theme, .profile:
        return nil
    default:
        model.activity.notice = "on the pulse: Enter opens a row in the panes, P or Esc goes back to them"
        return []
    }
}

/// Enter on a pulse row: the panes, on its tenant; its connector and job are selected as their lists arrive, the
/// jobs pane focused so the job's log is open. Esc comes back to the pulse where it was.
func jumpFromPulse(_ model: inout Model, to jump: PulseJump) {
    if !model.tenants.visible.contains(jump.tenant) { model.tenants.list.setFilter("") }
    guard let index = model.tenants.visible.firstIndex(of: jump.tenant) else {
        model.activity.notice = "tenant \(jump.tenant) is not in the tenant list (yet): R reads it again"
        return
    }
    model.screen = .dashboard
    model.returnsToPulse = true
    model.zoomed = nil
    model.tenants.list.selected = index
    model.focus = jump.job == nil ? .connectors : .jobs
    syncSelection(&model)
    model.pendingJump = jump
    applyPendingJump(&model)
    refreshPulse(&model)
}

/// Selects the jump's connector and job once their lists have arrived (at once when they are there already).
func applyPendingJump(_ model: inout Model) {
    guard let jump = model.pendingJump else { return }
    guard model.tenants.selected == jump.tenant else {
        model.pendingJump = nil
        return
    }
    var waiting = false
    if let connector = jump.connector {
        if model.connectors.load.hasData {
            if let index = model.connectors.visible.firstIndex(where: { $0.id == connector }) {
                model.connectors.list.selected = index
                syncSelection(&model)
            }
        } else {
            waiting = true
        }
    }
    if let job = jump.job {
        if model.jobs.load.hasData {
            if !model.jobs.visible.contains(where: { $0.jobRoot == job }) { model.jobs.show(.all) }
            if let index = model.jobs.visible.firstIndex(where: { $0.jobRoot == job }) {
                model.jobs.list.selected = index
                model.jobs.followNewest = false
                syncSelection(&model)
            } else {
                model.activity.notice = "that job is no longer among \(jump.tenant)'s last \(PulseData.jobsPerTenant) jobs"
            }
        } else {
            waiting = true
        }
    }
    if !waiting { model.pendingJump = nil }
}

/// The pulse screen's geometry: a summary row at the top of the body, then the rows.
public enum PulseLayout {
    /// Header, the pulse's summary row and column titles, and the footer.
    public static let chromeRows = 4

    public static func listRows(screenHeight: Int) -> Int { max(1, screenHeight - chromeRows) }
}
