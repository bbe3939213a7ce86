import Foundation
import GlueCore
import HotglueAPI
import Yams

/// Reads one config file into a `ConfigDocument`:
/// ```yaml
/// include: team.yaml                  # team files, read first; this file overrides them field by field
/// default_profile: staging
/// profiles:
///   prod:
///     base_url: https://api.hotglue.com
///     env_id: prod.hg.example.com
///     flows: [l8odS2mce, k2Zr9aXq]     # the first is the default, unless default_flow says otherwise
///     default_flow: l8odS2mce
///     api_key: command:pass show hotglue/prod      # or env:VAR, file:PATH (0600)
///     api_key_kind: secret             # or public, which needs tenant_signing_key
///     tenant_signing_key: file:~/.config/gluetop/prod-signing.pem
///     readonly: true
///     production: true
///     theme: high-contrast
///     webhooks: {listen: 127.0.0.1:9090, secret: env:HOTGLUE_WEBHOOK_SECRET}   # the dashboard listens itself
///     events: env:GLUETOP_EVENTS_URL   # or postgres://user@host/db: webhooks from `gluetop relay`'s database
///     pulse: {requests_per_second: 0.5}   # the pulse's sweep without webhooks
///     start: pulse                     # the first screen (dashboard by default)
/// keymap:
///   refresh: F5                        # action name (Command's raw value): a key or a list of keys
/// ``` Anything it does not understand — an unknown key at any level,
/// a wrong type, a key given twice — is refused with the file, the line, the key and the reason.
enum ConfigParser {
    static let topLevelKeys = ["default_profile", "include", "keymap", "profiles"]
    static let profileKeys = ["api_key", "api_key_kind", "base_url", "default_flow", "env_id", "flows", "production",
                              "readonly", "tenant_signing_key", "theme", "webhooks", "events", "pulse", "start",
                              "copy"]

    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigDocument {
        var document = ConfigDocument(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: YAMLErrorText.line(of: error), key: "(yaml)",
                              reason: YAMLErrorText.reason(of: error))
        } catch {
            throw ConfigError(file: file, line: nil, key: "(yaml)", reason: "not valid YAML")
        }
        guard let root else { return document }  // an empty file is an empty config
        guard let mapping = root.mapping else {
            throw ConfigError(file: file, line: root.mark?.line ?? 1, key: "(top)",
                              reason: "the config is a mapping with \(topLevelKeys.joined(separator: ", "))")
        }
        for entry in try entries(of: mapping, file: file, prefix: "", allowed: topLevelKeys, what: "the config") {
            switch entry.key {
            case "include":
                document.includes = try stringList(entry.value, key: "include", at: entry.location, what: "a path")
            case "default_profile":
                document.defaultProfile = Located(try string(entry.value, key: entry.key, at: entry.location,
                                                             what: "a profile name"), at: entry.location)
            case "profiles":
                document.profiles = try profiles(entry.value, at: entry.location, file: file)
            default:
                document.keymap = try KeymapParser.parse(entry.value, at: entry.location, file: file)
            }
        }
        return document
    }

    private static func profiles(_ node: Node, at location: SourceLocation, file: String) throws(ConfigError) -> [ProfileDraft] {
        guard let mapping = node.mapping else {
            throw location.error("profiles", "must be a mapping of profile names to profiles")
        }
        var drafts: [ProfileDraft] = []
        for entry in try entries(of: mapping, file: file, prefix: "profiles.", allowed: nil, what: "") {
            drafts.append(try profile(named: entry.key, entry.value, at: entry.location, file: file))
        }
        return drafts
    }

    private static func profile(named name: String, _ node: Node, at location: SourceLocation,
                                file: String) throws(ConfigError) -> ProfileDraft {
        let prefix = "profiles.\(name)"
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            throw location.error(prefix, "a profile name is one word (it is typed after :profile)")
        }
        guard let mapping = node.mapping else {
            throw location.error(prefix, "must be a mapping with \(profileKeys.joined(separator: ", "))")
        }
        var draft = ProfileDraft(name: name, location: location)
        for entry in try entries(of: mapping, file: file, prefix: prefix + ".", allowed: profileKeys, what: "a profile") {
            let key = "\(prefix).\(entry.key)"
            let at = entry.location
            switch entry.key {
            case "base_url": draft.baseURL = Located(try string(entry.value, key: key, at: at, what: "a URL"), at: at)
            case "env_id": draft.envID = Located(try string(entry.value, key: key, at: at, what: "an environment id"), at: at)
            case "flows":
                let flows = try stringList(entry.value, key: key, at: at, what: "a flow id")
                guard !flows.isEmpty else { throw at.error(key, "must list at least one flow id") }
                draft.flows = Located(flows.map(\.value), at: at)
            case "default_flow":
                draft.defaultFlow = Located(try string(entry.value, key: key, at: at, what: "a flow id"), at: at)
            case "api_key": draft.apiKey = Located(try secretSource(entry.value, key: key, at: at), at: at)
            case "tenant_signing_key": draft.signingKey = Located(try secretSource(entry.value, key: key, at: at), at: at)
            case "api_key_kind":
                let text = try string(entry.value, key: key, at: at, what: "secret or public")
                guard let kind = APIKeyKind(rawValue: text) else { throw at.error(key, "must be secret or public") }
                draft.apiKeyKind = Located(kind, at: at)
            case "readonly": draft.readOnly = Located(try bool(entry.value, key: key, at: at), at: at)
            case "production": draft.production = Located(try bool(entry.value, key: key, at: at), at: at)
            case "webhooks":
                draft.webhooks = Located(try WebhooksConfigParser.parse(entry.value, key: key, at: at, file: file), at: at)
            case "events": draft.events = Located(try PulseConfigParser.events(entry.value, key: key, at: at), at: at)
            case "pulse":
                draft.pulse = Located(try PulseConfigParser.parse(entry.value, key: key, at: at, file: file), at: at)
            case "copy": draft.copy = Located(try bool(entry.value, key: key, at: at), at: at)
            case "start": draft.start = Located(try PulseConfigParser.start(entry.value, key: key, at: at), at: at)
            default: draft.theme = Located(try string(entry.value, key: key, at: at, what: "a theme name"), at: at)
            }
        }
        return draft
    }

    // MARK: - Typed values

    struct Entry {
        var key: String
        var value: Node
        var location: SourceLocation
    }

    /// The mapping's entries, refusing non-string keys and (with `allowed`) unknown keys. Keys given twice never get
    /// here: Yams refuses them while composing.
    static func entries(of mapping: Node.Mapping, file: String, prefix: String, allowed: [String]?,
                        what: String) throws(ConfigError) -> [Entry] {
        var result: [Entry] = []
        for (keyNode, value) in mapping {
            let location = SourceLocation(file: file, line: keyNode.mark?.line)
            guard keyNode.scalar != nil, let key = keyNode.string else {
                throw location.error(prefix.isEmpty ? "(key)" : String(prefix.dropLast()), "a key must be a plain word")
            }
            if let allowed, !allowed.contains(key) {
                throw location.error(prefix + key, "unknown key: \(what) has \(allowed.joined(separator: ", "))")
            }
            result.append(Entry(key: key, value: value, location: location))
        }
        return result
    }

    static func string(_ node: Node, key: String, at location: SourceLocation, what: String) throws(ConfigError) -> String {
        // `key:` with nothing after it (or `~`) is YAML's null, not an empty string: both are refused.
        let isNull = node.scalar?.style == .plain && node.null != nil
        guard let scalar = node.scalar, !isNull, !scalar.string.isEmpty else {
            throw location.error(key, "must be \(what)")
        }
        return scalar.string
    }

    static func bool(_ node: Node, key: String, at location: SourceLocation) throws(ConfigError) -> Bool {
        guard let value = node.bool else { throw location.error(key, "must be true or false") }
        return value
    }

    /// A single value or a list of them.
    static func stringList(_ node: Node, key: String, at location: SourceLocation,
                           what: String) throws(ConfigError) -> [Located<String>] {
        guard let sequence = node.sequence else {
            return [Located(try string(node, key: key, at: location, what: "\(what) or a list of them"), at: location)]
        }
        var values: [Located<String>] = []
        for item in sequence {
            let itemLocation = SourceLocation(file: location.file, line: item.mark?.line ?? location.line)
            values.append(Located(try string(item, key: key, at: itemLocation, what: what), at: itemLocation))
        }
        return values
    }

    static func secretSource(_ node: Node, key: String, at location: SourceLocation) throws(ConfigError) -> SecretSource {
        guard let scalar = node.scalar else { throw location.error(key, SecretSourceSyntaxError.noKind.description) }
        switch SecretSource.parse(scalar.string) {
        case .success(.file(let path)) where !path.hasPrefix("/") && !path.hasPrefix("~"):
            // A relative key file is beside the config file that names it, not wherever gluetop was started.
            let directory = URL(fileURLWithPath: location.file).deletingLastPathComponent()
            return .file(directory.appendingPathComponent(path).standardizedFileURL.path)
        case .success(let source): return source
        case .failure(let error): throw location.error(key, error.description)
        }
    }
}

/// Yams' parse errors as a line and words (shared with nothing else: ThemeFile keeps its own copy).
enum YAMLErrorText {
    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    static func reason(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "not valid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a key is given twice in one mapping: \(duplicates.joined(separator: ", "))"
        default:
            return "not valid YAML"
        }
    }
}
