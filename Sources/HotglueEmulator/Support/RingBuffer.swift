/// The newest `capacity` elements: appending to a full buffer overwrites the oldest, in constant time and without
/// moving the others.
struct RingBuffer<Element> {
    let capacity: Int
    private var storage: [Element] = []
    /// Where the oldest element is once the buffer is full (before that, 0).
    private var oldest = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a ring buffer holds at least one element")
        self.capacity = capacity
    }

    var count: Int { storage.count }

    mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[oldest] = element
            oldest = (oldest + 1) % capacity
        }
    }

    /// Oldest first.
    var elements: [Element] {
        Array(storage[oldest...] + storage[..<oldest])
    }

    mutating func removeAll() {
        storage.removeAll()
        oldest = 0
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
