extension String {
    /// A copy of `bytes` that were already found to be well-formed UTF-8 (by ``UTF8Scan``),
    /// `isASCII` when they are all ASCII.
    ///
    /// `String(decoding:as:)` checks every byte again, at about nine instructions a byte once one is not ASCII:
    /// for a feed, more than reading the JSON. `UTF8Span(unchecked:)` takes the bytes as they are, so they must be
    /// checked first, and `isASCII` must be exact.
    init(knownUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            self.init(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }
}
