import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// Who holds one settlement on a day, and on what evidence.
public struct SettlementControl: Hashable, Sendable {
    /// The settlement (a gazetteer place).
    public let place: Place
    /// Side id (`geodata/sides.tsv`): the holder, or for a contested settlement the side pushing in.
    public let side: String
    /// Held whole, or contested (partly taken, fought over).
    public let status: ControlClaim.Status
    /// The day of the change that gave this state; nil for the baseline state.
    public let since: Day?
    /// Ids of the events behind this state (the change and later reports repeating it), sorted.
    public let evidence: [String]
    /// Whether the gaining side only claims it or others confirm it; nil for the baseline state.
    public let confirmation: ControlClaim.Confirmation?

    /// A settlement's control; the defaults describe a baseline state.
    public init(place: Place, side: String, status: ControlClaim.Status, since: Day? = nil, evidence: [String] = [],
                confirmation: ControlClaim.Confirmation? = nil) {
        self.place = place
        self.side = side
        self.status = status
        self.since = since
        self.evidence = evidence
        self.confirmation = confirmation
    }
}
