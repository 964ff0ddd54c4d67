// The balances of a claims check (domain.md section 7): what each allocation funds, what the
// claims charged to it come to, and the findings a charge raises (a wrong unit, claims over
// the allocation).
#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "claims/claims_check.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {

using kind = claim_finding::kind;

std::string days_text(half_days d) {
    return d == half_days::from_days(1) ? "1 day" : fmt::format("{} days", d);
}

}  // namespace

claim_subjects::claim_subjects(const scenario& s) {
    for (std::uint32_t i = 0; i < s.roster.size(); ++i)
        participants.emplace(s.roster[i].id, i);
    for (std::uint32_t i = 0; i < s.departments.size(); ++i) {
        const std::string& id = s.departments[i].workgroup;
        auto [it, fresh] =
            workgroup_ordinal.emplace(id, static_cast<std::uint32_t>(workgroups.size()));
        if (fresh) workgroups.push_back({id, {}});
        workgroups[it->second].departments.push_back(i);
    }
}

void claim_findings::add(std::size_t i, kind k, std::string_view field, std::string message) {
    const claim& c = claims_[i];
    out_.push_back({k, std::move(message),
                    source_location{c.where.file, c.where.line, std::string(field)}, i});
}

balance_ledger::balance_ledger(const scenario& s, const expansion& e, const claim_subjects& who)
    : s_(s), who_(who) {
    for (const cost_line& l : e.lines)
        allocate(l);
}

// Every cost line becomes a balance, or adds to its year's and category's (the parts of a line
// split by a payee change). A Work Group department's grant is a balance of its own: a Work
// Group's claim names the department's school (rule 11).
void balance_ledger::allocate(const cost_line& l) {
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
        if (l.rate && l.value && l.rate->kind == rate_kind::day) b.rate = day_rate(l.value->amount);
    } else {
        const workgroup_department& d = s_.departments[l.subject];
        key.kind = 1;
        key.subject = l.subject;  // rule 11: each department's grant is a balance of its own
        b.kind = claim_balance::subject_kind::workgroup;
        b.subject = d.workgroup;
        b.institution = d.institution;
        b.rate = workgroup_release_rate(d, l.window);
    }
    // Lines of one year and category add up (e.g. PD Lead days reallocated to development
    // under pd_lead_policy = reallocate, should an edition list them apart).
    const std::size_t at = open(key, std::move(b));
    balances_[at].allocated += l.kept;
    // The parts of a split line share the line's days: count them once.
    if (!l.part || l.part->begin == l.window.begin) balances_[at].allocated_days += l.days;
    line_balance_.push_back(at);
}

std::optional<day_rate> balance_ledger::workgroup_release_rate(const workgroup_department& d,
                                                               const date_range& window) const {
    const edition& ed = s_.cat.get(d.edition);
    if (!ed.workgroup || ed.workgroup->release_rate.empty()) return std::nullopt;
    const rate_def* r = s_.cat.rates().find(ed.workgroup->release_rate);
    if (!r || r->kind != rate_kind::day || r->values.empty() || window.begin < r->values[0].from)
        return std::nullopt;
    return day_rate(s_.cat.rates().in_force(r->id, window.begin).value->amount);
}

