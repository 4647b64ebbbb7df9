import Testing

@testable import MSYAML

/// Which strings the writer leaves plain, quotes, or writes as literal blocks.
@Suite struct EmitterQuotingTests {
    /// Strings no YAML 1.1 or 1.2 reader takes for anything else.
    @Test(arguments: [
        "web", "apps/v1", "500m", "10Gi", "v1.2", "--port", "-c", "a:b", "a#b", "a - b",
        "http://x:80/y", "é", "中文", "😀", "null1", "yess", "nullx", "Infinity", "NaN", ".",
        "a,b", "a[0]", "x{\"k\":\"v\"}", "deadbeef", "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1",
        "0abc", "0b12", "0x1G", "1d", "1.2.3a", "_a", "+a", "e1", "a b", "true1", "..a",
        "-a", "a'", "a\"", "~x", "x~", "<<a", "==", "2024", "a:", "key=value",
    ])
    func plain(_ s: String) throws {
        let reserved = ["2024", "a:"]
        #expect(Resolver.isPlainSafe(s) == !reserved.contains(s), "\(s)")
    }

    /// Strings that must be quoted: typed values in YAML 1.1 or 1.2, or syntax.
    @Test(arguments: [
        "", "0755", "0o17", "0x1F", "-0x1f", "0b101", "1_000", "1:20", "190:20:30.15", ".inf",
        "-.INF", "+.Inf", ".NaN", ".nan", "1e3", "6.8523015e+5", "+12", "-1", "12", ".5", "1.",
        "1.2.3", "1234e567", "_1", "1__", "_0x1F", "-_1", "0x", "0x_1F", "0B1", "0O7", "1,000",
        "+0x1f", "12345678901234567890123", "._5", "true", "True", "TRUE", "tRuE", "false", "yes", "YES", "Yes", "yEs",
        "no", "No",
        "on", "ON", "off", "Off", "y", "Y", "n", "N", "null", "Null", "NULL", "nUlL", "~",
        "2024-01-02", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<", "=",
        " a", "a ", "a: b", "a:\tb", "a #b", "a\t#b", "#a", "-", "- a", "?", "? a", "?a", ":",
        ":a", "a:", ",a", "[a", "]a", "{a", "}a", "&a", "*a", "!a", "|a", ">a", "'a", "\"a",
        "%a", "@a", "`a", "---", "--- a", "...", "a\tb", "\t", "a\u{0}", "a\u{1F}", "a\u{7F}",
        "a\u{85}b", "a\u{2028}b", "a\u{2029}b", "\u{FEFF}a", "a\u{FFFE}", "a\rb", "a\u{9F}",
    ])
    func quoted(_ s: String) throws {
        #expect(Resolver.writeStyle(for: s) == .doubleQuoted, "\(s.debugDescription)")
    }

    @Test(arguments: ["a\nb", "a\n", "a\n\n", "\na", " a\nb", "\ta\nb", "a\tb\nc", "a\n\nb"])
    func literal(_ s: String) throws {
        #expect(Resolver.writeStyle(for: s) == .literal, "\(s.debugDescription)")
    }

    @Test(arguments: [
        ("\"b", #""\"b""#), ("a\\b ", #""a\\b ""#), ("\n", #""\n""#), ("\t", #""\t""#),
        ("\r", #""\r""#), ("\u{8}\u{C}", #""\b\f""#), ("\u{0}", #""\u0000""#),
        ("\u{1B}", #""\u001B""#), ("\u{7F}", #""\u007F""#), ("\u{85}", #""\u0085""#),
        ("\u{9F}", #""\u009F""#), ("\u{2028}\u{2029}", #""\u2028\u2029""#),
        ("\u{FEFF}", #""\uFEFF""#), ("\u{FFFF}", #""\uFFFF""#), ("é 中 😀:", #""é 中 😀:""#),
        ("\u{A0}:", #""\#u{A0}:""#),
    ])
    func escapes(_ s: String, _ quoted: String) throws {
        #expect(try YAMLEmitter.emit(.string(s)) == quoted + "\n")
    }
}
