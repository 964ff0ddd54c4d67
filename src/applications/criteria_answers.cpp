// The criteria an application's answers meet or not: yes, no, a count of years, one of a list
// of values, or a statement recorded as given (domain.md section 6).
#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "applications/criterion_checks.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/identifiers.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {

using st = criterion_result::status;

/// A yes/no cell: yes, no (any case) or blank (not given).
enum class yes_no { yes, no, blank };

yes_no read_yes_no(const std::string& v, const source_location& where) {
    if (v.empty()) return yes_no::blank;
    if (const std::optional<bool> b = detail::parse_yes_no(v)) return *b ? yes_no::yes : yes_no::no;
    throw_input("yes/no value", v, "yes or no (blank when not given)", where);
}

std::string_view text_of(yes_no v) {
    return v == yes_no::yes ? "yes" : v == yes_no::no ? "no" : "blank";
}

int64_t read_count(const std::string& v, const source_location& where) {
    int n = 0;
    if (!detail::parse_whole(v, n) || v.size() > 3)
        throw_input("number", v, "a whole number of years, e.g. 2 (round down: 1.5 years is 1)",
                    where);
    return n;
}

/// A phase outside the known ones is bad data, not an unmet criterion.
void check_phase(const std::string& given, const std::string& v, const criterion_check_context& k) {
    const auto& known = phase_values();
    if (std::find(known.begin(), known.end(), v) != known.end()) return;
    std::string list;
    for (std::string_view p : known)
        list += (list.empty() ? "" : ", ") + std::string(p);
    throw_input("phase", given, list, k.at("phase"));
}

}  // namespace

void check_yes(const criterion_check_context& k) {
    bool any_yes = false, any_given = false;
    std::string given;
    for (const std::string& col : k.c.columns) {
        const yes_no v = read_yes_no(k.cell(col), k.at(col));
        any_yes = any_yes || v == yes_no::yes;
        any_given = any_given || v != yes_no::blank;
        given += (given.empty() ? "" : ", ") +
                 (k.c.columns.size() > 1 ? col + " " : std::string()) + std::string(text_of(v));
    }
    if (any_yes)
        k.push(st::met, given, "", k.column());
    else
        k.push(st::unmet, given, any_given ? "the application says no" : "not given", k.column());
}

void check_no(const criterion_check_context& k) {
    const yes_no v = read_yes_no(k.cell(k.column()), k.at(k.column()));
    if (v == yes_no::no)
        k.push(st::met, "no", "", k.column());
    else
        k.push(st::unmet, std::string(text_of(v)),
               v == yes_no::blank ? "not given" : "the application says yes", k.column());
}

void check_at_least(const criterion_check_context& k) {
    const std::string first = k.cell(k.column());
    if (first.empty()) {
        k.push(st::unmet, "blank", "not given", k.column());
        return;
    }
    const int64_t n = read_count(first, k.at(k.column()));
    if (n >= k.c.minimum)
        k.push(st::met, std::to_string(n), "", k.column());
    else
        k.push(st::unmet, std::to_string(n),
               fmt::format("{} given; at least {} needed", n, k.c.minimum), k.column());
}

void check_one_of(const criterion_check_context& k) {
    const std::string first = k.cell(k.column());
    if (first.empty()) {
        k.push(st::unmet, "blank", "not given", k.column());
        return;
    }
    const std::string v = detail::to_lower_ascii(first);
    if (k.column() == "phase") check_phase(first, v, k);
    std::string wanted;
    bool found = false;
    for (const std::string& w : k.c.values) {
        wanted += (wanted.empty() ? "" : " or ") + w;
        found = found || detail::to_lower_ascii(w) == v;
    }
    if (found)
        k.push(st::met, v, "", k.column());
    else
        k.push(st::unmet, v, fmt::format("'{}' given; {} needed", v, wanted), k.column());
}

void check_statement(const criterion_check_context& k) {
    const yes_no v = read_yes_no(k.cell(k.column()), k.at(k.column()));
    k.push(st::recorded, v == yes_no::blank ? "not given" : std::string(text_of(v)), "",
           k.column());
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
