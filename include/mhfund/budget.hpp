// The approved budget (domain.md rule 14): a forecast saved with the fingerprints of its inputs,
// read back later as the approved figure. A budget holds every cost line at the finest grain any
// question needs: each line's dimension values (so it groups by any `--by`) and its money in
// spans of days that no month or term boundary crosses (so it answers any `--period`).
#ifndef MHFUND_BUDGET_HPP
#define MHFUND_BUDGET_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// One input a budget was computed from and the SHA-256 of its bytes. Data built into the
/// library (the rate card, built-in editions, the sample plan) counts as an input too: its
/// fingerprint is that of the embedded text, so a new version of the tool with other figures
/// shows as a changed input.
struct input_fingerprint {
    std::string role;    ///< `scenario`, `roster`, `workgroups`, `changes`, `edition`, `rate card`
    std::string name;    ///< the path as read, or `built-in rates.toml`
    std::string sha256;  ///< 64 lower-case hex digits
};

/// An input whose bytes differ now from when the budget was saved.
struct input_difference {
    std::string role;     ///< as input_fingerprint::role
    std::string name;     ///< as input_fingerprint::name
    std::string saved;    ///< the fingerprint in the budget
    std::string current;  ///< the fingerprint now, or `missing` when it cannot be read
};

/// A line's money in the days `[from, to)`: no month start and no term start falls inside.
struct budget_share {
    date from;     ///< the first day
    date to;       ///< the day after the last
    money amount;  ///< the line's money phased into these days
};

/// One cost line (or one payee's part of a split line, rule 10) as a budget keeps it.
struct budget_line {
    /// The participant's id, or `WORKGROUP/INSTITUTION` for a Work Group department.
    std::string subject;
    bool department = false;  ///< a Work Group department's line
    int year = 0;             ///< programme (or work-group) year
    std::string category;     ///< `central_events`, `sle`, `department_grant`, …
    /// The value of every dimension, indexed by `dimension` (hub, region, …, category).
    std::vector<std::string> keys;
    std::string rate;       ///< the rate's id (`sle_rate`); empty for a grant fixed by the edition
    money rate_amount;      ///< the rate in force (per day, or the grant)
    half_days days;         ///< the line's days (zero for a grant)
    half_days reallocated;  ///< PD Lead days moved here (pd_lead_policy = reallocate)
    money amount;           ///< A: the allocation before any withdrawal
    money kept;             ///< the money kept after a withdrawal (this part's, when split)
    std::optional<date> withdrawn;  ///< the participant's withdrawal date
    std::string phasing;            ///< `weekdays`, `lump` or `terms`
    /// The dated changes that apply to the participant, one sentence each
    /// ("2023-09-01 hub EM1 (CH-2023-02)").
    std::vector<std::string> changes;
    std::string derivation;  ///< the line's derivation in words (cost_line.hpp, derive)
    /// The money inside the budget's horizon, in date order; zero spans left out.
    std::vector<budget_share> shares;

    /// The value of dimension `d`.
    const std::string& key(dimension d) const { return keys[static_cast<std::size_t>(d)]; }
    /// The sum of the shares: the line's money inside the horizon.
    money in_horizon() const;
};

/// A plan priced at the finest grain: an approved budget read back, or a scenario priced now
/// (make_budget). `mhfund compare` and outturn's variance read this.
struct budget {
    std::string scenario;      ///< the scenario's name
    std::string tool_version;  ///< the version of mhfund that priced it
    date_range horizon;        ///< the days the forecast covers
    /// The term dates of every academic year the lines touch (the hub's own where set).
    term_calendar terms;
    std::vector<assumption> settings;       ///< the assumptions in force
    std::vector<input_fingerprint> inputs;  ///< empty for a scenario priced in memory
    std::vector<budget_line> lines;         ///< in the forecast's line order

    /// The grand total: the sum of every line's shares.
    money total() const;
    /// The budget grouped and phased as a forecast would be: rows by `o.by` and `o.period`,
    /// with the grand total (rule 9: the same for every grouping and period) and the settings
    /// as assumptions. The efficient way to read many groups' budgets at once.
    forecast_result summarise(const forecast_options& o) const;
    /// budget(P) for one group: the money of the lines whose values of `by` are `keys`, in
    /// period `p`. `keys` has one value per dimension of `by`; an empty `by` means every line.
    money amount(const std::vector<dimension>& by, const std::vector<std::string>& keys,
                 const period& p) const;
};

/// Prices `s` at the finest grain, and fingerprints its input files (their bytes read again now).
budget make_budget(const scenario& s);
/// The fingerprints of every input `s` was read from: the scenario file, rosters, work groups,
/// changes, the editions its rows use and the rate card. Files are read again to hash them.
std::vector<input_fingerprint> fingerprint_inputs(const scenario& s);
/// The inputs of `b` whose bytes differ now (or that cannot be read), in the budget's order.
std::vector<input_difference> changed_inputs(const budget& b);

/// The budget file (JSON): human-readable, amounts as plain decimals (never a JSON number),
/// marked as written by the tool and never to be edited by hand.
std::string write_budget_json(const budget& b);
/// Writes the budget file to `path`, whole or not at all (never over one of the run's inputs).
void write_budget_file(const budget& b, const std::string& path);
/// Reads a budget file's text; `file` names it in messages. A malformed budget is an input error
/// naming the file, the JSON path (`lines[3].shares[0]`), the bad value and what was expected;
/// a budget whose shares do not sum to its lines' amounts is refused too.
budget read_budget(std::string_view json_text, const std::string& file);
/// Reads a budget file.
budget read_budget_file(const std::string& path);
/// True when `text` looks like a budget file (JSON: its first non-blank character is `{`, which
/// no scenario file in TOML can start with).
bool is_budget_text(std::string_view text);

}  // namespace v1
}  // namespace mhfund

#endif
