import ArgumentParser
import Foundation
import SitmapEvents
import SitmapExport
import SitmapGeometry
import SitmapReports
import SitmapTestSupport

/// `sitmap-bench near`: exact "within N km" queries and GeoJSON writing on a million synthetic events,
/// measured in the same run against the Python peer (`bench/near_shapely.py`: shapely 2 STRtree with
/// pyproj's geodesic, and orjson) on the same events.
struct NearBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near",
        abstract: "Near queries and GeoJSON writing on synthetic events, against shapely/pyproj/orjson.")

    @Option(help: "Synthetic events.") var events = 1_000_000
    @Option(help: "Near queries to run.") var queries = 1_000
    @Option(help: "Query radius in km.") var km = 20.0
    @Option(help: "Put the events on this many distinct positions, as sitmap puts events on gazetteer places (0: each event at its own position, the hardest case).")
    var places = 0
    @Option(help: "Seed of the synthetic events.") var seed: UInt64 = 2024
    @Option(help: "The Python peer script.") var peer = PythonPeer.script("near_shapely.py")
    @Option(help: "Python interpreter for the peer.") var python = "python3"
    @Flag(help: "Measure sitmap only.") var withoutPeer = false

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitmap-bench-near-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        var clock = ContinuousClock.now
        let synthetic = SyntheticEvents.make(count: events, places: places, seed: seed)
        print(String(format: "%d synthetic events made in %.2f s, at %@", synthetic.count, seconds(since: clock),
                     places > 0 ? "\(places) distinct positions" : "a position each"))

        clock = .now
        let index = try EventIndex(events: synthetic)
        let build = seconds(since: clock)
        let centres = (0..<queries).map { synthetic[$0 * 997 % synthetic.count].location.coordinate! }

        clock = .now
        var hits = 0
        for centre in centres { hits += index.indices(within: km, of: centre).count }
        let query = seconds(since: clock)

        let geojson = scratch.appendingPathComponent("events.geojson")
        clock = .now
        try GeoJSONExport.write(synthetic, to: geojson)
        let write = seconds(since: clock)
        let size = try FileManager.default.attributesOfItem(atPath: geojson.path)[.size] as? Int ?? 0

        print(String(format: "sitmap  STRtree build: %.2f s", build))
        print(String(format: "sitmap  %d exact %.0f km queries: %.3f s (%.0f µs each), %d hits", queries, km, query,
                     query / Double(queries) * 1e6, hits))
        print(String(format: "sitmap  GeoJSON of %d events: %.3f s, %.0f MB", synthetic.count, write, Double(size) / 1e6))
        guard !withoutPeer else { return }

        guard let figures = try runPeer(synthetic, scratch: scratch) else { return }
        let python = { (key: String) in (figures[key] as? Double) ?? .nan }
        print(String(format: "python  STRtree build: %.2f s", python("build_seconds")))
        print(String(format: "python  %d queries one at a time: %.3f s, %d hits; in one vectorised batch: %.3f s, %d hits",
                     queries, python("query_seconds"), figures["query_hits"] as? Int ?? -1,
                     python("batch_query_seconds"), figures["batch_query_hits"] as? Int ?? -1))
        print(String(format: "python  GeoJSON with orjson: %.3f s from the records, %.3f s for the dump alone, %.0f MB",
                     python("geojson_seconds"), python("geojson_dump_seconds"), Double(figures["geojson_bytes"] as? Int ?? 0) / 1e6))
        let sameAnswers = figures["query_hits"] as? Int == hits && figures["batch_query_hits"] as? Int == hits
        print("same answers: \(sameAnswers ? "yes" : "NO"), \(hits) hits")
        let fastestPythonQuery = min(python("query_seconds"), python("batch_query_seconds"))
        print(String(format: "queries: %.1f× faster than the faster Python way (goal 4×)", fastestPythonQuery / query))
        print(String(format: "GeoJSON: %.1f× faster than Python from the records, %.1f× than orjson's dump alone (goal 10×)",
                     python("geojson_seconds") / write, python("geojson_dump_seconds") / write))
    }

    /// Writes the events as CSV for the peer, runs it and returns its figures; nil (with a note) when
    /// python3 or its packages are missing.
    private func runPeer(_ synthetic: [Event], scratch: URL) throws -> [String: Any]? {
        let check = try PythonPeer.run(python, ["-c", "import shapely, pyproj, orjson, numpy"])
        guard check.status == 0 else {
            print("python  peer skipped: \(python) lacks shapely/pyproj/orjson (pip install shapely pyproj orjson)")
            return nil
        }
        let csv = scratch.appendingPathComponent("events.csv")
        try AtomicFile.write(CSVExport.events(synthetic), to: csv)
        let result = try PythonPeer.run(python, [peer, csv.path, "--queries", String(queries), "--km", String(km),
                                               "--geojson", scratch.appendingPathComponent("events-python.geojson").path])
        guard result.status == 0, let figures = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] else {
            print("python  peer failed (\(result.status)): \(result.output)")
            return nil
        }
        return figures
    }
}

