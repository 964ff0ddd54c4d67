// A scenario: what a hub plans. The hub, the forecast horizon, settings and policies, rate
// overrides, and the roster of specialists and Work Group departments.
#ifndef MHFUND_SCENARIO_HPP
#define MHFUND_SCENARIO_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mhfund/calendar.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/error.hpp"
#include "mhfund/finding.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/pricing.hpp"
#include "mhfund/settings.hpp"

namespace mhfund {
inline namespace v1 {

/// Who is paid, and in which hub's area, from a date on (a payee or hub change).
struct payee_period {
    date from;                ///< the change's date: the first day of this payee
    std::string institution;  ///< the payee from `from` on
    std::string hub;          ///< the hub from `from` on
};

/// One roster row: a specialist on a programme (interfaces.md, roster CSV).
struct participant {
    std::string id;             ///< the hub's own id, not a name
    std::string hub;            ///< hub code, e.g. WM1
    std::string programme;      ///< sms, fe, …
    std::string edition;        ///< sms-2022-cohort7
    std::string cohort;         ///< 7, trailblazer, 1
    std::optional<date> start;  ///< overrides the cohort's default start
    std::string institution;    ///< school URN or FE provider UKPRN
    std::string trn;            ///< normalised TRN, or empty (personal data: shown only when asked)
    /// Already an accredited PD Lead (roster `pd_lead_accredited` = yes).
    bool pd_lead_accredited = false;
    std::optional<date> withdrawn;  ///< the day itself is not funded (section 8 rule 6)
    /// Year-3 SLE days; empty = the scenario's `sle_days` setting.
    std::optional<half_days> sle_days;
    source_location where;  ///< file and line of the row

    /// Accredited as a PD Lead from this day by a dated change (domain.md 9.1): the exemption
    /// applies to every programme year whose window starts on or after it.
    std::optional<date> accredited_from;
    /// The payee and hub from each payee or hub change on, in date order (rule 10 splits every
    /// line at these dates). Empty when neither changes.
    std::vector<payee_period> payees;
    /// The scenario's changes to this participant (indices into scenario::changes), in the
    /// order they apply.
    std::vector<std::uint32_t> changes;

    /// Whether the PD Lead exemption applies to a programme year starting on `year_start`.
    bool accredited_for(date year_start) const {
        return pd_lead_accredited || (accredited_from && *accredited_from <= year_start);
    }
};

/// What a dated change changes (domain.md 9.1).
enum class change_field { institution, hub, pd_lead_accredited, withdrawn, sle_days };
/// `institution`, `hub`, `pd_lead_accredited`, `withdrawn` or `sle_days`.
std::string_view to_string(change_field f);

/// One row of a changes file: what happened to a participant after the roster was written.
struct plan_change {
    std::string participant;  ///< the participant's id
    date when;                ///< effective from this day
    change_field field = change_field::institution;
    std::string value;      ///< normalised: a URN or UKPRN, a hub code, yes, a date or "", days
    std::string reference;  ///< the hub's own reference for the change
    source_location where;  ///< file and line of the row
};

/// One Work Group department (interfaces.md, work groups CSV).
struct workgroup_department {
    /// The Work Group's id: its departments share it.
    std::string workgroup;
    /// The hub code.
    std::string hub;
    /// The Work Group edition (`wg-2024`).
    std::string edition;
    std::string lead;  ///< participant id of the leading specialist
    /// The department's school (URN).
    std::string institution;
    /// The academic year of the Work Group.
    academic_year year;
    /// Mastery Advocates in the department.
    int advocates = 0;
    /// File and line of the row.
    source_location where;
};

/// One setting given for an edition, a cohort or a participant (domain.md 9.2), parsed.
struct scoped_setting {
    setting_scope scope;
    std::string name;       ///< the setting (`sle_rate`, `local_days`, …)
    std::string shown;      ///< the value as the assumptions list shows it
    source_location where;  ///< where it was given (the scenario file's line, or `--set`)
    /// What the setting sets, and so which of the values below it holds.
    enum class kind { rate, pd_lead, days, release_phasing, sle_phasing };
    kind sets = kind::rate;
    std::string rate_id;  ///< a rate setting's rate (`sle`)
    rate_value rate;      ///< a rate setting's value, from any date
    half_days days;       ///< `sle_days`, `hub_event_days`, `local_days`
    pd_lead_policy pd_lead = pd_lead_policy::unfunded;  ///< `pd_lead_policy`
    phasing method = phasing::weekdays;                 ///< `release_phasing`, `sle_phasing`
};

/// The settings one participant is priced and phased with, after every scope: what
/// `scenario::settings_for` gives and every pricer reads.
struct settings_in_force {
    /// The policy, the days and the scoped rates (start and accreditation are the caller's).
    price_options options;
    phasing release_phasing = phasing::weekdays;  ///< how release lines are spread
    phasing sle_phasing = phasing::weekdays;      ///< how SLE lines are spread
};

/// What a hub plans: the hub, the forecast horizon, the settings and policies, the catalogue
/// (built-in editions and rates plus the scenario's own), and the rosters of specialists and
/// Work Group departments. Made by load_scenario_file(), load_scenario_text() or
/// default_scenario(), or field by field.
struct scenario {
    /// A title for reports.
    std::string name;
    std::string file;  ///< the scenario file, or "(built-in default scenario)"
    std::string hub;   ///< the hub(s) the scenario is for, as shown ("WM1" or "WM1, EM1"); may
                       ///< be empty for a national roster
    /// The hub codes the scenario names (one, or several for a regional plan; empty: any).
    std::vector<std::string> hubs;
    /// Academic years the forecast covers; empty = every year any line touches.
    std::vector<academic_year> years;

    /// The editions and rates in use: the built-in ones plus the scenario's.
    catalogue cat = catalogue::builtin();
    /// Setting `pd_lead_policy`.
    pd_lead_policy pd_lead = pd_lead_policy::unfunded;
    std::optional<int> meetings;  ///< Work Group meetings; empty = the edition's default
    day_settings days;            ///< scenario-wide days: sle_days, hub_event_days, local_days
    /// Term dates: the default ones, or the hub's own per academic year.
    term_calendar terms;
    /// Setting `release_phasing`: how release lines are spread over time.
    phasing release_phasing = phasing::weekdays;
    /// Setting `sle_phasing`: how SLE lines are spread over time.
    phasing sle_phasing = phasing::weekdays;
    /// Setting `grant_phasing`: how grants are spread over time.
    phasing grant_phasing = phasing::lump;
    std::vector<int64_t> term_weights{1, 1, 1};  ///< autumn, spring, summer
    /// Setting `max_day_rate`: the most a day rate may be set to (a setting or a [[rate]]), so
    /// that a slip of the keyboard (£1 bn a day) is refused rather than priced.
    money max_day_rate = money::from_pence(2000'00);
    /// Setting `max_grant`: the most a grant (a Work Group department's) may be set to.
    money max_grant = money::from_pence(50000'00);
    /// Setting `max_claim`: the most one claim may be for.
    money max_claim = money::from_pence(100000'00);

    /// The specialists, in file order.
    std::vector<participant> roster;
    /// The Work Group departments, in file order.
    std::vector<workgroup_department> departments;
    /// Dated changes to participants, in file order (each participant lists its own).
    std::vector<plan_change> changes;
    /// Settings given for an edition, a cohort or a participant, in the order given (a
    /// setting given again for the same scope replaces its value in place).
    std::vector<scoped_setting> scoped;
    /// The settings in force that are not figures from the documents.
    std::vector<assumption> assumptions;
    /// The claims files the scenario names (key `claims`), resolved from its folder; read by
    /// the commands that use claims (read_claims_file), not by the forecast.
    std::vector<std::string> claims_files;

    /// Applies one setting by name, as `--set NAME=VALUE` or the scenario's [settings] table
    /// do. `origin` says where it came from (for messages and the assumptions list). All or
    /// nothing: when it throws (a bad value, an unknown name, out of memory), the scenario is
    /// unchanged.
    /// A scoped name (`participant:P0000003:sle_rate`, `cohort:sms-2025-26/2025-26:local_days`,
    /// `edition:sms-2025-26:local_rate`) applies the setting to that scope only.
    void set(std::string_view name, std::string_view value, const source_location& origin);
    /// Applies one setting to `scope` (the scenario file's [[settings_for]] tables). An unknown
    /// edition or cohort, an empty participant id, a setting that cannot be scoped or a bad
    /// value is an input error at `origin`; all or nothing, as `set`.
    void set(const setting_scope& scope, std::string_view name, std::string_view value,
             const source_location& origin);
    /// The indices into `scoped` of the settings that apply to participant `id` of
    /// `edition`'s cohort `cohort`, into `out` (cleared first; its storage reused).
    void scopes_matching(std::string_view edition, std::string_view cohort, std::string_view id,
                         std::vector<std::uint32_t>& out) const;
    /// The settings in force where the scoped settings `matching` (from scopes_matching)
    /// apply: the scenario's, then each scope's from the least to the most specific, so the
    /// most specific wins. The one lookup every pricer uses.
    void settings_from(const std::vector<std::uint32_t>& matching, settings_in_force& out) const;
    /// scopes_matching + settings_from for one participant.
    settings_in_force settings_for(const participant& p) const;
    /// One warning for each scoped setting whose scope matches nobody on the roster.
    std::vector<finding> unmatched_scopes() const;
    /// Checks a scope against the catalogue: an edition it does not hold, or a cohort its
    /// edition does not define, or an empty participant id, is an input error naming the
    /// field (`edition`, `cohort`, `participant`).
    void check_scope(const setting_scope& scope) const;
    /// Whether a roster row of hub `code` belongs to the plan (no hubs named: every hub does).
    bool plans_hub(std::string_view code) const;
    /// The names `set` accepts, for help texts and messages.
    static std::vector<std::string_view> setting_names();
    /// The names that may be given for an edition, cohort or participant.
    static std::vector<std::string_view> scoped_setting_names();
    /// Why setting `name`'s default is what it is, for the assumptions list; empty when its
    /// default is not an assumption (or `name` is no setting).
    static std::string_view default_note(std::string_view name);

    /// The participant with id `id`, or nullptr.
    const participant* find_participant(std::string_view id) const;
    /// Checks every row against the catalogue and reference data (hub codes, editions, cohorts,
    /// duplicate ids, withdrawal before start, Work Group sizes, leads that exist).
    void validate() const;
};

/// Reads a roster CSV and appends its rows (every error names file, line, field and value).
/// All or nothing: on an error no row of the file is appended.
void read_roster(scenario& s, std::string_view csv_text, const std::string& file);
/// Reads a roster CSV file and appends its rows.
void read_roster_file(scenario& s, const std::string& path);
/// Reads a work groups CSV and appends its rows. All or nothing, as `read_roster`.
void read_workgroups(scenario& s, std::string_view csv_text, const std::string& file);
/// Reads a work groups CSV file and appends its rows.
void read_workgroups_file(scenario& s, const std::string& path);

/// Reads a changes CSV (participant, date, field, value, reference) and applies each row to its
/// participant, in date order: payee and hub changes split lines (rule 10), accreditation from a
/// date, a withdrawal set or cancelled, SLE days replaced. The roster must be read first. An
/// unknown participant or field, a date before the participant's start, two changes of one
/// field on one date and a bad value are input errors at file:line:field. All or nothing.
void read_changes(scenario& s, std::string_view csv_text, const std::string& file);
/// Reads a changes CSV file and applies it.
void read_changes_file(scenario& s, const std::string& path);

/// Reads a scenario file (TOML). Roster and edition paths resolve from the file's folder.
scenario load_scenario_file(const std::string& path);
/// Reads scenario text; `name` is used in messages and `base_dir` resolves relative paths.
/// Roster files embedded in the library (`default-roster.csv`) are found by `embedded:NAME`.
scenario load_scenario_text(std::string_view toml_text, const std::string& name,
                            const std::string& base_dir);
/// The embedded default scenario: a sample hub (WM1) with every programme in the documents.
scenario default_scenario();

}  // namespace v1
}  // namespace mhfund

#endif
