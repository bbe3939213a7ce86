import GlueUI
import SnapshotTesting
import Testing

/// Golden text frames: the frame as text, compared with `__Snapshots__/<test file>/<test>.<name>.txt`. A missing
/// file is recorded and the test fails once; look at the recorded file before committing it.
enum Golden {
    static func name(_ size: Size) -> String { "\(size.width)x\(size.height)" }

    static func assertFrame(_ model: Model, theme: Theme = .default, named name: String,
                            fileID: StaticString = #fileID, file: StaticString = #filePath,
                            testName: String = #function, line: UInt = #line, column: UInt = #column) {
        let frame = view(model, theme: theme)
        #expect(FrameChecks.problems(frame) == [], "\(name)")
        assertSnapshot(of: frame.text, as: .lines, named: name, fileID: fileID, file: file, testName: testName,
                       line: line, column: column)
    }
}
