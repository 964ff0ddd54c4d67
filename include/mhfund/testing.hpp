// A hub's budget written as unit tests: exact money and day literals, questions a finance
// officer asks of a forecast (a total, by payee, by programme, in a year), and, with doctest,
// failure messages in pounds and pence. Header-only; the library itself never includes it.
//
//     #include <doctest/doctest.h>
//     #include <mhfund/testing.hpp>   // after doctest.h: then CHECK prints £21,000.00
//     using namespace mhfund::testing;
//
//     CHECK(total(plan, where{{dimension::programme, "sms"}}, academic_year{2024}) ==
//           21'000.00_gbp);
//
// Every figure comes from the library's own forecast (run_forecast, grouped by the dimensions a
// question names and by its kind of period), so a test and `mhfund forecast` cannot disagree.
#ifndef MHFUND_TESTING_HPP
#define MHFUND_TESTING_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/pricing.hpp"
#include "mhfund/scenario.hpp"

/// @file mhfund/testing.hpp
/// @brief Budgets as tests: exact money and day literals, questions about a forecast (totals by
/// year, payee, programme), Work Group release checks, and doctest failure messages in pounds
/// and pence. Header-only; the library itself never includes it.

namespace mhfund {
inline namespace v1 {
/// @brief Budgets written as unit tests: literals, questions about a forecast, release checks
/// (`#include <mhfund/testing.hpp>`, after `doctest.h` when using doctest).
namespace testing {

// The names a budget test uses, so that `using namespace mhfund::testing;` is enough.
using v1::academic_year;
using v1::date;
using v1::dimension;
using v1::financial_year;
using v1::half_days;
using v1::load_scenario_file;
using v1::money;
using v1::scenario;

// ---------------------------------------------------------------------------------------------
// Literals: 3000.00_gbp, 21'000_gbp, 7.5_days. They read the literal's characters, not a
// double, so the amount is exact; anything that is not whole pence (or whole half-days) is a
// compile-time error, never a silent rounding.

namespace detail {
/// Why a literal was refused (none: it was not).
enum class literal_problem { none, malformed, too_many_decimals, not_half_days, too_large };

/// A literal read as whole units and its fraction digits.
struct literal_value {
    int64_t whole = 0;                ///< the part before the point
    int64_t fraction = 0;             ///< the digits after it, as a number (".05" → 5)
    int decimals = 0;                 ///< how many digits follow the point
    char first_decimal = '0';         ///< the first of them
    bool trailing_zeros_only = true;  ///< every decimal after the first is 0
    literal_problem problem = literal_problem::none;
};

constexpr literal_value refuse(literal_value v, literal_problem why) {
    v.problem = why;
    return v;
}

/// Reads decimal digits with C++14 separators (21'000) in the whole part, then an optional
/// point and digits. Refuses what a person could misread: exponents, hex and binary, a leading
/// zero (0123 is octal in C++), an empty whole part (.5) or fraction (3.), a separator after
/// the point. The fraction's value is kept to 18 digits, more than any caller accepts.
template <char... Cs>
constexpr literal_value read_literal() {
    const char text[] = {Cs...};
    const std::size_t n = sizeof...(Cs);
    literal_value v;
    std::size_t i = 0;
    std::size_t whole_digits = 0;
    for (; i < n && text[i] != '.'; ++i) {
        if (text[i] == '\'') continue;
        if (text[i] < '0' || text[i] > '9') return refuse(v, literal_problem::malformed);
        if (whole_digits == 1 && v.whole == 0) return refuse(v, literal_problem::malformed);
        const int d = text[i] - '0';
        if (v.whole > (std::numeric_limits<int64_t>::max() - d) / 10)
            return refuse(v, literal_problem::too_large);
        v.whole = v.whole * 10 + d;
        ++whole_digits;
    }
    if (whole_digits == 0 || (i < n && i + 1 == n)) return refuse(v, literal_problem::malformed);
    for (++i; i < n; ++i) {
        if (text[i] < '0' || text[i] > '9') return refuse(v, literal_problem::malformed);
        if (v.decimals == 0) v.first_decimal = text[i];
        if (v.decimals > 0 && text[i] != '0') v.trailing_zeros_only = false;
        if (v.decimals < 18) v.fraction = v.fraction * 10 + (text[i] - '0');
        ++v.decimals;
    }
    return v;
}

/// Pence from a literal: at most two decimals (`3000.5` is £3,000.50).
template <char... Cs>
constexpr literal_value pence_literal() {
    literal_value v = read_literal<Cs...>();
    if (v.problem != literal_problem::none) return v;
    if (v.decimals > 2) return refuse(v, literal_problem::too_many_decimals);
    const int64_t fraction = v.decimals == 1 ? v.fraction * 10 : v.fraction;
    if (v.whole > (std::numeric_limits<int64_t>::max() - fraction) / 100)
        return refuse(v, literal_problem::too_large);
    v.whole = v.whole * 100 + fraction;  // now in pence
    return v;
}

/// Half-days from a literal: the fraction is .5 or none (trailing zeros allowed: 7.50).
template <char... Cs>
constexpr literal_value half_days_literal() {
    literal_value v = read_literal<Cs...>();
    if (v.problem != literal_problem::none) return v;
    const bool half = v.decimals > 0 && v.first_decimal == '5';
    if (v.decimals > 0 && ((!half && v.first_decimal != '0') || !v.trailing_zeros_only))
        return refuse(v, literal_problem::not_half_days);
    if (v.whole > (std::numeric_limits<int64_t>::max() - 1) / 2)
        return refuse(v, literal_problem::too_large);
    v.whole = v.whole * 2 + (half ? 1 : 0);  // now in half-days
    return v;
}
}  // namespace detail

/// @brief The literals `_gbp` and `_days`, in their own namespace as std::literals are: `using
/// namespace mhfund::testing;` or `using namespace mhfund::testing::literals;` brings them in.
inline namespace literals {

/// An exact amount: `3000.00_gbp`, `3000_gbp`, `21'000.00_gbp`, `0.50_gbp`. A third decimal
/// (a fraction of a penny), an exponent or a hex literal does not compile. Negative amounts are
/// written `-200.00_gbp` (unary minus on money).
template <char... Cs>
constexpr money operator""_gbp() {
    constexpr detail::literal_value v = detail::pence_literal<Cs...>();
    static_assert(v.problem != detail::literal_problem::too_many_decimals,
                  "a money literal has at most two decimals: a fraction of a penny is not money");
    static_assert(v.problem != detail::literal_problem::malformed,
                  "a money literal is pounds and pence in decimal, such as 3000.00_gbp, "
                  "21'000.00_gbp or 0.50_gbp (no exponent, hex or leading zero)");
    static_assert(v.problem != detail::literal_problem::too_large,
                  "a money literal must fit in int64_t pence");
    return money::from_pence(v.whole);
}

/// Release time: `15_days`, `7.5_days`, `0.5_days`. Anything but whole or half days (7.25)
/// does not compile. It is half_days, so `3000.00_gbp + 15_days` does not compile either.
template <char... Cs>
constexpr half_days operator""_days() {
    constexpr detail::literal_value v = detail::half_days_literal<Cs...>();
    static_assert(v.problem != detail::literal_problem::not_half_days,
                  "release time is counted in half-days: write 7.5_days or 7_days, not 7.25_days");
    static_assert(v.problem != detail::literal_problem::malformed &&
                      v.problem != detail::literal_problem::too_many_decimals,
                  "a days literal is decimal days, such as 15_days or 7.5_days");
    static_assert(v.problem != detail::literal_problem::too_large,
                  "a days literal must fit in int64_t half-days");
    return half_days::from_count(v.whole);
}

}  // namespace literals

/// `gbp(3000, 0)` is £3,000.00, `gbp(0, 50)` is £0.50: pounds and pence given apart, for amounts
/// computed in a test. Pence outside 0–99 or negative pounds are refused (an mhfund::error, or a
/// compile-time error in a constant expression); write `-gbp(200, 0)` for a negative amount.
constexpr money gbp(int64_t pounds, int64_t pence = 0) {
    if (pounds < 0 || pence < 0 || pence > 99)
        throw error(errc::usage,
                    "gbp(pounds, pence): pounds must not be negative and pence must "
                    "be 0 to 99");
    if (pounds > (std::numeric_limits<int64_t>::max() - pence) / 100)
        throw error(errc::overflow, "gbp(pounds, pence): the amount does not fit in int64_t pence");
    return money::from_pence(pounds * 100 + pence);
}

// ---------------------------------------------------------------------------------------------
// Questions about a forecast. `f` is the scenario (the plan); each question runs the library's
// forecast of it, grouped by the dimensions the question names, and adds up the rows it asks
// for. The grouping is the library's: these functions only choose rows.

/// Which rows a question is about: each pair is a dimension and the value it must have, e.g.
/// `where{{dimension::programme, "sms"}, {dimension::institution, "137083"}}`. A value that no
/// row of the forecast has (`"SMS"` for `"sms"`) is an error naming the values there are, not a
/// silent £0.00.
struct where {
    /// The conditions, all of which a row must meet.
    std::vector<std::pair<dimension, std::string>> equals;
    /// No condition: every row.
    where() = default;
    /// The conditions, as `where{{dimension::programme, "sms"}}` writes them.
    where(std::initializer_list<std::pair<dimension, std::string>> conditions)
        : equals(conditions) {}
};

/// Which period a question is about: an academic year (`academic_year{2024}` is 2024/25), a
/// financial year (`financial_year{2024}` is FY2024-25), any other period (a term or month
/// from period_containing), or the whole forecast (the default).
class period_filter {
  public:
    /// The whole forecast: every period.
    period_filter() = default;
    /// Academic year `y` (implicit, so that a question takes `academic_year{2024}` as it is).
    period_filter(academic_year y) : kind_(period_kind::academic_year), range_(y.range()) {}
    /// Financial year `y`.
    period_filter(financial_year y) : kind_(period_kind::financial_year), range_(y.range()) {}
    /// Any period, e.g. `period_containing(period_kind::term, date(2024, 9, 1), f.terms)`.
    period_filter(const period& p) : kind_(p.kind), range_(p.range) {}

    /// The kind of period the forecast is run by.
    period_kind kind() const { return kind_; }
    /// True when a row of period `p` is one the question asks about.
    bool matches(const period& p) const { return !range_ || p.range == *range_; }

  private:
    period_kind kind_ = period_kind::academic_year;
    std::optional<date_range> range_;  // none: the whole forecast
};

namespace detail {
inline std::size_t key_index(const forecast_result& r, dimension d) {
    return static_cast<std::size_t>(std::find(r.by.begin(), r.by.end(), d) - r.by.begin());
}

/// The forecast a question needs: grouped by the dimensions of `w` (then `group`, if any), by
/// the period kind of `p`.
inline forecast_result run_query(const scenario& f, const where& w, std::optional<dimension> group,
                                 const period_filter& p) {
    forecast_options o;
    o.by.clear();
    for (const auto& condition : w.equals)
        if (std::find(o.by.begin(), o.by.end(), condition.first) == o.by.end())
            o.by.push_back(condition.first);
    if (group && std::find(o.by.begin(), o.by.end(), *group) == o.by.end()) o.by.push_back(*group);
    o.period = p.kind();
    return run_forecast(f, o);
}

/// Refuses a condition whose value no row has: in a test, a typo must fail loudly and say why.
inline void require_known_values(const forecast_result& r, const where& w) {
    for (const auto& [d, value] : w.equals) {
        const std::size_t k = key_index(r, d);
        std::vector<std::string> known;
        for (const forecast_row& row : r.rows)
            if (std::find(known.begin(), known.end(), row.keys[k]) == known.end())
                known.push_back(row.keys[k]);
        if (std::find(known.begin(), known.end(), value) != known.end()) continue;
        std::sort(known.begin(), known.end());
        std::string list;
        for (const std::string& k_value : known)
            list += (list.empty() ? "'" : ", '") + k_value + "'";
        throw error(errc::usage, fmt::format("no {} '{}' in the forecast; it has: {}", to_string(d),
                                             value, list.empty() ? "no rows" : list));
    }
}

inline bool row_matches(const forecast_result& r, const forecast_row& row, const where& w) {
    return std::all_of(w.equals.begin(), w.equals.end(), [&](const auto& condition) {
        return row.keys[key_index(r, condition.first)] == condition.second;
    });
}
}  // namespace detail

/// What the rows `w` picks out add up to in period `p`: e.g. SMS spend in 2024/25 is
/// `total(f, where{{dimension::programme, "sms"}}, academic_year{2024})`.
inline money total(const scenario& f, const where& w, const period_filter& p) {
    const forecast_result r = detail::run_query(f, w, std::nullopt, p);
    detail::require_known_values(r, w);
    money sum;
    for (const forecast_row& row : r.rows)
        if (p.matches(row.when) && detail::row_matches(r, row, w)) sum += row.amount;
    return sum;
}
/// Everything in period `p` (default: the whole forecast, the grand total).
inline money total(const scenario& f, const period_filter& p = {}) {
    return total(f, where{}, p);
}
/// The rows `w` picks out, over the whole forecast.
inline money total(const scenario& f, const where& w) {
    return total(f, w, period_filter{});
}

/// Amounts by the values of dimension `d` (e.g. by institution: what each school or college is
/// paid) among the rows `w` picks out, in period `p`. Values with no money are absent.
inline std::map<std::string, money> by(const scenario& f, dimension d, const where& w,
                                       const period_filter& p) {
    const forecast_result r = detail::run_query(f, w, d, p);
    detail::require_known_values(r, w);
    const std::size_t k = detail::key_index(r, d);
    std::map<std::string, money> out;
    for (const forecast_row& row : r.rows)
        if (p.matches(row.when) && detail::row_matches(r, row, w)) out[row.keys[k]] += row.amount;
    return out;
}
/// Amounts by the values of dimension `d` in period `p` (default: the whole forecast).
inline std::map<std::string, money> by(const scenario& f, dimension d,
                                       const period_filter& p = {}) {
    return by(f, d, where{}, p);
}
/// What each payee (school URN or FE provider UKPRN) is paid in period `p`.
inline std::map<std::string, money> by_payee(const scenario& f, const period_filter& p = {}) {
    return by(f, dimension::institution, p);
}
/// What each programme (`sms`, `fe`, `workgroup`, …) costs in period `p`.
inline std::map<std::string, money> by_programme(const scenario& f, const period_filter& p = {}) {
    return by(f, dimension::programme, p);
}

/// One Work Group's check of committed release against its grant (domain.md 3.3).
struct workgroup_release {
    std::string workgroup;  ///< the Work Group's id
    std::string edition;    ///< its edition (`wg-2024`)
    academic_year year;     ///< the academic year it runs in
    release_check check;    ///< committed days, their cost, the grant (check_workgroup_release)
};

/// The release check of every Work Group in the plan, in file order, once per Work Group and
/// year; Work Groups whose edition sets no minimum release are left out.
inline std::vector<workgroup_release> workgroup_release_checks(const scenario& f) {
    std::vector<workgroup_release> out;
    for (const workgroup_department& d : f.departments) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const workgroup_release& w) {
            return w.workgroup == d.workgroup && w.year == d.year;
        });
        if (seen) continue;
        const edition& ed = f.cat.get(d.edition);
        if (!ed.workgroup) continue;
        // Work-group year 1 is the edition's first academic year (as the forecast counts it).
        const int year = ed.workgroup->year_of(d.year);
        if (auto c = check_workgroup_release(ed, year, f.cat.rates(), f.meetings))
            out.push_back({d.workgroup, d.edition, d.year, *c});
    }
    return out;
}

}  // namespace testing
}  // namespace v1
}  // namespace mhfund

