import Foundation
import SitmapControl
import SitmapEvents
import SitmapGazetteer
import SitmapGeometry
import SitmapReports
import Testing

@Suite struct TerritoryBuilderTests {
    let day = Fixture.day("2024-12-01")
    // west and east of the square's central meridian (36.5 E), where the equal-area plane is centred
    let west = Fixture.place("west", longitude: 36.25, latitude: 35.5)
    let east = Fixture.place("east", longitude: 36.75, latitude: 35.5)
    let context = GeometryContext()

    /// Geodesic area of the lon/lat box, its sides sampled every 0.001°.
    private func boxSquareKilometres(west: Double, east: Double, south: Double, north: Double) -> Double {
        let steps = 1000
        func along(_ a: Coordinate, _ b: Coordinate) -> [Coordinate] {
            (0..<steps).map { i in
                let t = Double(i) / Double(steps)
                return Coordinate(longitude: a.longitude + (b.longitude - a.longitude) * t, latitude: a.latitude + (b.latitude - a.latitude) * t)
            }
        }
        let corners = [Coordinate(longitude: west, latitude: south), Coordinate(longitude: east, latitude: south),
                       Coordinate(longitude: east, latitude: north), Coordinate(longitude: west, latitude: north)]
        let ring = (0..<4).flatMap { along(corners[$0], corners[($0 + 1) % 4]) } + [corners[0]]
        return Geodesic.ringAreaSquareMetres(ring) / 1_000_000
    }

    @Test func twoSidesSplitTheSquareAtTheMeridianBetweenThem() throws {
        let builder = try TerritoryBuilder(settlements: [west, east], outline: Fixture.square, maximumRadiusKilometres: 1000)
        let territory = try builder.territory(for: Fixture.control([(west, "government"), (east, "hts")]), on: day)
        #expect(territory.sides.map(\.side) == ["government", "hts"])
        #expect(territory.sides.map(\.settlementCount) == [1, 1])
        let half = boxSquareKilometres(west: 36, east: 36.5, south: 35, north: 36)
        for side in territory.sides {
            #expect(abs(side.areaSquareKilometres - half) < 0.01, "\(side.side): \(side.areaSquareKilometres) km², expected \(half)")
        }
        let government = try context.geometry(territory.sides[0].shape)
        #expect(try government.contains(context.point(west.coordinate)))
        #expect(try !government.contains(context.point(east.coordinate)))
        #expect(territory.contested == nil)
        #expect(territory.contestedAreaSquareKilometres == 0)

        let front = try #require(territory.frontLines.first)
        #expect(territory.frontLines.count == 1)
        #expect((front.sideA, front.sideB) == ("government", "hts"))
        let meridian = Geodesic.distanceMetres(Coordinate(longitude: 36.5, latitude: 35), Coordinate(longitude: 36.5, latitude: 36)) / 1000
        #expect(abs(front.lengthKilometres - meridian) < 0.001, "\(front.lengthKilometres) km, expected \(meridian)")
        #expect(abs(try context.geometry(front.shape).lengthKilometres() - meridian) < 0.001)
        #expect(front.shape.lines.count == 1)
        #expect(front.shape.coordinates.allSatisfy { abs($0.longitude - 36.5) < 1e-9 })
    }

    @Test func cellsAreCutToTheMaximumRadius() throws {
        // one settlement: its territory is the 128-gon of 15 km around it, all inside the square
        let builder = try TerritoryBuilder(settlements: [west], outline: Fixture.square)
        let territory = try builder.territory(for: Fixture.control([(west, "sdf")]), on: day)
        let polygon = 64 * 15.0 * 15.0 * sin(Double.pi / 64)
        #expect(abs(territory.sides[0].areaSquareKilometres - polygon) < 1e-6, "\(territory.sides[0].areaSquareKilometres)")
        #expect(territory.frontLines.isEmpty)
    }

