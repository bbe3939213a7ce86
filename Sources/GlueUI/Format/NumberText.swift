/// Counts as an operator reads them: `18,204`.
public enum NumberText {
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// `1 key`, `3 keys`.
    public static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(count)) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