#endif  // MHFUND_TESTING_HPP

// ---------------------------------------------------------------------------------------------
// doctest: how a failed CHECK shows mhfund's values. Outside the include guard, so that a file
// that included this header before doctest.h can include it again after and still get them.
#if defined(DOCTEST_VERSION) && !defined(MHFUND_TESTING_DOCTEST)
#define MHFUND_TESTING_DOCTEST
namespace doctest {
/// `£21,000.00`, `-£200.00`.
template <>
struct StringMaker<mhfund::money> {
    static String convert(const mhfund::money& m) { return mhfund::to_display(m).c_str(); }
};
/// `7.5 days`.
template <>
struct StringMaker<mhfund::half_days> {
    static String convert(const mhfund::half_days& d) {
        return (mhfund::to_string(d) + " days").c_str();
    }
};
/// ISO: `2025-03-01`.
template <>
struct StringMaker<mhfund::date> {
    static String convert(const mhfund::date& d) { return mhfund::to_string(d).c_str(); }
};
/// `2024/25`.
template <>
struct StringMaker<mhfund::academic_year> {
    static String convert(const mhfund::academic_year& y) { return y.to_string().c_str(); }
};
/// `FY2024-25`.
template <>
struct StringMaker<mhfund::financial_year> {
    static String convert(const mhfund::financial_year& y) { return y.to_string().c_str(); }
};
}  // namespace doctest
#endif
