import CNCurses
import GlueCore

/// One thing read from the terminal: a key, or ncurses' note that the window size changed.
enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case resize
}

/// Decodes what `wget_wch` returns into a `Key`. Pure: `value` is the wint_t it stored, `isKeyCode` whether it
/// answered `KEY_CODE_YES` (a function key) rather than `OK` (a character). Returns nil for what gluetop has no
/// use for (mouse reports, modified function keys without a `Key`, stray control characters).
enum KeyDecoder {
    static func decode(_ value: UInt32, isKeyCode: Bool) -> TerminalInput? {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: value)) : decodeCharacter(value)
    }

    private static func decodeKeyCode(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        // Some terminfo entries (vt220, screen) send Home/End as Find/Select.
        case KEY_HOME, KEY_FIND: return .key(.home)
        case KEY_END, KEY_SELECT, KEY_LL: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case gt_key_f(1)...gt_key_f(63): return .key(.function(Int(code - gt_key_f(0))))
        default: return nil
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> TerminalInput? {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)  // nonl: Enter arrives as \r; \n is Ctrl-J, taken as Enter too
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x7F, 0x08: return .key(.backspace)  // DEL from most terminals, ^H from some
        case 0x01...0x1A:
            // Ctrl-A is 0x01 ... Ctrl-Z is 0x1A; Ctrl-H/I/J/M were taken above.
            return .key(.control(Character(Unicode.Scalar(UInt8(0x60) + UInt8(value)))))
        case 0x00: return .key(.control("@"))  // Ctrl-Space / Ctrl-@
        case 0x1C...0x1F:
            // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
            return .key(.control(Character(Unicode.Scalar(UInt8(0x40) + UInt8(value)))))
        case 0x80...0x9F:
            return nil  // C1 controls: never typed
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
