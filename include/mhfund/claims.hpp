// Claims: the actuals a hub has paid or been asked to pay (release days, travel, Work Group
// grants), checked against the allocations a scenario implies (domain.md section 7, question 3:
// "How much has been claimed against each allocation, what remains, and which claims exceed an
// allocation?").
#ifndef MHFUND_CLAIMS_HPP
#define MHFUND_CLAIMS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

/// One row of a claims CSV (interfaces.md, Claims): a participant's or a Work Group's claim of
/// days or of an amount, on a date, for a category, with the hub's reference.
struct claim {
    std::string participant;  ///< the participant id, or empty for a Work Group claim
    std::string workgroup;    ///< the Work Group id, or empty for a participant's claim
    /// The date of the activity (or of the payment, for a grant).
    date when;
    std::string category;           ///< `central_events`, `travel`, `department_grant`, …
    std::optional<half_days> days;  ///< days claimed (release, SLE) …
    std::optional<money> amount;    ///< … or an amount (travel at actual cost, grants)
    std::string reference;          ///< the hub's reference (invoice, claim form)
    /// The payee (URN or UKPRN). A participant's claim may leave it empty: the payee is then
    /// the participant's on the claim's date. A Work Group claim names the department's school
    /// (domain.md 9.3): it picks which department's grant the claim is against.
    std::string institution;
    /// The day the hub paid the claim; empty: claimed, not yet paid. Never before `when`.
    std::optional<date> paid;
    source_location where;  ///< file and line of the row
};

/// Reads a claims CSV. Columns: `participant` and/or `workgroup` (at least one; each row fills
/// exactly one), `date` (ISO), `category`, `days` and/or `amount` (at least one; each row fills
/// exactly one), `reference`, and optionally `institution` (the payee, a URN or UKPRN; required
/// on a Work Group's row) and `paid` (ISO date, not before `date`; empty: not yet paid). Every
/// row is checked for its form only: days in steps of half a
/// day and above zero, amounts in pounds and pence above zero, a real date, a non-empty
/// category and reference. Whether the participant, the category or the date make sense is for
/// `check_claims`, which reports findings rather than stopping. Errors name file:line:field.
std::vector<claim> read_claims(std::string_view csv_text, const std::string& file);
/// Reads the claims CSV at `path` (errors name `path` as given).
std::vector<claim> read_claims_file(const std::string& path);

/// Something about a claim a person should look at. Findings are not errors: the check runs to
/// the end and reports them all.
struct claim_finding {
    /// What the finding is about.
    enum class kind {
        over_allocation,      ///< claims to date exceed the allocation of their year and category
        outside_window,       ///< the date is in none of the subject's programme-year windows
        after_withdrawal,     ///< the date is on or after the participant's withdrawal date
        duplicate_reference,  ///< the reference was used by an earlier claim
        unknown_participant,  ///< not on the roster
        unknown_workgroup,    ///< no department of the scenario belongs to it
        unknown_category,     ///< the programme year funds no such category
        unit_mismatch,        ///< days for a cost funded as an amount (travel), or an amount for a
                              ///< cost funded in days (release, SLE)
    };
    /// What the finding is about.
    kind what = kind::over_allocation;
    /// The finding in words, naming the subject, year, category and amounts.
    std::string message;
    source_location where;  ///< the claim's file and line, and the field at fault
    std::size_t claim = 0;  ///< index of the claim in the vector given to check_claims
};
/// The kind's name as reports print it (`over_allocation`, `after_withdrawal`, …).
std::string_view to_string(claim_finding::kind k);

