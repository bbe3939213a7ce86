import CNCurses
import GlueUI

extension TextAttributes {
    /// The ncurses attribute bits for these attributes. Kept under every colour capability, `.none` included,
    /// so that focus (bold) and selection (reverse) still show on a monochrome terminal.
    var cursesAttributes: attr_t {
        var bits = gt_a_normal()
        if contains(.bold) { bits |= gt_a_bold() }
        if contains(.dim) { bits |= gt_a_dim() }
        if contains(.reverse) { bits |= gt_a_reverse() }
        if contains(.underline) { bits |= gt_a_underline() }
        if contains(.italic) { bits |= gt_a_italic() }
        return bits
    }
}
