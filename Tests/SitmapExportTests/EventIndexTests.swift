import SitmapExport
import SitmapGeometry
import SitmapReports
import Testing

@Suite struct EventIndexTests {
    @Test func findsTheEventsWithin20KilometresOfAleppoNearestFirst() throws {
        let index = try EventIndex(events: Fixtures.events)
        #expect(index.events.count == 4, "the event without coordinates is not indexed")
        let near = index.events(within: 20, of: Fixtures.aleppo)
        #expect(near.map(\.event.id) == ["SYR-20241130-aleppo", "SYR-20241201-najjar"])
        #expect(near[0].kilometres == 0)
        // pyproj Geod(ellps="WGS84").inv gives 13.4913 km
        #expect(abs(near[1].kilometres - 13.4913) < 0.0005)
    }

    @Test func distancesAreGeodesic() throws {
        let index = try EventIndex(events: Fixtures.events)
        let wide = index.events(within: 100, of: Fixtures.aleppo)
        #expect(wide.count == 4)
        let idlib = try #require(wide.first { $0.event.id == "SYR-20241201-idlib" })
        // PROJ geod_inverse on WGS84 (see the GEOS/PROJ notes)
        #expect(abs(idlib.kilometres - 54.2195) < 0.0005)
        #expect(wide.map(\.kilometres) == wide.map(\.kilometres).sorted())
    }

    @Test func datesNarrowTheAnswer() throws {
        let index = try EventIndex(events: Fixtures.events)
        let december = Day(iso: "2024-12-01")!
        #expect(index.events(within: 20, of: Fixtures.aleppo, on: december...december).map(\.event.id) == ["SYR-20241201-najjar"])
        let before = Day(iso: "2024-11-27")!...Day(iso: "2024-11-29")!
        #expect(index.events(within: 100, of: Fixtures.aleppo, on: before).isEmpty)
    }

    @Test func indicesGiveTheSameSetWithoutDistances() throws {
        let index = try EventIndex(events: Fixtures.events)
        // Sheikh Najjar 13.49 km, Idlib 54.22 km, Khanasir 57.09 km away
        for km in [5.0, 13.49, 13.5, 20, 54.2195, 55, 57.1, 60] {
            let fast = Set(index.indices(within: km, of: Fixtures.aleppo).map { index.events[$0].id })
            #expect(fast == Set(index.events(within: km, of: Fixtures.aleppo).map(\.event.id)), "\(km) km")
        }
    }
}

@Suite struct EventIndexSharedPositionTests {
    @Test func eventsAtOnePlaceAreAllFoundAtTheSameDistance() throws {
        let strikes = (1...3).map { day in
            Fixtures.event("SYR-2024120\(day)-idlib-again", "2024-12-0\(day)", .airDroneStrike, place: "Idlib", at: Fixtures.idlib)
        }
        let index = try EventIndex(events: strikes + Fixtures.events)
        let near = index.events(within: 60, of: Fixtures.aleppo)
        let idlib = near.filter { $0.event.location.name == "Idlib" }
        #expect(idlib.map(\.event.id) == ["SYR-20241201-idlib-again", "SYR-20241202-idlib-again", "SYR-20241203-idlib-again", "SYR-20241201-idlib"])
        #expect(Set(idlib.map(\.kilometres)).count == 1)
        #expect(Set(index.indices(within: 60, of: Fixtures.aleppo).map { index.events[$0].id }) == Set(near.map(\.event.id)))
        #expect(index.indices(within: 60, of: Fixtures.aleppo).count == near.count)
    }
}
