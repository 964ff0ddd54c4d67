// The rate card: named day rates and grants, each with values effective from a date, so that a
// 2026/27 change does not rewrite 2024/25 forecasts (domain.md section 2).
#ifndef MHFUND_RATES_HPP
#define MHFUND_RATES_HPP

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/money.hpp"

namespace mhfund {
inline namespace v1 {

/// A day rate is multiplied by release time; a grant is a lump per department.
enum class rate_kind { day, grant };

/// One value of a rate and the date it applies from. `source` says where the figure comes from:
/// a document ("000 (2022/23 cohort 7, years 1 and 2)") or a user setting. A value that is a
/// user's setting rather than a document's figure is an assumption, listed in every report.
struct rate_value {
    /// The first day the value applies.
    date from;
    /// A day rate, or a grant per department.
    money amount;
    /// Where the figure comes from.
    std::string source;
    /// True when a user set it: it is then listed among a report's assumptions.
    bool assumption = false;
};

/// A named rate of the rate card: a day rate or a grant, with its values over time.
struct rate_def {
    std::string id;  ///< `secondary_release`, `fe_release`, `sle`, …
    /// A day rate or a grant.
    rate_kind kind = rate_kind::day;
    std::string description;         ///< `secondary release day`
    std::string setting;             ///< the scenario setting that sets it (`sle_rate`), if any
    std::vector<rate_value> values;  ///< sorted by `from`, at most one per date
};

/// The value of a rate in force on a date, with the definition it belongs to.
struct rate_in_force {
    /// The rate.
    const rate_def* rate = nullptr;
    /// Its value in force.
    const rate_value* value = nullptr;
};

/// The rate card: every named rate, each with values effective from dates, so that a change
/// from one date does not rewrite the forecasts of earlier years. The built-in one is
/// `src/data/rates.toml`.
class rate_card {
  public:
    /// Adds a rate; an id that is already defined is a usage error.
    void define(rate_def r);
    /// Adds a value to a defined rate, replacing any value from the same date.
    void set(std::string_view id, rate_value v);
    /// Replaces every value of a rate with one that applies from any date (a `--set` override).
    void set_always(std::string_view id, money amount, std::string source);

    /// The rate `id`, or nullptr when there is none.
    const rate_def* find(std::string_view id) const;
    /// The rate `id`; an unknown id is an input error listing the known ones.
    const rate_def& get(std::string_view id) const;
    /// Every rate, in the order defined.
    const std::vector<rate_def>& rates() const { return rates_; }

    /// The value in force on `on`: the latest value whose `from` is on or before `on`. None is an
    /// input error naming the setting that would supply it (the SLE rate has no document figure).
    rate_in_force in_force(std::string_view id, date on) const;

  private:
    rate_def& get_mutable(std::string_view id) { return const_cast<rate_def&>(get(id)); }
    std::vector<rate_def> rates_;  // a handful: a linear scan beats a map here
};

/// The first day rates can take effect from when a setting gives no date ("from any date").
inline date beginning_of_time() {
    return date(1900, 1, 1);
}

/// When a value applies from, in words: "from 2022-09-01", or "from any date" for a setting that
/// gives no date (never the placeholder day beginning_of_time() stands for).
inline std::string effective_text(const rate_value& v) {
    return v.from == beginning_of_time() ? std::string("from any date")
                                         : "from " + to_string(v.from);
}

// ---------------------------------------------------------------------------------------------

inline void rate_card::define(rate_def r) {
    if (find(r.id) != nullptr)
        throw error(errc::usage, "rate '" + r.id + "' is defined twice in the rate card");
    std::sort(r.values.begin(), r.values.end(),
              [](const rate_value& a, const rate_value& b) { return a.from < b.from; });
    rates_.push_back(std::move(r));
}

inline const rate_def* rate_card::find(std::string_view id) const {
    for (const rate_def& r : rates_)
        if (r.id == id) return &r;
    return nullptr;
}

inline const rate_def& rate_card::get(std::string_view id) const {
    if (const rate_def* r = find(id)) return *r;
    std::string known;
    for (const rate_def& r : rates_)
        known += (known.empty() ? "" : ", ") + r.id;
    throw_input("rate", std::string(id), "one of the rate card's rates: " + known);
}

inline void rate_card::set(std::string_view id, rate_value v) {
    rate_def& r = get_mutable(id);
    const auto at = std::lower_bound(r.values.begin(), r.values.end(), v.from,
                                     [](const rate_value& a, const date& d) { return a.from < d; });
    if (at != r.values.end() && at->from == v.from)
        *at = std::move(v);
    else
        r.values.insert(at, std::move(v));
}

inline void rate_card::set_always(std::string_view id, money amount, std::string source) {
    rate_def& r = get_mutable(id);
    r.values.clear();
    r.values.push_back({beginning_of_time(), amount, std::move(source), true});
}

inline rate_in_force rate_card::in_force(std::string_view id, date on) const {
    const rate_def& r = get(id);
    const auto after =
        std::upper_bound(r.values.begin(), r.values.end(), on,
                         [](const date& d, const rate_value& v) { return d < v.from; });
    if (after == r.values.begin()) {
        std::string how = r.setting.empty() ? "add a value for it to the rate card"
                                            : "set '" + r.setting +
                                                  "' in the scenario's [settings] or with --set " +
                                                  r.setting + "=AMOUNT";
        std::string why = r.values.empty() ? " (the documents give no figure for it)" : "";
        throw error(errc::input,
                    "no " + r.description + " rate '" + r.id + "' in force on " + to_string(on) +
                        why + ": " + how,
                    source_location{"", 0, r.setting});
    }
    return {&r, &*(after - 1)};
}

}  // namespace v1
}  // namespace mhfund

#endif
