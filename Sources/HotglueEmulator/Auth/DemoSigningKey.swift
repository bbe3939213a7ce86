import Foundation

/// The environment signing key pair of every emulator.
///
/// DEMO KEY, NOT A SECRET: generated once with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048` for
/// this emulator and published with its source. It exists so tests and demos can sign tenant tokens the way a
/// Hotglue customer does with the private key Hotglue hands out. Never use it for anything real.
enum DemoSigningKey {
    /// PKCS#1 PEM of the private key (what `signingKeyBase64` encodes).
    static let privateKeyPEM = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEowIBAAKCAQEA20Y4TCMPONT++te3+pa3LjDrLEMatV0q7dHRMn0Bh3px7kEm
        Q5iPT4erbufc7WPNyTyBGHtdiDRPVJ5OTGOclf1Xmy6a9J1uKLu4KeFG2s8UbYZd
        VpR4YsOOuobn4fqhW6P8TaTFOTNd0OauyX61SeI/YOu0GxlJQAwp2AjzM1BUaw0W
        vIAoEyJfXdNBntZzXcmTv6GLwXHmDIqlcrGS4RdO7q7/o/jETsg9UPUYk0KQ28fj
        13eU415YX8PFJwtlwC1gbltB7qPVxGJIeaFKhwyJbzf2y4qYh9+KAVCMopr/yIMk
        wBWxPOIZgga3nTJXCztx5prXmRtH2ZzgCyjc4wIDAQABAoIBAEk+qgSIu4d04p1g
        3IRYvuSvk4br/WpyrinVqecPCak7Ff6LhaATwF9FBtdbnRkw+ucLDmZiowohyxQN
        c0MiDQavIwnjpgAq7Eav+eMHbLcfcAfr15bZrmLzRuR4ttFt+mNVoiw/a1/hkCd9
        PwpwiFcfO6OA6F8a8bRyu7F9v9s2Dke+Hqf1FTEGOPFemngyzv2YG2tvY/Y2kMkK
        YnsRXsluqC8NZNv9vdheJhOwD+hJjoGeZ68ADrfi7yURXCD7NSJjG7AZQGsZuflo
        VPwixg+hZ3oydcaEYrM1mXvfq2fDTwQZBzwH2bi+uiafGrOcl9CguEaD9aJQn/u5
        WdXFa20CgYEA8FqsyzJWlsfT15oGuMg4EchUjKxf5yWAHkSOzL2zx0LCfp5h8+Ru
        MFWQf29aA/B5aTKZ9vT7hYxX/OB29KF/DoTjpF8ya1e6gAnnbuOTIAPJpTVtJ5ds
        Tb5QbNBu5zXgWJ+oZKuhsZ2SdT8iO/qBPVIJoaSwhjPq85SwKxpsM60CgYEA6YxD
        keJfoJm0X8Op+AWPpnx4wITNSF8JJqRYHjkGT3KaI/Vrewwr0Ts/iVSG/Thn0PER
        zDH0V5wYCFdIc0r2hu+x53oMsMRRVb0Sh1kk2CcbWkscoIVxT7ia4z3QMIgsKell
        cwt0HM28rZVNocdoWk0YMWimKFKWHc5X28rZ5M8CgYBtkah76TK4Adh8zOaLjhqh
        YKXKizoc8Wd6ZN6ET2aJS9HGTwVwXY4t0pPQxD5Q1WtDnaG6huuyccwap2kTFBwL
        zmDIKe2eKZwHinxKfMwxKAjgm35rMghZWIzpTguAs3rWa9IkMmm/wollkaZVmVkZ
        TzC804r1Yu2UpQ+6Vo1E8QKBgBPZafzCIqKBrcTd2lpMDrN1rMWgA9p8yUhRe3PG
        IPUrplIcD7B7jlXQFUxUtMxcuOYXNw4FyOCRUbGTyYKTAnThdltYEjAL32XMFgEO
        4ITGfhqke6Bg9wpxhCiAHmuhhy9guNCYTpwMGFcgc2KmkgXqu32niUewDTYnTWxO
        x0odAoGBAIMJ5wG5iVjYGA9FLLeVtqjZkN3mNtIxymveHTzvUQSlKkDTuj1sRfQU
        vqoRt2iWjIlkCXZv/2WDE5vaIpN9CEQerf702b1ToVXuYXmuFJDLU0xcFc7PbkWI
        fTqn7FkLBdNbg77hiiItNZN4ye07TLGQqgPzJCiNk/5KlJN4/iql
        -----END RSA PRIVATE KEY-----
        """

    /// SPKI PEM of the public key the emulator verifies tenant tokens with.
    static let publicKeyPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA20Y4TCMPONT++te3+pa3
        LjDrLEMatV0q7dHRMn0Bh3px7kEmQ5iPT4erbufc7WPNyTyBGHtdiDRPVJ5OTGOc
        lf1Xmy6a9J1uKLu4KeFG2s8UbYZdVpR4YsOOuobn4fqhW6P8TaTFOTNd0OauyX61
        SeI/YOu0GxlJQAwp2AjzM1BUaw0WvIAoEyJfXdNBntZzXcmTv6GLwXHmDIqlcrGS
        4RdO7q7/o/jETsg9UPUYk0KQ28fj13eU415YX8PFJwtlwC1gbltB7qPVxGJIeaFK
        hwyJbzf2y4qYh9+KAVCMopr/yIMkwBWxPOIZgga3nTJXCztx5prXmRtH2ZzgCyjc
        4wIDAQAB
        -----END PUBLIC KEY-----
        """

    /// The private key PEM, base64-encoded, as Hotglue hands environment signing keys out.
    static var privateKeyBase64: String {
        Data((privateKeyPEM + "\n").utf8).base64EncodedString()
    }
}
