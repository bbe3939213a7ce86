import HotglueModels

/// gluetop's guards for a tool call, whatever the tool's hints say: a read-only profile changes nothing (its
/// changing tools are not even listed, and a call by name is refused too); on a production profile every change
/// needs `confirm` naming its target (`tenant/connector`), as the dashboard asks the operator to type it; unlinking
/// and deleting state need it on every profile.
struct ChangeGuard: Sendable {
    var profile: String
    var readOnly: Bool
    var production: Bool

    func check(_ spec: ToolSpec, tenant: TenantID, connector: ConnectorID, confirm: String?) throws(ToolFailure) {
        guard spec.safety != .reads else { return }
        if readOnly {
            throw ToolFailure(category: .refused,
                              message: "profile \(profile) is read-only: \(spec.name.rawValue) refused, nothing was sent",
                              whatToDo: "Use the read tools; a change needs an operator with a writable profile.")
        }
        let target = "\(tenant)/\(connector)"
        let needed = production || spec.safety == .destroys
        guard needed, confirm != target else { return }
        let why = production ? "profile \(profile) is production" : "\(spec.name.rawValue) destroys what it removes"
        let given = confirm.map { " (confirm was \"\($0)\")" } ?? ""
        throw ToolFailure(category: .refused,
                          message: "\(why): \(spec.name.rawValue) of \(target) needs confirm \"\(target)\"\(given); "
                              + "nothing was sent",
                          whatToDo: "Ask the operator whether to \(Self.verb(spec.name)) \(target); if they agree, call "
                              + "again with confirm: \"\(target)\".",
                          argument: "confirm")
    }

    static func verb(_ tool: ToolName) -> String {
        switch tool {
        case .linkconnector: return "link"
        case .updatelinkedconnector: return "update"
        case .unlinkconnector: return "unlink"
        case .triggerdiscover: return "start a discovery of"
        case .setconnectorstate: return "replace the state of"
        case .deleteconnectorstate: return "delete the state of"
        case .runjob: return "run a job of"
        default: return "change"
        }
    }
}
