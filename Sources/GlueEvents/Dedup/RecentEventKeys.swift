/// The keys of the last `capacity` events taken, oldest forgotten first: de-duplication in bounded memory. A
/// duplicate older than that is taken again, which is harmless: events are hints, and the API stays the truth.
struct RecentEventKeys {
    let capacity: Int
    /// Each remembered key and its slot in `ring`.
    private var slots: [EventKey: Int] = [:]
    /// Insertion order, a ring: `ring[next]` is the oldest once the ring is full.
    private var ring: [EventKey] = []
    private var next = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        slots.reserveCapacity(self.capacity)
        ring.reserveCapacity(self.capacity)
    }

    var count: Int { slots.count }

    func contains(_ key: EventKey) -> Bool { slots[key] != nil }

    /// Remembers `key`; false when it was already remembered (a duplicate).
    mutating func insert(_ key: EventKey) -> Bool {
        guard slots[key] == nil else { return false }
        let slot: Int
        if ring.count < capacity {
            slot = ring.count
            ring.append(key)
        } else {
            slot = next
            let evicted = ring[slot]
            // A key forgotten and taken again lives in a newer slot: only its own slot frees it.
            if slots[evicted] == slot { slots[evicted] = nil }
            ring[slot] = key
            next = (next + 1) % capacity
        }
        slots[key] = slot
        return true
    }

    /// Forgets `key` (an event that could not be kept, so that its redelivery is taken).
    mutating func remove(_ key: EventKey) {
        slots[key] = nil
    }
}
