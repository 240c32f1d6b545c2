// swift-tools-version:6.0
import PackageDescription

/// sitmap: news reports in, events, territorial control and daily map snapshots out.
///
/// One target per job; the C libraries are reached only through `SitmapGeometry`.
let package = Package(
    name: "sitmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitmap", targets: ["sitmap"]),
        .executable(name: "sitmap-bench", targets: ["sitmap-bench"]),
        .library(name: "SitmapGeometry", targets: ["SitmapGeometry"]),
        .library(name: "SitmapExport", targets: ["SitmapExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System C libraries (Debian: libgeos-dev, libproj-dev).
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),

        // Safe Swift geometry over GEOS and PROJ: the only code that touches their C API.
        .target(name: "SitmapGeometry", dependencies: ["CGEOS", "CPROJ"]),

        // Places from geodata/: names, variants, mentions in text, disambiguation.
        // Byte-keyed word tables shared by the gazetteer and report reading.
        .target(name: "SitmapText"),
        .target(name: "SitmapGazetteer", dependencies: ["SitmapGeometry", "SitmapText"]),
        // Reports in: reading (manifest, front matter, JSON lines), cleaning, sentences, dates.
        .target(name: "SitmapReports"),
        // Events out: extraction per sentence (ACLED types), actors, figures, merging across reports.
        .target(name: "SitmapEvents", dependencies: ["SitmapReports", "SitmapGazetteer", "SitmapGeometry"]),
        // Territorial control: ledger per settlement and day, territory, front lines, diffs.
        .target(name: "SitmapControl", dependencies: ["SitmapEvents", "SitmapReports", "SitmapGazetteer", "SitmapGeometry"]),
        // Writers: GeoJSON, KML, CSV, daily snapshot folders, written atomically; the main job.
        .target(name: "SitmapExport", dependencies: ["SitmapControl", "SitmapEvents", "SitmapGazetteer", "SitmapGeometry"]),

        // The command-line tool and the benchmark command: thin, they call the libraries.
        .executableTarget(
            name: "sitmap",
            dependencies: [
                "SitmapExport", "SitmapControl", "SitmapEvents", "SitmapReports", "SitmapGazetteer", "SitmapGeometry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "sitmap-bench",
            dependencies: [
                "SitmapExport", "SitmapControl", "SitmapEvents", "SitmapReports", "SitmapGazetteer", "SitmapGeometry",
                "SitmapTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Shared test helpers: repository paths, running the built binary, external validators, the seeded
        // generator (the benchmarks draw their synthetic data from it too).
        .target(name: "SitmapTestSupport", path: "Tests/Support"),
        .testTarget(name: "SitmapGeometryTests", dependencies: ["SitmapGeometry", "SitmapTestSupport"]),
        .testTarget(name: "SitmapGazetteerTests", dependencies: ["SitmapGazetteer", "SitmapTestSupport"]),
        .testTarget(name: "SitmapReportsTests", dependencies: ["SitmapReports", "SitmapTestSupport"]),
        .testTarget(name: "SitmapEventsTests", dependencies: ["SitmapEvents", "SitmapTestSupport"]),
        .testTarget(name: "SitmapControlTests", dependencies: ["SitmapControl", "SitmapTestSupport"]),
        .testTarget(name: "SitmapExportTests", dependencies: ["SitmapExport", "SitmapTestSupport"]),
        .testTarget(name: "SitmapCLITests", dependencies: ["sitmap", "SitmapTestSupport"]),
    ]
)
