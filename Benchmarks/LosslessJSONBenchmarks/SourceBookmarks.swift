/// The `bookmarks` object of a tap's Singer state: one entry per stream, in the shapes taps really write (SDK
/// incremental, partitioned, classic `last_record`, integer and decimal cursors), with the values a lossy parser
/// damages: integers past 2^63 and decimals with trailing zeros.
struct SourceBookmarks {
    static let schemas = ["public", "sales", "billing", "crm", "erp_eu", "erp_us"]
    static let tables = [
        "invoices", "bills", "customers", "vendors", "payments", "journal_entries", "items", "purchase_orders",
        "sales_receipts", "credit_memos", "employees", "accounts", "deals", "contacts", "tickets", "refunds",
    ]
    static let regions = ["eu-west-1", "us-east-1", "ap-southeast-2", "sa-east-1"]

    /// Stream ids as database taps write them (`sales-bills_17`). Streams 0 and 1 hold the exact numbers
    /// `12345678901234567890` and `1.10`, which the fixture check looks for after a parse.
    static func streamName(_ index: Int) -> String {
        let table = tables[index % tables.count]
        let schema = schemas[(index / tables.count) % schemas.count]
        return "\(schema)-\(table)_\(index)"
    }

    var random: SplitMix64

    mutating func write(streamCount: Int, to writer: inout PythonStyleJSONWriter) {
        writer.object { writer in
            for index in 0..<streamCount {
                writer.key(Self.streamName(index))
                writeBookmark(index: index, to: &writer)
            }
        }
    }

    private mutating func writeBookmark(index: Int, to writer: inout PythonStyleJSONWriter) {
        switch index {
        case 0: writeCursor(key: "id", value: "12345678901234567890", to: &writer)
        case 1: writeCursor(key: "amount_cursor", value: "1.10", to: &writer)
        default:
            switch random.int(in: 0...99) {
            case 0..<55: writeIncremental(to: &writer)
            case 55..<75: writePartitioned(to: &writer)
            case 75..<85: writeClassic(to: &writer)
            case 85..<93: writeCursor(key: "id", value: bigInteger(), to: &writer)
            default: writeCursor(key: "amount_cursor", value: decimal(), to: &writer)
            }
        }
    }

    private mutating func writeIncremental(to writer: inout PythonStyleJSONWriter) {
        // The cursor has moved on from where the sync started.
        let (first, second) = (timestamp(), timestamp())
        let (startingValue, value) = (min(first, second), max(first, second))
        writer.object { writer in
            writer.key("replication_key")
            writer.string(random.pick(["updated_at", "modified_at", "LastModifiedDate", "systemModstamp"]))
            writer.key("replication_key_value")
            writer.string(value)
            writer.key("starting_replication_value")
            writer.string(startingValue)
            if random.chance(0.3) {
                let markerValue = timestamp()
                writer.key("progress_markers")
                writer.object { writer in
                    writer.key("Note")
                    writer.string("Progress is not resumable if interrupted.")
                    writer.key("replication_key")
                    writer.string("updated_at")
                    writer.key("replication_key_value")
                    writer.string(markerValue)
                }
            }
        }
    }

    private mutating func writePartitioned(to writer: inout PythonStyleJSONWriter) {
        let partitionCount = random.int(in: 2...8)
        writer.object { writer in
            writer.key("partitions")
            writer.array { writer in
                for _ in 0..<partitionCount {
                    let accountID = bigInteger()
                    let region = random.pick(Self.regions)
                    let value = timestamp()
                    writer.object { writer in
                        writer.key("context")
                        writer.object { writer in
                            writer.key("account_id")
                            writer.literal(accountID)
                            writer.key("region")
                            writer.string(region)
                        }
                        writer.key("replication_key")
                        writer.string("updated_at")
                        writer.key("replication_key_value")
                        writer.string(value)
                    }
                }
            }
        }
    }

    private mutating func writeClassic(to writer: inout PythonStyleJSONWriter) {
        let lastRecord = timestamp()
        let version = String(1_700_000_000_000 + random.int(in: 0...99_999_999_999))
        writer.object { writer in
            writer.key("last_record")
            writer.string(lastRecord)
            writer.key("version")
            writer.literal(version)
        }
    }

    private mutating func writeCursor(key: String, value: String, to writer: inout PythonStyleJSONWriter) {
        writer.object { writer in
            writer.key("replication_key")
            writer.string(key)
            writer.key("replication_key_value")
            writer.literal(value)
        }
    }

    /// Up to 20 digits, so many do not fit in an `Int` or survive a `Double`.
    private mutating func bigInteger() -> String {
        String(random.next() % 10_000_000_000 + 1) + zeroPadded(random.next() % 10_000_000_000, digits: 10)
    }

    /// Money-like decimals that keep their trailing zeros (`1.10`, `1250.00`).
    private mutating func decimal() -> String {
        let cents = UInt64(random.int(in: 0...99))
        return "\(random.int(in: 0...999_999))." + zeroPadded(cents, digits: 2)
    }

    private mutating func timestamp() -> String {
        let year = random.int(in: 2023...2026)
        let fields = [random.int(in: 1...12), random.int(in: 1...28), random.int(in: 0...23), random.int(in: 0...59),
                      random.int(in: 0...59)].map { zeroPadded(UInt64($0), digits: 2) }
        let date = "\(year)-\(fields[0])-\(fields[1])T\(fields[2]):\(fields[3]):\(fields[4])"
        guard random.chance(0.5) else { return date + "Z" }
        return date + "." + zeroPadded(UInt64(random.int(in: 0...999_999)), digits: 6) + "+00:00"
    }
}

/// `value` in decimal with leading zeros up to `digits` (the low half of a big integer, date fields, cents).
private func zeroPadded(_ value: UInt64, digits: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
