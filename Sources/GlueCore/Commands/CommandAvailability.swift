extension Command {
    /// Why the command cannot run now, as the status line says it, or nil when it can. Keys, the palette and the
    /// hint bar all ask here.
    public func unavailableReason(in model: Model) -> String? {
        if changesHotglue, model.connection.readOnly {
            return "read-only: '\(summary)' would change something at Hotglue"
        }
        if self == .searchNext || self == .searchPrevious, model.jobs.log.search.isEmpty {
            return "nothing searched yet: / searches the log"
        }
        return nil
    }
}
