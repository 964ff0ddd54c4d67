// A programme's calendar: application deadlines in UK local time, and the other key dates of an
// edition as precisely as the documents give them ("5pm on 14 March 2025" is an instant, "June
// 2025" a month, "the autumn term of 2022" a term, "to be confirmed" unknown). Key dates are
// edition data (docs/design/calendar-and-eligibility.md); nothing here invents a date.
#ifndef MHFUND_KEY_DATES_HPP
#define MHFUND_KEY_DATES_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

struct edition;
class catalogue;
struct scenario;

// ---------------------------------------------------------------------------------------------
// Instants and UK local time

/// A moment in time, in UTC, to the whole second.
using instant = boost::posix_time::ptime;

/// A UK wall-clock time (Europe/London): GMT in winter, BST (UTC+1) from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October.
struct uk_local_time {
    date day;                                      ///< the local calendar day
    boost::posix_time::time_duration time_of_day;  ///< the local clock time, to the second
    bool bst = false;                              ///< British Summer Time in force (else GMT)
};

/// The UK local time of a UTC instant. An instant that is not a date and time
/// (`not_a_date_time`, an infinity) is a usage error.
uk_local_time to_uk_local(instant utc);
/// The UTC instant of a UK wall-clock time. A time the clocks skip (01:00–01:59 on the last
/// Sunday of March) or pass twice (01:00–01:59 on the last Sunday of October) is an input error
/// that asks for an explicit UTC offset.
instant from_uk_local(date day, boost::posix_time::time_duration time_of_day);

/// Parses a submission time, to the second:
/// - ISO 8601 with a UTC offset: `2025-03-14T16:59:00+00:00`, `2025-03-14T15:59Z`,
///   `2024-06-28T16:59+01:00`, `…+0100`;
/// - UK local time (no offset): `2025-03-14 16:59`, `2025-03-14T16:59:30`.
/// Seconds are optional; fractions of a second, a date without a time, and impossible dates
/// or times are input errors.
instant parse_instant(std::string_view text);
/// `2025-03-14T17:00:00Z`: the instant in UTC, to the second.
std::string to_utc_text(instant t);
/// `2025-03-14 17:00:00 GMT`, `2024-06-28 23:59:59 BST`: the instant in UK local time, to the
/// second. An instant that is not a date and time is a usage error.
std::string to_uk_text(instant t);

// ---------------------------------------------------------------------------------------------
// Dates as precisely as the documents give them

/// How precisely a document dates something.
enum class date_precision {
    unknown,        ///< "to be confirmed", or not said: never guessed
    academic_year,  ///< "2025/26"
    term,           ///< "the autumn term of 2022"
    month,          ///< "June 2025"
    day,            ///< "Friday 28th June 2024"
};
/// `unknown`, `academic year`, `term`, `month` or `day`.
std::string_view to_string(date_precision p);

/// A date at some precision. Term dates follow the hub's term calendar (domain.md section 1):
/// "autumn 2022" is the autumn term of 2022/23, "spring 2023" and "summer 2023" its other two.
struct fuzzy_date {
    /// How precisely the date is known; unknown by default.
    date_precision precision = date_precision::unknown;
    date day;              ///< day: the day; month: its first day; else not_a_date_time
    academic_year year{};  ///< academic_year and term precision
    term_name term = term_name::autumn;  ///< term precision

    /// True unless the date is unknown.
    bool known() const { return precision != date_precision::unknown; }
    /// The days it may mean, `[first, end)`; empty for an unknown date.
    date_range range(const term_calendar& terms = term_calendar{}) const;
    /// "2024-06-28", "June 2025", "autumn term 2022", "2025/26", or "date not given".
    std::string to_string() const;

