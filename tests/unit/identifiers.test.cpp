// TRNs, URNs and UKPRNs (domain.md section 5). Accepted forms come from 003's application form
// ("If unqualified, type in UQT"; "Payslip - it is a number like this example: RP12/34567") and
// domain.md; expected values are worked out by hand, not taken from the code under test.
#include <doctest/doctest.h>

#include <string>

#include "mhfund/identifiers.hpp"

using namespace mhfund;

namespace {
const char* const trn_expected =
    "7 digits (e.g. 1234567), the payslip form RP12/34567, or UQT for an unqualified teacher";
const char* const urn_expected = "6 digits (a school's Unique Reference Number, e.g. 137083)";
const char* const ukprn_expected =
    "8 digits starting with 1 (a UK Provider Reference Number, e.g. 10001234)";
const char* const institution_expected =
    "a school URN (6 digits) or an FE provider's UKPRN (8 digits starting with 1)";

errc code_of(void (*f)()) {
    try {
        f();
    } catch (const error& e) {
        return e.code();
    }
    FAIL("no exception");
    return errc::internal;
}
}  // namespace

TEST_CASE("TRN: 7 digits") {
    CHECK(parse_trn("1234567").value == "1234567");
    CHECK(parse_trn("0000001").value == "0000001");  // leading zeros are kept: it is not a number
    CHECK_FALSE(parse_trn("1234567").unqualified());
    CHECK(is_valid_trn("1234567"));
}

TEST_CASE("TRN: the payslip form RP12/34567 normalises to 1234567") {
    CHECK(parse_trn("RP12/34567").value == "1234567");
    CHECK(parse_trn("RP99/00001").value == "9900001");
    CHECK(parse_trn("RP12/34567") == parse_trn("1234567"));
    // The letters carry nothing the normalised value keeps, so their case does not matter.
    CHECK(parse_trn("rp12/34567").value == "1234567");
    CHECK(parse_trn("Rp12/34567").value == "1234567");
    CHECK(is_valid_trn("RP12/34567"));
    CHECK(is_valid_trn("rp12/34567"));
}

TEST_CASE("TRN: UQT for an unqualified teacher") {
    CHECK(parse_trn("UQT").value == "UQT");
    CHECK(parse_trn("UQT").unqualified());
    CHECK(parse_trn("uqt").value == "UQT");
    CHECK(parse_trn("Uqt").unqualified());
    CHECK(is_valid_trn("UQT"));
    CHECK(is_valid_trn("uqt"));
}

TEST_CASE("TRN: surrounding spaces and tabs are ignored") {
    CHECK(parse_trn("  1234567 ").value == "1234567");
    CHECK(parse_trn("\t1234567\t").value == "1234567");
    CHECK(parse_trn(" RP12/34567 ").value == "1234567");
    CHECK(parse_trn(" UQT ").value == "UQT");
    CHECK(is_valid_trn(" 1234567 "));
}

TEST_CASE("TRN: a blank TRN makes an application unprocessable (003)") {
    for (const char* blank : {"", " ", "   ", "\t", " \t "}) {
        CAPTURE(blank);
        CHECK_THROWS_WITH_AS(parse_trn(blank),
                             doctest::Contains("a blank TRN makes an application unprocessable"),
                             error);
        CHECK_THROWS_WITH_AS(parse_trn(blank), doctest::Contains(trn_expected), error);
        CHECK_FALSE(is_valid_trn(blank));
    }
    CHECK(code_of([] { parse_trn(""); }) == errc::input);
}

TEST_CASE("TRN: other forms are rejected") {
    for (const char* bad : {"123456",       // 6 digits
                            "12345678",     // 8 digits
                            "123 4567",     // inner space
                            "123-4567",     // separator
                            "123456a",      // letter
                            "RP12/3456",    // payslip form, 4 digits after the slash
                            "RP123/4567",   // slash in the wrong place
                            "RP12-34567",   // dash for slash
                            "RP1234567",    // no slash
                            "RP 12/34567",  // inner space
                            "12/34567",     // no RP
                            "XP12/34567",   // wrong letters
                            "RP12/34567X",  // trailing letter
                            "UQTS",         // not UQT
                            "QTS",          // not UQT
                            "U Q T",        // inner spaces
                            "\xef\xbc\x91"
                            "234567"}) {  // full-width digit one, UTF-8
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS(parse_trn(bad), doctest::Contains(trn_expected), error);
        CHECK_FALSE(is_valid_trn(bad));
    }
    CHECK(code_of([] { parse_trn("123456"); }) == errc::input);
}

