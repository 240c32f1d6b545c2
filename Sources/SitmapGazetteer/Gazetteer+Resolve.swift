import Foundation
import SitmapGeometry

extension Gazetteer {
    /// The place a name most likely means, with a score and the runners-up; unresolved (no best) when
    /// no place carries the name. Qualifier words at either end ("Idlib province", "rural Hama",
    /// "Khansir countryside") are read as the mention matcher reads them in text.
    public func resolve(_ name: String, context: ResolutionContext = ResolutionContext()) -> Resolution {
        var form = PlaceName.form(of: name)
        var qualifier = context.qualifier
        var terminal = index.terminal(forKeys: form.keys)
        if terminal == nil, form.keys.count == 1, let bare = WordForm.withoutArabicPrefix(form.folded[0]) {
            form = PlaceName.Form(keys: [bare.key], folded: [bare.folded], hadLeadingArticle: false)
            terminal = index.terminal(forKeys: form.keys)
        }
        if terminal == nil, let (stripped, strippedQualifier) = Gazetteer.strippingQualifierWords(form) {
            form = stripped
            qualifier = qualifier ?? strippedQualifier
            terminal = index.terminal(forKeys: form.keys)
        } else if qualifier == nil, form.folded.count > 1 {
            qualifier = Qualifier(word: form.folded[form.folded.count - 1]) ?? Qualifier(leadingWord: form.folded[0])
        }
        guard let terminal else { return Resolution(query: name, best: nil, runnersUp: []) }
        var memo = ResolutionMemo()
        let ranking = ranking(query: name, candidates: candidates(at: terminal, folded: form.foldedName), form: form,
                              qualifier: qualifier, context: context, memo: &memo)
        return resolution(of: ranking, nearby: context.nearby, memo: &memo)
    }

    /// The place a mention most likely means, among its candidates; the context's qualifier, when
    /// set, overrides the mention's own.
    public func resolve(_ mention: Mention, context: ResolutionContext = ResolutionContext()) -> Resolution {
        var memo = ResolutionMemo()
        return resolution(of: ranking(of: mention, context: context, memo: &memo), nearby: context.nearby, memo: &memo)
    }

    /// Every mention of a text resolved in two passes: first each on its own, then each again with the
    /// places the others confidently resolved to as `nearby`, so that a report about Aleppo's
    /// countryside places an ambiguous village name near Aleppo.
    public func resolvedMentions(in text: String, context: ResolutionContext = ResolutionContext()) -> [ResolvedMention] {
        var resolver = MentionResolver(gazetteer: self, context: context)
        return resolver.resolvedMentions(in: text)
    }

    /// A mention's candidates scored on everything but nearness (see ``ranking(query:candidates:form:qualifier:context:memo:)``).
    func ranking(of mention: Mention, context: ResolutionContext, memo: inout ResolutionMemo) -> Ranking {
        let form = PlaceName.form(of: mention.text)
        var candidates: [Int: Double] = [:]
        if let terminal = mention.terminal {
            // found by the matcher: the candidates are the terminal's places, each with an entry
            let found = memo.candidates(at: terminal, folded: form.foldedName, in: self)
            for place in index.terminals[Int(terminal)].places { candidates[Int(place)] = found[Int(place)] ?? 0.4 }
        } else {
            var found: [Int: Double] = [:]
            if let terminal = index.terminal(forKeys: mention.normalizedName.split(separator: " ").map(String.init)) {
                found = memo.candidates(at: terminal, folded: form.foldedName, in: self)
            }
            for place in mention.candidates {
                guard let i = indexOf(place) else { continue }
                candidates[i] = found[i] ?? 0.4
            }
        }
        return ranking(query: mention.text, candidates: candidates, form: form, qualifier: context.qualifier ?? mention.qualifier,
                       context: context, memo: &memo)
    }

