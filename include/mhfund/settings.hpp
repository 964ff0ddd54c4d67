// The settings types a scenario and pricing share: the policies where the documents are silent
// or ambiguous (domain.md section 3), release-time settings, phasing methods, and the
// assumptions every report lists.
#ifndef MHFUND_SETTINGS_HPP
#define MHFUND_SETTINGS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/half_days.hpp"

namespace mhfund {
inline namespace v1 {

/// What happens to the PD Lead days of a teacher already accredited (domain.md 3.1): the
/// documents are ambiguous, so it is a setting.
enum class pd_lead_policy {
    unfunded,    ///< the days are not done, so not funded (year 2 funds 11 days, £2,200.00)
    reallocate,  ///< the 15 funded days stay, the 4 moving to development
};
/// `unfunded` or `reallocate`.
std::string_view to_string(pd_lead_policy p);
/// Parses `unfunded` or `reallocate`; anything else is an input error.
pd_lead_policy parse_pd_lead_policy(std::string_view text);

/// Named release-time settings (`sle_days`, `hub_event_days`, `local_days`) for lines whose
/// days the edition leaves to the scenario.
struct day_settings {
    /// Each setting's name and days, in the order set.
    std::vector<std::pair<std::string, half_days>> values;
    /// Sets (or replaces) the days of setting `name`.
    void set(std::string name, half_days d);
    /// The days of setting `name`, if set.
    std::optional<half_days> find(std::string_view name) const;
};

/// How a cost line's money is spread over time (section 8 rule 5 is the default for release).
enum class phasing {
    weekdays,  ///< cumulative rounding over the weekdays of the window
    lump,      ///< all on the first day of the window (grants: 1 September)
    terms,     ///< by term weights, each term's share dated on its first day in the window
};
/// `weekdays`, `lump` or `terms`.
std::string_view to_string(phasing p);
/// Parses `weekdays`, `lump` or `terms`; anything else is an input error.
phasing parse_phasing(std::string_view text);

/// A user setting that is not a figure from the documents: every report lists these.
struct assumption {
    std::string setting;  ///< `sle_rate`, or with its scope `sle_rate for participant P0000003`
    std::string value;    ///< `350.00`
    std::string note;     ///< why, or where it came from
};

/// Who a setting applies to (domain.md 9.2): the whole scenario, an edition, one cohort of an
/// edition, or one participant. Where several apply, the most specific does (participant,
/// then cohort, then edition, then scenario).
struct setting_scope {
    /// From the least to the most specific.
    enum class level { scenario, edition, cohort, participant };
    level at = level::scenario;
    std::string edition;      ///< the edition of an edition or cohort scope
    std::string cohort;       ///< the cohort of a cohort scope
    std::string participant;  ///< the participant id of a participant scope

    /// Whether the scope takes in participant `id` of `edition`'s cohort `cohort`.
    bool matches(std::string_view edition_id, std::string_view cohort_id,
                 std::string_view id) const;
    /// In words: `edition sms-2025-26`, `cohort sms-2025-26/2025-26`, `participant P0000003`;
    /// empty for the whole scenario.
    std::string text() const;
};

/// The scope of a scoped setting's name, `SCOPE:SETTING`: `edition:EDITION`,
/// `cohort:EDITION/COHORT` or `participant:ID` (`participant:P0000003:sle_rate`). Any other
/// form, or an empty id, is an input error. The ids are checked against a plan by
/// `scenario::set`.
setting_scope parse_setting_scope(std::string_view scoped_name);

}  // namespace v1
}  // namespace mhfund

#endif
