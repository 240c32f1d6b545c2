extension Gazetteer {
    /// Every gazetteer name in `text`, in text order, non-overlapping, the longest where names overlap
    /// ("Idlib province" rather than "Idlib"), found in one pass (see ``MentionMatcher``).
    public func mentions(in text: String) -> [Mention] {
        var found: [Mention] = []
        // a report names the same places again and again: their candidates are made once
        var candidates: [Int32: [Place]] = [:]
        var bytesOfText = text
        bytesOfText.withUTF8 { bytes in
            var matcher = MentionMatcher(index: index, bytes: bytes)
            var scanner = WordScanner(bytes)
            while scanner.nextRun() {
                matcher.match(scanner.words) { match in
                    let utf8 = text.utf8
                    let range = utf8.index(utf8.startIndex, offsetBy: match.start)..<utf8.index(utf8.startIndex, offsetBy: match.end)
                    let places = candidates[match.terminal] ?? {
                        let made = index.terminals[Int(match.terminal)].places.map { self.places[Int($0)] }
                        candidates[match.terminal] = made
                        return made
                    }()
                    var mention = Mention(text: String(text[range]), range: range, normalizedName: index.terminals[Int(match.terminal)].key,
                                          qualifier: match.qualifier, candidates: places)
                    mention.terminal = match.terminal
                    found.append(mention)
                }
            }
        }
        return found
    }
}
