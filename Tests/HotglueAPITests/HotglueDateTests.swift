import Foundation
import HotglueModels
import LosslessJSON
import Testing

@Suite("Timestamps")
struct HotglueDateTests {
    let reference = 1_642_606_211.731333  // 2022-01-19T15:30:11.731333Z

    @Test(arguments: [
        "2022-01-19T15:30:11.731333+00:00",
        "2022-01-19T15:30:11.731333Z",
        "2022-01-19 15:30:11.731333",
        "2022-01-19T17:30:11.731333+02:00",
        "2022-01-19T10:30:11.731333-0500",
        "2022-01-19T15:30:11,731333Z",
    ])
    func readsTheDocumentedFormAndItsVariants(_ text: String) throws {
        let date = try #require(HotglueDate.parse(text))
        #expect(abs(date.timeIntervalSince1970 - reference) < 0.000_01)
    }

    @Test func readsCoarserForms() throws {
        #expect(HotglueDate.parse("2022-01-19T15:30Z")?.timeIntervalSince1970 == 1_642_606_200)
        #expect(HotglueDate.parse("2022-01-19")?.timeIntervalSince1970 == 1_642_550_400)
        #expect(HotglueDate.date(from: .number(JSONNumber(1_642_606_211)))?.timeIntervalSince1970 == 1_642_606_211)
        #expect(HotglueDate.date(from: .number(JSONNumber(1_642_606_211_000)))?.timeIntervalSince1970 == 1_642_606_211)
    }

    @Test(arguments: ["", "yesterday", "2022-13-01", "2022-02-30T00:00:00Z", "2022-01-19T25:00:00Z",
        "2022-01-19T15:30:11+0", "2022-01-19T15:30:11 trailing"])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(HotglueDate.parse(text) == nil)
    }

    @Test func formatsTheWireForm() throws {
        let date = Date(timeIntervalSince1970: reference)
        #expect(HotglueDate.format(date) == "2022-01-19T15:30:11.731333+00:00")
        let leap = try #require(HotglueDate.parse("2024-02-29T23:59:59.000001+00:00"))
        #expect(HotglueDate.format(leap) == "2024-02-29T23:59:59.000001+00:00")
    }
}
