// A hub's calendar: the deadlines, key dates and dated commitments of the editions a scenario
// uses, in date order.
#ifndef MHFUND_PROGRAMME_CALENDAR_HPP
#define MHFUND_PROGRAMME_CALENDAR_HPP

#include <optional>
#include <string>
#include <vector>

#include "mhfund/key_dates.hpp"

namespace mhfund {
inline namespace v1 {

struct edition;
struct scenario;

/// What a line of a calendar is: an application deadline, a key date, or a commitment (a dated
/// requirement of the programme, such as the senior leader's launch: required, not funded).
enum class calendar_item_kind { deadline, key_date, commitment };

/// One line of a hub's calendar.
struct calendar_item {
    /// A deadline, a key date or a commitment.
    calendar_item_kind kind = calendar_item_kind::key_date;
    std::string edition;  ///< the id of the edition it belongs to
    std::string cohort;   ///< empty: every cohort of the edition
    std::string what;     ///< what happens (or closes)
    fuzzy_date when;      ///< when it happens (or begins); for a deadline, the UK local day
    std::optional<fuzzy_date> until;               ///< the last period of a span, inclusive
    std::optional<application_deadline> deadline;  ///< for kind deadline
    std::string source;                            ///< the document line it comes from
    std::string note;                              ///< e.g. "dates and locations to be confirmed"
    date_range range;                              ///< the days it covers (empty when unknown)

    /// True when its date is known (for a deadline: the deadline's day).
    bool dated() const {
        return kind == calendar_item_kind::deadline ? deadline->known() : when.known();
    }
    /// "2025-03-14 17:00:00 GMT", "June 2025", "September 2024 to July 2025", "date not given".
    std::string when_text() const;
};

/// Which editions a calendar covers.
struct calendar_options {
    /// Only items that have not ended before this day (unknown dates are always kept).
    std::optional<date> from;
    /// Every edition of the catalogue in full, whatever the scenario uses.
    bool all = false;
};

/// The dated commitments and deadlines of a scenario: every key date, deadline and commitment
/// of the editions its roster and work groups use (key dates of a cohort only for cohorts in the
/// roster), plus the known application deadlines of the catalogue's other editions (offers the
/// hub may recruit to). A scenario that uses no edition, or `options.all`, gets every edition in
/// full. Dated items come first in date order (a month or a term sorts at its first day, by the
/// scenario's term calendar; ties keep the catalogue's order); undated ones follow.
std::vector<calendar_item> hub_calendar(const scenario& s, const calendar_options& options = {});
/// The same for editions of a catalogue, all in full, with terms from `terms`.
std::vector<calendar_item> edition_calendar(const std::vector<const edition*>& editions,
                                            const term_calendar& terms,
                                            const calendar_options& options = {});

}  // namespace v1
}  // namespace mhfund

#endif
