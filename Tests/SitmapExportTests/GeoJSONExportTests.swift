import Foundation
import SitmapControl
import SitmapEvents
import SitmapGazetteer
@testable import SitmapExport
import SitmapGeometry
import SitmapTestSupport
import Testing

@Suite struct GeoJSONExportTests {
    private func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func features(_ document: [String: Any]) throws -> [[String: Any]] {
        try #require(document["features"] as? [[String: Any]])
    }

    @Test func eventsAreRFC7946PointsWithACLEDPropertiesAndABox() throws {
        let document = try parse(GeoJSONExport.events(Fixtures.events))
        #expect(document["type"] as? String == "FeatureCollection")
        #expect(document["crs"] == nil)
        // the event without coordinates is left out
        let features = try features(document)
        #expect(features.map { $0["id"] as? String } == ["SYR-20241201-idlib", "SYR-20241201-najjar", "SYR-20241201-khanasir", "SYR-20241130-aleppo"])
        let bbox = try #require(document["bbox"] as? [Double])
        #expect(bbox == [36.6339, 35.78159, 37.49919, 36.2728])

        let idlib = features[0]
        let geometry = try #require(idlib["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [36.6339, 35.9306])
        let properties = try #require(idlib["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(EventField.allCases.map(\.name)))
        #expect(properties["event_date"] as? String == "2024-12-01")
        #expect(properties["event_type"] as? String == "Explosions/Remote violence")
        #expect(properties["sub_event_type"] as? String == "Air/drone strike")
        #expect(properties["latitude"] as? Double == 35.9306)
        #expect(properties["fatalities"] as? Int == 11)
        #expect(properties["fatalities_low"] as? Int == 8)
        #expect(properties["sources"] as? [String] == ["06-idleb", "08-toll"])
        #expect(properties["source_count"] as? Int == 2)
        #expect(properties["actor2"] is NSNull)
        #expect((properties["notes"] as? String)?.hasSuffix("\"including five children\", rescuers said.") == true)
    }

