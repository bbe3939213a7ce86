/// A capped ring buffer of log lines: the newest `capacity` lines are kept, older ones are dropped and counted.
public struct LogBuffer<Line: Hashable & Sendable>: Hashable, Sendable {
    public let capacity: Int
    private var storage: [Line] = []
    private var head = 0
    /// How many lines fell off the front since the buffer was created.
    public private(set) var dropped = 0

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    public subscript(index: Int) -> Line {
        storage[(head + index) % storage.count]
    }

    public mutating func append(_ line: Line) {
        if storage.count < capacity {
            storage.append(line)
        } else {
            storage[head] = line
            head = (head + 1) % capacity
            dropped += 1
        }
    }

    public mutating func append(contentsOf lines: some Sequence<Line>) {
        for line in lines { append(line) }
    }

    public mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        head = 0
        dropped = 0
    }

    public var lines: [Line] { (0..<count).map { self[$0] } }
}
