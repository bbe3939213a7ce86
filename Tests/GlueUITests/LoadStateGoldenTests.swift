import GlueUI
import Testing

/// Loading, error, stale and empty looks of every pane.
@Suite struct LoadStateGoldenTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func loading(size: Size) {
        Golden.assertFrame(Fixtures.loading(size), named: Golden.name(size))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func unauthorized(size: Size) {
        Golden.assertFrame(Fixtures.unauthorized(size), named: Golden.name(size))
    }

    @Test(arguments: Fixtures.sizes)
    func stale(size: Size) {
        Golden.assertFrame(Fixtures.stale(size), named: Golden.name(size))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func empty(size: Size) {
        Golden.assertFrame(Fixtures.empty(size), named: Golden.name(size))
    }

    @Test func staleKeepsTheLastGoodRows() {
        let text = view(Fixtures.stale(Size(width: 120, height: 40)), theme: .default).text
        #expect(text.contains("salesforce"))
        #expect(text.contains("⚠ stale since 12:01:05"))
        #expect(text.contains("○ stale since 12:01:00"))
        #expect(text.contains("⟳ 1 retry"))
        #expect(text.contains("server error (502)"))
    }

    @Test func anErrorWithoutDataShowsTheOperatorMessage() {
        let text = view(Fixtures.unauthorized(Size(width: 120, height: 40)), theme: .default).text
        #expect(text.contains("┃ ✗ API key"), "in the tenants pane, wrapped")
        #expect(text.contains("✗ 12:03:30 API key rejected (401) by prod.hg.example.com: check the key"), "in the footer")
        #expect(text.contains("✗ not connected"))
    }
}
