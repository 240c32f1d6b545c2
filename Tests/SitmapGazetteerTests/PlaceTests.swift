import SitmapGazetteer
import SitmapGeometry
import Testing

@Suite struct PlaceTests {
    func place(_ featureClass: String, _ featureCode: String) -> Place {
        Place(id: "1", name: "X", asciiName: "X", alternateNames: [], coordinate: Coordinate(longitude: 37, latitude: 36),
              featureClass: featureClass, featureCode: featureCode, countryCode: "SY", admin1Code: "09", population: 0)
    }

    @Test func featureCodesSayWhatAPlaceIs() {
        #expect(place("P", "PPL").isSettlement)
        #expect(place("S", "AIRB").isSettlement)
        #expect(!place("A", "ADM1").isSettlement)
        #expect(place("A", "ADM1").isFirstOrderDivision)
        #expect(place("A", "PCLI").isCountry)
        #expect(!place("P", "PPLC").isCountry)
    }
}
