import Foundation

/// Folding single letters: Latin letters to plain lowercase ASCII, Arabic letters to one form each.
enum Letters {
    @inline(__always)
    static func isArabic(_ scalar: UInt32) -> Bool {
        (0x0600...0x06FF).contains(scalar) || (0x0750...0x077F).contains(scalar) || (0xFB50...0xFDFF).contains(scalar)
            || (0xFE70...0xFEFF).contains(scalar)
    }

    /// A capital letter, or a letter of a script without case (Arabic, CJK): such a word may begin a name.
    @inline(__always)
    static func isCapitalOrCaseless(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        if isArabic(scalar) { return true }
        guard let s = Unicode.Scalar(scalar) else { return false }
        let properties = s.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return true }
        return !properties.isLowercase && !properties.changesWhenCaseMapped
    }

    /// Appends the folded form of a scalar to `out`: lowercase ASCII for Latin letters (diacritics and
    /// the ʿayn and hamza marks dropped), one form per Arabic letter (hamza seats, alef maqsura and
    /// taa marbuta unified, harakat dropped), the lowercase of anything else.
    @inline(__always)
    static func appendFolded(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            if byte >= 0x41 && byte <= 0x5A { out.append(byte | 0x20) } else if isWordByte(byte) { out.append(byte) }
            return
        }
        if let latin = latinFolds[scalar] {
            out.append(contentsOf: latin)
            return
        }
        if isArabic(scalar) {
            if let arabic = arabicFold(scalar) { appendUTF8(arabic, to: &out) }
            return
        }
        switch WordScanner.role(of: scalar) {
        case .letter:
            guard let s = Unicode.Scalar(scalar) else { return }
            out.append(contentsOf: s.properties.lowercaseMapping.utf8)
        default: return  // apostrophes, combining marks
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Arabic letters folded to one form; nil for the marks that are dropped.
    private static func arabicFold(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627   // alef with hamza or madda → alef
        case 0x0649, 0x06CC, 0x0626: return 0x064A                           // alef maqsura, Farsi yeh, yeh with hamza → yeh
        case 0x0629: return 0x0647                                           // taa marbuta → heh
        case 0x0624: return 0x0648                                           // waw with hamza → waw
        case 0x06A9: return 0x0643                                           // keheh → kaf
        case 0x0610...0x061A, 0x064B...0x065F, 0x0640, 0x0670, 0x06D6...0x06ED: return nil
        default: return scalar
        }
    }

    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        guard let s = Unicode.Scalar(scalar) else { return }
        var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            var k = 0
            UTF8.encode(s) { raw[k] = $0; k += 1 }
            out.append(contentsOf: raw.prefix(k))
        }
    }

    /// Latin letters with diacritics and the special Latin letters, folded once through Foundation.
    private static let latinFolds: [UInt32: [UInt8]] = {
        let special: [UInt32: String] = [
            0x00DF: "ss", 0x00E6: "ae", 0x00C6: "Ae", 0x00F8: "o", 0x00D8: "O", 0x0142: "l", 0x0141: "L",
            0x0111: "d", 0x0110: "D", 0x0127: "h", 0x0126: "H", 0x0131: "i", 0x0153: "oe", 0x0152: "Oe",
            0x00FE: "th", 0x00DE: "Th", 0x00F0: "d", 0x00D0: "D", 0x0167: "t", 0x0166: "T", 0x014B: "n", 0x014A: "N",
        ]
        var table: [UInt32: [UInt8]] = [:]
        for value in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
            if let fixed = special[UInt32(value)] {
                table[UInt32(value)] = Array(fixed.lowercased().utf8)
                continue
            }
            let folded = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let ascii = folded.utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) }
            if !ascii.isEmpty, folded.utf8.allSatisfy({ $0 < 0x80 }) { table[UInt32(value)] = ascii }
        }
        return table
    }()
}
