import Foundation
import GlueApp
import GlueCore
import LosslessJSON
import Testing

@Suite("The append-only journal")
struct JournalFileTests {
    private func temporaryJournal() -> JournalFile {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gluetop-journal-\(UUID().uuidString)/nested")
        return JournalFile(path: directory.appendingPathComponent("journal.jsonl").path)
    }

    @Test("entries come back as written, states byte for byte, and the file is 0600 in a 0700 directory")
    func roundTrip() throws {
        let file = temporaryJournal()
        let before = try JSONValue.parse(#"{"bookmarks":{"Invoice__c":{"replication_key_value":12345678901234567890}}}"#)
        let after = try JSONValue.parse(#"{"bookmarks":{"Invoice__c":{"replication_key_value":1.10}}}"#)
        let journal = ActionJournal(file: file, origin: "dashboard", profile: "prod", envID: "prod.hg",
                                    flowID: "f1", clock: { Date(timeIntervalSince1970: 1_780_000_000.25) })
        #expect(journal.record(tenant: "acme", connector: "salesforce", action: "state.set",
                               request: "PUT state salesforce", outcome: .succeeded, before: before, after: after) == nil)
        #expect(journal.record(tenant: "acme", connector: "hubspot", action: "unlink", request: "DELETE hubspot",
                               outcome: .failed("not found (404)")) == nil)
        let listing = try file.read()
        #expect(listing.unreadableLines == 0)
        #expect(listing.entries.count == 2)
        let first = try #require(listing.entries.first)
        #expect(first.before?.compact() == before.compact())
        #expect(first.after?.compact() == #"{"bookmarks":{"Invoice__c":{"replication_key_value":1.10}}}"#)
        #expect(first.time == Date(timeIntervalSince1970: 1_780_000_000.25))
        #expect(first.profile == "prod" && first.envID == "prod.hg" && first.flowID == "f1" && first.origin == "dashboard")
        #expect(listing.entries[1].outcome == .failed("not found (404)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = (file.path as NSString).deletingLastPathComponent
        let directoryAttributes = try FileManager.default.attributesOfItem(atPath: directory)
        #expect((directoryAttributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test("appending never rewrites: earlier lines stay byte-identical")
    func appendOnly() throws {
        let file = temporaryJournal()
        let journal = ActionJournal(file: file, origin: "cli", profile: "p", envID: "e", flowID: "f")
        journal.record(tenant: "acme", connector: "c", action: "discover", request: "r1", outcome: .succeeded)
        let first = try Data(contentsOf: URL(fileURLWithPath: file.path))
        journal.record(tenant: "acme", connector: "c", action: "discover", request: "r2", outcome: .succeeded)
        let second = try Data(contentsOf: URL(fileURLWithPath: file.path))
        #expect(second.prefix(first.count) == first)
        #expect(second.count > first.count)
    }

    @Test("a torn or hand-edited line is counted, not fatal; a missing file is an empty journal")
    func unreadableLines() throws {
        let file = temporaryJournal()
        #expect(try file.read().entries.isEmpty)
        let journal = ActionJournal(file: file, origin: "cli", profile: "p", envID: "e", flowID: "f")
        journal.record(tenant: nil, connector: nil, action: "discover", request: "r", outcome: .succeeded)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"time\": \"torn\n".utf8))
        try handle.close()
        let listing = try file.read()
        #expect(listing.entries.count == 1)
        #expect(listing.unreadableLines == 1)
    }

    @Test("secret values in a request summary are masked before they reach the file")
    func masksSecrets() throws {
        let file = temporaryJournal()
        let journal = ActionJournal(file: file, origin: "cli", profile: "p", envID: "e", flowID: "f")
        journal.record(tenant: "acme", connector: "hubspot", action: "update",
                       request: #"PATCH config {"access_token": "tok-SECRET-123"}"#, outcome: .succeeded)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(!text.contains("tok-SECRET-123"))
    }

    @Test("a journal that cannot be written says where and why")
    func unwritable() {
        let file = JournalFile(path: "/proc/gluetop-cannot-write/journal.jsonl")
        let journal = ActionJournal(file: file, origin: "cli", profile: "p", envID: "e", flowID: "f")
        let failure = journal.record(tenant: nil, connector: nil, action: "discover", request: "r", outcome: .succeeded)
        #expect(failure?.hasPrefix("journal /proc/gluetop-cannot-write/journal.jsonl not written") == true)
    }
}

@Suite("The editor document")
struct EditorDocumentTests {
    @Test("the header goes above the text as comments and comes off again, leaving the user's text exactly")
    func header() {
        let request = EditorRequest(purpose: .state(ConnectorRef(tenant: "acme", connector: "salesforce")),
                                    text: "{\n  \"a\": 1.10\n}\n", header: ["invalid JSON at line 2, column 9"])
        let document = EditorDocument.text(for: request)
        #expect(document.hasPrefix("// invalid JSON at line 2, column 9\n// "))
        #expect(EditorDocument.strippingHeader(document) == request.text)
        #expect(EditorDocument.strippingHeader("{\"url\": \"http://x//y\"}") == "{\"url\": \"http://x//y\"}")
    }

    @Test("$EDITOR, then $VISUAL, then vi")
    func editorChoice() {
        #expect(EditorDocument.command(environment: ["EDITOR": "nano", "VISUAL": "code --wait"]) == "nano")
        #expect(EditorDocument.command(environment: ["EDITOR": " ", "VISUAL": "code --wait"]) == "code --wait")
        #expect(EditorDocument.command(environment: [:]) == "vi")
    }
}
