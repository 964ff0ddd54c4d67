// The reasons behind a line's difference, from what each plan keeps of the line: its rate, days,
// PD Lead days reallocated, phasing, withdrawal and dated changes.
#include <algorithm>

#include <fmt/format.h>

#include "compare/line_reasons.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {

std::string withdrawal_text(const std::optional<date>& d) {
    return d ? to_string(*d) : std::string("not withdrawn");
}

/// The subject-level reasons: a withdrawal and dated changes, which any line of the subject
/// carries.
void subject_reasons(const budget_line& a, const budget_line& b, std::vector<std::string>& out) {
    if (a.withdrawn != b.withdrawn)
        out.push_back(fmt::format("withdrawal: {} → {}", withdrawal_text(a.withdrawn),
                                  withdrawal_text(b.withdrawn)));
    for (const std::string& c : b.changes)
        if (std::find(a.changes.begin(), a.changes.end(), c) == a.changes.end())
            out.push_back("dated change in B only: " + c);
    for (const std::string& c : a.changes)
        if (std::find(b.changes.begin(), b.changes.end(), c) == b.changes.end())
            out.push_back("dated change in A only: " + c);
}

}  // namespace

std::vector<std::string> reasons_for(const budget_line& a, const budget_line& b) {
    std::vector<std::string> out;
    if (a.rate != b.rate)
        out.push_back(fmt::format("rate: {} {} → {} {}", a.rate, to_display(a.rate_amount), b.rate,
                                  to_display(b.rate_amount)));
    else if (a.rate_amount != b.rate_amount)
        out.push_back(fmt::format("rate {} changed: {} → {}", a.rate.empty() ? "(grant)" : a.rate,
                                  to_display(a.rate_amount), to_display(b.rate_amount)));
    if (a.days != b.days)
        out.push_back(fmt::format("days: {} → {}", to_string(a.days), to_string(b.days)));
    if (a.reallocated != b.reallocated)
        out.push_back(fmt::format("PD Lead days reallocated here (setting pd_lead_policy): {} → {}",
                                  to_string(a.reallocated), to_string(b.reallocated)));
    if (a.phasing != b.phasing)
        out.push_back(fmt::format("phasing (a phasing setting): {} → {}", a.phasing, b.phasing));
    subject_reasons(a, b, out);
    return out;
}

std::vector<std::string> reasons_for_one_side(const budget_line& line, const budget_line* other,
                                              bool only_in_b) {
    const char* kind = line.department ? "Work Group department" : "participant";
    std::vector<std::string> out;
    if (!other) {
        out.push_back(fmt::format("{} {} {}", kind, line.subject,
                                  only_in_b ? "added (not in A)" : "not in B (taken off)"));
        return out;
    }
    out.push_back(only_in_b ? "line priced in B only" : "line priced in A only");
    if (only_in_b)
        subject_reasons(*other, line, out);
    else
        subject_reasons(line, *other, out);
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
