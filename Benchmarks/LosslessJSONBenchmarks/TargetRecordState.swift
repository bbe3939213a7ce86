/// The target side of a Hotglue state: for each exported stream a list of `{hash, success, id, externalId,
/// error}`, one per record sent, and a `summary` with counts per stream. Failed records carry the API's error text,
/// with the quotes, newlines and non-ASCII (escaped by Python as `\uXXXX`) that real messages have.
struct TargetRecordState {
    static let streams = ["Invoices", "Bills", "Customers", "Vendors", "Payments", "JournalEntries", "Items", "CreditMemos"]
    static let prefixes = ["INV", "BILL", "CUS", "VEN", "PAY", "JE", "ITM", "CM"]
    static let errors = [
        #"HTTP 400: {"message": "Duplicate document number \"INV-2024-0042\"", "code": 6140}"#,
        "Rate limit exceeded, retry after 60s\nrequest id: 7f3c2a90-1d2e-4b8f-9c1a-55e0d3b2a1f4",
        "Vendor „Müller & Söhne GmbH“ is inactive; activate it in the ERP first",
        "Kunde “Café Zürich” existiert bereits (id 12345678901234567890) 🚫",
        "ValidationError: field 'TotalAmt' must equal the sum of Line.Amount (1.10 != 1.1)",
    ]

    var random: SplitMix64

    /// Writes the stream lists and the summary as members of the enclosing (top-level) object.
    mutating func writeMembers(recordsPerStream: Int, to writer: inout PythonStyleJSONWriter) {
        var summaries: [(stream: String, success: Int, fail: Int, updated: Int)] = []
        for (streamIndex, stream) in Self.streams.enumerated() {
            var success = 0
            var fail = 0
            var updated = 0
            writer.key(stream)
            writer.array { writer in
                for recordIndex in 0..<recordsPerStream {
                    let succeeded = random.chance(0.97)
                    if succeeded { success += 1 } else { fail += 1 }
                    if succeeded, random.chance(0.2) { updated += 1 }
                    writeRecord(prefix: Self.prefixes[streamIndex], index: recordIndex, succeeded: succeeded,
                                to: &writer)
                }
            }
            summaries.append((stream, success, fail, updated))
        }
        writer.key("summary")
        writer.object { writer in
            for summary in summaries {
                writer.key(summary.stream)
                writer.object { writer in
                    writer.key("success")
                    writer.literal(String(summary.success))
                    writer.key("fail")
                    writer.literal(String(summary.fail))
                    writer.key("existing")
                    writer.literal("0")
                    writer.key("updated")
                    writer.literal(String(summary.updated))
                }
            }
        }
    }

    private mutating func writeRecord(prefix: String, index: Int, succeeded: Bool,
                                      to writer: inout PythonStyleJSONWriter) {
        let hash = random.hex(count: 40)
        let externalID = String(random.int(in: 100_000...99_999_999))
        let error = succeeded ? nil : random.pick(Self.errors)
        writer.object { writer in
            writer.key("hash")
            writer.string(hash)
            writer.key("success")
            writer.literal(succeeded ? "true" : "false")
            writer.key("id")
            writer.string("\(prefix)-\(index)")
            writer.key("externalId")
            if succeeded { writer.string(externalID) } else { writer.literal("null") }
            writer.key("error")
            if let error { writer.string(error) } else { writer.literal("null") }
        }
    }
}
