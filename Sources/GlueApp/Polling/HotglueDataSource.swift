import Foundation
import GlueCore
import HotglueAPI
import HotglueModels

/// Answers the dashboard's subscriptions with Hotglue API calls.
public struct HotglueDataSource: DashboardDataSource {
    /// How many jobs the jobs pane lists.
    public static let jobListCount = 50

    let client: HotglueClient
    let clock: @Sendable () -> Date
    /// The write path the dashboard's changes (`DashboardChanges`) take.
    let changes: ChangePerformer

    /// `journal` is nil only in tests that do not look at it.
    public init(client: HotglueClient, journal: ChangeJournal? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.changes = ChangePerformer(client: client, journal: journal)
        self.clock = clock
    }

    public func poll(_ subscription: Subscription, cursor: Int) async -> PollOutcome {
        switch subscription {
        case .tenants:
            return await outcome { try await client.listTenants() } message: { .polled(.tenantsLoaded($0, at: $1)) }
        case .connectors(let tenant):
            return await outcome { try await client.listLinkedConnectors(tenant: tenant) }
                message: { .polled(.connectorsLoaded(tenant, $0, at: $1)) }
        case .jobs(let tenant):
            return await outcome { try await client.listJobs(tenant: tenant, count: Self.jobListCount) }
                message: { .polled(.jobsLoaded(tenant, $0, at: $1)) }
        case .state(let ref):
            return await outcome { try await client.getState(tenant: ref.tenant, connector: ref.connector) }
                message: { .polled(.stateLoaded(ref, $0, at: $1)) }
        case .discover(let ref):
            return await outcome { try await client.pollDiscover(tenant: ref.tenant, connector: ref.connector) }
                message: { .polled(.discoverPolled(ref, $0, at: $1)) }
        case .catalog(let ref):
            return await outcome {
                let connectors = try await client.listLinkedConnectors(tenant: ref.tenant, includeCatalog: true)
                return connectors.first { $0.id == ref.connector }?.catalogSummary
            } message: { .polled(.catalogLoaded(ref, $0, at: $1)) }
        case .job(let tenant, let root):
            return await outcome { try await client.pollJob(tenant: tenant, jobRoot: root) }
                message: { .polled(.jobPolled(tenant, root, $0, at: $1)) }
        case .jobLog(let tenant, let root):
            let result: Result<JobLogResult, APIError>
            var next = cursor
            do {
                switch try await client.jobLogs(tenant: tenant, jobRoot: root, offset: cursor) {
                case .page(let page):
                    next = page.nextOffset
                    result = .success(.page(page))
                case .unavailable:
                    result = .success(.unavailable)
                }
            } catch {
                result = .failure(error)
            }
            return PollOutcome(message: .polled(.jobLogLoaded(tenant, root, fromOffset: cursor, result, at: clock())),
                               cursor: next, error: result.failureValue)
        case .pulseCheck(let tenant, _):
            return await outcome { try await client.listJobs(tenant: tenant, count: PulseData.jobsPerTenant) }
                message: { .polled(.pulseChecked(tenant, $0, at: $1)) }
        case .clock:
            // The poller ticks the clock itself and never asks a source; answered for completeness only.
            return PollOutcome(message: .tick(clock()))
        }
    }

    private func outcome<Value: Sendable>(
        _ call: () async throws -> Value,
        message: (Result<Value, APIError>, Date) -> Msg
    ) async -> PollOutcome {
        let result: Result<Value, APIError>
        do {
            result = .success(try await call())
        } catch let error as APIError {
            result = .failure(error)
        } catch {
            // The client only throws APIError; anything else is a cancellation racing the call.
            result = .failure(APIError(category: .cancelled, summary: "cancelled"))
        }
        return PollOutcome(message: message(result, clock()), error: result.failureValue)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
