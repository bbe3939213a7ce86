import Benchmark
import Foundation
import GlueCore
import GlueUI
import HotglueModels

/// Key to frame, as the runtime does it for one key: `update` with the key, then `view` of the whole 200×50 screen
/// (the frame the terminal layer then diffs; writing the changed cells is measured in bytes by the pty tests).
/// DESIGN.md's budget: ≤ 10 ms p99 at 10,000 tenants / 5,000 connectors / 1,000,000 log lines, ≤ 60 MB RSS.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 20,
        maxDuration: .seconds(10),
        maxIterations: 2_000,
        setup: { _ = BigDashboard.shared }
    )

    /// One benchmark per pane the keys act on; the keys alternate so the selection keeps moving without reaching
    /// an end, and each iteration is one key press and one frame.
    func keys(_ name: String, focus: [Key], cycle: [Key], box given: ModelBox? = nil) {
        let box = given ?? ModelBox { model in for key in focus { _ = update(&model, .key(key)) } }
        Benchmark("key to frame: \(name)", configuration: configuration) { benchmark in
            _ = box.model
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let key = cycle[box.keyIndex % cycle.count]
                box.keyIndex += 1
                blackHole(update(&box.model, .key(key)))
                blackHole(view(box.model, theme: .default))
            }
        }
    }

    keys("j/k in 5,000 connectors", focus: [.character("2")], cycle: [.character("j"), .character("j"), .character("k")])
    keys("j/k in 10,000 tenants", focus: [.character("1"), .character("G")], cycle: [.character("k"), .character("k"), .character("j")])
    keys("PgUp/PgDn in the log (1,000,000 lines streamed)", focus: [.character("5"), .character("G")],
         cycle: [.pageUp, .pageUp, .pageDown])
    keys("typing a tenant filter", focus: [.character("1"), .character("/")],
         cycle: [.character("9"), .character("9"), .backspace, .backspace])
    keys("fold / unfold in the state tree", focus: [.character("4"), .character("j")], cycle: [.character(" ")])

    /// The pulse over 10,000 tenants and 100,000 jobs: moving over its rows.
    let pulseTenants = BigDashboard.shared.model.tenants.all
    func onPulse(_ model: inout Model) {
        let start = BigDashboard.shared.start
        _ = update(&model, .pulseCacheLoaded(BigPulse.data(tenants: pulseTenants, now: start), at: start))
        for case .summarizePulse(let request) in update(&model, .key(.character("P"))) {
            _ = update(&model, .pulseSummarized(request.summarize(), at: start))
        }
    }
    // One model for both pulse benchmarks, so the process holds the pulse's data once, as the app does.
    let checking = ModelBox(prepare: onPulse)
    keys("j/k on the pulse (10,000 tenants, 100,000 jobs)", focus: [], cycle: [.character("j"), .character("j"), .character("k")],
         box: checking)

    /// The sweep's answer for one tenant arrives on the pulse, a second after the last, with a new failure: the
    /// loop's side (the data, the summary asked for off the loop, the frame). The worst a check costs the loop.
    Benchmark("a pulse check arrives + frame (10,000 tenants, 100,000 jobs, summary asked for off the loop)",
              configuration: configuration) { benchmark in
        _ = checking.model
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            checking.keyIndex += 1
            let time = BigDashboard.shared.start.addingTimeInterval(Double(checking.keyIndex) * PulsePane.recomputeInterval)
            let tenant = pulseTenants[checking.keyIndex % pulseTenants.count]
            blackHole(update(&checking.model, .polled(.pulseChecked(
                tenant, .success(BigPulse.check(of: tenant, number: checking.keyIndex, at: time)), at: time))))
            blackHole(view(checking.model, theme: .default))
        }
    }

    /// What the loop no longer does: the summary of 100,000 jobs, as `Effect.summarizePulse` computes it on
    /// another thread (tens of milliseconds there, none on the loop).
    let snapshot = PulseSummaryRequest(id: 1, data: checking.model.pulse.data, now: BigDashboard.shared.start,
                                       window: PulsePane.defaultWindow)
    Benchmark("the pulse's summary, off the loop (100,000 jobs)", configuration: configuration) { benchmark in
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(snapshot.summarize()) }
    }

    /// A live job: one poll page of 1,000 new lines arrives while the log follows, then the frame.
    let following = ModelBox { model in _ = update(&model, .key(.character("5"))) }
    Benchmark("1,000 log lines appended + frame (following, 1,000,000 streamed)", configuration: configuration) { benchmark in
        let dashboard = BigDashboard.shared
        _ = following.model
        let offset = following.logOffset
        let page = BigDashboard.page(from: offset, time: dashboard.start)
        following.logOffset = page.nextOffset
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(update(&following.model, .polled(.jobLogLoaded("acme", dashboard.root, fromOffset: offset,
                                                                     .success(.page(page)), at: dashboard.start))))
            blackHole(view(following.model, theme: .default))
        }
    }
}
