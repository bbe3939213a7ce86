/// `:journal` opens the overlay at once (loading) and asks the runtime to read the file.
func openJournal(_ model: inout Model) -> [Effect] {
    model.overlay = .journal(JournalOverlay())
    return [.loadJournal]
}

func journalLoaded(_ model: inout Model, _ result: Result<JournalListing, JournalLoadError>) -> [Effect] {
    guard case .journal(var journal) = model.overlay else { return [] }
    switch result {
    case .success(let listing):
        journal.listing = listing
        journal.error = nil
    case .failure(let error):
        journal.error = error.message
    }
    journal.list.clamp(count: journal.rows.count, visibleRows: journalVisibleRows(model))
    model.overlay = .journal(journal)
    return []
}

func handleJournalKey(_ model: inout Model, _ journal: JournalOverlay, _ key: Key) -> [Effect] {
    var journal = journal
    let count = journal.rows.count
    let rows = journalVisibleRows(model)
    switch dialogCommand(for: key, in: model) {
    case .close?:
        model.overlay = nil
        return []
    case .refresh?:
        return [.loadJournal]
    case .moveDown: journal.list.move(by: 1, count: count, visibleRows: rows)
    case .moveUp: journal.list.move(by: -1, count: count, visibleRows: rows)
    case .top: journal.list.moveToStart(count: count, visibleRows: rows)
    case .bottom: journal.list.moveToEnd(count: count, visibleRows: rows)
    case .pageDown: journal.list.move(by: rows, count: count, visibleRows: rows)
    case .pageUp: journal.list.move(by: -rows, count: count, visibleRows: rows)
    case .reveal: revealNextSecret(&model, &journal)
    default: return []
    }
    model.overlay = .journal(journal)
    return []
}

/// `v`, as in the state pane, shows one masked value at a time: each press masks the one shown and reveals the
/// entry's next secret (before's first); after the last, all are masked again.
private func revealNextSecret(_ model: inout Model, _ journal: inout JournalOverlay) {
    guard let entry = journal.selected else {
        model.activity.notice = "no entry to reveal a value of"
        return
    }
    let secrets = JournalSecret.all(in: entry)
    guard !secrets.isEmpty else {
        model.activity.notice = "nothing is masked in this entry"
        return
    }
    let next = journal.revealed.flatMap(secrets.firstIndex(of:)).map { $0 + 1 } ?? 0
    if next < secrets.count {
        journal.revealed = secrets[next]
        model.activity.notice = "revealed \(secrets[next]) (\(next + 1) of \(secrets.count)) — v shows the next, masking this one"
    } else {
        journal.revealed = nil
        model.activity.notice = "all secrets of this entry masked"
    }
}

/// The list's share of the journal overlay (the lower part shows the selected entry).
func journalVisibleRows(_ model: Model) -> Int {
    max(3, (model.size.height - 4) / 2 - 2)
}
