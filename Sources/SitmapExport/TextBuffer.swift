#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitmapReports

/// UTF-8 output under construction: what every writer (GeoJSON, KML, CSV) appends to.
///
/// The GeoJSON writer appends hundreds of millions of bytes, so the buffer is plain memory that it owns
/// (noncopyable, freed in `deinit`) rather than an array with its uniqueness checks, and numbers and
/// dates are formatted here by hand, without Foundation or `String(format:)`: the same bytes on
/// every run and platform.
struct TextBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far (since the last drain, for a streaming buffer).
    private(set) var count = 0
    /// Where a streaming buffer sends full chunks; nil for a buffer kept whole in memory.
    private let drain: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The first error a drain threw; later chunks are dropped and ``flush()`` rethrows it.
    private var drainFailure: (any Error)?
    /// The chunk size at which a streaming buffer drains.
    private static let chunkSize = 1 << 20

    /// An empty buffer kept in memory, with room for `capacity` bytes.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        drain = nil
    }

    /// An empty buffer that hands its bytes to `drain` in chunks of about a megabyte (see ``flush()``).
    init(draining drain: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        capacity = TextBuffer.chunkSize + 64 * 1024
        base = .allocate(capacity: capacity)
        self.drain = drain
    }

    deinit {
        base.deallocate()
    }

    /// For a streaming buffer, drains the bytes once a chunk is full; writers call it between records.
    /// A failure is kept for ``flush()`` to throw, so writers themselves never throw.
    mutating func flushIfFull() {
        guard let drain, count >= TextBuffer.chunkSize else { return }
        if drainFailure == nil {
            do { try drain(UnsafeRawBufferPointer(start: base, count: count)) } catch { drainFailure = error }
        }
        count = 0
    }

    /// For a streaming buffer, drains every byte written so far; throws the first failure of any drain.
    mutating func flush() throws {
        guard let drain else { return }
        if let drainFailure { throw drainFailure }
        try drain(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// The buffer as a string.
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if capacity - count < extra { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let larger = max(capacity * 2, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends bytes as they are.
    @inline(__always)
    mutating func append(_ source: UnsafeRawBufferPointer) {
        guard let start = source.baseAddress, source.count > 0 else { return }
        reserve(source.count)
        memcpy(base + count, start, source.count)
        count += source.count
    }

    /// Appends a literal as it is.
    @inline(__always)
    mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends one ASCII byte.
    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    /// Appends text without any escaping.
    mutating func verbatim(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends a whole number in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        digits(UInt64(value.magnitude), minimumCount: 1)
    }

    /// Appends `value` with at most `decimals` decimals (0...9), rounded half away from zero, trailing zeros
    /// dropped ("36.2021", "37", "1256.6"). Never prints "-0". Not finite values print as "0": callers
    /// that can meet them decide themselves what they mean.
    mutating func decimal(_ value: Double, decimals: Int) {
        guard value.isFinite else { byte(UInt8(ascii: "0")); return }
        let scale = TextBuffer.powersOfTen[decimals]
        let scaled = (value.magnitude * Double(scale)).rounded()
        guard scaled < 9e18 else {
            // beyond Int64 after scaling: no data sitmap writes comes near, the shortest form is still exact
            verbatim(value.description)
            return
        }
        let units = UInt64(scaled)
        if value < 0 && units != 0 { byte(UInt8(ascii: "-")) }
        digits(units / scale, minimumCount: 1)
        var fraction = units % scale
        guard fraction != 0 else { return }
        var count = decimals
        while fraction % 10 == 0 { fraction /= 10; count -= 1 }
        byte(UInt8(ascii: "."))
        digits(fraction, minimumCount: count)
    }

    /// Appends a coordinate value with the 6 decimals RFC 7946 recommends (about 0.1 m).
    @inline(__always)
    mutating func coordinate(_ degrees: Double) {
        decimal(degrees, decimals: 6)
    }

    /// Appends a day as `YYYY-MM-DD`.
    mutating func day(_ day: Day) {
        let c = day.components
        digits(UInt64(max(0, c.year)), minimumCount: 4)
        byte(UInt8(ascii: "-"))
        digits(UInt64(c.month), minimumCount: 2)
        byte(UInt8(ascii: "-"))
        digits(UInt64(c.day), minimumCount: 2)
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `minimumCount`, written in place
    /// from the last digit back.
    private mutating func digits(_ value: UInt64, minimumCount: Int) {
        var length = 1
        while length < 20 && value >= TextBuffer.powersOfTen[length] { length += 1 }
        length = max(length, minimumCount)
        reserve(length)
        var v = value
        for i in stride(from: count + length - 1, through: count, by: -1) {
            base[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
            v /= 10
        }
        count += length
    }

    /// 10⁰ … 10¹⁹.
    private static let powersOfTen: [UInt64] = (0...19).map { (0..<$0).reduce(UInt64(1)) { p, _ in p * 10 } }
}
