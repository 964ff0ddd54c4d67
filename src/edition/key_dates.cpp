// An edition's key dates and application deadline.
#include "mhfund/key_dates.hpp"

#include <fmt/format.h>

namespace mhfund {
inline namespace v1 {

namespace pt = boost::posix_time;

date_range key_date::range(const term_calendar& terms) const {
    const date_range first = when.range(terms);
    if (!until || first.empty()) return first;
    const date_range last = until->range(terms);
    return {first.begin, std::max(first.end, last.end)};
}

std::string key_date::when_text() const {
    if (!until) return when.to_string();
    return when.to_string() + " to " + until->to_string();
}

// ---------------------------------------------------------------------------------------------
// Deadlines

instant application_deadline::last_on_time() const {
    if (!day)
        throw error(errc::input, "no application deadline is known" +
                                     (source.empty() ? std::string() : " (" + source + ")") +
                                     (note.empty() ? std::string() : ": " + note));
    if (time_of_day) return from_uk_local(*day, *time_of_day);
    // The whole day counts: the last on-time second is 23:59:59 local time, one second before
    // the next day's midnight (never a time the clocks skip: UK changes happen at 01:00).
    if (day->year() >= 9999)
        throw_input("deadline", mhfund::to_string(*day), "a day before 31 December 9999");
    return from_uk_local(*day + boost::gregorian::days(1), pt::time_duration(0, 0, 0)) -
           pt::seconds(1);
}
std::string application_deadline::to_string() const {
    if (!day) return "not given";
    const std::string local = to_uk_text(last_on_time());
    return time_of_day ? local : local + " (end of the day)";
}
}  // namespace v1
}  // namespace mhfund
