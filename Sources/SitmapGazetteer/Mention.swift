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

    public init(text: String, range: Range<String.Index>, normalizedName: String, qualifier: Qualifier?, candidates: [Place]) {
        self.text = text
        self.range = range
        self.normalizedName = normalizedName
        self.qualifier = qualifier
        self.candidates = candidates
    }
}
