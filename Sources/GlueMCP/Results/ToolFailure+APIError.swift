import HotglueModels

extension ToolFailure {
    /// An API error as the agent's failure: its category, whether a retry may help, the server's `Retry-After`,
    /// and gluetop's hint (or one for the agent where the operator's hint does not fit).
    init(_ error: APIError, target: String? = nil) {
        let message = error.summary
        var whatToDo = error.hint.map { Self.sentence($0) } ?? ""
        let category: Category
        switch error.category {
        case .auth, .forbidden:
            category = .auth
            if whatToDo.isEmpty { whatToDo = "Ask the operator to check the API key of this gluetop profile." }
        case .notFound:
            category = .notFound
            whatToDo = "Check the ids (listtenants, getlinkedconnectors, listjobs) and call again."
        case .badRequest where error.isParallelJobRefusal, .conflict where error.isParallelJobRefusal:
            category = .conflict
            whatToDo = "A job is already running for this connector: wait for it (getjobstatus, or subscribe to "
                + "its resource), or pass ignore_parallel_jobs: true."
        case .badRequest:
            category = .invalidInput
            if whatToDo.isEmpty { whatToDo = "Hotglue refused the request as sent: fix the arguments and call again." }
        case .conflict:
            category = .conflict
            if whatToDo.isEmpty { whatToDo = "Read the current value again and decide from it." }
        case .rateLimited:
            category = .rateLimited
            whatToDo = "Hotglue is rate-limiting this API key: wait retry_after_seconds (gluetop already retried "
                + "within its budget), then call again."
        case .server:
            category = .server
            if whatToDo.isEmpty { whatToDo = "Hotglue failed; try again later." }
        case .transport, .decoding, .cancelled:
            category = .network
            if whatToDo.isEmpty { whatToDo = "Hotglue could not be reached or answered unreadably; try again later." }
        case .refused:
            category = .refused
            if whatToDo.isEmpty { whatToDo = "Nothing was sent." }
        }
        self.init(category: category, message: message, whatToDo: whatToDo, retryable: error.isRetryable,
                  retryAfterSeconds: error.retryAfter.map(Self.seconds(of:)))
        if error.leavesResultUnknown, error.category != .cancelled {
            outcomeUnknown = true
            let check = target.map { " Check \($0) before trying again;" } ?? ""
            self.whatToDo = "The request was sent but no answer came: it may or may not have happened.\(check) "
                + "the journal marks it unknown."
        }
    }

    static func seconds(of duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Capitalised and ended with a full stop.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let capitalised = first.uppercased() + text.dropFirst()
        return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
    }
}
