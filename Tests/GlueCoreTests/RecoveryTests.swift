import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// What a run finds left by earlier ones: drafts to resume or discard, changes of unknown result to undo or keep.
@Suite("Recovering what an earlier run left")
struct RecoveryTests {
    typealias F = StateEditFixtures

    static func draft(_ text: String = F.editedText) -> RecoveredDraft {
        RecoveredDraft(ref: F.ref, draft: .init(text: text, original: F.state), savedAt: Fixtures.at(1))
    }

    static func unresolved(current: JSONValue?, action: String = "state.set") -> UnresolvedChange {
        let entry = JournalEntry(time: Fixtures.at(2), origin: "dashboard", profile: "demo", envID: "e", flowID: "f",
                                 tenant: "acme", connector: "salesforce", action: action, request: "PUT",
                                 outcome: .pending, before: F.state, after: F.edited, id: "0123456789ab")
        return UnresolvedChange(entry: entry, current: .success(current))
    }

    static func recovery(_ model: Model) throws -> RecoveryOverlay {
        guard case .recovery(let overlay) = model.overlay else {
            Issue.record("expected the recovery overlay, got \(String(describing: model.overlay))")
            throw StateEditTestError.unexpected
        }
        return overlay
    }

    @Test("a recovered draft joins the model's drafts; enter shows its diff, whose write is checked against the state it was edited from")
    func resumeDraft() throws {
        var model = F.loaded()
        #expect(update(&model, .recoveryFound(RecoveryFindings(drafts: [Self.draft()]))).isEmpty)
        #expect(try Self.recovery(model).items == [.draft(Self.draft())])
        #expect(model.stateEdits.drafts[F.ref] == .init(text: F.editedText, original: F.state))
        #expect(Fixtures.press(&model, .enter).isEmpty)
        let overlay = try F.overlay(model)
        #expect(overlay.write == F.editWrite)
        #expect(overlay.stage == .preview && !overlay.changes.isEmpty)
        #expect(Fixtures.press(&model, .character("y")) == [.api(.state(.write(F.editWrite)))])
    }

    @Test("a draft that is not JSON resumes in the editor, with the user's text")
    func resumeInvalidDraft() {
        var model = F.loaded()
        _ = update(&model, .recoveryFound(RecoveryFindings(drafts: [Self.draft("{ \"bookmarks\": ")])))
        let effects = Fixtures.press(&model, .enter)
        guard case .openEditor(let request)? = effects.first else {
            Issue.record("expected the editor, got \(effects)")
            return
        }
        #expect(request.text == "{ \"bookmarks\": " && request.purpose == .state(F.ref))
        #expect(model.stateEdits.editing == .init(ref: F.ref, original: F.state))
    }

    @Test("d throws the draft away; the overlay closes with its last row")
    func discardDraft() {
        var model = F.loaded()
        _ = update(&model, .recoveryFound(RecoveryFindings(drafts: [Self.draft()])))
        #expect(Fixtures.press(&model, .character("d")).isEmpty)
        #expect(model.stateEdits.drafts[F.ref] == nil)
        #expect(model.overlay == nil)
        #expect(draftsToKeep(model).isEmpty)
    }

    @Test("an unknown change that took effect: u previews restoring its before, and the write settles it")
    func undoUnresolved() throws {
        var model = F.loaded(F.edited)
        let change = Self.unresolved(current: F.edited)
        #expect(change.verdict == .applied)
        _ = update(&model, .recoveryFound(RecoveryFindings(unresolved: [change])))
        #expect(Fixtures.press(&model, .character("u")).isEmpty)
        let overlay = try F.overlay(model)
        #expect(overlay.write.kind == .undo && overlay.write.target == F.state)
        #expect(overlay.write.expected == .unchanged(F.edited))
        #expect(overlay.write.settles == "0123456789ab")
    }

