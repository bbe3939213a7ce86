import GlueEvents
import Testing

@Suite("Listen addresses")
struct ListenAddressTests {
    @Test("HOST:PORT, [IPv6]:PORT, :PORT and a bare port (on 127.0.0.1)")
    func forms() throws {
        #expect(try ListenAddress(parsing: "127.0.0.1:9090") == ListenAddress(host: "127.0.0.1", port: 9090))
        #expect(try ListenAddress(parsing: "0.0.0.0:80") == ListenAddress(host: "0.0.0.0", port: 80))
        #expect(try ListenAddress(parsing: "[::1]:9090") == ListenAddress(host: "::1", port: 9090))
        #expect(try ListenAddress(parsing: ":9091") == ListenAddress(host: "127.0.0.1", port: 9091))
        #expect(try ListenAddress(parsing: "9092") == ListenAddress(host: "127.0.0.1", port: 9092))
        #expect(ListenAddress(host: "::1", port: 1).description == "[::1]:1")
    }

    @Test("no port, a port out of range, a URL: refused, saying what is accepted")
    func refused() {
        for text in ["127.0.0.1", "127.0.0.1:70000", "http://127.0.0.1:9090", "::1:9090", "", "host:"] {
            #expect(throws: ListenAddressError.self, "\(text)") { try ListenAddress(parsing: text) }
        }
    }
}
