// Key dates and deadlines: UK local time across the clocks changing, submission instants, dates
// at a document's precision, the editions' key dates (000, 001, 003, 004) and a hub's calendar.
// Every expectation is worked out by hand from the documents and the UK's rules (BST from 01:00
// UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mhfund/applications.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"
#include "mhfund/key_dates.hpp"
#include "mhfund/programme_calendar.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::ymd;

namespace pt = boost::posix_time;

namespace {

instant utc(int y, int mo, int d, int h, int mi, int s = 0) {
    return instant(ymd(y, mo, d), pt::hours(h) + pt::minutes(mi) + pt::seconds(s));
}

pt::time_duration hm(int h, int m, int s = 0) {
    return pt::hours(h) + pt::minutes(m) + pt::seconds(s);
}

// A test edition whose deadline is 5pm on a BST day, so that a reading of local time as GMT (or
// of an offset the wrong way round) would give the wrong answer.
const char* bst_edition =
    "id = \"bst-test\"\n"
    "programme = \"workgroup\"\n"
    "kind = \"workgroup\"\n"
    "[workgroup]\n"
    "first_year = \"2024/25\"\n"
    "  [[workgroup.grant]]\n"
    "  year = 1\n"
    "  amount = \"2000.00\"\n"
    "[deadline]\n"
    "date = 2024-06-28\n"
    "time = \"17:00\"\n";

}  // namespace

TEST_CASE(
    "UK local time: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last "
    "Sunday of October") {
    // 2025: the clocks go forward on Sunday 30 March and back on Sunday 26 October.
    uk_local_time l = to_uk_local(utc(2025, 3, 30, 0, 59, 59));
    CHECK(l.day == ymd(2025, 3, 30));
    CHECK(l.time_of_day == hm(0, 59, 59));
    CHECK_FALSE(l.bst);
    l = to_uk_local(utc(2025, 3, 30, 1, 0, 0));
    CHECK(l.time_of_day == hm(2, 0, 0));
    CHECK(l.bst);
    l = to_uk_local(utc(2025, 10, 26, 0, 59, 59));
    CHECK(l.time_of_day == hm(1, 59, 59));
    CHECK(l.bst);
    l = to_uk_local(utc(2025, 10, 26, 1, 0, 0));
    CHECK(l.time_of_day == hm(1, 0, 0));
    CHECK_FALSE(l.bst);
    // 2024: 31 March and 27 October.
    CHECK_FALSE(to_uk_local(utc(2024, 3, 31, 0, 59, 59)).bst);
    CHECK(to_uk_local(utc(2024, 3, 31, 1, 0, 0)).bst);
    CHECK(to_uk_local(utc(2024, 10, 27, 0, 59, 59)).bst);
    CHECK_FALSE(to_uk_local(utc(2024, 10, 27, 1, 0, 0)).bst);
    // Midwinter and midsummer.
    CHECK(to_uk_text(utc(2025, 3, 14, 17, 0)) == "2025-03-14 17:00:00 GMT");
    CHECK(to_uk_text(utc(2024, 6, 28, 15, 59)) == "2024-06-28 16:59:00 BST");
    CHECK(to_utc_text(utc(2024, 6, 28, 15, 59)) == "2024-06-28T15:59:00Z");
}

TEST_CASE("UK local time to UTC, and the hours the clocks skip or repeat") {
    CHECK(from_uk_local(ymd(2025, 3, 14), hm(17, 0)) == utc(2025, 3, 14, 17, 0));
    CHECK(from_uk_local(ymd(2024, 6, 28), hm(16, 59)) == utc(2024, 6, 28, 15, 59));
    CHECK(from_uk_local(ymd(2025, 3, 30), hm(0, 59, 59)) == utc(2025, 3, 30, 0, 59, 59));
    CHECK(from_uk_local(ymd(2025, 3, 30), hm(2, 0)) == utc(2025, 3, 30, 1, 0));
    CHECK(from_uk_local(ymd(2025, 10, 26), hm(2, 0)) == utc(2025, 10, 26, 2, 0));
    CHECK(from_uk_local(ymd(2025, 10, 26), hm(0, 59)) == utc(2025, 10, 25, 23, 59));
    // 01:30 on 30 March 2025 never happens; 01:30 on 26 October 2025 happens twice.
    error e = error_from(errc::input, [] { from_uk_local(ymd(2025, 3, 30), hm(1, 30)); });
    CHECK(contains(e.what(), "does not exist"));
    CHECK(contains(e.what(), "offset"));
    e = error_from(errc::input, [] { from_uk_local(ymd(2025, 10, 26), hm(1, 30)); });
    CHECK(contains(e.what(), "happens twice"));
    CHECK(contains(e.what(), "+01:00"));
}

