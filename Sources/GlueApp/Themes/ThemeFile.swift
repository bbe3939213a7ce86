import Foundation
import GlueUI
import Yams

/// Reads a theme YAML file (k9s skins are the model):
/// ```yaml
/// base: default          # optional: default, high-contrast or mono
/// styles:
///   focusedBorder: { fg: bright-cyan, attrs: [bold] }
///   selection: { fg: black, bg: "#5fafff" }
/// ```
/// Anything it does not understand is refused with the file, the line, the key and the reason.
public enum ThemeFile {
    static let topLevelKeys: Set<String> = ["name", "base", "description", "styles"]
    static let styleKeys: Set<String> = ["fg", "bg", "attrs"]

    public static func load(path: String, name: String? = nil) throws(ThemeDefinitionError) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ThemeDefinitionError(file: path, line: nil, key: "(file)", reason: "cannot be read: \(error.localizedDescription)")
        }
        let fallbackName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, file: path, name: name ?? fallbackName)
    }

    public static func parse(_ text: String, file: String, name: String) throws(ThemeDefinitionError) -> Theme {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ThemeDefinitionError(file: file, line: Self.line(of: error), key: "(yaml)", reason: Self.reason(of: error))
        } catch {
            throw ThemeDefinitionError(file: file, line: nil, key: "(yaml)", reason: "\(error)")
        }
        guard let root, let mapping = root.mapping else {
            throw ThemeDefinitionError(file: file, line: 1, key: "(top)", reason: "a theme is a mapping with a 'styles:' key")
        }
        var baseName: String?
        var definitions: [String: StyleDefinition] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            let line = keyNode.mark.map { $0.line }
            guard topLevelKeys.contains(key) else {
                throw ThemeDefinitionError(file: file, line: line, key: key,
                                           reason: "unknown key: a theme has \(topLevelKeys.sorted().joined(separator: ", "))")
            }
            switch key {
            case "base":
                guard let text = value.string else {
                    throw ThemeDefinitionError(file: file, line: line, key: key, reason: "must be a theme name")
                }
                baseName = text
            case "styles":
                guard let styles = value.mapping else {
                    throw ThemeDefinitionError(file: file, line: line, key: key, reason: "must be a mapping of style names")
                }
                for (roleNode, styleNode) in styles {
                    let role = roleNode.string ?? "\(roleNode)"
                    definitions[role] = try styleDefinition(styleNode, key: "styles.\(role)",
                                                            line: roleNode.mark?.line, file: file)
                }
            default:
                break
            }
        }
        return try Theme(name: name, definitions: definitions, baseName: baseName, file: file)
    }

    private static func styleDefinition(_ node: Node, key: String, line: Int?, file: String) throws(ThemeDefinitionError) -> StyleDefinition {
        guard let mapping = node.mapping else {
            throw ThemeDefinitionError(file: file, line: line, key: key, reason: "must be a mapping with fg, bg and attrs")
        }
        var definition = StyleDefinition(line: line)
        for (fieldNode, value) in mapping {
            let field = fieldNode.string ?? "\(fieldNode)"
            let fieldLine = fieldNode.mark?.line ?? line
            guard styleKeys.contains(field) else {
                throw ThemeDefinitionError(file: file, line: fieldLine, key: "\(key).\(field)",
                                           reason: "unknown field: a style has fg, bg and attrs")
            }
            switch field {
            case "fg", "bg":
                guard let text = value.string else {
                    throw ThemeDefinitionError(file: file, line: fieldLine, key: "\(key).\(field)",
                                               reason: "must be a colour: a name, a palette number or #rrggbb")
                }
                if field == "fg" { definition.fg = text } else { definition.bg = text }
            default:
                if let sequence = value.sequence {
                    definition.attrs = sequence.compactMap(\.string)
                } else if let text = value.string {
                    definition.attrs = StyleDefinition.attributeWords(in: text)
                } else {
                    throw ThemeDefinitionError(file: file, line: fieldLine, key: "\(key).attrs",
                                               reason: "must be a list of words such as [bold, reverse]")
                }
            }
        }
        return definition
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func reason(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "not valid YAML: \(problem)"
        default:
            return "not valid YAML"
        }
    }
}
