import SitmapEvents
import SitmapGazetteer
import SitmapGeometry
import SitmapReports

/// Builds each day's territory from settlement control: Voronoi cells of the settlements, clipped to
/// the country outline and cut to a maximum radius around each settlement, unioned per side.
///
/// The settlements never move, so the cells, their shared edges and the area within reach are
/// computed once in `init`; a day then costs a GEOS coverage union per side whose settlements
/// changed since the last day built (the others are reused), and front lines are read off the
/// precomputed shared edges.
///
/// Works in a Lambert equal-area projection centred on the outline: areas are planar areas there,
/// lengths are geodesic. Owns a ``GeometryContext``: use one builder per thread or task.
public final class TerritoryBuilder {
    /// The settlements territory is built from, sorted by place id.
    public let settlements: [Place]
    /// The radius beyond which no settlement claims land.
    public let maximumRadiusKilometres: Double

    /// The Lambert equal-area plane, centred on the outline, where cells are built and areas measured.
    public let plane: Projection

    let context = GeometryContext()
    let sites: SettlementSites
    /// The Voronoi cell of each site in the plane: an exact coverage of the frame, not yet clipped.
    let cells: [Geometry]
    /// The land that can be held (plane): inside the outline and within the radius of a settlement.
    let reach: Geometry
    /// Shared edges of neighbouring cells, clipped to the reach, as lon/lat lines.
    let edges: [SharedEdge]
    /// The union last built for each side (and for the contested layer), reused while unchanged.
    var built: [Owner: BuiltUnion] = [:]

    /// Computes the cells of `settlements` (any order; places at the same position share one cell)
    /// inside the lon/lat `outline`.
    public init(settlements: [Place], outline: Shape, maximumRadiusKilometres: Double = 15) throws {
        guard maximumRadiusKilometres > 0 else { throw GeometryError.invalidInput("the maximum radius must be positive") }
        let outlineGeometry = try context.geometry(outline).validated()
        guard let box = outlineGeometry.envelope() else { throw GeometryError.invalidInput("the outline is empty") }
        self.settlements = settlements.sorted { $0.id < $1.id }
        self.maximumRadiusKilometres = maximumRadiusKilometres
        plane = try Projection.equalArea(centredOn: Coordinate(longitude: (box.min.longitude + box.max.longitude) / 2,
                                                              latitude: (box.min.latitude + box.max.latitude) / 2))
        sites = SettlementSites(self.settlements)
        let planeOutline = try plane.project(outlineGeometry.densified(tolerance: 0.01)).validated()
        cells = try Self.voronoiCells(of: sites.coordinates, around: outlineGeometry, in: plane, context: context)
        reach = try Self.reach(of: cells, sites: sites.coordinates, within: maximumRadiusKilometres * 1000,
                               inside: planeOutline, in: plane, context: context)
        edges = try SharedEdge.edges(of: cells, clippedTo: reach, in: plane)
    }

    /// The territory of each side, the contested areas and the front lines for one day's control.
    /// Settlements missing from `control` hold their cell for no one.
    public func territory(for control: [SettlementControl], on day: Day) throws -> Territory {
        let owners = sites.owners(control)
        var members: [Owner: [Int]] = [:]
        for (site, owner) in owners.enumerated() { if let owner { members[owner, default: []].append(site) } }
        var heldCount: [String: Int] = [:]
        for entry in control where entry.status == .held { heldCount[entry.side, default: 0] += 1 }

        var sides: [SideTerritory] = []
        for case let .side(side) in members.keys.sorted() {
            let union = try union(of: .side(side), sites: members[.side(side)]!)
            guard let shape = union.shape else { continue }
            sides.append(SideTerritory(side: side, day: day, shape: shape, areaSquareKilometres: union.areaSquareKilometres,
                                       settlementCount: heldCount[side] ?? 0))
        }
        let contested = try union(of: .contested, sites: members[.contested] ?? [])
        return Territory(day: day, sides: sides, contested: contested.shape,
                         contestedAreaSquareKilometres: contested.areaSquareKilometres,
                         frontLines: try frontLines(owners), control: Self.sortedByPlace(control))
    }

