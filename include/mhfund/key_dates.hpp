// An edition's key dates and application deadline, as edition data: a programme start, a launch,
// an event, a Work Group year, and when applications close, each as precisely as the documents
// give it (docs/design/calendar-and-eligibility.md).
#ifndef MHFUND_KEY_DATES_HPP
#define MHFUND_KEY_DATES_HPP

#include <optional>
#include <string>

#include "mhfund/fuzzy_date.hpp"
#include "mhfund/uk_time.hpp"

namespace mhfund {
inline namespace v1 {

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

}  // namespace v1
}  // namespace mhfund

#endif
