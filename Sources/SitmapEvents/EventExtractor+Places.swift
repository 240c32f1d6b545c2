import SitmapGazetteer
import SitmapReports

extension EventExtractor {
    /// Words that may stand between two places of a list ("X, Y and the town of Z", "and later on Saturday W").
    static let listWords: WordSet = ["and", "the", "town", "towns", "village", "villages", "city", "of", "as", "well", "also",
                                     "later", "earlier", "on", "then", "nearby", "strategic", "key", "area", "district",
                                     "neighbourhood", "neighborhood", "a", "its", "their", "industrial", "military", "nearby", "in"]

    /// Prepositions that make a place before a trigger its location.
    static let placeIntroducers: WordSet = ["in", "into", "at", "near", "outside", "on", "from", "across", "around", "of"]

    /// Where a trigger's event happened (see ``EventExtractor`` for the order of preference).
    func placements(for trigger: PhraseMatcher<Action>.Match, action: Action, clause: Range<Int>, reading: SentenceReading,
                    state: borrowing ReportState) -> [Placement] {
        let t = trigger.tokens
        let places = reading.places
        // places of the clause after the trigger are searched first to last, those before it nearest first
        func isAfter(_ p: PlaceMention) -> Bool { clause.contains(p.tokens.lowerBound) && p.tokens.lowerBound >= t.upperBound }
        func isBefore(_ p: PlaceMention) -> Bool { clause.contains(p.tokens.lowerBound) && p.tokens.upperBound <= t.lowerBound }
        func usable(_ p: PlaceMention) -> Bool { p.relation == .at || p.relation == .near || p.relation == .from && action == .withdrawal }

        if action == .capture || action == .regain {
            var objects: [PlaceMention] = []
            for p in places where isAfter(p) && p.relation == .at {
                if let last = objects.last {
                    guard !p.place.isFirstOrderDivision, isListContinuation(reading, from: last.tokens.upperBound, to: p.tokens.lowerBound)
                    else { continue }
                }
                objects.append(p)
            }
            if !objects.isEmpty { return objects.map { placement($0) } }
        }
        // a place before a capture is its object only in the passive: "Khan al-Asal fell", "Saraqib was taken"
        let passive = action != .capture && action != .regain || [["fell"], ["fell", "to"]].contains(reading.tokens[t].map(\.key))
            || t.lowerBound > 0 && ["was", "were", "been", "is", "are"].contains(reading.tokens[t.lowerBound - 1].key)
        // before the trigger, a place counts when a preposition introduces it ("In Aleppo, the toll from a strike"),
        // not as a subject ("Damascus had appeared concerned with Israeli strikes")
        let tokens = reading.tokens
        func introduced(_ p: PlaceMention) -> Bool { p.tokens.lowerBound > 0 && Self.placeIntroducers.contains(tokens[p.tokens.lowerBound - 1].key) }
        if let p = places.first(where: { isAfter($0) && usable($0) })
            ?? places.last(where: { isBefore($0) && (passive || introduced($0)) && usable($0) }) {
            return [frontBetween(p, action: action, reading: reading) ?? placement(p)]
        }
        // a relative clause refers to the place just before it: "Saraqib, which fell on November 30"
        if clause.lowerBound > 0, ["which", "who", "that"].contains(reading.tokens[clause.lowerBound - 1].key),
           let p = places.last(where: { $0.tokens.upperBound < clause.lowerBound && usable($0) }) {
            return [placement(p)]
        }
        if let p = places.first(where: { clause.contains($0.tokens.lowerBound) && $0.relation == .possessive }) {
            return [placement(p, precision: 2)]
        }

        // borrowing: only a sentence that refers back ("the city", "the strikes"), or a regional displacement figure
        guard reading.refersBack(for: action) || action == .displacement else { return [] }
        // "the city" borrows a city first
        let cityFirst = places.filter { usable($0) || $0.relation == .possessive }.sorted { isCity($0.place) && !isCity($1.place) }
        if let p = cityFirst.first { return [placement(p, precision: 2)] }
        if let p = state.placed?.places.first(where: { $0.relation != .possessive }) { return [placement(p, precision: 2)] }
        if let p = state.headline.places.first(where: { $0.relation != .possessive }) { return [placement(p, precision: 3)] }
        return []
    }

    /// "along the front between Atarib and the western outskirts of Aleppo": fighting or fire along a front between two
    /// places of one governorate is placed at the governorate (geo precision 3), at neither end.
    private func frontBetween(_ p: PlaceMention, action: Action, reading: SentenceReading) -> Placement? {
        guard action == .clash || action == .airStrike || action == .strike || action == .shelling else { return nil }
        let start = p.tokens.lowerBound
        guard let between = (max(0, start - 5)..<start).last(where: { reading.tokens[$0].key == "between" }),
              !reading.places.contains(where: { $0.tokens.lowerBound > between && $0.tokens.lowerBound < start }),
              let governorate = gazetteer.governorate(of: p.place) else { return nil }
        if let other = reading.places.first(where: { $0.tokens.lowerBound > start }),
           gazetteer.governorate(of: other.place)?.id != governorate.id { return nil }
        return Placement(place: governorate, geoPrecision: 3, isWhole: false)
    }

    private func isCity(_ place: Place) -> Bool {
        ["PPLA", "PPLC"].contains(place.featureCode) || place.population >= 100_000
    }

    private func placement(_ mention: PlaceMention, precision: Int? = nil) -> Placement {
        Placement(place: mention.place, geoPrecision: precision ?? (mention.relation == .at ? 1 : 2), isWhole: mention.isWhole)
    }

    /// Whether the words between two places continue a list: after the last comma, only list words and dates.
    private func isListContinuation(_ reading: SentenceReading, from end: Int, to start: Int) -> Bool {
        guard end <= start else { return false }
        let tokens = reading.tokens
        let from = tokens[end - 1].end, to = tokens[start].start
        var text = reading.sentence.text
        let comma = text.withUTF8 { bytes in (from..<to).last { bytes[$0] == UInt8(ascii: ",") } }
        var first = end
        if let comma {
            first = tokens[end..<start].firstIndex { $0.start > comma } ?? start
            // a comma inside a number ("14,000"): the digits after it are no list word
            if first > end && tokens[first - 1].end > comma { return false }
        }
        return tokens[first..<start].allSatisfy { Self.listWords.contains($0.key) || DateResolver.weekdays[$0.stem] != nil }
    }
}
