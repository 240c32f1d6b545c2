extension Gazetteer {
    /// Every gazetteer name in `text`, in text order, non-overlapping, the longest where names overlap
    /// ("Idlib province" rather than "Idlib"), found in one pass (see ``MentionMatcher``).
    public func mentions(in text: String) -> [Mention] {
        var finder = MentionFinder(gazetteer: self)
        return finder.mentions(in: text)
    }
}

/// Finds the gazetteer names of text after text (see ``Gazetteer/mentions(in:)``), keeping its buffers
/// and the words it looked up from one text to the next: the sentences of a report name the same places
/// again and again. A value for one thread.
struct MentionFinder {
    let gazetteer: Gazetteer
    private var matcher: MentionMatcher
    /// The word scanner's array, handed from scanner to scanner.
    private var words: [Word] = []

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        matcher = MentionMatcher(index: gazetteer.index, known: gazetteer.knownWords)
    }

    /// Every gazetteer name in `text`, as ``Gazetteer/mentions(in:)`` gives them.
    mutating func mentions(in text: String) -> [Mention] {
        var found: [Mention] = []
        let gazetteer = gazetteer
        var bytesOfText = text
        bytesOfText.withUTF8 { bytes in
            var scanner = WordScanner(bytes, reusing: &words)
            while scanner.nextRun() {
                matcher.match(scanner.words, in: bytes) { match in
                    let utf8 = text.utf8
                    let range = utf8.index(utf8.startIndex, offsetBy: match.start)..<utf8.index(utf8.startIndex, offsetBy: match.end)
                    found.append(Mention(text: String(text[range]), range: range, qualifier: match.qualifier, terminal: match.terminal,
                                         of: gazetteer))
                }
            }
            words = scanner.words
        }
        return found
    }
}
