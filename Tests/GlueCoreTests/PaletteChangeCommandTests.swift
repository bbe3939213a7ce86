import GlueCore
import Testing

@Suite("Palette forms of the actions, and read-only")
struct PaletteChangeCommandTests {
    @Test("action commands parse to their actions with the words after them")
    func parsing() {
        #expect(PaletteCommand.parse("discover") == .success(.act(.discover, arguments: [])))
        #expect(PaletteCommand.parse("state edit") == .success(.act(.editState, arguments: [])))
        #expect(PaletteCommand.parse("state reset") == .success(.act(.resetState, arguments: [])))
        #expect(PaletteCommand.parse("state undo") == .success(.act(.undoState, arguments: [])))
        #expect(PaletteCommand.parse("run read --reset --streams A,B")
                == .success(.act(.runJob, arguments: ["read", "--reset", "--streams", "A,B"])))
        #expect(PaletteCommand.parse("link hubspot") == .success(.act(.link, arguments: ["hubspot"])))
        #expect(PaletteCommand.parse("unlink") == .success(.act(.unlink, arguments: [])))
        #expect(PaletteCommand.parse("journal") == .success(.act(.journal, arguments: [])))
    }

    @Test(":state needs a known sub-command")
    func stateErrors() {
        #expect(PaletteCommand.parse("state") == .failure(.missingArgument(command: "state", expected: "edit, reset or undo")))
        #expect(PaletteCommand.parse("state frob")
                == .failure(.badArgument(command: "state", argument: "frob", expected: "edit, reset or undo")))
    }

    @Test("read-only: completion offers no mutating command, and running one changes nothing and says why")
    func readOnly() {
        #expect(PaletteCommand.complete("di", readOnly: false) == "discover ")
        #expect(PaletteCommand.complete("di", readOnly: true) == "di")
        #expect(PaletteCommand.complete("u", readOnly: true) == "u")
        var model = Fixtures.loaded()
        model.connection.readOnly = true
        for command in ["discover", "state edit", "state reset", "state undo", "run read", "link", "unlink", "update"] {
            _ = Fixtures.press(&model, .character(":"))
            Fixtures.type(&model, command)
            #expect(Fixtures.press(&model, .enter).isEmpty, "\(command) produced effects")
            #expect(model.overlay == nil)
            #expect(model.activity.notice?.hasPrefix("read-only") == true, "\(command): \(model.activity.notice ?? "nil")")
        }
    }

    @Test("read-only: every mutation key changes nothing and opens nothing")
    func readOnlyKeys() {
        var model = Fixtures.loaded()
        model.connection.readOnly = true
        _ = Fixtures.press(&model, .tab)
        for key in ["l", "u", "x", "d", "e", "X", "z", "r"] {
            let before = model
            #expect(Fixtures.press(&model, .character(Character(key))).isEmpty, "\(key)")
            #expect(model.overlay == nil, "\(key) opened \(String(describing: model.overlay))")
            #expect(model.connectors == before.connectors && model.state == before.state && model.jobs == before.jobs)
        }
    }
}
