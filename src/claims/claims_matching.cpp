// Which balance a claim is against (domain.md section 7): its participant's programme year by
// date, or its Work Group department's academic year, and its category (rule 11). A claim that
// matches none is reported, and counted as unmatched.
#include <algorithm>

#include <fmt/format.h>

#include "claims/claims_check.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {

using kind = claim_finding::kind;

const actuals_spec* actuals(const edition& ed, int year, std::string_view category) {
    for (const actuals_spec& a : ed.actuals)
        if (a.category == category &&
            std::find(a.years.begin(), a.years.end(), year) != a.years.end())
            return &a;
    return nullptr;
}

std::string unset_days_hint(const year_spec& y, std::string_view category) {
    for (const line_spec& l : y.lines)
        if (l.category == category && !l.days_setting.empty())
            return fmt::format(
                " in this scenario (its days come from the setting '{}', "
                "which is not set)",
                l.days_setting);
    return "";
}

/// The participant's programme year whose window holds `when`, if any.
const year_spec* year_holding(const edition& ed, date start, date when, date_range& window) {
    for (const year_spec& y : ed.years) {
        const date_range w = programme_year_window(start, y.number);
        if (w.contains(when)) {
            window = w;
            return &y;
        }
    }
    return nullptr;
}

std::string outside_years(const claim& c, const participant& p, const edition& ed, date start) {
    if (ed.years.empty())
        return fmt::format("claim dated {}: {}'s edition {} has no programme years",
                           to_string(c.when), p.id, ed.id);
    return fmt::format("claim dated {} is outside {}'s programme years ({} years {}–{}: {} to {})",
                       to_string(c.when), p.id, ed.id, ed.years.front().number, ed.last_year(),
                       to_string(start),
                       to_string(programme_year_window(start, ed.last_year()).last_day()));
}

}  // namespace

std::optional<std::size_t> claim_matcher::match(std::size_t i, const claim& c) {
    return c.participant.empty() ? match_workgroup(i, c) : match_participant(i, c);
}

std::optional<std::size_t> claim_matcher::match_participant(std::size_t i, const claim& c) {
    const auto found = who_.participants.find(c.participant);
    if (found == who_.participants.end()) {
        found_.add(i, kind::unknown_participant, "participant",
                   fmt::format("participant '{}' is not on the roster", c.participant));
        return std::nullopt;
    }
    const std::uint32_t index = found->second;
    const participant& p = s_.roster[index];
    const edition& ed = s_.cat.get(p.edition);
    const date start = ed.start_of(p.cohort, p.start);
    if (p.withdrawn && c.when >= *p.withdrawn)
        found_.add(i, kind::after_withdrawal, "date",
                   fmt::format("claim dated {} is on or after {}'s withdrawal on {}: the day of "
                               "withdrawal and every day after it are not funded",
                               to_string(c.when), p.id, to_string(*p.withdrawn)));
    date_range window;
    const year_spec* year = year_holding(ed, start, c.when, window);
    if (!year) {
        found_.add(i, kind::outside_window, "date", outside_years(c, p, ed, start));
        return std::nullopt;
    }

    const balance_key key{0, index, year->number, c.category};
    if (const auto at = ledger_.find(key)) return at;
    if (const actuals_spec* a = actuals(ed, year->number, c.category)) {
        // Claimed at actual cost: a balance of its own, with nothing allocated.
        claim_balance b;
        b.kind = claim_balance::subject_kind::participant;
        b.subject = p.id;
        b.year = year->number;
        b.category = c.category;
        b.type = a->type;
        b.window = window;
        return ledger_.open(key, std::move(b));
    }
    // A year the withdrawal left unpriced has no lines: the finding above says why.
    if (p.withdrawn && window.begin >= *p.withdrawn) return std::nullopt;
    found_.add(i, kind::unknown_category, "category",
               fmt::format("{} year {} ({}) funds no '{}'{}; it funds: {}", p.id, year->number,
                           ed.id, c.category, unset_days_hint(*year, c.category),
                           ledger_.funded_categories(key, ed, year->number)));
    return std::nullopt;
}

std::optional<std::size_t> claim_matcher::match_workgroup(std::size_t i, const claim& c) {
    const auto found = who_.workgroup_ordinal.find(c.workgroup);
    if (found == who_.workgroup_ordinal.end()) {
        std::string known;
        for (const claim_subjects::workgroup& w : who_.workgroups)
            known += (known.empty() ? "" : ", ") + w.id;
        found_.add(i, kind::unknown_workgroup, "workgroup",
                   fmt::format("Work Group '{}' is not in the scenario's work groups ({})",
                               c.workgroup, known.empty() ? "there are none" : "known: " + known));
        return std::nullopt;
    }
    const claim_subjects::workgroup& w = who_.workgroups[found->second];
    // Rule 11: the claim is against the grant of the department it names, in the Work Group
    // year that holds its date.
    std::optional<std::uint32_t> dept;
    std::string years, schools;
    auto add_once = [](std::string& list, const std::string& item) {
        if ((", " + list + ", ").find(", " + item + ", ") == std::string::npos)
            list += (list.empty() ? "" : ", ") + item;
    };
    bool school_found = false;
    for (std::uint32_t d : w.departments) {
        const workgroup_department& candidate = s_.departments[d];
        add_once(schools, candidate.institution);
        if (candidate.institution != c.institution) continue;
        school_found = true;
        add_once(years, candidate.year.to_string());
        if (candidate.year.range().contains(c.when)) dept = d;
    }
    if (!school_found)
        throw error(errc::input,
                    fmt::format("bad institution '{}': expected the URN of one of Work Group {}'s "
                                "departments ({})",
                                shown_value(c.institution), w.id, schools),
                    source_location{c.where.file, c.where.line, "institution"});
    if (!dept) {
        found_.add(i, kind::outside_window, "date",
                   fmt::format("claim dated {} is outside the academic years of Work Group {}'s "
                               "department at {} ({})",
                               to_string(c.when), w.id, c.institution, years));
        return std::nullopt;
    }
    const workgroup_department& d = s_.departments[*dept];
    const edition& ed = s_.cat.get(d.edition);
    const int year = ed.workgroup->year_of(d.year);
    const balance_key key{1, *dept, year, c.category};
    const auto at = ledger_.find(key);
    if (!at)
        found_.add(i, kind::unknown_category, "category",
                   fmt::format("Work Group {} year {} ({}, {}) funds no '{}'; it funds: {}", w.id,
                               year, ed.id, d.year.to_string(), c.category,
                               ledger_.funded_categories(key, ed, year)));
    return at;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
