import GlueCore
import GlueUI
import Testing

@Suite("Read-only view")
struct ReadOnlyViewTests {
    @Test("--readonly removes discover from the key hints and the help, and says READ-ONLY")
    func mutationsHidden() {
        var model = Fixtures.focused(.connectors, zoomed: false, in: Fixtures.dashboard(Size(width: 200, height: 50)))
        #expect(view(model, theme: .default).text.contains("d discover"))
        model.connection.readOnly = true
        let screen = view(model, theme: .default).text
        #expect(!screen.contains("d discover"))
        #expect(screen.contains("READ-ONLY"))
        model = Fixtures.keys([.character("?")], in: model)
        #expect(!view(model, theme: .default).text.contains("discover the selected"))
        model.connection.readOnly = false
        #expect(view(model, theme: .default).text.contains("discover the selected"))
    }
}