    @Test func sidesNeverOverlapAndStayInsideTheOutline() throws {
        // 200 settlements spread evenly but irregularly (the R2 low-discrepancy sequence)
        let sideIDs = ["government", "hts", "sdf", "sna"]
        let places = (1...200).map { i in
            Fixture.place(String(format: "p%03d", i),
                          longitude: 36.02 + 0.96 * (Double(i) * 0.754_877_666_2).truncatingRemainder(dividingBy: 1),
                          latitude: 35.02 + 0.96 * (Double(i) * 0.569_840_290_9).truncatingRemainder(dividingBy: 1))
        }
        let control = places.map { place in
            SettlementControl(place: place, side: sideIDs[Int(place.coordinate.longitude * 7 + place.coordinate.latitude * 3) % 4],
                              status: place.id.hasSuffix("7") ? .contested : .held)
        }
        let builder = try TerritoryBuilder(settlements: places, outline: Fixture.square, maximumRadiusKilometres: 10)
        let territory = try builder.territory(for: control, on: day)
        #expect(territory.sides.map(\.side) == sideIDs)
        let shapes = territory.sides.map(\.shape) + [try #require(territory.contested)]
        let geometries = try shapes.map { try context.geometry($0) }
        for geometry in geometries { #expect(try geometry.isValid()) }
        for i in geometries.indices {
            for j in geometries.indices where j > i {
                #expect(try geometries[i].intersection(geometries[j]).areaSquareKilometres() < 1e-6)
            }
        }
        let all = try context.union(geometries)
        let outline = try context.geometry(Fixture.square)
        // inside to within 1 cm (1e-7°): vertices come back from the equal-area plane to ~1e-9°
        #expect(try outline.planarBuffer(1e-7).contains(all))
        // the layers add up to the land within reach
        let total = territory.sides.reduce(territory.contestedAreaSquareKilometres) { $0 + $1.areaSquareKilometres }
        #expect(abs(try all.areaSquareKilometres() - total) < 0.01)
        #expect(territory.sides.map(\.settlementCount).reduce(0, +) == control.filter { $0.status == .held }.count)

        // every settlement lies in the layer of its side
        for (entry, point) in try zip(control, control.map { try context.point($0.place.coordinate) }) {
            let layer = entry.status == .contested ? geometries.count - 1 : sideIDs.firstIndex(of: entry.side)!
            #expect(try geometries[layer].contains(point), "\(entry.place.id)")
        }
        // each front line lies on both of its sides' boundaries
        for front in territory.frontLines {
            let line = try context.geometry(front.shape)
            for side in [front.sideA, front.sideB] {
                let boundary = try geometries[sideIDs.firstIndex(of: side)!].boundary()
                #expect(try line.difference(boundary.planarBuffer(1e-7)).isEmpty)
            }
        }
    }

    @Test func contestedSettlementsFormTheirOwnLayer() throws {
        let builder = try TerritoryBuilder(settlements: [west, east], outline: Fixture.square, maximumRadiusKilometres: 1000)
        let control = [SettlementControl(place: west, side: "government", status: .held),
                       SettlementControl(place: east, side: "hts", status: .contested)]
        let territory = try builder.territory(for: control, on: day)
        #expect(territory.sides.map(\.side) == ["government"])
        let half = boxSquareKilometres(west: 36.5, east: 37, south: 35, north: 36)
        #expect(abs(territory.contestedAreaSquareKilometres - half) < 0.01)
        #expect(territory.frontLines.isEmpty)
    }

    @Test func placesAtOnePositionShareTheCellOfTheMostPopulous() throws {
        let airport = Fixture.place("airport", longitude: 36.75, latitude: 35.5, population: 10)
        let airbase = Fixture.place("airbase", longitude: 36.75, latitude: 35.5)
        let builder = try TerritoryBuilder(settlements: [west, airport, airbase], outline: Fixture.square, maximumRadiusKilometres: 1000)
        let control = Fixture.control([(west, "government"), (airport, "hts"), (airbase, "government")])
        let territory = try builder.territory(for: control, on: day)
        #expect(territory.sides.map(\.side) == ["government", "hts"])
        #expect(territory.sides.map(\.settlementCount) == [2, 1])
        #expect(try context.geometry(territory.sides[1].shape).contains(context.point(east.coordinate)))
    }

    @Test func unchangedSidesAreReusedAndChangedOnesRebuilt() throws {
        let middle = Fixture.place("middle", longitude: 36.5, latitude: 35.8)
        let builder = try TerritoryBuilder(settlements: [west, east, middle], outline: Fixture.square, maximumRadiusKilometres: 1000)
        let first = try builder.territory(for: Fixture.control([(west, "government"), (east, "hts"), (middle, "hts")]), on: day)
        let second = try builder.territory(for: Fixture.control([(west, "government"), (east, "hts"), (middle, "government")]),
                                           on: day.adding(days: 1))
        let third = try builder.territory(for: Fixture.control([(west, "government"), (east, "hts"), (middle, "hts")]),
                                          on: day.adding(days: 2))
        #expect(first.sides.map(\.shape) == third.sides.map(\.shape))
        #expect(first.sides.map(\.areaSquareKilometres) == third.sides.map(\.areaSquareKilometres))
        #expect(second.sides[0].areaSquareKilometres > first.sides[0].areaSquareKilometres)
        let whole = boxSquareKilometres(west: 36, east: 37, south: 35, north: 36)
        for territory in [first, second, third] {
            #expect(abs(territory.sides.reduce(0) { $0 + $1.areaSquareKilometres } - whole) < 0.02)
        }
    }

    @Test func diffOfADayWithItselfIsEmptyAndAChangeMovesItsCell() throws {
        let builder = try TerritoryBuilder(settlements: [west, east], outline: Fixture.square, maximumRadiusKilometres: 1000)
        let before = Fixture.control([(west, "government"), (east, "government")])
        let after = Fixture.control([(west, "government"), (east, "hts")])
        #expect(try builder.diff(from: day, before, to: day, before, changes: []).isEmpty)

        let diff = try builder.diff(from: day, before, to: day.adding(days: 1), after, changes: [])
        let half = boxSquareKilometres(west: 36.5, east: 37, south: 35, north: 36)
        #expect(diff.sides.map(\.side) == ["government", "hts"])
        #expect(diff.sides[0].gained == nil && diff.sides[0].gainedSquareKilometres == 0)
        #expect(abs(diff.sides[0].lostSquareKilometres - half) < 0.01)
        #expect(abs(diff.sides[1].gainedSquareKilometres - half) < 0.01)
        #expect(diff.sides[1].lost == nil)
        // the same point set as the difference of the two territories
        let from = try builder.territory(for: before, on: day), to = try builder.territory(for: after, on: day.adding(days: 1))
        let lost = try context.geometry(from.sides[0].shape).difference(context.geometry(to.sides[0].shape))
        #expect(try lost.symmetricDifference(context.geometry(#require(diff.sides[0].lost))).areaSquareKilometres() < 1e-6)
    }

    @Test func diffFollowsTheLedger() throws {
        let baseline = Fixture.baseline([(west, "government", .held), (east, "government", .held)])
        let ledger = ControlLedger(baseline: baseline, places: [west, east], events: [
            Fixture.event("e1", "2024-11-29", at: east, ControlClaim(side: "hts")),
        ])
        let builder = try TerritoryBuilder(settlements: ledger.settlements, outline: Fixture.square, maximumRadiusKilometres: 1000)
        let diff = try builder.diff(from: Fixture.day("2024-11-26"), to: Fixture.day("2024-12-02"), in: ledger)
        #expect(diff.changes.map(\.place.id) == ["east"])
        #expect(diff.sides.map(\.side) == ["government", "hts"])
        #expect(diff.sides[1].gainedSquareKilometres > 0)
        #expect(try builder.diff(from: Fixture.day("2024-12-02"), to: Fixture.day("2024-12-02"), in: ledger).isEmpty)
    }
}