TEST_CASE("submission instants: ISO 8601 with an offset, or UK local time") {
    const instant five_to = utc(2025, 3, 14, 16, 59);
    CHECK(parse_instant("2025-03-14T16:59:00+00:00") == five_to);
    CHECK(parse_instant("2025-03-14T16:59:00Z") == five_to);
    CHECK(parse_instant("2025-03-14T16:59Z") == five_to);
    CHECK(parse_instant("2025-03-14 16:59") == five_to);  // GMT in March
    CHECK(parse_instant("2025-03-14T16:59") == five_to);
    CHECK(parse_instant("2025-03-14T17:59:00+01:00") == five_to);
    CHECK(parse_instant("2025-03-14T17:59+0100") == five_to);
    CHECK(parse_instant("2025-03-14T17:59+01") == five_to);
    CHECK(parse_instant("2025-03-14T11:59-05:00") == five_to);
    CHECK(parse_instant("2025-03-14T16:59:30Z") == five_to + pt::seconds(30));
    // In June, local time is BST: 16:59 local is 15:59 UTC.
    CHECK(parse_instant("2024-06-28 16:59") == utc(2024, 6, 28, 15, 59));
    CHECK(parse_instant("2024-06-28T16:59:00+01:00") == utc(2024, 6, 28, 15, 59));
    // An offset that crosses midnight.
    CHECK(parse_instant("2024-06-29T00:30+01:00") == utc(2024, 6, 28, 23, 30));

    for (const char* bad :
         {"2025-03-14", "2025-03-14T16:59:00.5Z", "2025-03-14T24:00", "2025-02-30T12:00Z",
          "2025-03-14T16:60Z", "2025-03-14T16:59+15:00", "2025-03-14T16:59 GMT", "14/03/2025 16:59",
          "2025-03-14T1659Z", "2025-03-14T16:59:00+01:00x", "9999-12-31T23:59-01:00", ""}) {
        INFO(std::string(bad));
        const error e = error_from(errc::input, [&] { parse_instant(bad); });
        CHECK(contains(e.what(), "'" + std::string(bad) + "'"));
    }
    CHECK(contains(error_from(errc::input, [] { parse_instant("2025-03-14T16:59:00.5Z"); }).what(),
                   "whole seconds"));
    CHECK(contains(error_from(errc::input, [] { parse_instant("2025-03-30 01:15"); }).what(),
                   "does not exist"));
}

TEST_CASE("001: 5pm on 14 March 2025 (GMT): 16:59 is on time, 17:01 late") {
    const edition& e = catalogue::builtin().get("sms-2025-26");
    REQUIRE(e.deadline);
    CHECK(e.deadline->day == ymd(2025, 3, 14));
    CHECK(e.deadline->last_on_time() == utc(2025, 3, 14, 17, 0));

    deadline_result r = check_deadline(e, "2025-03-14 16:59");
    CHECK(r.on_time);
    CHECK(contains(r.message, "on time"));
    CHECK(contains(r.message, "1 min before"));
    r = check_deadline(e, "2025-03-14 17:01");
    CHECK_FALSE(r.on_time);
    CHECK(contains(r.message, "late"));
    CHECK(contains(r.message, "1 min after"));
    // "By 5pm" includes 17:00:00 itself.
    CHECK(check_deadline(e, "2025-03-14T17:00:00Z").on_time);
    CHECK_FALSE(check_deadline(e, "2025-03-14T17:00:01Z").on_time);
    // The same instants with offsets: 16:59 GMT is 17:59 at UTC+1.
    CHECK(check_deadline(e, "2025-03-14T17:59+01:00").on_time);
    CHECK_FALSE(check_deadline(e, "2025-03-14T18:01+01:00").on_time);
}

