import ArgumentParser

/// Connection and output options written before the command, as kubectl, gh and git users write them
/// (`gluetop --profile prod tenants`, `gluetop -o json --profile prod jobs --tenant acme`): they are moved to just
/// after the command's name, where its parser reads them. Anything else before the command is left alone, so the
/// dashboard's own options (`gluetop --profile prod`, `gluetop --demo`) and real mistakes reach the parser as typed.
public enum LeadingOptions {
    /// The options every script command takes (`ConnectionOptions`, `OutputOptions`): whether each takes a value.
    static let global: [String: Bool] = [
        "--profile": true, "--config": true, "--base-url": true, "--env": true, "--flow": true, "--confirm": true,
        "--readonly": false, "-o": true, "--output": true, "--show-secrets": false,
    ]

    public struct Moved: Equatable, Sendable {
        /// The arguments as the parser gets them.
        public var arguments: [String]
        /// The options that were moved, by name (`--profile`), to explain a command that does not take one.
        public var options: [String]
        /// The command they were moved after, as typed (`state get`).
        public var command: String
    }

    /// `arguments` without the program name; `commands` the root's subcommands.
    public static func reorder(_ arguments: [String], commands: [any ParsableCommand.Type]) -> Moved? {
        var index = 0
        var leading: [String] = []
        var names: [String] = []
        while index < arguments.count, let (name, count) = option(at: index, in: arguments) {
            leading += arguments[index..<min(arguments.count, index + count)]
            names.append(name)
            index += count
        }
        guard !leading.isEmpty else { return nil }
        var level = commands
        var path: [String] = []
        while index < arguments.count,
              let command = level.first(where: { Self.names(of: $0).contains(arguments[index]) }) {
            path.append(arguments[index])
            level = command.configuration.subcommands
            index += 1
        }
        guard !path.isEmpty else { return nil }
        return Moved(arguments: path + leading + arguments[index...], options: names,
                     command: path.joined(separator: " "))
    }

    /// A global option at `index`: its name and how many arguments it spans (`--profile prod`: 2,
    /// `--profile=prod` and flags: 1).
    private static func option(at index: Int, in arguments: [String]) -> (String, Int)? {
        let argument = arguments[index]
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            let name = String(argument[..<equals])
            return global[name] == true ? (name, 1) : nil
        }
        guard let takesValue = global[argument] else { return nil }
        return (argument, takesValue ? 2 : 1)
    }

    private static func names(of command: any ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    /// The parser's complaint about a moved option the command does not take, said in the operator's terms; nil
    /// for any other message.
    public static func explain(_ message: String, _ moved: Moved) -> String? {
        guard let option = moved.options.first(where: { message.contains("Unknown option '\($0)'") }) else {
            return nil
        }
        return "'gluetop \(moved.command)' does not take \(option) (it was given before the command); "
            + "see gluetop \(moved.command) --help"
    }
}
