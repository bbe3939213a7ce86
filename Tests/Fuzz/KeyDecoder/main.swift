// libFuzzer target: any bytes as keystrokes (Tests/Fuzz/run.sh builds and runs it).
//
// KeyDecoder decodes what ncurses' wget_wch answers, and ncurses turns the terminal's bytes (escape sequences,
// UTF-8) into those answers; so the bytes go through both, set up as TerminalScreen sets them up (newterm on the
// terminal type the first byte picks, raw, noecho, nonl, keypad, nodelay, intrflush off) and read by the loop
// TerminalScreen.readInput runs (KeyReader.readAvailable). The terminal is a pipe holding the bytes; the escape
// delay is 0 instead of 25 ms, which changes nothing for bytes that are all there already. The same bytes are then
// read as 5-byte records (a flag byte, a little-endian wint_t) and decoded directly, for answers no terminfo entry
// produces.
//
// Properties: never a crash or a hang; at most one key per byte; and once the pipe is empty and a read has
// returned, nothing is left inside ncurses (ppoll, which wakes the runtime to read, cannot see it there).

import CNCurses
import Glibc
import GlueCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let keystrokes = Array(UnsafeBufferPointer(start: data + 1, count: min(size - 1, Terminal.maxKeystrokes)))
    let terminal = Terminal.all[Int(data[0]) % Terminal.all.count]
    terminal.type(keystrokes)
    terminal.readAll(keystrokeCount: keystrokes.count)
    decodeRecords(keystrokes)
    return 0
}

private func decodeRecords(_ bytes: [UInt8]) {
    var index = 0
    while index + 5 <= bytes.count {
        var value: UInt32 = 0
        for offset in (1...4).reversed() { value = value << 8 | UInt32(bytes[index + offset]) }
        _ = KeyDecoder.decode(value, isKeyCode: bytes[index] & 1 == 1)
        index += 5
    }
}

/// One ncurses screen reading from a pipe, made once per terminal type (newterm is far slower than a run).
final class Terminal: @unchecked Sendable {
    /// Terminal types from ncurses-base, so every machine has them; vt220 sends Find/Select for Home/End.
    static let all: [Terminal] = {
        setlocale(LC_ALL, "C.UTF-8")
        return ["xterm-256color", "tmux-256color", "screen-256color", "linux", "vt220"].map(Terminal.init)
    }()

    /// Well under a pipe's capacity, so that writing the keystrokes never blocks.
    static let maxKeystrokes = 4096

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let keyboard: Int32
    let input: Int32

    private init(type: String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0, let inputFile = fdopen(fds[0], "r"), let outputFile = fopen("/dev/null", "w") else {
            fatalError("cannot make the pipe for \(type)")
        }
        guard let screen = newterm(type, outputFile, inputFile), let window = gt_stdscr() else {
            fatalError("no terminfo entry for \(type) (ncurses-base has it)")
        }
        self.screen = screen
        self.window = window
        input = fds[0]
        keyboard = fds[1]
        // As TerminalScreen.configureInput, but for the escape delay.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        intrflush(window, false)
        set_escdelay(0)
    }

    func type(_ keystrokes: [UInt8]) {
        var written = 0
        while written < keystrokes.count {
            let count = keystrokes[written...].withUnsafeBytes { write(keyboard, $0.baseAddress, $0.count) }
            guard count > 0 else { fatalError("cannot write the keystrokes to the pipe (errno \(errno))") }
            written += count
        }
    }

    /// As the runtime reads: TerminalScreen.readInput (KeyReader.readAvailable) each time ppoll says the terminal
    /// has bytes, so until the pipe is empty.
    func readAll(keystrokeCount: Int) {
        set_term(screen)
        var keys = 0
        repeat {
            keys += KeyReader.readAvailable(from: window, inputFD: input).count
            if keys > keystrokeCount { fatalError("more keys than bytes: \(keys) from \(keystrokeCount)") }
        } while pipeHoldsBytes()
        // Twice: a single ERR may only mean that ncurses pushed a key back (see KeyReader).
        var value: wint_t = 0
        if wget_wch(window, &value) != ERR || wget_wch(window, &value) != ERR {
            fatalError("input left inside ncurses after a read: no ppoll would wake to read it")
        }
    }

    private func pipeHoldsBytes() -> Bool {
        var request = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }
}
