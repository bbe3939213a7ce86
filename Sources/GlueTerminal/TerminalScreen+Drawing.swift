import CNCurses
import Glibc
import GlueUI

extension TerminalScreen {
    /// Draws `frame`: writes the cells that differ from the frame drawn last into the ncurses window, places or
    /// hides the cursor, then one `doupdate`, which sends the terminal only what changed. A frame identical to
    /// the last one sends nothing at all.
    public func draw(_ frame: Frame) {
        latestFrame = frame
        guard let window, !isSuspended else { return }
        var repaint = pendingRepaint
        pendingRepaint = .none
        var wroteCells: Bool
        switch writeCells(of: frame, into: window, repaint: repaint, pairResetAllowed: true) {
        case .written(let wrote):
            wroteCells = wrote
        case .pairsExhausted:
            // Every colour-pair number is taken: start over with fresh pairs. The numbers already on the
            // screen now mean other colours, so clear and send everything.
            colors.reset()
            repaint = .clearScreen
            guard case .written(let wrote) = writeCells(of: frame, into: window, repaint: repaint,
                                                        pairResetAllowed: false) else { return }
            wroteCells = wrote
        }
        drawnFrame = frame
        let cursorMoved = placeCursor(frame.cursor, frameSize: frame.size, in: window)
        guard wroteCells || cursorMoved || repaint != .none else { return }
        present(window)
    }

    /// Clears the terminal and draws `frame` in full, in one update (Ctrl-L with a new frame to show).
    public func drawClearingFirst(_ frame: Frame) {
        pendingRepaint = .clearScreen
        draw(frame)
    }

    /// Clears the terminal and draws the last frame again in full (Ctrl-L: something else wrote to the screen).
    public func redrawAll() {
        pendingRepaint = .clearScreen
        if let latestFrame { draw(latestFrame) }
    }

    enum CellWriteResult {
        case written(Bool)
        case pairsExhausted
    }

    private func writeCells(of frame: Frame, into window: UnsafeMutablePointer<WINDOW>, repaint: Repaint,
                            pairResetAllowed: Bool) -> CellWriteResult {
        let windowWidth = Int(getmaxx(window)), windowHeight = Int(getmaxy(window))
        var previous: Frame? = nil
        switch repaint {
        case .clearScreen:
            wclear(window)  // erase, and clear the terminal at the next doupdate
        case .allCells:
            werase(window)
        case .none:
            if let drawnFrame, drawnFrame.size == frame.size {
                previous = drawnFrame
            } else {
                werase(window)  // the frame changed size: what it no longer covers must not linger
            }
        }
        let width = min(frame.size.width, windowWidth), height = min(frame.size.height, windowHeight)
        var wrote = false
        for y in 0..<height {
            let rowStart = y * frame.size.width
            if let previous, previous.cells[rowStart..<rowStart + frame.size.width]
                == frame.cells[rowStart..<rowStart + frame.size.width] {
                continue
            }
            for x in 0..<width {
                let cell = frame.cells[rowStart + x]
                if let previous, previous.cells[rowStart + x] == cell { continue }
                // The right half of a wide character is drawn with its left half.
                if cell.isContinuation { continue }
                let wide = x + 1 < frame.size.width && frame.cells[rowStart + x + 1].isContinuation
                guard write(cell, wide: wide, x: x, y: y, windowWidth: windowWidth, into: window,
                            pairResetAllowed: pairResetAllowed) else {
                    return .pairsExhausted
                }
                wrote = true
            }
        }
        return .written(wrote)
    }

    /// Writes one cell; false when its colour pair could not be allocated and a reset is allowed.
    private func write(_ cell: Cell, wide: Bool, x: Int, y: Int, windowWidth: Int,
                       into window: UnsafeMutablePointer<WINDOW>, pairResetAllowed: Bool) -> Bool {
        var attributes: attr_t
        var pair: Int32
        switch colors.resolve(cell.style) {
        case .resolved(let resolvedAttributes, let resolvedPair):
            attributes = resolvedAttributes
            pair = resolvedPair
        case .exhausted(let resolvedAttributes):
            if pairResetAllowed { return false }
            attributes = resolvedAttributes
            pair = 0
        }
        let glyph: CellGlyph
        if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F, !wide {
            glyph = CellGlyph(characters: [Int32(ascii)], padsNextColumn: false)
        } else if wide && x + 1 >= windowWidth {
            glyph = CellGlyph(characters: [Int32(UInt8(ascii: " "))], padsNextColumn: false)  // no room for both halves
        } else {
            glyph = CellGlyph.make(cell.character, frameColumns: wide ? 2 : 1, width: { wcwidth($0) })
        }
        put(glyph.characters, attributes: attributes, pair: &pair, x: x, y: y, into: window)
        if glyph.padsNextColumn && x + 1 < windowWidth {
            put([Int32(UInt8(ascii: " "))], attributes: attributes, pair: &pair, x: x + 1, y: y, into: window)
        }
        return true
    }

    private func put(_ characters: [Int32], attributes: attr_t, pair: inout Int32, x: Int, y: Int,
                     into window: UnsafeMutablePointer<WINDOW>) {
        for index in 0..<wideCharacters.count {
            wideCharacters[index] = index < characters.count ? characters[index] : 0
        }
        var cell = cchar_t()
        // The pair goes through setcchar's `opts` (an int), which carries numbers beyond a short's range.
        _ = wideCharacters.withUnsafeBufferPointer { buffer in
            setcchar(&cell, buffer.baseAddress, attributes, 0, &pair)
        }
        // The bottom-right cell answers ERR (the cursor cannot move past it) but is stored all the same.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// Places the cursor where the frame wants it, or hides it. True when visibility or position changed.
    private func placeCursor(_ cursor: Point?, frameSize: Size, in window: UnsafeMutablePointer<WINDOW>) -> Bool {
        let windowWidth = Int(getmaxx(window)), windowHeight = Int(getmaxy(window))
        var target = cursor
        if let point = target, point.x < 0 || point.y < 0 || point.x >= windowWidth || point.y >= windowHeight {
            target = nil
        }
        let changed = (target != nil) != cursorVisible || target != cursorPosition
        cursorPosition = target
        if let target {
            leaveok(window, false)
            wmove(window, Int32(target.y), Int32(target.x))
        } else {
            // A hidden cursor need not be put back anywhere: ncurses saves the moves.
            leaveok(window, true)
        }
        return changed
    }

    /// One doupdate for the frame, wrapped in synchronized-output markers where supported. Cursor visibility
    /// changes are sent outside ncurses' buffer by curs_set: hide before the frame, show after it, so the
    /// cursor never blinks at a stale position.
    private func present(_ window: UnsafeMutablePointer<WINDOW>) {
        let showCursor = cursorPosition != nil
        if usesSynchronizedOutput { writeDirectly(SynchronizedOutput.begin) }
        if !showCursor && cursorVisible != false {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
        if showCursor && cursorVisible != true {
            curs_set(1)
            cursorVisible = true
        }
        if usesSynchronizedOutput { writeDirectly(SynchronizedOutput.end) }
    }
}
