// Claims: the claims CSV reader, and the check of claims against a scenario's allocations
// (domain.md section 7, question 3).
#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

std::string_view to_string(claim_finding::kind k) {
    using kind = claim_finding::kind;
    switch (k) {
        case kind::over_allocation:
            return "over_allocation";
        case kind::outside_window:
            return "outside_window";
        case kind::after_withdrawal:
            return "after_withdrawal";
        case kind::duplicate_reference:
            return "duplicate_reference";
        case kind::unknown_participant:
            return "unknown_participant";
        case kind::unknown_workgroup:
            return "unknown_workgroup";
        case kind::unknown_category:
            return "unknown_category";
        case kind::unit_mismatch:
            return "unit_mismatch";
    }
    return "?";
}

namespace {

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

/// Runs `parse` on a cell and gives any error the cell's file, line and column.
template <typename F>
auto cell(const io::csv_columns& cols, const io::csv_row& row, std::string_view name, F parse) {
    try {
        return parse(trimmed(cols.get(row, name)));
    } catch (const error& e) {
        rethrow_at(e, cols.where(row, name));
    }
}

}  // namespace

std::vector<claim> read_claims(std::string_view csv_text, const std::string& file) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    const io::csv_columns cols(t, {"date", "category", "reference"},
                               {"participant", "workgroup", "days", "amount"});
    const source_location header{file, t.header_line, ""};
    if (!cols.has("participant") && !cols.has("workgroup"))
        throw error(errc::input,
                    "missing column 'participant' or 'workgroup': each claim names the "
                    "participant or the Work Group that makes it",
                    header);
    if (!cols.has("days") && !cols.has("amount"))
        throw error(errc::input,
                    "missing column 'days' or 'amount': each claim gives days (release) or an "
                    "amount (travel, grants)",
                    header);
    const std::string_view who_field = cols.has("participant") ? "participant" : "workgroup";
    const std::string_view what_field = cols.has("days") ? "days" : "amount";

    std::vector<claim> out;
    out.reserve(t.rows.size());
    for (const io::csv_row& row : t.rows) {
        claim c;
        c.where = {file, row.line, ""};
        c.participant = trimmed(cols.get(row, "participant"));
        c.workgroup = trimmed(cols.get(row, "workgroup"));
        if (c.participant.empty() && c.workgroup.empty())
            throw_input(std::string(who_field), "",
                        "the id of the participant or of the Work Group that makes the claim",
                        cols.where(row, who_field));
        if (!c.participant.empty() && !c.workgroup.empty())
            throw error(errc::input,
                        fmt::format("a claim is made by a participant or by a Work Group, not "
                                    "both (participant '{}', workgroup '{}')",
                                    c.participant, c.workgroup),
                        cols.where(row, "workgroup"));
        c.when = cell(cols, row, "date", [](const std::string& v) { return parse_date(v); });
        c.category = trimmed(cols.get(row, "category"));
        if (c.category.empty())
            throw_input("category", "", "the category claimed, e.g. central_events or travel",
                        cols.where(row, "category"));
        const std::string days = trimmed(cols.get(row, "days"));
        const std::string amount = trimmed(cols.get(row, "amount"));
        if (days.empty() && amount.empty())
            throw_input(std::string(what_field), "",
                        "days claimed (in steps of half a day) or an amount (travel, grants)",
                        cols.where(row, what_field));
        if (!days.empty() && !amount.empty())
            throw error(errc::input,
                        fmt::format("a claim gives days or an amount, not both (days '{}', "
                                    "amount '{}')",
                                    days, amount),
                        cols.where(row, "amount"));
        if (!days.empty()) {
            c.days = cell(cols, row, "days", [](const std::string& v) {
                const half_days d = half_days::parse(v);
                if (d.is_zero())
                    throw_input("number of days", v, "more than zero days, in steps of half a day");
                return d;
            });
        } else {
            c.amount = cell(cols, row, "amount", [](const std::string& v) {
                const money m = money::parse(v);
                // A correction is made by editing or removing the claim it corrects: a negative
                // claim would hide an over-claim from the check.
                if (m <= money{})
                    throw_input("amount", v, "an amount above zero, in pounds and pence");
                return m;
            });
        }
        c.reference = trimmed(cols.get(row, "reference"));
        if (c.reference.empty())
            throw_input("reference", "",
                        "the hub's reference for the claim (invoice or claim form number)",
                        cols.where(row, "reference"));
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<claim> read_claims_file(const std::string& path) {
    return read_claims(io::read_text_file(path), path);
}

namespace {

using kind = claim_finding::kind;

std::string days_text(half_days d) {
    return d == half_days::from_days(1) ? "1 day" : fmt::format("{} days", d);
}

std::string where_text(const source_location& w) {
    return w.line > 0 ? fmt::format("{}:{}", w.file, w.line) : w.file;
}

/// Where a balance sorts: subjects in roster (or first-appearance) order, then year, then the
/// order the balance was made in (the edition's line order; travel after the funded lines).
struct balance_order {
    int kind = 0;
    std::uint32_t subject = 0;
    int year = 0;
    std::size_t made = 0;
    bool operator<(const balance_order& o) const {
        return std::tie(kind, subject, year, made) < std::tie(o.kind, o.subject, o.year, o.made);
    }
};

struct balance_key {
    int kind = 0;
    std::uint32_t subject = 0;
    int year = 0;
    std::string category;
    bool operator<(const balance_key& o) const {
        return std::tie(kind, subject, year, category) <
               std::tie(o.kind, o.subject, o.year, o.category);
    }
};

class checker {
  public:
    checker(const scenario& s, const std::vector<claim>& claims)
        : s_(s), claims_(claims), e_(expand(s)) {}

    claims_report run() {
        for (std::uint32_t i = 0; i < s_.roster.size(); ++i)
            participants_.emplace(s_.roster[i].id, i);
        for (std::uint32_t i = 0; i < s_.departments.size(); ++i) {
            const std::string& id = s_.departments[i].workgroup;
            auto [it, fresh] =
                workgroup_ordinal_.emplace(id, static_cast<std::uint32_t>(workgroups_.size()));
            if (fresh) workgroups_.push_back({id, {}});
            workgroups_[it->second].departments.push_back(i);
        }
        allocations();
        r_.outcomes.resize(claims_.size());
        for (std::size_t i = 0; i < claims_.size(); ++i) {
            try {
                check(i);
            } catch (const error& e) {
                if (e.code() != errc::overflow) throw;
                // Days priced, or amounts added up, past the range of money: name the claim.
                const claim& c = claims_[i];
                detail::throw_overflow_at(
                    c.days ? "number of days" : "amount",
                    c.days ? to_string(*c.days) : to_plain(c.amount.value_or(money{})),
                    {c.where.file, c.where.line, c.days ? "days" : "amount"});
            }
        }
        try {
            finish();
        } catch (const error& e) {
            if (e.code() != errc::overflow || claims_.empty()) throw;
            throw error(errc::overflow,
                        std::string("the claims add up to more than mhfund can hold; expected "
                                    "totals within ") +
                            detail::money_range_text,
                        source_location{claims_.front().where.file, 0, {}});
        }
        return std::move(r_);
    }

  private:
    struct workgroup {
        std::string id;
        std::vector<std::uint32_t> departments;
    };

    // Every cost line becomes a balance; a Work Group's departments share one per year and
    // category (a claim names the Work Group, not the school).
    void allocations() {
        for (const cost_line& l : e_.lines) {
            balance_key key;
            key.year = l.year;
            key.category = std::string(l.category);
            claim_balance b;
            b.year = l.year;
            b.category = key.category;
            b.type = l.type;
            b.window = l.window;
            if (l.kind == cost_line::subject_kind::participant) {
                key.kind = 0;
                key.subject = l.subject;
                b.kind = claim_balance::subject_kind::participant;
                b.subject = s_.roster[l.subject].id;
                if (l.rate && l.value && l.rate->kind == rate_kind::day)
                    b.rate = day_rate(l.value->amount);
            } else {
                const workgroup_department& d = s_.departments[l.subject];
                key.kind = 1;
                key.subject = workgroup_ordinal_.at(d.workgroup);
                b.kind = claim_balance::subject_kind::workgroup;
                b.subject = d.workgroup;
                b.rate = workgroup_release_rate(d, l.window);
            }
            // Lines of one year and category add up (e.g. PD Lead days reallocated to
            // development under pd_lead_policy = reallocate, should an edition list them apart).
            const std::size_t at = balance_for(key, std::move(b));
            r_.balances[at].allocated += l.kept;
            r_.balances[at].allocated_days += l.days;
        }
    }

    std::optional<day_rate> workgroup_release_rate(const workgroup_department& d,
                                                   const date_range& window) const {
        const edition& ed = s_.cat.get(d.edition);
        if (!ed.workgroup || ed.workgroup->release_rate.empty()) return std::nullopt;
        const rate_def* r = s_.cat.rates().find(ed.workgroup->release_rate);
        if (!r || r->kind != rate_kind::day || r->values.empty() ||
            window.begin < r->values[0].from)
            return std::nullopt;
        return day_rate(s_.cat.rates().in_force(r->id, window.begin).value->amount);
    }

    std::size_t balance_for(const balance_key& key, claim_balance fresh) {
        auto [it, added] = index_.emplace(key, r_.balances.size());
        if (added) {
            order_.push_back({key.kind, key.subject, key.year, r_.balances.size()});
            r_.balances.push_back(std::move(fresh));
        }
        return it->second;
    }

    void find(std::size_t i, kind k, std::string_view field, std::string message) {
        const claim& c = claims_[i];
        r_.findings.push_back({k, std::move(message),
                               source_location{c.where.file, c.where.line, std::string(field)}, i});
    }

    void check(std::size_t i) {
        const claim& c = claims_[i];
        if (auto [it, fresh] = references_.emplace(c.reference, i); !fresh)
            find(i, kind::duplicate_reference, "reference",
                 fmt::format("reference '{}' was already used by the claim at {}", c.reference,
                             where_text(claims_[it->second].where)));
        if (!c.participant.empty())
            check_participant(i);
        else
            check_workgroup(i);
    }

    void check_participant(std::size_t i) {
        const claim& c = claims_[i];
        const auto found = participants_.find(c.participant);
        if (found == participants_.end()) {
            find(i, kind::unknown_participant, "participant",
                 fmt::format("participant '{}' is not on the roster", c.participant));
            return;
        }
        const std::uint32_t index = found->second;
        const participant& p = s_.roster[index];
        const edition& ed = s_.cat.get(p.edition);
        const date start = ed.start_of(p.cohort, p.start);
        if (p.withdrawn && c.when >= *p.withdrawn)
            find(i, kind::after_withdrawal, "date",
                 fmt::format("claim dated {} is on or after {}'s withdrawal on {}: the day of "
                             "withdrawal and every day after it are not funded",
                             to_string(c.when), p.id, to_string(*p.withdrawn)));

        const year_spec* year = nullptr;
        date_range window;
        for (const year_spec& y : ed.years) {
            const date_range w = programme_year_window(start, y.number);
            if (w.contains(c.when)) {
                year = &y;
                window = w;
                break;
            }
        }
        if (!year) {
            find(i, kind::outside_window, "date",
                 ed.years.empty()
                     ? fmt::format("claim dated {}: {}'s edition {} has no programme years",
                                   to_string(c.when), p.id, ed.id)
                     : fmt::format("claim dated {} is outside {}'s programme years ({} years "
                                   "{}–{}: {} to {})",
                                   to_string(c.when), p.id, ed.id, ed.years.front().number,
                                   ed.last_year(), to_string(start),
                                   to_string(programme_year_window(start, ed.last_year()).last_day())));
            return;
        }

        balance_key key{0, index, year->number, c.category};
        auto it = index_.find(key);
        std::size_t at = 0;
        if (it != index_.end()) {
            at = it->second;
        } else if (const actuals_spec* a = actuals(ed, year->number, c.category)) {
            claim_balance b;
            b.kind = claim_balance::subject_kind::participant;
            b.subject = p.id;
            b.year = year->number;
            b.category = c.category;
            b.type = a->type;
            b.window = window;
            at = balance_for(key, std::move(b));
        } else {
            // A year the withdrawal left unpriced has no lines: the finding above says why.
            if (p.withdrawn && window.begin >= *p.withdrawn) return;
            find(i, kind::unknown_category, "category",
                 fmt::format("{} year {} ({}) funds no '{}'{}; it funds: {}", p.id, year->number,
                             ed.id, c.category, unset_days_hint(*year, c.category),
                             funded_categories(key, ed, year->number)));
            return;
        }
        count(i, at);
    }

    void check_workgroup(std::size_t i) {
        const claim& c = claims_[i];
        const auto found = workgroup_ordinal_.find(c.workgroup);
        if (found == workgroup_ordinal_.end()) {
            std::string known;
            for (const workgroup& w : workgroups_)
                known += (known.empty() ? "" : ", ") + w.id;
            find(i, kind::unknown_workgroup, "workgroup",
                 fmt::format("Work Group '{}' is not in the scenario's work groups ({})",
                             c.workgroup, known.empty() ? "there are none" : "known: " + known));
            return;
        }
        const workgroup& w = workgroups_[found->second];
        const workgroup_department* dept = nullptr;
        std::string years;
        for (std::uint32_t d : w.departments) {
            const workgroup_department& candidate = s_.departments[d];
            if (candidate.year.range().contains(c.when)) dept = &candidate;
            const std::string y = candidate.year.to_string();
            if (years.find(y) == std::string::npos) years += (years.empty() ? "" : ", ") + y;
        }
        if (!dept) {
            find(i, kind::outside_window, "date",
                 fmt::format("claim dated {} is outside Work Group {}'s academic years ({})",
                             to_string(c.when), w.id, years));
            return;
        }
        const edition& ed = s_.cat.get(dept->edition);
        const int year = ed.workgroup->year_of(dept->year);
        const balance_key key{1, found->second, year, c.category};
        const auto it = index_.find(key);
        if (it == index_.end()) {
            find(i, kind::unknown_category, "category",
                 fmt::format("Work Group {} year {} ({}, {}) funds no '{}'; it funds: {}", w.id,
                             year, ed.id, dept->year.to_string(), c.category,
                             funded_categories(key, ed, year)));
            return;
        }
        count(i, it->second);
    }

    static const actuals_spec* actuals(const edition& ed, int year, std::string_view category) {
        for (const actuals_spec& a : ed.actuals)
            if (a.category == category &&
                std::find(a.years.begin(), a.years.end(), year) != a.years.end())
                return &a;
        return nullptr;
    }

    static std::string unset_days_hint(const year_spec& y, std::string_view category) {
        for (const line_spec& l : y.lines)
            if (l.category == category && !l.days_setting.empty())
                return fmt::format(
                    " in this scenario (its days come from the setting '{}', "
                    "which is not set)",
                    l.days_setting);
        return "";
    }

    std::string funded_categories(const balance_key& key, const edition& ed, int year) const {
        std::string out;
        auto add = [&](const std::string& c) { out += (out.empty() ? "" : ", ") + c; };
        // The subject's balances of that year are adjacent in the index (ordered by kind,
        // subject, year, then category).
        for (auto it = index_.lower_bound({key.kind, key.subject, year, ""});
             it != index_.end() && it->first.kind == key.kind && it->first.subject == key.subject &&
             it->first.year == year;
             ++it)
            if (r_.balances[it->second].type != cost_type::travel) add(it->first.category);
        if (key.kind == 0)
            for (const actuals_spec& a : ed.actuals)
                if (std::find(a.years.begin(), a.years.end(), year) != a.years.end())
                    add(a.category + " (at actual cost)");
        return out.empty() ? "nothing" : out;
    }

    // Counts claim i in balance `at`, pricing days at the balance's rate.
    void count(std::size_t i, std::size_t at) {
        const claim& c = claims_[i];
        claim_balance& b = r_.balances[at];
        money value;
        if (c.days) {
            if (!b.rate) {
                find(i, kind::unit_mismatch, "days",
                     fmt::format("'{}' is funded {}: claim an amount, not days; the claim is not "
                                 "counted",
                                 b.category,
                                 b.type == cost_type::travel ? "at actual cost" : "as an amount"));
                return;
            }
            value = *b.rate * *c.days;
            b.claimed_days += *c.days;
        } else {
            value = *c.amount;
            if (b.type == cost_type::release || b.type == cost_type::sle)
                find(i, kind::unit_mismatch, "amount",
                     fmt::format(
                         "'{}' is funded in days{}: claim days, not an amount; the {} "
                         "is counted as claimed",
                         b.category,
                         b.rate ? fmt::format(" at {} a day", b.rate->per_day()) : std::string(),
                         value));
        }
        b.claimed += value;
        ++b.claims;
        r_.outcomes[i] = {at, value};
        if (b.type == cost_type::travel) return;  // actual cost: nothing allocated to exceed

        const bool in_days = b.type != cost_type::grant && b.rate.has_value();
        const bool over_days = in_days && b.claimed_days > b.allocated_days;
        if (!over_days && b.claimed <= b.allocated) return;
        const std::string what = fmt::format(
            "{} {} year {} {}",
            b.kind == claim_balance::subject_kind::workgroup ? "Work Group" : "participant",
            b.subject, b.year, b.category);
        if (in_days)
            find(i, kind::over_allocation, c.days ? "days" : "amount",
                 fmt::format("{}: claims to date {} ({}) exceed the allocation of {} ({}) by {} "
                             "({})",
                             what, days_text(b.claimed_days), b.claimed,
                             days_text(b.allocated_days), b.allocated,
                             b.claimed_days > b.allocated_days
                                 ? days_text(b.claimed_days - b.allocated_days)
                                 : "0 days",
                             b.claimed - b.allocated));
        else
            find(i, kind::over_allocation, c.days ? "days" : "amount",
                 fmt::format("{}: claims to date {} exceed the allocation of {} by {}", what,
                             b.claimed, b.allocated, b.claimed - b.allocated));
    }

    void finish() {
        // Sort the balances into their reporting order and re-point the outcomes.
        std::vector<std::size_t> perm(r_.balances.size());
        std::iota(perm.begin(), perm.end(), std::size_t{0});
        std::sort(perm.begin(), perm.end(),
                  [&](std::size_t a, std::size_t b) { return order_[a] < order_[b]; });
        std::vector<std::size_t> new_index(perm.size());
        std::vector<claim_balance> sorted;
        sorted.reserve(perm.size());
        for (std::size_t k = 0; k < perm.size(); ++k) {
            new_index[perm[k]] = k;
            sorted.push_back(std::move(r_.balances[perm[k]]));
        }
        r_.balances = std::move(sorted);
        for (claim_outcome& o : r_.outcomes)
            if (o.balance) o.balance = new_index[*o.balance];

        for (claim_balance& b : r_.balances) {
            b.remaining = b.allocated - b.claimed;
            r_.allocated_total += b.allocated;
            r_.claimed_total += b.claimed;
        }
        r_.remaining_total = r_.allocated_total - r_.claimed_total;

        // Allocations phased by academic year as the forecast phases them; claims by the
        // academic year of their date.
        std::map<int, claims_period> years;
        auto year_of = [&](int start) -> claims_period& {
            claims_period& p = years[start];
            p.year = academic_year{start};
            return p;
        };
        for (const cost_line& l : e_.lines)
            for (const period_share& p : shares_by_period(l, period_kind::academic_year, s_))
                year_of(academic_year::containing(p.when.range.begin).start_year).allocated +=
                    p.amount;
        for (std::size_t i = 0; i < claims_.size(); ++i)
            if (r_.outcomes[i].balance)
                year_of(academic_year::containing(claims_[i].when).start_year).claimed +=
                    r_.outcomes[i].value;
        for (auto& [start, p] : years)
            r_.by_year.push_back(p);
    }

    const scenario& s_;
    const std::vector<claim>& claims_;
    const expansion e_;
    claims_report r_;
    std::unordered_map<std::string, std::uint32_t> participants_;
    std::unordered_map<std::string, std::uint32_t> workgroup_ordinal_;
    std::vector<workgroup> workgroups_;
    std::map<balance_key, std::size_t> index_;
    std::vector<balance_order> order_;
    std::unordered_map<std::string, std::size_t> references_;
};

}  // namespace

claims_report check_claims(const scenario& s, const std::vector<claim>& claims) {
    // Claims are actuals: they are checked against every programme year, whatever years the
    // scenario forecasts. The lines of an expansion point into the scenario they come from, so
    // the copy lives as long as the check.
    if (s.years.empty()) return checker(s, claims).run();
    scenario all = s;
    all.years.clear();
    return checker(all, claims).run();
}

}  // namespace v1
}  // namespace mhfund
