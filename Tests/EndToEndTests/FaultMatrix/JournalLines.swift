import Foundation

/// The journal file as the tmux cells read it: intent ids in order, and each one's outcome result.
struct JournalLines {
    private(set) var intents: [String] = []
    private var results: [String: String] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String else { continue }
            switch object["kind"] as? String {
            case "intent": intents.append(id)
            case "outcome": results[id] = object["result"] as? String
            default: break
            }
        }
    }

    func result(_ id: String) -> String? { results[id] }
}

/// One line of the emulator's access log: `POST /v2/…/jobs → 201  [fault: latency]` (`→ dropped` when cut).
struct EmulatorLogLine {
    var method: String
    var path: String
    var status: Int
    var fault: String?

    static func parse(_ text: String) -> [EmulatorLogLine] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 4, words[2] == "→", words[1].hasPrefix("/") else { return nil }
            let fault = line.range(of: "[fault: ").map { String(line[$0.upperBound...].prefix { $0 != "]" }) }
            return EmulatorLogLine(method: String(words[0]), path: String(words[1]), status: Int(words[3]) ?? 0,
                                   fault: fault)
        }
    }
}
