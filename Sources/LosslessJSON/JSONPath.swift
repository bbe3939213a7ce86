/// A location inside a JSON document: `bookmarks.Account.replication_key_value`, `streams[0].schema`,
/// `bookmarks["odd.key"]`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component]) {
        self.components = components
    }

    public init(arrayLiteral elements: Component...) {
        self.components = elements
    }

    public static let root = JSONPath([])

    public func appending(_ component: Component) -> JSONPath {
        JSONPath(components + [component])
    }

    public func appending(key: String) -> JSONPath { appending(.key(key)) }
    public func appending(index: Int) -> JSONPath { appending(.index(index)) }

    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(Array(components.dropLast()))
    }

    public var description: String {
        if components.isEmpty { return "(root)" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if JSONPath.isPlainKey(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"" + JSONPrinter.escaped(key) + "\"]"
                }
            }
        }
        return text
    }

    /// Parses the notation `description` writes. Returns nil for malformed paths.
    public init?(parsing text: String) {
        var components: [Component] = []
        let characters = Array(text)
        var i = 0
        var expectKey = true
        if text == "(root)" || text.isEmpty {
            self.components = []
            return
        }
        while i < characters.count {
            let c = characters[i]
            if c == "[" {
                i += 1
                guard i < characters.count else { return nil }
                if characters[i] == "\"" {
                    i += 1
                    var key = ""
                    while i < characters.count, characters[i] != "\"" {
                        if characters[i] == "\\", i + 1 < characters.count {
                            i += 1
                            key.append(characters[i] == "n" ? "\n" : characters[i])
                        } else {
                            key.append(characters[i])
                        }
                        i += 1
                    }
                    guard i + 1 < characters.count, characters[i] == "\"", characters[i + 1] == "]" else { return nil }
                    components.append(.key(key))
                    i += 2
                } else {
                    var digits = ""
                    while i < characters.count, characters[i].isASCII, characters[i].isNumber {
                        digits.append(characters[i])
                        i += 1
                    }
                    guard let index = Int(digits), i < characters.count, characters[i] == "]" else { return nil }
                    components.append(.index(index))
                    i += 1
                }
                expectKey = false
            } else if c == "." {
                guard !components.isEmpty, !expectKey else { return nil }
                expectKey = true
                i += 1
            } else {
                guard expectKey || components.isEmpty else { return nil }
                var key = ""
                while i < characters.count, characters[i] != ".", characters[i] != "[" {
                    key.append(characters[i])
                    i += 1
                }
                components.append(.key(key))
                expectKey = false
            }
        }
        guard !expectKey || components.isEmpty else { return nil }
        self.components = components
    }

    static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "$" || $0 == "@" }
    }
}

public struct JSONPathError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: JSONPath
    public let reason: String

    public init(path: JSONPath, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

extension JSONValue {
    public func value(at path: JSONPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let next = current[index] else { return nil }
                current = next
            }
        }
        return current
    }

    /// Replaces the value at `path`, or adds it when the last component is a new key of an existing object
    /// (appended after the object's other keys) or the index just past an array's end.
    public mutating func setValue(_ newValue: JSONValue, at path: JSONPath) throws(JSONPathError) {
        try update(path.components[...], fullPath: path) { slot throws(JSONPathError) in slot = newValue }
    }

    @discardableResult
    public mutating func removeValue(at path: JSONPath) throws(JSONPathError) -> JSONValue {
        guard let last = path.components.last, let parent = path.parent else {
            throw JSONPathError(path: path, reason: "the root cannot be removed")
        }
        var removed: JSONValue = .null
        try update(parent.components[...], fullPath: path) { container throws(JSONPathError) in
            switch (container, last) {
            case (.object(var object), .key(let key)):
                guard let value = object.removeValue(forKey: key) else {
                    throw JSONPathError(path: path, reason: "no key \"\(key)\"")
                }
                removed = value
                container = .object(object)
            case (.array(var array), .index(let index)):
                guard array.indices.contains(index) else {
                    throw JSONPathError(path: path, reason: "index \(index) is outside the array of \(array.count)")
                }
                removed = array.remove(at: index)
                container = .array(array)
            default:
                throw JSONPathError(path: path, reason: "\(parent) is \(container.kindName)")
            }
        }
        return removed
    }

    /// Edits locals and assigns `self` only at the end, so a thrown error leaves the value exactly as it was.
    private mutating func update(_ components: ArraySlice<JSONPath.Component>, fullPath: JSONPath,
                                 _ body: (inout JSONValue) throws(JSONPathError) -> Void) throws(JSONPathError) {
        guard let first = components.first else {
            try body(&self)
            return
        }
        let rest = components.dropFirst()
        switch (self, first) {
        case (.object(var object), .key(let key)):
            if var child = object[key] {
                try child.update(rest, fullPath: fullPath, body)
                object[key] = child
            } else if rest.isEmpty {
                var child: JSONValue = .null
                try body(&child)
                object[key] = child
            } else {
                throw JSONPathError(path: fullPath, reason: "no key \"\(key)\"")
            }
            self = .object(object)
        case (.array(var array), .index(let index)):
            if array.indices.contains(index) {
                var child = array[index]
                try child.update(rest, fullPath: fullPath, body)
                array[index] = child
            } else if index == array.count, rest.isEmpty {
                var child: JSONValue = .null
                try body(&child)
                array.append(child)
            } else {
                throw JSONPathError(path: fullPath, reason: "index \(index) is outside the array of \(array.count)")
            }
            self = .array(array)
        case (_, .key(let key)):
            throw JSONPathError(path: fullPath, reason: "cannot look up \"\(key)\" in \(kindName)")
        case (_, .index(let index)):
            throw JSONPathError(path: fullPath, reason: "cannot index [\(index)] into \(kindName)")
        }
    }
}

extension JSONPath.Component: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }
}
