import SitmapGeometry

/// What the resolver knows about the report a name comes from.
public struct ResolutionContext: Sendable {
    /// The country the report is about (ISO 3166-1 alpha-2); its places are preferred.
    public var focusCountryCode: String?
    /// Other places of the same report: candidates near them are preferred.
    public var nearby: [Coordinate]
    /// A qualifier the caller saw ("province"), overriding the mention's own.
    public var qualifier: Qualifier?

    public init(focusCountryCode: String? = "SY", nearby: [Coordinate] = [], qualifier: Qualifier? = nil) {
        self.focusCountryCode = focusCountryCode
        self.nearby = nearby
        self.qualifier = qualifier
    }
}

/// A candidate place with the resolver's score for it (higher is better, 0...1).
public struct ScoredPlace: Hashable, Sendable {
    public let place: Place
    public let score: Double

    public init(place: Place, score: Double) {
        self.place = place
        self.score = score
    }
}

/// The answer to "which place is this name?": the best candidate and the runners-up, or nothing.
public struct Resolution: Hashable, Sendable {
    /// The name as asked or as written in the text.
    public let query: String
    /// The chosen place; nil when the name is unknown (never a guess at a country's centroid).
    public let best: ScoredPlace?
    /// The other candidates, best first.
    public let runnersUp: [ScoredPlace]
    public var isResolved: Bool { best != nil }

    public init(query: String, best: ScoredPlace?, runnersUp: [ScoredPlace]) {
        self.query = query
        self.best = best
        self.runnersUp = runnersUp
    }
}
