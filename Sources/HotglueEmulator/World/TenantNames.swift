/// Readable tenant ids for the generated world.
enum TenantNames {
    /// Always the first three tenants, in this order (tests and demos rely on `acme`).
    static let fixed = ["acme", "globex", "initech"]

    static let pool = [
        "umbrella", "hooli", "stark", "wayne", "wonka", "soylent", "cyberdyne", "tyrell", "vandelay", "dunder",
        "pied_piper", "aperture", "oscorp", "gringotts", "monarch", "nakatomi", "prestige", "sterling", "bluth",
        "krusty", "duff", "gekko", "massive_dynamic", "virtucon", "wernham", "benthic", "zorg", "rekall",
        "sirius", "abstergo", "veidt", "dharma", "blackmesa", "encom", "lacuna", "omni", "planet_express",
    ]

    static let regions = ["eu", "us", "apac", "uk", "de"]

    /// `count` tenant ids (not counting `default`): the fixed three, then a seeded mix of names and subtenants
    /// (`acme_eu` is always the fifth when there are enough tenants).
    static func generate(count: Int, random: inout SplitMix64) -> [String] {
        var ids = Array(fixed.prefix(max(0, count)))
        var remaining = random.shuffled(pool)
        var taken = Set(ids)
        var parents = ids
        var serial = 1
        while ids.count < count {
            let candidate: String
            if ids.count == 4 {
                candidate = "acme_eu"
            } else if ids.count >= 6, random.chance(0.15) {
                candidate = "\(random.pick(parents))_\(random.pick(regions))"
            } else if !remaining.isEmpty {
                candidate = remaining.removeFirst()
            } else {
                candidate = "customer\(serial)"
                serial += 1
            }
            if taken.insert(candidate).inserted {
                ids.append(candidate)
                if !candidate.contains("_") { parents.append(candidate) }
            }
        }
        return ids
    }
}
