import ArgumentParser
import Foundation

/// A man page (mdoc) made from the argument parser's own configuration and help texts, so it never drifts from
/// `--help`: NAME and DESCRIPTION from the root, one subsection per command with its help, then exit status,
/// environment and files. `gluetop man > gluetop.1`.
public enum ManualPage {
    public static func render(_ root: any ParsableCommand.Type, date: Date = Date()) -> String {
        let name = root.configuration.commandName ?? root._commandName
        var page = """
            .Dd \(date.formatted(.dateTime.month(.wide).day().year().locale(Locale(identifier: "en_US_POSIX"))))
            .Dt \(name.uppercased()) 1
            .Os
            .Sh NAME
            .Nm \(name)
            .Nd \(escape(root.configuration.abstract))
            .Sh SYNOPSIS
            .Nm
            .Op Ar command
            .Op Ar options
            .Sh DESCRIPTION

            """
        page += literal(root.helpMessage(includeHidden: false, columns: 100))
        page += ".Sh COMMANDS\n"
        for (path, command) in commands(below: root, path: [name]) {
            page += ".Ss \(escape(path.joined(separator: " ")))\n"
            if !command.configuration.abstract.isEmpty { page += escape(command.configuration.abstract) + "\n" }
            page += literal(root.helpMessage(for: command, includeHidden: false, columns: 100))
        }
        page += """
            .Sh EXIT STATUS
            .Bl -tag -width 2n
            .It 0
            success
            .It 1
            API error (the same words as the dashboard's status line)
            .It 2
            usage or configuration error
            .It 3
            not found (tenant, connector, state, job)
            .It 4
            conflict or refused (a parallel job, a state changed meanwhile)
            .It 5
            timed out (--timeout with --wait)
            .El
            .Sh ENVIRONMENT
            .Bl -tag -width XDG_STATE_HOME
            .It Ev HOTGLUE_API_KEY
            the environment's secret API key, used with --base-url, --env and --flow
            .It Ev XDG_STATE_HOME
            where the journal is kept (default ~/.local/state)
            .It Ev XDG_CONFIG_HOME
            where the config file is kept (default ~/.config)
            .El
            .Sh FILES
            .Bl -tag -width Pa
            .It Pa $XDG_STATE_HOME/gluetop/journal.jsonl
            every change gluetop made, one JSON line each, states with their full before and after
            .El

            """
        return page
    }

    /// Every visible command below `command`, depth first, with its command path.
    static func commands(below command: any ParsableCommand.Type, path: [String])
        -> [([String], any ParsableCommand.Type)]
    {
        command.configuration.subcommands.filter { $0.configuration.shouldDisplay }.flatMap { sub in
            let subPath = path + [sub.configuration.commandName ?? sub._commandName]
            return [(subPath, sub)] + commands(below: sub, path: subPath)
        }
    }

    /// A help text as a literal display: each line escaped.
    static func literal(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }
        return ".Bd -literal\n" + lines.joined(separator: "\n") + "\n.Ed\n"
    }

    /// Text for one line of the page.
    static func escape(_ text: String) -> String {
        escapeLine(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Backslashes as `\e`, anything outside ASCII as `\[uXXXX]` (roff input is ASCII), and a line that starts
    /// like a request (`.` or `'`) guarded with `\&`.
    static func escapeLine(_ line: String) -> String {
        var escaped = ""
        for scalar in line.unicodeScalars {
            if scalar == "\\" {
                escaped += "\\e"
            } else if scalar.isASCII {
                escaped.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