TEST_CASE("a 5pm deadline on a BST day: local, +01:00 and UTC give the same answers") {
    const edition e = parse_edition(bst_edition, "bst.toml");
    REQUIRE(e.deadline);
    CHECK(e.deadline->last_on_time() == utc(2024, 6, 28, 16, 0));  // 17:00 BST
    CHECK(e.deadline->to_string() == "2024-06-28 17:00:00 BST");
    for (const char* on_time : {"2024-06-28 16:59", "2024-06-28T16:59:00+01:00",
                                "2024-06-28T15:59Z", "2024-06-28T15:59:00+00:00"}) {
        INFO(on_time);
        CHECK(check_deadline(e, on_time).on_time);
    }
    for (const char* late : {"2024-06-28 17:01", "2024-06-28T17:01+01:00", "2024-06-28T16:01Z",
                             "2024-06-28T16:30Z"}) {  // 16:30 UTC is 17:30 BST: late
        INFO(late);
        CHECK_FALSE(check_deadline(e, late).on_time);
    }
}

TEST_CASE("003: Friday 28 June 2024, a day without a time, includes the whole day (BST)") {
    const edition& e = catalogue::builtin().get("wg-2024");
    REQUIRE(e.deadline);
    REQUIRE(e.deadline->day);
    CHECK(*e.deadline->day == ymd(2024, 6, 28));
    CHECK(e.deadline->day->day_of_week() == boost::date_time::Friday);  // 003: "Friday 28th"
    CHECK_FALSE(e.deadline->time_of_day);
    CHECK(e.deadline->hub == "WM1");  // 003 is the Central Maths Hub's call
    // The last on-time second is 23:59:59 BST = 22:59:59 UTC.
    CHECK(e.deadline->last_on_time() == utc(2024, 6, 28, 22, 59, 59));
    CHECK(e.deadline->to_string() == "2024-06-28 23:59:59 BST (end of the day)");

    CHECK(check_deadline(e, "2024-06-28T16:59:00+01:00").on_time);
    CHECK(check_deadline(e, "2024-06-28T15:59Z").on_time);
    CHECK(check_deadline(e, "2024-06-28 23:59:59").on_time);
    CHECK(check_deadline(e, "2024-06-28T22:59:59Z").on_time);
    CHECK_FALSE(check_deadline(e, "2024-06-29 00:00").on_time);
    CHECK_FALSE(check_deadline(e, "2024-06-28T23:00:00Z").on_time);
    CHECK_FALSE(check_deadline(e, "2024-06-29T00:00+01:00").on_time);
}

TEST_CASE("an edition whose documents give no deadline cannot be checked") {
    for (const char* id : {"fe-2023", "sms-2022-cohort7", "post16-dev"}) {
        INFO(id);
        const edition& e = catalogue::builtin().get(id);
        REQUIRE(e.deadline);  // recorded as not given, with why
        CHECK_FALSE(e.deadline->known());
        CHECK(e.deadline->to_string() == "not given");
        const error err = error_from(errc::input, [&] { check_deadline(e, "2023-01-31 12:00"); });
        CHECK(contains(err.what(), "no application deadline"));
        CHECK(contains(err.what(), id));
    }
}

TEST_CASE("dates at a document's precision") {
    fuzzy_date f = parse_fuzzy_date("2025-06");
    CHECK(f.precision == date_precision::month);
    CHECK(f.to_string() == "June 2025");
    CHECK(f.range() == date_range{ymd(2025, 6, 1), ymd(2025, 7, 1)});

    f = parse_fuzzy_date("autumn 2022");
    CHECK(f.precision == date_precision::term);
    CHECK(f.year.start_year == 2022);
    CHECK(f.to_string() == "autumn term 2022");
    CHECK(f.range() == date_range{ymd(2022, 9, 1), ymd(2023, 1, 1)});

    f = parse_fuzzy_date("spring 2023");  // the spring term of 2022/23
    CHECK(f.year.start_year == 2022);
    CHECK(f.to_string() == "spring term 2023");
    CHECK(f.range() == date_range{ymd(2023, 1, 1), ymd(2023, 4, 1)});
    // A hub's own term dates move a term-precision date.
    term_calendar terms;
    terms.set(academic_year{2022}, {ymd(2023, 1, 4), ymd(2023, 4, 17)});
    CHECK(f.range(terms) == date_range{ymd(2023, 1, 4), ymd(2023, 4, 17)});

    f = parse_fuzzy_date("2025/26");
    CHECK(f.precision == date_precision::academic_year);
    CHECK(f.to_string() == "2025/26");
    CHECK(f.range() == date_range{ymd(2025, 9, 1), ymd(2026, 9, 1)});

    f = parse_fuzzy_date("2024-06-28");
    CHECK(f.precision == date_precision::day);
    CHECK(f.range() == date_range{ymd(2024, 6, 28), ymd(2024, 6, 29)});

    for (const char* u : {"unknown", "to be confirmed"}) {
        f = parse_fuzzy_date(u);
        CHECK_FALSE(f.known());
        CHECK(f.range().empty());
        CHECK(f.to_string() == "date not given");
    }
    for (const char* bad :
         {"June 2025", "2025-13", "2025-6", "winter 2024", "autumn", "2024/26", "2024-02-30", "tbc",
          "9999-12", "9999-12-31", "autumn 9999", "9999/00", ""}) {
        INFO(std::string(bad));
        error_from(errc::input, [&] { parse_fuzzy_date(bad); });
    }
}

