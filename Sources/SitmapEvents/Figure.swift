import SitmapReports

/// A count read from a sentence: people killed or people displaced.
struct Figure: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case deaths, displaced }

    let kind: Kind
    /// The number as written ("at least seven" → 7).
    let best: Int
    let low: Int
    let high: Int
    /// "rose to 16", "climbs to 62": a revised running figure, which replaces earlier ones.
    let isRevision: Bool
    /// "at least seven", "more than 14": the number is a lower bound.
    let isLowerBound: Bool
    /// Token index of the number.
    let token: Int
}

/// Reads death and displacement figures: "at least seven", "25 people", "ten children", "more than 14,000",
/// "the toll rose to 16". Vague words ("dozens", "scores", "hundreds") are no number, as in the sample table.
/// Subsets ("including 20 children", "half of them children", "among the dead were ten children") are not figures
/// of their own, and a number
/// that counts the wounded is not a death toll.
enum FigureReader {
    static let unitWords: KeyValuePairs<String, Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    static let units = WordMap(unitWords.map { (word: $0.key, value: $0.value) })
    /// The letters number words start with: a hyphenated word that starts with another letter ("rebel-held")
    /// is no "twenty-five", and its parts need not be read.
    static let unitInitials = Set(unitWords.map { $0.key.utf8.first! })
    static let people: WordSet = [
        "people", "persons", "person", "civilians", "civilian", "children", "child", "women", "men", "soldiers", "fighters",
        "militants", "rebels", "insurgents", "residents", "individuals", "members", "troops", "combatants", "villagers",
        "others", "lives", "deaths", "fatalities", "dead", "bodies", "killed", "family", "families", "students", "worker", "workers",
    ]
    static let deathCues: WordSet = ["killed", "killing", "kills", "kill", "dead", "deaths", "death", "died", "die", "fatalities",
                                     "lives", "toll", "bodies", "dying"]
    static let injuryCues: WordSet = ["injured", "wounded", "injuries", "hurt", "wounding", "injuring"]
    static let displacementCues: WordSet = ["displaced", "uprooted", "flee", "fled", "fleeing", "homeless", "evacuated", "displacement"]
    static let subsetCues: WordSet = ["including", "includes", "among", "them", "whom", "of"]
    /// Verbs before "to" that make a number a revised toll ("rose to 16").
    static let risingWords: WordSet = ["rose", "risen", "climbed", "climbs", "rises", "reached", "jumped"]

    /// The value of the number word(s) at `i` and how many tokens they take, nil when there is none; `text` is
    /// the sentence the tokens come from.
    static func number(in tokens: [Token], at i: Int, text: String) -> (value: Int, length: Int)? {
        let token = tokens[i]
        var value: Int?
        if let digits = token.digitValue, !(token.writtenLength == 4 && (1900...2100).contains(digits)) {
            value = digits
        } else if let unit = units[token.key] {
            value = unit
        } else if token.isHyphenated && !token.startsWithDigit, mayStartNumber(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: token.start)]) {
            // "twenty-five"
            let parts = Tokenizer.partKeys(of: token, in: text).compactMap { units[$0] }
            if parts.count == 2 { value = parts[0] + parts[1] }
        }
        guard var result = value else { return nil }
        var length = 1
        if i + 1 < tokens.count {
            switch tokens[i + 1].key {
            case "hundred": result *= 100; length = 2
            case "thousand": result *= 1000; length = 2
            case "million": result *= 1_000_000; length = 2
            default: break
            }
        }
        if token.key == "dozen", i > 0, tokens[i - 1].key != "a" { return nil }
        return (result, length)
    }

    /// Whether a word whose first byte is `first` may be a number word: any but an ASCII letter no number word starts with.
    private static func mayStartNumber(_ first: UInt8) -> Bool {
        let lowercased = first | 0x20
        return !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased) || unitInitials.contains(lowercased)
    }

    /// Every figure of a sentence: its `tokens` and its `text`.
    static func figures(in tokens: [Token], text: String) -> [Figure] {
        var figures: [Figure] = []
        // "had killed 11 people, more than first reported": a revision without "rose to" (asked once a number is found)
        var revisedSentence: Bool?
        // most tokens are neither digits nor number words: the table is taken in hand once, not per token
        let units = units
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.digitValue != nil || token.isHyphenated || units[token.key] != nil,
                  let (value, length) = number(in: tokens, at: i, text: text) else { i += 1; continue }
            let revised = revisedSentence ?? tokens.indices.contains { i in
                tokens[i].key == "revised" || tokens[i].key == "first" && i + 1 < tokens.count && tokens[i + 1].key == "reported"
            }
            revisedSentence = revised
            defer { i += length }
            let before = WordsBefore(tokens, i)
            if subsetCues.contains(before[0]) || before[1] == "of" && before[0] == "half" { continue }
            // "Among the casualties were ten children": part of a toll given elsewhere
            if tokens[max(0, i - 4)..<i].contains(where: { $0.key == "among" }) { continue }
            if before[0] == "the" { continue }
            // what the number counts: the nearest cue after it (a few words), else before it
            let after = tokens[(i + length)..<min(tokens.count, i + length + 9)]
            let earlier = tokens[max(0, i - 8)..<i]
            let isRevision = revised || before[0] == "to" && earlier.contains { risingWords.contains($0.key) }
            let countsPeople = after.prefix(3).contains { people.contains($0.key) } || isRevision
            guard countsPeople else { continue }
            let kind: Figure.Kind
            func isCue(_ token: Token) -> Bool {
                deathCues.contains(token.key) || injuryCues.contains(token.key) || displacementCues.contains(token.key)
            }
            if let cue = (after.first(where: isCue) ?? earlier.last(where: isCue))?.key {
                if injuryCues.contains(cue) { continue }
                kind = displacementCues.contains(cue) ? .displaced : .deaths
            } else if after.first.map({ deathCues.contains($0.key) }) == true || isRevision {
                kind = .deaths
            } else {
                continue
            }
            var low = value, high = value
            if before[1] == "up" && before[0] == "to" { low = 0 }
            if before[0] == "between" || before[0] == "from", let and = tokens[(i + length)...].prefix(2).firstIndex(where: { $0.key == "and" || $0.key == "to" }),
               and + 1 < tokens.count, let upper = number(in: tokens, at: and + 1, text: text) {
                high = upper.value
            }
            let isLowerBound = before[1] == "at" && before[0] == "least" || before[1] == "more" && before[0] == "than"
            figures.append(Figure(kind: kind, best: value, low: low, high: high, isRevision: isRevision, isLowerBound: isLowerBound,
                                  token: i))
        }
        return figures
    }
}
