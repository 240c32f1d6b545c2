/// Finds phrases of a lexicon in a token sequence: longest match first, left to right, no overlaps.
///
/// Phrases are tokenized like the text, so "HTS-led rebels" matches "hts-led rebels"; a possessive word
/// in the text also matches its stem ("the army's retreat" matches "the army").
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// A phrase found in a text.
    public struct Match: Sendable {
        /// Token indices of the phrase.
        public let tokens: Range<Int>
        public let value: Value

        @inlinable
        init(tokens: Range<Int>, value: Value) {
            self.tokens = tokens
            self.value = value
        }
    }

    // inlinable, so that callers in other modules get it specialised for their value type: matching runs on
    // every token of every sentence, and unspecialised generic code spends its time on type metadata
    /// Per node of the phrase trie (the root first), the node each next word leads to.
    @usableFromInline let edges: [WordMap<Int32>]
    @usableFromInline let values: [Value?]

    /// A matcher for `phrases`; when a phrase repeats, the first value wins.
    public init(_ phrases: [(phrase: String, value: Value)]) {
        var edges: [[WordKey: Int32]] = [[:]]
        var values: [Value?] = [nil]
        for (phrase, value) in phrases {
            let words = Tokenizer.tokens(in: phrase).map(\.key)
            guard !words.isEmpty else { continue }
            var node = 0
            for word in words {
                if let next = edges[node][word] {
                    node = Int(next)
                } else {
                    edges.append([:])
                    values.append(nil)
                    edges[node][word] = Int32(edges.count - 1)
                    node = edges.count - 1
                }
            }
            if values[node] == nil { values[node] = value }
        }
        self.edges = edges.map { WordMap(keys: $0.map { (key: $0.key, value: $0.value) }) }
        self.values = values
    }

    /// The longest phrase starting at token `start`, if any.
    @inlinable
    public func match(in tokens: [Token], at start: Int) -> Match? {
        edges.withUnsafeBufferPointer { match(in: tokens, at: start, edges: $0) }
    }

    /// Every match in `tokens`, left to right, the longest at each position, never overlapping.
    @inlinable
    public func matches(in tokens: [Token]) -> [Match] {
        // the trie's tables are taken in hand once for all tokens, not once per token
        edges.withUnsafeBufferPointer { edges in
            var found: [Match] = []
            var i = 0
            while i < tokens.count {
                // most words start no phrase, by key or by stem: a probe of the root's table turns them away
                let token = tokens[i]
                if edges[0].contains(token.key) || token.stem != token.key && edges[0].contains(token.stem),
                   let match = match(in: tokens, at: i, edges: edges) {
                    // a sentence holds a few phrases: room for them at once, not grown one by one
                    if found.isEmpty { found.reserveCapacity(4) }
                    found.append(match)
                    i = match.tokens.upperBound
                } else {
                    i += 1
                }
            }
            return found
        }
    }

    /// The longest phrase starting at token `start`, with `edges` in hand.
    @inlinable
    func match(in tokens: [Token], at start: Int, edges: UnsafeBufferPointer<WordMap<Int32>>) -> Match? {
        var node = 0
        var best: Match?
        var i = start
        while i < tokens.count {
            let token = tokens[i]
            let viaKey = edges[node][token.key]
            // a possessive may close a phrase by its stem ("the army's" → "the army") but never continues one
            let viaStem = viaKey == nil && token.stem != token.key ? edges[node][token.stem] : nil
            guard let next = viaKey ?? viaStem else { break }
            node = Int(next)
            i += 1
            if let value = values[node] { best = Match(tokens: start..<i, value: value) }
            if viaStem != nil { break }
        }
        return best
    }
}
