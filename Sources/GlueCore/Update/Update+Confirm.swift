/// Every change at Hotglue leaves through here: refused in read-only mode; otherwise the action's own
/// confirmation (if it has one), then on a profile marked production one more that needs the profile's name
/// typed, then the request. `returnTo` is the overlay a cancel goes back to (a form keeps its values), and
/// `cancelNotice` what a cancel says.
func requestChange(_ model: inout Model, _ request: APIRequest, confirmation: Confirmation?,
                   notice: String, returnTo: Overlay? = nil, cancelNotice: String? = nil) -> [Effect] {
    guard !model.connection.readOnly else {
        model.activity.notice = "read-only: this would change something at Hotglue (profile \(model.connection.profile))"
        return []
    }
    if var confirmation {
        if let returnTo { confirmation.returnTo = returnTo }
        if let cancelNotice { confirmation.cancelNotice = cancelNotice }
        model.overlay = .confirm(confirmation)
        return []
    }
    if model.connection.production {
        var question = productionConfirmation(model, request: request, notice: notice)
        question.returnTo = returnTo
        if let cancelNotice { question.cancelNotice = cancelNotice }
        model.overlay = .confirm(question)
        return []
    }
    model.activity.notice = notice
    return [.api(request)]
}

/// The second question on a production profile: it names the environment and wants the profile name typed.
func productionConfirmation(_ model: Model, request: APIRequest, notice: String) -> Confirmation {
    let profile = model.connection.profile
    return Confirmation(
        title: "PRODUCTION · \(profile)",
        lines: ["\(notice.trimmingSuffix("…")) in \(model.connection.envID) (flow \(model.connection.flowID)).",
                "Profile \(profile) is marked production."],
        answer: .typed(profile), request: request, pendingNotice: notice, productionConfirmed: true)
}

/// A yes/no question reads the keymap (`confirm`, `no`, `close`); a typed answer is text, so only Esc and Enter
/// are keys there.
func handleConfirmKey(_ model: inout Model, _ confirmation: Confirmation, _ key: Key) -> [Effect] {
    var confirmation = confirmation
    if case .yesNo = confirmation.answer {
        switch dialogCommand(for: key, in: model, reading: [.confirmation]) {
        case .no?, .close?: return cancelConfirmation(&model, confirmation)
        case .confirm?: return confirmed(&model, confirmation)
        default: return []
        }
    }
    switch (confirmation.answer, key) {
    case (_, .escape):
        return cancelConfirmation(&model, confirmation)
    case (.typed(let expected), .enter):
        guard confirmation.input.text == expected else {
            confirmation.error = confirmation.input.text.isEmpty
                ? "type \(expected) and press Enter, or Esc to cancel"
                : "'\(confirmation.input.text)' is not \(expected): nothing was changed"
            model.overlay = .confirm(confirmation)
            return []
        }
        return confirmed(&model, confirmation)
    case (.typed, _):
        guard confirmation.input.apply(key) else { return [] }
        confirmation.error = nil
        model.overlay = .confirm(confirmation)
        return []
    default:
        return []
    }
}

private func cancelConfirmation(_ model: inout Model, _ confirmation: Confirmation) -> [Effect] {
    model.overlay = confirmation.returnTo
    model.activity.notice = confirmation.cancelNotice
    return []
}

private func confirmed(_ model: inout Model, _ confirmation: Confirmation) -> [Effect] {
    if model.connection.production, !confirmation.productionConfirmed {
        var question = productionConfirmation(model, request: confirmation.request, notice: confirmation.pendingNotice)
        question.returnTo = confirmation.returnTo
        question.cancelNotice = confirmation.cancelNotice
        model.overlay = .confirm(question)
        return []
    }
    model.overlay = nil
    model.activity.notice = confirmation.pendingNotice
    return [.api(confirmation.request)]
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