    @Test func propertiesFollowTheACLEDOrder() throws {
        let text = GeoJSONExport.events([Fixtures.events[0]])
        let positions = EventField.allCases.map { text.range(of: "\"\($0.name)\":")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func theWrittenOutPropertiesAreThoseOfEventField() {
        for event in Fixtures.events {
            var fast = TextBuffer(), generic = TextBuffer()
            fast.eventProperties(event)
            for (i, field) in EventField.allCases.enumerated() {
                generic.jsonKey(field.name, first: i == 0)
                generic.json(field.value(of: event))
            }
            #expect(fast.text == generic.text)
        }
    }

    @Test func anEmptyCollectionHasNoBox() throws {
        let document = try parse(GeoJSONExport.events([Fixtures.events[4]]))
        #expect(try features(document).isEmpty)
        #expect(document["bbox"] == nil)
    }

    @Test func nearAnswersCarryTheirDistanceFirst() throws {
        let text = GeoJSONExport.events(Array(Fixtures.events.prefix(2)), distancesKilometres: [54.21953, 13.5])
        #expect(text.contains(#""properties":{"distance_km":54.22,"event_id":"SYR-20241201-idlib","event_date":"2024-12-01","#))
        let first = try #require(try features(parse(text)).first?["properties"] as? [String: Any])
        #expect(first["distance_km"] as? Double == 54.22)
    }

    @Test func controlRingsAreOrientedDegeneratePartsDroppedAndPropertiesNamed() throws {
        let features = try features(parse(GeoJSONExport.control(Fixtures.control())))
        #expect(features.count == 4)
        let hts = try #require(features.first)
        let rings = try #require((hts["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])
        #expect(rings.count == 2)
        #expect(signedArea(rings[0]) > 0, "exterior counter-clockwise")
        #expect(signedArea(rings[1]) < 0, "hole clockwise")
        let properties = try #require(hts["properties"] as? [String: Any])
        #expect(properties["layer"] as? String == "territory")
        #expect(properties["side"] as? String == "hts")
        #expect(properties["date"] as? String == "2024-12-01")
        #expect(properties["area_km2"] as? Double == 1590.5)
        #expect(properties["settlements"] as? Int == 42)
        #expect(properties["colour"] as? String == "#1A6B32")

        // the government's degenerate third polygon is gone; the triangle stays
        let government = try #require(features[1]["geometry"] as? [String: Any])
        #expect(government["type"] as? String == "MultiPolygon")
        #expect((government["coordinates"] as? [Any])?.count == 2)

        let contested = try #require(features[2]["properties"] as? [String: Any])
        #expect(contested["layer"] as? String == "contested")
        #expect(contested["side"] is NSNull)
        #expect(contested["area_km2"] as? Double == 12.3)

        let front = try #require(features[3]["properties"] as? [String: Any])
        #expect(front["layer"] as? String == "front_line")
        #expect(front["side_a"] as? String == "government")
        #expect(front["side_b"] as? String == "hts")
        #expect(front["length_km"] as? Double == 44.48)
        #expect(front["area_km2"] == nil)
        #expect((features[3]["geometry"] as? [String: Any])?["type"] as? String == "LineString")
    }

    @Test func aDiffHasGainedAndLostLandAndTheSettlementsThatChangedHands() throws {
        let khanasir = Place(id: "168351", name: "Khanāşir", asciiName: "Khanasir", alternateNames: [], coordinate: Fixtures.khanasir,
                             featureClass: "P", featureCode: "PPL", countryCode: "SY", admin1Code: "09", population: 0)
        let diff = TerritoryDiff(from: Fixtures.day("2024-11-30"), to: Fixtures.day("2024-12-01"), sides: [
            SideChange(side: "hts", gained: Fixtures.clockwiseSquareWithHole, gainedSquareKilometres: 1590.44, lost: nil, lostSquareKilometres: 0),
            SideChange(side: "government", gained: nil, gainedSquareKilometres: 0, lost: Fixtures.clockwiseSquareWithHole, lostSquareKilometres: 1590.44),
        ], changes: [
            ControlChange(place: khanasir, from: "government", to: "hts", status: .held, day: Fixtures.day("2024-12-01"),
                          evidence: ["SYR-20241201-khanasir"], confirmation: .claimed),
        ])
        let text = GeoJSONExport.diff(diff)
        let features = try features(parse(text))
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.map { $0["layer"] as? String } == ["gained", "lost", "change"])
        #expect(properties.map { $0["side"] as? String } == ["hts", "government", nil])
        #expect(properties[0]["area_km2"] as? Double == 1590.4)
        #expect(properties.allSatisfy { $0["from"] as? String == "2024-11-30" && $0["to"] as? String == "2024-12-01" })
        #expect(properties[2]["to_side"] as? String == "hts")
        #expect(properties[2]["evidence"] as? [String] == ["SYR-20241201-khanasir"])
        #expect((features[2]["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [37.49919, 35.78159])

        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validators.validate([try Validators.file("diff.geojson", text, in: folder)])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    @Test func ogrinfoTheSchemaAndTheWindingCheckAcceptTheFiles() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            try Validators.file("events.geojson", GeoJSONExport.events(Fixtures.events), in: folder),
            try Validators.file("control.geojson", GeoJSONExport.control(Fixtures.control()), in: folder),
            try Validators.file("empty.geojson", GeoJSONExport.events([]), in: folder),
        ]
        let result = try Validators.validate(files)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let ogrinfo = try #require(try Command.tool("ogrinfo", ["-ro", "-al", "-so", files[0].path]))
        #expect(ogrinfo.standardOutput.contains("Feature Count: 4"))
        #expect(ogrinfo.standardOutput.contains("event_id: String"))
        #expect(ogrinfo.standardOutput.contains("sources: StringList"))
    }

    @Test func streamingToAFileGivesTheSameBytesAsInMemory() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // enough events for several 1 MB chunks
        let many = (0..<6_000).map { i in
            Fixtures.event(String(format: "SYR-%05d", i), "2024-12-01", .armedClash, place: "Place \(i)",
                           at: Coordinate(latitude: 35 + Double(i) * 1e-4, longitude: 37 - Double(i) * 1e-4),
                           notes: [String(repeating: "Fighting was reported. ", count: 10)])
        }
        let url = folder.appendingPathComponent("many.geojson")
        try GeoJSONExport.write(many, to: url)
        let written = try Data(contentsOf: url)
        #expect(written.count > 3 << 20)
        #expect(written == Data(GeoJSONExport.events(many).utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["many.geojson"])
    }

    /// Twice the signed area of a lon/lat ring (shoelace): positive when counter-clockwise.
    private func signedArea(_ ring: [[Double]]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0[0] * $1.1[1] - $1.1[0] * $1.0[1] }
    }
}
