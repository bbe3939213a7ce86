import FaultMatrix
import Foundation
import Glibc

/// Each action driven by its keys in tmux until its change has left (its intent is in the journal), and the
/// two editor runs that get killed.
extension MatrixTerminal {
    /// acme's first connector, selected at start.
    static let connector = "salesforce"

    func send(_ action: MatrixAction) async throws {
        switch action {
        case .link:
            let id = try linkableConnector()
            try tmux.run(":link \(id)")
            try await screen("the link form of \(id)") { $0.contains("enter preview") }
            try await fillRequiredFieldsThenPreview()
            try press("Enter")
        case .update:
            try press("u")
            try await screen("the update form") { $0.contains("enter send changes") }
            try type("x")
            try press("Enter")
        case .unlink:
            try press("x")
            try await screen("the unlink question") { $0.contains("Unlink \(Self.connector)") }
            try type(Self.connector)
            try press("Enter")
        case .discover:
            try press("d")
        case .stateEdit:
            try steps("state")
            try press("4", "e")
            try await screen("the diff preview") { $0.contains("→ \"2031-01-01T00:00:00Z\"") }
            try press("y")
        case .reset:
            try resetState()
        case .undo:
            try resetState()
            try await waitForIntents(1)
            try await screen("the state deleted") { $0.contains("z restores it") }
            try press("z")
            try await screen("the undo preview") { $0.contains("y apply") }
            try press("y")
        case .runJob:
            try press("r")
            try await screen("the run form") { $0.contains("enter run") }
            try press("Enter")
        }
        try await waitForIntents(action == .undo ? 2 : 1)
    }

    private func resetState() throws {
        try press("4", "X")
        try type(Self.connector)
        try press("Enter")
    }

    /// Enter on the form: each required field left empty is named and focused; type into it until the preview.
    /// Typing clears the error, and Enter waits for that first, so a screen from before the typing is never read
    /// as the answer to the next Enter. (The value holds no y or n, which answer the preview.)
    private func fillRequiredFieldsThenPreview() async throws {
        for _ in 0..<8 {
            try press("Enter")
            let screen = try await screen("the preview or a required field") {
                $0.contains("Nothing is sent until you press Enter.") || $0.contains("is required")
            }
            if screen.contains("Nothing is sent until you press Enter.") { return }
            try type("value-from-tmux")
            try await self.screen("the error gone once typed") { !$0.contains("is required") }
        }
        throw E2EError("the link form never reached its preview")
    }

    /// A connector the flow supports that acme has not linked, asked of the emulator with the script commands.
    private func linkableConnector() throws -> String {
        let supported = try scriptIDs(["supported"])
        let linked = Set(try scriptIDs(["connectors", "--tenant", "acme"]))
        guard let id = supported.first(where: { !linked.contains($0) }) else {
            throw E2EError("every supported connector is linked to acme already")
        }
        return id
    }

    private func scriptIDs(_ arguments: [String]) throws -> [String] {
        let output = tmux.file("script-\(arguments[0]).json").path
        var environment = ProcessInfo.processInfo.environment
        environment["HOTGLUE_API_KEY"] = "e2e-key"
        let status = try ChildProcess.run(
            [binary] + arguments + ["-o", "json", "--base-url", emulatorURL, "--env", "demo.hg.example.com",
                                    "--flow", "l8odS2mce"],
            outputPath: output, environment: environment)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        guard status == 0, let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw E2EError("gluetop \(arguments.joined(separator: " ")) failed (\(status)): \(String(decoding: data, as: UTF8.self))")
        }
        return rows.compactMap { ($0["id"] ?? $0["connector_id"]) as? String }
    }

    /// The editor of `action` (a state edit, or `:update --editor`) saves its edit and is then killed with
    /// SIGKILL, by its pid; returns once the dashboard has its terminal back and says what happened.
    func killEditor(during action: MatrixAction) async throws {
        _ = FileManager.default.createFile(atPath: tmux.file("hang").path, contents: nil)
        if action == .stateEdit {
            try steps("state", "copy")
            try press("4", "e")
        } else {
            try steps("config", "copy")
            try tmux.run(":update --editor")
        }
        let pid = try await wait("the editor's pid", capture: { Self.read(self.tmux.file("editor.pid").path) }) {
            !$0.isEmpty
        }
        kill(Int32(pid.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, SIGKILL)
    }

    /// The kept text handed to the editor again (`e` or ctrl+e), as the copying editor saw it.
    func reopenKeptText(_ action: MatrixAction) async throws -> String {
        try press(action == .stateEdit ? "e" : "C-e")
        return try await wait("the editor run again on the kept text", capture: { Self.read(self.tmux.file("seen.txt").path) }) {
            !$0.isEmpty
        }
    }
}
