// Bad input of the kinds issue 18 names, below the CLI: TRNs masked wherever they are, control
// characters refused and never printed raw, files bounded before they are read, rate tables
// validated (docs/design/outputs.md).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "io/csv.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/rates.hpp"

#include "support.hpp"

using mhfund::errc;
using mhfund::error;
using mhfund::shown_value;
using mhfund_test::contains;
using mhfund_test::message_of;

TEST_CASE("shown_value masks every TRN-shaped run of digits, whatever it is next to") {
    CHECK(shown_value("1234567") == "12*****");
    CHECK(shown_value("x7654321y") == "x76*****y");
    CHECK(shown_value("RP12/34567") == "RP12/*****");
    CHECK(shown_value("12/34567") == "12/*****");
    // Full-width digits (U+FF11 = EF BC 91): seven of them are a TRN too.
    CHECK(shown_value("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17") == "\uFF11\uFF12*****");
    CHECK(shown_value("12\uFF13\uFF14567") == "12*****");  // mixed
    // Not TRNs: a URN (6 digits), a UKPRN (8), a date, a long amount, pounds with pence.
    CHECK(shown_value("137083") == "137083");
    CHECK(shown_value("10004599") == "10004599");
    CHECK(shown_value("2024-09-01") == "2024-09-01");
    CHECK(shown_value("92233720368547758.07") == "92233720368547758.07");
    CHECK(shown_value("1234567.00") == "1234567.00");
}

TEST_CASE("shown_value and every message escape control characters: C0, DEL and C1") {
    CHECK(shown_value(std::string("S7\0"
                                  "01",
                                  5)) == "S7\\x0001");
    CHECK(shown_value("a\x7f"
                      "b") == "a\\x7fb");
    CHECK(shown_value("WM\xC2\x9B"
                      "1") == "WM\\u009b1");             // U+009B, a terminal's CSI
    CHECK(shown_value("caf\xC3\xA9") == "caf\xC3\xA9");  // é is not a control character
    // A message built without shown_value still holds no raw control character.
    const error e(errc::input, std::string("id 'a\0b'\n", 9), {"f\x1b.csv", 2, "x"});
    CHECK(std::string(e.what()) == "f\\x1b.csv:2: field 'x': id 'a\\x00b'\\n");
}

TEST_CASE("find_control finds C0, DEL and C1, and nothing else") {
    using mhfund::detail::find_control;
    CHECK(find_control("plain text, caf\xC3\xA9 \xC2\xA3"
                       "5") == std::string_view::npos);
    CHECK(find_control("a\tb") == 1);
    CHECK(find_control("ab\n") == 2);
    CHECK(find_control("x\x7f") == 1);
    CHECK(find_control("xy\xC2\x85") == 2);                     // U+0085, next line
    CHECK(find_control("\xC2\xA0") == std::string_view::npos);  // U+00A0 is a space
}

TEST_CASE("a CSV cell with a control character is refused at its line and column") {
    const auto t = mhfund::io::parse_csv("id,name\nA,\"x\ny\"\n", "f.csv");
    const mhfund::io::csv_columns cols(t, {"id", "name"}, {});
    CHECK(cols.get(t.rows[0], "id") == "A");
    const std::string m = message_of([&] { (void)cols.get(t.rows[0], "name"); });
    CHECK(contains(m, "f.csv:2: field 'name': bad value 'x\\ny'"));
    CHECK(contains(m, "without control characters"));
}

TEST_CASE("a header of 1.5 million names is checked in one pass") {
    // Quadratic, 1.5 million names are 10^12 comparisons; in one pass the duplicate is found.
    std::string header;
    for (int i = 0; i < 1'500'000; ++i)
        header += "c" + std::to_string(i) + ",";
    header += "c7\n";
    const std::string m = message_of([&] { (void)mhfund::io::parse_csv(header, "wide.csv"); });
    CHECK(contains(m, "wide.csv:1: duplicate column 'c7' in the header (columns 8 and 1500001)"));
}

TEST_CASE("read_text_file refuses a file too big before reading it, and bounds a device") {
    char path[] = "/tmp/mhfund-big-XXXXXX";
    const int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    // 5 GiB without a byte written (a sparse file): read whole, it would need 5 GiB of memory.
    REQUIRE(::ftruncate(fd, off_t{5} << 30) == 0);
    ::close(fd);
    const std::string m = message_of([&] { (void)mhfund::io::read_text_file(path); });
    ::unlink(path);
    CHECK(contains(m, "the file is 5368709120 bytes: files of over 4 GiB are not read"));
    // A TOML reader's limit is 16 MiB.
    const std::string zero = message_of(
        [] { (void)mhfund::io::read_text_file("/dev/zero", mhfund::io::max_toml_bytes); });
    CHECK(contains(zero, "/dev/zero: it gave more than 16 MiB, the most a pipe or a device"));
}

TEST_CASE("a rate card's values are positive, one per date") {
    const auto card = [](const std::string& values) {
        mhfund::rate_card c;
        mhfund::parse_rates("[[rate]]\nid = \"r\"\n" + values, "rates.toml", c);
        return c;
    };
    const std::string v1 = "[[rate.value]]\nfrom = 2022-09-01\namount = \"200.00\"\n";
    CHECK(card(v1).get("r").values.size() == 1);
    CHECK(contains(message_of([&] { card(v1 + v1); }),
                   "rates.toml:7: field 'from': bad value in [[value]] '2022-09-01': expected one "
                   "value of rate 'r' per date"));
    CHECK(contains(
        message_of([&] { card("[[rate.value]]\nfrom = 2022-09-01\namount = \"0.00\"\n"); }),
        "rates.toml:5: field 'amount': bad value in [[value]] '0.00': expected a "
        "positive amount"));
    CHECK(contains(message_of([&] { card("[[rate]]\nid = \"\"\n"); }), "field 'id'"));
}

TEST_CASE("days beyond a year's weekdays are refused") {
    // 262 weekdays at most: 52 weeks of 5 and 2 more days (a year of 365 or 366 days).
    CHECK(mhfund::half_days::parse("262").count() == 524);
    CHECK(
        contains(message_of([] { (void)mhfund::half_days::parse("262.5"); }), "at most 262 days"));
    CHECK(contains(message_of([] { (void)mhfund::half_days::parse("2147483648"); }),
                   "at most 262 days"));
}