    /// A query without its qualifier words: "Khansir countryside" → ("Khansir", countryside),
    /// "the province of Idlib" → ("Idlib", province), "rural Hama" → ("Hama", countryside); nil when
    /// there are none.
    static func strippingQualifierWords(_ form: PlaceName.Form) -> (PlaceName.Form, Qualifier?)? {
        var keys = form.keys, folded = form.folded
        var qualifier: Qualifier?
        while folded.count > 1 {
            if folded[0] == "the" {
                keys.removeFirst(); folded.removeFirst()
            } else if let q = Qualifier(leadingWord: folded[0]) {
                qualifier = qualifier ?? q
                keys.removeFirst(); folded.removeFirst()
            } else if folded.count > 2, folded[1] == "of", let q = Qualifier(word: folded[0]) {
                qualifier = qualifier ?? q
                keys.removeFirst(2); folded.removeFirst(2)
            } else if let q = Qualifier(word: folded[folded.count - 1]) {
                qualifier = qualifier ?? q
                keys.removeLast(); folded.removeLast()
            } else if Qualifier.isDirection(folded[folded.count - 1]) || Qualifier.isDirection(folded[0]) {
                if Qualifier.isDirection(folded[0]) { keys.removeFirst(); folded.removeFirst() } else { keys.removeLast(); folded.removeLast() }
            } else {
                break
            }
        }
        guard keys.count < form.keys.count else { return nil }
        return (PlaceName.Form(keys: keys, folded: folded, hadLeadingArticle: form.hadLeadingArticle), qualifier)
    }

    // MARK: - Ranking

    /// The places of a trie terminal with how well the name matched each: its own spelling of the
    /// preferred name 1, of an alternate name 0.9; alike by the light key 0.75 and 0.7; alike only by
    /// the full key 0.45 and 0.4.
    func candidates(at terminal: Int32, folded: String) -> [Int: Double] {
        var quality: [Int: Double] = [:]
        var light: String?
        for entry in index.terminals[Int(terminal)].entries where entry.place >= 0 {
            let preferred = entry.kind == .preferred
            let q: Double
            if entry.folded == folded {
                q = preferred ? 1.0 : 0.9
            } else {
                let queryLight = light ?? WordForm.lightKey(folded)
                light = queryLight
                q = entry.lightKey == queryLight ? (preferred ? 0.75 : 0.7) : (preferred ? 0.45 : 0.4)
            }
            quality[Int(entry.place)] = max(quality[Int(entry.place)] ?? 0, q)
        }
        return quality
    }

    private func indexOf(_ place: Place) -> Int? {
        guard let i = indexOfID(place.id) else { return nil }
        return places[i] == place ? i : nil
    }

    /// A name's candidates with the parts of their score that do not depend on the report's other places.
    struct Ranking {
        struct Candidate {
            let index: Int
            let match: Double
            let feature: Double
            let population: Double
            let country: Double
        }

        let query: String
        let candidates: [Candidate]
    }

    /// Scores every candidate: 0.35 how the name matched, 0.20 the feature type given the qualifier,
    /// 0.10 population (log scale), 0.20 the report's country (half for places within 1500 km of its
    /// point, less with distance); ``resolution(of:nearby:memo:)`` adds 0.15 nearness (within 150 km) to the
    /// other places of the report.
    func ranking(query: String, candidates: [Int: Double], form: PlaceName.Form, qualifier: Qualifier?,
                 context: ResolutionContext, memo: inout ResolutionMemo) -> Ranking {
        var candidates = candidates
        if let qualifier, qualifier.meansRegion { addRegions(of: form, qualifier: qualifier, to: &candidates) }
        let focusPoint = context.focusCountryCode.flatMap { countryPoints[$0] }
        let scored = candidates.map { index, match -> Ranking.Candidate in
            let place = places[index]
            var country = 0.0
            if let focus = context.focusCountryCode, place.countryCode == focus {
                country = 1
            } else if let focusPoint {
                country = 0.5 * max(0, 1 - memo.distance(from: index, to: focusPoint, within: 1_500_000, in: self) / 1_500_000)
            }
            return Ranking.Candidate(index: index, match: match, feature: Gazetteer.featureScore(place, qualifier: qualifier),
                                     population: populationScores[index], country: country)
        }
        return Ranking(query: query, candidates: scored)
    }