std::optional<std::size_t> balance_ledger::find(const balance_key& key) const {
    const auto it = index_.find(key);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

std::size_t balance_ledger::open(const balance_key& key, claim_balance fresh) {
    auto [it, added] = index_.emplace(key, balances_.size());
    if (added) {
        // Work Groups sort in order of first appearance, their departments together.
        const std::uint32_t subject =
            key.kind == 0 ? key.subject
                          : who_.workgroup_ordinal.at(s_.departments[key.subject].workgroup);
        order_.push_back({key.kind, subject, key.year, balances_.size()});
        balances_.push_back(std::move(fresh));
    }
    return it->second;
}

claim_outcome balance_ledger::charge(std::size_t i, const claim& c, std::size_t at,
                                     claim_findings& found) {
    claim_balance& b = balances_[at];
    money value;
    if (c.days) {
        // Nothing claimed is left out of a total (rule 11): days with no rate to price them
        // are an input error, not a finding.
        if (!b.rate)
            throw error(
                errc::input,
                fmt::format("bad number of days '{}' in claim '{}': expected an amount, "
                            "since '{}' is funded {} and has no day rate to price days",
                            *c.days, shown_value(c.reference), b.category,
                            b.type == cost_type::travel ? "at actual cost" : "as an amount"),
                source_location{c.where.file, c.where.line, "days"});
        value = *b.rate * *c.days;
        b.claimed_days += *c.days;
    } else {
        value = *c.amount;
        if (b.type == cost_type::release || b.type == cost_type::sle)
            found.add(
                i, kind::unit_mismatch, "amount",
                fmt::format("'{}' is funded in days{}: claim days, not an amount; the {} "
                            "is counted as claimed",
                            b.category,
                            b.rate ? fmt::format(" at {} a day", b.rate->per_day()) : std::string(),
                            value));
    }
    b.claimed += value;
    ++b.claims;
    if (b.type == cost_type::travel) return {at, value};  // actual cost: nothing to exceed

    const bool in_days = b.type != cost_type::grant && b.rate.has_value();
    const bool over_days = in_days && b.claimed_days > b.allocated_days;
    if (!over_days && b.claimed <= b.allocated) return {at, value};
    const std::string what =
        fmt::format("{} {} year {} {}",
                    b.kind == claim_balance::subject_kind::workgroup ? "Work Group" : "participant",
                    b.subject, b.year, b.category);
    if (in_days)
        found.add(i, kind::over_allocation, c.days ? "days" : "amount",
                  fmt::format("{}: claims to date {} ({}) exceed the allocation of {} ({}) by {} "
                              "({})",
                              what, days_text(b.claimed_days), b.claimed,
                              days_text(b.allocated_days), b.allocated,
                              b.claimed_days > b.allocated_days
                                  ? days_text(b.claimed_days - b.allocated_days)
                                  : "0 days",
                              b.claimed - b.allocated));
    else
        found.add(i, kind::over_allocation, c.days ? "days" : "amount",
                  fmt::format("{}: claims to date {} exceed the allocation of {} by {}", what,
                              b.claimed, b.allocated, b.claimed - b.allocated));
    return {at, value};
}

std::string balance_ledger::funded_categories(const balance_key& key, const edition& ed,
                                              int year) const {
    std::string out;
    auto add = [&](const std::string& c) { out += (out.empty() ? "" : ", ") + c; };
    // The subject's balances of that year are adjacent in the index (ordered by kind,
    // subject, year, then category).
    for (auto it = index_.lower_bound({key.kind, key.subject, year, ""});
         it != index_.end() && it->first.kind == key.kind && it->first.subject == key.subject &&
         it->first.year == year;
         ++it)
        if (balances_[it->second].type != cost_type::travel) add(it->first.category);
    if (key.kind == 0)
        for (const actuals_spec& a : ed.actuals)
            if (std::find(a.years.begin(), a.years.end(), year) != a.years.end())
                add(a.category + " (at actual cost)");
    return out.empty() ? "nothing" : out;
}

std::vector<claim_balance> balance_ledger::sorted(std::vector<std::size_t>& moved) && {
    std::vector<std::size_t> perm(balances_.size());
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    std::sort(perm.begin(), perm.end(),
              [&](std::size_t a, std::size_t b) { return order_[a] < order_[b]; });
    moved.assign(perm.size(), 0);
    std::vector<claim_balance> out;
    out.reserve(perm.size());
    for (std::size_t k = 0; k < perm.size(); ++k) {
        moved[perm[k]] = k;
        out.push_back(std::move(balances_[perm[k]]));
    }
    for (claim_balance& b : out)
        b.remaining = b.allocated - b.claimed;
    return out;
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
