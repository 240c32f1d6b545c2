import Foundation
import SitmapControl
import SitmapGeometry
import SitmapTestSupport
import Testing

@Suite struct CountryOutlineTests {
    @Test func bundledOutlineIsSyria() throws {
        let outline = try CountryOutline.bundled()
        let context = GeometryContext()
        let geometry = try context.geometry(outline)
        #expect(try geometry.isValid())
        #expect(try geometry.contains(context.point(Coordinate(latitude: 36.2021, longitude: 37.1343))))
        #expect(try !geometry.contains(context.point(Coordinate(latitude: 33.8938, longitude: 35.5018))))  // Beirut
        // Syria is 185,180 km²; the simplified outline within 1%
        #expect(abs(try geometry.areaSquareKilometres() - 185_180) < 1_852)
    }

    @Test func readsAFeatureCollectionOfPolygonsAsOneMultiPolygon() throws {
        let url = try Repository.temporaryFolder().appendingPathComponent("two.geojson")
        try """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[2,0],[3,0],[3,1],[2,0]]]]}},
             {"type":"Feature","properties":{},"geometry":null}]}
            """.write(to: url, atomically: true, encoding: .utf8)
        let triangle = { (x: Double) in [[Coordinate(longitude: x, latitude: 0), Coordinate(longitude: x + 1, latitude: 0),
                                          Coordinate(longitude: x + 1, latitude: 1), Coordinate(longitude: x, latitude: 0)]] }
        #expect(try CountryOutline.load(from: url) == .multiPolygon([triangle(0), triangle(2)]))
        try "{\"type\":\"Point\",\"coordinates\":[1,2]}".write(to: url, atomically: true, encoding: .utf8)
        #expect { try CountryOutline.load(from: url) } throws: { "\($0)" == "\(url.path): no polygon" }
    }
}
