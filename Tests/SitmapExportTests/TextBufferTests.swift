@testable import SitmapExport
import SitmapReports
import Testing

@Suite struct TextBufferTests {
    private func decimal(_ value: Double, _ decimals: Int) -> String {
        var buffer = TextBuffer()
        buffer.decimal(value, decimals: decimals)
        return buffer.text
    }

    @Test func coordinatesHaveAtMostSixDecimalsAndNoTrailingZeros() {
        #expect(decimal(36.2021, 6) == "36.2021")
        #expect(decimal(37.13430000001, 6) == "37.1343")
        #expect(decimal(-0.1234565, 6) == "-0.123457")
        #expect(decimal(37, 6) == "37")
        #expect(decimal(179.9999999, 6) == "180")
        #expect(decimal(-0.0000001, 6) == "0")
        #expect(decimal(-0.0, 6) == "0")
        #expect(decimal(0.000001, 6) == "0.000001")
        #expect(decimal(-35.05, 6) == "-35.05")
    }

    @Test func otherNumbersRoundToTheirDecimals() {
        #expect(decimal(1_590.4567, 1) == "1590.5")
        #expect(decimal(44.4789, 2) == "44.48")
        #expect(decimal(12.25, 1) == "12.3")
        #expect(decimal(1e12, 3) == "1000000000000")
        #expect(decimal(2.5, 0) == "3")
        #expect(decimal(.nan, 2) == "0")
    }

    @Test func wholeNumbersAndDays() {
        var buffer = TextBuffer()
        buffer.integer(-62)
        buffer.byte(UInt8(ascii: " "))
        buffer.integer(Int.min)
        buffer.byte(UInt8(ascii: " "))
        buffer.day(Day(iso: "2024-12-01")!)
        buffer.byte(UInt8(ascii: " "))
        buffer.day(Day(iso: "0999-01-09")!)
        #expect(buffer.text == "-62 -9223372036854775808 2024-12-01 0999-01-09")
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        var buffer = TextBuffer()
        buffer.jsonString("He said \"Idleb\\Idlib\"\n\tthen\u{1}: حلب – ok")
        #expect(buffer.text == #""He said \"Idleb\\Idlib\"\n\tthen\u0001: حلب – ok""#)
    }

    @Test func xmlTextEscapesTheFiveSpecialsAndDropsWhatXMLCannotHold() {
        var buffer = TextBuffer()
        buffer.xmlEscaped("<b>Tom & Jerry's \"war\"</b>\u{0}\u{1B}\u{FFFE}\tحلب\n")
        #expect(buffer.text == "&lt;b&gt;Tom &amp; Jerry&apos;s &quot;war&quot;&lt;/b&gt;\tحلب\n")
    }
}
