import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// The command table: every command declared once, defaults without clashes, palette forms that parse back to
/// their command, and dialog keys read from the keymap, so a remapped one works and the old one does not.
@Suite("Command table")
struct CommandTableTests {
    typealias F = StateEditFixtures

    @Test func everyCommandIsDeclaredOnce() {
        let declared = CommandTable.all.map(\.command)
        #expect(Set(declared) == Set(Command.allCases))
        #expect(declared.count == Set(declared).count)
    }

    @Test func theDefaultsBindNoKeyTwiceInOneContext() {
        let clashes = Keymap.defaults.clashes.map { "\($0.key) in \($0.context): \($0.commands)" }
        #expect(clashes.isEmpty)
    }

    @Test func aDialogKeyShadowsThePanesKeyOnlyInItsDialog() {
        #expect(Keymap.defaults.command(for: .character("k")) == .moveUp)
        #expect(Keymap.defaults.command(for: .character("k"), in: [.recovery, .dialog, .panes]) == .keep)
        #expect(Keymap.defaults.command(for: .up, in: [.recovery, .dialog, .panes]) == .moveUp)
    }

    @Test("every palette form and alias parses to its command", arguments: CommandTable.all.filter { $0.palette != nil }.map(\.command))
    func paletteFormsParse(_ command: Command) throws {
        let palette = try #require(command.spec.palette)
        for form in [palette.words] + palette.aliases {
            var text = form.joined(separator: " ")
            if case .required = palette.arguments { text += " acme" }
            let parsed = PaletteCommand.parse(text)
            switch (command, parsed) {
            case (.selectTenant, .success(.tenant("acme"))), (.theme, .success(.theme("acme"))),
                 (.profile, .success(.profile("acme"))), (.showJobs, .success(.jobs(.all))),
                 (.pulse, .success(.pulse(window: nil))), (.logContext, .success(.act(.logContext, arguments: ["acme"]))):
                break
            default:
                #expect(parsed == .success(.act(command, arguments: [])), "\(text)")
            }
        }
    }

    @Test func wordsAfterACommandThatTakesNoneAreRefused() {
        #expect(PaletteCommand.parse("discover now")
                == .failure(.badArgument(command: "discover", argument: "now", expected: "nothing after :discover")))
    }

    @Test func helpListsTheGroupsSubcommands() {
        #expect(PaletteCommand.synopses(readOnly: false).contains("state edit|reset|undo"))
        #expect(PaletteCommand.synopses(readOnly: false).contains("tenant ID"))
        #expect(!PaletteCommand.synopses(readOnly: true).contains { $0.hasPrefix("state") || $0.hasPrefix("run") })
    }

    @Test("a remapped overwrite key overwrites in the conflict dialog; the default one no longer does")
    func remappedOverwrite() throws {
        var model = F.loaded()
        model.keymap = Keymap.defaults.rebinding(.overwrite, to: [.character("O")])
        try conflict(&model)
        #expect(Fixtures.press(&model, .character("o")).isEmpty)
        #expect(try F.overlay(model).stage != .preview)
        var expected = F.editWrite
        expected.expected = .unchanged(F.state)
        #expect(Fixtures.press(&model, .character("O")) == [.api(.state(.write(expected)))])
    }

    @Test("a remapped yes applies the preview; y no longer does")
    func remappedYes() throws {
        var model = F.loaded()
        model.keymap = Keymap.defaults.rebinding(.yes, to: [.character("a")])
        let request = try F.editing(&model)
        _ = update(&model, .editorFinished(request, .edited(F.editedText)))
        #expect(Fixtures.press(&model, .character("y")).isEmpty)
        #expect(Fixtures.press(&model, .character("a")) == [.api(.state(.write(F.editWrite)))])
    }

    @Test("a yes/no question is never answered by Enter")
    func enterNeverConfirms() {
        var model = Fixtures.loaded()
        let ref = ConnectorRef(tenant: "acme", connector: "salesforce")
        model.overlay = .confirm(Confirmation(title: "Q", lines: ["sure?"], answer: .yesNo, request: .triggerDiscover(ref),
                                              pendingNotice: "going…"))
        #expect(Fixtures.press(&model, .enter).isEmpty)
        #expect(model.overlay != nil)
    }

    @Test("a key bound to journal opens it; one bound to a command that takes words opens the palette with its name")
    func paletteCommandsOnKeys() {
        var model = Fixtures.loaded()
        model.keymap = Keymap.defaults.rebinding(.journal, to: [.function(2)]).rebinding(.selectTenant, to: [.function(3)])
        #expect(Fixtures.press(&model, .function(2)) == [.loadJournal])
        #expect(model.overlay == .journal(JournalOverlay()))
        model.overlay = nil
        #expect(Fixtures.press(&model, .function(3)).isEmpty)
        #expect(model.overlay == .palette(TextInput("tenant ")))
    }

    @Test("n with nothing searched says so")
    func searchNextWithoutSearch() {
        var model = Fixtures.loaded()
        #expect(Fixtures.press(&model, .character("n")).isEmpty)
        #expect(model.activity.notice == "nothing searched yet: / searches the log")
    }

    /// The edit's write, refused because the state changed meanwhile (to the state as loaded, for simplicity:
    /// the conflict dialog only needs a current state to show).
    private func conflict(_ model: inout Model) throws {
        let request = try F.editing(&model)
        _ = update(&model, .editorFinished(request, .edited(F.editedText)))
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, .stateChange(.finished(F.editWrite, .conflict(current: F.state, journalError: nil),
                                                  at: Fixtures.at(10))))
        guard case .conflict = try F.overlay(model).stage else {
            Issue.record("expected the conflict dialog")
            return
        }
    }
}
