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

        // The command-line tool and the benchmark command.
        .executableTarget(
            name: "sitmap",
            dependencies: [
                "SitmapGeometry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "sitmap-bench",
            dependencies: [
                "SitmapGeometry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Shared test helpers: repository paths, running the built binary, external validators.
        .target(name: "SitmapTestSupport", path: "Tests/Support"),
        .testTarget(name: "SitmapGeometryTests", dependencies: ["SitmapGeometry", "SitmapTestSupport"]),
        .testTarget(name: "SitmapCLITests", dependencies: ["sitmap", "SitmapTestSupport"]),
    ]
)
