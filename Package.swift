// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ocop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ocop", targets: ["ocop"]),
        .executable(name: "ocop-bench", targets: ["ocop-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Text folding and Vietnamese normalisation shared by the model and the terminal layer.
        .target(name: "OCOPText"),
        // The domain: value types, loading, validation, rules, statistics. Foundation only.
        .target(name: "OCOPModel", dependencies: ["OCOPText"]),
        // The PostgreSQL store: the same DatasetStore seam over a shared database server.
        .target(name: "OCOPPostgres", dependencies: ["OCOPModel", "OCOPText", .product(name: "PostgresNIO", package: "postgres-nio"),
                                               .product(name: "Logging", package: "swift-log")]),
        // The system's zlib, for compressed snapshots.
        .systemLibrary(name: "CSystemZlib", path: "Sources/CSystemZlib"),
        // History: content-addressed snapshots, changes made outside ocop, the data as it was on a date.
        .target(name: "OCOPHistory", dependencies: ["OCOPModel", "CSystemZlib"]),
        // Cells, buffer, layout, widgets, themes, key events. No C imports.
        .target(name: "TerminalCore", dependencies: ["OCOPText"]),
        // The dashboard: state, actions, update, render, keymap, strings.
        .target(name: "OCOPApp", dependencies: ["OCOPModel", "OCOPHistory", "OCOPText", "TerminalCore", .product(name: "CSV", package: "CSV.swift"), "ZIPFoundation"]),
        // The system's ncursesw, seen through a shim header.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only code that talks to ncurses.
        // Restores the terminal on signals, faults and exit (C: signal handlers need process-wide state).
        .target(name: "CTerminalGuard"),
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "CTerminalGuard", "TerminalCore"]),
        .executableTarget(
            name: "ocop",
            dependencies: [
                "OCOPText", "OCOPModel", "OCOPHistory", "TerminalCore", "OCOPApp", "NcursesBackend", "OCOPPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ocop-bench", dependencies: ["OCOPModel", "OCOPHistory", "OCOPText", "TerminalCore", "OCOPApp", "Spawn", "OCOPPostgres", "TestSupport"]),
        // Runs child processes with posix_spawn and waitpid (used by tests and benchmarks).
        .target(name: "Spawn"),
        // Memory backend, golden snapshots, key scripts, tmux harness.
        .target(name: "TestSupport", dependencies: ["TerminalCore", "Spawn"]),
        .testTarget(name: "OCOPModelTests", dependencies: ["OCOPModel", "OCOPHistory", "OCOPText", "TestSupport"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "OCOPAppTests", dependencies: ["OCOPApp", "OCOPModel", "OCOPHistory", "ZIPFoundation", "OCOPText", "TerminalCore", "TestSupport", "Spawn"], exclude: ["Goldens"]),
        .testTarget(name: "OCOPPostgresTests", dependencies: ["OCOPPostgres", "OCOPModel", "OCOPApp", "OCOPText", "TerminalCore", "TestSupport", "Spawn",
                                                            .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "OCOPModel", "OCOPText", "Spawn"]),
    ],
    swiftLanguageModes: [.v6]
)
