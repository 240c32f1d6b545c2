import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// A settlement changing hands (or becoming contested) on a day, with the events that say so.
public struct ControlChange: Hashable, Sendable {
    /// The settlement.
    public let place: Place
    /// Side id before the change; nil when the ledger had no side for it.
    public let from: String?
    /// Side id after the change (for a contested settlement, the side pushing in).
    public let to: String
    /// Held whole or contested after the change.
    public let status: ControlClaim.Status
    /// The day of the change.
    public let day: Day
    /// Ids of the events that report this change, sorted.
    public let evidence: [String]
    /// Claimed by the gaining side only, or confirmed by others.
    public let confirmation: ControlClaim.Confirmation

    /// A change from its parts.
    public init(place: Place, from: String?, to: String, status: ControlClaim.Status, day: Day, evidence: [String],
                confirmation: ControlClaim.Confirmation) {
        self.place = place
        self.from = from
        self.to = to
        self.status = status
        self.day = day
        self.evidence = evidence
        self.confirmation = confirmation
    }
}
