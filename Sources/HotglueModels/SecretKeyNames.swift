/// The table that decides from a key's name alone whether its value is a secret. Read top to bottom; the first
/// row that matches decides:
///
/// | row | names | verdict |
/// |---|---|---|
/// | 1 `alwaysShown` | Singer's and Hotglue's own keys, and names that describe a secret without holding it | shown |
/// | 2 `secretNames` | names that are secrets whatever their words say (`database_url`, `conn_str`) | secret |
/// | 3 `describingLastWords` | the last word says the value is *about* a secret (`token_type`, `api_key_id`) | shown |
/// | 4 `secretParts` | the name contains a secret word (`db_password`, `stripeApiKey`, `clientsecret`) | secret |
/// | 5 `secretLastWords` | the last word holds one (`client_key`, `sentry_dsn`), unless the word before it names a field (`sort_key`) | secret |
/// | — | anything else | shown |
///
/// Names are compared in one spelling: words split at `_ - .`, spaces and camelCase, lower-cased; rows 1, 2 and
/// 4 compare the words joined (`x-api-key`, `XApiKey` and `xapikey` are all `xapikey`).
enum SecretKeyNames {
    /// Row 1. Singer writes these into every state and catalog; hiding them would hide what operators edit.
    static let alwaysShown: Set<String> = joined([
        // Singer state and catalog metadata
        "replication_key", "replication_keys", "replication_key_value", "valid_replication_keys",
        "replication_key_signpost", "starting_replication_value", "replication_method", "forced_replication_method",
        "primary_key", "primary_keys", "key_properties", "table_key_properties", "bookmark_key", "bookmark_keys",
        "keys",
        // about a token or key, not the token or key
        "token_type", "token_url", "token_uri", "token_endpoint", "expires_in", "expires_at",
    ])

    /// Row 2. Whole values that carry a password or key although no secret word is in the name.
    static let secretNames: Set<String> = joined([
        "database_url", "database_uri", "db_url", "db_uri", "connection_url", "connection_uri", "jdbc_url",
        "sqlalchemy_url", "mongo_uri", "mongodb_uri", "redis_url", "amqp_url", "broker_url",
    ])

    /// Row 3. A last word that makes the key describe a secret (its kind, where it lives, when it expires).
    static let describingLastWords: Set<String> = [
        "type", "kind", "url", "uri", "endpoint", "name", "id", "ids", "policy", "expiry", "expires", "expiration",
        "at", "in", "ttl", "length", "format", "method", "hint", "location", "path", "file", "changed", "rotated",
        "version", "enabled", "required", "label", "scope", "scopes",
    ]

    /// Row 4. Parts that make any name a secret wherever they appear in it (joined spelling).
    static let secretParts: [String] = [
        "password", "passwd", "passphrase", "secret", "token", "credential", "authorization", "apikey",
        "privatekey", "accesskey", "secretkey", "clientkey", "consumerkey", "appkey", "signingkey", "sessionkey",
        "encryptionkey", "connectionstring", "connstr",
    ]

    /// Row 5. Last words that hold a secret (`key` alone, `hmac_key`, `basic_auth`, `sentry_dsn`, `db_pwd`).
    static let secretLastWords: Set<String> = ["key", "keys", "auth", "dsn", "pwd", "cookie", "cookies", "jwt", "bearer"]

    /// Row 5's exception: a word before `key` that makes the key name a record's field, not hold a secret.
    static let fieldNamingWords: Set<String> = [
        "replication", "primary", "bookmark", "partition", "sort", "foreign", "unique", "dedupe", "dedup",
        "deduplication", "cursor", "surrogate", "natural", "composite", "join", "lookup", "range", "hash", "shard",
        "sharding", "cluster", "clustering", "distribution", "idempotency", "merge", "upsert", "object", "s3",
        "record", "row", "table", "stream", "field", "column", "index", "property", "group", "order", "sync",
        "state", "cache", "external", "match", "parent", "child",
    ]

    static func isSecret(_ key: String) -> Bool {
        let words = words(of: key)
        let name = words.joined()
        if alwaysShown.contains(name) { return false }
        if secretNames.contains(name) { return true }
        guard let last = words.last else { return false }
        if describingLastWords.contains(last) { return false }
        if secretParts.contains(where: { name.contains($0) }) { return true }
        if secretLastWords.contains(last) {
            return words.count < 2 || !fieldNamingWords.contains(words[words.count - 2])
        }
        return false
    }

    /// Every spelling a secret name can contain once joined: the log scrubber's quick check looks for these
    /// before the full scan (each row that says "secret" matches one of them).
    static let joinedTriggers: [[UInt8]] = Array(
        Set(secretNames).union(secretParts).union(secretLastWords)
    ).sorted().map { Array($0.utf8) }

    /// `stripeApiKey` → stripe, api, key; `AWS_SECRET-ACCESS.KEY` → aws, secret, access, key; `APIKey` → api, key.
    static func words(of key: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(key)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, !current.isEmpty {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                // `apiKey` splits before K; `APIKey` splits before the K that starts `Key`.
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) {
                    words.append(current)
                    current = ""
                }
            }
            current += character.lowercased()
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func joined(_ names: [String]) -> Set<String> {
        Set(names.map { words(of: $0).joined() })
    }
}
