import SitmapEvents
import SitmapGazetteer
import SitmapGeometry

/// The distinct positions of the settlements: the sites of the Voronoi diagram.
///
/// Places at the same position (an airbase placed at its airport) share one site; on a day the site
/// follows the most populous of them that has a known control (ties by place id).
struct SettlementSites {
    /// One coordinate per site, in the order of the first settlement (by place id) at it.
    let coordinates: [Coordinate]
    /// The settlements at each site, most populous first, then by place id.
    let settlements: [[Place]]
    /// Where each settlement is: its site and its rank among the settlements there.
    private let position: [String: (site: Int, rank: Int)]

    init(_ places: [Place]) {
        var siteOf: [Coordinate: Int] = [:]
        var coordinates: [Coordinate] = []
        var settlements: [[Place]] = []
        for place in places.sorted(by: { $0.id < $1.id }) {
            if let site = siteOf[place.coordinate] {
                settlements[site].append(place)
            } else {
                siteOf[place.coordinate] = coordinates.count
                coordinates.append(place.coordinate)
                settlements.append([place])
            }
        }
        self.coordinates = coordinates
        self.settlements = settlements.map { $0.sorted { ($1.population, $0.id) < ($0.population, $1.id) } }
        var position: [String: (site: Int, rank: Int)] = [:]
        for (site, places) in self.settlements.enumerated() {
            for (rank, place) in places.enumerated() { position[place.id] = (site, rank) }
        }
        self.position = position
    }

    /// Who owns each site under `control`: the side holding it, contested, or nil when none of its
    /// settlements has a control.
    func owners(_ control: [SettlementControl]) -> [Owner?] {
        var owners = [Owner?](repeating: nil, count: coordinates.count)
        var bestRank = [Int](repeating: .max, count: coordinates.count)
        for entry in control {
            guard let (site, rank) = position[entry.place.id], rank < bestRank[site] else { continue }
            bestRank[site] = rank
            owners[site] = entry.status == .contested ? .contested : .side(entry.side)
        }
        return owners
    }
}
