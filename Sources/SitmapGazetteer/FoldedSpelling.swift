import Foundation

/// A folded name as the matcher builds it, compared with the folded names of the index as `String`
/// equality (canonical equivalence) compares them: an ASCII name by its bytes, any other as a `String`.
struct FoldedSpelling {
    /// The name, when it is not ASCII.
    private let other: String?
    private let ascii: [UInt8]

    init(_ bytes: [UInt8]) {
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        other = isASCII ? nil : String(decoding: bytes, as: UTF8.self)
        ascii = isASCII ? bytes : []
    }

    /// Whether the name may be a folded name of `length` UTF-8 bytes: an ASCII name is only one of its
    /// own length, a name in other letters may be canonically equivalent to one of any length.
    @inline(__always)
    func maySpell(length: Int32) -> Bool { other != nil || Int(length) == ascii.count }

    /// The name as a `String`.
    var string: String { other ?? String(decoding: ascii, as: UTF8.self) }

    /// Whether the name is `folded`. Inlined into the matcher's loop over a terminal's entries, which
    /// may call it hundreds of times for one name; the bytes are compared by `memcmp`.
    @inline(__always)
    func spells(_ folded: String) -> Bool {
        if let other { return other == folded }
        guard folded.utf8.count == ascii.count else { return false }
        return folded.utf8.withContiguousStorageIfAvailable { stored in
            ascii.withUnsafeBufferPointer { stored.isEmpty || memcmp(stored.baseAddress!, $0.baseAddress!, stored.count) == 0 }
        } ?? (folded == string)
    }
}
