import SitmapReports

/// A property value of an event or a control feature, typed as the formats need it: GeoJSON writes it
/// as JSON, CSV and KML `ExtendedData` as one line of text.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    /// A day, `YYYY-MM-DD`.
    case day(Day)
    case integer(Int)
    /// A number with at most this many decimals (coordinates 6, lengths 2, areas 1); absent when not finite.
    case decimal(Double, decimals: Int)
    /// Report ids: a JSON array, ";"-joined in CSV and KML.
    case list([String])
    /// Evidence sentences: one text, joined with a space.
    case sentences([String])
    /// No value: JSON `null`, an empty CSV cell, no KML `Data`.
    case absent

    /// Separator of `list` values in formats without arrays (CSV, KML).
    static let listSeparator = ";"
    /// Separator of evidence sentences.
    static let sentenceSeparator: StaticString = " "

    /// The value as one line of text, as CSV and KML write it; nil when absent.
    public var plainText: String? {
        switch self {
        case let .text(text): return text
        case let .day(day): return day.iso
        case let .integer(value): return String(value)
        case let .decimal(value, decimals):
            guard value.isFinite else { return nil }
            var buffer = TextBuffer(capacity: 24)
            buffer.decimal(value, decimals: decimals)
            return buffer.text
        case let .list(items): return items.joined(separator: FieldValue.listSeparator)
        case let .sentences(sentences): return sentences.joined(separator: FieldValue.sentenceSeparator.description)
        case .absent: return nil
        }
    }
}

extension TextBuffer {
    /// Appends a value as JSON.
    mutating func json(_ value: FieldValue) {
        switch value {
        case let .text(text): jsonString(text)
        case let .day(day):
            byte(UInt8(ascii: "\""))
            self.day(day)
            byte(UInt8(ascii: "\""))
        case let .integer(number): integer(number)
        case let .decimal(number, decimals):
            if number.isFinite { decimal(number, decimals: decimals) } else { raw("null") }
        case let .list(items): jsonStrings(items)
        case let .sentences(sentences): jsonString(joining: sentences, separator: FieldValue.sentenceSeparator)
        case .absent: raw("null")
        }
    }
}