    @Test("k keeps an unknown change and records the decision; u on one that did not take effect settles it")
    func keepOrSettle() throws {
        var model = F.loaded()
        let applied = Self.unresolved(current: F.edited), notApplied = Self.unresolved(current: F.state)
        #expect(notApplied.verdict == .notApplied)
        _ = update(&model, .recoveryFound(RecoveryFindings(unresolved: [applied, notApplied])))
        #expect(Fixtures.press(&model, .character("k")) == [.settleChange(id: "0123456789ab", decision: "kept")])
        #expect(try Self.recovery(model).items == [.unresolved(notApplied)])
        #expect(Fixtures.press(&model, .character("u"))
            == [.settleChange(id: "0123456789ab", decision: "found not applied")])
        #expect(model.overlay == nil)
    }

    @Test("the verdict: changed since; a link, unlink or job start by what the lists show; an update unchecked")
    func verdicts() {
        #expect(Self.unresolved(current: ["other": true]).verdict == .changedSince)
        func change(_ action: String, _ evidence: UnresolvedChange.Evidence?) -> UnresolvedChange {
            UnresolvedChange(entry: Self.unresolved(current: nil, action: action).entry, current: nil,
                             evidence: evidence.map { .success($0) })
        }
        #expect(change("unlink", nil).verdict == .unchecked("not checked: look at it at Hotglue"))
        #expect(change("unlink", .linkedNow(false)).verdict == .applied)
        #expect(change("unlink", .linkedNow(true)).verdict == .notApplied)
        #expect(change("link", .linkedNow(true)).verdict == .applied)
        #expect(change("link", .linkedNow(false)).verdict == .notApplied)
        #expect(change("job.run", .jobsStartedSince(["37g_DK"])).verdict == .applied)
        #expect(change("job.run", .jobsStartedSince([])).verdict == .notApplied)
        #expect(change("update", .linkedNow(true)).verdict == .unchecked("not checked: look at it at Hotglue"))
        #expect(change("unlink", .linkedNow(true)).evidenceText == "salesforce is linked to acme now")
    }

    @Test("k on an unlink Hotglue shows took effect settles it as found applied")
    func keepRecordsWhatWasFound() {
        var model = Fixtures.loaded()
        let unlink = UnresolvedChange(entry: Self.unresolved(current: nil, action: "unlink").entry, current: nil,
                                      evidence: .success(.linkedNow(false)))
        _ = update(&model, .recoveryFound(RecoveryFindings(unresolved: [unlink])))
        #expect(Fixtures.press(&model, .character("k"))
            == [.settleChange(id: "0123456789ab", decision: "found applied")])
    }

    @Test("with another overlay open, the findings are said in the status line instead")
    func otherOverlayOpen() {
        var model = F.loaded()
        _ = Fixtures.press(&model, .character("?"))
        _ = update(&model, .recoveryFound(RecoveryFindings(drafts: [Self.draft()])))
        #expect(model.overlay == .help)
        #expect(model.activity.notice?.hasPrefix("1 unfinished change from an earlier run") == true)
        #expect(model.stateEdits.drafts[F.ref] != nil)
    }

    @Test("the preview of an edit is a draft to keep on disk; applying keeps it until the write is confirmed")
    func draftsToKeepFollowTheEdit() throws {
        var model = try F.previewing()
        #expect(draftsToKeep(model)[F.ref] == .init(text: F.editedText, original: F.state))
        _ = Fixtures.press(&model, .character("y"))
        #expect(draftsToKeep(model)[F.ref]?.text == F.editedText)
        _ = update(&model, F.written(F.editWrite, before: F.state, after: F.edited))
        #expect(draftsToKeep(model).isEmpty)
    }
}

@Suite("Recovering a draft whose write was sent")
struct RecoveryDraftAndUnknownTests {
    @Test("a draft and an unknown write of the same connector are listed once, as the change; the draft stays for e")
    func listedOnce() throws {
        var model = StateEditFixtures.loaded()
        let change = RecoveryTests.unresolved(current: StateEditFixtures.edited)
        _ = update(&model, .recoveryFound(RecoveryFindings(drafts: [RecoveryTests.draft()], unresolved: [change])))
        #expect(try RecoveryTests.recovery(model).items == [.unresolved(change)])
        #expect(model.stateEdits.drafts[StateEditFixtures.ref] != nil)
    }
}
