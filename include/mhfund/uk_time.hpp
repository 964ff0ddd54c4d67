// Instants and UK local time (Europe/London, GMT and BST): deadlines such as "5pm on 14 March
// 2025" (001) are UK wall-clock times (domain.md section 1).
#ifndef MHFUND_UK_TIME_HPP
#define MHFUND_UK_TIME_HPP

#include <string>
#include <string_view>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include "mhfund/calendar.hpp"

namespace mhfund {
inline namespace v1 {

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

}  // namespace v1
}  // namespace mhfund

#endif
