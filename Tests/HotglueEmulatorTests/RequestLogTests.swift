import Foundation
import GlueSync
import HotglueEmulator
import JWTKit
import LosslessJSON
import Testing

@Suite("Request log")
struct RequestLogTests {
    @Test("records method, path, query and status, oldest first; clearRequests empties it")
    func records() async throws {
        try await withEmulator { (emulator, client) async throws in
            _ = try await client.get(client.v2("acme", "/linkedConnectors?config=true"))
            _ = try await client.withKey(nil).get("/tenants/\(client.env)")
            let log = await emulator.requests()
            #expect(log == [
                RecordedRequest(
                    method: "GET", path: "/v2/\(client.env)/\(client.flow)/acme/linkedConnectors",
                    query: ["config": "true"], status: 200, fault: nil, body: nil),
                RecordedRequest(method: "GET", path: "/tenants/\(client.env)", query: [:], status: 401, fault: nil, body: nil),
            ])
            await emulator.clearRequests()
            #expect(await emulator.requests().isEmpty)
        }
    }

    @Test("token values, API keys and secret body fields are never recorded")
    func secretsMasked() async throws {
        try await withEmulator { (emulator, client) async throws in
            let token = try await TenantToken.sign(sub: "acme", issuedAt: testStart, emulator: emulator)
            _ = try await client.withKey(emulator.settings.publicAPIKey).get(client.v2("acme", "/linkedConnectors?token=\(token)"))
            let link: JSONValue = [
                "connector": ["id": "salesforce", "config": ["access_token": "tok-SECRET-1", "client_secret": "cs-SECRET-2", "region": "eu"]],
            ]
            _ = try await client.sendJSON(.POST, client.v2("acme", "/linkedConnectors"), link)
            let log = await emulator.requests()
            #expect(log[0].query["token"] == "***")
            let body = try #require(log[1].body)
            #expect(body.contains(#""region":"eu""#))
            #expect(body.contains(#""access_token":"***""#))
            let everything = log.map { "\($0)" }.joined()
            for secret in [token, "tok-SECRET-1", "cs-SECRET-2", emulator.settings.apiKey, emulator.settings.publicAPIKey] {
                #expect(!everything.contains(secret))
            }
        }
    }

    @Test("the names the client masks and every secret shape are masked in recorded bodies and queries too")
    func newNamesAndShapesMasked() async throws {
        try await withEmulator { (emulator, client) async throws in
            let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"
            let config: JSONValue = [
                "client_key": "CK-SECRET-1", "consumer_key": "CS-SECRET-2", "app_key": "AK-SECRET-3", "key": "K-SECRET-4",
                "access_key": "AC-SECRET-5", "private_key": "PK-SECRET-6", "database_url": "DB-SECRET-7",
                "dsn": "DSN-SECRET-8", "connection_string": "CONN-SECRET-9",
                "identity": .string(JSONString(jwt)), "webhook_target": "https://u:URLPW-SECRET@h.example.com/in",
                "upstream_header": "Bearer BEARER-SECRET", "proxy_authentication": "Basic cHJveHk6aHVudGVyMg==",
                "signing_pem": "-----BEGIN PRIVATE KEY-----\nPEM-SECRET\n-----END PRIVATE KEY-----",
                "replication_key": "updated_at", "primary_key": "id", "token_type": "bearer", "region": "eu",
            ]
            _ = try await client.sendJSON(.POST, client.v2("acme", "/linkedConnectors"),
                                          ["connector": ["id": "salesforce", "config": config]])
            _ = try await client.get(client.v2("acme", "/linkedConnectors?config=true&client_key=QUERY-SECRET&note=\(jwt)"))
            let log = await emulator.requests()
            let everything = log.map { "\($0)" }.joined()
            let bodies = log.compactMap(\.body).joined()
            for secret in ["CK-SECRET-1", "CS-SECRET-2", "AK-SECRET-3", "K-SECRET-4", "AC-SECRET-5", "PK-SECRET-6",
                           "DB-SECRET-7", "DSN-SECRET-8", "CONN-SECRET-9", jwt, "URLPW-SECRET", "BEARER-SECRET",
                           "cHJveHk6aHVudGVyMg", "PEM-SECRET", "QUERY-SECRET"] {
                #expect(!everything.contains(secret), "\(secret) recorded")
            }
            for shown in [#""replication_key":"updated_at""#, #""primary_key":"id""#, #""token_type":"bearer""#,
                          #""region":"eu""#] {
                #expect(bodies.contains(shown), "\(shown) masked")
            }
        }
    }

    @Test("the onRequest callback sees each request")
    func callback() async throws {
        let seen = SeenRequests()
        var settings = manualSettings()
        settings.onRequest = { seen.add($0) }
        try await withEmulator(settings) { (_, client) async throws in
            _ = try await client.get("/tenants/\(client.env)")
        }
        #expect(seen.all.map(\.path) == ["/tenants/demo.hg.example.com"])
    }
}

final class SeenRequests: Sendable {
    private let box = LockedValue<[RecordedRequest]>([])
    func add(_ request: RecordedRequest) { box.withLock { $0.append(request) } }
    var all: [RecordedRequest] { box.withLock { $0 } }
}
