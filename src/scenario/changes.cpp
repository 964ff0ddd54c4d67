// The changes file (domain.md 9.1): what happened to participants after the roster was
// written, each row applied to its participant in date order.
#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"
#include "mhfund/scenario.hpp"
#include "scenario/cells.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

constexpr std::pair<change_field, std::string_view> field_names[] = {
    {change_field::institution, "institution"},
    {change_field::hub, "hub"},
    {change_field::pd_lead_accredited, "pd_lead_accredited"},
    {change_field::withdrawn, "withdrawn"},
    {change_field::sle_days, "sle_days"},
};

change_field parse_change_field(std::string_view text) {
    for (const auto& [f, name] : field_names)
        if (name == text) return f;
    throw_input("field", std::string(text),
                "institution, hub, pd_lead_accredited, withdrawn or sle_days");
}

/// The value in its normal form, checked as the roster checks the same column.
std::string parse_value(change_field f, std::string_view v) {
    switch (f) {
        case change_field::institution:
            classify_institution(v);
            return std::string(v);
        case change_field::hub:
            return std::string(hub_by_code(v).code);
        case change_field::pd_lead_accredited:
            if (detail::parse_yes_no(v) != std::optional<bool>(true))
                throw_input("pd_lead_accredited value", std::string(v),
                            "yes (accreditation gained on the change's date; an accreditation "
                            "is never taken back)");
            return "yes";
        case change_field::withdrawn:
            return v.empty() ? std::string() : to_string(parse_date(v));
        case change_field::sle_days:
            return to_string(half_days::parse(v));
    }
    return std::string(v);
}

/// Applies one change to a participant (changes come in date order).
void apply(participant& p, const plan_change& c) {
    switch (c.field) {
        case change_field::institution:
        case change_field::hub: {
            const payee_period now =
                p.payees.empty()
                    ? payee_period{c.when, p.institution, p.hub}
                    : payee_period{c.when, p.payees.back().institution, p.payees.back().hub};
            if (p.payees.empty() || p.payees.back().from != c.when) p.payees.push_back(now);
            payee_period& to = p.payees.back();
            (c.field == change_field::institution ? to.institution : to.hub) = c.value;
            return;
        }
        case change_field::pd_lead_accredited:
            if (!p.accredited_from) p.accredited_from = c.when;
            return;
        case change_field::withdrawn:
            p.withdrawn = c.value.empty() ? std::nullopt : std::optional<date>(parse_date(c.value));
            return;
        case change_field::sle_days:
            p.sle_days = half_days::parse(c.value);
            return;
    }
}

/// The rows of a changes file, each checked against its participant.
std::vector<plan_change> read_rows(const scenario& s, const io::csv_table& t,
                                   const std::unordered_map<std::string_view, std::uint32_t>& ids) {
    const io::csv_columns cols(t, {"participant", "date", "field", "value", "reference"}, {});
    const auto participant_f = cols.find_field("participant"), date_f = cols.find_field("date"),
               field_f = cols.find_field("field"), value_f = cols.find_field("value"),
               reference_f = cols.find_field("reference");
    std::vector<plan_change> out;
    for (const io::csv_row& row : t.rows) {
        plan_change& c = out.emplace_back();
        c.where = {t.file, row.line, ""};
        c.participant = detail::required_cell(cols, row, participant_f, "a participant id");
        const auto id = ids.find(c.participant);
        if (id == ids.end())
            throw_input("participant", c.participant, "a participant id on the roster",
                        cols.where(row, participant_f));
        const participant& p = s.roster[id->second];
        c.when =
            detail::parse_cell(cols, row, date_f, [](std::string_view v) { return parse_date(v); });
        const date start = s.cat.get(p.edition).start_of(p.cohort, p.start);
        if (c.when < start)
            throw_input("date", to_string(c.when),
                        fmt::format("a date on or after {}'s start, {}", p.id, to_string(start)),
                        cols.where(row, date_f));
        c.field = detail::parse_cell(cols, row, field_f, parse_change_field);
        c.value = detail::parse_cell(cols, row, value_f,
                                     [&](std::string_view v) { return parse_value(c.field, v); });
        c.reference = std::string(detail::trim(cols.get(row, reference_f)));
    }
    return out;
}

