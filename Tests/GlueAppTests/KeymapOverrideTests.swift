import Foundation
@testable import GlueApp
import GlueCore
import Testing

@Suite("Keymap overrides")
struct KeymapOverrideTests {
    @Test("key names as the config writes them", arguments: [
        ("x", Key.character("x")), ("X", .character("X")), ("ctrl+e", .control("e")), ("Ctrl+E", .control("e")),
        ("F5", .function(5)), ("f12", .function(12)), ("shift+tab", .backTab), ("Shift+Tab", .backTab),
        ("pgdn", .pageDown), ("PageUp", .pageUp), ("space", .character(" ")), ("esc", .escape), ("enter", .enter),
        ("shift+x", .character("X")), (":", .character(":")), ("é", .character("é")),
    ])
    func keyNames(_ name: String, _ key: Key) {
        #expect(KeyName.parse(name) == key)
    }

    @Test("unknown key names", arguments: ["ctrl+", "ctrl+ab", "ctrl+1", "F0", "F25", "meta+x", "shift+1", "xy", ""])
    func unknownKeys(_ name: String) {
        #expect(KeyName.parse(name) == nil)
    }

    @Test("every action can be rebound by its name")
    func everyAction() throws {
        for (index, action) in Command.allCases.enumerated() {
            let config = try ConfigLoader.parse("keymap:\n  \(action.rawValue): F\(index % 24 + 1)\n", file: "config.yaml")
            #expect(config.keymap.keys(for: action) == [.function(index % 24 + 1)], "\(action.rawValue)")
        }
    }

    @Test("an override replaces the action's default keys and frees them")
    func replaces() throws {
        let config = try ConfigLoader.parse("keymap:\n  run-job: ctrl+r\n  refresh: r\n", file: "config.yaml")
        #expect(config.keymap.command(for: .control("r")) == .runJob)
        #expect(config.keymap.command(for: .character("r")) == .refresh)
        #expect(config.keymap.command(for: .character("R")) == nil)
        #expect(config.keymap.command(for: .character("q")) == .quit)
    }

    @Test("one key for two actions in the file is refused naming both bindings")
    func conflictInFile() {
        let message = configError("keymap:\n  refresh: F5\n  follow: [F7, F5]\n")
        #expect(message == "config.yaml line 3: keymap.follow: key 'f5' is bound twice: to refresh (config.yaml line 2) and to follow (config.yaml line 3)")
    }

    @Test("a key still bound by default to another action is refused naming the default")
    func conflictWithDefault() {
        let message = configError("keymap:\n  refresh: r\n")
        #expect(message == "config.yaml line 2: keymap.refresh: key 'r' is bound twice: to run-job (a default binding) and to refresh (config.yaml line 2); give run-job another key in keymap, or pick another key")
    }

    @Test("the config's keymap is what the model uses")
    func modelKeymap() throws {
        let config = try ConfigLoader.parse("keymap:\n  quit: ctrl+q\n", file: "config.yaml")
        var model = Model(connection: ConnectionInfo(profile: "p", host: "h", envID: "e", flowID: "f"),
                          size: Size(width: 120, height: 40), now: .init(timeIntervalSince1970: 0), keymap: config.keymap)
        #expect(update(&model, .key(.character("q"))) == [])
        #expect(!model.isQuitting)
        #expect(update(&model, .key(.control("q"))).contains(.quit))
    }
}
