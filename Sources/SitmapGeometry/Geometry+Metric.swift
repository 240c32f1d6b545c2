/// Measurements in metres and kilometres for lon/lat geometries: computed on the ellipsoid or in a
/// projection from PROJ centred on the geometry, never in degrees.
extension Geometry {
    /// The centre of the bounding box, where local projections are centred.
    private func projectionCentre() throws -> Coordinate {
        guard let box = envelope() else { throw GeometryError.invalidInput("an empty geometry has no extent") }
        return Coordinate(longitude: (box.min.longitude + box.max.longitude) / 2, latitude: (box.min.latitude + box.max.latitude) / 2)
    }

    /// The area within `metres` of this lon/lat geometry, as a lon/lat polygon.
    ///
    /// Buffered in an azimuthal equidistant projection centred on the geometry, so the radius is
    /// exact from the centre and close elsewhere for regional extents. 32 segments a quadrant give a
    /// 20 km circle 0.04% smaller than the geodesic circle.
    public func buffered(metres: Double, quadrantSegments: Int = 32) throws -> Geometry {
        let plane = try Projection.equidistant(centredOn: projectionCentre())
        return try plane.unproject(plane.project(self).planarBuffer(metres, quadrantSegments: quadrantSegments))
    }

    /// Area of this lon/lat geometry in km², in a Lambert azimuthal equal-area projection centred on it.
    public func areaSquareKilometres() throws -> Double {
        if isEmpty { return 0 }
        let plane = try Projection.equalArea(centredOn: projectionCentre())
        return try plane.project(self).planarArea() / 1_000_000
    }

    /// Geodesic length of this lon/lat geometry's lines (perimeter for polygons) in km.
    public func lengthKilometres() throws -> Double {
        let parts = try shape()
        let paths = parts.lines + parts.polygons.flatMap { $0 }
        return paths.reduce(0) { $0 + Geodesic.pathLengthMetres($1) } / 1000
    }
}
