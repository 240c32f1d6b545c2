import Foundation
import SitmapGeometry

/// A GeoNames dump in its standard form (`SY.txt`, `allCountries.txt`, `cities500.txt`): UTF-8, one
/// place a line, 19 tab-separated columns (geonameid, name, asciiname, alternatenames, latitude,
/// longitude, feature class, feature code, country code, cc2, admin1–admin4 codes, population,
/// elevation, dem, timezone, modification date).
public enum GeoNamesDump {
    /// A row that could not be read, with its line number (1-based).
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let reason: String
        /// "FILE:LINE: reason", as compilers say it.
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// What reading a dump gave: the places, the malformed rows, and how many rows the filters left out.
    public struct Reading: Sendable {
        public var places: [Place] = []
        public var issues: [Issue] = []
        public var filteredOut = 0
    }

    /// Which rows to keep: nil keeps all.
    public struct Filter: Sendable {
        public var countryCodes: Set<String>?
        public var featureClasses: Set<String>?

        public init(countryCodes: Set<String>? = nil, featureClasses: Set<String>? = nil) {
            self.countryCodes = countryCodes
            self.featureClasses = featureClasses
        }
    }

    static let featureClasses: Set<Substring> = ["A", "H", "L", "P", "R", "S", "T", "U", "V"]

    /// Reads a dump a megabyte at a time (allCountries.txt is over a gigabyte), keeping the rows the
    /// filter lets through and reporting every malformed one.
    public static func read(_ url: URL, filter: Filter = Filter()) throws -> Reading {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reading = Reading()
        var pending = Data()
        var lineNumber = 0
        let name = url.path

        func take(_ line: Data) {
            lineNumber += 1
            var text = String(decoding: line, as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            if text.isEmpty || text.hasPrefix("#") || (lineNumber == 1 && text.hasPrefix("geonameid\t")) { return }
            switch parse(text) {
            case .success(let place):
                if let countries = filter.countryCodes, !countries.contains(place.countryCode) { reading.filteredOut += 1; return }
                if let classes = filter.featureClasses, !classes.contains(place.featureClass) { reading.filteredOut += 1; return }
                reading.places.append(place)
            case .failure(let issue):
                reading.issues.append(Issue(file: name, line: lineNumber, reason: issue.reason))
            }
        }

        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                take(pending[start..<newline])
                start = pending.index(after: newline)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { take(pending) }
        return reading
    }

    struct RowError: Error { let reason: String }

    /// One row checked column by column.
    static func parse(_ row: String) -> Result<Place, RowError> {
        let f = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 19 else { return .failure(RowError(reason: "expected 19 tab-separated columns, found \(f.count)")) }
        guard !f[0].isEmpty, f[0].allSatisfy(\.isASCII), f[0].allSatisfy(\.isNumber) else {
            return .failure(RowError(reason: "geonameid “\(f[0])” is not a number"))
        }
        let name = f[1].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .failure(RowError(reason: "the name is empty")) }
        guard let latitude = Double(f[4]), (-90...90).contains(latitude) else {
            return .failure(RowError(reason: "latitude “\(f[4])” is not a number from -90 to 90"))
        }
        guard let longitude = Double(f[5]), (-180...180).contains(longitude) else {
            return .failure(RowError(reason: "longitude “\(f[5])” is not a number from -180 to 180"))
        }
        guard f[6].isEmpty || featureClasses.contains(f[6]) else {
            return .failure(RowError(reason: "feature class “\(f[6])” is not one of A, H, L, P, R, S, T, U, V"))
        }
        guard f[8].isEmpty || (f[8].count == 2 && f[8].allSatisfy { $0.isASCII && $0.isUppercase }) else {
            return .failure(RowError(reason: "country code “\(f[8])” is not two capital letters"))
        }
        guard f[14].isEmpty || Int(f[14]).map({ $0 >= 0 }) == true else {
            return .failure(RowError(reason: "population “\(f[14])” is not a whole number"))
        }
        let ascii = f[2].isEmpty ? name : String(f[2])
        let alternates = f[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != name && $0 != ascii }
        return .success(Place(id: String(f[0]), name: name, asciiName: ascii, alternateNames: alternates,
                              coordinate: Coordinate(latitude: latitude, longitude: longitude), featureClass: String(f[6]),
                              featureCode: String(f[7]), countryCode: String(f[8]), admin1Code: String(f[10]),
                              population: Int(f[14]) ?? 0))
    }
}
