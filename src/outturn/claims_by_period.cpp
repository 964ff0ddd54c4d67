// Claims against allocations by any grouping and period: the forecast's figures beside the
// claims, grouped as the outturn groups them (its `actual`), so that neither is worked out twice.
#include <map>
#include <tuple>

#include "mhfund/outturn.hpp"

namespace mhfund {
inline namespace v1 {

claims_by_period_result claims_by_period(const scenario& s, const std::vector<claim>& claims,
                                         const forecast_options& o, std::optional<date> as_of) {
    claims_by_period_result r;
    r.by = o.by;
    r.period_type = o.period;
    r.as_of = as_of;
    outturn_options oo;
    oo.by = o.by;
    oo.period = o.period;
    // Without an as-of date every claim counts: T is the day after the latest claim.
    oo.as_of = as_of.value_or(date(2000, 1, 1));
    if (!as_of)
        for (const claim& c : claims)
            oo.as_of = std::max(oo.as_of, c.when + boost::gregorian::days(1));
    outturn_result out = run_outturn(s, claims, oo);
    const forecast_result f = run_forecast(s, o);

    using key = std::pair<std::vector<std::string>, date>;
    std::map<key, claims_period_row> cells;
    auto cell = [&](const std::vector<std::string>& keys,
                    const period& when) -> claims_period_row& {
        claims_period_row& c = cells[{keys, when.range.begin}];
        c.keys = keys;
        c.when = when;
        return c;
    };
    for (const forecast_row& row : f.rows)
        cell(row.keys, row.when).allocated += row.amount;
    for (const outturn_row& row : out.rows)
        if (!row.actual.is_zero()) cell(row.keys, row.when).claimed += row.actual;
    for (auto& [k, c] : cells) {
        r.allocated += c.allocated;
        r.claimed += c.claimed;
        r.rows.push_back(std::move(c));
    }
    r.claims = std::move(out.claims);
    return r;
}

}  // namespace v1
}  // namespace mhfund
