/// Where each pane goes for a terminal size. Pure geometry, shared by `update` (to page and scroll by what is
/// visible) and `view` (to draw).
public struct ScreenLayout: Hashable, Sendable {
    public static let minimum = Size(width: 80, height: 24)

    public var header: Rect
    public var footer: Rect
    public var panes: [PaneID: Rect]
    public var tooSmall: Bool

    public init(size: Size, zoomed: PaneID?) {
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        tooSmall = size.width < ScreenLayout.minimum.width || size.height < ScreenLayout.minimum.height
        panes = [:]
        guard !tooSmall else { return }
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if let zoomed {
            panes[zoomed] = body
            return
        }
        let tenantsWidth = min(32, max(18, size.width / 6))
        panes[.tenants] = Rect(x: 0, y: body.y, width: tenantsWidth, height: body.height)
        let right = Rect(x: tenantsWidth, y: body.y, width: size.width - tenantsWidth, height: body.height)
        if size.width >= 120 {
            // Wide: connectors | discover on top, state | jobs below.
            let topHeight = max(7, right.height * 2 / 5)
            let discoverWidth = max(30, right.width * 3 / 10)
            panes[.connectors] = Rect(x: right.x, y: right.y, width: right.width - discoverWidth, height: topHeight)
            panes[.discover] = Rect(x: right.maxX - discoverWidth, y: right.y, width: discoverWidth, height: topHeight)
            let bottom = Rect(x: right.x, y: right.y + topHeight, width: right.width, height: right.height - topHeight)
            let stateWidth = bottom.width * 2 / 5
            panes[.state] = Rect(x: bottom.x, y: bottom.y, width: stateWidth, height: bottom.height)
            panes[.jobs] = Rect(x: bottom.x + stateWidth, y: bottom.y, width: bottom.width - stateWidth, height: bottom.height)
        } else {
            // Narrow: connectors, a short discover strip, then state | jobs.
            let connectorsHeight = max(6, right.height * 3 / 10)
            let discoverHeight = 4
            panes[.connectors] = Rect(x: right.x, y: right.y, width: right.width, height: connectorsHeight)
            panes[.discover] = Rect(x: right.x, y: right.y + connectorsHeight, width: right.width, height: discoverHeight)
            let bottomY = right.y + connectorsHeight + discoverHeight
            let bottom = Rect(x: right.x, y: bottomY, width: right.width, height: right.maxY - bottomY)
            let stateWidth = bottom.width * 2 / 5
            panes[.state] = Rect(x: bottom.x, y: bottom.y, width: stateWidth, height: bottom.height)
            panes[.jobs] = Rect(x: bottom.x + stateWidth, y: bottom.y, width: bottom.width - stateWidth, height: bottom.height)
        }
    }

    /// Rows of content inside a pane's border (0 when the pane is not shown).
    public func contentHeight(_ pane: PaneID) -> Int {
        max(0, (panes[pane]?.height ?? 0) - 2)
    }

    /// How many list rows the pane shows: its content less any header rows of its own.
    public func listRows(_ pane: PaneID) -> Int {
        switch pane {
        case .connectors: return max(1, contentHeight(pane) - 1)
        case .jobs: return JobsPaneLayout(contentHeight: contentHeight(pane)).jobRows
        default: return max(1, contentHeight(pane))
        }
    }
}

/// The jobs pane is split: a short table of jobs on top, the selected job's timeline and log below.
public struct JobsPaneLayout: Hashable, Sendable {
    public var jobRows: Int
    public var logRows: Int

    public init(contentHeight: Int) {
        // header row + jobs, a rule, then the log.
        let jobs = max(1, min(6, (contentHeight - 2) / 3))
        jobRows = jobs
        logRows = max(0, contentHeight - jobs - 2)
    }
}
