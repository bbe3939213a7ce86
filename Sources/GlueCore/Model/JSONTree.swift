import HotglueModels
import LosslessJSON

/// One visible line of a JSON document drawn as a foldable tree.
public struct JSONTreeRow: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `"key": {` or `[`, or a folded `"key": { … 3 keys }`.
        case open(isObject: Bool, childCount: Int, folded: Bool)
        /// `}` or `]`.
        case close(isObject: Bool)
        /// `"key": value` with the value already printed (and masked when secret).
        case scalar(text: String, kind: ScalarKind)
    }

    public enum ScalarKind: Hashable, Sendable { case string, number, bool, null, secret }

    public var depth: Int
    public var path: JSONPath
    /// The member name, or nil for array elements and the root.
    public var key: String?
    public var kind: Kind
    /// Whether a comma follows (so the text form is valid JSON when nothing is folded).
    public var trailingComma: Bool
}

/// Flattens a document into rows, honouring folded paths and masking secret values unless revealed.
public enum JSONTree {
    public static func rows(of document: JSONValue, folded: Set<JSONPath>, revealed: Set<JSONPath> = []) -> [JSONTreeRow] {
        var rows: [JSONTreeRow] = []
        append(document, key: nil, path: .root, depth: 0, comma: false, secret: false,
               folded: folded, revealed: revealed, into: &rows)
        return rows
    }

    private static func append(_ value: JSONValue, key: String?, path: JSONPath, depth: Int, comma: Bool, secret: Bool,
                               folded: Set<JSONPath>, revealed: Set<JSONPath>, into rows: inout [JSONTreeRow]) {
        switch value {
        case .object(let object):
            let isFolded = folded.contains(path) && !object.isEmpty
            rows.append(JSONTreeRow(depth: depth, path: path, key: key,
                                    kind: .open(isObject: true, childCount: object.count, folded: isFolded || object.isEmpty),
                                    trailingComma: (isFolded || object.isEmpty) && comma))
            guard !isFolded, !object.isEmpty else { return }
            var position = 0
            for (childKey, child) in object {
                position += 1
                append(child, key: childKey, path: path.appending(key: childKey), depth: depth + 1,
                       comma: position < object.count, secret: secret || SecretMasking.isSecretKey(childKey),
                       folded: folded, revealed: revealed, into: &rows)
            }
            rows.append(JSONTreeRow(depth: depth, path: path, key: nil, kind: .close(isObject: true), trailingComma: comma))
        case .array(let array):
            let isFolded = folded.contains(path) && !array.isEmpty
            rows.append(JSONTreeRow(depth: depth, path: path, key: key,
                                    kind: .open(isObject: false, childCount: array.count, folded: isFolded || array.isEmpty),
                                    trailingComma: (isFolded || array.isEmpty) && comma))
            guard !isFolded, !array.isEmpty else { return }
            for (index, child) in array.enumerated() {
                append(child, key: nil, path: path.appending(index: index), depth: depth + 1,
                       comma: index < array.count - 1, secret: secret,
                       folded: folded, revealed: revealed, into: &rows)
            }
            rows.append(JSONTreeRow(depth: depth, path: path, key: nil, kind: .close(isObject: false), trailingComma: comma))
        default:
            rows.append(JSONTreeRow(depth: depth, path: path, key: key,
                                    kind: scalar(value, underSecretKey: secret, revealed: revealed.contains(path)),
                                    trailingComma: comma))
        }
    }

    /// A scalar under a secret key is wholly masked; elsewhere a string is masked where its shape is a secret
    /// (a JWT, a URL's password, …), keeping the rest readable. Either way `v` reveals it (`revealed`).
    private static func scalar(_ value: JSONValue, underSecretKey: Bool, revealed: Bool) -> JSONTreeRow.Kind {
        guard !revealed, !value.isNull else { return .scalar(text: value.compact(), kind: scalarKind(value)) }
        if underSecretKey, value != JSONValue("") { return .scalar(text: SecretMasking.mask, kind: .secret) }
        if case .string(let string) = value, let masked = SecretMasking.maskingShapes(in: string.value) {
            return .scalar(text: JSONValue(masked).compact(), kind: .secret)
        }
        return .scalar(text: value.compact(), kind: scalarKind(value))
    }

    private static func scalarKind(_ value: JSONValue) -> JSONTreeRow.ScalarKind {
        switch value {
        case .string: return .string
        case .number: return .number
        case .bool: return .bool
        default: return .null
        }
    }
}
