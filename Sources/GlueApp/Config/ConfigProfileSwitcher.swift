import GlueCore
import HotglueAPI
import Logging

/// `:profile NAME` over the config file: reads the profile's secrets now (a rotated key is picked up), makes its
/// client, and a data source whose journal entries name the new profile, environment and flow.
struct ConfigProfileSwitcher: ProfileSwitching {
    let config: GluetopConfig
    /// `--readonly` holds for every profile of the session.
    let readOnly: Bool
    let resolver: SecretResolver
    let journalFile: JournalFile?
    let clients: DashboardClients

    func prepare(profile name: String) async -> Result<PreparedProfile, ProfileSwitchFailure> {
        guard let profile = config.profile(named: name) else {
            return .failure(ProfileSwitchFailure(
                profile: name, message: "no such profile: profiles are \(GluetopConfig.list(config.profileNames))"))
        }
        let resolved: ResolvedProfile
        do {
            resolved = try ProfileResolver.resolve(profile, request: ProfileRequest(readOnly: readOnly), resolver: resolver)
        } catch {
            return .failure(ProfileSwitchFailure(profile: name, message: error.description))
        }
        var configuration = resolved.configuration
        configuration.logger = Logger(label: "gluetop.api")
        let client = HotglueClient(configuration: configuration)
        clients.add(client)
        let journal = journalFile.map {
            ChangeJournal(file: $0, origin: "dashboard", profile: resolved.name, envID: resolved.connection.envID,
                          flowID: resolved.connection.flowID)
        }
        Logger(label: "gluetop").info("profile switched", metadata: ["profile": "\(name)", "env": "\(resolved.connection.envID)"])
        let clients = self.clients
        return .success(PreparedProfile(
            change: ProfileSwitch(connection: resolved.connection, themeName: resolved.themeName,
                                  pulseSecondsPerCheck: resolved.pulse.secondsPerCheck, copyAllowed: resolved.copy),
            source: HotglueDataSource(client: client, journal: journal),
            activate: { mailbox in clients.activate(client, mailbox: mailbox) }))
    }
}