TEST_CASE("003: the Work Group year is September 2024 to July 2025, the conference June 2025") {
    const edition& e = catalogue::builtin().get("wg-2024");
    const key_date* year = nullptr;
    const key_date* conference = nullptr;
    for (const key_date& k : e.key_dates) {
        if (k.id == "work_group_year") year = &k;
        if (k.id == "conference") conference = &k;
    }
    REQUIRE(year);
    REQUIRE(conference);
    CHECK(year->when_text() == "September 2024 to July 2025");
    CHECK(year->range() == date_range{ymd(2024, 9, 1), ymd(2025, 8, 1)});
    CHECK(conference->when.precision == date_precision::month);  // a month, not a day
    CHECK(conference->when_text() == "June 2025");
}

TEST_CASE("the launch's date is unknown, never invented (000, 004)") {
    for (const char* id : {"sms-2022-cohort7", "fe-2023"}) {
        INFO(id);
        const edition& e = catalogue::builtin().get(id);
        REQUIRE(e.commitments.size() == 1);
        CHECK_FALSE(e.commitments[0].when.known());
    }
    // Start terms: 000 "beginning in the autumn term of 2022"; 004 trailblazers "spring 2023",
    // cohort 1 "autumn 2023"; 001 only "2025/26".
    auto start_of = [](const edition& e, const std::string& cohort) {
        for (const key_date& k : e.key_dates)
            if (k.id == "programme_start" && k.cohort == cohort) return k.when.to_string();
        return std::string("(none)");
    };
    const catalogue& cat = catalogue::builtin();
    CHECK(start_of(cat.get("sms-2022-cohort7"), "7") == "autumn term 2022");
    CHECK(start_of(cat.get("fe-2023"), "trailblazer") == "spring term 2023");
    CHECK(start_of(cat.get("fe-2023"), "1") == "autumn term 2023");
    CHECK(start_of(cat.get("sms-2025-26"), "2025-26") == "2025/26");
}

TEST_CASE("the default scenario's calendar: dated items in date order, undated ones last") {
    const scenario s = default_scenario();
    const std::vector<calendar_item> items = hub_calendar(s);
    std::vector<std::string> dated;
    bool undated_seen = false;
    date previous;
    for (const calendar_item& i : items) {
        if (!i.dated()) {
            undated_seen = true;
            continue;
        }
        CHECK_FALSE(undated_seen);  // no dated item after an undated one
        if (!previous.is_not_a_date()) CHECK(previous <= i.range.begin);
        previous = i.range.begin;
        dated.push_back(i.edition + " " + i.when_text());
    }
    // Hand-ordered from the documents. The roster uses sms-2022-cohort7, fe-2023 and wg-2024;
    // sms-2025-26 is another edition, so only its (known) deadline shows.
    const std::vector<std::string> expected{
        "sms-2022-cohort7 spring term 2022",                 // form published (000)
        "sms-2022-cohort7 autumn term 2022",                 // cohort 7 starts
        "fe-2023 January 2023",                              // form published (004)
        "fe-2023 spring term 2023",                          // trailblazers notified
        "fe-2023 spring term 2023",                          // trailblazers start
        "fe-2023 summer term 2023",                          // cohort 1 notified
        "fe-2023 autumn term 2023",                          // cohort 1 starts
        "wg-2024 2024-06-28 23:59:59 BST (end of the day)",  // Work Group deadline (003)
        "sms-2022-cohort7 2024/25",                          // year 3 leads a Work Group
        "wg-2024 September 2024 to July 2025",               // the Work Group year
        "sms-2025-26 2025-03-14 17:00:00 GMT",               // SMS 2025/26 deadline (001)
        "wg-2024 June 2025",                                 // Mastery conference
    };
    CHECK(dated == expected);
    CHECK(undated_seen);

    // --from 2025-01-01: the Work Group year (to July 2025) and the 2024/25 year still run.
    calendar_options o;
    o.from = ymd(2025, 1, 1);
    std::vector<std::string> from;
    for (const calendar_item& i : hub_calendar(s, o))
        if (i.dated()) from.push_back(i.edition + " " + i.when_text());
    CHECK(from == std::vector<std::string>{
                      "sms-2022-cohort7 2024/25", "wg-2024 September 2024 to July 2025",
                      "sms-2025-26 2025-03-14 17:00:00 GMT", "wg-2024 June 2025"});
    // A month is kept to its last day, and gone the day after.
    o.from = ymd(2025, 6, 30);
    std::size_t june = 0;
    for (const calendar_item& i : hub_calendar(s, o))
        june += i.dated() && i.when_text() == "June 2025";
    CHECK(june == 1);
    o.from = ymd(2025, 7, 1);
    for (const calendar_item& i : hub_calendar(s, o))
        CHECK(i.when_text() != "June 2025");
}