    /// The control sorted by place id; the ledger's already is, so it is only checked.
    private static func sortedByPlace(_ control: [SettlementControl]) -> [SettlementControl] {
        zip(control, control.dropFirst()).allSatisfy { $0.place.id < $1.place.id } ? control : control.sorted { $0.place.id < $1.place.id }
    }

    /// The union of the cells of `sites` within reach, built again only when the sites differ from last time.
    private func union(of owner: Owner, sites members: [Int]) throws -> BuiltUnion {
        if let last = built[owner], last.sites == members { return last }
        let made = try BuiltUnion(sites: members, geometry: cellUnion(members), plane: plane)
        built[owner] = made
        return made
    }

    /// The cells of `members` unioned and clipped to the reach, in the plane; nil for no cells.
    func cellUnion(_ members: [Int]) throws -> Geometry? {
        guard !members.isEmpty else { return nil }
        let parts = members.map { cells[$0] }
        let union: Geometry
        do { union = try context.coverageUnion(parts) } catch {
            // cells cut at the frame by GEOS may not match to the last bit: fall back to a full union
            union = try context.union(parts)
        }
        let clipped = try union.intersection(reach)
        return clipped.isEmpty ? nil : clipped
    }

    /// The front line of every pair of sides whose cells meet, sorted by the pair.
    private func frontLines(_ owners: [Owner?]) throws -> [FrontLine] {
        var pieces: [SidePair: (lines: [[Coordinate]], kilometres: Double)] = [:]
        for edge in edges {
            guard case let .side(a)? = owners[edge.sites.0], case let .side(b)? = owners[edge.sites.1], a != b else { continue }
            let pair = SidePair(a, b)
            pieces[pair, default: ([], 0)].lines += edge.lines
            pieces[pair]!.kilometres += edge.kilometres
        }
        return try pieces.keys.sorted().map { pair in
            let merged = try context.geometry(.multiLineString(pieces[pair]!.lines)).lineMerged().shape()
            let lines = merged.lines
            return FrontLine(sideA: pair.a, sideB: pair.b, shape: lines.count == 1 ? .lineString(lines[0]) : .multiLineString(lines),
                             lengthKilometres: pieces[pair]!.kilometres)
        }
    }
}

/// Who a cell belongs to on a day.
enum Owner: Hashable, Comparable {
    case side(String)
    case contested
}

/// Two different sides, in id order.
struct SidePair: Hashable, Comparable {
    let a: String, b: String
    init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    static func < (l: SidePair, r: SidePair) -> Bool { (l.a, l.b) < (r.a, r.b) }
}

/// A union of cells as built for one day, kept for the next.
struct BuiltUnion {
    let sites: [Int]
    /// Plane geometry, nil when empty.
    let geometry: Geometry?
    /// Lon/lat (multi-)polygon, exteriors counter-clockwise.
    let shape: Shape?
    let areaSquareKilometres: Double

    init(sites: [Int], geometry: Geometry?, plane: Projection) throws {
        self.sites = sites
        self.geometry = geometry
        guard let geometry else {
            (shape, areaSquareKilometres) = (nil, 0)
            return
        }
        areaSquareKilometres = try geometry.planarArea() / 1_000_000
        // a vertex a hair from an edge in the plane can cross it when unprojected: mend such rings
        shape = try Self.polygonal(plane.unproject(geometry).validated())
    }

    /// The polygons of a lon/lat geometry as one polygon or multi-polygon, oriented for RFC 7946.
    static func polygonal(_ geometry: Geometry) throws -> Shape? {
        let polygons = try geometry.shape().polygons
        guard !polygons.isEmpty else { return nil }
        let shape: Shape = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
        return try shape.orientedForRFC7946(in: geometry.context)
    }
}
