import SitmapGazetteer
import SitmapGeometry
import Testing

@Suite struct ResolveTests {
    let gazetteer = bundledGazetteer

    func best(_ name: String, _ context: ResolutionContext = ResolutionContext()) throws -> ScoredPlace {
        try #require(gazetteer.resolve(name, context: context).best, "\(name) is unresolved")
    }

    @Test func theIssuesChecks() throws {
        let khansir = try best("Khansir")
        #expect(khansir.place.name == "Khanāşir")
        #expect(kilometres(khansir.place.coordinate, 35.7816, 37.4992) < 3)
        for name in ["Sheikh Najjar", "Shaykh Najjar"] {
            #expect(kilometres(try best(name).place.coordinate, 36.2728, 37.2564) < 3)
        }
        let idleb = try best("Idleb")
        #expect(idleb.place.id == "169389" && idleb.place.featureCode == "PPLA")
        #expect(kilometres(idleb.place.coordinate, 35.93, 36.63) < 3)
        #expect(try best("Idlib province").place.id == "sitmap-gov-idlib")
        #expect(try best("Halab").place.id == "170063")
        #expect(try best("حلب").place.id == "170063")
        let amman = try best("Amman")
        #expect(amman.place.countryCode == "JO" && amman.place.featureCode == "PPLC")
        #expect(try best("Rhodes").place.countryCode == "GR")
        let unknown = gazetteer.resolve("Xyzzyville")
        #expect(!unknown.isResolved && unknown.runnersUp.isEmpty && unknown.query == "Xyzzyville")
    }

    @Test func aCityComesBeforeItsGovernorateUnlessTheTextSaysOtherwise() throws {
        #expect(try best("Aleppo").place.id == "170063")
        #expect(try best("Aleppo governorate").place.id == "sitmap-gov-aleppo")
        #expect(try best("Aleppo", ResolutionContext(qualifier: .province)).place.id == "sitmap-gov-aleppo")
        #expect(try best("rural Hama").place.id == "sitmap-gov-hama")
        #expect(try best("Hama's western countryside").place.id == "sitmap-gov-hama")
        // the press's "Damascus countryside" is Rif Dimashq, not the city's own governorate
        #expect(try best("Damascus", ResolutionContext(qualifier: .countryside)).place.id == "sitmap-gov-rif-dimashq")
        #expect(try best("Khansir countryside").place.id == "168351")
    }

    @Test func theReportsCountryAndItsNeighboursComeFirst() throws {
        // Ariha in Idlib (no population in GeoNames) before Jericho, which GeoNames also calls Ariha
        #expect(try best("Ariha").place.countryCode == "SY")
        // in a report about Syria Tripoli is Lebanon's; with no country in view, Libya's capital
        #expect(try best("Tripoli").place.countryCode == "LB")
        #expect(try best("Tripoli", ResolutionContext(focusCountryCode: nil)).place.countryCode == "LY")
        #expect(try best("Erbil").place.countryCode == "IQ")
        #expect(try best("Lebanon").place.isCountry)
        #expect(try best("Turkey").place.id == "298795")
    }

    @Test func otherPlacesOfTheReportDecideBetweenNamesakes() throws {
        // Şūrān is a village north of Aleppo (admin1 09) and a town north of Hama (10)
        let aleppo = Coordinate(latitude: 36.2012, longitude: 37.1612), hama = Coordinate(latitude: 35.1318, longitude: 36.7578)
        #expect(try best("Suran", ResolutionContext(nearby: [aleppo])).place.admin1Code == "09")
        #expect(try best("Suran", ResolutionContext(nearby: [hama])).place.admin1Code == "10")
        let text = "Rebels took Tall Rifaat and Suran, north of Aleppo, after taking Azaz."
        let suran = try #require(gazetteer.resolvedMentions(in: text).first { $0.mention.text == "Suran" })
        #expect(suran.resolution.best?.place.admin1Code == "09")
    }

    @Test func scoresAreOrderedAndRunnersUpListed() throws {
        let resolution = gazetteer.resolve("Khansir")
        let best = try #require(resolution.best)
        #expect(!resolution.runnersUp.isEmpty)
        #expect(resolution.runnersUp.allSatisfy { $0.score <= best.score && $0.place != best.place })
        #expect(best.score > 0 && best.score <= 1)
        #expect(zip(resolution.runnersUp, resolution.runnersUp.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func everySyrianPlaceIsFoundByEachOfItsNames() {
        var missed: [String] = []
        for place in gazetteer.places where place.countryCode == "SY" {
            for name in [place.name, place.asciiName] {
                let resolution = gazetteer.resolve(name)
                let found = ([resolution.best].compactMap { $0 } + resolution.runnersUp).contains { $0.place == place }
                if !found { missed.append(name) }
            }
        }
        #expect(missed.isEmpty, "not found by their own names: \(missed)")
        #expect(PlaceName.normalized("Aş Şanamayn") == PlaceName.normalized("Sanamayn"))
        #expect(gazetteer.mentions(in: "Shelling on Aş Şanamayn.").first?.candidates.contains { $0.id == "172469" } == true)
    }

    @Test func governoratesAndTheirSettlements() throws {
        let khanasir = try #require(gazetteer.place(id: "168351"))
        let aleppoGovernorate = try #require(gazetteer.governorate(of: khanasir))
        #expect(aleppoGovernorate.id == "sitmap-gov-aleppo")
        let settlements = gazetteer.settlements(inGovernorateOf: aleppoGovernorate)
        #expect(settlements.contains(khanasir))
        #expect(settlements.contains { $0.id == "sitmap-sheikh-najjar" })
        #expect(settlements.allSatisfy { $0.admin1Code == "09" && $0.countryCode == "SY" && $0.isSettlement })
        #expect(gazetteer.governorate(of: try #require(gazetteer.place(id: "250441"))) == nil)  // Amman: no ADM1 row
        #expect(gazetteer.place(id: "no-such-id") == nil)
    }
}
