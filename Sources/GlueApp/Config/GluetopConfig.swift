import GlueCore

/// The merged configuration: the team's files first, the user's file over them, field by field.
public struct GluetopConfig: Sendable {
    /// The files read, in merge order (included team files first, the user's file last).
    public var files: [String]
    /// In the order they were first written.
    public var profiles: [Profile]
    public var defaultProfile: String?
    /// The default keymap with the config's `keymap:` applied.
    public var keymap: Keymap

    public init(files: [String] = [], profiles: [Profile] = [], defaultProfile: String? = nil,
                keymap: Keymap = .defaults) {
        self.files = files
        self.profiles = profiles
        self.defaultProfile = defaultProfile
        self.keymap = keymap
    }

    public var profileNames: [String] { profiles.map(\.name) }

    public func profile(named name: String) -> Profile? {
        profiles.first { $0.name == name }
    }

    /// Merges documents in order, later ones overriding earlier ones, and checks the result.
    static func merge(_ documents: [ConfigDocument]) throws(ConfigError) -> GluetopConfig {
        var drafts: [ProfileDraft] = []
        var defaultProfile: Located<String>?
        var keymap: [Command: Located<[Key]>] = [:]
        for document in documents {
            for draft in document.profiles {
                if let index = drafts.firstIndex(where: { $0.name == draft.name }) {
                    drafts[index] = drafts[index].overridden(by: draft)
                } else {
                    drafts.append(draft)
                }
            }
            defaultProfile = document.defaultProfile ?? defaultProfile
            keymap.merge(document.keymap) { _, user in user }
        }
        var profiles: [Profile] = []
        for draft in drafts { profiles.append(try Profile(draft)) }
        if let defaultProfile, !profiles.contains(where: { $0.name == defaultProfile.value }) {
            throw defaultProfile.location.error(
                "default_profile", "no profile '\(defaultProfile.value)': profiles are \(Self.list(profiles.map(\.name)))")
        }
        return GluetopConfig(files: documents.map(\.file), profiles: profiles, defaultProfile: defaultProfile?.value,
                             keymap: try KeymapOverrides.apply(keymap, to: .defaults))
    }

    static func list(_ names: [String]) -> String {
        names.isEmpty ? "(none)" : names.joined(separator: ", ")
    }
}
