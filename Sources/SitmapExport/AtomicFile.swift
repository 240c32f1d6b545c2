import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target (rename(2) is atomic within a file system). A crash or an error
/// leaves either the old file or the new one, never a half-written one.
public enum AtomicFile {
    /// Writes `data` to `url`, creating missing parent folders.
    public static func write(_ data: Data, to url: URL) throws {
        try replace(url) { temporary in try data.write(to: temporary) }
    }

    /// Writes UTF-8 text to `url`.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Streams what `body` writes to `url` in chunks, so a large file never sits whole in memory.
    static func write(to url: URL, _ body: (inout TextBuffer) -> Void) throws {
        try replace(url) { temporary in
            // 0o644: rw-r--r--, as Data.write would create it (before the umask)
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw posixFailure(temporary) }
            defer { close(descriptor) }
            var buffer = TextBuffer { chunk in
                var offset = 0
                while offset < chunk.count {
                    // write(2) may write less than asked: loop; -1 on error
                    let written = Foundation.write(descriptor, chunk.baseAddress! + offset, chunk.count - offset)
                    if written < 0 { if errno == EINTR { continue }; throw posixFailure(temporary) }
                    offset += written
                }
            }
            body(&buffer)
            try buffer.flush()
        }
    }

    /// Runs `produce` on a temporary file beside `url`, then renames it over `url`; removes it on failure.
    private static func replace(_ url: URL, _ produce: (URL) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try produce(temporary)
            guard rename(temporary.path, url.path) == 0 else { throw posixFailure(url) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The error for a failed system call on `url`, with the system's message.
    private static func posixFailure(_ url: URL) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                                                  NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
