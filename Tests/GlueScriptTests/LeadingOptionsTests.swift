import ArgumentParser
import GlueScript
import Testing

@Suite("Options before the command")
struct LeadingOptionsTests {
    struct Get: ParsableCommand { static let configuration = CommandConfiguration(commandName: "get") }
    struct State: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "state", subcommands: [Get.self])
    }
    struct Tenants: ParsableCommand { static let configuration = CommandConfiguration(commandName: "tenants") }
    static let commands: [any ParsableCommand.Type] = [State.self, Tenants.self]

    func reorder(_ line: String) -> [String]? {
        LeadingOptions.reorder(line.split(separator: " ").map(String.init), commands: Self.commands)?.arguments
    }

    @Test("connection and output options before the command move after its name, nested commands included")
    func moved() {
        #expect(reorder("--profile prod tenants") == ["tenants", "--profile", "prod"])
        #expect(reorder("-o json --profile prod state get --tenant acme")
            == ["state", "get", "-o", "json", "--profile", "prod", "--tenant", "acme"])
        #expect(reorder("--profile=prod --output json --readonly tenants -q")
            == ["tenants", "--profile=prod", "--output", "json", "--readonly", "-q"])
    }

    @Test("nothing moves without a command after them, or with anything else before it")
    func leftAlone() {
        #expect(reorder("--profile prod") == nil, "the dashboard's own option")
        #expect(reorder("--demo tenants") == nil, "not a global option: the parser says what is wrong")
        #expect(reorder("tenants --profile prod") == nil, "already after the command")
        #expect(reorder("--profile prod nonsense") == nil)
    }

    @Test("a moved option the command does not take is named with the command")
    func explained() throws {
        let moved = try #require(LeadingOptions.reorder(["-o", "json", "state", "get"], commands: Self.commands))
        #expect(moved.command == "state get")
        #expect(LeadingOptions.explain("Unknown option '-o'", moved)
            == "'gluetop state get' does not take -o (it was given before the command); see gluetop state get --help")
        #expect(LeadingOptions.explain("Missing expected argument '--tenant <tenant>'", moved) == nil)
    }
}
