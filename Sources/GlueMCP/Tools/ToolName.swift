/// Every tool gluetop serves: the twelve of the Hotglue v2 capability, named as it names them, and gluetop's own
/// read-only ones. `pulse` (issue #13) is not here: the pulse view does not exist yet.
enum ToolName: String, CaseIterable, Sendable {
    case getlinkedconnectors, linkconnector, updatelinkedconnector, unlinkconnector
    case triggerdiscover, polldiscover
    case getconnectorstate, setconnectorstate, deleteconnectorstate
    case runjob, listavailableconnectors, listsupportedconnectors
    case listtenants, listjobs, getjobstatus, getjoblog
}
