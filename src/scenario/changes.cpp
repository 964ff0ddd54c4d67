// The changes file (domain.md 9.1): what happened to participants after the roster was
// written, each row applied to its participant in date order.
#include <algorithm>
#include <iterator>
#include <limits>
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

constexpr std::uint32_t not_on_roster = std::numeric_limits<std::uint32_t>::max();

/// The roster place of every participant id the file names (`not_on_roster` for an unknown
/// one): a table of the file's ids alone, filled by one pass over the roster, instead of an
/// index of the whole roster (a national roster has a million ids, a changes file a few).
std::unordered_map<std::string_view, std::uint32_t> roster_places(
    const scenario& s, const io::csv_table& t, const io::csv_columns& cols,
    const io::csv_columns::field& participant_f) {
    std::unordered_map<std::string_view, std::uint32_t> places;
    places.reserve(t.rows.size());
    for (const io::csv_row& row : t.rows) {
        const std::string_view id = detail::trim(cols.get(row, participant_f));
        if (!id.empty()) places.emplace(id, not_on_roster);
    }
    if (places.empty()) return places;
    for (std::uint32_t i = 0; i < s.roster.size(); ++i) {
        const auto it = places.find(s.roster[i].id);
        // A repeated roster id keeps its first row (validate() reports the repeat).
        if (it != places.end() && it->second == not_on_roster) it->second = i;
    }
    return places;
}

/// The rows of a changes file, each checked against its participant, whose roster place goes
/// to `who`.
std::vector<plan_change> read_rows(const scenario& s, const io::csv_table& t,
                                   std::vector<std::uint32_t>& who) {
    const io::csv_columns cols(t, {"participant", "date", "field", "value", "reference"}, {});
    const auto participant_f = cols.find_field("participant"), date_f = cols.find_field("date"),
               field_f = cols.find_field("field"), value_f = cols.find_field("value"),
               reference_f = cols.find_field("reference");
    const auto places = roster_places(s, t, cols, participant_f);
    std::vector<plan_change> out;
    out.reserve(t.rows.size());
    who.reserve(t.rows.size());
    for (const io::csv_row& row : t.rows) {
        plan_change& c = out.emplace_back();
        c.where = {t.file, row.line, ""};
        c.participant = detail::required_cell(cols, row, participant_f, "a participant id");
        const std::uint32_t place = places.at(c.participant);
        if (place == not_on_roster)
            throw_input("participant", c.participant, "a participant id on the roster",
                        cols.where(row, participant_f));
        who.push_back(place);
        const participant& p = s.roster[place];
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
/// file or against a file read before. `groups` holds each changed participant's changes in
/// the order they apply (date, then index), so such a pair falls within one date's run. The
/// error names the earliest offending row of the file, and the change it repeats.
template <typename Change>
void refuse_twice(const std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>>& groups,
                  Change change) {
    std::uint32_t again = not_on_roster, first = 0;
    for (const auto& group : groups) {
        const std::vector<std::uint32_t>& list = group.second;
        for (std::size_t a = 0; a < list.size(); ++a)
            for (std::size_t b = a + 1;
                 b < list.size() && change(list[b]).when == change(list[a]).when; ++b)
                if (change(list[b]).field == change(list[a]).field && list[b] < again) {
                    again = list[b];
                    first = list[a];
                }
    }
    if (again == not_on_roster) return;
    const plan_change& c = change(again);
    const source_location& before = change(first).where;
    throw_input("date", to_string(c.when),
                fmt::format("one change of {} a day for {} (the first {})", to_string(c.field),
                            c.participant,
                            before.file == c.where.file
                                ? fmt::format("on line {}", before.line)
                                : fmt::format("at {}:{}", before.file, before.line)),
                source_location{c.where.file, c.where.line, "date"});
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
    std::vector<std::uint32_t> who;  // each row's participant: its place on the roster
    std::vector<plan_change> rows = read_rows(s, t, who);

    // Change i is s.changes[i] (from a file read before) or, from `first` on, a row of this
    // file. Each participant this file changes gets every change to it, old and new, applied
    // again in date order (file order on a date; earlier files first), so that a second file
    // may hold changes dated before the first file's.
    const auto first = static_cast<std::uint32_t>(s.changes.size());
    const auto change = [&](std::uint32_t i) -> const plan_change& {
        return i < first ? s.changes[i] : rows[i - first];
    };
    const auto in_order = [&](std::uint32_t a, std::uint32_t b) {
        return std::make_pair(change(a).when, a) < std::make_pair(change(b).when, b);
    };
    std::vector<std::uint32_t> order(rows.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return who[a] != who[b] ? who[a] < who[b] : in_order(first + a, first + b);
    });
    std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> groups;
    for (std::size_t k = 0; k < order.size();) {
        const std::uint32_t w = who[order[k]];
        std::vector<std::uint32_t> list = s.roster[w].changes;
        const bool merge = !list.empty();
        for (; k < order.size() && who[order[k]] == w; ++k)
            list.push_back(first + order[k]);
        if (merge) std::sort(list.begin(), list.end(), in_order);
        groups.emplace_back(w, std::move(list));
    }
    refuse_twice(groups, change);

    // Copies: the scenario changes only once every row has been applied and checked.
    std::vector<std::pair<std::uint32_t, participant>> changed;
    changed.reserve(groups.size());
    for (const auto& [w, list] : groups) {
        const participant& p = s.roster[w];
        changed.emplace_back(
            w, reapplied(p, list, change, s.cat.get(p.edition).start_of(p.cohort, p.start)));
    }
    s.changes.reserve(s.changes.size() + rows.size());
    for (auto& [w, p] : changed)
        s.roster[w] = std::move(p);
    std::move(rows.begin(), rows.end(), std::back_inserter(s.changes));
}

void read_changes_file(scenario& s, const std::string& path) {
    read_changes(s, io::read_text_file(path), path);
}

}  // namespace v1
}  // namespace mhfund
