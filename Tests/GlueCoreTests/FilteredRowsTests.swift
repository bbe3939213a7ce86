import GlueCore
import Testing

@Suite("Filtered rows")
struct FilteredRowsTests {
    static let names = (0..<500).map { "Tenant-\($0)" } + ["acme", "ACME_eu", "Ünïcode-9", "globex", "acme_apac"]

    /// What the filter must give, computed the slow way.
    static func expected(_ filter: String) -> [String] {
        filter.isEmpty ? names : names.filter { $0.lowercased().contains(filter.lowercased()) }
    }

    @Test("typing, erasing and replacing the filter always gives what a full search gives",
          arguments: [["9", "99", "991", "99", "9", ""], ["a", "ac", "acm", "acme", "acme_", "acme_e", "x"],
                      ["T", "Te", "te", "ten", "tenant-4", "tenant-49", "tenant-4", "ü", "üN"], ["1", "10", "0", "10"],
                      ["tenant-4", "tenant-", "tenant-49", "Tenant-49", "tenant-4", "x", "tenant", "tenant-49"],
                      ["a", "ab", "b", "ab", "cme", "acme", "ACME", "", "acme_eu", "acme"]])
    func narrowingMatchesAFullSearch(_ steps: [String]) {
        var rows = FilteredRows<String>()
        rows.setItems(Self.names) { $0 }
        for filter in steps {
            rows.setFilter(filter)
            #expect(rows.visible == Self.expected(filter), "after '\(filter)'")
        }
        // New items under a narrowed filter are searched in full.
        rows.setItems(Self.names + ["tenant-999x"]) { $0 }
        let last = steps.last ?? ""
        #expect(rows.visible == (last.isEmpty ? Self.names + ["tenant-999x"]
                                 : (Self.names + ["tenant-999x"]).filter { $0.lowercased().contains(last.lowercased()) }))
    }
}
