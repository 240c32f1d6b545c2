/// A dateline: one to three capitalized words, optionally ", Mon DD" and "(Credit)", then ":" or a dash.
enum Dateline {
    /// Characters of a line that may hold the end of its dateline.
    static let headLength = 48

    /// The place of the dateline that starts `line` (as ``split(_:)-(String)`` gives it) and the text after it,
    /// trimmed and not empty; nil when the line does not start with a dateline.
    ///
    /// Most lines' heads are ASCII, and most datelines a plain name ("BEIRUT:"): for them the bytes tell, and no
    /// `String` is made but the place's.
    static func split(_ line: UnsafeBufferPointer<UInt8>) -> (place: String, rest: UnsafeBufferPointer<UInt8>)? {
        let place: String, after: Int
        // when the first 49 bytes are ASCII, the first 48 characters are the first 48 bytes
        if line.prefix(headLength + 1).allSatisfy({ $0 < 0x80 }) {
            guard let cut = asciiCut(in: line.prefix(headLength)) else { return nil }
            let prefix = UnsafeBufferPointer(rebasing: line[..<cut.lowerBound])
            if prefix.contains(UInt8(ascii: ",")) || prefix.contains(UInt8(ascii: "(")) {
                guard let found = split(String(decoding: line, as: UTF8.self)) else { return nil }
                (place, after) = found
            } else {
                guard let name = plainPlace(prefix) else { return nil }
                (place, after) = (name, cut.upperBound)
            }
        } else {
            guard let found = split(String(decoding: line, as: UTF8.self)) else { return nil }
            (place, after) = found
        }
        let rest = UnsafeBufferPointer(rebasing: line[after...]).trimmed()
        return rest.isEmpty ? nil : (place, rest)
    }

    /// The place of the dateline that starts `line` and the UTF-8 offset where the text after it starts, or nil
    /// when `line` does not start with one.
    static func split(_ line: String) -> (place: String, after: Int)? {
        let head = line.prefix(headLength)
        guard let (end, after) = cut(in: head) else { return nil }
        var prefix = head[..<end].trimmed()
        if let open = prefix.firstIndex(of: "("), prefix.hasSuffix(")") { prefix = prefix[..<open].trimmed() }
        var place = prefix
        if let comma = prefix.firstIndex(of: ",") {
            place = String(prefix[..<comma])
            let date = prefix[prefix.index(after: comma)...].split(separator: " ")
            guard date.count == 2, date[0].first?.isUppercase == true, date[0].count <= 5, Int(date[1]) != nil else { return nil }
        }
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." } })
        else { return nil }
        let name = words.joined(separator: " ")
        let display = name == name.uppercased() ? name.capitalized : name
        return (display, line.utf8.distance(from: line.startIndex, to: after))
    }

    /// ``split(_:)-(String)``'s place for the ASCII text before a dateline's cut, when it holds no "," nor "(":
    /// its words, each a capital and then letters, `-`, `'` or `.`, joined by single spaces; capitalized as
    /// Foundation's `capitalized` does these characters when the name is all capitals ("DEIR EZ-ZOR" →
    /// "Deir Ez-Zor").
    static func plainPlace(_ prefix: UnsafeBufferPointer<UInt8>) -> String? {
        var name: [UInt8] = []
        name.reserveCapacity(prefix.count)
        var words = 0, shouting = true
        for word in prefix.trimmed().split(separator: UInt8(ascii: " ")) {
            words += 1
            guard words <= 3, word.first! &- UInt8(ascii: "A") < 26,
                  word.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".") })
            else { return nil }
            if !name.isEmpty { name.append(UInt8(ascii: " ")) }
            name.append(contentsOf: word)
            shouting = shouting && !word.contains { $0 &- UInt8(ascii: "a") < 26 }
        }
        guard words > 0 else { return nil }
        if shouting {
            // a letter after a space, a hyphen or a point starts a word; an apostrophe does not ("O'Neil" → "O'neil")
            var startsWord = true
            for k in name.indices {
                let byte = name[k]
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                    name[k] = startsWord ? byte : byte | 0x20
                    startsWord = false
                } else if byte != UInt8(ascii: "'") {
                    startsWord = true
                }
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// The first ":" or spaced dash in `head`: where it starts and where what follows it starts.
    static func cut(in head: Substring) -> (Substring.Index, Substring.Index)? {
        let utf8 = head.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // no en or em dash, and every character is a byte
            return asciiCut(in: utf8).map { (utf8.index(utf8.startIndex, offsetBy: $0.lowerBound), utf8.index(utf8.startIndex, offsetBy: $0.upperBound)) }
        }
        var cut: (Substring.Index, Substring.Index)?
        if let colon = head.firstIndex(of: ":") {
            cut = (colon, head.index(after: colon))
        }
        for dash in [" - ", " – ", " — "] {
            if let range = head.range(of: dash), cut == nil || range.lowerBound < cut!.0 { cut = (range.lowerBound, range.upperBound) }
        }
        return cut
    }

    /// The offsets of the first ":" or " - " in ASCII bytes.
    static func asciiCut(in bytes: some Collection<UInt8>) -> Range<Int>? {
        var previous: (UInt8, UInt8) = (0, 0)
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ":") { return offset..<offset + 1 }
            if previous == (UInt8(ascii: " "), UInt8(ascii: "-")) && byte == UInt8(ascii: " ") { return offset - 2..<offset + 1 }
            previous = (previous.1, byte)
        }
        return nil
    }
}
