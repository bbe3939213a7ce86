/// OSC 52, the terminal's clipboard: `ESC ] 52 ; c ; BASE64 BEL`. It travels through ssh as any output does.
///
/// - Directly (xterm, kitty, WezTerm, foot, …) the sequence is sent as it is.
/// - Inside tmux it is sent as it is too: with `set-clipboard on` (or `external`, the default, when the outer
///   terminal allows it) tmux keeps the text in its own paste buffer and forwards it to the outer terminal. Wrapping
///   it in tmux's passthrough (`ESC P tmux; …`) would skip tmux's buffer and needs `allow-passthrough`, off by
///   default.
/// - GNU screen does not know OSC 52: the sequence goes through its passthrough, `ESC P … ESC \`, in pieces of at
///   most 76 bytes (screen drops longer strings).
public enum ClipboardSequence {
    public enum Route: Equatable, Sendable {
        case direct
        case tmux
        case screen
    }

    /// Which way the terminal is reached, from the environment: tmux sets `TMUX`, screen `STY` (or a `screen*`
    /// TERM without tmux's variable).
    public static func route(environment: TerminalEnvironment) -> Route {
        if environment["TMUX"] != nil { return .tmux }
        if environment["STY"] != nil || (environment["TERM"] ?? "").hasPrefix("screen") { return .screen }
        return .direct
    }

    public static func bytes(copying text: String, route: Route) -> [UInt8] {
        let osc = Array("\u{1B}]52;c;".utf8) + Base64.encode(Array(text.utf8)) + [0x07]
        switch route {
        case .direct, .tmux:
            return osc
        case .screen:
            var wrapped: [UInt8] = []
            var start = 0
            while start < osc.count {
                let end = min(osc.count, start + screenPiece)
                wrapped += [0x1B, UInt8(ascii: "P")] + osc[start..<end] + [0x1B, UInt8(ascii: "\\")]
                start = end
            }
            return wrapped
        }
    }

    static let screenPiece = 76
}

/// RFC 4648 base64 with padding, for OSC 52 (Foundation is not imported by the terminal layer).
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)],
                    alphabet[Int(value >> 6 & 63)], alphabet[Int(value & 63)]]
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let value = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            out += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)],
                    rest == 2 ? alphabet[Int(value >> 6 & 63)] : UInt8(ascii: "="), UInt8(ascii: "=")]
        }
        return out
    }
}
