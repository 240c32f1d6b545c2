import SitmapControl

extension ControlLayer {
    /// The control map of a territory: each side's territory (in the territory's order), the contested
    /// area, then the front lines. Names and colours come from `sides`; a side missing there keeps its
    /// id as name and is drawn grey.
    public init(_ territory: Territory, sides: [Side]) {
        let byID = Dictionary(sides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let name = { (id: String) in byID[id]?.name ?? id }
        var features = territory.sides.map { side in
            ControlFeature(layer: .territory, side: side.side, name: name(side.side), shape: side.shape,
                           areaSquareKilometres: side.areaSquareKilometres, settlements: side.settlementCount,
                           colour: byID[side.side]?.colour ?? "#808080")
        }
        if let contested = territory.contested {
            features.append(ControlFeature(layer: .contested, name: "Contested", shape: contested,
                                           areaSquareKilometres: territory.contestedAreaSquareKilometres,
                                           settlements: territory.control.filter { $0.status == .contested }.count,
                                           colour: ControlFeature.contestedColour))
        }
        features += territory.frontLines.map { line in
            ControlFeature(layer: .frontLine, sideA: line.sideA, sideB: line.sideB,
                           name: "Front line: \(name(line.sideA)) / \(name(line.sideB))", shape: line.shape,
                           lengthKilometres: line.lengthKilometres, colour: ControlFeature.frontLineColour)
        }
        self.init(day: territory.day, features: features)
    }
}

extension GeoJSONExport {
    /// The control map of a day: territory per side, the contested area and the front lines.
    public static func territory(_ territory: Territory, sides: [Side]) -> String {
        control(ControlLayer(territory, sides: sides))
    }
}

extension KMLExport {
    /// The control map of a day as a KML document.
    public static func territory(_ territory: Territory, sides: [Side]) -> String {
        control(ControlLayer(territory, sides: sides), sides: sides)
    }
}
