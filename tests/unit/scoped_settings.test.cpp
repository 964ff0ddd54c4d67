// Scoped settings (domain.md 9.2): a setting for an edition, a cohort or one participant, the
// most specific applying. Every figure is derived by hand in the test.
#include <doctest/doctest.h>

#include <string>

#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;

namespace {

const char* const roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";

// Three cohort-7 specialists (start 2022-09-01, 20 SLE days in year 3) and two of the
// 2025/26 programme (start 2025-09-01).
scenario two_cohorts() {
    scenario s;
    read_roster(s,
                std::string(roster_header) +
                    "P0000001,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n"
                    "P0000002,WM1,sms,sms-2022-cohort7,7,,138412,,no,,20\n"
                    "P0000003,WM1,sms,sms-2022-cohort7,7,,137083,,no,,20\n"
                    "N0000001,WM1,sms,sms-2025-26,2025-26,,137083,,no,,\n"
                    "N0000002,WM1,sms,sms-2025-26,2025-26,,138412,,no,,\n",
                "roster.csv");
    return s;
}

// The sum of a participant's lines in programme year `year` (0: every year).
money total_of(const expansion& e, const scenario& s, const std::string& id, int year = 0) {
    money sum;
    for (const cost_line& l : e.lines)
        if (l.kind == cost_line::subject_kind::participant && s.roster[l.subject].id == id &&
            (year == 0 || l.year == year))
            sum += l.kept;
    return sum;
}

bool has_assumption(const forecast_result& r, const std::string& setting,
                    const std::string& value) {
    for (const assumption& a : r.assumptions)
        if (a.setting == setting && a.value == value) return true;
    return false;
}

forecast_result by_programme(const scenario& s) {
    return run_forecast(s, forecast_options{{dimension::programme}, period_kind::academic_year});
}

}  // namespace

TEST_CASE("a participant's own SLE rate prices their year 3 only") {
    scenario s = two_cohorts();
    s.set("sle_rate", "300.00", {});
    s.set("participant:P0000003:sle_rate", "350.00", {});
    s.set("local_days", "0", {});  // the 2025/26 lines need days; none here
    const expansion e = expand(s);
    // Year 3 (2024/25): the SLE line is 20 days × the rate; no hub-event days are set.
    //   P0000003: 20 × £350.00 = £7,000.00; the others 20 × £300.00 = £6,000.00.
    CHECK(total_of(e, s, "P0000003", 3) == pence(700000));
    CHECK(total_of(e, s, "P0000001", 3) == pence(600000));
    CHECK(total_of(e, s, "P0000002", 3) == pence(600000));
    // Years 1 and 2 are the edition's: 15 days × £200.00 each = £3,000.00 + £3,000.00.
    CHECK(total_of(e, s, "P0000003", 1) == pence(300000));
    CHECK(total_of(e, s, "P0000003", 2) == pence(300000));
    // The derivation names the participant's rate as a setting.
    for (const cost_line& l : e.lines)
        if (s.roster[l.subject].id == "P0000003" && l.year == 3) {
            CHECK(l.value->amount == pence(35000));
            CHECK(contains(l.value->source, "participant P0000003"));
        }

    const forecast_result r = by_programme(s);
    CHECK(has_assumption(r, "sle_rate for participant P0000003", "350.00"));
    CHECK(has_assumption(r, "sle_rate", "300.00"));
    CHECK(r.warnings.empty());
}

TEST_CASE("local days for the 2025/26 cohort leave cohort 7 alone") {
    scenario scoped = two_cohorts();
    scoped.set("sle_rate", "350.00", {});
    scoped.set("local_rate", "200.00", {});
    scoped.set("cohort:sms-2025-26/2025-26:local_days", "15", {});
    // By hand. Cohort 7, each: £3,000.00 + £3,000.00 + 20 × £350.00 = £13,000.00; year 4 has
    // no local days (the setting is not theirs), so it is not priced.
    // 2025/26, each: three years of 15 × £200.00 = £3,000.00, so £9,000.00.
    // Total: 3 × £13,000.00 + 2 × £9,000.00 = £57,000.00.
    const expansion e = expand(scoped);
    CHECK(total_of(e, scoped, "P0000001") == pence(1300000));
    CHECK(total_of(e, scoped, "P0000001", 4) == money{});
    CHECK(total_of(e, scoped, "N0000001") == pence(900000));
    CHECK(by_programme(scoped).total == pence(5700000));

    // The bug the scope fixes: the same days for the whole scenario add year 4 (2025/26) to
    // each cohort-7 specialist, 15 × £200.00 = £3,000.00: £57,000.00 + 3 × £3,000.00.
    scenario everyone = two_cohorts();
    everyone.set("sle_rate", "350.00", {});
    everyone.set("local_rate", "200.00", {});
    everyone.set("local_days", "15", {});
    CHECK(by_programme(everyone).total == pence(6600000));
}

