import struct Foundation.Date
import HotglueModels

/// Which tenant the pulse checks next. Tenants never heard from first (in list order), then tenants with a job
/// running or failed in the window once their news is `hotAge` old, then whoever's news is oldest. The tenant on
/// screen is left out: the jobs pane polls it every few seconds and its answers feed the pulse too.
public enum PulseSchedule {
    /// A busy tenant is checked again once what we know of it is this old.
    public static let hotAge = 60.0

    static func next(tenants: [TenantID], data: PulseData, onScreen: TenantID?, now: Date) -> TenantID? {
        var oldest: (tenant: TenantID, heard: Date)?
        var hottest: (tenant: TenantID, heard: Date)?
        for tenant in tenants where tenant != onScreen {
            guard let pulse = data[tenant], let heard = TenantPulse.later(pulse.heardAt, pulse.failedAt) else {
                return tenant
            }
            if oldest.map({ heard < $0.heard }) ?? true { oldest = (tenant, heard) }
            if pulse.isBusy, now.timeIntervalSince(heard) >= hotAge, hottest.map({ heard < $0.heard }) ?? true {
                hottest = (tenant, heard)
            }
        }
        return hottest?.tenant ?? oldest?.tenant
    }
}
