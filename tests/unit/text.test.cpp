// The shared text toolkit (detail/text.hpp): every reader and writer trims, splits, joins and
// parses numbers and yes/no through these, so each is pinned here, edge cases first. Expected
// values are written out by hand.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/detail/text.hpp"
#include "mhfund/version.hpp"

using namespace mhfund;
using namespace std::string_view_literals;
namespace text = mhfund::detail;

TEST_CASE("is_ascii_digit: 0 to 9 only, whatever the locale") {
    for (char c = '0'; c <= '9'; ++c)
        CHECK(text::is_ascii_digit(c));
    for (char c : {'/', ':', 'a', 'O', ' ', '\0', '\xd9'})  // '/' and ':' flank the digits
        CHECK_FALSE(text::is_ascii_digit(c));
}

TEST_CASE("ascii_upper and ascii_lower change ASCII letters only") {
    CHECK(text::ascii_upper('a') == 'A');
    CHECK(text::ascii_upper('z') == 'Z');
    CHECK(text::ascii_upper('A') == 'A');
    CHECK(text::ascii_upper('1') == '1');
    CHECK(text::ascii_upper('{') == '{');  // just after 'z'
    CHECK(text::ascii_upper('`') == '`');  // just before 'a'
    CHECK(text::ascii_lower('A') == 'a');
    CHECK(text::ascii_lower('Z') == 'z');
    CHECK(text::ascii_lower('@') == '@');        // just before 'A'
    CHECK(text::ascii_lower('[') == '[');        // just after 'Z'
    CHECK(text::ascii_lower('\xc9') == '\xc9');  // a byte of UTF-8 (É is C3 89) is left alone
}

TEST_CASE("to_lower_ascii and to_upper_ascii: whole strings, UTF-8 untouched") {
    CHECK(text::to_lower_ascii("SMS-2022 Cohort7") == "sms-2022 cohort7");
    CHECK(text::to_upper_ascii("wm1") == "WM1");
    CHECK(text::to_upper_ascii("") == "");
    CHECK(text::to_upper_ascii("caf\xc3\xa9") == "CAF\xc3\xa9");  // café: é stays as it is
}

TEST_CASE("all_digits: a non-empty run of ASCII digits") {
    CHECK(text::all_digits("0"));
    CHECK(text::all_digits("137083"));
    CHECK_FALSE(text::all_digits(""));
    CHECK_FALSE(text::all_digits("-1"));
    CHECK_FALSE(text::all_digits("12 "));
    CHECK_FALSE(text::all_digits("1e3"));
    CHECK_FALSE(text::all_digits("\xd9\xa1"));  // ARABIC-INDIC DIGIT ONE is not an ASCII digit
}

TEST_CASE("iequals_ascii: equal ignoring ASCII case") {
    CHECK(text::iequals_ascii("Participant", "participant"));
    CHECK(text::iequals_ascii("YES", "yes"));
    CHECK(text::iequals_ascii("", ""));
    CHECK_FALSE(text::iequals_ascii("yes", "yes "));
    CHECK_FALSE(text::iequals_ascii("no", "on"));
    CHECK_FALSE(text::iequals_ascii("a", ""));
}

TEST_CASE("trim: spaces and tabs at either end, nothing else") {
    CHECK(text::trim(" a\t") == "a");
    CHECK(text::trim("\t \tWM1  ") == "WM1");
    CHECK(text::trim("a b") == "a b");  // inside is kept
    CHECK(text::trim("") == "");
    CHECK(text::trim(" \t ") == "");
    CHECK(text::trim("\na\r") == "\na\r");  // line ends are the CSV reader's business
    // A view into the argument, not a copy.
    const std::string_view s = "  x ";
    CHECK(text::trim(s).data() == s.data() + 2);
}

TEST_CASE("split: every part, empty ones included") {
    CHECK(text::split("a,,b", ',') == std::vector<std::string_view>{"a", "", "b"});
    CHECK(text::split("a,b", ',') == std::vector<std::string_view>{"a", "b"});
    CHECK(text::split("", ',') == std::vector<std::string_view>{""});
    CHECK(text::split(",", ',') == std::vector<std::string_view>{"", ""});
    CHECK(text::split("abc", ',') == std::vector<std::string_view>{"abc"});
    CHECK(text::split("hub,programme ", ',') ==
          std::vector<std::string_view>{"hub", "programme "});  // no trimming
}

TEST_CASE("join: items between separators, from any range") {
    CHECK(text::join(std::vector<std::string>{"a", "b", "c"}, ", ") == "a, b, c");
    CHECK(text::join(std::vector<std::string_view>{"x"}, ", ") == "x");
    CHECK(text::join(std::vector<std::string>{}, ", ") == "");
    CHECK(text::join(std::vector<std::string>{"", ""}, ";") == ";");  // empty items are kept
    CHECK(text::join(std::set<std::string, std::less<>>{"b", "a"}, "/") == "a/b");
    CHECK(text::join(text::split("a,,b", ','), ",") == "a,,b");  // split's inverse
}

