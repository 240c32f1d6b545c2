import SitmapGazetteer
import Testing

@Suite struct MentionTests {
    let gazetteer = bundledGazetteer

    /// The mentions of a text as (text, first candidate's id) pairs.
    func found(_ text: String) -> [String] { gazetteer.mentions(in: text).map(\.text) }

    @Test func findsEveryNameInTextOrderLongestFirst() throws {
        let text = """
            Damascus: Rebels pushed into Idlib province on Friday and took Khansir, then the Sheikh Najjar \
            industrial zone north-east of Aleppo, while jets struck Idlib city.
            """
        let mentions = gazetteer.mentions(in: text)
        #expect(mentions.map(\.text) == ["Damascus", "Idlib province", "Khansir", "Sheikh Najjar industrial zone",
                                         "Aleppo", "Idlib city"])
        for mention in mentions { #expect(String(text[mention.range]) == mention.text) }
        #expect(mentions[1].qualifier == .province)
        #expect(mentions[1].candidates.map(\.id) == ["sitmap-gov-idlib"])
        #expect(mentions[2].normalizedName == "khansar")
        #expect(mentions[2].candidates.contains { $0.id == "168351" })
        #expect(mentions[5].qualifier == .city)
    }

    @Test func qualifiersComeFromTheWordsAround() {
        let text = "Shelling hit Hama's northern countryside, the countryside of Aleppo, rural Homs and the town of Saraqib."
        let qualifiers = gazetteer.mentions(in: text).map { "\($0.text):\($0.qualifier?.rawValue ?? "-")" }
        #expect(qualifiers == ["Hama:countryside", "Aleppo:countryside", "Homs:countryside", "Saraqib:town"])
        let both = gazetteer.mentions(in: "Strikes on Idlib and Latakia provinces.")
        #expect(both.map(\.text) == ["Idlib", "Latakia"])
        #expect(both.last?.qualifier == .province)
    }

    @Test func commonWordsAndNamesOfPeopleAreNotPlaces() {
        let text = """
            Police said Most residents had fled. Split between factions, Mobile units moved Of course. \
            Reading the statement, Ali Hassan said Hayat Tahrir al-Sham controls the area. The UN and IS \
            were named. Bashar al-Assad spoke. Homes and Streets Submerged.
            """
        #expect(found(text).isEmpty)
    }

    @Test func aWordJudgedOnceIsStillReadWithItsNeighbours() {
        // the second time round, each word's judgement as a one-word name is the one kept with the word
        for _ in 0..<2 {
            #expect(found("Clashes near Saraqueb continued.").isEmpty)
            #expect(found("Clashes near the town of Saraqueb continued.") == ["Saraqueb"])
            #expect(found("Police said Latakia was shelled.") == ["Latakia"])
            #expect(found("Fighters entered al-Bab, then Bab.") == ["al-Bab"])
        }
    }

    @Test func namesMustBeginWithACapital() {
        #expect(found("the road from aleppo to idlib").isEmpty)
        #expect(found("the road from Aleppo to Idlib") == ["Aleppo", "Idlib"])
    }

    @Test func theArticleIsPartOfTheMention() {
        #expect(found("Fighters entered al-Bab and Ar Raqqah.") == ["al-Bab", "Raqqah"])
        // "Bab" alone is a gate, not al-Bab
        #expect(found("They reached the Bab al-Hawa crossing.").isEmpty)
    }

    @Test func aSpellingAlikeOnlyByItsKeyNeedsAQualifier() {
        #expect(found("Clashes near Saraqueb continued.").isEmpty)
        let mentions = gazetteer.mentions(in: "Clashes near the town of Saraqueb continued.")
        #expect(mentions.map(\.text) == ["Saraqueb"])
        #expect(gazetteer.resolve(mentions[0]).best?.place.id == "164816")
    }

    @Test func arabicScriptIsFound() {
        let mentions = gazetteer.mentions(in: "قصفت الطائرات مدينة حلب وريف إدلب يوم الجمعة")
        #expect(mentions.map(\.text) == ["حلب", "وريف إدلب"])
        #expect(mentions[0].qualifier == .city)
        #expect(gazetteer.resolve(mentions[0]).best?.place.id == "170063")
        #expect(gazetteer.resolve(mentions[1]).best?.place.id == "sitmap-gov-idlib")
        // the conjunction و before a name: وحلب is "and Aleppo"
        #expect(gazetteer.mentions(in: "دمشق وحلب").map(\.text) == ["دمشق", "وحلب"])
    }

    @Test func acronymsAndInitialismsOfCountries() {
        #expect(found("the U.S. and the UK condemned it") == ["U.S.", "UK"])
        #expect(found("Us and Uk").isEmpty)
    }

    @Test func datelinesAndForeignPlacesAreFoundToo() {
        let mentions = gazetteer.mentions(in: "Amman: officials met. Also Read | Storm Bora Hits Greek Island of Rhodes")
        #expect(mentions.map(\.text) == ["Amman", "Rhodes"])
        #expect(gazetteer.resolve(mentions[1]).best?.place.countryCode == "GR")
    }

    @Test func aHandMadeGazetteerMatchesTheSameWay() {
        let small = Gazetteer(places: [
            place("1", "Kafr Nabl", alternates: ["Kafranbel"], latitude: 35.61, longitude: 36.56, admin1: "12"),
            place("2", "Kafr", latitude: 35.0, longitude: 36.0),
        ])
        let mentions = small.mentions(in: "Shelling on Kafr Nabl, on Kafranbel and on Kafr.")
        #expect(mentions.map(\.text) == ["Kafr Nabl", "Kafranbel", "Kafr"])
        #expect(mentions.map { $0.candidates.map(\.id) } == [["1"], ["1"], ["2"]])
        #expect(small.mentions(in: "").isEmpty)
    }
}
