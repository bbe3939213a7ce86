import CNCurses

/// Reads every key ncurses holds, decoded: the terminal read of `TerminalScreen.readInput`, apart so that the
/// fuzz target (Tests/Fuzz/KeyDecoder) runs this very loop.
enum KeyReader {
    /// `window` must be in nodelay mode, reading `inputFD`. Drains ncurses completely: bytes it has read ahead sit
    /// in its own buffer, which ppoll cannot see.
    ///
    /// One ERR is not the end. wget_wch also answers ERR when a function key cuts a multibyte character short (an
    /// invalid byte before an arrow key, say), pushing the key back for the next call, and when 144 bytes make no
    /// character, pushing the next byte back. Either way it has read input, and ncurses holds fewer bytes than
    /// that; so two ERRs in a row, each from a call that started with nothing waiting on the terminal, mean that
    /// ncurses holds nothing more. A long run of ERRs may also stop while bytes wait: those wake ppoll again.
    static func readAvailable(from window: UnsafeMutablePointer<WINDOW>, inputFD: Int32) -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        var value: wint_t = 0
        var errors = 0
        var errorsWithNothingWaiting = 0
        while true {
            let nothingWaiting = gt_bytes_waiting(inputFD) == 0
            let status = wget_wch(window, &value)
            if status == ERR {
                errors += 1
                errorsWithNothingWaiting = nothingWaiting ? errorsWithNothingWaiting + 1 : 0
                if errorsWithNothingWaiting == 2 { break }
                if errors >= 64, gt_bytes_waiting(inputFD) > 0 { break }
                continue
            }
            errors = 0
            errorsWithNothingWaiting = 0
            if let input = KeyDecoder.decode(value, isKeyCode: status == KEY_CODE_YES) {
                inputs.append(input)
            }
        }
        return inputs
    }
}
