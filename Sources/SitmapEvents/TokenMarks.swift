import SitmapReports

/// What the punctuation and the clause words around one token of a sentence say: where a trigger's clause
/// ends, and which words are speech or an aside. Worked out once per sentence, in one pass over the bytes
/// between its tokens.
struct TokenMarks: OptionSet, Sendable {
    let rawValue: UInt8

    /// Hard punctuation (`;` `:`, a lone `—`) stands before it.
    static let breakBefore = TokenMarks(rawValue: 1 << 0)
    /// It lies inside a quotation of more than four words (speech, not narration).
    static let quoted = TokenMarks(rawValue: 1 << 1)
    /// It lies between a pair of dashes: an aside, whose actors are not the subject.
    static let aside = TokenMarks(rawValue: 1 << 2)
    /// It is a word that ends a clause ("while", "after", "which"; "that" before a perfect).
    static let clauseWord = TokenMarks(rawValue: 1 << 3)

    /// Times of day, after which "before" and "after" name a time ("before dawn"), not a clause.
    private static let timesOfDay: WordSet = ["dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "noon", "midday", "midnight"]
    private static let perfectAuxiliaries: WordSet = ["has", "have", "had"]

    /// The marks of each of `tokens`, the words of `text`.
    static func marks(of text: String, tokens: [Token]) -> [TokenMarks] {
        var marks = [TokenMarks](repeating: [], count: tokens.count)
        var dashes: [Int] = []
        let clauseBreaks = TriggerLexicon.clauseBreaks
        var text = text
        text.withUTF8 { bytes in
            marks.withUnsafeMutableBufferPointer { marks in
                var inQuote = false
                var quoteStart = 0
                var previousEnd = 0
                for i in tokens.indices {
                    let token = tokens[i]
                    for j in previousEnd..<token.start where bytes[j] != UInt8(ascii: " ") {
                        let b = bytes[j]
                        if b == UInt8(ascii: ";") || b == UInt8(ascii: ":") { marks[i].insert(.breakBefore) }
                        // U+2014 em dash, U+201C and U+201D quotation marks
                        let third = b == 0xE2 && j + 2 < bytes.count && bytes[j + 1] == 0x80 ? bytes[j + 2] : 0
                        if third == 0x94 { dashes.append(i) }
                        guard b == UInt8(ascii: "\"") || third == 0x9C || third == 0x9D else { continue }
                        if inQuote {
                            if i - quoteStart > 4 { for k in quoteStart..<i { marks[k].insert(.quoted) } }
                            inQuote = false
                        } else {
                            inQuote = true
                            quoteStart = i
                        }
                    }
                    previousEnd = token.end
                    if clauseBreaks.contains(token.key) || token.key == "that", isClauseWord(tokens, i) { marks[i].insert(.clauseWord) }
                }
                if inQuote && tokens.count - quoteStart > 4 { for k in quoteStart..<tokens.count { marks[k].insert(.quoted) } }
                // "—an Islamist group designated … by the U.S., Russia, Turkey, and others—": an aside; a lone dash breaks
                var k = 0
                while k < dashes.count {
                    if k + 1 < dashes.count {
                        for t in dashes[k]..<dashes[k + 1] { marks[t].insert(.aside) }
                        k += 2
                    } else {
                        marks[dashes[k]].insert(.breakBefore)
                        k += 1
                    }
                }
            }
        }
        return marks
    }

    /// Whether token `j`, a clause word or "that", ends a clause: not in "as well as", "that" only before a perfect
    /// ("an advance that has taken most of Aleppo"), "before" and "after" not before a time of day ("before dawn").
    private static func isClauseWord(_ tokens: [Token], _ j: Int) -> Bool {
        let word = tokens[j].key
        let next = j + 1 < tokens.count ? tokens[j + 1].key : WordKey.empty
        if word == "as" && (next == "well" || j > 0 && tokens[j - 1].key == "well") { return false }
        if word == "that" { return perfectAuxiliaries.contains(next) }
        if (word == "before" || word == "after") && timesOfDay.contains(next) { return false }
        return true
    }
}
