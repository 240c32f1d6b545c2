extension String {
    /// The text without the white space at either end (see ``Substring/trimmed(newlines:)``).
    func trimmed(newlines: Bool = false) -> String { self[...].trimmed(newlines: newlines) }
}

extension Substring {
    /// The text without the white space at either end, as Foundation's `trimmingCharacters(in: .whitespaces)`
    /// trims it (Unicode category Zs and tab), or with `newlines` as `.whitespacesAndNewlines` does (all of Z,
    /// U+000A–U+000D, U+0085).
    ///
    /// Cleaning trims every line and sentence of every report; Foundation's trimming goes through UTF-16 and
    /// costs more than the rest of cleaning together. This looks only at the scalars at the two ends.
    func trimmed(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isBlank(scalars[start], newlines: newlines) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard Self.isBlank(scalars[last], newlines: newlines) else { break }
            end = last
        }
        return String(self[start..<end])
    }

    /// Whether the text is only white space and newlines (or empty), as trimming it with `.whitespacesAndNewlines`
    /// would leave nothing; looks no further than the first other character.
    var isBlank: Bool { unicodeScalars.allSatisfy { Self.isBlank($0, newlines: true) } }

    @inline(__always)
    private static func isBlank(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0x0A...0x0D, 0x85: return newlines
        case 0x21..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator: return true
            case .lineSeparator, .paragraphSeparator: return newlines
            default: return false
            }
        }
    }
}