TEST_CASE("a scenario using no edition gets every edition's calendar in full") {
    scenario s;  // no roster, no work groups
    std::size_t post16 = 0, sms25 = 0;
    for (const calendar_item& i : hub_calendar(s)) {
        post16 += i.edition == "post16-dev";
        sms25 += i.edition == "sms-2025-26";
    }
    CHECK(post16 == 1);  // its deadline, recorded as not given
    CHECK(sms25 == 3);   // deadline, programme start, PD Lead Programme year
}

TEST_CASE("edition files: key dates and deadlines are checked as they are read") {
    const std::string base =
        "id = \"t\"\nprogramme = \"workgroup\"\nkind = \"workgroup\"\n"  // lines 1-3
        "[workgroup]\nfirst_year = \"2024/25\"\n"                        // 4-5
        "  [[workgroup.grant]]\n  year = 1\n  amount = \"2000.00\"\n";   // 6-8
    struct bad_case {
        std::string text;
        long line;
        std::string field;
        std::string needle;
    };
    const std::vector<bad_case> cases{
        {"[deadline]\ndate = 2025-03-30\ntime = \"01:30\"\n", 11, "time", "does not exist"},
        {"[deadline]\ndate = 2025-03-14\ntime = \"5pm\"\n", 11, "time", "HH:MM"},
        {"[deadline]\ntime = \"17:00\"\n", 10, "time", "needs a 'date'"},
        {"[deadline]\ndate = 9999-12-31\n", 10, "date", "in the years 1900 to 9000"},
        {"[deadline]\ndate = 2025-03-14\nhub = \"XX9\"\n", 11, "hub", "XX9"},
        {"[deadline]\ndate = 2025-03-14\nclose = \"17:00\"\n", 11, "close", "unknown key 'close'"},
        {"[[key_date]]\nid = \"c\"\nwhat = \"conference\"\nwhen = \"June 2025\"\n", 12, "when",
         "a month (2025-06)"},
        {"[[key_date]]\nid = \"c\"\nwhat = \"conference\"\n", 9, "", "needs 'when'"},
        {"[[key_date]]\nid = \"y\"\nwhat = \"year\"\nwhen = \"2025-07\"\nuntil = \"2024-09\"\n", 13,
         "until", "no earlier than"},
        {"[[key_date]]\nid = \"y\"\nwhat = \"year\"\nwhen = \"2024-09\"\ncohort = \"9\"\n", 13,
         "cohort", "cohort '9'"},
    };
    for (const bad_case& c : cases) {
        const std::string text = base + c.text;
        INFO(text);
        const error e = error_from(errc::input, [&] { parse_edition(text, "bad.toml"); });
        INFO(std::string(e.what()));
        CHECK(contains(e.what(), "bad.toml:" + std::to_string(c.line) + ":"));
        CHECK(e.where().field == c.field);
        CHECK(contains(e.what(), c.needle));
    }
    // A TOML date in 'when' is a day.
    const edition e =
        parse_edition(base + "[[key_date]]\nid = \"d\"\nwhat = \"x\"\nwhen = 2024-06-28\n", "t");
    REQUIRE(e.key_dates.size() == 1);
    CHECK(e.key_dates[0].when.precision == date_precision::day);
    CHECK(e.key_dates[0].line == 10);
}
