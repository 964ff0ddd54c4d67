// School and financial calendars: strict dates, academic and financial years, terms, months,
// weekday counts and programme-year windows (domain.md sections 1 and 8).
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/money.hpp"

#include "support.hpp"

using mhfund_test::ymd;

using mhfund::academic_year;
using mhfund::date;
using mhfund::date_range;
using mhfund::errc;
using mhfund::financial_year;
using mhfund::period_kind;
using mhfund::term_calendar;
using mhfund::term_name;

namespace {

// `f` must throw an mhfund::error with code `code` whose message contains `needle`.
template <typename F>
void check_error(errc code, const std::string& needle, F f) {
    INFO("expected an error mentioning '", needle, "'");
    try {
        f();
        FAIL_CHECK("no error thrown");
    } catch (const mhfund::error& e) {
        CHECK(e.code() == code);
        CHECK(std::string(e.what()).find(needle) != std::string::npos);
    }
}

// Brute force: walk the days one at a time and ask Boost which are Monday–Friday.
int64_t weekdays_by_walking(date begin, date end) {
    int64_t n = 0;
    for (date d = begin; d < end; d += boost::gregorian::days(1)) {
        const int dow = d.day_of_week().as_number();  // 0 = Sunday … 6 = Saturday
        if (dow != 0 && dow != 6) ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("parse_date accepts real ISO dates only") {
    CHECK(mhfund::parse_date("2024-02-29") == ymd(2024, 2, 29));  // 2024 is a leap year
    CHECK(mhfund::parse_date("2024-09-01") == ymd(2024, 9, 1));
    CHECK(mhfund::parse_date("2023-12-31") == ymd(2023, 12, 31));
    for (const char* text : {"2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
                             "2024-04-31", "2024-2-3", "24-02-03", "", "2024/02/03",
                             "2024-02-03T09:00", " 2024-02-03", "2024-02-3x", "+024-02-03"}) {
        INFO("text: '", text, "'");
        check_error(errc::input, "'" + std::string(text) + "'",
                    [&] { (void)mhfund::parse_date(text); });
    }
}

TEST_CASE("to_string writes dates as YYYY-MM-DD") {
    CHECK(mhfund::to_string(ymd(2024, 9, 1)) == "2024-09-01");
    CHECK(mhfund::to_string(ymd(2023, 12, 31)) == "2023-12-31");
    CHECK(mhfund::parse_date(mhfund::to_string(ymd(2028, 2, 29))) == ymd(2028, 2, 29));
}

TEST_CASE("date_range is half-open; intersect clips") {
    const date_range r{ymd(2023, 1, 1), ymd(2023, 9, 1)};
    CHECK(r.contains(ymd(2023, 1, 1)));
    CHECK(r.contains(ymd(2023, 8, 31)));
    CHECK_FALSE(r.contains(ymd(2023, 9, 1)));
    CHECK_FALSE(r.contains(ymd(2022, 12, 31)));
    CHECK_FALSE(r.empty());
    CHECK(date_range{ymd(2023, 1, 1), ymd(2023, 1, 1)}.empty());
    CHECK(date_range{ymd(2023, 1, 2), ymd(2023, 1, 1)}.empty());

    const date_range overlap = mhfund::intersect(r, {ymd(2023, 4, 1), ymd(2023, 12, 1)});
    CHECK(overlap == date_range{ymd(2023, 4, 1), ymd(2023, 9, 1)});
    const date_range apart = mhfund::intersect(r, {ymd(2024, 1, 1), ymd(2024, 2, 1)});
    CHECK(apart.empty());
    CHECK(apart.begin == apart.end);
}

TEST_CASE("academic years run 1 September to 31 August, written 2024/25") {
    CHECK(academic_year::containing(ymd(2025, 8, 31)) == academic_year{2024});
    CHECK(academic_year::containing(ymd(2025, 9, 1)) == academic_year{2025});
    CHECK(academic_year::containing(ymd(2025, 1, 1)) == academic_year{2024});
    CHECK(academic_year::containing(ymd(2024, 12, 31)) == academic_year{2024});

    CHECK(academic_year::parse("2024/25") == academic_year{2024});
    CHECK(academic_year::parse("1999/00") == academic_year{1999});  // across a century
    for (const char* text :
         {"2024/26", "2024-25", "24/25", "", "2024/2025", "2024/25 ", "202a/25", "2024/24"}) {
        INFO("text: '", text, "'");
        check_error(errc::input, "'" + std::string(text) + "'",
                    [&] { (void)academic_year::parse(text); });
    }

    CHECK(academic_year{2024}.to_string() == "2024/25");
    CHECK(academic_year{1999}.to_string() == "1999/00");
    CHECK(academic_year{2009}.to_string() == "2009/10");
    CHECK(academic_year{2024}.range() == date_range{ymd(2024, 9, 1), ymd(2025, 9, 1)});
    CHECK(academic_year{2024}.first_day() == ymd(2024, 9, 1));
    CHECK(academic_year{2024} < academic_year{2025});
    CHECK(academic_year{2024} != academic_year{2025});
}

TEST_CASE("financial years run 1 April to 31 March, written FY2024-25") {
    CHECK(financial_year::containing(ymd(2025, 3, 31)) == financial_year{2024});
    CHECK(financial_year::containing(ymd(2025, 4, 1)) == financial_year{2025});
    // An academic year's spend falls in two financial years: Sep–Mar and Apr–Aug.
    CHECK(financial_year::containing(academic_year{2024}.first_day()) == financial_year{2024});
    CHECK(financial_year::containing(ymd(2025, 8, 31)) == financial_year{2025});

    CHECK(financial_year::parse("FY2024-25") == financial_year{2024});
    CHECK(financial_year::parse("FY1999-00") == financial_year{1999});
    for (const char* text : {"FY2024-26", "2024-25", "FY2024/25", "FY24-25", "", "FY2024-25x"}) {
        INFO("text: '", text, "'");
        check_error(errc::input, "'" + std::string(text) + "'",
                    [&] { (void)financial_year::parse(text); });
    }

    CHECK(financial_year{2024}.to_string() == "FY2024-25");
    CHECK(financial_year{1999}.to_string() == "FY1999-00");
    CHECK(financial_year{2024}.range() == date_range{ymd(2024, 4, 1), ymd(2025, 4, 1)});
    CHECK(financial_year{2024} < financial_year{2025});
}

TEST_CASE("weekdays counts Monday to Friday, bank holidays included") {
    // 1 Jan 2023 and 31 Dec 2023 are both Sundays: 365 days = 52 weeks + that extra Sunday,
    // so the year has 52 × 5 = 260 weekdays.
    CHECK(mhfund::weekdays({ymd(2023, 1, 1), ymd(2024, 1, 1)}) == 260);
    // 2023 month by month (1 Jan is a Sunday):
    //   Jan 22 (31 days from Sun: 4 weeks + Sun, Mon, Tue)   Feb 20 (28 days: 4 weeks)
    //   Mar 23 (from Wed: 4 weeks + Wed, Thu, Fri)           Apr 20 (from Sat: + Sat, Sun)
    //   May 23 (from Mon: + Mon, Tue, Wed)                   Jun 22 (from Thu: + Thu, Fri)
    //   Jul 21 (from Sat: + Sat, Sun, Mon)                   Aug 23 (from Tue: + Tue, Wed, Thu)
    //   22 + 20 + 23 + 20 + 23 + 22 + 21 + 23 = 174 before 1 Sep 2023.
    CHECK(mhfund::weekdays({ymd(2023, 1, 1), ymd(2023, 9, 1)}) == 174);
    CHECK(mhfund::weekdays({ymd(2023, 1, 1), ymd(2023, 2, 1)}) == 22);
    CHECK(mhfund::weekdays({ymd(2023, 7, 1), ymd(2023, 8, 1)}) == 21);
    CHECK(mhfund::weekdays({ymd(2023, 8, 1), ymd(2023, 9, 1)}) == 23);
    // Monday 2 Sep 2024 to Monday 9 Sep 2024: one working week.
    CHECK(mhfund::weekdays({ymd(2024, 9, 2), ymd(2024, 9, 9)}) == 5);
    // Saturday 7 and Sunday 8 Sep 2024.
    CHECK(mhfund::weekdays({ymd(2024, 9, 7), ymd(2024, 9, 9)}) == 0);
    // Friday 6 Sep to Monday 9 Sep: just the Friday.
    CHECK(mhfund::weekdays({ymd(2024, 9, 6), ymd(2024, 9, 9)}) == 1);
    CHECK(mhfund::weekdays({ymd(2024, 9, 2), ymd(2024, 9, 2)}) == 0);  // empty
    CHECK(mhfund::weekdays({ymd(2024, 9, 9), ymd(2024, 9, 2)}) == 0);  // reversed counts as empty
}

TEST_CASE("weekdays agrees with a day-by-day count on 2,000 random ranges") {
    std::mt19937_64 rng(1409);
    const date epoch = ymd(1950, 1, 1);
    std::uniform_int_distribution<int> offset(0, 150 * 365);  // 1950 to about 2100
    std::uniform_int_distribution<int> length(0, 3000);
    for (int i = 0; i < 2000; ++i) {
        const date begin = epoch + boost::gregorian::days(offset(rng));
        const date end = begin + boost::gregorian::days(length(rng));
        INFO("range [", mhfund::to_string(begin), ", ", mhfund::to_string(end), ")");
        CHECK(mhfund::weekdays({begin, end}) == weekdays_by_walking(begin, end));
    }
}

TEST_CASE("the FE trailblazer example of section 8 rule 5, from the calendar") {
    // Trailblazer year 1 starts 1 Jan 2023 (policy default, section 3.2).
    const date_range window = mhfund::programme_year_window(ymd(2023, 1, 1), 1);
    const int64_t w = mhfund::weekdays(window);
    const int64_t before_sep =
        mhfund::weekdays(mhfund::intersect(window, {window.begin, ymd(2023, 9, 1)}));
    CHECK(w == 260);
    CHECK(before_sep == 174);
    // £2,400.00 central events: round_half_up(240,000 × 174 / 260) = 160,615p to 2022/23.
    const mhfund::money total = mhfund::money::from_pence(240000);
    CHECK(mhfund::cumulative_share(total, before_sep, w) == mhfund::money::from_pence(160615));
}

TEST_CASE("add_years keeps month and day; 29 February becomes 28 February") {
    CHECK(mhfund::add_years(ymd(2024, 2, 29), 1) == ymd(2025, 2, 28));
    CHECK(mhfund::add_years(ymd(2024, 2, 29), 4) == ymd(2028, 2, 29));
    CHECK(mhfund::add_years(ymd(2024, 2, 29), -1) == ymd(2023, 2, 28));
    // No end-of-month snapping (section 8 rule 3): 28 Feb 2023 is a month end, 28 Feb 2024 not.
    CHECK(mhfund::add_years(ymd(2023, 2, 28), 1) == ymd(2024, 2, 28));
    CHECK(mhfund::add_years(ymd(2023, 4, 30), 1) == ymd(2024, 4, 30));
    CHECK(mhfund::add_years(ymd(2022, 9, 1), 2) == ymd(2024, 9, 1));
    CHECK(mhfund::add_years(ymd(2022, 9, 1), 0) == ymd(2022, 9, 1));
}

TEST_CASE("programme_year_window k is [start + (k-1) years, start + k years)") {
    using mhfund::programme_year_window;
    // SMS cohort 7 starts 1 Sep 2022 (section 8 rule 2); its year 3 is academic year 2024/25.
    CHECK(programme_year_window(ymd(2022, 9, 1), 3) ==
          date_range{ymd(2024, 9, 1), ymd(2025, 9, 1)});
    CHECK(programme_year_window(ymd(2022, 9, 1), 1) ==
          date_range{ymd(2022, 9, 1), ymd(2023, 9, 1)});
    // FE trailblazers start 1 Jan 2023: year 1 runs 1 Jan 2023 – 31 Dec 2023.
    CHECK(programme_year_window(ymd(2023, 1, 1), 1) ==
          date_range{ymd(2023, 1, 1), ymd(2024, 1, 1)});
    // A start on 29 Feb: windows still meet end to start, leaving no day out.
    CHECK(programme_year_window(ymd(2024, 2, 29), 1) ==
          date_range{ymd(2024, 2, 29), ymd(2025, 2, 28)});
    CHECK(programme_year_window(ymd(2024, 2, 29), 2).begin ==
          programme_year_window(ymd(2024, 2, 29), 1).end);
    CHECK(programme_year_window(ymd(2024, 2, 29), 4) ==
          date_range{ymd(2027, 2, 28), ymd(2028, 2, 29)});

    check_error(errc::usage, "1", [] { (void)programme_year_window(ymd(2022, 9, 1), 0); });
    check_error(errc::usage, "1", [] { (void)programme_year_window(ymd(2022, 9, 1), -1); });
}

TEST_CASE("default terms: autumn 1 Sep-31 Dec, spring 1 Jan-31 Mar, summer 1 Apr-31 Aug") {
    const term_calendar terms;
    const academic_year y{2024};
    CHECK(terms.is_default(y));
    CHECK(terms.range(y, term_name::autumn) == date_range{ymd(2024, 9, 1), ymd(2025, 1, 1)});
    CHECK(terms.range(y, term_name::spring) == date_range{ymd(2025, 1, 1), ymd(2025, 4, 1)});
    CHECK(terms.range(y, term_name::summer) == date_range{ymd(2025, 4, 1), ymd(2025, 9, 1)});

    CHECK(terms.term_of(ymd(2024, 9, 1)) == term_name::autumn);
    CHECK(terms.term_of(ymd(2024, 12, 31)) == term_name::autumn);
    CHECK(terms.term_of(ymd(2025, 1, 1)) == term_name::spring);
    CHECK(terms.term_of(ymd(2025, 3, 31)) == term_name::spring);
    CHECK(terms.term_of(ymd(2025, 4, 1)) == term_name::summer);
    CHECK(terms.term_of(ymd(2025, 8, 31)) == term_name::summer);

    CHECK(mhfund::to_string(term_name::autumn) == "autumn");
    CHECK(mhfund::to_string(term_name::spring) == "spring");
    CHECK(mhfund::to_string(term_name::summer) == "summer");
}

TEST_CASE("a hub's own term dates change term_of and the term ranges for that year only") {
    term_calendar terms;
    const academic_year y{2024};
    terms.set(y, {ymd(2025, 1, 6), ymd(2025, 4, 22)});
    CHECK_FALSE(terms.is_default(y));
    CHECK(terms.is_default(academic_year{2025}));
    CHECK(terms.starts(y).spring == ymd(2025, 1, 6));
    CHECK(terms.starts(y).summer == ymd(2025, 4, 22));

    CHECK(terms.term_of(ymd(2025, 1, 3)) == term_name::autumn);  // holidays belong to a term
    CHECK(terms.term_of(ymd(2025, 1, 6)) == term_name::spring);
    CHECK(terms.term_of(ymd(2025, 4, 21)) == term_name::spring);
    CHECK(terms.term_of(ymd(2025, 4, 22)) == term_name::summer);
    CHECK(terms.range(y, term_name::autumn) == date_range{ymd(2024, 9, 1), ymd(2025, 1, 6)});
    CHECK(terms.range(y, term_name::spring) == date_range{ymd(2025, 1, 6), ymd(2025, 4, 22)});
    CHECK(terms.range(y, term_name::summer) == date_range{ymd(2025, 4, 22), ymd(2025, 9, 1)});
    // The next year keeps the defaults.
    CHECK(terms.term_of(ymd(2026, 1, 2)) == term_name::spring);
    CHECK(terms.range(academic_year{2025}, term_name::summer) ==
          date_range{ymd(2026, 4, 1), ymd(2026, 9, 1)});
}

TEST_CASE("term_calendar::set rejects term dates out of order or outside the year") {
    const academic_year y{2024};
    const mhfund::term_starts bad[] = {
        {ymd(2025, 4, 22), ymd(2025, 1, 6)},  // summer before spring
        {ymd(2025, 1, 6), ymd(2025, 1, 6)},   // spring and summer on the same day
        {ymd(2024, 9, 1), ymd(2025, 4, 1)},   // spring on 1 Sep leaves no autumn
        {ymd(2024, 8, 1), ymd(2025, 4, 1)},   // spring before the year
        {ymd(2025, 1, 6), ymd(2025, 9, 1)},   // summer on the next 1 Sep
        {ymd(2025, 1, 6), ymd(2025, 10, 1)},  // summer after the year
    };
    for (const auto& s : bad) {
        term_calendar terms;
        INFO("spring ", mhfund::to_string(s.spring), ", summer ", mhfund::to_string(s.summer));
        check_error(errc::input, "2024/25", [&] { terms.set(y, s); });
        CHECK(terms.is_default(y));  // a rejected override leaves the defaults in place
    }
}

TEST_CASE("period_containing finds the period of each kind, with its label") {
    using mhfund::period_containing;
    const term_calendar terms;
    const date oct = ymd(2024, 10, 15);

    const auto ay = period_containing(period_kind::academic_year, oct, terms);
    CHECK(ay.kind == period_kind::academic_year);
    CHECK(ay.range == date_range{ymd(2024, 9, 1), ymd(2025, 9, 1)});
    CHECK(ay.label() == "2024/25");

    const auto fy = period_containing(period_kind::financial_year, oct, terms);
    CHECK(fy.range == date_range{ymd(2024, 4, 1), ymd(2025, 4, 1)});
    CHECK(fy.label() == "FY2024-25");
    CHECK(period_containing(period_kind::financial_year, ymd(2025, 2, 15), terms).label() ==
          "FY2024-25");

    const auto autumn = period_containing(period_kind::term, oct, terms);
    CHECK(autumn.term == term_name::autumn);
    CHECK(autumn.range == date_range{ymd(2024, 9, 1), ymd(2025, 1, 1)});
    CHECK(autumn.label() == "2024/25 autumn");
    CHECK(period_containing(period_kind::term, ymd(2025, 2, 15), terms).label() ==
          "2024/25 spring");
    CHECK(period_containing(period_kind::term, ymd(2025, 8, 31), terms).label() ==
          "2024/25 summer");

    const auto sep = period_containing(period_kind::month, ymd(2024, 9, 15), terms);
    CHECK(sep.range == date_range{ymd(2024, 9, 1), ymd(2024, 10, 1)});
    CHECK(sep.label() == "2024-09");
    const auto dec = period_containing(period_kind::month, ymd(2024, 12, 31), terms);
    CHECK(dec.range == date_range{ymd(2024, 12, 1), ymd(2025, 1, 1)});
    CHECK(dec.label() == "2024-12");
}

TEST_CASE("month periods: February in leap and non-leap years, month ends") {
    using mhfund::period_containing;
    const term_calendar terms;
    const auto feb24 = period_containing(period_kind::month, ymd(2024, 2, 29), terms);
    CHECK(feb24.range == date_range{ymd(2024, 2, 1), ymd(2024, 3, 1)});
    CHECK((feb24.range.end - feb24.range.begin).days() == 29);
    const auto feb23 = period_containing(period_kind::month, ymd(2023, 2, 28), terms);
    CHECK(feb23.range == date_range{ymd(2023, 2, 1), ymd(2023, 3, 1)});
    CHECK((feb23.range.end - feb23.range.begin).days() == 28);
    // From 31 January the next month still starts on 1 February.
    CHECK(period_containing(period_kind::month, ymd(2024, 1, 31), terms).range ==
          date_range{ymd(2024, 1, 1), ymd(2024, 2, 1)});
    CHECK(period_containing(period_kind::month, ymd(2024, 4, 30), terms).range ==
          date_range{ymd(2024, 4, 1), ymd(2024, 5, 1)});
}

TEST_CASE("term periods follow a hub's own term dates") {
    term_calendar terms;
    terms.set(academic_year{2024}, {ymd(2025, 1, 6), ymd(2025, 4, 22)});
    const auto p = mhfund::period_containing(period_kind::term, ymd(2025, 1, 3), terms);
    CHECK(p.term == term_name::autumn);
    CHECK(p.range == date_range{ymd(2024, 9, 1), ymd(2025, 1, 6)});
    CHECK(p.label() == "2024/25 autumn");
}

TEST_CASE("periods of each kind contain their date and tile the calendar") {
    term_calendar terms;
    terms.set(academic_year{2024}, {ymd(2025, 1, 6), ymd(2025, 4, 22)});
    std::mt19937_64 rng(2025);
    std::uniform_int_distribution<int> offset(0, 20 * 365);
    for (period_kind k : {period_kind::academic_year, period_kind::financial_year,
                          period_kind::term, period_kind::month}) {
        for (int i = 0; i < 500; ++i) {
            const date d = ymd(2015, 1, 1) + boost::gregorian::days(offset(rng));
            const auto p = mhfund::period_containing(k, d, terms);
            INFO("kind ", mhfund::to_string(k), ", date ", mhfund::to_string(d));
            CHECK(p.range.contains(d));
            // The next period starts where this one ends.
            CHECK(mhfund::period_containing(k, p.range.end, terms).range.begin == p.range.end);
        }
    }
}

TEST_CASE("parse_period_kind reads the CLI's words") {
    using mhfund::parse_period_kind;
    CHECK(parse_period_kind("academic") == period_kind::academic_year);
    CHECK(parse_period_kind("financial") == period_kind::financial_year);
    CHECK(parse_period_kind("term") == period_kind::term);
    CHECK(parse_period_kind("month") == period_kind::month);
    for (period_kind k : {period_kind::academic_year, period_kind::financial_year,
                          period_kind::term, period_kind::month})
        CHECK(parse_period_kind(mhfund::to_string(k)) == k);
    for (const char* text : {"week", "quarter", "", "years", "terms"}) {
        INFO("text: '", text, "'");
        check_error(errc::usage, "'" + std::string(text) + "'",
                    [&] { (void)parse_period_kind(text); });
    }
}

TEST_CASE("a date outside the years 1900 to 9000 is an input error, never the calendar's own") {
    // Boost's calendar holds the years 1400 to 9999 and throws its own exception outside them:
    // the year is checked before any calendar arithmetic (a fuzzer found 1012-03-01).
    for (const char* text :
         {"1012-03-01", "0000-01-01", "1399-12-31", "1899-12-31", "9001-01-01", "9999-12-31"})
        CHECK(mhfund_test::contains(
            mhfund_test::error_from(errc::input, [&] { mhfund::parse_date(text); }).what(),
            "1900 to 9000"));
    CHECK(mhfund::parse_date("1900-01-01") == date(1900, 1, 1));
    CHECK(mhfund::parse_date("9000-12-31") == date(9000, 12, 31));
}
