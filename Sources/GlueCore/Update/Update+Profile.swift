/// The profile `:profile` switched to, as the model sees it (the client and pollers stay in the runtime).
public struct ProfileSwitch: Hashable, Sendable {
    public var connection: ConnectionInfo
    /// The profile's own theme, if it names one.
    public var themeName: String?
    /// The profile's `pulse: {requests_per_second}`, as seconds between checks.
    public var pulseSecondsPerCheck: Double
    /// The profile's `copy:`.
    public var copyAllowed: Bool

    public init(connection: ConnectionInfo, themeName: String? = nil,
                pulseSecondsPerCheck: Double = PulsePane.defaultSecondsPerCheck, copyAllowed: Bool = true) {
        self.connection = connection
        self.themeName = themeName
        self.pulseSecondsPerCheck = pulseSecondsPerCheck
        self.copyAllowed = copyAllowed
    }
}

/// Why the runtime could not switch (a secret it could not read, a key file others can read); the dashboard stays
/// on the current profile and says this.
public struct ProfileSwitchFailure: Error, Hashable, Sendable {
    public var profile: String
    public var message: String

    public init(profile: String, message: String) {
        self.profile = profile
        self.message = message
    }
}

extension PaletteCommand {
    /// `:profile pr` + Tab → `:profile prod`; nil when the text is not a `:profile` argument.
    static func completeProfile(_ text: String, profiles: [String]) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count == 2, ["profile", "p"].contains(words[0].lowercased()) else { return nil }
        let typed = String(words[1])
        let matches = profiles.filter { $0.hasPrefix(typed) }
        if matches.count == 1 { return "\(words[0]) \(matches[0])" }
        guard var prefix = matches.first else { return text }
        for match in matches.dropFirst() {
            while !match.hasPrefix(prefix) { prefix.removeLast() }
        }
        return "\(words[0]) \(prefix.count > typed.count ? prefix : typed)"
    }
}

/// `:profile NAME`: refuse unknown names with the list; ask the runtime for the client otherwise. The model keeps
/// showing the current profile until the switch has succeeded.
func requestProfileSwitch(_ model: inout Model, _ name: String) -> [Effect] {
    guard model.availableProfiles.contains(name) else {
        if model.availableProfiles.isEmpty {
            model.activity.notice = "no profiles configured: add them to config.yaml (see gluetop config check)"
        } else {
            model.activity.notice = "no profile '\(name)' — profiles: \(model.availableProfiles.joined(separator: ", "))"
        }
        return []
    }
    guard name != model.connection.profile else {
        model.activity.notice = "already on profile \(name)"
        return []
    }
    model.activity.notice = "switching to profile \(name)…"
    return [.switchProfile(name)]
}

/// A new profile is a new dashboard: its connection, empty panes loading afresh, selection and focus reset. What
/// belongs to the user rather than the profile (size, keymap, themes, the profile list) stays.
func profileSwitched(_ model: inout Model, _ result: Result<ProfileSwitch, ProfileSwitchFailure>) -> [Effect] {
    switch result {
    case .failure(let failure):
        model.activity.notice = "profile \(failure.profile) not opened: \(failure.message)"
        return []
    case .success(let change):
        var theme = model.themeName
        if let wanted = change.themeName, model.availableThemes.contains(wanted) { theme = wanted }
        var fresh = Model(connection: change.connection, size: model.size, now: model.now, themeName: theme,
                          availableThemes: model.availableThemes, keymap: model.keymap)
        fresh.availableProfiles = model.availableProfiles
        fresh.pulse.secondsPerCheck = change.pulseSecondsPerCheck
        fresh.copyAllowed = change.copyAllowed
        var marks: [String] = []
        if change.connection.production { marks.append("PRODUCTION") }
        if change.connection.readOnly { marks.append("read-only") }
        fresh.activity.notice = "profile \(change.connection.profile)" + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
        model = fresh
        return []
    }
}
