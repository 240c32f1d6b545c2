import ArgumentParser
import Foundation
import SitmapGazetteer

/// `sitmap places`: resolve a place name against the gazetteer, or list the places a report mentions.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Resolve a place name against the gazetteer.",
        discussion: """
            Prints the best match and the candidates: name, coordinates, feature code, governorate \
            (admin1), population and score. A name no place carries exits with status 1. \
            With --in FILE, lists every place the text of FILE mentions and what it resolves to.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The name as a report writes it; several words are one name (Sheikh Najjar).")
    var name: [String] = []

    @Option(name: .customLong("in"), help: ArgumentHelp("A report whose mentions to list instead of one name.", valueName: "file"))
    var report: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The country the report is about, whose places are preferred (ISO code, or none).", valueName: "code"))
    var country = "SY"

    @Option(help: "How many candidates to list.")
    var limit = 5

    @OptionGroup var data: DataFolderOption

    func validate() throws {
        if name.isEmpty && report == nil { throw ValidationError("Give a place name, or a report with --in FILE.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled(dataFolder: data.folder)
        let context = ResolutionContext(focusCountryCode: country.lowercased() == "none" ? nil : country.uppercased())
        if let report {
            try listMentions(in: report, gazetteer: gazetteer, context: context)
            return
        }
        let query = name.joined(separator: " ")
        let resolution = gazetteer.resolve(query, context: context)
        let candidates = Array(([resolution.best].compactMap { $0 } + resolution.runnersUp).prefix(limit))
        switch format {
        case .json:
            print(try PlaceListing.json(PlaceListing.Answer(query: query, resolution: resolution, candidates: candidates, gazetteer: gazetteer)))
        case .text:
            if let best = resolution.best {
                print("\(query) → \(PlaceListing.summary(best, gazetteer: gazetteer))")
                print("")
                print(PlaceListing.table(candidates, gazetteer: gazetteer))
            }
        }
        guard resolution.isResolved else {
            FileHandle.standardError.write(Data("""
                sitmap places: no place called “\(query)” in the gazetteer (\(gazetteer.places.count) places); \
                check the spelling, or add places with `sitmap gazetteer import FILE`.\n
                """.utf8))
            throw ExitCode(1)
        }
    }

    private func listMentions(in path: String, gazetteer: Gazetteer, context: ResolutionContext) throws {
        let text = path == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            : try String(contentsOfFile: path, encoding: .utf8)
        let resolved = gazetteer.resolvedMentions(in: text, context: context)
        switch format {
        case .json:
            let answers = resolved.map {
                PlaceListing.Answer(query: $0.mention.text, resolution: $0.resolution,
                                    candidates: Array(([$0.resolution.best].compactMap { $0 } + $0.resolution.runnersUp).prefix(limit)),
                                    gazetteer: gazetteer, qualifier: $0.mention.qualifier)
            }
            print(try PlaceListing.json(answers))
        case .text:
            for item in resolved {
                let line = text[..<item.mention.range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let qualifier = item.mention.qualifier.map { " [\($0.rawValue)]" } ?? ""
                let place = item.resolution.best.map { PlaceListing.summary($0, gazetteer: gazetteer) } ?? "unresolved"
                print("\(path):\(line): \(item.mention.text)\(qualifier) → \(place)")
            }
        }
    }
}

/// How `sitmap places` prints places: one-line summaries, an aligned table, JSON.
enum PlaceListing {
    /// One candidate as JSON: the gazetteer's own column names.
    struct Candidate: Encodable {
        let place_id: String
        let name: String
        let latitude: Double
        let longitude: Double
        let feature_class: String
        let feature_code: String
        let country_code: String
        let admin1_code: String
        let admin1: String?
        let population: Int
        let score: Double

        init(_ scored: ScoredPlace, gazetteer: Gazetteer) {
            let place = scored.place
            place_id = place.id
            name = place.name
            latitude = place.coordinate.latitude
            longitude = place.coordinate.longitude
            feature_class = place.featureClass
            feature_code = place.featureCode
            country_code = place.countryCode
            admin1_code = place.admin1Code
            admin1 = gazetteer.governorate(of: place)?.name
            population = place.population
            score = scored.score
        }
    }

    /// One name's answer as JSON; an unresolved name has `"best": null`.
    struct Answer: Encodable {
        let query: String
        let qualifier: String?
        let resolved: Bool
        let best: Candidate?
        let candidates: [Candidate]

        enum CodingKeys: String, CodingKey { case query, qualifier, resolved, best, candidates }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(query, forKey: .query)
            try container.encodeIfPresent(qualifier, forKey: .qualifier)
            try container.encode(resolved, forKey: .resolved)
            try container.encode(best, forKey: .best)
            try container.encode(candidates, forKey: .candidates)
        }

        init(query: String, resolution: Resolution, candidates: [ScoredPlace], gazetteer: Gazetteer, qualifier: Qualifier? = nil) {
            self.query = query
            self.qualifier = qualifier?.rawValue
            resolved = resolution.isResolved
            best = resolution.best.map { Candidate($0, gazetteer: gazetteer) }
            self.candidates = candidates.map { Candidate($0, gazetteer: gazetteer) }
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// "Khanāşir (168351), 35.7816 N, 37.4992 E, PPL in Aleppo Governorate, SY, score 0.712".
    static func summary(_ scored: ScoredPlace, gazetteer: Gazetteer) -> String {
        let place = scored.place
        let region = gazetteer.governorate(of: place).map { " in \($0.name)" } ?? ""
        return "\(place.name) (\(place.id)), \(place.coordinate), \(place.featureCode)\(region), \(place.countryCode), "
            + "score \(String(format: "%.3f", scored.score))"
    }

    /// The candidates as an aligned table, best first.
    static func table(_ candidates: [ScoredPlace], gazetteer: Gazetteer) -> String {
        let header = ["score", "name", "latitude", "longitude", "code", "country", "admin1", "population", "id"]
        let rows = candidates.map { scored -> [String] in
            let place = scored.place
            let admin1 = place.admin1Code.isEmpty ? "" : place.admin1Code + (gazetteer.governorate(of: place).map { " \($0.name)" } ?? "")
            return [String(format: "%.3f", scored.score), place.name, String(format: "%.5f", place.coordinate.latitude),
                    String(format: "%.5f", place.coordinate.longitude), place.featureCode, place.countryCode, admin1,
                    String(place.population), place.id]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
