import ArgumentParser
import HotglueModels
import LosslessJSON

/// How results are printed.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, yaml
}

/// `-o table|json|yaml` and `--show-secrets`, shared by every command that prints API data.
public struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: "table, json or yaml (default: table on a terminal, json when piped).")
    public var format: OutputFormat?

    @Flag(name: .customLong("show-secrets"), help: "Print secrets (tokens, keys, passwords) instead of masking them.")
    public var showSecrets = false

    public init() {}

    func resolvedFormat(_ context: ScriptContext) -> OutputFormat {
        format ?? (context.standardOutput.isTerminal ? .table : .json)
    }

    /// `value` as it may be shown: secrets masked unless `--show-secrets`.
    func shown(_ value: JSONValue) -> JSONValue {
        showSecrets ? value : SecretMasking.masked(value)
    }

    /// A value found at `path` in a larger document (a diff's from and to): masked as it would be in place.
    func shown(_ value: JSONValue, at path: JSONPath) -> JSONValue {
        showSecrets ? value : SecretMasking.masked(value, at: path)
    }

    /// Prints `json` (already masked by the caller) as JSON or YAML, or `table()` for a table.
    func print(_ json: JSONValue, in context: ScriptContext, table: () -> String) throws {
        switch resolvedFormat(context) {
        case .json: context.standardOutput.write(json.pretty() + "\n")
        case .yaml: context.standardOutput.write(try YAMLRendering.render(json))
        case .table: context.standardOutput.write(table())
        }
    }
}
