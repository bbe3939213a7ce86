import GlueCore
import HotglueModels

/// `Effect.saveJobLog`, off the dashboard's loop: the whole log fetched, written atomically, answered as a message.
enum JobLogSaver {
    static func save(_ request: LogSaveRequest, from source: (any DashboardChanges)?,
                     paths: AppPaths = AppPaths()) async -> Msg {
        let path = JobLogFile.path(for: request, paths: paths)
        guard let source else {
            return .jobLogSaved(request, .failure(LogSaveFailure(path: path, reason: "this session cannot read Hotglue")))
        }
        switch await source.jobLogExport(tenant: request.tenant, root: request.jobRoot) {
        case .failure(let error):
            return .jobLogSaved(request, .failure(LogSaveFailure(path: path, reason: "reading the log: " + error.message)))
        case .success(let export):
            let text = JobLogText.document(export, tenant: request.tenant)
            do throws(LogSaveFailure) {
                try JobLogFile.write(text, to: path)
            } catch {
                return .jobLogSaved(request, .failure(error))
            }
            return .jobLogSaved(request, .success(LogSaveReceipt(path: path, lines: export.lines.count,
                                                                  bytes: text.utf8.count)))
        }
    }
}
