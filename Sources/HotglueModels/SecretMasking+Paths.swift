import LosslessJSON

extension SecretMasking {
    /// The paths of the values `masked(_:)` hides, in document order: what `v` steps through where a whole
    /// document is shown on a few lines (the journal's before and after) rather than as a tree with a cursor.
    public static func maskedPaths(in value: JSONValue) -> [JSONPath] {
        var paths: [JSONPath] = []
        collectDifferences(value, masked(value), path: [], into: &paths)
        return paths
    }

    private static func collectDifferences(_ original: JSONValue, _ masked: JSONValue, path: [JSONPath.Component],
                                           into paths: inout [JSONPath]) {
        switch (original, masked) {
        case (.object(let object), .object(let maskedObject)):
            for (key, member) in object {
                guard let maskedMember = maskedObject[key] else { continue }
                collectDifferences(member, maskedMember, path: path + [.key(key)], into: &paths)
            }
        case (.array(let items), .array(let maskedItems)):
            for (index, item) in items.enumerated() where index < maskedItems.count {
                collectDifferences(item, maskedItems[index], path: path + [.index(index)], into: &paths)
            }
        default:
            if original != masked { paths.append(JSONPath(path)) }
        }
    }
}
