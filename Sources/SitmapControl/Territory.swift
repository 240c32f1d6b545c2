import SitmapGeometry
import SitmapReports

/// The map of control on one day: each side's territory, the contested areas and the front lines.
public struct Territory: Sendable {
    /// The day.
    public let day: Day
    /// One entry per side holding at least one settlement, sorted by side id.
    public let sides: [SideTerritory]
    /// The cells of contested settlements, in no side's territory; nil when nothing is contested.
    public let contested: Shape?
    /// Area of ``contested`` in km² (equal-area projection).
    public let contestedAreaSquareKilometres: Double
    /// The shared boundaries between different sides' territories, sorted by side pair.
    public let frontLines: [FrontLine]
    /// The control of every settlement that day, sorted by place id.
    public let control: [SettlementControl]

    /// A day's territory from its parts.
    public init(day: Day, sides: [SideTerritory], contested: Shape?, contestedAreaSquareKilometres: Double,
                frontLines: [FrontLine], control: [SettlementControl]) {
        self.day = day
        self.sides = sides
        self.contested = contested
        self.contestedAreaSquareKilometres = contestedAreaSquareKilometres
        self.frontLines = frontLines
        self.control = control
    }
}

/// The territory of one side on one day: the union of the Voronoi cells of the settlements it holds.
public struct SideTerritory: Sendable {
    /// Side id.
    public let side: String
    /// The day.
    public let day: Day
    /// Lon/lat polygon or multi-polygon, exteriors counter-clockwise (RFC 7946).
    public let shape: Shape
    /// Area in km², computed in an equal-area projection.
    public let areaSquareKilometres: Double
    /// How many settlements the side holds (not counting contested ones).
    public let settlementCount: Int

    /// A side's territory from its parts.
    public init(side: String, day: Day, shape: Shape, areaSquareKilometres: Double, settlementCount: Int) {
        self.side = side
        self.day = day
        self.shape = shape
        self.areaSquareKilometres = areaSquareKilometres
        self.settlementCount = settlementCount
    }
}

/// Where two sides' territories meet.
public struct FrontLine: Sendable {
    /// The side that sorts first.
    public let sideA: String
    /// The side that sorts second.
    public let sideB: String
    /// Lon/lat line string or multi-line string.
    public let shape: Shape
    /// Geodesic length in km.
    public let lengthKilometres: Double

    /// A front line; give the sides in id order.
    public init(sideA: String, sideB: String, shape: Shape, lengthKilometres: Double) {
        self.sideA = sideA
        self.sideB = sideB
        self.shape = shape
        self.lengthKilometres = lengthKilometres
    }
}
