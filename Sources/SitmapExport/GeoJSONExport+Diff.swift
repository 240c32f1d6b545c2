import SitmapControl
import SitmapGeometry

extension GeoJSONExport {
    /// What changed between two days: per side the land `gained` and `lost` (polygons with `area_km2`),
    /// then each settlement that changed hands as a point (`layer` "change", with `place_id`, `name`,
    /// `date`, `from_side`, `to_side`, `status`, `confirmation` and the `evidence` event ids).
    /// Every feature also carries `from` and `to`, the two days compared.
    public static func diff(_ diff: TerritoryDiff) -> String {
        let context = GeometryContext()
        let span: [(name: String, value: FieldValue)] = [("from", .day(diff.from)), ("to", .day(diff.to))]
        var features: [(shape: Shape, properties: [(name: String, value: FieldValue)])] = []
        for side in diff.sides {
            for (layer, shape, area) in [("gained", side.gained, side.gainedSquareKilometres), ("lost", side.lost, side.lostSquareKilometres)] {
                guard let shape, let cleaned = ControlLayer.cleaned(shape, in: context) else { continue }
                features.append((cleaned, [("layer", .text(layer)), ("side", .text(side.side))] + span
                                 + [("area_km2", .decimal(area, decimals: 1))]))
            }
        }
        for change in diff.changes {
            features.append((.point(change.place.coordinate), [
                ("layer", .text("change")), ("place_id", .text(change.place.id)), ("name", .text(change.place.asciiName)),
                ("date", .day(change.day)), ("from_side", change.from.map(FieldValue.text) ?? .absent), ("to_side", .text(change.to)),
                ("status", .text(change.status.rawValue)), ("confirmation", .text(change.confirmation.rawValue)),
                ("evidence", .list(change.evidence)),
            ] + span))
        }
        return collection(features)
    }
}
