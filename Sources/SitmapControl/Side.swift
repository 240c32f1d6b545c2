import Foundation
import SitmapGazetteer

/// A side of the war that holds territory (`geodata/sides.tsv`).
public struct Side: Hashable, Sendable, Identifiable {
    /// Short id used in every file: "government", "hts", "sna", "sdf".
    public let id: String
    /// Readable name ("Syrian government and allies").
    public let name: String
    /// Map colour as `#RRGGBB`.
    public let colour: String

    /// A side from its parts.
    public init(id: String, name: String, colour: String) {
        self.id = id
        self.name = name
        self.colour = colour
    }

    /// The sides of `geodata/sides.tsv` (columns side, name, colour, description), in file order.
    public static func load(from url: URL) throws -> [Side] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var sides: [Side] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number == 0 || line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, fields[2].count == 7, fields[2].hasPrefix("#") else {
                throw SideFileError(file: url.path, line: number + 1)
            }
            sides.append(Side(id: fields[0], name: fields[1], colour: fields[2]))
        }
        return sides
    }

    /// The bundled sides.
    public static func bundled() throws -> [Side] {
        try load(from: Geodata.file("sides.tsv"))
    }
}

/// A malformed row of a sides file.
public struct SideFileError: Error, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// The line at fault.
    public let line: Int
    /// `FILE:LINE:` and the expected columns.
    public var description: String { "\(file):\(line): expected side<TAB>name<TAB>#RRGGBB<TAB>description" }
}
