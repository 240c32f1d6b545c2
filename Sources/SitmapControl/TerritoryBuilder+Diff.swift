import SitmapReports

extension TerritoryBuilder {
    /// What each side gained and lost between two days of the ledger, with the changes behind it.
    public func diff(from: Day, to: Day, in ledger: ControlLedger) throws -> TerritoryDiff {
        try diff(from: from, ledger.control(on: from), to: to, ledger.control(on: to), changes: ledger.changes(from: from, to: to))
    }

    /// What each side gained and lost between two days' control.
    ///
    /// A side gains the cells it holds on `to` and did not hold on `from`, and loses the reverse:
    /// the same point sets as the differences of the two territories, built from the cells
    /// themselves (a coverage union) rather than by overlaying the territories.
    public func diff(from: Day, _ before: [SettlementControl], to: Day, _ after: [SettlementControl],
                     changes: [ControlChange]) throws -> TerritoryDiff {
        let (old, new) = (sites.owners(before), sites.owners(after))
        var sides = Set<String>()
        for case let .side(side)? in old + new { sides.insert(side) }
        let changed = try sides.sorted().compactMap { side -> SideChange? in
            let mine = Owner.side(side)
            let gained = try BuiltUnion(sites: [], geometry: cellUnion(new.indices.filter { new[$0] == mine && old[$0] != mine }), plane: plane)
            let lost = try BuiltUnion(sites: [], geometry: cellUnion(old.indices.filter { old[$0] == mine && new[$0] != mine }), plane: plane)
            guard gained.shape != nil || lost.shape != nil else { return nil }
            return SideChange(side: side, gained: gained.shape, gainedSquareKilometres: gained.areaSquareKilometres,
                              lost: lost.shape, lostSquareKilometres: lost.areaSquareKilometres)
        }
        return TerritoryDiff(from: from, to: to, sides: changed, changes: changes)
    }
}
