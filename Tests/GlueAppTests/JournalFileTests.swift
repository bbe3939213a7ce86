import Foundation
import Glibc
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("The write-ahead journal")
struct JournalFileTests {
    static func temporaryJournal(rotateBytes: Int = 8 << 20, keptFiles: Int = 4) -> JournalFile {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gluetop-journal-\(UUID().uuidString)/nested")
        return JournalFile(path: directory.appendingPathComponent("journal.jsonl").path, rotateBytes: rotateBytes,
                           keptFiles: keptFiles)
    }

    static func journal(_ file: JournalFile, origin: String = "cli") -> ChangeJournal {
        ChangeJournal(file: file, origin: origin, profile: "prod", envID: "prod.hg", flowID: "f1",
                      clock: { Date(timeIntervalSince1970: 1_780_000_000.25) })
    }

    @Test("an intent and its outcome come back as one change, states byte for byte; the file is 0600 in a 0700 directory")
    func roundTrip() throws {
        let file = Self.temporaryJournal()
        let before = try JSONValue.parse(#"{"bookmarks":{"Invoice__c":{"replication_key_value":12345678901234567890}}}"#)
        let after = try JSONValue.parse(#"{"bookmarks":{"Invoice__c":{"replication_key_value":1.10}}}"#)
        let journal = Self.journal(file, origin: "dashboard")
        let intent = try journal.begin(tenant: "acme", connector: "salesforce", action: "state.set",
                                       request: "PUT state salesforce", before: before, after: after)
        #expect(intent.id.count == 12 && intent.outcome == .pending && intent.processID == getpid())
        #expect(journal.finish(intent, .succeeded, states: .init(before: before, after: after)) == nil)
        let unlink = try journal.begin(tenant: "acme", connector: "hubspot", action: "unlink", request: "DELETE hubspot")
        #expect(journal.finish(unlink, .failed("not found (404)")) == nil)
        let listing = try file.read()
        #expect(listing.unreadableLines == 0)
        #expect(listing.entries.map(\.action) == ["state.set", "unlink"])
        let first = try #require(listing.entries.first)
        #expect(first.id == intent.id && first.outcome == .succeeded)
        #expect(first.before?.compact() == before.compact())
        #expect(first.after?.compact() == #"{"bookmarks":{"Invoice__c":{"replication_key_value":1.10}}}"#)
        #expect(first.time == Date(timeIntervalSince1970: 1_780_000_000.25))
        #expect(first.profile == "prod" && first.envID == "prod.hg" && first.flowID == "f1" && first.origin == "dashboard")
        #expect(listing.entries[1].outcome == .failed("not found (404)"))
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 4, "two records per change: intent, then outcome")
        #expect(!text.contains("\n\n"), "a whole last line is not mistaken for a torn one")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = (file.path as NSString).deletingLastPathComponent
        let directoryAttributes = try FileManager.default.attributesOfItem(atPath: directory)
        #expect((directoryAttributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test("an intent with no outcome is pending and unresolved; an unknown outcome too, until it is settled")
    func unresolvedChanges() throws {
        let file = Self.temporaryJournal()
        let journal = Self.journal(file)
        let cutOff = try journal.begin(tenant: "acme", connector: "salesforce", action: "state.set", request: "PUT")
        let dropped = try journal.begin(tenant: "acme", connector: "hubspot", action: "job.run", request: "POST jobs")
        journal.finish(dropped, .unknown("connection dropped"))
        let done = try journal.begin(tenant: "acme", connector: "stripe", action: "unlink", request: "DELETE")
        journal.finish(done, .succeeded)
        #expect(try file.unresolved().map(\.id) == [cutOff.id, dropped.id])
        #expect(try file.change(id: cutOff.id)?.outcome == .pending)
        #expect(try file.change(id: String(dropped.id.prefix(6)))?.outcome == .unknown("connection dropped"))
        journal.settle(dropped.id, as: "kept")
        #expect(try file.unresolved().map(\.id) == [cutOff.id])
        // The settlement is not an outcome: the change still reads as unknown in the listing.
        #expect(try file.change(id: dropped.id)?.outcome == .unknown("connection dropped"))
    }

    @Test("lines of the first format (one record per change) still read as whole changes")
    func firstFormat() throws {
        let file = Self.temporaryJournal()
        try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let old = #"{"time":"2026-11-01T03:12:00.000Z","origin":"cli","profile":"p","env":"e","flow":"f","#
            + #""tenant":"acme","connector":"salesforce","action":"state.set","request":"PUT","result":"succeeded","#
            + #""before":null,"after":{"a":1}}"# + "\n"
        try Data(old.utf8).write(to: URL(fileURLWithPath: file.path))
        let found = try file.lastUndoableStateChange(envID: "e", flowID: "f", tenant: "acme", connector: "salesforce")
        #expect(found?.after == ["a": 1])
        #expect(found?.outcome == .succeeded && found?.id == "")
    }

    @Test("appending never rewrites: earlier lines stay byte-identical")
    func appendOnly() throws {
        let file = Self.temporaryJournal()
        let journal = Self.journal(file)
        _ = try journal.begin(tenant: "acme", connector: "c", action: "discover", request: "r1")
        let first = try Data(contentsOf: URL(fileURLWithPath: file.path))
        _ = try journal.begin(tenant: "acme", connector: "c", action: "discover", request: "r2")
        let second = try Data(contentsOf: URL(fileURLWithPath: file.path))
        #expect(second.prefix(first.count) == first)
        #expect(second.count > first.count)
    }

    @Test("a torn last line is skipped and counted; the next record starts on a line of its own and reads whole")
    func tornLastLine() throws {
        let file = Self.temporaryJournal()
        #expect(try file.read().entries.isEmpty)
        let journal = Self.journal(file)
        let first = try journal.begin(tenant: nil, connector: nil, action: "discover", request: "r")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"kind":"intent","id":"torn","time":"2026-"#.utf8))
        try handle.close()
        let next = try journal.begin(tenant: "acme", connector: "c", action: "unlink", request: "DELETE")
        let listing = try file.read()
        #expect(listing.entries.map(\.id) == [first.id, next.id])
        #expect(listing.unreadableLines == 1)
    }

    @Test("secret values in a request summary are masked before they reach the file")
    func masksSecrets() throws {
        let file = Self.temporaryJournal()
        _ = try Self.journal(file).begin(tenant: "acme", connector: "hubspot", action: "update",
                                         request: #"PATCH config {"access_token": "tok-SECRET-123"}"#)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(!text.contains("tok-SECRET-123"))
    }

    @Test("a journal that cannot be written throws where and why, and writes nothing")
    func unwritable() {
        let file = JournalFile(path: "/proc/gluetop-cannot-write/journal.jsonl")
        #expect {
            _ = try Self.journal(file).begin(tenant: nil, connector: nil, action: "discover", request: "r")
        } throws: { error in
            (error as? JournalWriteError)?.description.hasPrefix("journal /proc/gluetop-cannot-write/journal.jsonl not written") == true
        }
    }

    @Test("a full disk: the append fails with the reason and the file keeps no half record")
    func fullDisk() {
        // /dev/full answers every write with ENOSPC, as a full file system does.
        let file = JournalFile(path: "/dev/full")
        #expect {
            _ = try Self.journal(file).begin(tenant: "acme", connector: "c", action: "unlink", request: "DELETE")
        } throws: { error in
            (error as? JournalWriteError)?.reason.contains("No space left on device") == true
        }
    }

    @Test("past its size the journal rotates; readers go on into the rotated files; the oldest falls off")
    func rotation() throws {
        let file = Self.temporaryJournal(rotateBytes: 2_000, keptFiles: 2)
        let journal = Self.journal(file)
        var ids: [String] = []
        for index in 0..<60 {
            let intent = try journal.begin(tenant: "acme", connector: ConnectorID("c\(index)"), action: "unlink",
                                           request: "DELETE")
            journal.finish(intent, .succeeded)
            ids.append(intent.id)
        }
        #expect(FileManager.default.fileExists(atPath: file.path + ".1"))
        #expect(FileManager.default.fileExists(atPath: file.path + ".2"))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".3"))
        let listing = try file.read()
        #expect(listing.entries.count < 60, "the oldest records fell off")
        #expect(listing.entries.map(\.id) == Array(ids.suffix(listing.entries.count)), "in order across files")
        #expect(try file.recent(limit: 5).entries.map(\.id) == Array(ids.suffix(5)))
    }

    @Test("reading the newest changes of a journal of 100,000 records reads only its tail")
    func readsOnlyTheTail() throws {
        let file = Self.temporaryJournal(rotateBytes: 1 << 30)
        try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        // Written in one go (appending 100,000 fsynced records would take minutes); the lines are the real format.
        let journal = Self.journal(file)
        let sample = try journal.begin(tenant: "acme", connector: "salesforce", action: "state.set", request: "PUT",
                                       before: ["a": 1], after: ["a": 2])
        let line = try String(contentsOfFile: file.path, encoding: .utf8)
        var text = ""
        text.reserveCapacity(line.utf8.count * 100_000)
        for index in 0..<99_999 { text += line.replacingOccurrences(of: sample.id, with: String(format: "%012x", index)) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: file.path))
        let last = try journal.begin(tenant: "acme", connector: "salesforce", action: "state.set", request: "PUT",
                                     before: ["a": 2], after: ["a": 3])
        journal.finish(last, .succeeded)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let recent = try file.recent(limit: 500)
        #expect(recent.entries.count == 500 && recent.hasOlder)
        #expect(file.bytesRead < 500 * line.utf8.count * 2, "read \(file.bytesRead) of \(size) bytes")
        let before = file.bytesRead
        let found = try file.lastUndoableStateChange(envID: "prod.hg", flowID: "f1", tenant: "acme",
                                                     connector: "salesforce")
        #expect(found?.id == last.id)
        #expect(file.bytesRead - before <= 64 << 10, "one block from the end")
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
