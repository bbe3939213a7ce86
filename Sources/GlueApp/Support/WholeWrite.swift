import Glibc

/// `write(2)` until every byte is out: short writes continue, EINTR retries. Shared by the journal, the log and
/// atomic files, which must tell a full disk from success and never crash on it.
enum WholeWrite {
    /// Nil when everything was written; the `errno` of the failure otherwise.
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return nil
    }
}
