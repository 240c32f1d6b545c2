import ArgumentParser
import Foundation
import SitmapControl
import SitmapExport
import SitmapReports

/// `sitmap diff`: what changed hands between two days, per side, with areas in km².
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed hands between two dates, per side, with areas in km².",
        discussion: """
            A side gains the land it holds on --to and did not hold on --from, and loses the reverse. The \
            settlements listed changed hands after --from up to and including --to, each with the events behind it.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, geojson
    }

    @OptionGroup var input: ControlInput
    @Option(help: "The earlier day (YYYY-MM-DD).") var from: String
    @Option(help: "The later day (YYYY-MM-DD).") var to: String
    @Option(help: "table, json or geojson.") var format: Format = .table

    func validate() throws {
        let (first, last) = (try DayOption.day(from, flag: "--from"), try DayOption.day(to, flag: "--to"))
        guard first <= last else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        let loaded = try input.load()
        let diff = try loaded.builder.diff(from: try DayOption.day(from, flag: "--from"), to: try DayOption.day(to, flag: "--to"),
                                           in: loaded.ledger)
        switch format {
        case .table: print(Self.table(diff))
        case .json: print(try Self.json(diff))
        case .geojson: print(GeoJSONExport.diff(diff), terminator: "")
        }
    }

    /// Area gained and lost per side, then the settlements that changed hands.
    static func table(_ diff: TerritoryDiff) -> String {
        var text = "Changes from \(diff.from.iso) to \(diff.to.iso)"
        guard !diff.isEmpty else { return text + ": none" }
        text += "\n" + TextTable.aligned([["side", "gained km²", "lost km²", "net km²"]] + diff.sides.map {
            [$0.side, ControlTable.area($0.gainedSquareKilometres), ControlTable.area($0.lostSquareKilometres),
             String(format: "%+.1f", $0.netSquareKilometres)]
        }, rightAligned: [1, 2, 3])
        text += "\n\nSettlements that changed hands: \(diff.changes.count)"
        guard !diff.changes.isEmpty else { return text }
        return text + "\n" + TextTable.aligned([["date", "settlement", "from", "to", "status", "confirmation", "events"]] + diff.changes.map {
            [$0.day.iso, $0.place.asciiName, $0.from ?? "-", $0.to, $0.status.rawValue, $0.confirmation.rawValue,
             $0.evidence.joined(separator: ",")]
        }, rightAligned: [])
    }

    /// The diff as JSON: areas in km² with 3 decimals, keys sorted, the same bytes for the same input.
    static func json(_ diff: TerritoryDiff) throws -> String {
        struct Side: Encodable {
            let side: String, gained_km2: Double, lost_km2: Double, net_km2: Double
        }
        struct Change: Encodable {
            let date: String, place_id: String, name: String, from: String?, to: String, status: String, confirmation: String
            let evidence: [String]
        }
        struct Document: Encodable {
            let from: String, to: String, sides: [Side], changes: [Change]
        }
        func km2(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        let document = Document(
            from: diff.from.iso, to: diff.to.iso,
            sides: diff.sides.map {
                Side(side: $0.side, gained_km2: km2($0.gainedSquareKilometres), lost_km2: km2($0.lostSquareKilometres),
                     net_km2: km2($0.netSquareKilometres))
            },
            changes: diff.changes.map {
                Change(date: $0.day.iso, place_id: $0.place.id, name: $0.place.asciiName, from: $0.from, to: $0.to,
                       status: $0.status.rawValue, confirmation: $0.confirmation.rawValue, evidence: $0.evidence)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
