// Programme editions: a cohort's or a year's offer, with its year-by-year allocation. Editions
// are data (TOML files; the built-in ones use the same format a user would), never code.
#ifndef MHFUND_EDITION_HPP
#define MHFUND_EDITION_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/criteria.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/identifiers.hpp"
#include "mhfund/key_dates.hpp"
#include "mhfund/money.hpp"
#include "mhfund/rates.hpp"

namespace mhfund {
inline namespace v1 {

/// What a cost is (domain.md section 7: "release, SLE, grant, travel").
enum class cost_type { release, sle, grant, travel };
/// `release`, `sle`, `grant` or `travel`.
std::string_view to_string(cost_type t);
/// Parses `release`, `sle`, `grant` or `travel`; anything else is an input error.
cost_type parse_cost_type(std::string_view text);

/// Specialists are priced per participant over programme years from their start date; Work
/// Groups per participating department and work-group year.
enum class edition_kind { specialist, workgroup };

/// One funded line of a programme year: `days` of `category` at `rate`.
struct line_spec {
    std::string category;  ///< `central_events`, `personal_development`, `sle`, …
    /// What the cost is.
    cost_type type = cost_type::release;
    std::optional<half_days> days;  ///< fixed by the edition, or …
    std::string days_setting;       ///< … taken from a setting (`sle_days`) when this is set
    bool days_required = false;     ///< a missing setting is an error when the year is priced
    std::string rate;               ///< rate id in the rate card
    bool pd_lead = false;  ///< the PD Lead accreditation days an accredited teacher need not do
    /// What the days are for, as reports print it.
    std::string description;
    std::string source;  ///< `000: year 1, 5 days attending central events`
    long line = 0;       ///< where the line is in its edition file
};

/// One programme year of a specialist edition: its funded lines.
struct year_spec {
    /// The programme year, from 1.
    int number = 0;
    /// The funded lines, in file order.
    std::vector<line_spec> lines;
    /// Under the `reallocate` PD Lead policy, an exempt participant's PD Lead days move to this
    /// category (domain.md 3.1).
    std::string pd_lead_reallocate_to;
    /// The year in words, as the documents put it.
    std::string note;
};

/// A cohort of a specialist edition and its default start date (section 8 rule 2).
struct cohort_spec {
    /// The cohort's id as rosters write it (`7`, `trailblazer`).
    std::string id;
    /// The default start date of its participants.
    date start;
    /// Why the start date is what it is, when a policy chose it.
    std::string note;
    /// When the documents do not fix the start, the assumption a report lists for participants
    /// who take this default ("default policy: 004 says only 'starting in spring 2023'").
    std::string assumption;
    /// The document line the start date comes from.
    std::string source;
};

/// A required commitment the programme does not fund (e.g. the senior leader's half-day
/// launch): tracked, at zero cost.
struct commitment_spec {
    /// What is committed (`half-day launch …`).
    std::string what;
    /// Who commits (`head teacher or a senior leader`).
    std::string who;
    /// How much time.
    half_days time;
    /// The programme year it falls in.
    int year = 1;
    /// The document line it comes from.
    std::string source;
    /// When it happens, as precisely as the document says; the launch's date is given by no
    /// document, so it is unknown (never invented).
    fuzzy_date when;
};

/// A cost the programme funds at actual cost (travel to training events): no allocation, only
/// claims or a per-event allowance the user sets.
struct actuals_spec {
    /// The category claims use (`travel`).
    std::string category;
    /// What the cost is (travel).
    cost_type type = cost_type::travel;
    /// The programme years it applies to.
    std::vector<int> years;
    /// What is funded, in words.
    std::string description;
    /// The document line it comes from.
    std::string source;
};

/// A Work Group grant for one work-group year: a rate card grant or a figure fixed here.
struct grant_spec {
    /// The work-group year, from 1.
    int year = 1;
    std::string rate;             ///< rate id of kind grant, or empty when `amount` is set
    std::optional<money> amount;  ///< a figure fixed by the edition (e.g. a hub's own offer)
    /// The document line the grant comes from.
    std::string source;
    /// Where the grant is in its edition file.
    long line = 0;
};

/// What a Work Group edition offers: its years, its size, its commitments and its grants.
struct workgroup_spec {
    /// The academic year of work-group year 1.
    academic_year first_year;
    /// How many work-group years it runs.
    int years = 1;
    int departments = 2;               ///< 003: a specialist works with two departments
    int advocates_per_department = 2;  ///< 003: two Mastery Advocates per school
    std::optional<int> meetings;       ///< minimum half-day meetings (edition default)
    /// The other meeting count the documents give (setting `meetings` chooses).
    std::optional<int> meetings_alternative;
    /// The document lines the meeting counts come from.
    std::string meetings_source;
    /// When the documents disagree on the count, the assumption a report lists while the
    /// edition's default is in force.
    std::string meetings_assumption;
    std::optional<half_days> min_release_per_department;  ///< 003 form: 10 combined days
    std::string release_rate;                             ///< rate for the committed-release check
    /// In-school release between the department's teachers, when the documents give a range
    /// (003: "approximately four to six days between the two teachers").
    std::optional<half_days> in_school_min, in_school_max;
    /// The document line the in-school release comes from.
    std::string in_school_source;
    /// The document line the committed release comes from.
    std::string release_source;
    /// Where the committed release is in the edition file.
    long release_line = 0;
    /// One grant per work-group year.
    std::vector<grant_spec> grants;
    std::vector<std::string> events;  ///< e.g. "Mastery conference, June 2025"

    /// The work-group year of academic year `y` (1 for `first_year`; below 1 or above `years`
    /// when `y` is outside the offer).
    int year_of(academic_year y) const { return y.start_year - first_year.start_year + 1; }
    /// The academic year of work-group year `year`.
    academic_year academic_year_of(int year) const {
        return academic_year{first_year.start_year + year - 1};
    }
};

/// A programme edition: one cohort's (or one year's) offer, read from a TOML file. The built-in
/// ones are in `src/data/editions/`; docs/design/editions-as-data.md describes the format.
struct edition {
    std::string id;         ///< `sms-2022-cohort7`
    std::string programme;  ///< `sms`, `fe`, `workgroup`, or a user's own
    /// The programme's name, as the documents give it.
    std::string title;
    std::string source;  ///< the documents it comes from
    /// Specialist (priced per participant) or Work Group (per department).
    edition_kind kind = edition_kind::specialist;
    /// The minimum number of programme years the documents ask for.
    int min_years = 1;
    /// Who the edition pays (`payee = "school"` or `"fe_provider"`), when the documents say:
    /// a participant's institution id should be of that kind (a URN, a UKPRN). A plan check.
    std::optional<institution_kind> payee;
    /// The document line the payee comes from.
    std::string payee_source;
    /// Its cohorts (specialist editions).
    std::vector<cohort_spec> cohorts;
    /// Its programme years (specialist editions).
    std::vector<year_spec> years;
    /// Commitments it does not fund.
    std::vector<commitment_spec> commitments;
    /// Costs it funds at actual cost.
    std::vector<actuals_spec> actuals;
    /// The Work Group offer (Work Group editions).
    std::optional<workgroup_spec> workgroup;
    std::string file;  ///< where it was read from
    long line = 0;     ///< the line of its `id`
    /// The application deadline (`[deadline]`); absent when the file says nothing of one, and
    /// present with an empty day when it records that the documents give none.
    std::optional<application_deadline> deadline;
    std::vector<key_date> key_dates;              ///< `[[key_date]]`, in file order
    std::optional<eligibility_spec> eligibility;  ///< `[eligibility]`: who may apply

    /// The cohort `id`, or nullptr.
    const cohort_spec* find_cohort(std::string_view id) const;
    const cohort_spec& cohort(std::string_view id) const;  ///< throws, listing the cohorts
    /// A participant's start (rule 2): `roster_start` when the roster gives one, else the
    /// cohort's default start. An unknown cohort throws, listing the cohorts.
    date start_of(std::string_view cohort_id, const std::optional<date>& roster_start) const {
        return roster_start ? *roster_start : cohort(cohort_id).start;
    }
    /// Programme year `number`, or nullptr when the edition does not define it.
    const year_spec* year(int number) const;
    /// The highest programme (or work-group) year defined.
    int last_year() const;
};

/// Reads an edition from TOML text; `name` is the file name used in error messages.
edition parse_edition(std::string_view toml_text, const std::string& name);
/// Reads rate definitions (`[[rate]]` tables) from TOML text into `card`.
void parse_rates(std::string_view toml_text, const std::string& name, rate_card& card);

}  // namespace v1
}  // namespace mhfund

#endif
