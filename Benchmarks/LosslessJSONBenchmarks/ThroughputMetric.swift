import Benchmark

extension BenchmarkMetric {
    /// Megabytes (10^6 bytes) of the source document per second of wall-clock time. The same document size is used
    /// for every benchmark, printing included, so the figures compare directly with each other.
    static var megabytesPerSecond: BenchmarkMetric {
        .custom("Throughput (MB/s)", polarity: .prefersLarger, useScalingFactor: false)
    }
}

extension Benchmark {
    /// Runs `work` once and records `byteCount` over its wall-clock time as `megabytesPerSecond`.
    func measuringThroughput(of byteCount: Int, _ work: () throws -> Void) rethrows {
        let elapsed = try ContinuousClock().measure(work)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        measurement(.megabytesPerSecond, Int((Double(byteCount) / 1e6 / seconds).rounded()))
    }
}
