import ArgumentParser
import Foundation
import Glibc
import GlueApp
import GlueEvents
import GlueRelay

/// `gluetop relay`: receives Hotglue's webhooks for a team and appends them to PostgreSQL, where every dashboard's
/// event feed reads them (issue #13).
struct RelayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "Receive Hotglue's webhooks, verify them and append them to PostgreSQL for every dashboard.",
        discussion: """
            Each delivery is checked as the dashboard's own receiver checks it (X-Hub-Signature under --secret,
            401; not a job, discover or connection event, 400; over 1 MiB, 413), de-duplicated, appended to the
            events table (created if missing) and notified on gluetop_events. Rows older than --retention-days
            are deleted. One status line a minute: received, refused, stored, database lag.
            --secret and --database take env:VAR, file:PATH or command:CMD (or the URL itself for --database).
            Example: gluetop relay --listen 0.0.0.0:9090 --secret env:HOTGLUE_WEBHOOK_SECRET \\
                       --database env:GLUETOP_EVENTS_URL
            """
    )

    @Option(help: "Address to listen on: HOST:PORT or a port.")
    var listen: String = "127.0.0.1:9090"

    @Option(help: "Where the webhook secret comes from: env:VAR, file:PATH or command:CMD.")
    var secret: String?

    @Option(help: "postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable], or env:VAR, file:PATH, command:CMD.")
    var database: String

    @Option(name: .customLong("retention-days"), help: "Delete events received longer ago than this.")
    var retentionDays: Int = 7

    @Flag(help: "Check the database (connect, create the table if missing) and exit: 0 when it is usable.")
    var check = false

    @Flag(name: .customLong("allow-unsigned"), help: "Run without --secret (accept unsigned deliveries).")
    var allowUnsigned = false

    func validate() throws {
        if !check, secret == nil, !allowUnsigned {
            throw ValidationError("--secret is needed (or --allow-unsigned, to accept deliveries anyone can forge)")
        }
        guard retentionDays > 0 else { throw ValidationError("--retention-days must be at least 1") }
        do {
            _ = try ListenAddress(parsing: listen)
        } catch {
            throw ValidationError("--listen: \(error.description)")
        }
    }

    func run() async throws {
        let address = try databaseAddress()
        if check {
            do {
                let (events, newest) = try await EventDatabase.check(address)
                StandardOutputLine.write("ok: \(address) holds \(events) events (newest id \(newest.map(String.init) ?? "none"))")
            } catch {
                StandardOutputLine.write("not ok: \(address): \(String(reflecting: error).prefix(300))")
                throw ExitCode(1)
            }
            return
        }
        var configuration = WebhookRelay.Configuration(
            listen: try ListenAddress(parsing: listen), secret: try secret.map(resolve), database: address)
        configuration.retention = .seconds(retentionDays * 86_400)
        let relay = try await WebhookRelay.start(configuration) { status in StandardOutputLine.write(Self.stamp() + " " + status.description) }
        StandardOutputLine.write("relay listening on \(relay.address), storing into \(address)\(configuration.secret == nil ? " (unsigned deliveries accepted)" : "")")
        await TerminationSignal.wait()
        StandardOutputLine.write("Stopping the relay… \(relay.status)")
        await relay.shutdown()
    }

    private func databaseAddress() throws -> DatabaseAddress {
        let text = database.hasPrefix("postgres") ? database : try resolve(database, field: "--database")
        do {
            return try DatabaseAddress(parsing: text)
        } catch {
            throw ValidationError("--database: \(error.description)")
        }
    }

    private func resolve(_ text: String) throws -> WebhookSecret {
        WebhookSecret(try resolve(text, field: "--secret"))
    }

    /// env:, file: or command:; the error names the source, never a value.
    private func resolve(_ text: String, field: String) throws -> String {
        switch SecretSource.parse(text) {
        case .success(let source):
            do {
                return try SecretResolver().resolve(source, profile: "relay", field: field).reveal()
            } catch {
                throw ValidationError(error.description)
            }
        case .failure(let error):
            throw ValidationError("\(field) \(error.description)")
        }
    }

    private static func stamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

}