TEST_CASE("TRN: a rejected value is quoted with its digits masked after the first two") {
    // TRNs are personal data, and logs never show them (domain.md section 5): a mistyped TRN
    // (one digit too many) must not reach an error log whole.
    CHECK_THROWS_WITH_AS(parse_trn("12345678"), doctest::Contains("bad TRN '12******'"), error);
    CHECK_THROWS_WITH_AS(parse_trn(" RP12/3456 "), doctest::Contains("bad TRN 'RP12/****'"), error);
    CHECK_THROWS_WITH_AS(parse_trn("QTS"), doctest::Contains("bad TRN 'QTS'"), error);
    try {
        parse_trn("98765432");
        FAIL("no exception");
    } catch (const error& e) {
        CHECK(std::string(e.what()).find("bad TRN '98******'") != std::string::npos);
        CHECK(std::string(e.what()).find("765432") == std::string::npos);
    }
}

TEST_CASE("redact_trn") {
    CHECK(redact_trn(parse_trn("1234567")) == "12*****");
    CHECK(redact_trn(parse_trn("RP98/76543")) == "98*****");
    CHECK(redact_trn(parse_trn("UQT")) == "UQT");  // identifies no one
}

TEST_CASE("URN: 6 digits") {
    CHECK(parse_urn("137083") == "137083");
    CHECK(parse_urn(" 137083 ") == "137083");
    CHECK(parse_urn("\t100000") == "100000");
    CHECK(is_valid_urn("137083"));
    CHECK(is_valid_urn(" 137083\t"));

    for (const char* bad :
         {"", " ", "13708", "1370833", "13708a", "137 083", "-13708", "+137083", "137083.0"}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS(parse_urn(bad), doctest::Contains(urn_expected), error);
        CHECK_FALSE(is_valid_urn(bad));
    }
    CHECK_THROWS_WITH_AS(parse_urn("13708"), doctest::Contains("bad URN '13708'"), error);
    CHECK(code_of([] { parse_urn("x"); }) == errc::input);
}

TEST_CASE("UKPRN: 8 digits starting with 1") {
    CHECK(parse_ukprn("10001234") == "10001234");
    CHECK(parse_ukprn(" 10001234 ") == "10001234");
    CHECK(parse_ukprn("19999999") == "19999999");
    CHECK(is_valid_ukprn("10001234"));

    for (const char* bad : {"", "20001234",  // starts with 2
                            "00001234",      // starts with 0
                            "1000123",       // 7 digits
                            "100012345",     // 9 digits
                            "1000123a", "1000 1234", "137083"}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS(parse_ukprn(bad), doctest::Contains(ukprn_expected), error);
        CHECK_FALSE(is_valid_ukprn(bad));
    }
    CHECK_THROWS_WITH_AS(parse_ukprn("20001234"), doctest::Contains("bad UKPRN '20001234'"), error);
    CHECK(code_of([] { parse_ukprn("x"); }) == errc::input);
}

TEST_CASE("classify_institution: a school URN or an FE provider's UKPRN") {
    CHECK(classify_institution("137083") == institution_kind::school);
    CHECK(classify_institution(" 137083 ") == institution_kind::school);
    CHECK(classify_institution("10001234") == institution_kind::fe_provider);
    CHECK(classify_institution("10001234 ") == institution_kind::fe_provider);

    for (const char* bad : {"", "1370833",  // 7 digits: neither
                            "20001234",     // 8 digits not starting with 1
                            "1234567",      // a TRN is not an institution
                            "abcdef"}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS(classify_institution(bad), doctest::Contains(institution_expected),
                             error);
    }
    CHECK_THROWS_WITH_AS(classify_institution("20001234"),
                         doctest::Contains("bad institution id '20001234'"), error);
    CHECK(code_of([] { classify_institution("x"); }) == errc::input);
}

TEST_CASE("the is_valid_ forms do not throw") {
    static_assert(noexcept(is_valid_trn("")), "for the C API");
    static_assert(noexcept(is_valid_urn("")), "for the C API");
    static_assert(noexcept(is_valid_ukprn("")), "for the C API");
    static_assert(is_valid_trn("RP12/34567"), "usable at compile time");
    static_assert(!is_valid_urn("12345"), "usable at compile time");
}
