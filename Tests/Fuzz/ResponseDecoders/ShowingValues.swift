// What gluetop does with a value right after reading it, so that a value no formatter can take (a date or a
// duration too large for an Int, say) shows up here as a crash. ClockText and NumberText are GlueUI's own
// formatters, compiled into this target (they need nothing but Foundation's Date).

import Foundation
import HotglueModels
import LosslessJSON

/// A fixed "now", as the dashboard's model holds one.
let now = Date(timeIntervalSince1970: 1_764_547_200)

/// Keeps results alive so that the optimizer cannot drop the work.
nonisolated(unsafe) var sink = 0

func show(_ text: String) {
    sink &+= text.utf8.count
}

func show(_ date: Date) {
    show(ClockText.timeOfDay(date))
    show(ClockText.ago(date, now: now))
    show(ClockText.stopwatch(now.timeIntervalSince(date)))
    show(date.formatted(.iso8601))  // the script commands' job listing
}

func show(_ error: APIError) {
    show(error.message)
    show(error.logDescription)
    show(error.isParallelJobRefusal ? "parallel" : "")
    show((error.serverMessage ?? "").lowercased())
}

/// A document the dashboard shows (config, state, an answer): masked, then printed.
func showDocument(_ json: JSONValue) {
    let masked = SecretMasking.masked(json)
    show(String(decoding: masked.prettyBytes(), as: UTF8.self))
    sink &+= SecretMasking.maskedPaths(in: json).count
}

func show(_ settings: ConnectorSettings) {
    show(settings.displayName)
    show(settings.tags.joined(separator: ","))
    // The link form's fields (GlueCore's FormFields).
    for field in ConnectorConfigField.fields(for: settings) {
        show(field.key + field.label + (field.defaultValue ?? ""))
    }
}

func show(_ connector: LinkedConnector) {
    show(connector.displayName)
    show(connector.withoutConfig.displayName)
    connector.config.map(showDocument)
    if let catalog = connector.catalogSummary {
        for stream in catalog.selectedStreams {
            show(stream.tapStreamID + (stream.replicationMethod ?? "") + stream.keyProperties.joined())
            show(NumberText.counted(stream.propertyCount, "property", "properties"))
        }
    }
}

func show(_ flow: Flow) {
    show(flow.displayName)
}

func show(_ job: Job) {
    show(job.id + (job.jobRoot?.jobID ?? "") + job.status.description + job.status.stage.name)
    show(job.status.isTerminal ? "terminal" : "running")
    job.recordCount.map { show(NumberText.grouped($0)) }
    job.startTime.map(show)
    job.lastUpdated.map(show)
    job.statusTimeline.compactMap(\.date).forEach(show)
    // As JobCells.duration: as sent, else from the start to the last update (or to now).
    if let duration = job.duration ?? job.startTime.map({ (job.lastUpdated ?? now).timeIntervalSince($0) }) {
        show(ClockText.duration(duration))
        show(ClockText.stopwatch(duration))
    }
    job.message.map { show(SecretMasking.maskText($0)) }
    job.error.map { show(SecretMasking.maskText($0)) }
}

func show(_ line: JobLogLine) {
    line.time.map(show)
    show(SecretMasking.maskText(line.text))
    show(line.level ?? "")
}

func show(_ status: DiscoverStatus) {
    show(status.description)
    show(status.isRunning ? "running" : "finished")
}
