import Foundation
import GlueUI
import HotglueModels
import LosslessJSON
import Testing
@testable import GlueTerminal

/// DESIGN.md's budget: following a job's log at 200×50 sends at most 300 bytes per appended log line.
/// Byte counts, not timings: the model's clock and the job's status are held still, so the only change between
/// two frames is the one new log line (and whatever scrolling it causes).
extension PseudoTerminalTests {
    @Suite("Bytes per appended log line") struct LogAppendBytesTests {
        static let budget = 300
        static let appended = 40

        @Test func fivePaneLayoutJumpScrolls() throws {
            let figures = try Self.measure(zoomed: nil)
            print("log-append-bytes: five-pane 200x50: average \(figures.average) bytes, max \(figures.maximum) "
                + "bytes over \(figures.perLine.count) lines (first frame \(figures.firstFrame)); per line \(figures.perLine)")
            #expect(figures.average <= Double(Self.budget), "per line: \(figures.perLine)")
        }

        @Test func zoomedJobsPaneScrolls() throws {
            let figures = try Self.measure(zoomed: .jobs)
            print("log-append-bytes: zoomed jobs 200x50: average \(figures.average) bytes, max \(figures.maximum) "
                + "bytes over \(figures.perLine.count) lines (first frame \(figures.firstFrame)); per line \(figures.perLine)")
            #expect(figures.average <= Double(Self.budget), "per line: \(figures.perLine)")
        }

        struct Figures {
            var firstFrame: Int
            var perLine: [Int]
            var average: Double { Double(perLine.reduce(0, +)) / Double(max(1, perLine.count)) }
            var maximum: Int { perLine.max() ?? 0 }
        }

        /// Draws the dashboard once, then appends `appended` lines one at a time, counting what each draw sent.
        static func measure(zoomed: PaneID?) throws -> Figures {
            let harness = try ScreenOnPty(rows: 50, columns: 200)
            _ = try harness.pty.takeOutput()
            var model = LogFixture.following(lines: 200)
            if let zoomed {
                model.focus = zoomed
                model.zoomed = zoomed
            }
            let firstFrame = try harness.bytes(drawing: view(model, theme: .default)).count
            var perLine: [Int] = []
            for offset in 200..<(200 + appended) {
                LogFixture.append(&model, offset: offset)
                perLine.append(try harness.bytes(drawing: view(model, theme: .default)).count)
            }
            // The log really moved: otherwise the figures would measure nothing.
            #expect(perLine.allSatisfy { $0 > 0 }, "a draw sent nothing: \(perLine)")
            return Figures(firstFrame: firstFrame, perLine: perLine)
        }
    }
}

/// A 200×50 model following the log of acme's running salesforce job.
private enum LogFixture {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)
    static let tenant: TenantID = "acme"
    /// Fixed after every message: the status rule's elapsed time and spinner then stay the same.
    static let now = t0.addingTimeInterval(3_600)

    static var root: JobRoot { "acme/flows/l8odS2mce/jobs/2026/05/4/01/12/37g_DK" }

    static func following(lines: Int) -> Model {
        var model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: "demo.hg.example.com",
                                                     flowID: "l8odS2mce", isDemo: true),
                          size: Size(width: 200, height: 50), now: now, availableThemes: ["default"])
        _ = update(&model, .polled(.tenantsLoaded(.success([tenant, "globex"]), at: t0)))
        let connector = try! LinkedConnector(json: ["id": "salesforce", "type": "oauth", "label": "Salesforce"])
        _ = update(&model, .polled(.connectorsLoaded(tenant, .success([connector]), at: t0)))
        let job = try! Job(json: [
            "job_id": "37g_DK", "tenant": "acme", "connector_id": "salesforce", "job_type": "read",
            "status": "SYNC_STARTED", "s3_root": .string(JSONString(root.rawValue)),
            "start_time": .string(JSONString(HotglueDate.format(t0))),
            "status_timestamp": .object([
                "JOB_CREATED": .string(JSONString(HotglueDate.format(t0))),
                "SYNC_STARTED": .string(JSONString(HotglueDate.format(t0.addingTimeInterval(1)))),
            ]),
        ])
        _ = update(&model, .polled(.jobsLoaded(tenant, .success([job]), at: t0)))
        let page = JobLogPage(lines: (0..<lines).map(line), nextOffset: lines)
        _ = update(&model, .polled(.jobLogLoaded(tenant, root, fromOffset: 0, .success(.page(page)), at: t0)))
        model.now = now
        precondition(model.jobs.log.job == root && model.jobs.log.follow, "the fixture must follow the job's log")
        return model
    }

    static func append(_ model: inout Model, offset: Int) {
        let page = JobLogPage(lines: [line(offset)], nextOffset: offset + 1)
        _ = update(&model, .polled(.jobLogLoaded(tenant, root, fromOffset: offset, .success(.page(page)), at: t0)))
        model.now = now
    }

    /// Lines shaped like a tap's log: a time, mostly INFO, lengths from short to longer than the pane.
    static func line(_ offset: Int) -> JobLogLine {
        let stream = ["Account", "Contact", "Opportunity", "Lead"][offset % 4]
        let text: String
        let level: String
        switch offset % 7 {
        case 3:
            level = "DEBUG"
            text = "GET /services/data/v58.0/queryAll?q=SELECT+Id,Name+FROM+\(stream) page \(offset)"
        case 5:
            level = "WARNING"
            text = "\(stream): API usage at 81% of the daily limit; syncing slows down to stay below it"
        default:
            level = "INFO"
            text = "\(stream): \(offset * 500) records"
        }
        return JobLogLine(offset: offset, time: t0.addingTimeInterval(Double(offset)), level: level, text: text)
    }
}
