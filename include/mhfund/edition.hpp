// Programme editions: a cohort's or a year's offer, with its year-by-year allocation. Editions
// are data (TOML files; the built-in ones use the same format a user would), never code.
#ifndef MHFUND_EDITION_HPP
#define MHFUND_EDITION_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"
#include "mhfund/rates.hpp"

namespace mhfund {
inline namespace v1 {

/// What a cost is (domain.md section 7: "release, SLE, grant, travel").
enum class cost_type { release, sle, grant, travel };
std::string_view to_string(cost_type t);
cost_type parse_cost_type(std::string_view text);

/// Specialists are priced per participant over programme years from their start date; Work
/// Groups per participating department and work-group year.
enum class edition_kind { specialist, workgroup };

/// One funded line of a programme year: `days` of `category` at `rate`.
struct line_spec {
    std::string category;  ///< `central_events`, `personal_development`, `sle`, …
    cost_type type = cost_type::release;
    std::optional<half_days> days;  ///< fixed by the edition, or …
    std::string days_setting;       ///< … taken from a setting (`sle_days`) when this is set
    bool days_required = false;     ///< a missing setting is an error when the year is priced
    std::string rate;               ///< rate id in the rate card
    bool pd_lead = false;  ///< the PD Lead accreditation days an accredited teacher need not do
    std::string description;
    std::string source;  ///< `000: year 1, 5 days attending central events`
    long line = 0;       ///< where the line is in its edition file
};

struct year_spec {
    int number = 0;
    std::vector<line_spec> lines;
    /// Under the `reallocate` PD Lead policy, an exempt participant's PD Lead days move to this
    /// category (domain.md 3.1).
    std::string pd_lead_reallocate_to;
    std::string note;
};

/// A cohort of a specialist edition and its default start date (section 8 rule 2).
struct cohort_spec {
    std::string id;
    date start;
    std::string note;
    std::string source;
};

/// A required commitment the programme does not fund (e.g. the senior leader's half-day
/// launch): tracked, at zero cost.
struct commitment_spec {
    std::string what;
    std::string who;
    half_days time;
    int year = 1;
    std::string source;
};

/// A cost the programme funds at actual cost (travel to training events): no allocation, only
/// claims or a per-event allowance the user sets.
struct actuals_spec {
    std::string category;
    cost_type type = cost_type::travel;
    std::vector<int> years;
    std::string description;
    std::string source;
};

/// A Work Group grant for one work-group year: a rate card grant or a figure fixed here.
struct grant_spec {
    int year = 1;
    std::string rate;             ///< rate id of kind grant, or empty when `amount` is set
    std::optional<money> amount;  ///< a figure fixed by the edition (e.g. a hub's own offer)
    std::string source;
    long line = 0;
};

struct workgroup_spec {
    academic_year first_year;
    int years = 1;
    int departments = 2;               ///< 003: a specialist works with two departments
    int advocates_per_department = 2;  ///< 003: two Mastery Advocates per school
    std::optional<int> meetings;       ///< minimum half-day meetings (edition default)
    std::optional<int> meetings_alternative;
    std::string meetings_source;
    std::optional<half_days> min_release_per_department;  ///< 003 form: 10 combined days
    std::string release_rate;                             ///< rate for the committed-release check
    std::string release_source;
    long release_line = 0;
    std::vector<grant_spec> grants;
    std::vector<std::string> events;  ///< e.g. "Mastery conference, June 2025"
};

struct edition {
    std::string id;         ///< `sms-2022-cohort7`
    std::string programme;  ///< `sms`, `fe`, `workgroup`, or a user's own
    std::string title;
    std::string source;  ///< the documents it comes from
    edition_kind kind = edition_kind::specialist;
    int min_years = 1;
    std::vector<cohort_spec> cohorts;
    std::vector<year_spec> years;
    std::vector<commitment_spec> commitments;
    std::vector<actuals_spec> actuals;
    std::optional<workgroup_spec> workgroup;
    std::string file;  ///< where it was read from
    long line = 0;     ///< the line of its `id`

    const cohort_spec* find_cohort(std::string_view id) const;
    const cohort_spec& cohort(std::string_view id) const;  ///< throws, listing the cohorts
    const year_spec* year(int number) const;
    int last_year() const;
};

/// Reads an edition from TOML text; `name` is the file name used in error messages.
edition parse_edition(std::string_view toml_text, const std::string& name);
/// Reads rate definitions (`[[rate]]` tables) from TOML text into `card`.
void parse_rates(std::string_view toml_text, const std::string& name, rate_card& card);

}  // namespace v1
}  // namespace mhfund

#endif
