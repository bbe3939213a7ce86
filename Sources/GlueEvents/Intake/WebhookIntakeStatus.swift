/// What an intake has seen since it started. `received` counts every delivery; each ends `accepted`, a
/// `duplicate`, or refused (by reason); `failed` counts accepted events whose sink could not keep them (they were
/// answered 503 and forgotten, so a redelivery is taken).
public struct WebhookIntakeStatus: Hashable, Sendable, CustomStringConvertible {
    public var received = 0
    public var accepted = 0
    public var duplicates = 0
    public var refused: [RefusalReason: Int] = [:]
    public var failed = 0

    public init() {}

    public var refusedTotal: Int { refused.values.reduce(0, +) }

    /// "received 12, accepted 9, duplicates 1, refused 2 (signature-mismatch 1, too-large 1)".
    public var description: String {
        var text = "received \(received), accepted \(accepted), duplicates \(duplicates), refused \(refusedTotal)"
        let reasons = refused.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !reasons.isEmpty {
            text += " (" + reasons.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ") + ")"
        }
        if failed > 0 { text += ", failed \(failed)" }
        return text
    }
}
