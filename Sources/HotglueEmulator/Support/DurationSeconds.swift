extension Duration {
    /// The duration in seconds as a `Double`, for date arithmetic with Foundation's `TimeInterval`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
