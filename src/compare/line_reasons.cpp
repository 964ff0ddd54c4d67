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

/// A payee or hub change ("2023-09-01 hub EM1 (…)"): it moves a line's money between groups
/// without changing it, so it is a reason on every line it splits.
bool splits_lines(const std::string& change) {
    const std::size_t field = change.find(' ') + 1;
    return change.compare(field, 12, "institution ") == 0 || change.compare(field, 4, "hub ") == 0;
}

/// The dated changes in one plan only. Other changes (withdrawn, sle_days, accreditation) are
/// reasons only where the line differs otherwise too: an SLE-days change is no reason on year 1.
void change_reasons(const budget_line& a, const budget_line& b, std::vector<std::string>& out) {
    const bool line_differs = !out.empty();
    for (const std::string& c : b.changes)
        if (std::find(a.changes.begin(), a.changes.end(), c) == a.changes.end() &&
            (line_differs || splits_lines(c)))
            out.push_back("dated change in B only: " + c);
    for (const std::string& c : a.changes)
        if (std::find(b.changes.begin(), b.changes.end(), c) == b.changes.end() &&
            (line_differs || splits_lines(c)))
            out.push_back("dated change in A only: " + c);
}

/// The subject-level reasons: a withdrawal and dated changes, which any line of the subject
/// carries.
void subject_reasons(const budget_line& a, const budget_line& b, std::vector<std::string>& out) {
    if (a.withdrawn != b.withdrawn)
        out.push_back(fmt::format("withdrawal: {} → {}", withdrawal_text(a.withdrawn),
                                  withdrawal_text(b.withdrawn)));
    change_reasons(a, b, out);
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
