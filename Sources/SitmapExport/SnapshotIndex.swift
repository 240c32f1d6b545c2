import SitmapReports

/// What a run wrote, as `output/index.json` says it: the days, their files and counts.
public struct SnapshotIndex: Hashable, Sendable {
    /// One day's folder.
    public struct Entry: Hashable, Sendable {
        public let day: Day
        /// Events dated that day, and how many of them have no coordinates (left out of the maps).
        public let events: Int
        public let eventsWithoutCoordinates: Int
        /// Files of the day, relative to the output folder.
        public let files: [String]
        /// Per side holding territory: side id, area in km², settlements held.
        public let territory: [SideSummary]
        public let contestedAreaSquareKilometres: Double
        public let frontLines: Int
        public let frontLineKilometres: Double

        /// A side's share of the map that day.
        public struct SideSummary: Hashable, Sendable {
            public let side: String
            public let areaSquareKilometres: Double
            public let settlements: Int
        }

        /// The index entry of a snapshot whose files are `files`.
        public init(_ snapshot: Snapshot, files: [String]) {
            day = snapshot.day
            events = snapshot.events.count
            eventsWithoutCoordinates = snapshot.events.count - snapshot.mappedEvents.count
            self.files = files
            let features = snapshot.control?.features ?? []
            territory = features.filter { $0.layer == .territory }.map {
                SideSummary(side: $0.side ?? "", areaSquareKilometres: $0.areaSquareKilometres ?? 0, settlements: $0.settlements ?? 0)
            }
            contestedAreaSquareKilometres = features.filter { $0.layer == .contested }.reduce(0) { $0 + ($1.areaSquareKilometres ?? 0) }
            let lines = features.filter { $0.layer == .frontLine }
            frontLines = lines.count
            frontLineKilometres = lines.reduce(0) { $0 + ($1.lengthKilometres ?? 0) }
        }

        /// The line `sitmap run` prints for the day:
        /// "2024-12-01  7 events (1 unmapped)  hts 4321.5 km² (120)  government …  contested 12.3 km²  2 front lines 88.1 km".
        public var summaryLine: String {
            var line = "\(day.iso)  \(events) event\(events == 1 ? "" : "s")"
            if eventsWithoutCoordinates > 0 { line += " (\(eventsWithoutCoordinates) unmapped)" }
            for side in territory {
                line += "  \(side.side) \(FieldValue.decimal(side.areaSquareKilometres, decimals: 1).plainText ?? "?") km² (\(side.settlements))"
            }
            if contestedAreaSquareKilometres > 0 {
                line += "  contested \(FieldValue.decimal(contestedAreaSquareKilometres, decimals: 1).plainText ?? "?") km²"
            }
            if frontLines > 0 {
                line += "  \(frontLines) front line\(frontLines == 1 ? "" : "s") \(FieldValue.decimal(frontLineKilometres, decimals: 1).plainText ?? "?") km"
            }
            return line
        }
    }

    /// The days, in order.
    public let days: [Entry]
    /// Files covering every day, relative to the output folder.
    public let files: [String]
    /// All events, and how many have no coordinates.
    public let events: Int
    public let eventsWithoutCoordinates: Int

    public init(days: [Entry], files: [String], events: Int, eventsWithoutCoordinates: Int) {
        self.days = days
        self.files = files
        self.events = events
        self.eventsWithoutCoordinates = eventsWithoutCoordinates
    }

    /// `index.json`: one member a line, one day a line, nothing that changes between runs on the same input.
    public var json: String {
        var buffer = TextBuffer(capacity: 1024 + days.count * 512)
        buffer.raw("{\n  ")
        buffer.jsonKey("first_day", first: true)
        buffer.json(days.first.map { .day($0.day) } ?? .absent)
        buffer.raw(",\n  ")
        buffer.jsonKey("last_day", first: true)
        buffer.json(days.last.map { .day($0.day) } ?? .absent)
        buffer.raw(",\n  ")
        buffer.jsonKey("events", first: true)
        buffer.integer(events)
        buffer.raw(",\n  ")
        buffer.jsonKey("events_without_coordinates", first: true)
        buffer.integer(eventsWithoutCoordinates)
        buffer.raw(",\n  ")
        buffer.jsonKey("files", first: true)
        buffer.json(.list(files))
        buffer.raw(",\n  ")
        buffer.jsonKey("days", first: true)
        buffer.raw("[")
        for (i, entry) in days.enumerated() {
            buffer.raw(i == 0 ? "\n    " : ",\n    ")
            buffer.indexEntry(entry)
        }
        buffer.raw(days.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return buffer.text
    }
}

extension TextBuffer {
    fileprivate mutating func indexEntry(_ entry: SnapshotIndex.Entry) {
        byte(UInt8(ascii: "{"))
        jsonKey("date", first: true)
        json(.day(entry.day))
        jsonKey("events")
        integer(entry.events)
        jsonKey("events_without_coordinates")
        integer(entry.eventsWithoutCoordinates)
        jsonKey("files")
        json(.list(entry.files))
        jsonKey("territory")
        byte(UInt8(ascii: "["))
        for (i, side) in entry.territory.enumerated() {
            raw(i == 0 ? "{" : ",{")
            jsonKey("side", first: true)
            jsonString(side.side)
            jsonKey("area_km2")
            decimal(side.areaSquareKilometres, decimals: 1)
            jsonKey("settlements")
            integer(side.settlements)
            byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "]"))
        jsonKey("contested_area_km2")
        decimal(entry.contestedAreaSquareKilometres, decimals: 1)
        jsonKey("front_lines")
        integer(entry.frontLines)
        jsonKey("front_line_km")
        decimal(entry.frontLineKilometres, decimals: 2)
        byte(UInt8(ascii: "}"))
    }
}
