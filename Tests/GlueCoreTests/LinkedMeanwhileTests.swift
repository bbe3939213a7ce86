import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// A connector shown unlinked when picked, and linked by someone else before Enter: gluetop's re-read refuses the
/// link (it would replace that config). The form comes back as typed and now knows, so Enter replaces on purpose.
@Suite("Link of a connector linked meanwhile")
struct LinkedMeanwhileTests {
    typealias F = ChangeFixtures

    @Test("refused, form kept, the choice marked linked, the list read again; the next Enter says it replaces")
    func linkedMeanwhile() throws {
        var model = Fixtures.loaded()
        F.linkPreviewing(&model)
        let sent = Fixtures.press(&model, .enter)
        guard case .link(let tenant, let request, let reopen) = try #require(F.connectorRequest(sent)) else {
            try wrongCase(F.connectorRequest(sent), expected: ".link")
        }
        #expect(reopen.pickedIsLinked == false)
        let refusal = APIError(category: .conflict, summary: "stripe was linked to acme meanwhile, by someone else",
                               hint: "nothing was sent; Enter links it again, replacing that config")
        let effects = update(&model, .connectorChange(.linked(tenant, request, reopen: reopen, .failure(refusal),
                                                              journalProblem: nil, at: Fixtures.at(20))))
        #expect(effects == [.refreshNow([.connectors("acme")])])
        let form = try #require(F.form(model))
        #expect(form.fields == reopen.fields)
        #expect(form.pickedIsLinked == true)
        #expect(form.error == "link of stripe not sent: \(refusal.message)")
    }
}
