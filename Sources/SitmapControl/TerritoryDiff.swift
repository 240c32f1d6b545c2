import SitmapGeometry
import SitmapReports

/// What changed between two days: the area each side gained and lost, and the settlements that
/// changed hands.
public struct TerritoryDiff: Sendable {
    /// The earlier day.
    public let from: Day
    /// The later day.
    public let to: Day
    /// Sides that gained or lost territory, sorted by side id.
    public let sides: [SideChange]
    /// Changes after `from` up to and including `to`, in date order then by place id.
    public let changes: [ControlChange]

    /// A diff from its parts.
    public init(from: Day, to: Day, sides: [SideChange], changes: [ControlChange]) {
        self.from = from
        self.to = to
        self.sides = sides
        self.changes = changes
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { sides.isEmpty && changes.isEmpty }
}

/// The territory one side gained and lost between two days.
public struct SideChange: Sendable {
    /// Side id.
    public let side: String
    /// Lon/lat (multi-)polygon held on the later day but not on the earlier; nil when none.
    public let gained: Shape?
    /// Area of ``gained`` in km².
    public let gainedSquareKilometres: Double
    /// Lon/lat (multi-)polygon held on the earlier day but not on the later; nil when none.
    public let lost: Shape?
    /// Area of ``lost`` in km².
    public let lostSquareKilometres: Double

    /// A side's change from its parts.
    public init(side: String, gained: Shape?, gainedSquareKilometres: Double, lost: Shape?, lostSquareKilometres: Double) {
        self.side = side
        self.gained = gained
        self.gainedSquareKilometres = gainedSquareKilometres
        self.lost = lost
        self.lostSquareKilometres = lostSquareKilometres
    }

    /// Gained minus lost, km².
    public var netSquareKilometres: Double { gainedSquareKilometres - lostSquareKilometres }
}
