// The check of claims against a scenario's allocations (domain.md section 7, question 3): each
// claim in turn is matched to its balance and charged to it (claims_check.hpp), then the
// balances are put in reporting order and totalled, by balance and by academic year.
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "claims/claims_check.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"
#include "scenario/plausibility.hpp"

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

std::string where_text(const source_location& w) {
    return w.line > 0 ? fmt::format("{}:{}", w.file, w.line) : w.file;
}

/// A reference names one claim: a second use is reported, and the claim still counted.
class reference_check {
  public:
    explicit reference_check(const std::vector<claim>& claims) : claims_(claims) {}
    void check(std::size_t i, detail::claim_findings& found) {
        const claim& c = claims_[i];
        if (auto [it, fresh] = first_.emplace(c.reference, i); !fresh)
            found.add(i, claim_finding::kind::duplicate_reference, "reference",
                      fmt::format("reference '{}' was already used by the claim at {}", c.reference,
                                  where_text(claims_[it->second].where)));
    }

  private:
    const std::vector<claim>& claims_;
    std::unordered_map<std::string, std::size_t> first_;
};

void add_totals(claims_report& r) {
    for (const claim_balance& b : r.balances) {
        r.allocated_total += b.allocated;
        r.claimed_total += b.claimed;
    }
    for (const claim_outcome& o : r.outcomes)
        if (!o.balance) r.unmatched_total += o.value;
    r.claimed_total += r.unmatched_total;
    r.remaining_total = r.allocated_total - r.claimed_total;
}

/// Rule 11: a claim that matches no allocation is still money spent, priced from its amount.
/// Days with no line to give them a rate are an input error naming the claim and why.
claim_outcome unmatched(std::size_t i, const claim& c, const std::vector<claim_finding>& found) {
    if (c.amount) return {std::nullopt, *c.amount};
    std::string why;
    for (const claim_finding& f : found)
        if (f.claim == i) why += "; " + f.message;
    throw error(errc::input,
                fmt::format("bad number of days '{}' in claim '{}': it matches no allocation, so "
                            "nothing gives its days a rate{}; expected an amount for a claim that "
                            "matches no allocation",
                            *c.days, shown_value(c.reference), why),
                source_location{c.where.file, c.where.line, "days"});
}

// Allocations phased by academic year as the forecast phases them; claims by the academic year
// of their date.
std::vector<claims_period> by_academic_year(const scenario& s, const expansion& e,
                                            const std::vector<claim>& claims,
                                            const claims_report& r) {
    std::map<int, claims_period> years;
    auto year_of = [&](int start) -> claims_period& {
        claims_period& p = years[start];
        p.year = academic_year{start};
        return p;
    };
    for (const cost_line& l : e.lines)
        for (const period_share& p : shares_by_period(l, period_kind::academic_year, s))
            year_of(academic_year::containing(p.when.range.begin).start_year).allocated += p.amount;
    for (std::size_t i = 0; i < claims.size(); ++i)
        year_of(academic_year::containing(claims[i].when).start_year).claimed +=
            r.outcomes[i].value;
    std::vector<claims_period> out;
    for (auto& [start, p] : years)
        out.push_back(p);
    return out;
}

/// Days priced, or amounts added up, past the range of money: the error names the claim.
[[noreturn]] void overflow_at_claim(const error& err, const claim& c) {
    if (err.code() != errc::overflow) throw err;
    detail::throw_overflow_at(c.days ? "number of days" : "amount",
                              c.days ? to_string(*c.days) : to_plain(c.amount.value_or(money{})),
                              {c.where.file, c.where.line, c.days ? "days" : "amount"});
}

}  // namespace

namespace detail {

checked_claims check_expansion(const scenario& s, const expansion& e,
                               const std::vector<claim>& claims) {
    const claim_subjects who(s);
    balance_ledger ledger(s, e, who);
    checked_claims out;
    claims_report& r = out.report;
    claim_findings found(claims, r.findings);
    claim_matcher matcher(s, who, ledger, found);
    reference_check references(claims);
    r.outcomes.resize(claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        references.check(i, found);
        try {
            const auto at = matcher.match(i, claims[i]);
            r.outcomes[i] =
                at ? ledger.charge(i, claims[i], *at, found) : unmatched(i, claims[i], r.findings);
        } catch (const error& err) {
            overflow_at_claim(err, claims[i]);
        }
    }
    std::vector<std::size_t> moved;
    out.line_balance = ledger.line_balances();
    r.balances = std::move(ledger).sorted(moved);
    for (claim_outcome& o : r.outcomes)
        if (o.balance) o.balance = moved[*o.balance];
    for (std::size_t& b : out.line_balance)
        b = moved[b];
    try {
        add_totals(r);
        r.by_year = by_academic_year(s, e, claims, r);
    } catch (const error& err) {
        if (err.code() != errc::overflow || claims.empty()) throw;
        throw error(errc::overflow,
                    std::string("the claims add up to more than mhfund can hold; expected "
                                "totals within ") +
                        money_range_text,
                    source_location{claims.front().where.file, 0, {}});
    }
    return out;
}

}  // namespace detail

namespace {

claims_report check_all_years(const scenario& s, const std::vector<claim>& claims) {
    const expansion e = expand(s);
    return detail::check_expansion(s, e, claims).report;
}

}  // namespace

claims_report check_claims(const scenario& s, const std::vector<claim>& claims) {
    for (const claim& c : claims)
        if (c.amount) detail::check_claim_cap(s, *c.amount, {c.where.file, c.where.line, "amount"});
    // Claims are actuals: they are checked against every programme year, whatever years the
    // scenario forecasts. The lines of an expansion point into the scenario they come from, so
    // the copy lives as long as the check.
    if (s.years.empty()) return check_all_years(s, claims);
    scenario all = s;
    all.years.clear();
    return check_all_years(all, claims);
}

}  // namespace v1
}  // namespace mhfund