TEST_CASE("join with a projection") {
    struct named {
        std::string id;
    };
    const std::vector<named> items{{"sms-2022"}, {"fe-2023"}};
    CHECK(text::join(items, ", ", [](const named& n) { return n.id; }) == "sms-2022, fe-2023");
    CHECK(text::join(std::vector<int>{2022, 2023}, ", ", [](int y) { return std::to_string(y); }) ==
          "2022, 2023");
    CHECK(text::join(std::vector<int>{}, ", ", [](int y) { return std::to_string(y); }) == "");
}

TEST_CASE("ends_with") {
    CHECK(text::ends_with("plan.toml", ".toml"));
    CHECK(text::ends_with(".toml", ".toml"));
    CHECK(text::ends_with("x", ""));
    CHECK_FALSE(text::ends_with("plan.TOML", ".toml"));  // case matters
    CHECK_FALSE(text::ends_with("toml", ".toml"));
    CHECK_FALSE(text::ends_with("", ".csv"));
}

TEST_CASE("parse_whole: ASCII digits only, within the type's range") {
    CHECK(text::parse_whole<int>("007") == 7);
    CHECK(text::parse_whole<int>("0") == 0);
    CHECK(text::parse_whole<int>("2147483647") == std::numeric_limits<int>::max());
    CHECK(text::parse_whole<std::int64_t>("99999999999") == 99999999999);
    // No sign, exponent, separator, blank or empty text; nothing out of range.
    for (const std::string_view bad : {"-1"sv, "+1"sv, "1e3"sv, "1_000"sv, "1,000"sv, "1.0"sv, ""sv,
                                       " 1"sv, "1 "sv, "0x10"sv, "99999999999"sv, "2147483648"sv}) {
        CAPTURE(bad);
        CHECK_FALSE(text::parse_whole<int>(bad).has_value());
    }
    CHECK_FALSE(text::parse_whole<unsigned char>("256").has_value());
    CHECK(text::parse_whole<unsigned char>("255") == 255);
}

TEST_CASE("parse_whole into an out parameter leaves it alone on failure") {
    int n = 42;
    CHECK(text::parse_whole("2025", n));
    CHECK(n == 2025);
    CHECK_FALSE(text::parse_whole("20x5", n));
    CHECK(n == 2025);
    CHECK_FALSE(text::parse_whole("", n));
    CHECK(n == 2025);
}

TEST_CASE("parse_yes_no: yes or no in any ASCII case, blanks around ignored") {
    CHECK(text::parse_yes_no("yes") == true);
    CHECK(text::parse_yes_no("YES") == true);
    CHECK(text::parse_yes_no("yEs") == true);
    CHECK(text::parse_yes_no(" Yes\t") == true);
    CHECK(text::parse_yes_no("no") == false);
    CHECK(text::parse_yes_no("NO") == false);
    CHECK(text::parse_yes_no("No ") == false);
    for (const std::string_view bad : {"y"sv, "n"sv, "true"sv, "false"sv, "1"sv, "0"sv, ""sv,
                                       "  "sv, "yes please"sv, "nope"sv, "ye s"sv}) {
        CAPTURE(bad);
        CHECK_FALSE(text::parse_yes_no(bad).has_value());
    }
}

TEST_CASE("month_name and month_abbreviation: one table") {
    CHECK(text::month_name(1) == "January");
    CHECK(text::month_name(9) == "September");
    CHECK(text::month_name(12) == "December");
    CHECK(text::month_abbreviation(1) == "Jan");
    CHECK(text::month_abbreviation(6) == "Jun");
    CHECK(text::month_abbreviation(9) == "Sep");
    CHECK(text::month_abbreviation(12) == "Dec");
    CHECK(text::month_name(0) == "?");
    CHECK(text::month_name(13) == "?");
    CHECK(text::month_abbreviation(-1) == "?");
}

TEST_CASE("the toolkit works at compile time where it says constexpr") {
    static_assert(text::trim(" a\t") == "a");
    static_assert(text::all_digits("2025"));
    static_assert(text::iequals_ascii("Yes", "yES"));
    static_assert(text::parse_yes_no("NO") == std::optional<bool>(false));
    static_assert(text::ends_with("a.csv", ".csv"));
    static_assert(text::month_name(3) == "March");
    CHECK(true);
}

TEST_CASE("version_string: the three version numbers, as the tool and reports show them") {
    const std::string expected = std::to_string(MHFUND_VERSION_MAJOR) + "." +
                                 std::to_string(MHFUND_VERSION_MINOR) + "." +
                                 std::to_string(MHFUND_VERSION_PATCH);
    CHECK(version_string() == expected);
    CHECK(std::string_view(MHFUND_VERSION_STRING) == expected);
    static_assert(!version_string().empty());
}
