import ArgumentParser
import Foundation
import SitmapGeometry

/// `sitmap-bench geometry`: geodesic distances, buffers and STRtree radius queries.
struct GeometryBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "geometry", abstract: "Geodesic distance, buffer and point-index figures.")

    @Option(help: "Points in the index.") var points = 1_000_000
    @Option(help: "Radius queries to run.") var queries = 1_000
    @Option(help: "Query radius in km.") var km = 20.0

    func run() throws {
        var random = SystemRandomNumberGenerator()
        let region = (lon: 35.6...42.4, lat: 32.3...37.3)
        let sites = (0..<points).map { _ in
            Coordinate(longitude: Double.random(in: region.lon, using: &random), latitude: Double.random(in: region.lat, using: &random))
        }
        let context = GeometryContext()

        var clock = ContinuousClock.now
        var total = 0.0
        for i in 0..<1_000_000 { total += Geodesic.distanceMetres(sites[i % sites.count], sites[(i * 7) % sites.count]) }
        print(String(format: "geod_inverse: %.0f ns a call (checksum %.0f)", seconds(since: clock) * 1e9 / 1e6, total))

        clock = .now
        for site in sites.prefix(1000) { _ = try context.point(site).buffered(metres: km * 1000) }
        print(String(format: "buffer %.0f km in metres: %.1f µs each", km, seconds(since: clock) * 1e6 / 1000))

        clock = .now
        let index = try PointIndex(points: sites, in: context)
        print(String(format: "STRtree build of %d points: %.2f s", points, seconds(since: clock)))

        clock = .now
        var hits = 0
        for q in 0..<queries { hits += index.indices(within: km, of: sites[q * 997 % sites.count]).count }
        let elapsed = seconds(since: clock)
        print(String(format: "%d exact %.0f km queries: %.3f s, %.0f queries/s, %.0f hits a query", queries, km, elapsed,
                     Double(queries) / elapsed, Double(hits) / Double(queries)))
    }
}