    /// A date the documents do not give.
    static fuzzy_date unknown() { return {}; }
    /// The day `d`.
    static fuzzy_date on(date d);
    /// Month `month` (1–12) of `year`; a year outside 1900–9999 or a month outside 1–12 is a
    /// usage error.
    static fuzzy_date in_month(int year, int month);
    /// Term `t`, named by the calendar year it falls in: the autumn term of 2022 is that of
    /// 2022/23, the spring and summer terms of 2023 are those of 2022/23 too.
    static fuzzy_date in_term(term_name t, int calendar_year);
    /// The academic year `y`.
    static fuzzy_date in_academic_year(academic_year y);
};

/// Parses the forms edition files use: `2024-06-28` (a day), `2025-06` (a month), `autumn 2022`
/// (a term, named by the calendar year it falls in), `2025/26` (an academic year), `unknown` or
/// `to be confirmed` (not given). Anything else, and a date that ends after the year 9999, is an
/// input error.
fuzzy_date parse_fuzzy_date(std::string_view text);

/// A dated item of an edition: a programme start, a launch, an event, a Work Group year.
struct key_date {
    std::string id;                   ///< `programme_start`, `conference`, `work_group_year`, …
    std::string what;                 ///< what happens, in the document's words where it has them
    fuzzy_date when;                  ///< when it happens (or begins)
    std::optional<fuzzy_date> until;  ///< the last period of a span (July 2025), inclusive
    std::string cohort;               ///< the cohort it belongs to; empty for every cohort
    std::string source;               ///< `003: … (September 2024 to July 2025)`
    std::string note;                 ///< e.g. "dates and locations to be confirmed"
    long line = 0;                    ///< where it is in its edition file

    /// The days it covers, `[first, end)`, from `when` to the end of `until`.
    date_range range(const term_calendar& terms = term_calendar{}) const;
    /// "June 2025", "September 2024 to July 2025", "date not given".
    std::string when_text() const;
};

/// An application deadline in UK local time. "By 5pm on 14 March 2025" (001) includes 17:00:00
/// itself; a day without a time ("Friday 28th June 2024", 003) includes the whole day, so its
/// last on-time second is 23:59:59 local time (equivalently: submissions before 00:00 of the
/// next day are on time). A deadline whose `day` is empty is one the documents do not give.
struct application_deadline {
    /// The UK local day of the deadline; empty when the documents give none.
    std::optional<date> day;
    std::optional<boost::posix_time::time_duration> time_of_day;  ///< none: the end of `day`
    std::string what;    ///< what closes: "applications", "nominations"
    std::string hub;     ///< the hub whose call it is, when the document is one hub's
    std::string source;  ///< the document line the deadline comes from
    std::string note;    ///< e.g. why the documents give no deadline
    long line = 0;       ///< where it is in its edition file

    /// True when the documents give the deadline's day.
    bool known() const { return day.has_value(); }
    /// The last on-time second, in UTC. An unknown deadline is an input error.
    instant last_on_time() const;
    /// "2025-03-14 17:00:00 GMT", "2024-06-28 23:59:59 BST (end of the day)", "not given".
    std::string to_string() const;
};

/// The verdict on one submission.
struct deadline_result {
    bool on_time = false;  ///< `submitted` is at or before `last_on_time`
    instant submitted;     ///< when it was submitted, in UTC
    instant last_on_time;  ///< the deadline's last on-time second, in UTC
    /// "on time: 2025-03-14 16:59:00 GMT (2025-03-14T16:59:00Z), 1 min before the deadline
    /// 2025-03-14 17:00:00 GMT (2025-03-14T17:00:00Z)".
    std::string message;
};

/// Whether `submitted` was on time for `d`. An unknown deadline is an input error.
deadline_result check_deadline(const application_deadline& d, instant submitted);
/// The same for edition `e`'s deadline and a submission time as `parse_instant` reads it. An
/// edition without a known deadline, and a submission time parse_instant() refuses, are input
/// errors.
deadline_result check_deadline(const edition& e, std::string_view submitted);

// ---------------------------------------------------------------------------------------------
// A hub's calendar

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
