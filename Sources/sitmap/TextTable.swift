import Foundation

/// The plain-text tables the commands print: columns padded to the widest cell, two spaces apart,
/// trailing spaces trimmed.
enum TextTable {
    /// `rows[0]` is the header; the columns in `rightAligned` (numbers) are padded on the left.
    static func aligned(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
