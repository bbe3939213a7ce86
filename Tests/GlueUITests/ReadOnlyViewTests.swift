import GlueCore
import GlueUI
import Testing

@Suite("Read-only view")
struct ReadOnlyViewTests {
    static let mutationHelp = ["discover the catalog", "link a connector", "update the config", "unlink the connector",
                               "run a job", ":discover", ":link", ":run", ":state", ":unlink", ":update"]

    @Test("--readonly removes every mutation from the key hints and the help, and says READ-ONLY")
    func mutationsHidden() {
        var model = Fixtures.focused(.connectors, zoomed: false, in: Fixtures.dashboard(Size(width: 200, height: 50)))
        let hints = view(model, theme: .default).text
        #expect(hints.contains("d discover") && hints.contains("l link") && hints.contains("x unlink"))
        model.connection.readOnly = true
        let screen = view(model, theme: .default).text
        #expect(!screen.contains("d discover") && !screen.contains("l link") && !screen.contains("x unlink"))
        #expect(screen.contains("READ-ONLY"))
        model = Fixtures.keys([.character("?")], in: model)
        let readOnlyHelp = view(model, theme: .default).text
        for text in Self.mutationHelp {
            #expect(!readOnlyHelp.contains(text), "read-only help shows \(text)")
        }
        model.connection.readOnly = false
        let help = view(model, theme: .default).text
        for text in Self.mutationHelp {
            #expect(help.contains(text), "help lacks \(text)")
        }
    }
}
