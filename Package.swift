// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gluetop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gluetop", targets: ["gluetop"]),
        .library(name: "LosslessJSON", targets: ["LosslessJSON"]),
        .library(name: "GlueSync", targets: ["GlueSync"]),
        .library(name: "HotglueModels", targets: ["HotglueModels"]),
        .library(name: "HotglueAPI", targets: ["HotglueAPI"]),
        .library(name: "HotglueEmulator", targets: ["HotglueEmulator"]),
        .library(name: "GlueEvents", targets: ["GlueEvents"]),
        .library(name: "GlueRelay", targets: ["GlueRelay"]),
        .library(name: "GlueCore", targets: ["GlueCore"]),
        .library(name: "GlueUI", targets: ["GlueUI"]),
        .library(name: "GlueTerminal", targets: ["GlueTerminal"]),
        .library(name: "GlueApp", targets: ["GlueApp"]),
        .library(name: "GlueScript", targets: ["GlueScript"]),
        .library(name: "GlueMCP", targets: ["GlueMCP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        // Already resolved through jwt-kit (which needs 4.1 or later); named here for HMAC-SHA1 (webhook signatures).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // No pkgConfig: SwiftPM would drop its -D_XOPEN_SOURCE flags with a warning anyway (shim.h defines what is
        // needed), and on Debian libncursesw.so already pulls in libtinfo.
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "LosslessJSON"),
        // Shared state behind a lock that ThreadSanitizer can follow (LockedValue.swift says why).
        .target(name: "GlueSync"),
        .target(name: "HotglueModels", dependencies: ["LosslessJSON"]),
        .target(
            name: "HotglueAPI",
            dependencies: [
                "HotglueModels", "LosslessJSON", "GlueSync",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HotglueEmulator",
            dependencies: [
                "LosslessJSON",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                // The webhooks it posts (`--webhook`): the HTTP client, and HMAC-SHA1 for X-Hub-Signature.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Hotglue's webhooks received: parsing, signatures, de-duplication, the receiving server (issue #13).
        .target(
            name: "GlueEvents",
            dependencies: [
                "HotglueModels", "LosslessJSON", "GlueSync",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `gluetop relay`: webhooks verified by GlueEvents' intake, appended to PostgreSQL, NOTIFY; EventFeed reads
        // them back (LISTEN, rows after the last id).
        .target(
            name: "GlueRelay",
            dependencies: [
                "GlueEvents", "HotglueModels", "LosslessJSON", "GlueSync",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "GlueCore", dependencies: ["HotglueModels", "LosslessJSON"]),
        .target(name: "GlueUI", dependencies: ["GlueCore"]),
        .target(name: "GlueTerminal", dependencies: ["CNCurses", "GlueUI", "GlueCore"]),
        .target(
            name: "GlueApp",
            dependencies: [
                "GlueCore", "GlueUI", "GlueTerminal", "HotglueAPI", "HotglueEmulator", "GlueSync", "GlueEvents", "GlueRelay",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ]
        ),
        .target(
            name: "GlueScript",
            dependencies: [
                "GlueApp", "GlueCore", "HotglueAPI", "HotglueModels", "LosslessJSON", "GlueSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "GlueMCP",
            dependencies: [
                "GlueApp", "GlueCore", "GlueUI", "HotglueAPI", "HotglueModels", "LosslessJSON", "GlueSync",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gluetop",
            dependencies: [
                "GlueApp", "GlueScript", "GlueMCP", "HotglueEmulator", "GlueRelay", "GlueEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers every test target may use (Swift Testing only); not a product, so no release build sees it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // The fault matrix's declared cases and its printed table, shared by the session and tmux tests.
        .target(name: "FaultMatrix", dependencies: ["GlueSync"], path: "Tests/FaultMatrix"),
        .testTarget(
            name: "LosslessJSONTests",
            dependencies: [
                "LosslessJSON",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HotglueEmulatorTests",
            dependencies: [
                "HotglueEmulator", "LosslessJSON", "GlueSync",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ]
        ),
        .testTarget(name: "GlueSyncTests", dependencies: ["GlueSync"]),
        .testTarget(
            name: "GlueRelayTests",
            dependencies: [
                "GlueRelay", "GlueEvents", "HotglueModels", "GlueSync", "TestSupport", "GlueApp", "GlueCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "GlueEventsTests",
            dependencies: [
                "GlueEvents", "HotglueModels", "HotglueEmulator", "LosslessJSON", "GlueSync", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "HotglueAPITests",
            dependencies: [
                "HotglueAPI", "HotglueModels", "HotglueEmulator", "LosslessJSON", "GlueSync", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "GlueCoreTests", dependencies: ["GlueCore", "HotglueModels", "LosslessJSON", "TestSupport"]),
        .testTarget(
            name: "GlueUITests",
            dependencies: [
                "GlueUI", "GlueCore", "HotglueModels", "LosslessJSON", "TestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "GlueTerminalTests",
            dependencies: ["GlueTerminal", "GlueUI", "GlueCore", "HotglueModels", "LosslessJSON", "TestSupport"]
        ),
        .testTarget(
            name: "GlueAppTests",
            dependencies: ["GlueApp", "HotglueEmulator", "HotglueAPI", "GlueSync", "TestSupport", "FaultMatrix"]
        ),
        .testTarget(
            name: "GlueScriptTests",
            dependencies: [
                "GlueScript", "GlueApp", "HotglueEmulator", "HotglueAPI", "LosslessJSON", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "GlueMCPTests",
            dependencies: [
                "GlueMCP", "GlueApp", "HotglueEmulator", "HotglueAPI", "HotglueModels", "LosslessJSON", "TestSupport",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["HotglueEmulator", "TestSupport", "FaultMatrix"]),
    ]
)
