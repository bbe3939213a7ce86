// swift-tools-version: 6.1
// A separate package so that CI's `swift test` of gluetop never builds the benchmark harness or its dependencies.
// Run from this folder: `swift package benchmark --target LosslessJSONBenchmarks` (see README.md).
import PackageDescription

let package = Package(
    name: "GluetopBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        // The malloc counts come from the MallocInterposer trait; naming it also leaves the 6.3-only
        // RuntimeInterposer trait (and its package, not available offline here) switched off.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LosslessJSONBenchmarks",
            dependencies: [
                .product(name: "LosslessJSON", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "LosslessJSONBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "KeyToFrameBenchmarks",
            dependencies: [
                .product(name: "GlueCore", package: "main"),
                .product(name: "GlueUI", package: "main"),
                .product(name: "HotglueModels", package: "main"),
                .product(name: "LosslessJSON", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "KeyToFrameBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PulseTimeToKnow",
            dependencies: [
                .product(name: "GlueApp", package: "main"),
                .product(name: "GlueCore", package: "main"),
                .product(name: "GlueEvents", package: "main"),
                .product(name: "HotglueEmulator", package: "main"),
                .product(name: "HotglueModels", package: "main"),
                .product(name: "LosslessJSON", package: "main"),
            ],
            path: "PulseTimeToKnow"
        ),
    ]
)
