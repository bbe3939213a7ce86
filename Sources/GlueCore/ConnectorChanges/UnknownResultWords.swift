import HotglueModels

// What the screen says when a change was sent and no readable answer came back (the connection dropped after
// sending, the answer was cut short): it may or may not have taken effect, so it is neither "failed" nor "done".

/// "link of hubspot to acme: result unknown — sent, but no answer came (…): the list is read again, check it
/// before sending it again".
func unknownResult(_ what: String, _ error: APIError, check: String) -> String {
    "\(what): result unknown — sent, but no answer came (\(error.summary)): \(check) before sending it again"
}

