import SitmapEvents
import SitmapReports
import Testing

/// The extraction rules one sentence at a time, on texts written for them.
@Suite struct ExtractionRuleTests {
    @Test func readsFiguresAndWhoGaveThem() throws {
        let events = Pipeline.candidates("Jets struck Sarmada on Sunday, killing at least seven people, including two children, rescuers said.",
                                         published: "2024-12-01")
        let strike = try #require(events.first)
        #expect(events.count == 1)
        #expect(strike.subEventType == .airDroneStrike && strike.date.iso == "2024-12-01" && strike.timePrecision == 1)
        #expect(strike.fatalities.best == 7 && strike.fatalities.low == 7 && strike.fatalities.high == 7)
        #expect(strike.fatalities.reportedBy == ["Rescue workers"])
        #expect(strike.location.placeID == "sitmap-sarmada" && strike.location.geoPrecision == 1)
    }

    @Test func aTollInTheNextSentenceBelongsToTheStrike() throws {
        let events = Pipeline.candidates("""
            Russian warplanes struck the town of Sarmada on Saturday. Rescuers confirmed ten fatalities and dozens of injuries.
            """, published: "2024-12-01")
        let strike = try #require(events.first)
        #expect(strike.actor1 == "Russian forces" && strike.date.iso == "2024-11-30")
        #expect(strike.fatalities.best == 10 && strike.notes.count == 2)
    }

    @Test func capturesEveryListedPlaceWithItsSide() throws {
        let events = Pipeline.candidates("Turkey-backed factions captured Tal Rifaat and Azaz from Kurdish-led forces on Sunday.",
                                         published: "2024-12-02")
        #expect(events.map(\.location.placeID) == ["163476", "172082"])
        let claim = try #require(events.first?.controlClaim)
        #expect(claim.side == "sna" && claim.previousSide == "sdf" && claim.status == .held && claim.confirmation == .claimed)
        #expect(events.allSatisfy { $0.date.iso == "2024-12-01" && $0.subEventType == .nonStateActorOvertakesTerritory })
    }

    @Test func skipsHistoryDenialsFearsAndQuotes() {
        for text in [
            "Aleppo was fully reclaimed by government forces in 2016 with Russian support.",
            "The army and Moscow deny that their strikes on Idlib targeted civilians.",
            "Residents of Idlib feared a repeat of the bombing of Idlib.",
            "\"We will never let them take Aleppo back from us,\" the commander said.",
            "The rebels vowed to capture Hama.",
        ] {
            #expect(Pipeline.candidates(text, published: "2024-12-01").isEmpty, "\(text)")
        }
    }

    @Test func anUndatedEventFallsInTheWeekBeforePublication() throws {
        let event = try #require(Pipeline.candidates("Rebels captured Saraqib.", published: "2024-12-01").first)
        #expect(event.timePrecision == 2 && event.date.iso == "2024-12-01")
        #expect(event.period?.first.iso == "2024-11-25" && event.period?.last.iso == "2024-12-01")
    }

    @Test func anAnaphorBorrowsTheHeadlinePlaceAtPrecisionThree() throws {
        let events = Pipeline.candidates("The UN said 9,000 people had fled their homes on Friday.", published: "2024-11-30",
                                         title: "Fighting reaches Saraqib")
        let flight = try #require(events.first)
        #expect(flight.subEventType == .civiliansDisplaced && flight.displaced == 9_000 && flight.date.iso == "2024-11-29")
        #expect(flight.location.placeID == "164816" && flight.location.geoPrecision == 3)
    }

    @Test func actorsMatchLongestAliasAndSharedNouns() throws {
        let table = Pipeline.actors
        #expect(table.side(ofActor: "Hayat Tahrir al-Sham") == "hts")
        #expect(table.side(ofActor: "Turkey-backed factions") == "sna")
        #expect(table.actor(named: "White Helmets")?.role == .reporter)
        let strike = try #require(Pipeline.candidates("Syrian and Russian warplanes pounded Sarmada on Sunday.", published: "2024-12-01").first)
        #expect(Set(strike.actors) == ["Syrian government forces", "Russian forces"])
    }
}
