import NIOSSL
import PostgresNIO

/// A PostgreSQL URL: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]` (also
/// `postgresql://`). The password is a secret: `description` leaves it out, so the address can be logged.
public struct DatabaseAddress: Sendable, CustomStringConvertible {
    public var user: String
    var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: String

    public init(parsing text: String) throws(DatabaseAddressError) {
        guard let schemeEnd = text.range(of: "://"),
              ["postgres", "postgresql"].contains(text[..<schemeEnd.lowerBound].lowercased())
        else { throw DatabaseAddressError("must start with postgres:// (postgres://user:password@host:5432/database)") }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = Substring("")
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw DatabaseAddressError("names no database (…/DATABASE)") }
        database = String(rest[rest.index(after: slash)...]).removingPercentEncoding ?? ""
        var authority = rest[..<slash]
        user = "postgres"
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            if let colon = credentials.firstIndex(of: ":") {
                user = String(credentials[..<colon]).removingPercentEncoding ?? ""
                password = String(credentials[credentials.index(after: colon)...]).removingPercentEncoding
            } else {
                user = String(credentials).removingPercentEncoding ?? ""
            }
            authority = authority[authority.index(after: at)...]
        }
        port = 5432
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else {
                throw DatabaseAddressError("has a port that is not 1-65535")
            }
            port = number
            authority = authority[..<colon]
        }
        host = String(authority.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
        sslMode = "prefer"
        for pair in query.split(separator: "&") where pair.hasPrefix("sslmode=") {
            sslMode = String(pair.dropFirst("sslmode=".count))
        }
        guard !host.isEmpty, !user.isEmpty, !database.isEmpty else {
            throw DatabaseAddressError("needs a host, a user and a database")
        }
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw DatabaseAddressError("sslmode must be disable, prefer or require")
        }
    }

    /// `postgres://relay@127.0.0.1:5432/gluetop` — no password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            switch sslMode {
            case "disable": .disable
            case "require": .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }
}

public struct DatabaseAddressError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
    public var description: String { "the database URL \(reason)" }
}

import Foundation
