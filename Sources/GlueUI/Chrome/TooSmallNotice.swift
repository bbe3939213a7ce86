/// Below 80×24 the panes would be unreadable: say so, centred, with both sizes, instead of drawing them.
enum TooSmallNotice {
    static func draw(into frame: inout Frame, theme: Theme) {
        let size = frame.size
        guard size.width > 0, size.height > 0 else { return }
        let minimum = ScreenLayout.minimum
        let need = "\(minimum.width)×\(minimum.height)", have = "\(size.width)×\(size.height)"
        // The full sentence when it fits, else shorter ones, so both sizes stay readable in a sliver of a terminal.
        let candidates = ["terminal too small: need \(need), have \(have)", "too small: need \(need), have \(have)",
                          "need \(need), have \(have)", "need \(need)"]
        let lines = candidates.lazy.map { WordWrap.lines($0, width: size.width) }.first { $0.count <= size.height }
            ?? WordWrap.lines(candidates[candidates.count - 1], width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.prefix(size.height).enumerated() {
            let width = DisplayWidth.of(line)
            frame.put(line, x: max(0, (size.width - width) / 2), y: top + offset, style: theme.warning)
        }
    }
}