/// Two changes of one field of one participant on one date contradict each other, within a
/// file or against the changes of a file read before.
void refuse_twice(const std::vector<plan_change>& before, const std::vector<plan_change>& rows) {
    std::map<std::tuple<std::string_view, change_field, date>, const source_location*> seen;
    for (const std::vector<plan_change>* list : {&before, &rows})
        for (const plan_change& c : *list) {
            const auto [at, fresh] = seen.emplace(
                std::make_tuple(std::string_view(c.participant), c.field, c.when), &c.where);
            if (fresh) continue;
            const source_location& first = *at->second;
            throw_input("date", to_string(c.when),
                        fmt::format("one change of {} a day for {} (the first {})",
                                    to_string(c.field), c.participant,
                                    first.file == c.where.file
                                        ? fmt::format("on line {}", first.line)
                                        : fmt::format("at {}:{}", first.file, first.line)),
                        source_location{c.where.file, c.where.line, "date"});
        }
}

/// A participant as its roster row and every change to it give it: the changes `order` (indices
/// that `change` resolves, in the order they apply) applied to `p` afresh. Institution, hub and
/// accreditation changes never touch the roster's own columns, so their history is rebuilt from
/// nothing; a withdrawal or SLE days change overwrites its column, and applying every change of
/// that column again leaves the last one's value, as before. A withdrawal date set by a change
/// must fall after `start` (the roster checks its own).
template <typename Change>
participant reapplied(participant p, const std::vector<std::uint32_t>& order, Change change,
                      date start) {
    p.payees.clear();
    p.accredited_from.reset();
    p.changes.clear();
    const plan_change* withdrawal = nullptr;  // the change the withdrawal date comes from
    for (const std::uint32_t i : order) {
        const plan_change& c = change(i);
        try {
            apply(p, c);
        } catch (const error& e) {
            rethrow_at(e, source_location{c.where.file, c.where.line, "value"});
        }
        if (c.field == change_field::withdrawn) withdrawal = &c;
        p.changes.push_back(i);
    }
    if (withdrawal && p.withdrawn && *p.withdrawn <= start)
        throw_input("withdrawal date", to_string(*p.withdrawn),
                    fmt::format("a date after {}'s start, {}", p.id, to_string(start)),
                    source_location{withdrawal->where.file, withdrawal->where.line, "value"});
    return p;
}

}  // namespace

std::string_view to_string(change_field f) {
    for (const auto& [field, name] : field_names)
        if (field == f) return name;
    return "?";
}

void read_changes(scenario& s, std::string_view csv_text, const std::string& file) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    std::unordered_map<std::string_view, std::uint32_t> ids;
    for (std::uint32_t i = 0; i < s.roster.size(); ++i)
        ids.emplace(s.roster[i].id, i);
    std::vector<plan_change> rows = read_rows(s, t, ids);
    refuse_twice(s.changes, rows);

    // Change i is s.changes[i] (from a file read before) or, from `first` on, a row of this
    // file. Each participant this file changes gets every change to it, old and new, applied
    // again in date order (file order on a date; earlier files first), so that a second file
    // may hold changes dated before the first file's.
    const auto first = static_cast<std::uint32_t>(s.changes.size());
    const auto change = [&](std::uint32_t i) -> const plan_change& {
        return i < first ? s.changes[i] : rows[i - first];
    };
    std::map<std::uint32_t, std::vector<std::uint32_t>> of;
    for (std::uint32_t i = 0; i < rows.size(); ++i) {
        const std::uint32_t who = ids.at(rows[i].participant);
        auto [it, fresh] = of.try_emplace(who);
        if (fresh) it->second = s.roster[who].changes;
        it->second.push_back(first + i);
    }
    // Copies: the scenario changes only once every row has been applied and checked.
    std::vector<std::pair<std::uint32_t, participant>> changed;
    changed.reserve(of.size());
    for (auto& [who, order] : of) {
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::make_pair(change(a).when, a) < std::make_pair(change(b).when, b);
        });
        const participant& p = s.roster[who];
        changed.emplace_back(
            who, reapplied(p, order, change, s.cat.get(p.edition).start_of(p.cohort, p.start)));
    }
    s.changes.reserve(s.changes.size() + rows.size());
    for (auto& [who, p] : changed)
        s.roster[who] = std::move(p);
    std::move(rows.begin(), rows.end(), std::back_inserter(s.changes));
}

void read_changes_file(scenario& s, const std::string& path) {
    read_changes(s, io::read_text_file(path), path);
}

}  // namespace v1
}  // namespace mhfund
