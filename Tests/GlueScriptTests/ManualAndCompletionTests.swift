import ArgumentParser
import Foundation
@testable import GlueScript
import TestSupport
import Testing

@Suite("Man page and shell completions")
struct ManualAndCompletionTests {
    @Test("the man page is mdoc with every command's help, exit status and environment")
    func manualPage() {
        let page = ManualPage.render(ScriptCommands.self, date: Date(timeIntervalSince1970: 1_714_521_600))
        #expect(page.hasPrefix(".Dd May 1, 2024\n.Dt GLUETOP 1\n"))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            #expect(page.contains("\n.Sh \(section)\n"), "missing section \(section)")
        }
        for command in ["gluetop tenants", "gluetop connectors", "gluetop available", "gluetop supported",
                        "gluetop discover", "gluetop state get", "gluetop state set", "gluetop state delete",
                        "gluetop state undo", "gluetop jobs", "gluetop job run", "gluetop job watch"] {
            #expect(page.contains(".Ss \(command)\n"), "missing \(command)")
        }
        #expect(page.contains("--show-secrets"))
        // Every literal block is closed, and no help line is read as a roff request.
        #expect(page.components(separatedBy: ".Bd -literal").count == page.components(separatedBy: ".Ed\n").count)
        let requests = page.split(separator: "\n").filter { $0.hasPrefix(".") }
        let known = ["Dd", "Dt", "Os", "Sh", "Ss", "Nm", "Nd", "Op", "Bd", "Ed", "Bl", "El", "It"]
        for line in requests {
            #expect(known.contains { line.hasPrefix("." + $0) }, "unexpected request \(line)")
        }
    }

    @Test("groff formats the page without a warning", .needsTools("groff"))
    func groffLint() async throws {
        let page = ManualPage.render(ScriptCommands.self)
        let result = try await ChildProcess.run([try #require(Self.groff), "-mdoc", "-Tutf8", "-ww", "-z"], stdin: page,
                                          environment: [:])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("non-ASCII help text is escaped for roff")
    func escapes() {
        #expect(ManualPage.escapeLine("masked (••) a\\b") == "masked (\\[u2022]\\[u2022]) a\\eb")
        #expect(ManualPage.escapeLine(".Sh not a request") == "\\&.Sh not a request")
        let page = ManualPage.render(ScriptCommands.self)
        #expect(page.unicodeScalars.allSatisfy { $0.isASCII })
    }

    static var groff: String? {
        NeededTool.path("groff")
    }

    @Test("bash, zsh and fish completion scripts name the commands and options")
    func completions() {
        for shell in [CompletionShell.bash, .zsh, .fish] {
            let script = ScriptCommands.completionScript(for: shell)
            for word in ["tenants", "connectors", "discover", "state", "undo", "watch", "show-secrets", "tenant"] {
                #expect(script.contains(word), "\(shell) completions lack \(word)")
            }
        }
    }
}
