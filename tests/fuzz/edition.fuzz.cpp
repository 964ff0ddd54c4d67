// Fuzz target: the edition TOML reader, and adding what it accepts to a copy of the built-in
// catalogue. An edition that is added is then priced: every cohort and year of a specialist
// edition (with the day settings a scenario would give) and every year of a Work Group edition.
// A price's total is the sum of its lines, and each day line is its days × its rate, rounded
// once. Text with `[[rate]]` tables is also read as a rate card.
#include <algorithm>
#include <string>

#include "fuzz_target.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/pricing.hpp"

using namespace mhfund;

namespace {

void check_allocation(const allocation& a) {
    money sum;
    for (const priced_line& l : a.lines) {
        sum += l.amount;
        if (l.type != cost_type::grant && l.value != nullptr)
            MHFUND_FUZZ_CHECK(l.amount == day_rate(l.value->amount) * l.days,
                              std::string(l.category));
        (void)derivation(a, l);
    }
    MHFUND_FUZZ_CHECK(sum == a.total, to_plain(sum) + " vs " + to_plain(a.total));
    (void)derivation(a);
}

}  // namespace

MHFUND_FUZZ_TARGET(edition) {
    static const catalogue base = [] {
        catalogue c = catalogue::builtin();
        // The settings a scenario would give for the rates and days no document fixes.
        c.rates().set_always("sle", money::from_pounds(350), "fuzz");
        c.rates().set_always("hub_event", money::from_pounds(300), "fuzz");
        c.rates().set_always("local", money::from_pounds(250), "fuzz");
        return c;
    }();
    const std::string_view text = mhfund_fuzz::as_text(data, size);
    catalogue cat = base;
    bool added = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        cat.add(parse_edition(text, "edition.toml"));
        added = true;
    });
    if (text.find("[[rate]]") != std::string_view::npos)
        mhfund_fuzz::expect_only_input_errors([&] {
            rate_card card = base.rates();
            parse_rates(text, "rates.toml", card);
        });
    if (!added) return 0;
    const edition& ed = cat.editions().back();
    if (ed.kind == edition_kind::specialist) {
        price_options options;
        options.days.set("sle_days", half_days::from_days(20));
        options.days.set("hub_event_days", half_days::from_count(3));
        options.days.set("local_days", half_days::from_days(2));
        for (const cohort_spec& c : ed.cohorts)
            for (const year_spec& y : ed.years)
                for (bool accredited : {false, true}) {
                    options.pd_lead_accredited = accredited;
                    mhfund_fuzz::expect_only_input_errors([&] {
                        check_allocation(price_year(ed, c.id, y.number, options, cat.rates()));
                    });
                }
    } else if (ed.workgroup) {
        // Years past the tenth add nothing new but time.
        for (int y = 1; y <= std::min(ed.workgroup->years, 10); ++y)
            mhfund_fuzz::expect_only_input_errors([&] {
                check_allocation(price_workgroup_department(ed, y, cat.rates()));
                (void)check_workgroup_release(ed, y, cat.rates());
            });
    }
    return 0;
}
