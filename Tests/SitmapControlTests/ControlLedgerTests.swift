import SitmapControl
import SitmapEvents
import SitmapGazetteer
import SitmapReports
import Testing

@Suite struct ControlLedgerTests {
    let aleppo = Fixture.place("aleppo", longitude: 37.13, latitude: 36.2, population: 1_600_000)
    let khanasir = Fixture.place("khanasir", longitude: 37.3, latitude: 35.78)
    let idlib = Fixture.place("idlib", longitude: 36.63, latitude: 35.93, admin1: "12")
    let saraqib = Fixture.place("saraqib", longitude: 36.8, latitude: 35.86, admin1: "12")
    let idlibProvince = Fixture.place("idlib-province", longitude: 36.68, latitude: 35.78, admin1: "12",
                                      featureClass: "A", featureCode: "ADM1")

    var places: [Place] { [aleppo, khanasir, idlib, saraqib, idlibProvince] }
    var baseline: Baseline {
        Fixture.baseline([(aleppo, "government", .held), (khanasir, "government", .held),
                          (idlib, "hts", .held), (saraqib, "government", .held)])
    }

    private func sides(_ control: [SettlementControl]) -> [String] {
        control.map { "\($0.place.id)=\($0.side)/\($0.status.rawValue)" }
    }

    @Test func baselineDayIsTheBaseline() {
        let ledger = ControlLedger(baseline: baseline, places: places, events: [
            Fixture.event("e1", "2024-11-29", at: khanasir, ControlClaim(side: "hts")),
        ])
        let expected = ["aleppo=government/held", "idlib=hts/held", "khanasir=government/held", "saraqib=government/held"]
        #expect(sides(ledger.control(on: Fixture.day("2024-11-26"))) == expected)
        #expect(sides(ledger.control(on: Fixture.day("2024-11-20"))) == expected)
        #expect(ledger.control(on: Fixture.day("2024-11-26")).allSatisfy { $0.since == nil && $0.evidence.isEmpty && $0.confirmation == nil })
        #expect(ledger.settlements.map(\.id) == ["aleppo", "idlib", "khanasir", "saraqib"])
    }

    @Test func captureChangesTheSideFromItsDayWithItsEvidence() throws {
        let ledger = ControlLedger(baseline: baseline, places: places, events: [
            Fixture.event("e2", "2024-11-30", at: khanasir, ControlClaim(side: "hts", confirmation: .confirmed)),
            Fixture.event("e1", "2024-11-29", at: khanasir, ControlClaim(side: "hts", previousSide: "government")),
        ])
        let before = try #require(ledger.control(on: Fixture.day("2024-11-28")).first { $0.place == khanasir })
        #expect(before.side == "government")
        let first = try #require(ledger.control(on: Fixture.day("2024-11-29")).first { $0.place == khanasir })
        #expect(first.side == "hts")
        #expect(first.since == Fixture.day("2024-11-29"))
        #expect(first.evidence == ["e1"])
        #expect(first.confirmation == .claimed)
        let later = try #require(ledger.control(on: Fixture.day("2024-12-02")).first { $0.place == khanasir })
        #expect(later.evidence == ["e1", "e2"])
        #expect(later.confirmation == .confirmed)

        let changes = ledger.changes(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-12-02"))
        #expect(changes == [ControlChange(place: khanasir, from: "government", to: "hts", status: .held,
                                          day: Fixture.day("2024-11-29"), evidence: ["e1", "e2"], confirmation: .confirmed)])
        #expect(ledger.changes(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-11-29")).map(\.evidence) == [["e1"]])
        #expect(ledger.changes(from: Fixture.day("2024-11-29"), to: Fixture.day("2024-12-02")).isEmpty)
    }

    @Test func governorateClaimChangesEverySettlementOfIt() {
        let ledger = ControlLedger(baseline: baseline, places: places, events: [
            Fixture.event("g1", "2024-12-01", at: idlibProvince, ControlClaim(side: "hts", scope: .governorate)),
        ])
        let changes = ledger.changes(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-12-01"))
        // Idlib city was already held by HTS: only Saraqib changes hands
        #expect(changes.map(\.place.id) == ["saraqib"])
        #expect(changes.map(\.from) == ["government"])
        #expect(sides(ledger.control(on: Fixture.day("2024-12-01"))) ==
                ["aleppo=government/held", "idlib=hts/held", "khanasir=government/held", "saraqib=hts/held"])
        #expect(ledger.control(on: Fixture.day("2024-12-01")).first { $0.place == idlib }?.evidence == ["g1"])
    }

    @Test func largePartsMakeContestedThenCaptureHolds() {
        let ledger = ControlLedger(baseline: baseline, places: places, events: [
            Fixture.event("a1", "2024-11-29", at: aleppo, ControlClaim(side: "hts", status: .contested)),
            Fixture.event("a2", "2024-11-30", at: aleppo, ControlClaim(side: "hts", status: .held)),
        ])
        let changes = ledger.changes(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-12-02"))
        #expect(changes.map { "\($0.day) \($0.from ?? "-")→\($0.to) \($0.status.rawValue) \($0.evidence)" } == [
            "2024-11-29 government→hts contested [\"a1\"]",
            "2024-11-30 hts→hts held [\"a2\"]",
        ])
        #expect(ledger.control(on: Fixture.day("2024-11-29")).first { $0.place == aleppo }?.status == .contested)
    }

    @Test func claimsOfOneDayMakeOneChangeAndHeldWins() {
        let ledger = ControlLedger(baseline: baseline, places: places, events: [
            Fixture.event("b2", "2024-11-30", at: aleppo, ControlClaim(side: "hts", status: .held, confirmation: .confirmed)),
            Fixture.event("b1", "2024-11-30", at: aleppo, ControlClaim(side: "hts", status: .contested)),
        ])
        let changes = ledger.changes(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-11-30"))
        #expect(changes == [ControlChange(place: aleppo, from: "government", to: "hts", status: .held,
                                          day: Fixture.day("2024-11-30"), evidence: ["b1", "b2"], confirmation: .confirmed)])
    }

    @Test func eventsOnOrBeforeTheBaselineDayAndUnknownPlacesAreNotApplied() {
        let stranger = Fixture.place("stranger", longitude: 38, latitude: 35)
        let ledger = ControlLedger(baseline: baseline, places: places + [stranger], events: [
            Fixture.event("old", "2024-11-26", at: aleppo, ControlClaim(side: "hts")),
            Fixture.event("far", "2024-11-28", at: stranger, ControlClaim(side: "hts")),
            Fixture.event("nowhere", "2024-11-28", at: nil, ControlClaim(side: "hts")),
        ])
        #expect(ledger.changes(from: Fixture.day("2024-11-01"), to: Fixture.day("2024-12-31")).isEmpty)
        #expect(ledger.notes == [
            "event far: Stranger (stranger) has no settlement in the baseline",
            "event nowhere: its place 'Nowhere' is not in the gazetteer",
        ])
        #expect(ledger.untrackedSettlements(among: places + [stranger]).map(\.id) == ["stranger"])
    }

    @Test func baselineRowsWithoutASettlementAreNoted() {
        let ledger = ControlLedger(baseline: Fixture.baseline([(aleppo, "government", .held), (idlibProvince, "hts", .held)]),
                                   places: [aleppo, idlibProvince], events: [])
        #expect(ledger.settlements == [aleppo])
        #expect(ledger.notes == ["baseline line 3: idlib-province (Idlib-Province) is not a settlement"])
    }
}
