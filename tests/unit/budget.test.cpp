// The approved budget (domain.md rule 14): saved and read back, it answers every grouping and
// period as the forecast of its scenario does, to the penny; a changed input is named with both
// fingerprints; a malformed file is an input error at its JSON path.
#include <doctest/doctest.h>

#include <string>

#include "io/sha256.hpp"
#include "mhfund/budget.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;
using mhfund_test::error_from;
using mhfund_test::pence;

namespace {

const std::string roster_header =
    "participant,hub,programme,edition,cohort,start,institution,trn,pd_lead_accredited,"
    "withdrawn,sle_days\n";

/// A budget saved and read back.
budget round_trip(const budget& b) {
    return read_budget(write_budget_json(b), "budget.json");
}

}  // namespace

TEST_CASE("budget: read back, it answers every grouping and period as the forecast does") {
    const scenario s = default_scenario();
    const budget saved = make_budget(s);
    const budget b = round_trip(saved);
    // Written again, the budget read back is the same file byte for byte.
    CHECK(write_budget_json(b) == write_budget_json(saved));
    CHECK(b.total() == run_forecast(s, {}).total);
    for (const auto& by :
         std::vector<std::vector<dimension>>{{},
                                             {dimension::programme},
                                             {dimension::participant, dimension::category},
                                             {dimension::institution},
                                             {dimension::hub, dimension::cost_type}})
        for (const period_kind k : {period_kind::academic_year, period_kind::financial_year,
                                    period_kind::term, period_kind::month}) {
            const forecast_result f = run_forecast(s, {by, k});
            const forecast_result r = b.summarise({by, k});
            REQUIRE(r.rows.size() == f.rows.size());
            for (std::size_t i = 0; i < f.rows.size(); ++i) {
                CHECK(r.rows[i].keys == f.rows[i].keys);
                CHECK(r.rows[i].when.label() == f.rows[i].when.label());
                CHECK(r.rows[i].amount == f.rows[i].amount);
                // The one-group query outturn's variance uses agrees with the rows.
                CHECK(b.amount(by, f.rows[i].keys, f.rows[i].when) == f.rows[i].amount);
            }
            CHECK(r.total == f.total);
        }
}

TEST_CASE("budget: the FE trailblazer's central events split by academic year as rule 5 says") {
    // domain.md rule 5's example: £2,400.00 over 1 Jan 2023–31 Dec 2023, W = 260 weekdays, 174
    // before 1 Sep 2023 (Jan 22, Feb 20, Mar 23, Apr 20, May 23, Jun 22, Jul 21, Aug 23):
    // 2022/23 gets round_half_up(240,000 × 174 / 260) = 160,615p.
    scenario s;
    s.name = "one trailblazer";
    read_roster(s, roster_header + "FT-01,WM1,fe,fe-2023,trailblazer,,10004599,,no,,\n",
                "roster.csv");
    s.validate();
    const budget b = round_trip(make_budget(s));
    const std::vector<dimension> by{dimension::participant, dimension::year, dimension::category};
    const term_calendar terms;
    const period y2022 =
        period_containing(period_kind::academic_year, mhfund_test::ymd(2023, 1, 1), terms);
    const period y2023 =
        period_containing(period_kind::academic_year, mhfund_test::ymd(2023, 9, 1), terms);
    CHECK(b.amount(by, {"FT-01", "1", "central_events"}, y2022) == pence(160615));
    CHECK(b.amount(by, {"FT-01", "1", "central_events"}, y2023) == pence(240000 - 160615));
}

TEST_CASE("budget: an input changed since saving is named with both fingerprints") {
    mhfund_test::scratch_dir dir;
    const std::string roster = roster_header + "F1-01,WM1,fe,fe-2023,1,,10004599,,no,,\n";
    mhfund_test::put(dir / "roster.csv", roster);
    mhfund_test::put(dir / "plan.toml", "name = \"plan\"\nroster = \"roster.csv\"\n");
    mhfund_test::put(dir / "budget.json",
                     write_budget_json(make_budget(load_scenario_file(dir / "plan.toml"))));
    const budget saved = read_budget_file(dir / "budget.json");
    CHECK(changed_inputs(saved).empty());
    const std::string edited = roster_header + "F1-01,WM1,fe,fe-2023,1,,10004599,,no,2024-01-01,\n";
    mhfund_test::put(dir / "roster.csv", edited);
    const std::vector<input_difference> changed = changed_inputs(saved);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].role == "roster");
    CHECK(changed[0].name == dir / "roster.csv");
    CHECK(changed[0].saved == io::sha256_hex(roster));
    CHECK(changed[0].current == io::sha256_hex(edited));
    CHECK(changed[0].saved != changed[0].current);
    // The budget still reads: it is the approved figure, two FE years of 15 days × £400.00.
    CHECK(read_budget_file(dir / "budget.json").total() == pence(2 * 15 * 40000));
}

TEST_CASE("budget: a malformed file is an input error at its JSON path") {
    scenario s;
    s.name = "one cohort-1 specialist";
    read_roster(s, roster_header + "F1-01,WM1,fe,fe-2023,1,,10004599,,no,,\n", "roster.csv");
    s.validate();
    const std::string good = write_budget_json(make_budget(s));
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    const auto refused = [](const std::string& text) {
        return error_from(errc::input, [&] { read_budget(text, "b.json"); });
    };
    const error not_json = refused("{\n  \"format\": \"mhfund budget\",\n  oops\n}");
    CHECK(not_json.where().file == "b.json");
    CHECK(not_json.where().line == 3);
    const error total = refused(with("\"total\": \"12000.00\"", "\"total\": \"12000.01\""));
    CHECK(total.where().field == "total");
    CHECK(contains(total.what(), "'12000.01'"));
    CHECK(contains(total.what(), "12000.00"));
    const error year = refused(with("\"year\": 1", "\"year\": \"one\""));
    CHECK(year.where().field == "lines[0].year");
    const error share = refused(with("\"2023-09-30\"", "\"2023-10-02\""));
    CHECK(share.where().field == "lines[0].shares[0][1]");
    const error unknown = refused(with("\"subject\"", "\"colour\": \"red\", \"subject\""));
    CHECK(unknown.where().field == "lines[0].colour");
    const error format = refused(with("\"mhfund budget\"", "\"mhfund forecast\""));
    CHECK(format.where().field == "format");
}
