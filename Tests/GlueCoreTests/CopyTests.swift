import Foundation
@testable import GlueCore
import HotglueModels
import LosslessJSON
import Testing

private typealias F = Fixtures

/// `c` and `:copy`: what each pane copies, what the status line says, and what is refused.
@Suite struct CopyTests {
    static func withState(_ json: String = #"{"bookmarks":{"Account":{"replication_key_value":"2024-05-01"}},"api_key":"sk-live-123"}"#) throws -> Model {
        var model = F.loaded()
        _ = update(&model, .polled(.stateLoaded(ConnectorRef(tenant: "acme", connector: "salesforce"),
                                                .success(try JSONValue.parse(json)), at: F.at(4))))
        return model
    }

    static func palette(_ model: inout Model, _ text: String) -> [Effect] {
        _ = F.press(&model, .character(":"))
        F.type(&model, text)
        return F.press(&model, .enter)
    }

    @Test func cCopiesTheIdOfTheFocusedPanesRow() {
        var model = F.loaded()
        #expect(F.press(&model, .character("c")) == [.copyToClipboard("acme")])
        #expect(model.activity.notice == "copied tenant id acme (4 bytes)")
        _ = F.press(&model, .character("2"))
        #expect(F.press(&model, .character("c")) == [.copyToClipboard("salesforce")])
        _ = F.press(&model, .character("5"))
        #expect(F.press(&model, .character("c")) == [.copyToClipboard("37g_DK")])
        #expect(model.activity.notice == "copied job id 37g_DK (6 bytes)")
    }

    @Test func copyRootAndLogFromThePalette() throws {
        var model = F.loaded()
        let root = try #require(model.jobs.selected?.jobRoot)
        _ = F.press(&model, .character("5"))
        #expect(Self.palette(&model, "copy root") == [.copyToClipboard(root.rawValue)])
        #expect(model.activity.notice == "copied the s3_root of 37g_DK (\(root.rawValue.utf8.count) bytes)")
        let page = JobLogPage(lines: (0..<3).map { JobLogLine(offset: $0, time: F.at(Double(10 + $0)), level: "INFO",
                                                                  text: "line \($0) password=hunter2") },
                              nextOffset: 3)
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.page(page)), at: F.at(5))))
        let effects = Self.palette(&model, "copy log")
        guard case .copyToClipboard(let text)? = effects.first else {
            Issue.record("no copy: \(effects)")
            return
        }
        let lines = text.split(separator: "\n").map(String.init)
        // The timeline's two lines, then the log's three, as the pane shows them (all fit); secrets masked.
        #expect(lines.count == 5)
        #expect(lines.last == HotglueDate.format(F.at(12)) + " INFO line 2 password=" + SecretMasking.mask)
        #expect(!text.contains("hunter2"))
        #expect(model.activity.notice == "copied 5 log lines of 37g_DK (\(text.utf8.count) bytes)")
    }

    @Test func aMaskedSecretIsCopiedOnlyAfterVRevealedIt() throws {
        var model = try Self.withState()
        _ = F.press(&model, .character("4"), .character("G"), .character("k"))
        #expect(model.state.selectedRow?.key == "api_key")
        #expect(F.press(&model, .character("c")).isEmpty)
        #expect(model.activity.notice == "api_key is masked: v reveals it first; nothing copied")
        _ = F.press(&model, .character("v"))
        #expect(F.press(&model, .character("c")) == [.copyToClipboard(#"api_key: "sk-live-123""#)])
        _ = F.press(&model, .character("v"))
        #expect(F.press(&model, .character("c")).isEmpty)
    }

    @Test func aStateNotLoadedOrMissingSaysSo() {
        var model = F.loaded()
        _ = F.press(&model, .character("4"))
        #expect(F.press(&model, .character("c")).isEmpty)
        #expect(model.activity.notice == "the state is not loaded yet: nothing copied")
        _ = update(&model, .polled(.stateLoaded(ConnectorRef(tenant: "acme", connector: "salesforce"), .success(nil), at: F.at(4))))
        #expect(F.press(&model, .character("c")).isEmpty)
        #expect(model.activity.notice == "this connector has no state: nothing copied")
    }

    @Test func aStateValueCopiesWithItsPath() throws {
        var model = try Self.withState()
        _ = F.press(&model, .character("4"), .character("j"), .character("j"), .character("j"))
        #expect(model.state.selectedRow?.key == "replication_key_value")
        #expect(F.press(&model, .character("c")) == [.copyToClipboard(#"bookmarks.Account.replication_key_value: "2024-05-01""#)])
    }

    @Test func offForTheProfileTooLargeOrUnknownIsRefusedSayingWhy() throws {
        var off = F.loaded()
        off.copyAllowed = false
        #expect(F.press(&off, .character("c")).isEmpty)
        #expect(off.activity.notice == "copy is off for this profile (copy: false)")

        var model = try Self.withState(#"{"blob":"\#(String(repeating: "x", count: clipboardLimitBytes))"}"#)
        _ = F.press(&model, .character("4"), .character("j"))
        #expect(F.press(&model, .character("c")).isEmpty)
        #expect(model.activity.notice?.hasPrefix("not copied: blob and its value is \(clipboardLimitBytes + 8) bytes") == true)

        #expect(Self.palette(&model, "copy everything").isEmpty)
        #expect(model.activity.notice == "copy what? 'everything' is not id, root or log")
    }
}
