import GlueCore
import HotglueAPI

/// One config file as written, before the team and user files are merged: every field optional and located.
struct ConfigDocument: Sendable {
    var file: String
    var includes: [Located<String>] = []
    var defaultProfile: Located<String>?
    /// In file order, so messages and `:profile` completion list them as written.
    var profiles: [ProfileDraft] = []
    /// Command → its keys, as this file binds them.
    var keymap: [Command: Located<[Key]>] = [:]

    init(file: String) {
        self.file = file
    }
}

/// A profile as one file writes it. Merging a user's draft over a team's keeps the team's fields the user leaves
/// out, so a private file can add just the API key to a shared profile.
struct ProfileDraft: Sendable {
    var name: String
    var location: SourceLocation
    var baseURL: Located<String>?
    var envID: Located<String>?
    var flows: Located<[String]>?
    var defaultFlow: Located<String>?
    var apiKey: Located<SecretSource>?
    var apiKeyKind: Located<APIKeyKind>?
    var signingKey: Located<SecretSource>?
    var readOnly: Located<Bool>?
    var production: Located<Bool>?
    var theme: Located<String>?
    /// Replaced as a whole by a file that sets it.
    var webhooks: Located<ProfileWebhooks>?
    var events: Located<ProfileEvents>?
    var pulse: Located<ProfilePulse>?
    var start: Located<Screen>?
    var copy: Located<Bool>?

    init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }

    /// `other`'s fields win where it has them.
    func overridden(by other: ProfileDraft) -> ProfileDraft {
        var merged = self
        merged.location = other.location
        merged.baseURL = other.baseURL ?? baseURL
        merged.envID = other.envID ?? envID
        merged.flows = other.flows ?? flows
        merged.defaultFlow = other.defaultFlow ?? defaultFlow
        merged.apiKey = other.apiKey ?? apiKey
        merged.apiKeyKind = other.apiKeyKind ?? apiKeyKind
        merged.signingKey = other.signingKey ?? signingKey
        merged.readOnly = other.readOnly ?? readOnly
        merged.production = other.production ?? production
        merged.theme = other.theme ?? theme
        merged.webhooks = other.webhooks ?? webhooks
        merged.events = other.events ?? events
        merged.pulse = other.pulse ?? pulse
        merged.start = other.start ?? start
        merged.copy = other.copy ?? copy
        return merged
    }
}