    /// The best candidate of a ranking and the runners-up, once nearness to `nearby` is scored.
    func resolution(of ranking: Ranking, nearby: [Coordinate], memo: inout ResolutionMemo) -> Resolution {
        // only the ten best become scored places: they are kept in order as the candidates are scored, on the stack
        withUnsafeTemporaryAllocation(of: RankedCandidate.self, capacity: 11) { kept in
            var count = 0
            for c in ranking.candidates {
                var near = 0.0
                for point in nearby {
                    near = max(near, 1 - memo.distance(from: c.index, to: point, within: 150_000, in: self) / 150_000)
                }
                let score = 0.35 * c.match + 0.20 * c.feature + 0.10 * c.population + 0.20 * c.country + 0.15 * near
                let candidate = RankedCandidate(index: c.index, score: (score * 1000).rounded() / 1000, population: populations[c.index])
                var k = count
                while k > 0, ranksBefore(candidate, kept[k - 1]) { k -= 1 }
                guard k < 10 else { continue }
                // one past the tenth is dropped
                var m = min(count, 9)
                while m > k { kept[m] = kept[m - 1]; m -= 1 }
                kept[k] = candidate
                count = min(count + 1, 10)
            }
            let best = count > 0 ? ScoredPlace(place: places[kept[0].index], score: kept[0].score) : nil
            let runnersUp = kept[1..<max(count, 1)].map { ScoredPlace(place: places[$0.index], score: $0.score) }
            return Resolution(query: ranking.query, best: best, runnersUp: runnersUp)
        }
    }

    /// A candidate with its score.
    private struct RankedCandidate {
        let index: Int
        let score: Double
        let population: Int
    }

    /// Whether `a` ranks before `b`: the higher score, then the more populous place, then the lower id.
    private func ranksBefore(_ a: RankedCandidate, _ b: RankedCandidate) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.population != b.population { return a.population > b.population }
        return places[a.index].id < places[b.index].id
    }

    /// With "province" or "countryside" the governorate joins the candidates: the one the gazetteer
    /// names so ("Damascus countryside" is Rif Dimashq), else the one whose seat the name is.
    private func addRegions(of form: PlaceName.Form, qualifier: Qualifier, to candidates: inout [Int: Double]) {
        var keys = form.keys, folded = form.folded
        if keys.count > 1, Qualifier(word: folded[folded.count - 1]) != nil { keys.removeLast(); folded.removeLast() }
        if keys.count > 1, Qualifier(leadingWord: folded[0]) != nil { keys.removeFirst(); folded.removeFirst() }
        for word in qualifier.words {
            let wordForm = PlaceName.form(of: word)
            guard let terminal = index.terminal(forKeys: keys + wordForm.keys) else { continue }
            for (place, q) in self.candidates(at: terminal, folded: (folded + wordForm.folded).joined(separator: " "))
            where places[place].isFirstOrderDivision {
                candidates[place] = max(candidates[place] ?? 0, q)
            }
        }
        for (place, _) in candidates where ["PPLA", "PPLC"].contains(places[place].featureCode) {
            guard let governorate = governorate(of: places[place]), let g = indexOfID(governorate.id) else { continue }
            candidates[g] = max(candidates[g] ?? 0, 0.8)
        }
    }

    /// How well a feature type fits what the text says: a country, then a capital, a governorate seat,
    /// a town; a governorate only when the text says "province" or "countryside".
    static func featureScore(_ place: Place, qualifier: Qualifier?) -> Double {
        let base: Double
        switch (place.featureClass, place.featureCode) {
        case (_, _) where place.isCountry: base = 1
        case ("P", "PPLC"): base = 0.95
        case ("P", let code) where code.hasPrefix("PPLA"): base = 0.85
        case ("P", "PPLX"): base = 0.6
        case ("P", _): base = 0.7
        case ("S", _), ("L", _): base = 0.65
        case ("A", "ADM1"): base = 0.35
        case ("A", _): base = 0.3
        default: base = 0.5
        }
        switch qualifier {
        case nil: return base
        case .province?, .countryside?: return place.isFirstOrderDivision ? 1 : min(base, 0.1)
        case .city?, .town?: return place.featureClass == "P" ? min(1, base + 0.15) : min(base, 0.1)
        case .district?: return place.featureCode == "PPLX" ? 0.95 : base
        }
    }

    /// A place's population, or for a governorate without one the sum of its settlements'.
    func effectivePopulation(_ place: Place) -> Int {
        guard place.population == 0, place.isFirstOrderDivision else { return place.population }
        return settlements(inGovernorateOf: place).reduce(0) { $0 + $1.population }
    }
}

/// A mention and the place it was resolved to.
public struct ResolvedMention: Hashable, Sendable {
    public let mention: Mention
    public let resolution: Resolution

    public init(mention: Mention, resolution: Resolution) {
        self.mention = mention
        self.resolution = resolution
    }
}