/// One allocation and what has been claimed against it: a participant's programme year and
/// category (one cost line, its parts together after a payee change), or a Work Group
/// department's grant of one year. Travel, funded at actual cost, has balances with nothing
/// allocated.
struct claim_balance {
    /// Whose allocation it is: a participant's or a Work Group's.
    enum class subject_kind { participant, workgroup };
    /// Whose allocation it is.
    subject_kind kind = subject_kind::participant;
    std::string subject;  ///< participant or Work Group id
    /// A Work Group balance: the department's school (each department's grant is a balance of
    /// its own, rule 11). Empty for a participant's.
    std::string institution;
    int year = 0;  ///< programme year (Work Groups: work-group year)
    /// The category (`central_events`, `travel`, `department_grant`, …).
    std::string category;
    /// Release, SLE, grant or travel.
    cost_type type = cost_type::release;
    date_range window;  ///< the programme-year window (Work Groups: the academic year)
    /// The rate claimed days are priced at: the line's day rate, or for a Work Group the
    /// edition's release rate (its grant covers release at that rate, domain.md 3.3).
    std::optional<day_rate> rate;
    /// The line's days (zero for grants and travel). A withdrawal does not reduce them; it
    /// reduces `allocated` (rule 6), and claims dated on or after it are findings.
    half_days allocated_days;
    /// The days claimed against it so far.
    half_days claimed_days;
    money allocated;  ///< the funded amount: the line's kept amount (after any withdrawal)
    money claimed;    ///< the sum of the claims' values (each claim priced and rounded alone)
    money remaining;  ///< allocated − claimed; negative when over-claimed
    std::size_t claims = 0;  ///< how many claims count here
};

/// What became of one claim.
struct claim_outcome {
    /// Index into claims_report::balances, or empty when the claim matches no allocation: it is
    /// then "unmatched" (its findings say why), and still counted in every actual total.
    std::optional<std::size_t> balance;
    /// The claim's value: days × rate rounded half-up once for the claim (domain.md section 8
    /// rule 1 applied to the claim as a line), or the amount claimed (an unmatched claim is
    /// always an amount: days with no line to price them are an input error).
    money value;
};

/// Allocated and claimed money by academic year: allocations phased as the forecast phases
/// them, claims by the academic year of their date.
struct claims_period {
    /// The academic year.
    academic_year year;
    /// Allocations phased into the year.
    money allocated;
    /// Claims dated in the year.
    money claimed;
};

/// The result of check_claims(): every allocation with what was claimed against it, every
/// claim's outcome, the findings, and totals.
struct claims_report {
    /// Every allocation of the scenario (all programme years, whatever years it forecasts),
    /// and the travel claimed: participants in roster order, then Work Groups in order of first
    /// appearance; within each, by year, the year's funded lines in the edition's order, then
    /// travel.
    std::vector<claim_balance> balances;
    std::vector<claim_finding> findings;  ///< in claim order
    std::vector<claim_outcome> outcomes;  ///< one per claim, in the same order
    std::vector<claims_period> by_year;   ///< academic years in order
    /// The sum of the balances' allocated amounts.
    money allocated_total;
    /// Every claim's value: the balances' claimed amounts and the unmatched claims.
    money claimed_total;
    money unmatched_total;  ///< the claims that match no allocation (in claimed_total too)
    money remaining_total;  ///< allocated_total − claimed_total
};

/// Checks claims against a scenario's allocations (domain.md 9.3, rule 11). Each participant's
/// claim is matched to the programme year whose window (before any withdrawal clipping)
/// contains its date and to that year's line of its category; days are priced at the line's
/// rate. A Work Group's claim is matched to the grant of the department its `institution`
/// names, in the work-group year whose academic year contains its date. Nothing is dropped or
/// capped: every claim counts in a balance, or is unmatched with a finding saying why, and
/// counts in the totals either way. Input errors throw: in the scenario itself (e.g. a missing
/// SLE rate), a Work Group claim naming a school not in the Work Group, and a claim in days
/// with no line to price them (unmatched, or at actual cost), each naming the claim.
claims_report check_claims(const scenario& s, const std::vector<claim>& claims);

}  // namespace v1
}  // namespace mhfund

#endif
