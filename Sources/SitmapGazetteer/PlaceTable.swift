import Foundation
import SitmapGeometry

/// The gazetteer's table format (`geodata/places.tsv`): UTF-8, 12 tab-separated columns, a header
/// line, alternate names comma-separated. Lines starting with `#` and blank lines are skipped.
enum PlaceTable {
    static let columns = ["place_id", "name", "ascii_name", "alternate_names", "latitude", "longitude", "feature_class",
                          "feature_code", "country_code", "admin1_code", "population", "source"]
    static let header = columns.joined(separator: "\t")

    /// The places of a table file. A row that cannot be read makes the whole file fail: the tables
    /// are written by sitmap or its data scripts, never by hand.
    static func read(_ url: URL) throws -> [Place] {
        try readRows(url).map(\.place)
    }

    /// The rows of a table file with their `source` column.
    static func readRows(_ url: URL) throws -> [(place: Place, source: String)] {
        let data = try Data(contentsOf: url)
        var places: [(place: Place, source: String)] = []
        places.reserveCapacity(data.count / 120)
        var lineNumber = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard !line.isEmpty, line[0] != UInt8(ascii: "#"), !(lineNumber == 1 && line.starts(with: "place_id\t".utf8)) else { continue }
                guard let place = place(from: line) else {
                    throw PlaceTableError.malformedRow(file: url.path, line: lineNumber)
                }
                places.append(place)
            }
        }
        return places
    }

    /// A place and its source from one row's bytes (11 or 12 fields), or nil.
    private static func place(from line: UnsafeBufferPointer<UInt8>) -> (place: Place, source: String)? {
        var end = line.count
        if end > 0, line[end - 1] == 0x0D { end -= 1 }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(12)
        var start = 0
        for k in 0..<end where line[k] == 0x09 {
            fields.append(start..<k)
            start = k + 1
        }
        fields.append(start..<end)
        guard fields.count >= 11 else { return nil }
        func text(_ n: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: line[fields[n]]), as: UTF8.self) }
        guard let latitude = Double(text(4)), let longitude = Double(text(5)) else { return nil }
        var alternates: [String] = []
        var from = fields[3].lowerBound
        for k in fields[3] where line[k] == UInt8(ascii: ",") {
            if k > from { alternates.append(String(decoding: UnsafeBufferPointer(rebasing: line[from..<k]), as: UTF8.self)) }
            from = k + 1
        }
        if fields[3].upperBound > from {
            alternates.append(String(decoding: UnsafeBufferPointer(rebasing: line[from..<fields[3].upperBound]), as: UTF8.self))
        }
        let place = Place(id: text(0), name: text(1), asciiName: text(2), alternateNames: alternates,
                          coordinate: Coordinate(latitude: latitude, longitude: longitude), featureClass: text(6),
                          featureCode: text(7), countryCode: text(8), admin1Code: text(9), population: Int(text(10)) ?? 0)
        return (place, fields.count > 11 ? text(11) : "")
    }

    /// One row of the table (no line end), with `source` in the last column.
    static func row(_ place: Place, source: String) -> String {
        [place.id, place.name, place.asciiName, place.alternateNames.joined(separator: ","),
         String(format: "%.5f", place.coordinate.latitude), String(format: "%.5f", place.coordinate.longitude),
         place.featureClass, place.featureCode, place.countryCode, place.admin1Code, String(place.population), source]
            .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\t")
    }

    /// `newer` laid over `older`: a newer row replaces the older row with its id in place, and the older
    /// row's alternate names that the newer one lacks are kept after its own.
    static func merging(_ newer: [Place], into older: [Place]) -> [Place] {
        guard !older.isEmpty else { return newer }
        var result = older
        var position: [String: Int] = [:]
        position.reserveCapacity(older.count)
        for (i, place) in older.enumerated() { position[place.id] = i }
        for place in newer {
            if let i = position[place.id] {
                result[i] = place.keepingAlternateNames(of: result[i])
            } else {
                position[place.id] = result.count
                result.append(place)
            }
        }
        return result
    }
}

extension Place {
    /// This place with the alternate names of `other` that it lacks added after its own.
    func keepingAlternateNames(of other: Place) -> Place {
        var names = alternateNames
        var seen = Set(names)
        for name in [other.name, other.asciiName] + other.alternateNames
        where !seen.contains(name) && name != self.name && name != asciiName {
            names.append(name)
            seen.insert(name)
        }
        return Place(id: id, name: name, asciiName: asciiName, alternateNames: names, coordinate: coordinate,
                     featureClass: featureClass, featureCode: featureCode, countryCode: countryCode,
                     admin1Code: admin1Code, population: population)
    }
}

/// A gazetteer table could not be read.
public enum PlaceTableError: Error, CustomStringConvertible {
    case malformedRow(file: String, line: Int)

    public var description: String {
        switch self {
        case let .malformedRow(file, line): "\(file):\(line): not a gazetteer row (12 tab-separated columns)"
        }
    }
}
