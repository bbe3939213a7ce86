/// One terminal cell: a grapheme and its style. A wide grapheme occupies its cell and marks the next one as its
/// continuation (`isContinuation`), so that every row has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// What `view` produces: a grid of cells, plus where the terminal cursor should be (if visible).
/// Pure data; the terminal layer draws it, tests read it as text.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should show (a text field being edited), or nil to hide it.
    public var cursor: Point?

    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` at (x, y) in `style`, clipped to `clip` (default: the whole frame) and to `maxWidth` columns.
    /// Returns the number of columns written. A wide character that would straddle the clip edge is not drawn.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain,
                             maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < size.height else { return 0 }
        let limit = min(area.maxX, size.width, maxWidth.map { x + $0 } ?? Int.max)
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit { break }
            if column >= max(area.x, 0) {
                self[column, y] = Cell(character, style: style)
                if width == 2 {
                    self[column + 1, y] = Cell(" ", style: style, isContinuation: true)
                }
            }
            column += width
        }
        return column - x
    }

    /// Sets the style of every cell in `rect` (clipped to the frame) and blanks their characters.
    public mutating func fill(_ rect: Rect, style: Style = .plain, character: Character = " ") {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 {
                self[x, y] = Cell(character, style: style)
            }
        }
    }

    /// Changes only the style of the cells in `rect`, keeping their characters (used for selection bars).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 {
                self[x, y].style = transform(self[x, y].style)
            }
        }
    }

    /// Row `y` as text (continuation cells skipped), trailing spaces kept so columns line up.
    public func line(_ y: Int) -> String {
        var text = ""
        text.reserveCapacity(size.width)
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { text.append(cell.character) }
        }
        return text
    }

    /// The whole frame as text, one line per row, trailing spaces trimmed: what golden tests compare.
    public var text: String {
        (0..<size.height).map { y in
            var row = line(y)
            while row.last == " " { row.removeLast() }
            return row
        }.joined(separator: "\n")
    }
}
