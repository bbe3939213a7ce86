import GlueCore
import GlueUI
import Testing

/// The pulse screen at the three sizes, and with the cursor moved into the connectors.
@Suite struct PulseGoldenTests {
    @Test(arguments: Fixtures.sizes)
    func pulse(size: Size) {
        Golden.assertFrame(PulseFixtures.pulse(size), named: Golden.name(size))
    }

    @Test func cursorOnAConnector() {
        var model = PulseFixtures.pulse(Fixtures.sizes[1])
        Fixtures.send(&model, .key(.character("G")))
        Golden.assertFrame(model, named: "120x40")
    }

    @Test func nothingHeardYet() {
        var model = Fixtures.loading(Fixtures.sizes[0])
        Fixtures.send(&model, .key(.character("P")))
        Golden.assertFrame(model, named: "80x24")
    }
}
