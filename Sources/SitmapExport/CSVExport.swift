import SitmapEvents

/// Events as CSV (RFC 4180): a header of ACLED column names, one row per event, CRLF line ends;
/// a field holding a comma, a quote or a line break is quoted, its quotes doubled.
///
/// Every event is written, with or without coordinates. `sources` is ";"-joined, `notes` the evidence
/// sentences joined by spaces; absent values are empty cells.
public enum CSVExport {
    /// The CSV text of `events`, in the order given.
    public static func events(_ events: [Event]) -> String {
        var buffer = TextBuffer(capacity: 256 + events.count * 400)
        buffer.csvRow(EventField.allCases.map(\.name))
        for event in events {
            buffer.csvRow(EventField.allCases.map { $0.value(of: event).plainText ?? "" })
        }
        return buffer.text
    }
}

extension TextBuffer {
    /// Appends one CSV record and its CRLF.
    mutating func csvRow(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { verbatim(field); continue }
            byte(UInt8(ascii: "\""))
            for b in field.utf8 {
                if b == UInt8(ascii: "\"") { byte(b) }
                byte(b)
            }
            byte(UInt8(ascii: "\""))
        }
        raw("\r\n")
    }
}
