/// A question asked before a change at Hotglue. It names the target; a deliberate answer (typing the target's
/// name) is asked for what cannot be taken back. Confirming performs `request`; Esc or `n` cancels and changes
/// nothing.
public struct Confirmation: Hashable, Sendable {
    public enum Answer: Hashable, Sendable {
        /// `y` confirms, `n` / Esc cancel.
        case yesNo
        /// The user types this text and presses Enter; anything else does not confirm.
        case typed(String)
    }

    public var title: String
    /// What will happen, one line each; the first names tenant and connector.
    public var lines: [String]
    public var answer: Answer
    public var input = TextInput()
    /// What confirming does.
    public var request: APIRequest
    /// Shown in the status line when the request leaves.
    public var pendingNotice: String
    /// When the profile is marked production: set once the production question was answered, so the second
    /// confirmation is asked only once.
    public var productionConfirmed = false
    /// An input that did not match, said under the question.
    public var error: String?
    /// Where cancelling goes back to (the form or preview the question came from), so nothing typed is lost.
    public var returnTo: Overlay?
    /// What the status line says on cancel.
    public var cancelNotice = "cancelled: nothing was changed"

    public init(title: String, lines: [String], answer: Answer, request: APIRequest, pendingNotice: String,
                productionConfirmed: Bool = false) {
        self.title = title
        self.lines = lines
        self.answer = answer
        self.request = request
        self.pendingNotice = pendingNotice
        self.productionConfirmed = productionConfirmed
    }
}
