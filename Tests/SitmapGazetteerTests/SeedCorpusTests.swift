import Foundation
import SitmapGazetteer
import SitmapTestSupport
import Testing

/// The five seed reports beside the checkout (`../shared/corpus/seeds`), when they are there.
@Suite(.enabled(if: Repository.seeds != nil)) struct SeedCorpusTests {
    let gazetteer = bundledGazetteer

    func reports() throws -> [(name: String, text: String)] {
        let folder = try #require(Repository.seeds)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Where each expected name ends up: the name as written, the place id it must resolve to.
    static let expected: [(written: String, id: String)] = [
        ("Idlib", "169389"), ("Aleppo", "170063"), ("Khansir", "168351"), ("Sheikh Najjar", "sitmap-sheikh-najjar"),
        ("Damascus", "170654"), ("Turkey", "298795"), ("Lebanon", "272103"),
    ]

    @Test func everyMentionOfTheWarsPlacesIsFoundAndResolved() throws {
        var checked = 0
        for (name, text) in try reports() {
            let resolved = gazetteer.resolvedMentions(in: text)
            for (written, id) in SeedCorpusTests.expected {
                // every occurrence of the word in the text, as a whole word
                var occurrences: [Range<String.Index>] = []
                var from = text.startIndex
                while let range = text.range(of: written, range: from..<text.endIndex) {
                    let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
                    let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
                    if !before.isLetter && !after.isLetter { occurrences.append(range) }
                    from = range.upperBound
                }
                for occurrence in occurrences {
                    let mention = resolved.first { $0.mention.range.overlaps(occurrence) }
                    let place = try #require(mention?.resolution.best?.place, "\(name): \(written) at \(occurrence) not found")
                    // "Idlib province" is the governorate, "New Aleppo district" another place; every other
                    // occurrence is the place itself
                    if mention?.mention.text.hasPrefix(written) == false {
                        #expect(place.countryCode == "SY")
                    } else if mention?.mention.qualifier?.meansRegion == true {
                        let city = try #require(gazetteer.place(id: id))
                        #expect(place.isFirstOrderDivision && place.admin1Code == city.admin1Code)
                    } else {
                        #expect(place.id == id, "\(name): \(written) resolved to \(place.name)")
                    }
                    checked += 1
                }
            }
            // the dateline and the unrelated stories are placed where they are
            if text.contains("Rhodes") {
                #expect(resolved.contains { $0.mention.text == "Rhodes" && $0.resolution.best?.place.countryCode == "GR" })
            }
        }
        #expect(checked > 60)
    }

    @Test func nothingButPlacesIsMentioned() throws {
        let allowed: Set<String> = ["Idlib", "Aleppo", "Khansir", "Damascus", "Turkey", "Lebanon", "Syria", "Russia",
                                    "Iran", "Israel", "U.S.", "United States", "France", "Germany", "Britain", "Senegal",
                                    "Rhodes", "Amman", "Hama", "Latakia", "Idlib province", "Aleppo province", "Idlib city",
                                    "New Aleppo district"]
        for (name, text) in try reports() {
            for mention in gazetteer.mentions(in: text) where !mention.text.hasPrefix("Sheikh Najjar") {
                #expect(allowed.contains(mention.text), "\(name): \(mention.text) is not a place of the report")
            }
        }
    }
}
