/// A run of text in one style: the unit lines are composed of before they are written into a frame.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }

    public var width: Int { DisplayWidth.of(text) }
}

extension Array where Element == Span {
    public var width: Int { reduce(0) { $0 + $1.width } }
}
