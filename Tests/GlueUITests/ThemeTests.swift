import Foundation
@testable import GlueUI
import Testing

/// Theme definitions: checked values, clear errors, and the shipped YAML files equal to the built-in themes.
@Suite struct ThemeTests {
    @Test func coloursByNameNumberHexAndDefault() throws {
        let theme = try Theme(name: "t", definitions: [
            "text": StyleDefinition(fg: "bright-blue"),
            "dim": StyleDefinition(fg: "208", bg: "#ff8700"),
            "accent": StyleDefinition(fg: "default", bg: "#0f0", attrs: ["bold", "underline"]),
            "error": StyleDefinition(fg: "Bright_Red"),
        ])
        #expect(theme.text == Style(foreground: .ansi(12)))
        #expect(theme.dim == Style(foreground: .palette(208), background: .rgb(0xff, 0x87, 0x00)))
        #expect(theme.accent == Style(background: .rgb(0, 0xff, 0), attributes: [.bold, .underline]))
        #expect(theme.error == Style(foreground: .ansi(9)))
        #expect(theme.border == Theme.default.border, "roles left out come from the base theme")
    }

    @Test func baseThemeFillsTheRest() throws {
        let theme = try Theme(name: "mine", definitions: ["match": StyleDefinition(attrs: ["reverse"])], baseName: "mono")
        #expect(theme.name == "mine")
        #expect(theme.selection == Theme.mono.selection)
        #expect(theme.match == Style(attributes: .reverse))
    }

    @Test func errorsNameFileLineKeyAndReason() {
        func error(_ definitions: [String: StyleDefinition], base: String? = nil) -> String {
            do {
                _ = try Theme(name: "dusk", definitions: definitions, baseName: base, file: "themes/dusk.yaml")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error(["focusedBorder": StyleDefinition(fg: "bleu", line: 12)])
                == "themes/dusk.yaml line 12: styles.focusedBorder.fg: unknown colour 'bleu': use a name (red, bright-blue, …), a palette number 0–255, \"#rrggbb\" (quoted), or default")
        #expect(error(["focused_border": StyleDefinition(fg: "red", line: 3)])
                == "themes/dusk.yaml line 3: styles.focused_border: unknown style 'focused_border': did you mean focusedBorder?")
        #expect(error(["text": StyleDefinition(bg: "300", line: 4)])
                == "themes/dusk.yaml line 4: styles.text.bg: palette number 300 is out of range 0–255")
        #expect(error(["text": StyleDefinition(bg: "#12345", line: 4)])
                == "themes/dusk.yaml line 4: styles.text.bg: '#12345' is not a #rrggbb colour")
        #expect(error(["text": StyleDefinition(attrs: ["blink"], line: 5)])
                == "themes/dusk.yaml line 5: styles.text.attrs: unknown attribute 'blink': use bold, dim, italic, none, normal, reverse, underline")
        #expect(error([:], base: "solarized")
                == "themes/dusk.yaml: base: unknown base theme 'solarized': use default, high-contrast, mono")
    }

    @Test func attributeWordsSplitOnCommasSpacesAndBars() {
        #expect(StyleDefinition.attributeWords(in: "bold, reverse|underline  dim") == ["bold", "reverse", "underline", "dim"])
    }

    @Test(arguments: ["default", "high-contrast", "mono"])
    func shippedFileEqualsBuiltIn(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/\(name).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let file = try ThemeFileReader.read(text)
        #expect(file.name == name)
        let theme = try Theme(name: file.name, definitions: file.styles, baseName: file.base, file: "themes/\(name).yaml")
        let builtIn = try #require(Theme.builtIn(named: name))
        for role in ThemeRole.allCases {
            #expect(theme[role] == builtIn[role], "\(name): \(role.rawValue)")
        }
        #expect(Set(file.styles.keys) == Set(ThemeRole.allCases.map(\.rawValue)), "every role is written out")
    }
}

/// Just enough YAML for the shipped theme files (`name:`, `base:`, and `role: { fg: …, bg: …, attrs: [...] }` lines
/// under `styles:`, whole-line comments only), so the test target does not need Yams; GlueApp reads user files with Yams.
enum ThemeFileReader {
    struct File {
        var name: String
        var base: String?
        var styles: [String: StyleDefinition]
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ text: String) throws -> File {
        var file = File(name: "", base: nil, styles: [:])
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "styles:" { continue }
            let parts = trimmed.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw Problem(description: "line \(index + 1): expected key: value") }
            if !line.hasPrefix(" ") {
                if parts[0] == "name" { file.name = parts[1] }
                if parts[0] == "base" { file.base = parts[1] }
                continue
            }
            guard parts[1].hasPrefix("{"), parts[1].hasSuffix("}") else {
                throw Problem(description: "line \(index + 1): expected { fg: …, bg: …, attrs: [...] }")
            }
            file.styles[parts[0]] = try style(String(parts[1].dropFirst().dropLast()), line: index + 1)
        }
        return file
    }

    private static func style(_ body: String, line: Int) throws -> StyleDefinition {
        var definition = StyleDefinition(line: line)
        var rest = Substring(body)
        while let colon = rest.firstIndex(of: ":") {
            let key = rest[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            rest = rest[rest.index(after: colon)...].drop { $0 == " " }
            let value: String
            if rest.first == "[" {
                let close = rest.firstIndex(of: "]") ?? rest.endIndex
                value = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
                rest = rest[end...]
            }
            switch key {
            case "fg": definition.fg = value
            case "bg": definition.bg = value
            case "attrs": definition.attrs = StyleDefinition.attributeWords(in: value)
            default: throw Problem(description: "line \(line): unknown field \(key)")
            }
        }
        return definition
    }
}
