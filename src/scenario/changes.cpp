// The changes file (domain.md 9.1): what happened to participants after the roster was
// written, each row applied to its participant in date order.
#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
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

/// What the changes to a participant give it: worked out aside, from the roster row, and moved
/// into the participant only once every change has been applied and checked.
struct changed_state {
    std::optional<date> withdrawn;
    std::optional<half_days> sle_days;
    std::optional<date> accredited_from;
    std::vector<payee_period> payees;
    std::vector<std::uint32_t> changes;

    void move_into(participant& p) noexcept {
        p.withdrawn = withdrawn;
        p.sle_days = sle_days;
        p.accredited_from = accredited_from;
        p.payees = std::move(payees);
        p.changes = std::move(changes);
    }
};

/// Applies one change to participant `p`'s state `to` (changes come in date order).
void apply(const participant& p, changed_state& to, const plan_change& c) {
    switch (c.field) {
        case change_field::institution:
        case change_field::hub: {
            const payee_period now =
                to.payees.empty()
                    ? payee_period{c.when, p.institution, p.hub}
                    : payee_period{c.when, to.payees.back().institution, to.payees.back().hub};
            if (to.payees.empty() || to.payees.back().from != c.when) to.payees.push_back(now);
            payee_period& last = to.payees.back();
            (c.field == change_field::institution ? last.institution : last.hub) = c.value;
            return;
        }
        case change_field::pd_lead_accredited:
            if (!to.accredited_from) to.accredited_from = c.when;
            return;
        case change_field::withdrawn:
            to.withdrawn =
                c.value.empty() ? std::nullopt : std::optional<date>(parse_date(c.value));
            return;
        case change_field::sle_days:
            to.sle_days = half_days::parse(c.value);
            return;
    }
}

constexpr std::uint32_t not_on_roster = std::numeric_limits<std::uint32_t>::max();

/// The roster place of every participant id a changes file names (`not_on_roster` for an
/// unknown one), found in one pass over the roster. A table of the file's ids alone (a national
/// roster has a million ids, its changes file a tenth of that), open-addressed like
/// `detail::first_seen`: 8-byte slots holding 32 bits of an id's hash and its place in `ids_`,
/// at most half full, so that the pass over the roster, almost all misses, stays in the cache;
/// `std::unordered_map`'s nodes took half of reading a national changes file.
class roster_places {
  public:
    roster_places(const scenario& s, const io::csv_table& t, const io::csv_columns& cols,
                  const io::csv_columns::field& participant_f) {
        std::size_t n = 16;
        while (n < 2 * t.rows.size())
            n *= 2;
        slots_.assign(n, 0);
        ids_.reserve(t.rows.size());
        for (const io::csv_row& row : t.rows) {
            const std::string_view id = detail::trim(cols.get(row, participant_f));
            if (id.empty()) continue;
            const std::size_t hash = std::hash<std::string_view>{}(id);
            std::uint64_t& slot = find(id, hash);
            if (slot != 0) continue;
            ids_.push_back({id, not_on_roster});
            slot =
                (static_cast<std::uint64_t>(static_cast<std::uint32_t>(hash)) << 32) | ids_.size();
        }
        if (ids_.empty()) return;
        for (std::uint32_t i = 0; i < s.roster.size(); ++i) {
            const std::string_view id = s.roster[i].id;
            const std::uint64_t slot = find(id, std::hash<std::string_view>{}(id));
            // A repeated roster id keeps its first row (validate() reports the repeat).
            if (slot != 0 && ids_[index_of(slot)].place == not_on_roster)
                ids_[index_of(slot)].place = i;
        }
    }

    /// The roster place of `id`, which the file names.
    std::uint32_t at(std::string_view id) {
        const std::uint64_t slot = find(id, std::hash<std::string_view>{}(id));
        return slot == 0 ? not_on_roster : ids_[index_of(slot)].place;
    }

  private:
    struct entry {
        std::string_view id;
        std::uint32_t place;
    };
    static std::size_t index_of(std::uint64_t slot) { return (slot & 0xffffffffu) - 1; }

    /// The slot holding `id`, or the empty slot (0) where it would go.
    std::uint64_t& find(std::string_view id, std::size_t hash) {
        const std::size_t mask = slots_.size() - 1;
        const auto bits = static_cast<std::uint32_t>(hash);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            std::uint64_t& slot = slots_[i];
            if (slot == 0 ||
                (static_cast<std::uint32_t>(slot >> 32) == bits && ids_[index_of(slot)].id == id))
                return slot;
        }
    }

    std::vector<std::uint64_t> slots_;  ///< 0: empty; else hash bits << 32 | 1 + index
    std::vector<entry> ids_;
};

/// The rows of a changes file, each checked against its participant, whose roster place goes
/// to `who`.
std::vector<plan_change> read_rows(const scenario& s, const io::csv_table& t,
                                   std::vector<std::uint32_t>& who) {
    const io::csv_columns cols(t, {"participant", "date", "field", "value", "reference"}, {});
    const auto participant_f = cols.find_field("participant"), date_f = cols.find_field("date"),
               field_f = cols.find_field("field"), value_f = cols.find_field("value"),
               reference_f = cols.find_field("reference");
    roster_places places(s, t, cols, participant_f);
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

/// What participant `p` is given by its roster row and the changes `order` (indices that
/// `change` resolves, in the order they apply), applied afresh. Institution, hub and
/// accreditation changes never touch the roster's own columns, so their history is rebuilt from
/// nothing; a withdrawal or SLE days change overwrites its column, and applying every change of
/// that column again leaves the last one's value, as before. A withdrawal date set by a change
/// must fall after `start` (the roster checks its own).
template <typename Change>
changed_state reapplied(const participant& p, const std::vector<std::uint32_t>& order,
                        Change change, date start) {
    changed_state st{p.withdrawn, p.sle_days, std::nullopt, {}, {}};
    st.changes.reserve(order.size());
    const plan_change* withdrawal = nullptr;  // the change the withdrawal date comes from
    for (const std::uint32_t i : order) {
        const plan_change& c = change(i);
        try {
            apply(p, st, c);
        } catch (const error& e) {
            rethrow_at(e, source_location{c.where.file, c.where.line, "value"});
        }
        if (c.field == change_field::withdrawn) withdrawal = &c;
        st.changes.push_back(i);
    }
    if (withdrawal && st.withdrawn && *st.withdrawn <= start)
        throw_input("withdrawal date", to_string(*st.withdrawn),
                    fmt::format("a date after {}'s start, {}", p.id, to_string(start)),
                    source_location{withdrawal->where.file, withdrawal->where.line, "value"});
    return st;
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

    // Worked out aside: the scenario changes only once every row has been applied and checked.
    std::vector<changed_state> changed;
    changed.reserve(groups.size());
    for (const auto& [w, list] : groups) {
        const participant& p = s.roster[w];
        changed.push_back(
            reapplied(p, list, change, s.cat.get(p.edition).start_of(p.cohort, p.start)));
    }
    s.changes.reserve(s.changes.size() + rows.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        changed[g].move_into(s.roster[groups[g].first]);
    std::move(rows.begin(), rows.end(), std::back_inserter(s.changes));
}

void read_changes_file(scenario& s, const std::string& path) {
    read_changes(s, io::read_text_file(path), path);
}

}  // namespace v1
}  // namespace mhfund
