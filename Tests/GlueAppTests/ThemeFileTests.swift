import Foundation
@testable import GlueApp
import GlueUI
import Testing

@Suite("Theme files")
struct ThemeFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the shipped theme files load and equal the built-in themes", arguments: ["default", "high-contrast", "mono"])
    func shipped(_ name: String) throws {
        let theme = try ThemeFile.load(path: Self.root.appendingPathComponent("themes/\(name).yaml").path)
        #expect(theme == Theme.builtIn(named: name))
    }

    @Test("a file can change a few styles on top of a base theme")
    func partial() throws {
        let theme = try ThemeFile.parse("""
            base: mono
            styles:
              focusedBorder: { fg: bright-cyan, attrs: [bold] }
              selection: { fg: black, bg: "#5fafff", attrs: "bold reverse" }
            """, file: "dusk.yaml", name: "dusk")
        #expect(theme.focusedBorder == Style(foreground: .ansi(14), attributes: [.bold]))
        #expect(theme.selection.attributes == [.bold, .reverse])
        #expect(theme.text == Theme.mono.text)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let yaml: String
        let message: String
        var testDescription: String { message }
    }

    static let bad: [Bad] = [
        Bad(yaml: "styles:\n  focusedBorder: { fg: bleu }\n", message: "dusk.yaml line 2: styles.focusedBorder.fg: unknown colour 'bleu'"),
        Bad(yaml: "colours:\n  a: b\n", message: "dusk.yaml line 1: colours: unknown key"),
        Bad(yaml: "styles:\n  focussedBorder: { fg: red }\n", message: "dusk.yaml line 2: styles.focussedBorder: unknown style 'focussedBorder'"),
        Bad(yaml: "styles:\n  selection: { fg: red, blink: true }\n", message: "dusk.yaml line 2: styles.selection.blink: unknown field"),
        Bad(yaml: "base: neon\nstyles: {}\n", message: "dusk.yaml: base: unknown base theme 'neon'"),
        Bad(yaml: "styles: [\n", message: "dusk.yaml line 2: (yaml): not valid YAML"),
    ]

    @Test("a bad theme is refused with the file, the line, the key and the reason", arguments: bad)
    func refused(_ example: Bad) {
        do {
            _ = try ThemeFile.parse(example.yaml, file: "dusk.yaml", name: "dusk")
            Issue.record("accepted: \(example.yaml)")
        } catch {
            #expect(error.description.hasPrefix(example.message), "got: \(error.description)")
        }
    }

    @Test("an unknown theme name is a launch error listing the themes")
    func unknownName() {
        #expect(throws: LaunchError.self) {
            _ = try ThemeLoader.load(selected: "neon", file: nil, paths: AppPaths(environment: ["HOME": "/nonexistent"]),
                                     environment: [:])
        }
    }

    @Test("NO_COLOR draws every theme in monochrome")
    func noColor() throws {
        let loaded = try ThemeLoader.load(selected: "default", file: nil,
                                          paths: AppPaths(environment: ["HOME": "/nonexistent"]),
                                          environment: ["NO_COLOR": "1"])
        #expect(loaded.set.theme(named: "default") == Theme.mono)
    }
}
