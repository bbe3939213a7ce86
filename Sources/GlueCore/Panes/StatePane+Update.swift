import struct Foundation.Date
import HotglueModels
import LosslessJSON

extension StatePane {
    /// A poll of the connector's state: the tree is rebuilt only when the document changed (folds, cursor and
    /// revealed values stay). Returns the failure for the status line.
    mutating func apply(_ result: Result<JSONValue?, APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let document):
            if self.document != .some(document) { setDocument(document) }
            load.succeeded(at: time)
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    mutating func move(_ command: Command, visibleRows: Int) {
        cursor.apply(command, count: rows.count, visibleRows: visibleRows)
    }
}
