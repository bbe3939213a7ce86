import GlueEvents

/// The relay's health at one moment: what it received, refused and stored, and the database's lag (the slowest
/// insert since the previous line).
public struct RelayStatus: Sendable, Hashable, CustomStringConvertible {
    public var intake: WebhookIntakeStatus
    public var stored: Int
    public var alreadyStored: Int
    public var storeFailures: Int
    public var databaseLag: Duration

    /// "received 12, refused 2 (signature-mismatch 2), stored 9, duplicates 1, database lag 4 ms".
    public var description: String {
        var refused = "refused \(intake.refusedTotal)"
        let reasons = intake.refused.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !reasons.isEmpty {
            refused += " (" + reasons.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ") + ")"
        }
        var text = "received \(intake.received), \(refused), stored \(stored), duplicates \(intake.duplicates + alreadyStored)"
        if storeFailures > 0 { text += ", not stored \(storeFailures) (answered 503)" }
        let milliseconds = Int((Double(databaseLag.components.seconds) * 1000 + Double(databaseLag.components.attoseconds) / 1e15).rounded())
        return text + ", database lag \(milliseconds) ms"
    }
}
