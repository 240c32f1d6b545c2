import ArgumentParser
import Foundation
import SitmapControl
import SitmapGazetteer
import SitmapGeometry
import SitmapReports
import SitmapTestSupport

/// `sitmap-bench control`: territory for many settlements over many days, against shapely 2 doing the
/// same steps (Voronoi cells clipped to the outline and the radius, a union per side, areas, front lines)
/// on the same data in the same run.
struct ControlBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Territory per side and day for synthetic settlements, against shapely 2 (bench/control_shapely.py).")

    @Option(help: "Settlements, placed at random inside Syria's outline.") var settlements = 10_000
    @Option(help: "Sides holding them.") var sides = 4
    @Option(help: "Days of changing control.") var days = 30
    @Option(help: "The farthest a settlement's territory reaches, in km.") var radiusKm = 15.0
    @Option(help: "The Python peer; skipped when python3 or shapely is missing.") var peer = PythonPeer.script("control_shapely.py")
    @Flag(help: "Do not run the Python peer.") var noPeer = false

    func run() throws {
        let outline = try CountryOutline.bundled()
        let scenario = try SyntheticControl(settlements: settlements, sides: sides, days: days, outline: outline)
        print("\(settlements) settlements, \(sides) sides, \(days) days, \(Int(scenario.meanChangesPerDay)) settlements change hands a day")

        var clock = ContinuousClock.now
        let builder = try TerritoryBuilder(settlements: scenario.places, outline: outline, maximumRadiusKilometres: radiusKm)
        let setUp = seconds(since: clock)
        clock = .now
        var territories: [Territory] = []
        for (number, control) in scenario.control.enumerated() {
            territories.append(try builder.territory(for: control, on: Day(ordinal: 20_000 + number)))
        }
        let perDay = seconds(since: clock)
        let swiftTotal = setUp + perDay
        let last = territories.last!
        print(String(format: "sitmap:  cells and reach %.3f s, %d days %.3f s (%.1f ms a day), total %.3f s",
                     setUp, days, perDay, perDay * 1000 / Double(days), swiftTotal))
        print(String(format: "         last day: %@ km² held, %.0f km² contested, %.0f km of front line",
                     last.sides.map { String(format: "%@ %.0f", $0.side, $0.areaSquareKilometres) }.joined(separator: ", "),
                     last.contestedAreaSquareKilometres, last.frontLines.reduce(0) { $0 + $1.lengthKilometres }))

        guard !noPeer else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitmap-control-bench-\(ProcessInfo.processInfo.processIdentifier).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try scenario.write(to: file, plane: builder.plane, outline: outline, radiusMetres: radiusKm * 1000)
        let (status, output) = try PythonPeer.run("python3", [peer, file.path], withErrors: true)
        // the figures are the last line: warnings may come before
        let lastLine = output.split(separator: "\n").last.map(String.init) ?? "nothing"
        guard status == 0, let figures = try? JSONSerialization.jsonObject(with: Data(lastLine.utf8)) as? [String: Any],
              let setUpPeer = figures["setup_s"] as? Double, let daysPeer = figures["days_s"] as? Double else {
            return print("shapely: skipped (python3 \(peer) said: \(lastLine); pip install shapely)")
        }
        let peerTotal = setUpPeer + daysPeer
        print(String(format: "shapely %@ (GEOS %@): cells %.3f s, %d days %.3f s (%.1f ms a day), total %.3f s",
                     figures["shapely"] as? String ?? "?", figures["geos"] as? String ?? "?", setUpPeer, days, daysPeer,
                     daysPeer * 1000 / Double(days), peerTotal))
        if let areas = figures["last_day_km2"] as? [Double] {
            print("         last day: " + zip(last.sides, areas).map { String(format: "%@ %.0f", $0.side, $1) }.joined(separator: ", ") + " km² held")
        }
        print(String(format: "sitmap is %.1f× faster than shapely in total (goal 3×), %.1f× a day", peerTotal / swiftTotal, daysPeer / perDay))
    }

}

/// Settlements at random inside an outline and their control over days: each side holds the
/// settlements nearest its centre, the centres drift a little every day so the fronts move, and
/// settlements almost equally near two centres are contested.
struct SyntheticControl {
    let places: [Place]
    /// Per day, the control of every settlement.
    let control: [[SettlementControl]]
    let sideIDs: [String]

    init(settlements count: Int, sides: Int, days: Int, outline: Shape) throws {
        // the same seed, the same settlements and days in every run
        var random = SplitMix64(state: 2024_11_27)
        let context = GeometryContext()
        let inside = try PreparedGeometry(context.geometry(outline))
        guard let box = outline.boundingBox else { throw GeometryError.invalidInput("empty outline") }
        var places: [Place] = []
        while places.count < count {
            let c = Coordinate(longitude: Double.random(in: box.min.longitude...box.max.longitude, using: &random),
                               latitude: Double.random(in: box.min.latitude...box.max.latitude, using: &random))
            guard try inside.contains(c) else { continue }
            places.append(Place(id: String(format: "s%06d", places.count), name: "", asciiName: "", alternateNames: [], coordinate: c,
                                featureClass: "P", featureCode: "PPL", countryCode: "SY", admin1Code: "", population: 0))
        }
        sideIDs = (0..<sides).map { "side\($0)" }
        var centres = places.shuffled(using: &random).prefix(sides).map(\.coordinate)
        var control: [[SettlementControl]] = []
        for _ in 0..<days {
            control.append(places.map { place in
                let distances = centres.map { hypot($0.longitude - place.coordinate.longitude, $0.latitude - place.coordinate.latitude) }
                let order = distances.indices.sorted { distances[$0] < distances[$1] }
                let contested = order.count > 1 && distances[order[1]] - distances[order[0]] < 0.01
                return SettlementControl(place: place, side: "side\(order[0])", status: contested ? .contested : .held)
            })
            centres = centres.map {
                Coordinate(longitude: $0.longitude + Double.random(in: -0.05...0.05, using: &random),
                           latitude: $0.latitude + Double.random(in: -0.05...0.05, using: &random))
            }
        }
        self.places = places
        self.control = control
    }

    /// How many settlements change side or status from one day to the next, on average.
    var meanChangesPerDay: Double {
        guard control.count > 1 else { return 0 }
        let changes = zip(control, control.dropFirst()).map { a, b in zip(a, b).filter { $0.side != $1.side || $0.status != $1.status }.count }
        return Double(changes.reduce(0, +)) / Double(changes.count)
    }

    /// The scenario in the plane, for the Python peer: `radius METRES`, `outline WKT`, one `site X Y`
    /// per settlement, then one `day` line per day with each site's side index, or `c` when contested.
    func write(to url: URL, plane: Projection, outline: Shape, radiusMetres: Double) throws {
        let context = GeometryContext()
        var text = "radius \(radiusMetres)\n"
        text += "outline " + (try plane.project(context.geometry(outline).densified(tolerance: 0.01)).wkt()) + "\n"
        for place in places {
            let p = try plane.forward(place.coordinate)
            text += "site \(p.x) \(p.y)\n"
        }
        let index = Dictionary(uniqueKeysWithValues: sideIDs.enumerated().map { ($1, $0) })
        for day in control {
            text += "day " + day.map { $0.status == .contested ? "c" : String(index[$0.side]!) }.joined(separator: " ") + "\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
