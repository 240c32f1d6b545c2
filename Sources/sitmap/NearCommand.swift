import ArgumentParser
import Foundation
import SitmapEvents
import SitmapExport
import SitmapGazetteer
import SitmapGeometry
import SitmapReports

/// `sitmap near`: the events within a distance of a place, nearest first, each with its distance.
struct NearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near",
        abstract: "List events within a distance of a place, nearest first.",
        discussion: """
            Distances are geodesic (WGS84); answers come from a spatial index (GEOS STRtree). PLACE is a \
            gazetteer name ("Aleppo", "Idleb") or "LAT,LON" in degrees ("36.2021,37.1343").
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, geojson
    }

    @Argument(help: "A gazetteer place or LAT,LON.") var place: String
    @OptionGroup var input: ReportInput
    @Option(help: "Radius in kilometres.") var km: Double = 20
    @Option(help: "Only events on this day (YYYY-MM-DD).") var on: String?
    @Option(help: "Only events on or after this day.") var from: String?
    @Option(help: "Only events on or before this day.") var to: String?
    @Option(help: "table, json or geojson.") var format: Format = .table

    func validate() throws {
        guard km > 0, km.isFinite else { throw ValidationError("--km must be a positive number of kilometres") }
        if on != nil, from != nil || to != nil { throw ValidationError("give either --on or --from/--to, not both") }
        _ = try days()
    }

    /// The days asked for, nil for every day.
    private func days() throws -> ClosedRange<Day>? {
        if let day = try DayOption.parse(on, flag: "--on") { return day...day }
        return try DayOption.range(from: from, to: to)
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let (centre, centreName) = try locate(place, in: gazetteer)
        let matches = try EventIndex(events: try input.events(gazetteer: gazetteer).events).events(within: km, of: centre, on: try days())
        let events = matches.map(\.event), distances = matches.map(\.kilometres)
        switch format {
        case .json: print(JSONExport.events(events, distancesKilometres: distances), terminator: "")
        case .geojson: print(GeoJSONExport.events(events, distancesKilometres: distances), terminator: "")
        case .table: print(table(matches, around: centreName))
        }
    }

    /// The centre and how to name it: "LAT,LON" as given, else the gazetteer's best place for the name.
    private func locate(_ text: String, in gazetteer: Gazetteer) throws -> (Coordinate, String) {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 2, let latitude = parts[0], let longitude = parts[1] {
            let c = Coordinate(latitude: latitude, longitude: longitude)
            guard c.isValid else { throw ValidationError("'\(text)' is not a latitude,longitude in degrees") }
            return (c, c.description)
        }
        guard let best = gazetteer.resolve(text).best?.place else { throw UnknownPlace(name: text) }
        return (best.coordinate, "\(best.asciiName) (\(best.coordinate))")
    }

    /// "Events within 20 km of Aleppo (36.2021 N, 37.1343 E): 5" and one aligned row per event.
    private func table(_ matches: [EventIndex.Match], around name: String) -> String {
        let radius = FieldValue.decimal(km, decimals: 3).plainText ?? "\(km)"
        var header = "Events within \(radius) km of \(name)"
        if let on { header += " on \(on)" } else if from != nil || to != nil { header += " from \(from ?? "the start") to \(to ?? "the end")" }
        guard !matches.isEmpty else { return header + ": none" }
        let rows = [["km", "date", "event", "location", "actor", "killed", "id"]] + matches.map { match in
            let e = match.event
            return [String(format: "%.1f", match.kilometres), e.date.iso, e.subEventType.rawValue,
                    e.location.name, e.actor1, e.fatalities.best.map(String.init) ?? "", e.id]
        }
        return header + ": \(matches.count)\n" + TextTable.aligned(rows, rightAligned: [0, 5])
    }
}

/// The place a `near` query names is not in the gazetteer.
struct UnknownPlace: Error, CustomStringConvertible {
    let name: String
    var description: String { "no place named '\(name)' in the gazetteer; give LAT,LON instead" }
}
