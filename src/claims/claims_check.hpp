// The parts of the claims check (check_claims in claims.cpp), one idea each: who may claim
// (claim_subjects), the balances the allocations open and the claims are charged to
// (balance_ledger, claims_balances.cpp), and which balance a claim is against
// (claim_matcher, claims_matching.cpp). Findings are collected in claim order.
#ifndef MHFUND_SRC_CLAIMS_CLAIMS_CHECK_HPP
#define MHFUND_SRC_CLAIMS_CLAIMS_CHECK_HPP

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Who may claim: the roster's participants and the scenario's Work Groups, by id. A Work
/// Group's ordinal is its place in order of first appearance among the departments.
struct claim_subjects {
    struct workgroup {
        std::string id;
        std::vector<std::uint32_t> departments;
    };
    explicit claim_subjects(const scenario& s);

    std::unordered_map<std::string, std::uint32_t> participants;  ///< id → roster index
    std::unordered_map<std::string, std::uint32_t> workgroup_ordinal;
    std::vector<workgroup> workgroups;  ///< by ordinal
};

/// A balance: one subject's (kind 0 a participant by roster index, 1 a Work Group department by
/// its index in scenario::departments) programme year and category.
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

/// The findings of one check, each at its claim's file and line and the field at fault.
class claim_findings {
  public:
    claim_findings(const std::vector<claim>& claims, std::vector<claim_finding>& out)
        : claims_(claims), out_(out) {}
    void add(std::size_t i, claim_finding::kind k, std::string_view field, std::string message);

  private:
    const std::vector<claim>& claims_;
    std::vector<claim_finding>& out_;
};

/// The balances of one check. Every cost line opens one (or adds to one: a Work Group's
/// departments share a balance per year and category, since a claim names the Work Group, not
/// the school); a claim at actual cost may open one of its own.
class balance_ledger {
  public:
    balance_ledger(const scenario& s, const expansion& e, const claim_subjects& who);

    std::optional<std::size_t> find(const balance_key& key) const;
    /// The balance of `key`, made from `fresh` if there is none yet.
    std::size_t open(const balance_key& key, claim_balance fresh);
    claim_balance& operator[](std::size_t at) { return balances_[at]; }

    /// Counts claim `i` in balance `at`, priced at the balance's rate, with the findings of a
    /// wrong unit or of claims over the allocation. Gives the outcome; no balance when the
    /// claim could not be counted.
    claim_outcome charge(std::size_t i, const claim& c, std::size_t at, claim_findings& found);

    /// What the subject of `key` may claim in `year`, for a finding about what it may not.
    std::string funded_categories(const balance_key& key, const edition& ed, int year) const;

    /// The balance of each line of the expansion, by the line's index (before sorted()).
    const std::vector<std::size_t>& line_balances() const { return line_balance_; }

    /// The balances in reporting order (subjects in roster or first-appearance order, then
    /// year, then the order they were opened in), each with its remaining amount; `moved` gives
    /// the new place of each balance by its old one.
    std::vector<claim_balance> sorted(std::vector<std::size_t>& moved) &&;

  private:
    void allocate(const cost_line& l);
    std::optional<day_rate> workgroup_release_rate(const workgroup_department& d,
                                                   const date_range& window) const;

    /// Where a balance sorts: see sorted().
    struct order {
        int kind = 0;
        std::uint32_t subject = 0;
        int year = 0;
        std::size_t made = 0;
        bool operator<(const order& o) const {
            return std::tie(kind, subject, year, made) <
                   std::tie(o.kind, o.subject, o.year, o.made);
        }
    };

    const scenario& s_;
    const claim_subjects& who_;
    std::vector<claim_balance> balances_;
    std::map<balance_key, std::size_t> index_;
    std::vector<order> order_;
    std::vector<std::size_t> line_balance_;
};

/// Finds the balance a claim is against: its subject, the programme year its date falls in and
/// its category, with a finding when there is none (an unknown subject, a date outside every
/// year, a category the year does not fund) or when the claim comes after a withdrawal.
class claim_matcher {
  public:
    claim_matcher(const scenario& s, const claim_subjects& who, balance_ledger& ledger,
                  claim_findings& found)
        : s_(s), who_(who), ledger_(ledger), found_(found) {}

    std::optional<std::size_t> match(std::size_t i, const claim& c);

  private:
    std::optional<std::size_t> match_participant(std::size_t i, const claim& c);
    std::optional<std::size_t> match_workgroup(std::size_t i, const claim& c);

    const scenario& s_;
    const claim_subjects& who_;
    balance_ledger& ledger_;
    claim_findings& found_;
};

/// A claims check with what the outturn needs besides the report: the balance of each line.
struct checked_claims {
    claims_report report;
    /// For each line of the expansion checked, the index of its balance in report.balances.
    std::vector<std::size_t> line_balance;
};
/// check_claims on an expansion of `s` (every programme year: `s` forecasts no years).
checked_claims check_expansion(const scenario& s, const expansion& e,
                               const std::vector<claim>& claims);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
