import SitmapReports
import Testing

@Suite struct TokenTests {
    @Test func keysIgnoreCaseAndTypographicJoiners() {
        let tokens = Tokenizer.tokens(in: "HTS-Led fighters’ ARMY'S Army’s army")
        #expect(tokens.map(\.key) == ["hts-led", "fighters", "army's", "army's", "army"])
        #expect(tokens[2].stem == "army" && tokens[3].stem == "army" && tokens[4].stem == tokens[4].key)
        #expect(tokens[0].isHyphenated && !tokens[1].isHyphenated)
        #expect(Tokenizer.keyText(of: tokens[3], in: "HTS-Led fighters’ ARMY'S Army’s army") == "army's")
        #expect(Tokenizer.partKeys(of: tokens[0], in: "HTS-Led fighters’ ARMY'S Army’s army") == ["hts", "led"])
    }

    @Test func wordsEndAtSeparatorsAndAtJoinersNoLetterFollows() {
        let text = "rebels' towns, the U.S. army-held 14,000. end- 'quoted' al-Sham\u{2019}s \u{1E24}arasta-East"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.key) == ["rebels", "towns", "the", "u.s", "army-held", "14,000", "end", "quoted", "al-sham's",
                                      WordKey("\u{1E25}arasta-east")])
        #expect(Tokenizer.partKeys(of: tokens[4], in: text) == ["army", "held"])
        #expect(Tokenizer.partKeys(of: tokens[8], in: text) == ["al", "sham's"])
        #expect(Tokenizer.partKeys(of: tokens[9], in: text) == [WordKey("\u{1E25}arasta"), "east"])
    }

    @Test func keysHashedWhileScanningAreThoseOfTheWordWrittenOut() {
        let tokens = Tokenizer.tokens(in: "U.S 14,000 Al-Sham's HAY'AT 29TH")
        #expect(tokens.map(\.key) == ["u.s", "14,000", "al-sham's", "hay'at", "29th"])
        #expect(tokens.map(\.stem) == ["u.s", "14,000", "al-sham", "hay'at", "29th"])
        #expect(WordKey.empty == WordKey(""))
    }

    @Test func canonicallyEquivalentSpellingsShareAKey() {
        // "Khanāşir" with a precomposed ā and ş, and with combining marks
        let composed = "Khan\u{101}\u{15F}ir", decomposed = "Khana\u{304}s\u{327}ir"
        let keys = [composed, decomposed].map { Tokenizer.tokens(in: $0).map(\.key) }
        #expect(keys[0] == keys[1] && keys[0] == [WordKey("khan\u{101}\u{15F}ir")])
        #expect(WordKey("kh\u{101}n") != WordKey("khan"))
    }

    @Test func numbersAndTheirWrittenLength() {
        let tokens = Tokenizer.tokens(in: "14,000 people, 2024, 29th")
        #expect(tokens.map(\.digitValue) == [14_000, nil, 2024, nil])
        #expect(tokens.map(\.writtenLength) == [6, 6, 4, 4])
        #expect(tokens[3].startsWithDigit && !tokens[1].startsWithDigit)
    }

    @Test func wordListsAndMapsAnswerByKey() {
        let list: WordSet = ["near", "outskirts"]
        let months: WordMap<Int> = ["november": 11, "nov": 11, "december": 12]
        let tokens = Tokenizer.tokens(in: "Near the OUTSKIRTS in November, not nearby")
        #expect(tokens.map { list.contains($0.key) } == [true, false, true, false, false, false, false])
        #expect(tokens.map { months[$0.key] } == [nil, nil, nil, nil, 11, nil, nil])
        #expect(months.count == 3 && list.contains("near") && !list.contains("Near"))
    }

    @Test func wordsBeforeATokenEndAtTheSentenceStart() {
        let tokens = Tokenizer.tokens(in: "at least seven")
        let before = WordsBefore(tokens, 2)
        #expect(before[0] == "least" && before[1] == "at" && before[2] == .empty)
    }
}
