import SitmapReports
import Testing

@Suite struct WordSetTests {
    @Test func answersAsASetOfStringsDoes() {
        let words = ["near", "outside", "second-largest", "", "hay'at", "شام", "kill"]
        let list = WordSet(words), set = Set(words)
        let asked = ["near", "nea", "nearby", "Near", "outside", "second-largest", "", "hay'at", "hay’at", "شام", "شا",
                     "\u{212A}ill", "caf\u{E9}", "cafe\u{301}"]
        for word in asked {
            #expect(list.contains(word) == set.contains(word), "\(word)")
        }
        #expect(list.contains("near") && !list.contains("nearby"))
    }

    @Test func canonicalEquivalentsOfListedWordsAreFound() {
        // "é" precomposed and as "e" with a combining accent are one word to a Set<String>, and so to a WordSet
        let list: WordSet = ["caf\u{E9}", "resume"]
        #expect(list.contains("cafe\u{301}"))
        #expect(list.contains("caf\u{E9}"))
        #expect(!list.contains("cafe"))
        #expect(list.union(["strike"]).contains("strike"))
        #expect(list.words == ["caf\u{E9}", "resume"])
    }
}
