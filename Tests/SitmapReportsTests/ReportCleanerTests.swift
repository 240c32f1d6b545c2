import Foundation
import SitmapReports
import SitmapTestSupport
import Testing

@Suite struct ReportCleanerTests {
    private func sample(_ id: String) throws -> Report {
        let (reports, _) = ReportReader.read([Repository.samples])
        return try #require(reports.first { $0.id.hasPrefix(id) })
    }

    @Test func cutsDatelinesAndTrailingLists() throws {
        let clean = ReportCleaner.clean(try sample("02"))
        #expect(clean.dateline == "Amman")
        #expect(clean.sentences.first?.text.hasPrefix("Rebel fighters pressed their offensive") == true)
        #expect(clean.debris.map(\.kind) == [.repeatedHeadline, .trailingList])
        #expect(!clean.sentences.contains { $0.text.contains("Friday's general election") })
    }

    @Test func shoutedDatelinesAreCapitalizedAsFoundationCapitalizesThem() {
        for place in ["BEIRUT", "DEIR EZ-ZOR", "O'NEIL", "ST.JOHN", "AL-BAB", "Idlib", "DEIR Al-BALAH"] {
            let report = Report(id: "d", published: Day(iso: "2024-12-01")!, title: "", text: "\(place): Fighting went on.", file: "d")
            let expected = place == place.uppercased() ? place.capitalized : place
            #expect(ReportCleaner.clean(report).dateline == expected, "\(place)")
        }
    }

    @Test func removesTheRepeatedHeadlineCaptionsLinksAndCommentNotices() throws {
        let four = ReportCleaner.clean(try sample("04"))
        #expect(four.dateline == "Amman")
        #expect(four.debris.map(\.kind) == [.repeatedHeadline, .repeatedHeadline])
        let five = ReportCleaner.clean(try sample("05"))
        #expect(five.dateline == "Istanbul")
        #expect(five.debris.map(\.kind) == [.repeatedHeadline, .photoCaption, .alsoRead])
        let three = ReportCleaner.clean(try sample("03"))
        #expect(three.debris.map(\.kind) == [.repeatedHeadline, .commentNotice])
    }

    @Test func keepsTheFirstOfRepeatedParagraphs() throws {
        let report = Report(id: "t", published: Day(iso: "2024-12-01")!, title: "Jets pound Idlib",
                            text: "Jets pound Idlib\n\nA summary line.\n\nJets pound Idlib\n\nA summary line.\n\nDamascus: Jets struck Idlib. Rebels held on.\n",
                            file: "t.txt")
        let clean = ReportCleaner.clean(report)
        #expect(clean.dateline == "Damascus")
        #expect(clean.sentences.map(\.text) == ["A summary line.", "Jets struck Idlib.", "Rebels held on."])
        #expect(clean.sentences.map(\.paragraph) == [0, 1, 1])
        #expect(clean.debris.map(\.kind) == [.repeatedHeadline, .repeatedHeadline, .duplicateParagraph])
    }

    @Test func comparesLinesAsTextAndFindsCuesWhateverTheirCase() {
        let report = Report(id: "t", published: Day(iso: "2024-12-01")!, title: " Café talks ", text: """
            CAFE\u{301} TALKS!
            Talks went on at the café. Mr. Ali said so.
            Talks went on at the cafe\u{301}!! Mr. Ali said so
            Civilians Flee Aleppo
            A PHOTO BY Reuters shows the square.
            Readers who COMMENT must log in first.
            Shelling resumed — again.\r
            Most Read
            Jets struck Idlib.
            """, file: "t.txt")
        let clean = ReportCleaner.clean(report)
        #expect(clean.headline == "Café talks")
        #expect(clean.dateline == nil)
        #expect(clean.sentences.map(\.text) == ["Talks went on at the café.", "Mr. Ali said so.", "Shelling resumed — again."])
        #expect(clean.sentences.map(\.paragraph) == [0, 0, 1])
        #expect(clean.debris.map(\.kind) == [.repeatedHeadline, .duplicateParagraph, .subheading, .photoCaption, .commentNotice,
                                             .trailingList])
        #expect(clean.debris[1].text == "Talks went on at the cafe\u{301}!! Mr. Ali said so")
    }

    @Test func findsRepeatsWhateverTheirPunctuationAndSpacingAmongManyLines() {
        // punctuation and runs of spaces at every offset of the eight bytes folded at once, and more lines than
        // the table of kept lines first has room for
        let lines = (1...40).map { "Shelling of district \($0) went on overnight, residents said." }
        let repeats = (1...40).map { "  shelling OF district \($0) -- went on: overnight   residents   said!" }
        let text = (lines + repeats + ["Shelling of district 7 went on overnight; residents said later."]).joined(separator: "\n")
        let clean = ReportCleaner.clean(Report(id: "t", published: Day(iso: "2024-12-01")!, title: "", text: text, file: "t.txt"))
        #expect(clean.sentences.map(\.text) == lines + ["Shelling of district 7 went on overnight; residents said later."])
        #expect(clean.debris.count == 40 && clean.debris.allSatisfy { $0.kind == .duplicateParagraph })
        #expect(clean.debris.map(\.text) == repeats.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test func splitsSentencesButNotAbbreviations() {
        let text = "The U.S. and Russia said so. Talks begin on Nov. 3 in Geneva! \"We agree,\" he said. Dr. Ali left? Yes."
        #expect(SentenceSplitter.sentences(in: text) == [
            "The U.S. and Russia said so.", "Talks begin on Nov. 3 in Geneva!", "\"We agree,\" he said.", "Dr. Ali left?", "Yes.",
        ])
    }

    @Test func tokenizesNamesNumbersAndApostrophes() {
        let tokens = Tokenizer.tokens(in: "Hay’at Tahrir al-Sham's fighters took 14,000 U.S. (ʿAnadan).")
        #expect(tokens.map(\.key) == ["hay'at", "tahrir", "al-sham's", "fighters", "took", "14,000", "u.s", "anadan"])
        #expect(tokens[2].stem == "al-sham")
        #expect(tokens[5].digitValue == 14_000)
        #expect(tokens[0].isCapitalized && !tokens[3].isCapitalized)
    }
}
