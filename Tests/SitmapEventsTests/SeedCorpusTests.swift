import Foundation
import SitmapEvents
import SitmapReports
import SitmapTestSupport
import Testing

/// The acceptance fixtures: five wire rewrites in `../shared/corpus/seeds` (runs when the folder is there).
@Suite(.enabled(if: Repository.seeds != nil)) struct SeedCorpusTests {
    let events: [Event]
    let reports: [Report]

    init() throws {
        (events, reports) = Pipeline.events(in: try #require(Repository.seeds))
    }

    private func only(_ description: String, _ predicate: (Event) -> Bool) throws -> Event {
        let found = events.filter(predicate)
        #expect(found.count == 1, "\(description): \(found.count) events")
        return try #require(found.first)
    }

    private var captures: Set<SubEventType> { [.nonStateActorOvertakesTerritory, .nonViolentTransferOfTerritory, .governmentRegainsTerritory] }

    @Test func idlibStrikeOfDecemberFirstIsOneEventFromFourReports() throws {
        let strike = try only("Idlib strike") {
            $0.subEventType == .airDroneStrike && $0.date.iso == "2024-12-01" && Pipeline.kilometres($0, 35.93, 36.63) < 5
        }
        #expect(strike.sources.count == 4)
        // "at least four" and "at least seven": the highest lower bound is the best estimate; "ten children" killed
        // "as airstrikes hit Idlib and neighboring regions" are part of the day's wider toll, not of this strike
        #expect(strike.fatalities.low == 4 && strike.fatalities.best == 7 && strike.fatalities.high == 7)
        #expect(Set(strike.actors).isSuperset(of: ["Russian forces", "Syrian government forces"]))
        #expect(strike.fatalities.reportedBy.contains("Rescue workers"))
        #expect(strike.location.geoPrecision == 1)
    }

    @Test func aleppoSuburbStrikeOnNovemberThirtieth() throws {
        let strike = try only("Aleppo strike") {
            $0.subEventType == .airDroneStrike && $0.date.iso == "2024-11-30" && Pipeline.kilometres($0, 36.2021, 37.1343) < 15
        }
        #expect(strike.location.geoPrecision == 2)  // "a suburb of Aleppo"
        #expect(strike.sources == ["003_498ac0c67ef683ba"])
    }

    @Test func khanasirAndSheikhNajjarAreCapturedOnceAndPlacedThere() throws {
        let khanasir = try only("Khanasir") { captures.contains($0.subEventType) && $0.location.placeID == "168351" }
        #expect(khanasir.controlClaim?.side == "hts")
        #expect(khanasir.controlClaim?.confirmation == .confirmed)  // four reports say so
        #expect(khanasir.sources.count == 4)
        let najjar = try only("Sheikh Najjar") { captures.contains($0.subEventType) && $0.location.placeID == "sitmap-sheikh-najjar" }
        #expect(najjar.controlClaim?.side == "hts")
        #expect(najjar.subEventType == .nonStateActorOvertakesTerritory)
    }

    @Test func rebelsEnterAleppoAsTheArmyWithdraws() throws {
        let entry = try only("Aleppo entry") { captures.contains($0.subEventType) && $0.location.placeID == "170063" }
        #expect(["2024-11-29", "2024-11-30"].contains(entry.date.iso))
        #expect(entry.sources.count == 5)
        #expect(entry.controlClaim?.side == "hts" && entry.controlClaim?.previousSide == "government")
        #expect(entry.controlClaim?.status == .contested)
        #expect(entry.notes.contains { $0.contains("temporary troop withdrawal") })
    }

    @Test func civiliansFleeAleppoFourteenThousandByTheUN() throws {
        let flight = try only("Aleppo displacement") { $0.subEventType == .civiliansDisplaced && Pipeline.kilometres($0, 36.2021, 37.1343) < 15 }
        #expect(flight.displaced == 14_000)
        #expect(flight.fatalities.reportedBy == ["United Nations"])
        #expect(flight.sources.count == 5)
    }

    @Test func iranianForeignMinisterVisitsDamascus() throws {
        let visit = try only("visit") { $0.subEventType == .otherStrategicDevelopment && $0.location.name == "Damascus" }
        #expect(visit.date.iso == "2024-12-01")
        #expect(visit.actor1 == "Government of Iran")
        #expect(visit.sources.count == 2)
    }

    @Test func allOfIdlibProvinceIsAGovernorateClaim() throws {
        let idlib = try only("Idlib province") { $0.controlClaim?.scope == .governorate }
        #expect(idlib.location.name == "Idlib Governorate" && idlib.location.geoPrecision == 3)
        #expect(idlib.controlClaim?.side == "hts")
    }

    @Test func theRunningTollStaysApartFromTheStrike() throws {
        let toll = try only("running toll") { $0.fatalities.isAggregate }
        #expect(toll.fatalities.best == 56)
        #expect(toll.subEventType == .airDroneStrike)
        #expect(toll.location.name == "Idlib Governorate" && toll.location.geoPrecision == 3)  // a region's toll over days
    }

    @Test func nothingAtDatelinesLinksOrBackgroundAndNothingAfterPublication() throws {
        let names = Set(events.map(\.location.name))
        for name in ["Amman", "Rhodes", "Senegal", "Lebanon"] { #expect(!names.contains(name)) }
        let published = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0.published) })
        for event in events {
            for source in event.sources { #expect(event.date <= published[source]!, "\(event.id) after \(source)") }
            #expect(event.date.components.year == 2024)
        }
        #expect(events.count == 11)
    }

    @Test func outputIsTheSameOnEveryRun() throws {
        let again = Pipeline.events(in: try #require(Repository.seeds)).events
        #expect(again.map(\.id) == events.map(\.id))
        #expect(again == events)
        #expect(events.map(\.id) == events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(\.id))
    }
}
