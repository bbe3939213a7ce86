@testable import GlueMCP
import MCP
import Testing

/// The tool list as a profile shows it: names and hints exactly as the capability gives them, and what a read-only
/// profile leaves out.
@Suite("MCP tool catalog")
struct ToolCatalogTests {
    /// (readOnly, destructive, idempotent), from issue #12.
    static let expected: [String: (Bool, Bool, Bool)] = [
        "getlinkedconnectors": (true, false, true), "linkconnector": (false, false, false),
        "updatelinkedconnector": (false, false, false), "unlinkconnector": (false, true, true),
        "triggerdiscover": (true, false, true), "polldiscover": (true, false, true),
        "getconnectorstate": (true, false, true), "setconnectorstate": (false, false, true),
        "deleteconnectorstate": (false, true, true), "runjob": (false, false, false),
        "listavailableconnectors": (true, false, true), "listsupportedconnectors": (true, false, true),
        "listtenants": (true, false, true), "listjobs": (true, false, true), "getjobstatus": (true, false, true),
        "getjoblog": (true, false, true),
    ]

    @Test("every tool has the capability's hints exactly, an object input schema and an output schema")
    func hints() {
        let tools = ToolCatalog.listed(readOnly: false).map(\.tool)
        #expect(Set(tools.map(\.name)) == Set(Self.expected.keys))
        #expect(tools.count == Self.expected.count)
        for tool in tools {
            let want = Self.expected[tool.name]
            let got = (tool.annotations.readOnlyHint, tool.annotations.destructiveHint, tool.annotations.idempotentHint)
            #expect(got.0 == want?.0 && got.1 == want?.1 && got.2 == want?.2, "\(tool.name): \(got)")
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name)")
            #expect(tool.outputSchema?.objectValue?["type"] == "object", "\(tool.name)")
        }
    }

    @Test("a read-only profile lists only the tools that read: no change, no triggerdiscover")
    func readOnlyListing() {
        let names = Set(ToolCatalog.listed(readOnly: true).map(\.name.rawValue))
        #expect(names == ["getlinkedconnectors", "polldiscover", "getconnectorstate", "listavailableconnectors",
                          "listsupportedconnectors", "listtenants", "listjobs", "getjobstatus", "getjoblog"])
    }

    @Test("unlinking and deleting state require confirm in their schemas; every changing tool takes it")
    func confirmInSchemas() {
        for spec in ToolCatalog.all where spec.safety != .reads {
            let properties = spec.input.objectValue?["properties"]?.objectValue ?? [:]
            #expect(properties["confirm"] != nil, "\(spec.name)")
            let required = spec.input.objectValue?["required"]?.arrayValue ?? []
            #expect(required.contains("confirm") == (spec.safety == .destroys), "\(spec.name)")
        }
    }

    @Test("resource URIs read back as written, ids percent-encoded")
    func resourceURIs() {
        let state = ResourceURI.state("acme co", "sales/force")
        #expect(state.text == "hotglue://acme%20co/sales%2Fforce/state")
        #expect(ResourceURI(state.text) == state)
        let job = ResourceURI.job(JobResourceURI(tenant: "acme", jobID: "37g_DK"))
        #expect(job.text == "hotglue://acme/jobs/37g_DK")
        #expect(ResourceURI("hotglue://acme/jobs/37g_DK") == job)
        #expect(ResourceURI("hotglue://acme/jobs/37g_DK/log") == .jobLog(JobResourceURI(tenant: "acme", jobID: "37g_DK")))
        #expect(ResourceURI("hotglue://nowhere") == nil)
        #expect(ResourceURI("https://acme/x/state") == nil)
    }
}
