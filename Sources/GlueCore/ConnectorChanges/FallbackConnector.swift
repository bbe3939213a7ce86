import HotglueModels
import LosslessJSON

/// When the link answer does not read as a connector, the row the list shows at once is made from what was picked
/// (`ConnectorsPane.insertLinked`).
func fallbackConnector(_ request: LinkConnectorRequest, _ form: ChangeForm) -> LinkedConnector? {
    var object: JSONObject = ["id": JSONValue(request.connector.rawValue)]
    if let label = form.connector?.label { object["label"] = JSONValue(label) }
    if let type = form.connector?.type { object["type"] = JSONValue(type.rawValue) }
    return try? LinkedConnector(json: .object(object))
}