/// Events spread over Syria like real ones: most around a few hundred towns, the rest anywhere,
/// coordinates on the 6-decimal grid the files use, so the peer reading the CSV sees the same points.
/// With `places` > 0 the events share that many positions, as events placed on gazetteer places do.
enum SyntheticEvents {
    static func make(count: Int, places: Int, seed: UInt64) -> [Event] {
        var random = SplitMix64(state: seed)
        let region = (lon: 35.7...42.3, lat: 32.4...37.2)
        let towns = (0..<300).map { _ in
            Coordinate(longitude: Double.random(in: region.lon, using: &random), latitude: Double.random(in: region.lat, using: &random))
        }
        let types = SubEventType.allCases
        let actors = ["Syrian government forces", "HTS-led opposition", "Turkey-backed Syrian National Army", "Syrian Democratic Forces", "Russian forces"]
        let governorates = ["Aleppo Governorate", "Idlib Governorate", "Hama Governorate", "Ar Raqqah Governorate", "Dayr az Zawr Governorate"]
        let first = Day(iso: "2011-03-15")!.ordinal, last = Day(iso: "2024-12-08")!.ordinal
        let grid = { (v: Double) in (v * 1e6).rounded() / 1e6 }
        let position = { (random: inout SplitMix64) -> (town: Int, at: Coordinate) in
            let town = Int.random(in: 0..<towns.count, using: &random)
            var c = towns[town]
            if Double.random(in: 0..<1, using: &random) < 0.7 {
                c.longitude += Double.random(in: -0.15...0.15, using: &random)
                c.latitude += Double.random(in: -0.12...0.12, using: &random)
            } else {
                c = Coordinate(longitude: Double.random(in: region.lon, using: &random), latitude: Double.random(in: region.lat, using: &random))
            }
            return (town, Coordinate(longitude: grid(c.longitude), latitude: grid(c.latitude)))
        }
        let pool = (0..<places).map { _ in position(&random) }
        return (0..<count).map { i in
            let (town, c) = pool.isEmpty ? position(&random) : pool[Int.random(in: 0..<pool.count, using: &random)]
            let type = types[i % types.count]
            let day = Day(ordinal: Int.random(in: first...last, using: &random))
            let killed = i % 3 == 0 ? Int.random(in: 0...40, using: &random) : nil
            let sources = (0..<(1 + i % 3)).map { "report-\(($0 * 7919 + i) % 50_000)" }
            let ymd = day.components
            return Event(id: "SYR-\(ymd.year * 10_000 + ymd.month * 100 + ymd.day)-\(10_000_000 + i)", date: day, timePrecision: 1,
                         eventType: type.eventType, subEventType: type, actor1: actors[i % actors.count],
                         actor2: i % 2 == 0 ? actors[(i + 1) % actors.count] : nil,
                         location: Location(placeID: "town-\(town)", name: "Town \(town)", admin1: governorates[town % governorates.count],
                                            coordinate: c, geoPrecision: 1 + i % 2),
                         fatalities: Fatalities(best: killed, low: killed, high: killed.map { $0 + i % 4 }),
                         sources: sources, notes: ["\(type.rawValue) reported near Town \(town) by \(actors[i % actors.count]), \"according to local sources\"."])
        }
    }
}
