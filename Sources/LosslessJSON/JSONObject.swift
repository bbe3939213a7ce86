/// A JSON object that keeps its keys in document order and holds each key once.
public struct JSONObject: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public struct Member: Hashable, Sendable {
        public let key: JSONString
        public var value: JSONValue
    }

    public private(set) var members: [Member]
    /// Key → position in `members`; rebuilt after removals. Keeps lookups O(1) in large state documents.
    private var positions: [String: Int]

    public init() {
        members = []
        positions = [:]
    }

    /// Later duplicates replace earlier values in place, keeping the first position.
    public init(_ pairs: [(String, JSONValue)]) {
        self.init()
        for (key, value) in pairs {
            self[key] = value
        }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// For the parser: appends a member whose key is known to be new.
    mutating func appendNew(key: JSONString, value: JSONValue) {
        positions[key.value] = members.count
        members.append(Member(key: key, value: value))
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key.value) }

    public func contains(_ key: String) -> Bool { positions[key] != nil }

    public subscript(key: String) -> JSONValue? {
        get { positions[key].map { members[$0].value } }
        set {
            if let newValue {
                if let position = positions[key] {
                    members[position].value = newValue
                } else {
                    appendNew(key: JSONString(key), value: newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = positions[key] else { return nil }
        let removed = members.remove(at: position).value
        positions[key] = nil
        for index in position..<members.count {
            positions[members[index].key.value] = index
        }
        return removed
    }

    public func makeIterator() -> AnyIterator<(key: String, value: JSONValue)> {
        var iterator = members.makeIterator()
        return AnyIterator {
            guard let member = iterator.next() else { return nil }
            return (member.key.value, member.value)
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members == rhs.members
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members)
    }
}
