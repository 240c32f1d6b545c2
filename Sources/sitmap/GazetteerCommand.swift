import ArgumentParser
import Foundation
import SitmapGazetteer

/// `sitmap gazetteer`: the gazetteer's places: import GeoNames dumps, show what is loaded.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Manage the gazetteer (import GeoNames dumps).",
        subcommands: [Import.self, Info.self])

    /// `sitmap gazetteer import FILE…`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import places from GeoNames dumps (19-column TSV such as SY.txt or allCountries.txt).",
            discussion: """
                The rows go to places.tsv in the data folder and are merged with the bundled gazetteer \
                at every load; a row with the geonameid of a bundled or earlier imported place replaces it \
                (keeping its other names). Malformed rows are reported as FILE:LINE: reason and skipped. \
                The table is rewritten atomically: an interrupted import loses nothing.
                """)

        @Argument(help: "GeoNames dump files.")
        var files: [String]

        @Option(name: .customLong("country"), help: ArgumentHelp("Only rows of this country (ISO code; repeatable).", valueName: "code"))
        var countries: [String] = []

        @Option(name: .customLong("feature-class"), help: ArgumentHelp("Only rows of this GeoNames feature class (A, P, S, …; repeatable).", valueName: "class"))
        var featureClasses: [String] = []

        @OptionGroup var data: DataFolderOption

        func run() throws {
            let store = PlaceStore(folder: data.folder)
            let filter = GeoNamesDump.Filter(countryCodes: countries.isEmpty ? nil : Set(countries.map { $0.uppercased() }),
                                             featureClasses: featureClasses.isEmpty ? nil : Set(featureClasses.map { $0.uppercased() }))
            var imported = 0
            for file in files {
                let url = URL(fileURLWithPath: file)
                let reading: GeoNamesDump.Reading
                do {
                    reading = try GeoNamesDump.read(url, filter: filter)
                } catch {
                    Self.warn("\(file): cannot read: \(error.localizedDescription)")
                    continue
                }
                for issue in reading.issues { Self.warn(issue.description) }
                var line = "\(file): \(reading.places.count) places"
                if !reading.places.isEmpty {
                    let counts = try store.add(reading.places, source: "GeoNames dump \(url.lastPathComponent)")
                    line += " imported (\(counts.added) new, \(counts.replaced) replaced)"
                    imported += reading.places.count
                }
                line += ", \(reading.issues.count) malformed rows skipped"
                if reading.filteredOut > 0 { line += ", \(reading.filteredOut) rows left out by --country/--feature-class" }
                print(line)
            }
            guard imported > 0 else {
                Self.warn("sitmap gazetteer import: nothing was imported; the gazetteer is unchanged.")
                throw ExitCode(1)
            }
            print("\(store.file.path): \(try store.importedRows().count) imported places in all")
        }

        static func warn(_ message: String) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }

    /// `sitmap gazetteer info`
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show where the gazetteer comes from and how many places it has.")

        @OptionGroup var data: DataFolderOption

        func run() throws {
            let store = PlaceStore(folder: data.folder)
            let start = ContinuousClock.now
            let gazetteer = try Gazetteer.bundled(dataFolder: store.folder)
            let elapsed = ContinuousClock.now - start
            let imported = try store.importedRows().count
            print("bundled: \(try Geodata.file("places.tsv").path)")
            print("imported: \(store.file.path) (\(imported) places)")
            print("places: \(gazetteer.places.count), of which \(gazetteer.places.filter { $0.countryCode == "SY" }.count) in Syria")
            print("loaded in \(elapsed.formatted(.units(allowed: [.milliseconds], width: .narrow)))")
        }
    }
}

/// `--data FOLDER`: the data folder with the user's imported places.
struct DataFolderOption: ParsableArguments {
    @Option(name: .customLong("data"),
            help: ArgumentHelp("Data folder with imported places (default $SITMAP_DATA, else ~/.local/share/sitmap).", valueName: "folder"))
    var path: String?

    var folder: URL { path.map { URL(fileURLWithPath: $0) } ?? PlaceStore.defaultFolder() }
}
