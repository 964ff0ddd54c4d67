// What expand.cpp and summarise.cpp share so that a forecast can add its lines up
// as they are expanded, a block of participants at a time, instead of storing every line first.
#ifndef MHFUND_SRC_FORECAST_ACCUMULATE_HPP
#define MHFUND_SRC_FORECAST_ACCUMULATE_HPP

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Expands roster rows into cost lines, pricing each distinct kind of participant once.
///
/// price_year's result depends only on the edition, the start date, the programme year, the
/// participant's PD Lead accreditation and `sle_days`, and on the settings in force for it (the
/// scenario's, and any scoped ones that match it: its profile). A national roster has a few
/// hundred such combinations for a million participants, so each programme year of each
/// combination is priced the first time a participant needs it, and later participants copy
/// the lines, leaving only the withdrawal clipping to do per participant. One expander serves
/// one scenario, which must outlive it and stay unchanged while it is used.
class participant_expander {
  public:
    explicit participant_expander(const scenario& s);
    /// Appends the cost lines, commitments and notes of roster rows [begin, end) to `out`.
    void expand(std::uint32_t begin, std::uint32_t end, expansion& out);

  private:
    /// What a participant's pricing depends on. The start is the one in effect (the roster's,
    /// else the cohort's): price_year reads the cohort only for its start date.
    struct pricing_key {
        const edition* ed = nullptr;
        date start;
        /// PD Lead accreditation: the roster's (beginning_of_time()) or a change's date.
        std::optional<date> accredited_from;
        std::optional<half_days> sle_days;  ///< the roster's override, if any
        std::uint32_t profile = 0;          ///< the settings in force: an index of profiles_
        bool operator==(const pricing_key& o) const {
            return ed == o.ed && start == o.start && accredited_from == o.accredited_from &&
                   sle_days == o.sle_days && profile == o.profile;
        }
    };
    struct pricing_key_hash {
        std::size_t operator()(const pricing_key& k) const;
    };
    /// One programme year (`ed.years[i]`) for one pricing_key.
    struct priced_year {
        date_range window;             ///< programme_year_window(start, year)
        bool outside_horizon = false;  ///< the window misses the scenario's years
        bool priced = false;           ///< `lines` and `notes` are filled in
        std::vector<cost_line> lines;  ///< the lines, with no subject and no withdrawal yet
        std::vector<finding> notes;    ///< " year 2: …": each participant's note is id + this
    };

    void expand_one(std::uint32_t index, expansion& out);
    /// Appends year `py`'s lines for participant `index`: withdrawal, then the payee splits.
    void add_lines(std::uint32_t index, const priced_year& py, expansion& out);
    /// s.cat.get(p.edition), remembering the editions already found.
    const edition& edition_of(const participant& p);
    /// The years of `key`'s edition, created (windows only, nothing priced) on first use.
    std::vector<priced_year>& years_of(const pricing_key& key);
    /// Prices `y` for participant `p` and fills in `out`; price_year's errors are rethrown
    /// naming the participant.
    void price(const participant& p, const edition& ed, const year_spec& y,
               const settings_in_force& in, priced_year& out);
    /// The index in profiles_ of the settings in force for `p` (scenario::settings_from of the
    /// scoped settings that match it), made on first use. Participants whom the same scoped
    /// settings match share one profile.
    std::uint32_t profile_of(const participant& p);

    const scenario& s_;
    std::unordered_map<pricing_key, std::vector<priced_year>, pricing_key_hash> cache_;
    std::vector<const edition*> editions_;  ///< the editions found so far (a handful)
    price_options options_;                 ///< scratch space for price()
    /// The settings in force for each distinct set of matching scoped settings; [0] is the
    /// scenario's own (no scoped setting matches).
    std::vector<settings_in_force> profiles_;
    std::map<std::vector<std::uint32_t>, std::uint32_t> profile_index_;
    std::vector<std::uint32_t> matching_;  ///< scratch space for profile_of()
    std::vector<date> payee_dates_;        ///< scratch space for add_lines()
};

/// Appends the Work Group departments' lines, and the release-check warnings, to `out`.
void expand_departments(const scenario& s, expansion& out);
/// Appends the plan checks' findings (check_plan) to the warnings: every report lists them,
/// after the pricing's own.
void add_plan_checks(const scenario& s, expansion& out);

/// Sums cost lines into (group, period) cells as they come.
class accumulator {
  public:
    accumulator(const scenario& s, const forecast_options& o);
    void add(const cost_line& l);
    /// The result, with the expansion's warnings and notes (taken by value: a caller that
    /// no longer needs them moves them in rather than copying one string per note).
    forecast_result finish(std::vector<finding> warnings, std::vector<finding> notes);

  private:
    /// True when every filter of o_.where keeps the line.
    bool kept(const cost_line& l) const;
    /// The index in groups_ of the line's group.
    std::uint32_t group_of(const cost_line& l);
    /// The index in periods_ of the period containing `t`.
    std::uint32_t period_of(date t);

    const scenario& s_;
    forecast_options o_;
    /// The scenario's years, if it names any; otherwise nothing is clipped and the reported
    /// horizon is the span of the lines seen.
    std::optional<date_range> clip_;
    std::optional<date_range> seen_;
    bool any_line_ = false;
    money total_;

    // Groups. A line's group depends on its subject and, for some groupings, on its year or
    // on its type and category. The lines of one participant come one after another, so
    // group_of compares a line with the previous one on just what the grouping reads and
    // reuses its group when they agree: the key string is built once per participant or
    // participant-year instead of once per line.
    bool by_year_ = false;  ///< the grouping reads the programme year
    bool by_line_ = false;  ///< the grouping reads the cost type or category
    /// What group_of may read of a line. The category views the scenario's catalogue (or a
    /// literal), which outlives the accumulator.
    struct group_fields {
        cost_line::subject_kind kind;
        std::uint32_t subject;
        int year;
        cost_type type;
        std::string_view category;
        std::string_view institution;
        std::string_view hub;
    };
    std::optional<group_fields> last_;  ///< the previous line's, once a line has been grouped
    std::uint32_t last_group_ = 0;      ///< the previous line's group
    std::unordered_map<std::string, std::uint32_t> group_index_;
    std::vector<std::vector<std::string>> groups_;
    std::string key_;
    std::vector<std::string> values_;

    // Periods. Periods of one kind never overlap, so a period already met that contains `t`
    // is the one period_containing would return: period_of finds it by binary search instead
    // of converting `t` to a calendar date.
    std::vector<period> periods_;  ///< every period met, in the order met
    std::vector<bool> period_has_money_;
    /// (begin, index in periods_), sorted by begin.
    std::vector<std::pair<date, std::uint32_t>> by_begin_;

    /// cells_[group][period index]: the amount of a cell any non-zero share reached.
    std::vector<std::vector<std::optional<money>>> cells_;
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
