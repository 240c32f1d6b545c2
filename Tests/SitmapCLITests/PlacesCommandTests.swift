import Foundation
import SitmapTestSupport
import Testing

/// End-to-end checks of `sitmap places`, run on the built binary with an empty data folder.
@Suite struct PlacesCommandTests {
    /// Runs `sitmap places …` with a fresh, empty data folder and returns the result and the JSON.
    func places(_ arguments: [String]) throws -> (CommandResult, [String: Any]) {
        let data = try Repository.temporaryFolder()
        let result = try Command.sitmap(["places"] + arguments + ["--format", "json", "--data", data.path])
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
        return (result, json)
    }

    func bestPoint(_ json: [String: Any]) throws -> (latitude: Double, longitude: Double, best: [String: Any]) {
        let best = try #require(json["best"] as? [String: Any])
        return (try #require(best["latitude"] as? Double), try #require(best["longitude"] as? Double), best)
    }

    /// Rough distance in km, good to well under 1% at these latitudes.
    func km(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let dLat = (a.0 - b.0) * 111.0, dLon = (a.1 - b.1) * 111.0 * cos(a.0 * .pi / 180)
        return (dLat * dLat + dLon * dLon).squareRoot()
    }

    @Test func khansirIsKhanasir() throws {
        let (result, json) = try places(["Khansir"])
        #expect(result.status == 0)
        let best = try bestPoint(json)
        #expect(best.best["name"] as? String == "Khanāşir")
        #expect(km((best.latitude, best.longitude), (35.7816, 37.4992)) < 3)
        #expect(best.best["feature_code"] as? String == "PPL")
        #expect(best.best["admin1"] as? String == "Aleppo Governorate")
        #expect((json["candidates"] as? [[String: Any]])?.first?["name"] as? String == "Khanāşir")
        #expect(json["resolved"] as? Bool == true)
    }

    @Test(arguments: ["Sheikh Najjar", "Shaykh Najjar"])
    func sheikhNajjarInBothSpellings(_ name: String) throws {
        // the words come as separate arguments, as an unquoted shell line gives them
        let (result, json) = try places(name.split(separator: " ").map(String.init))
        #expect(result.status == 0)
        let best = try bestPoint(json)
        #expect(km((best.latitude, best.longitude), (36.2728, 37.2564)) < 3)
    }

    @Test func idlebIsTheCityAndIdlibProvinceTheGovernorate() throws {
        let city = try bestPoint(try places(["Idleb"]).1)
        #expect(km((city.latitude, city.longitude), (35.93, 36.63)) < 3)
        #expect(city.best["feature_code"] as? String == "PPLA")
        let province = try bestPoint(try places(["Idlib province"]).1)
        #expect(province.best["feature_code"] as? String == "ADM1")
        #expect(province.best["place_id"] as? String == "sitmap-gov-idlib")
    }

    @Test(arguments: ["Halab", "حلب"])
    func halabIsAleppo(_ name: String) throws {
        let best = try bestPoint(try places([name]).1)
        #expect(best.best["place_id"] as? String == "170063")
    }

    @Test func ammanIsJordansCapitalAndRhodesIsNotSyrian() throws {
        let amman = try bestPoint(try places(["Amman"]).1)
        #expect(amman.best["country_code"] as? String == "JO" && amman.best["feature_code"] as? String == "PPLC")
        let rhodes = try bestPoint(try places(["Rhodes"]).1)
        #expect(rhodes.best["country_code"] as? String == "GR")
    }

    @Test func anUnknownNameFailsClearly() throws {
        let (result, json) = try places(["Xyzzyville"])
        #expect(result.status == 1)
        #expect(json["resolved"] as? Bool == false)
        #expect(json["best"] == nil || json["best"] is NSNull)
        #expect(result.standardError.contains("no place called “Xyzzyville”"))
    }

    @Test func theTextFormatShowsTheCandidatesTable() throws {
        let data = try Repository.temporaryFolder()
        let result = try Command.sitmap(["places", "Khansir", "--data", data.path])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Khansir → Khanāşir (168351), 35.7816 N, 37.4992 E, PPL in Aleppo Governorate, SY") == true)
        #expect(lines.contains { $0.hasPrefix("score") && $0.contains("latitude") && $0.contains("population") })
        #expect(lines.contains { $0.contains("Khanāşir") && $0.contains("35.78159") && $0.contains("37.49919") })
    }

    @Test func mentionsOfAReportAreListed() throws {
        let folder = try Repository.temporaryFolder()
        let report = folder.appendingPathComponent("report.txt")
        try Data("Damascus:\nRebels took Khansir and advanced into Idlib province.\n".utf8).write(to: report)
        let result = try Command.sitmap(["places", "--in", report.path, "--data", folder.path])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(report.path):1: Damascus → Damascus (170654)"))
        #expect(lines[1].hasPrefix("\(report.path):2: Khansir → Khanāşir (168351)"))
        #expect(lines[2].hasPrefix("\(report.path):2: Idlib province [province] → Idlib Governorate"))
    }

    @Test func aNameOrAReportIsRequired() throws {
        let result = try Command.sitmap(["places"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("Give a place name"))
    }
}
