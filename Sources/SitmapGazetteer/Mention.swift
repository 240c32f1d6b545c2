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
    private let source: Candidates

    /// Where a mention's candidates come from: given, or the places of a name trie terminal, made only
    /// when they are asked for (a report names the same places again and again, and resolving a mention
    /// reads the terminal, not its places).
    private enum Candidates: Sendable {
        case given([Place])
        case terminal(Int32, of: Gazetteer)
    }

    public init(text: String, range: Range<String.Index>, normalizedName: String, qualifier: Qualifier?, candidates: [Place]) {
        self.init(text: text, range: range, normalizedName: normalizedName, qualifier: qualifier, source: .given(candidates))
    }

    /// A mention the matcher found: its candidates are the places of `terminal`.
    init(text: String, range: Range<String.Index>, qualifier: Qualifier?, terminal: Int32, of gazetteer: Gazetteer) {
        self.init(text: text, range: range, normalizedName: gazetteer.index.terminals[Int(terminal)].key, qualifier: qualifier,
                  source: .terminal(terminal, of: gazetteer))
    }

    private init(text: String, range: Range<String.Index>, normalizedName: String, qualifier: Qualifier?, source: Candidates) {
        self.text = text
        self.range = range
        self.normalizedName = normalizedName
        self.qualifier = qualifier
        self.source = source
    }

    /// Every place carrying that normalised name.
    public var candidates: [Place] {
        switch source {
        case .given(let places): places
        case .terminal(let terminal, let gazetteer): gazetteer.places(ofTerminal: terminal)
        }
    }

    /// The name trie's terminal of `normalizedName`, when the mention matcher found it: its candidates are
    /// that terminal's places, in gazetteer order.
    var terminal: Int32? {
        guard case .terminal(let terminal, _) = source else { return nil }
        return terminal
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
