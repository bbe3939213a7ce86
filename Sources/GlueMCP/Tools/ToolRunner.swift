import GlueApp
import HotglueAPI
import HotglueModels
import LosslessJSON
import MCP

/// Runs one tool call: the arguments read against the tool's schema, gluetop's guards, then the call (changes
/// through the dashboard's write path, `ChangePerformer`). Every answer is masked on its way out. A tool that does
/// not exist is a protocol error (`invalidParams`); everything else that goes wrong is an `isError` result.
struct ToolRunner: Sendable {
    let backend: MCPBackend
    let changes: ChangePerformer

    init(backend: MCPBackend, changes: ChangePerformer) {
        self.backend = backend
        self.changes = changes
    }

    var client: HotglueClient { backend.client }

    func call(_ name: String, _ arguments: [String: Value]?) async throws(MCPError) -> CallTool.Result {
        guard let tool = ToolName(rawValue: name) else {
            let names = backend.listedTools.map(\.name.rawValue).joined(separator: ", ")
            throw MCPError.invalidParams("Unknown tool: \(name). The tools are: \(names)")
        }
        let spec = ToolCatalog.spec(tool)
        do {
            let args = try ToolArguments(arguments, for: spec)
            if spec.safety != .reads {
                try backend.changeGuard.check(spec, tenant: try args.tenant, connector: try args.connector,
                                              confirm: try args.optionalString("confirm"))
            }
            return try await run(tool, args).result
        } catch {
            return error.result
        }
    }

    private func run(_ tool: ToolName, _ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        switch tool {
        case .listtenants: return try await listTenants()
        case .getlinkedconnectors: return try await linkedConnectors(args)
        case .linkconnector: return try await link(args)
        case .updatelinkedconnector: return try await update(args)
        case .unlinkconnector: return try await unlink(args)
        case .triggerdiscover: return try await triggerDiscover(args)
        case .polldiscover: return try await pollDiscover(args)
        case .getconnectorstate: return try await readState(args)
        case .setconnectorstate: return try await setState(args)
        case .deleteconnectorstate: return try await deleteState(args)
        case .runjob: return try await runJob(args)
        case .listjobs: return try await listJobs(args)
        case .getjobstatus: return try await jobStatus(args)
        case .getjoblog: return try await jobLog(args)
        case .listavailableconnectors: return try await catalogue(supported: false)
        case .listsupportedconnectors: return try await catalogue(supported: true)
        }
    }

    /// One API call, its error made the agent's.
    func api<T>(_ target: String? = nil, _ body: () async throws(APIError) -> T) async throws(ToolFailure) -> T {
        do {
            return try await body()
        } catch {
            throw ToolFailure(error, target: target)
        }
    }

    /// A change's answer: its value, or its error made the agent's.
    func settle<Value>(_ answer: ChangeAnswer<Value>, target: String) throws(ToolFailure) -> Value {
        switch answer.result {
        case .success(let value): return value
        case .failure(let error): throw ToolFailure(error, target: target)
        }
    }
}
