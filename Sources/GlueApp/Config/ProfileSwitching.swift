import GlueCore
import GlueSync

/// Makes the data source for another profile when `:profile NAME` asks (`Effect.switchProfile`). The launcher
/// implements it over the config file; tests script it.
public protocol ProfileSwitching: Sendable {
    /// Reads the profile's secrets and makes its client. Runs off the main loop (a `command:` secret may take a
    /// while); nothing changes on screen until the session installs the result.
    func prepare(profile: String) async -> Result<PreparedProfile, ProfileSwitchFailure>
}

/// A profile ready to take over: what the model will show, and the source and actions behind it.
public struct PreparedProfile: Sendable {
    public var change: ProfileSwitch
    public var source: any DashboardDataSource
    public var actions: (any DashboardChanges)?
    /// Called on the main loop when the dashboard moves to this profile, with the session's mailbox (e.g. to move
    /// the activity feed to the new client).
    public var activate: @Sendable (Mailbox) -> Void

    public init(change: ProfileSwitch, source: any DashboardDataSource, actions: (any DashboardChanges)? = nil,
                activate: @escaping @Sendable (Mailbox) -> Void = { _ in }) {
        self.change = change
        self.source = source
        self.actions = actions ?? (source as? any DashboardChanges)
        self.activate = activate
    }
}

/// Prepared profiles waiting for their `Msg.profileSwitched` to be processed, by profile name.
final class PendingProfiles: Sendable {
    private let waiting = LockedValue<[String: PreparedProfile]>([:])

    func put(_ prepared: PreparedProfile) {
        waiting.withLock { $0[prepared.change.connection.profile] = prepared }
    }

    func take(_ name: String) -> PreparedProfile? {
        waiting.withLock { $0.removeValue(forKey: name) }
    }
}
