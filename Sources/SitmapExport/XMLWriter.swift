/// Indented XML output with every text and attribute value escaped.
///
/// Escapes the five XML specials and drops what XML 1.0 cannot hold at all (control characters
/// other than tab and line breaks, U+FFFE, U+FFFF), so any report text gives a well-formed file.
struct XMLWriter: ~Copyable {
    private(set) var buffer = TextBuffer(capacity: 16 * 1024)
    private var open: [StaticString] = []

    init() {
        buffer.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Opens `<tag attribute="value" …>` on a new line.
    mutating func start(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        indent()
        startTag(tag, attributes)
        buffer.byte(UInt8(ascii: "\n"))
        open.append(tag)
    }

    /// Closes the innermost open element.
    mutating func end() {
        let tag = open.removeLast()
        indent()
        buffer.raw("</")
        buffer.raw(tag)
        buffer.raw(">\n")
    }

    /// Writes `<tag …>text</tag>` on one line.
    mutating func leaf(_ tag: StaticString, _ text: String, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        indent()
        startTag(tag, attributes)
        buffer.xmlEscaped(text)
        buffer.raw("</")
        buffer.raw(tag)
        buffer.raw(">\n")
    }

    /// Writes `<tag>` whose content another writer appends to the buffer, then `</tag>`.
    mutating func leaf(_ tag: StaticString, content: (inout TextBuffer) -> Void) {
        indent()
        startTag(tag, [:])
        content(&buffer)
        buffer.raw("</")
        buffer.raw(tag)
        buffer.raw(">\n")
    }

    /// The document, once every element is closed.
    var text: String {
        precondition(open.isEmpty, "unclosed XML elements")
        return buffer.text
    }

    private mutating func startTag(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String>) {
        buffer.byte(UInt8(ascii: "<"))
        buffer.raw(tag)
        for (name, value) in attributes {
            buffer.byte(UInt8(ascii: " "))
            buffer.raw(name)
            buffer.raw("=\"")
            buffer.xmlEscaped(value)
            buffer.byte(UInt8(ascii: "\""))
        }
        buffer.byte(UInt8(ascii: ">"))
    }

    private mutating func indent() {
        for _ in open { buffer.raw("  ") }
    }
}

extension TextBuffer {
    /// Appends `text` escaped for XML element content and attribute values.
    mutating func xmlEscaped(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "\"": raw("&quot;")
            case "'": raw("&apos;")
            case "\t", "\n", "\r": byte(UInt8(scalar.value))
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: UTF8.encode(scalar) { byte($0) }
            }
        }
    }
}
