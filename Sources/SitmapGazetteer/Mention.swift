/// A gazetteer name found in a text.
public struct Mention: Hashable, Sendable {
    /// As written in the text, e.g. "Khansir".
    public let text: String
    /// Where it is in the searched text.
    public let range: Range<String.Index>
    /// The name as ``PlaceName/normalized(_:)`` gives it.
    public let normalizedName: String
    /// What the adjacent words say the place is: "Idlib province" → ``Qualifier/province``.
    public let qualifier: Qualifier?
    /// Every place carrying that normalised name.
    public let candidates: [Place]
    /// The name trie's terminal of `normalizedName`, when the mention matcher found it: its candidates are
    /// that terminal's places, in gazetteer order.
    var terminal: Int32?

    public init(text: String, range: Range<String.Index>, normalizedName: String, qualifier: Qualifier?, candidates: [Place]) {
        self.text = text
        self.range = range
        self.normalizedName = normalizedName
        self.qualifier = qualifier
        self.candidates = candidates
    }

    // the terminal is a shortcut to the candidates, not part of what a mention is
    public static func == (a: Mention, b: Mention) -> Bool {
        a.text == b.text && a.range == b.range && a.normalizedName == b.normalizedName && a.qualifier == b.qualifier
            && a.candidates == b.candidates
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(normalizedName)
        hasher.combine(qualifier)
        hasher.combine(candidates)
    }
}