TEST_CASE("the most specific scope wins: participant, then cohort, then edition, then scenario") {
    // Year 3 is 20 SLE days; each level gives its own rate. Set in an order that is not the
    // order of precedence, so that the order given cannot decide.
    scenario s = two_cohorts();
    s.set("local_days", "0", {});
    s.set("participant:P0000001:sle_rate", "340.00", {});
    s.set("cohort:sms-2022-cohort7/7:sle_rate", "320.00", {});
    s.set("sle_rate", "300.00", {});
    s.set("edition:sms-2022-cohort7:sle_rate", "310.00", {});
    const expansion e = expand(s);
    CHECK(total_of(e, s, "P0000001", 3) == pence(680000));  // 20 × £340.00
    CHECK(total_of(e, s, "P0000002", 3) == pence(640000));  // 20 × £320.00 (cohort)

    // Without the cohort's rate the edition's applies; without that, the scenario's.
    scenario edition_only = two_cohorts();
    edition_only.set("local_days", "0", {});
    edition_only.set("sle_rate", "300.00", {});
    edition_only.set("edition:sms-2022-cohort7:sle_rate", "310.00", {});
    CHECK(total_of(expand(edition_only), edition_only, "P0000002", 3) ==
          pence(620000));  // 20 × £310.00

    // The lookup itself, for one participant: the days and the policy follow the same order.
    scenario d = two_cohorts();
    d.set("local_days", "1", {});
    d.set("edition:sms-2025-26:local_days", "2", {});
    d.set("cohort:sms-2025-26/2025-26:local_days", "3", {});
    d.set("participant:N0000002:local_days", "4", {});
    d.set("participant:N0000002:pd_lead_policy", "reallocate", {});
    CHECK(d.settings_for(d.roster[0]).options.days.find("local_days") == half_days::from_days(1));
    CHECK(d.settings_for(d.roster[3]).options.days.find("local_days") == half_days::from_days(3));
    const settings_in_force own = d.settings_for(d.roster[4]);
    CHECK(own.options.days.find("local_days") == half_days::from_days(4));
    CHECK(own.options.pd_lead == pd_lead_policy::reallocate);
    CHECK(d.settings_for(d.roster[3]).options.pd_lead == pd_lead_policy::unfunded);
}

TEST_CASE("a scope that matches nobody is a warning naming the setting and its scope") {
    scenario s = two_cohorts();
    s.set("sle_rate", "350.00", {});
    s.set("local_days", "0", {});
    s.set("participant:P9999999:sle_rate", "400.00", {});
    s.set("edition:fe-2023:fe_rate", "410.00", {"plan.toml", 12, ""});
    const forecast_result r = by_programme(s);
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].kind == "settings.scope_unmatched");
    CHECK(contains(r.warnings[0].text, "sle_rate"));
    CHECK(contains(r.warnings[0].text, "participant P9999999"));
    CHECK(contains(r.warnings[0].text, "matches nobody"));
    CHECK(contains(r.warnings[1].text, "fe_rate"));
    CHECK(contains(r.warnings[1].text, "edition fe-2023"));
    CHECK(contains(r.warnings[1].text, "plan.toml:12"));
    CHECK(expand(s).warnings.size() == 2);
    // Nobody is priced differently: 3 × £13,000.00 (cohort 7) and nothing for 2025/26.
    CHECK(r.total == pence(3900000));
}

TEST_CASE("a bad scope is an input error naming the field, and changes nothing") {
    scenario s = two_cohorts();
    const source_location origin{"plan.toml", 7, ""};
    error e = error_from(errc::input, [&] { s.set("school:137083:sle_rate", "350.00", origin); });
    CHECK(contains(e.what(), "plan.toml:7"));
    CHECK(contains(e.what(), "school:137083:sle_rate"));
    CHECK(contains(e.what(), "participant:ID"));

    e = error_from(errc::input, [&] { s.set("edition:sms-2099:sle_rate", "350.00", origin); });
    CHECK(e.where().field == "edition");
    CHECK(e.where().line == 7);
    CHECK(contains(e.what(), "'sms-2099'"));
    CHECK(contains(e.what(), "sms-2022-cohort7"));

    e = error_from(errc::input, [&] { s.set("cohort:sms-2025-26/9:local_days", "3", origin); });
    CHECK(e.where().field == "cohort");
    CHECK(contains(e.what(), "2025-26"));

    e = error_from(errc::input, [&] { s.set("participant::sle_rate", "350.00", origin); });
    CHECK(e.where().field == "participant");

    e = error_from(errc::input, [&] { s.set("participant:P0000001:sle_rate", "-1", origin); });
    CHECK(e.where().field == "sle_rate");
    CHECK(contains(e.what(), "positive"));

    e = error_from(errc::input, [&] { s.set("edition:wg-2024:term_weights", "1,1,1", origin); });
    CHECK(contains(e.what(), "sle_rate"));  // the list of settings that may be scoped

    CHECK(s.scoped.empty());
    CHECK(s.assumptions.empty());
}

TEST_CASE("a scenario file gives scoped settings in [[settings_for]] tables") {
    const std::string plan = R"(hub = ["WM1", "EM1"]
[settings]
sle_rate = "300.00"
local_rate = "200.00"

[[settings_for]]
edition = "sms-2025-26"
cohort = "2025-26"
local_days = 15
note = "agreed with the 2025/26 schools"

[[settings_for]]
participant = "P0000003"
sle_rate = "350.00"
)";
    scenario s = load_scenario_text(plan, "plan.toml", "");
    CHECK(s.hub == "WM1, EM1");
    CHECK(s.plans_hub("EM1"));
    CHECK_FALSE(s.plans_hub("EE1"));
    REQUIRE(s.scoped.size() == 2);
    CHECK(s.scoped[0].scope.text() == "cohort sms-2025-26/2025-26");
    CHECK(s.scoped[0].where.line == 9);
    bool noted = false;
    for (const assumption& a : s.assumptions)
        if (a.setting == "local_days for cohort sms-2025-26/2025-26")
            noted = contains(a.note, "agreed with the 2025/26 schools") &&
                    contains(a.note, "plan.toml:9");
    CHECK(noted);

    const error e = error_from(errc::input, [&] {
        load_scenario_text("[[settings_for]]\nedition = \"sms-2099\"\nsle_rate = \"1.00\"\n",
                           "bad.toml", "");
    });
    CHECK(e.where().file == "bad.toml");
    CHECK(e.where().line == 2);
    CHECK(e.where().field == "edition");
}
