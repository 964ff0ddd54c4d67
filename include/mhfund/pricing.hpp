// Pricing one allocation: an edition's programme year for one participant (or one Work Group
// department), by category, with days, rate, amount and a derivation a person can read.
#ifndef MHFUND_PRICING_HPP
#define MHFUND_PRICING_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/finding.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/rates.hpp"
#include "mhfund/settings.hpp"

namespace mhfund {
inline namespace v1 {

/// A rate's value that a scoped setting gives one participant, edition or cohort (domain.md
/// 9.2): it applies from any date, in place of the rate card's values. `value` points into the
/// scenario's scoped settings, which outlive the lines priced with it.
struct rate_override {
    std::string_view rate_id;           ///< the rate card's id (`sle`)
    const rate_value* value = nullptr;  ///< the value in force for every window
};

/// How to price one participant's programme year: the choices the documents leave open.
struct price_options {
    /// What happens to the PD Lead days of an accredited PD Lead.
    pd_lead_policy pd_lead = pd_lead_policy::unfunded;
    /// The participant is already an accredited PD Lead.
    bool pd_lead_accredited = false;
    std::optional<date> start;  ///< overrides the cohort's default start date
    /// Days the edition leaves to the scenario (`sle_days`, …).
    day_settings days;
    /// Rates a scoped setting gives this participant, in place of the rate card's (empty:
    /// the rate card's own, as for every scenario-wide setting).
    std::vector<rate_override> rates;
};

/// One priced line. Its views point into the edition and the rate card it was priced from, so
/// it is valid while they live unchanged.
struct priced_line {
    /// The edition line's category (`central_events`, `sle`, …).
    std::string_view category;
    /// Release, SLE, grant or travel.
    cost_type type = cost_type::release;
    half_days days;  ///< zero for grants
    /// The rate card's id of the rate (`secondary_release`).
    std::string_view rate_id;
    /// The rate's definition.
    const rate_def* rate = nullptr;
    const rate_value* value = nullptr;  ///< the rate's value in force on the window's first day
    /// days × rate, rounded half-up once (a grant: the grant).
    money amount;
    std::string_view source;        ///< the document line the days (or grant) come from
    std::string_view days_setting;  ///< non-empty when the days came from a setting
    /// PD Lead days moved here under `reallocate` (included in `days`; zero when none).
    half_days reallocated;
};

/// One programme year's allocation.
struct allocation {
    /// The edition priced.
    const edition* ed = nullptr;
    /// The cohort id.
    std::string cohort;
    /// The programme year, from 1.
    int year = 0;
    /// The programme year's days: programme_year_window(start, year).
    date_range window;
    /// One line per funded category.
    std::vector<priced_line> lines;
    /// The sum of the lines.
    money total;
    /// Lines the options removed, e.g. "PD Lead accreditation: 4 days not funded (already
    /// accredited; pd_lead_policy = unfunded)".
    std::vector<finding> notes;
};

/// Prices programme year `year` of a specialist edition for one participant. The window is
/// `programme_year_window(start, year)` and each rate is the one in force on its first day
/// (section 8 rules 3–4). A year the edition does not define is an input error; a line whose
/// days come from a setting that is missing is skipped, or an error when the edition requires it.
allocation price_year(const edition& ed, std::string_view cohort, int year,
                      const price_options& options, const rate_card& rates);

/// Prices one department's grant for work-group year `year` (1 = the edition's first year).
allocation price_workgroup_department(const edition& ed, int year, const rate_card& rates);

/// "5 days × £200.00 secondary release day": days at a day rate, in words. The one phrase every
/// derivation (a priced year's, a line's, a cost line's) uses for days × rate.
std::string days_at_rate_text(half_days days, money rate, std::string_view rate_words);

/// "5 days × £200.00 secondary release day (central_events; sms-2022-cohort7, year 1) =
/// £1,000.00".
std::string derivation(const allocation& a, const priced_line& line);
/// The whole year in one line when every line shares a rate, else the lines joined by " + ".
std::string derivation(const allocation& a);

/// The committed release of one Work Group department at the edition's release rate, against
/// the grant: domain.md 3.3's check. 003 gives the commitment two ways: the information text's
/// half-day meetings (each for both teachers) plus approximately four to six in-school days, and
/// the form's minimum combined days including its meetings. The least committed release is the
/// larger of the form's days and the meetings plus the least in-school days; the most, the
/// meetings plus the most in-school days.
struct release_check {
    /// The meetings counted: the setting `meetings`, else the edition's default (0 when none).
    int meetings = 0;
    /// The meetings' release: a half day each for each of the department's advocates.
    half_days meeting_days;
    /// The least release the department commits to.
    half_days committed;
    /// The most (the upper end of the in-school days); `committed` when there is no range.
    half_days committed_most;
    /// `committed` at the edition's release rate.
    money committed_cost;
    /// `committed_most` at the edition's release rate.
    money committed_most_cost;
    /// The department's grant.
    money grant;
    /// True when the least committed release costs more than the grant.
    bool exceeds_grant() const { return committed_cost > grant; }
    /// The finding in words, for reports.
    std::string message;
};
/// The check for work-group year `year` of an edition, with `meetings` half-day meetings (none:
/// the edition's default); none when it is not a Work Group edition or gives no release
/// commitment and rate.
std::optional<release_check> check_workgroup_release(const edition& ed, int year,
                                                     const rate_card& rates,
                                                     std::optional<int> meetings = std::nullopt);

}  // namespace v1
}  // namespace mhfund

#endif
