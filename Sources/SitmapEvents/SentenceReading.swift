import SitmapGazetteer
import SitmapReports

/// A place named in a sentence, resolved, with how the words around it relate it to an event.
struct PlaceMention: Hashable, Sendable {
    /// How the sentence relates the place to what happened there.
    enum Relation: Hashable, Sendable {
        /// In or at the place ("struck Idlib", "in Aleppo").
        case at
        /// Near it or on its edge ("near Aleppo", "outskirts of Sarmada", "south of Aleppo"): geo precision 2.
        case near
        /// Where something came from ("withdrawal from Aleppo").
        case from
        /// A possessive that qualifies another noun ("Aleppo's north-eastern edge").
        case possessive
    }

    let tokens: Range<Int>
    let place: Place
    let relation: Relation
    /// The words before it say "all of" ("seized all of Idlib province").
    let isWhole: Bool
}

/// What a sentence holds: its words, dates, actors, places, figures and trigger phrases, with positions.
struct SentenceReading {
    let sentence: Sentence
    let tokens: [Token]
    let dates: [DateMention]
    let actors: [ActorMention]
    let places: [PlaceMention]
    let figures: [Figure]
    let triggers: [PhraseMatcher<Action>.Match]
    /// For each token, what the punctuation and the clause words around it say (empty when nothing happens in
    /// the sentence).
    let marks: [TokenMarks]

    /// Words before a place that put the event near it rather than in it.
    static let nearWords: WordSet = ["near", "outside", "around", "nearby", "outskirts", "suburb", "suburbs", "edge", "edges",
                                     "approaches", "approach", "close", "vicinity", "north", "south", "east", "west", "north-east",
                                     "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
                                     "northern", "southern", "eastern", "western", "countryside"]
    /// Nouns that refer back to a place named before ("the city"), and for strikes to a strike ("the raids").
    static let placeNouns: WordSet = ["city", "town", "village", "area", "district", "neighbourhood", "neighborhood", "enclave"]
    static let placeAndStrikeNouns = placeNouns.union(["strike", "strikes", "raid", "raids", "attack", "attacks", "bombardment",
                                                       "airstrikes", "airstrike"])
    static let referringWords: WordSet = ["the", "this", "these", "second-largest", "second", "its", "whole"]
    static let locatives: WordSet = ["in", "to", "at", "into", "from", "near", "outside"]

    /// Reads `sentence`; actors, places and punctuation are looked up only where something happens (a trigger
    /// or a figure), unless `locateAlways` (the headline, which is a fallback for every sentence).
    init(_ sentence: Sentence, published: Day, resolver: inout MentionResolver, actorTable: ActorTable, locateAlways: Bool = false) {
        self.sentence = sentence
        let text = sentence.text
        let tokens = Tokenizer.tokens(in: text)
        self.tokens = tokens
        dates = DateResolver.mentions(in: tokens, published: published)
        figures = FigureReader.figures(in: tokens, text: text)
        triggers = TriggerLexicon.matcher.matches(in: tokens)
        guard !triggers.isEmpty || !figures.isEmpty || locateAlways else {
            // nothing happens in it: only its dates matter, to the sentences after it
            (actors, places, marks) = ([], [], [])
            return
        }
        actors = actorTable.mentions(in: tokens)
        marks = TokenMarks.marks(of: text, tokens: tokens)
        let dates = dates
        places = SentenceReading.places(in: text, tokens: tokens, actors: actors, resolver: &resolver)
            .filter { place in !dates.contains { $0.tokens.overlaps(place.tokens) } }
    }

    /// The token index holding UTF-8 offset `offset` (the first token starting at or after it).
    static func tokenIndex(_ tokens: [Token], atOffset offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Resolved places of the sentence: countries and places an actor's name covers ("Damascus government")
    /// are left out, and so are foreign places unless a preposition introduces them and they are capitals or
    /// big cities ("travelled to Ankara"): a foreign village that shares a name with an English word is noise.
    static func places(in text: String, tokens: [Token], actors: [ActorMention], resolver: inout MentionResolver) -> [PlaceMention] {
        var found: [PlaceMention] = []
        let utf8 = text.utf8
        let resolved = resolver.resolvedMentions(in: text)
        // by index: a resolved mention (its names, its runners-up) is never copied, only its place
        for k in resolved.indices {
            guard let place = resolved[k].resolution.best?.place, !place.isCountry else { continue }
            let range = resolved[k].mention.range
            let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
            let end = utf8.distance(from: utf8.startIndex, to: range.upperBound)
            let first = tokenIndex(tokens, atOffset: start)
            let last = max(first, tokenIndex(tokens, atOffset: max(start, end - 1)))
            guard first < tokens.count else { continue }
            let previous = first > 0 ? tokens[first - 1].key : WordKey.empty
            let introduced = locatives.contains(previous)
            if !introduced && actors.contains(where: { $0.tokens.contains(first) }) { continue }
            if place.countryCode != "SY" && !(introduced && (place.featureCode == "PPLC" || place.population >= 1_000_000)) { continue }
            let lastToken = tokens[min(last, tokens.count - 1)]
            var relation = PlaceMention.Relation.at
            let before = WordsBefore(tokens, first, stems: true)
            if lastToken.stem != lastToken.key && lastToken.end <= end + 4 && lastToken.end > end {
                relation = .possessive
            } else if nearWords.contains(before[0]) || before[0] == "of" && nearWords.contains(before[1])
                        || before[0] == "to" && before[1] == "close" || before[0] == "of" && before[1] == "part" {
                relation = .near
            } else if before[0] == "from" {
                relation = .from
            }
            let isWhole = before[0] == "of" && before[1] == "all" || before[0] == "all"
            found.append(PlaceMention(tokens: first..<(last + 1), place: place, relation: relation, isWhole: isWhole))
        }
        return found
    }

    /// Whether the sentence refers back to a place named before ("the city"), or for a strike to a strike
    /// ("the strikes", "one of the raids").
    func refersBack(for action: Action) -> Bool {
        let nouns = [.airStrike, .strike, .shelling].contains(action) ? SentenceReading.placeAndStrikeNouns : SentenceReading.placeNouns
        for (i, token) in tokens.enumerated() where nouns.contains(token.stem) && i > 0 {
            let before = tokens[i - 1].key
            if SentenceReading.referringWords.contains(before) { return true }
            if i > 1 && tokens[i - 2].key == "the" && !nouns.contains(before) { return true }
        }
        return false
    }
}
