import Benchmark
import Foundation
import LosslessJSON

/// The operations gluetop performs on a Singer state: show it (parse, pretty print), send it back (compact print),
/// and edit one bookmark. Foundation's parse of the same bytes is the reference point.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident, .megabytesPerSecond],
        timeUnits: .milliseconds,
        warmupIterations: 3,
        maxDuration: .seconds(10),
        maxIterations: 40,
        setup: { _ = BenchmarkInput.shared }
    )

    Benchmark("LosslessJSON parse", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        try benchmark.measuringThroughput(of: input.bytes.count) {
            blackHole(try JSONValue.parse(bytes: input.bytes))
        }
    }

    Benchmark("LosslessJSON compact print", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        benchmark.measuringThroughput(of: input.bytes.count) {
            blackHole(input.document.compactBytes())
        }
    }

    Benchmark("LosslessJSON pretty print", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        benchmark.measuringThroughput(of: input.bytes.count) {
            blackHole(input.document.prettyBytes())
        }
    }

    Benchmark("LosslessJSON parse + pretty print", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        try benchmark.measuringThroughput(of: input.bytes.count) {
            blackHole(try JSONValue.parse(bytes: input.bytes).prettyBytes())
        }
    }

    // Edits a copy, as the state editor does (it keeps the original for the diff), so the copy-on-write of the
    // containers along the path is part of the cost.
    Benchmark("LosslessJSON path edit + pretty print", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        try benchmark.measuringThroughput(of: input.bytes.count) {
            var document = input.document
            try document.setValue("2026-01-01T00:00:00Z", at: input.editPath)
            blackHole(document.prettyBytes())
        }
    }

    Benchmark("Foundation JSONSerialization parse (reference)", configuration: configuration) { benchmark in
        let input = BenchmarkInput.shared
        try benchmark.measuringThroughput(of: input.bytes.count) {
            blackHole(try JSONSerialization.jsonObject(with: input.data))
        }
    }
}
