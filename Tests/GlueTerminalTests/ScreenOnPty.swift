import Foundation
import GlueUI
import Testing
@testable import GlueTerminal

/// All tests that run ncurses: ncurses keeps process-global state, so they run one at a time.
@Suite("Terminal on a pseudo-terminal", .serialized)
struct PseudoTerminalTests {}

/// A `TerminalScreen` started on the slave side of a fresh pty.
final class ScreenOnPty {
    let pty: PseudoTerminal
    let screen: TerminalScreen

    init(rows: UInt16 = 24, columns: UInt16 = 80, terminalType: String = "xterm-256color",
         environment: [String: String] = [:], synchronizedOutput: Bool = false,
         installsSignalHandlers: Bool = false, start: Bool = true) throws {
        pty = try PseudoTerminal(rows: rows, columns: columns)
        var variables = environment
        variables["TERM"] = variables["TERM"] ?? terminalType
        screen = TerminalScreen(configuration: TerminalConfiguration(
            inputFD: pty.slave, outputFD: pty.slave, terminalType: terminalType,
            environment: TerminalEnvironment(variables), synchronizedOutput: synchronizedOutput,
            installsSignalHandlers: installsSignalHandlers))
        if start { try screen.start() }
    }

    deinit {
        screen.stop()
        pty.stopReading()
    }

    /// Draws and returns exactly the bytes the draw sent.
    func bytes(drawing frame: Frame) throws -> [UInt8] {
        screen.draw(frame)
        return try pty.takeOutput()
    }
}

extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }

    func contains(_ sequence: String) -> Bool {
        let needle = Array(sequence.utf8)
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

/// A frame shaped like gluetop's dashboard: borders, a header, a selected row, coloured statuses, plain text.
func sampleDashboard(_ size: Size, tick: Int = 0) -> Frame {
    var frame = Frame(size: size)
    let border = Style(foreground: .palette(67))
    let header = Style(foreground: .ansi(15), background: .palette(24), attributes: [.bold])
    frame.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: header)
    frame.put(" gluetop  prod · env prod.hg.example.com · flow l8odS2mce", x: 0, y: 0, style: header)
    frame.put("● live  12 req/min  last 2s ago", x: size.width - 34, y: 0, style: header.with(.bold))
    let paneWidth = size.width / 3
    for pane in 0..<3 {
        let x0 = pane * paneWidth, x1 = pane == 2 ? size.width - 1 : x0 + paneWidth - 1
        frame.put("┌" + String(repeating: "─", count: x1 - x0 - 1) + "┐", x: x0, y: 1, style: border)
        frame.put(" Pane \(pane + 1) ", x: x0 + 2, y: 1, style: border.with(.bold))
        for y in 2..<(size.height - 2) {
            frame.put("│", x: x0, y: y, style: border)
            frame.put("│", x: x1, y: y, style: border)
        }
        frame.put("└" + String(repeating: "─", count: x1 - x0 - 1) + "┘", x: x0, y: size.height - 2, style: border)
        for row in 0..<(size.height - 4) {
            let status = (row + pane) % 3
            let statusStyle = Style(foreground: [TerminalColor.rgb(80, 200, 120), .rgb(230, 80, 60), .ansi(3)][status])
            let text = "tenant-\(row * 7 + pane)  connector-\(row % 11)  \(["✓ SYNC_SUCCESS", "✗ SYNC_FAILED", "… RUNNING"][status])"
            frame.put(text, x: x0 + 2, y: row + 2, style: row == 3 ? Style(attributes: [.reverse]) : statusStyle,
                      maxWidth: x1 - x0 - 3)
        }
    }
    frame.put(" ? help  / filter  : command  q quit   tick \(tick)", x: 0, y: size.height - 1,
              style: Style(attributes: [.dim]))
    return frame
}
