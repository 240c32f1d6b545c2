import ArgumentParser
import Foundation
import SitmapControl
import SitmapExport
import SitmapGazetteer
import SitmapReports

/// `sitmap control`: each side's territory, the contested areas and the front lines on a day.
struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Territory, contested areas and front lines on a day.",
        discussion: """
            Settlement control starts from the baseline (geodata/baseline-*.tsv or --baseline FILE) and follows \
            the captures the reports tell, in date order. A side's territory is the union of the Voronoi cells \
            of the settlements it holds, clipped to the country outline and cut to --radius-km around each \
            settlement; areas are computed in an equal-area projection, front-line lengths on the ellipsoid.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, geojson, kml
    }

    @OptionGroup var input: ControlInput
    @Option(help: "The day (YYYY-MM-DD).") var on: String
    @Option(help: "table, geojson or kml.") var format: Format = .table

    func validate() throws {
        _ = try DayOption.day(on, flag: "--on")
    }

    func run() throws {
        let day = try DayOption.day(on, flag: "--on")
        let loaded = try input.load()
        let territory = try loaded.builder.territory(for: loaded.ledger.control(on: day), on: day)
        switch format {
        case .table: print(ControlTable.territory(territory, sides: loaded.sides, baseline: loaded.baseline))
        case .geojson: print(GeoJSONExport.territory(territory, sides: loaded.sides), terminator: "")
        case .kml: print(KMLExport.territory(territory, sides: loaded.sides), terminator: "")
        }
    }
}

/// The inputs `control` and `diff` share: reports, baseline, the radius a settlement claims.
struct ControlInput: ParsableArguments {
    @OptionGroup var reports: ReportInput
    @Option(help: "A baseline file (columns place_id, name, side, status, source) instead of the bundled one.") var baseline: String?
    @Option(help: "The farthest a settlement's territory reaches, in km.") var radiusKm: Double = 15

    func validate() throws {
        guard radiusKm > 0, radiusKm.isFinite else { throw ValidationError("--radius-km must be a positive number of kilometres") }
    }

    /// Everything read and built once: the ledger over the reports' events and the territory builder.
    struct Loaded {
        let sides: [Side]
        let baseline: Baseline
        let ledger: ControlLedger
        let builder: TerritoryBuilder
    }

    func load() throws -> Loaded {
        let sides = try Side.bundled()
        let baseline = try self.baseline.map { try Baseline.load(from: URL(fileURLWithPath: $0)) } ?? Baseline.bundled()
        try baseline.check(sides: sides)
        let gazetteer = try Gazetteer.bundled()
        let input = try reports.events(gazetteer: gazetteer)
        let ledger = ControlLedger(baseline: baseline, places: gazetteer.places, events: input.events)
        warn(ledger.notes)
        let untracked = ledger.untrackedSettlements(among: gazetteer.places)
        if !untracked.isEmpty {
            warn(["\(untracked.count) settlement\(untracked.count == 1 ? " is" : "s are") not in the baseline and hold no territory: "
                  + untracked.prefix(5).map { "\($0.asciiName) (\($0.id))" }.joined(separator: ", ") + (untracked.count > 5 ? ", …" : "")])
        }
        let builder = try TerritoryBuilder(settlements: ledger.settlements, outline: CountryOutline.bundled(),
                                           maximumRadiusKilometres: radiusKm)
        return Loaded(sides: sides, baseline: baseline, ledger: ledger, builder: builder)
    }

}

/// The plain-text tables of `control` and `diff`: aligned columns, numbers right-aligned.
enum ControlTable {
    /// Territory per side, the contested area and the front lines of a day.
    static func territory(_ territory: Territory, sides: [Side], baseline: Baseline) -> String {
        let names = Dictionary(sides.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let contested = territory.control.filter { $0.status == .contested }
        var rows = [["side", "name", "settlements", "km²"]]
        rows += territory.sides.map { [$0.side, names[$0.side] ?? $0.side, String($0.settlementCount), area($0.areaSquareKilometres)] }
        if !contested.isEmpty {
            rows.append(["contested", "", String(contested.count), area(territory.contestedAreaSquareKilometres)])
        }
        var text = "Control on \(territory.day.iso) (baseline \(baseline.day?.iso ?? "undated"), \(territory.control.count) settlements)\n"
        text += TextTable.aligned(rows, rightAligned: [2, 3])
        if !contested.isEmpty {
            text += "\n\nContested settlements\n"
            text += TextTable.aligned([["settlement", "side pushing in", "since", "events"]] + contested.map {
                [$0.place.asciiName, $0.side, $0.since?.iso ?? "baseline", $0.evidence.joined(separator: ",")]
            }, rightAligned: [])
        }
        text += "\n\nFront lines"
        guard !territory.frontLines.isEmpty else { return text + ": none" }
        return text + "\n" + TextTable.aligned([["sides", "km"]] + territory.frontLines.map {
            ["\($0.sideA) / \($0.sideB)", String(format: "%.1f", $0.lengthKilometres)]
        }, rightAligned: [1])
    }

    /// Area in km² with one decimal.
    static func area(_ squareKilometres: Double) -> String { String(format: "%.1f", squareKilometres) }
}
