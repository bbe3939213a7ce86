import GlueUI
import Testing

/// The dashboard as a whole, at the three sizes DESIGN.md names.
@Suite struct WholeScreenGoldenTests {
    @Test(arguments: Fixtures.sizes)
    func dashboard(size: Size) {
        Golden.assertFrame(Fixtures.dashboard(size), named: Golden.name(size))
    }

    @Test(arguments: Fixtures.sizes)
    func focusOnJobs(size: Size) {
        Golden.assertFrame(Fixtures.focused(.jobs, zoomed: false, in: Fixtures.dashboard(size)), named: Golden.name(size))
    }

    @Test(arguments: Fixtures.sizes)
    func productionReadOnlyWithRetry(size: Size) {
        var model = Fixtures.dashboard(size)
        model.connection.production = true
        model.connection.readOnly = true
        Fixtures.send(&model, .retryScheduled(.init(operation: "poll job", attempt: 1, maxAttempts: 5, delaySeconds: 2,
                                                    reason: "429")))
        Golden.assertFrame(model, named: Golden.name(size))
    }

    @Test(arguments: [Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 30, height: 6),
                      Size(width: 12, height: 3)])
    func terminalTooSmall(size: Size) {
        Golden.assertFrame(Fixtures.dashboard(size), named: Golden.name(size))
    }
}
