import Foundation
import GlueScript
import HotglueEmulator
import LosslessJSON
import TestSupport
import Testing
import Yams

@Suite("Listing commands against the emulator")
struct ListingCommandTests {
    @Test("tenants: JSON when piped, the world's tenant ids in order")
    func tenants() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("tenants")
            #expect(result.exit == .ok, "\(result.stderr)")
            let ids = try result.json().arrayValue?.compactMap(\.stringValue)
            #expect(ids == (await harness.emulator.world.tenantIDs()))
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("a terminal gets an aligned table by default")
    func tableOnTerminal() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("connectors", "--tenant", "acme", terminal: true)
            #expect(result.exit == .ok, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let header = try #require(lines.first)
            #expect(header.hasPrefix("TENANT"))
            let connectors = await harness.acmeConnectors()
            #expect(lines.count == connectors.count + 1)
            // Every column starts at the header's offset in every row.
            let idColumn = try #require(header.range(of: "ID")).lowerBound.utf16Offset(in: header)
            let labelColumn = try #require(header.range(of: "LABEL")).lowerBound.utf16Offset(in: header)
            for (line, connector) in zip(lines.dropFirst(), connectors) {
                let id = try #require(connector["id"]?.stringValue)
                #expect(String(line.dropFirst(idColumn)).hasPrefix(id + " "), "\(line)")
                if let label = connector["label"]?.stringValue {
                    #expect(String(line.dropFirst(labelColumn)).hasPrefix(label), "\(line)")
                }
                #expect(!line.hasSuffix(" "))
            }
        }
    }

    @Test("connectors: configs are masked unless --show-secrets")
    func secretsMasked() async throws {
        try await ScriptHarness.with { harness in
            let secrets = await harness.acmeConnectors().flatMap { connector -> [String] in
                guard let config = connector["config"]?.objectValue else { return [] }
                return config.compactMap { key, value in
                    ["access_token", "refresh_token", "client_secret", "api_key", "password"].contains(key)
                        ? value.stringValue : nil
                }.filter { $0.count > 4 }
            }
            #expect(!secrets.isEmpty)
            for format in ["json", "yaml", "table"] {
                let masked = await harness.run("connectors", "--tenant", "acme", "--with-config", "-o", format)
                #expect(masked.exit == .ok, "\(masked.stderr)")
                #expect(masked.stdout.contains("••••••"))
                for secret in secrets { #expect(!masked.stdout.contains(secret), "\(format) shows a secret") }
            }
            let shown = await harness.run("connectors", "--tenant", "acme", "--with-config", "--show-secrets")
            #expect(shown.exit == .ok)
            for secret in secrets { #expect(shown.stdout.contains(secret)) }
        }
    }

    @Test("connectors without --tenant: an object from tenant to its connectors; --catalog adds catalogs")
    func everyTenant() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("connectors", "--catalog")
            #expect(result.exit == .ok, "\(result.stderr)")
            let object = try #require(try result.json().objectValue)
            #expect(object.keys == (await harness.emulator.world.tenantIDs()))
            let acme = try #require(object["acme"]?.arrayValue)
            #expect(acme.count == (await harness.acmeConnectors()).count)
            #expect(acme.contains { $0["catalog"] != nil })
            #expect(!result.stdout.contains("\"config\""))
        }
    }

    @Test("available and supported: the catalogue's objects; tables with their ids")
    func catalogue() async throws {
        try await ScriptHarness.with { harness in
            let available = await harness.run("available")
            let supported = await harness.run("supported")
            #expect(available.exit == .ok && supported.exit == .ok, "\(available.stderr)\(supported.stderr)")
            let availableIDs = try available.json().arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            let supportedIDs = try supported.json().arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(availableIDs.count >= 10)
            #expect(!supportedIDs.isEmpty && Set(supportedIDs).isSubset(of: Set(availableIDs)))
            let table = await harness.run("available", "-o", "table")
            #expect(table.stdout.hasPrefix("ID"))
            for id in availableIDs { #expect(table.stdout.contains(id)) }
        }
    }

    @Test("jobs: newest first, --count limits, --status failed keeps failures")
    func jobs() async throws {
        try await ScriptHarness.with { harness in
            let all = try await harness.run("jobs", "--tenant", "acme").json().arrayValue ?? []
            #expect(all.count == (await harness.emulator.world.jobs(tenant: "acme")).count)
            let two = await harness.run("jobs", "--tenant", "acme", "--count", "2")
            #expect(try two.json().arrayValue?.count == 2)
            let failed = try await harness.run("jobs", "--tenant", "acme", "--status", "failed").json().arrayValue ?? []
            #expect(!failed.isEmpty)
            #expect(failed.allSatisfy { $0["status"]?.stringValue?.hasSuffix("_FAILED") == true })
            let table = await harness.run("jobs", "--tenant", "acme", "-o", "table")
            #expect(table.stdout.hasPrefix("JOB"))
            #expect(table.stdout.split(separator: "\n").count == all.count + 1)
        }
    }

    @Test("JSON output parses with jq", .needsTools("jq"))
    func jqParses() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let outputs = [
                await harness.run("tenants"), await harness.run("connectors", "--tenant", "acme", "--with-config"),
                await harness.run("jobs", "--tenant", "acme"), await harness.run("available"),
                await harness.run("state", "get", "--tenant", "acme", "--connector", connector),
            ]
            for output in outputs {
                #expect(output.exit == .ok, "\(output.stderr)")
                let jq = try await ChildProcess.run([try #require(ChildProcess.jqPath), "-e", "."], stdin: output.stdout,
                                              environment: [:])
                #expect(jq.status == 0, "jq: \(jq.stderr)")
            }
        }
    }

    @Test("YAML output parses with Yams and says the same as the JSON")
    func yamlParses() async throws {
        try await ScriptHarness.with { harness in
            let json = try await harness.run("connectors", "--tenant", "acme", "--catalog").json()
            let yaml = await harness.run("connectors", "--tenant", "acme", "--catalog", "-o", "yaml")
            #expect(yaml.exit == .ok)
            let loaded = try #require(try Yams.load(yaml: yaml.stdout) as? [[String: Any]])
            let ids = json.arrayValue?.compactMap { $0["id"]?.stringValue }
            #expect(loaded.compactMap { $0["id"] as? String } == ids)
            let tenants = try #require(try Yams.load(yaml: (await harness.run("tenants", "-o", "yaml")).stdout) as? [String])
            #expect(tenants == (await harness.emulator.world.tenantIDs()))
        }
    }
}
