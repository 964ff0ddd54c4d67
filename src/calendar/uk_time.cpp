// UK local time and submission instants.
#include "mhfund/uk_time.hpp"

#include <fmt/format.h>
#include <boost/date_time/local_time/local_time.hpp>

#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

namespace lt = boost::local_time;
namespace pt = boost::posix_time;

/// The UK's rules as a POSIX TZ string: GMT (offset 0) and BST (one hour ahead) from the last
/// Sunday of March at 01:00 local standard time (= 01:00 UTC) to the last Sunday of October at
/// 02:00 local summer time (the default; = 01:00 UTC). Boost reads the end time as summer
/// time, as POSIX does; the unit tests pin both changes to the second.
const lt::time_zone_ptr& uk_zone() {
    static const lt::time_zone_ptr zone(new lt::posix_time_zone("GMT0BST,M3.5.0/1,M10.5.0"));
    return zone;
}

constexpr const char* instant_expected =
    "a date and time to the second or minute: ISO 8601 with a UTC offset "
    "(2025-03-14T16:59:00+00:00, 2025-03-14T15:59Z) or UK local time (2025-03-14 16:59)";

}  // namespace

uk_local_time to_uk_local(instant utc) {
    if (utc.is_special()) throw error(errc::usage, "to_uk_local: not a date and time");
    const lt::local_date_time l(utc, uk_zone());
    const pt::ptime local = l.local_time();
    return {local.date(), local.time_of_day(), l.is_dst()};
}

instant from_uk_local(date day, pt::time_duration time_of_day) {
    try {
        const lt::local_date_time l(day, time_of_day, uk_zone(),
                                    lt::local_date_time::EXCEPTION_ON_ERROR);
        return l.utc_time();
    } catch (const lt::time_label_invalid&) {
        throw error(errc::input,
                    fmt::format("{} {:02}:{:02} does not exist in UK local time (the clocks go "
                                "forward from 01:00 GMT to 02:00 BST that day): give a UTC "
                                "offset, e.g. +00:00",
                                to_string(day), time_of_day.hours(), time_of_day.minutes()));
    } catch (const lt::ambiguous_result&) {
        throw error(errc::input,
                    fmt::format("{} {:02}:{:02} happens twice in UK local time (the clocks go "
                                "back from 02:00 BST to 01:00 GMT that day): give the UTC "
                                "offset, +01:00 (BST) or +00:00 (GMT)",
                                to_string(day), time_of_day.hours(), time_of_day.minutes()));
    }
}

instant parse_instant(std::string_view text) {
    const std::string shown(text);
    auto bad = [&]() { throw_input("date and time", shown, instant_expected); };
    if (text.size() < 16) bad();
    date day;
    try {
        day = parse_date(text.substr(0, 10));
    } catch (const error&) {
        bad();
    }
    const char sep = text[10];
    if (sep != 'T' && sep != 't' && sep != ' ') bad();
    std::string_view rest = text.substr(11);
    // Hours, minutes, seconds and the offset's parts are two digits each: every substr below
    // is two characters long.
    int h = 0, m = 0, s = 0;
    if (rest.size() < 5 || rest[2] != ':' || !detail::parse_whole(rest.substr(0, 2), h) ||
        !detail::parse_whole(rest.substr(3, 2), m))
        bad();
    rest.remove_prefix(5);
    if (!rest.empty() && rest[0] == ':') {
        if (rest.size() < 3 || !detail::parse_whole(rest.substr(1, 2), s)) bad();
        rest.remove_prefix(3);
    }
    if (!rest.empty() && (rest[0] == '.' || rest[0] == ','))
        throw_input("date and time", shown, "whole seconds (no fractions of a second)");
    if (h > 23 || m > 59 || s > 59) bad();
    const pt::time_duration clock = pt::hours(h) + pt::minutes(m) + pt::seconds(s);
    if (rest.empty()) return from_uk_local(day, clock);

    pt::time_duration offset;
    if (rest == "Z" || rest == "z") {
        offset = pt::time_duration(0, 0, 0);
    } else {
        const char sign = rest[0];
        int oh = 0, om = 0;
        const std::string_view o = rest.substr(1);
        const bool shape =
            (sign == '+' || sign == '-') &&
            ((o.size() == 5 && o[2] == ':' && detail::parse_whole(o.substr(0, 2), oh) &&
              detail::parse_whole(o.substr(3, 2), om)) ||
             (o.size() == 4 && detail::parse_whole(o.substr(0, 2), oh) &&
              detail::parse_whole(o.substr(2, 2), om)) ||
             (o.size() == 2 && detail::parse_whole(o, oh)));
        if (!shape || oh > 14 || om > 59) bad();
        offset = pt::hours(oh) + pt::minutes(om);
        if (sign == '-') offset = offset.invert_sign();
    }
    // Local clock time = UTC + offset. Boost throws std::out_of_range past its calendar's ends.
    try {
        const instant t = pt::ptime(day, clock) - offset;
        if (!t.is_special() && t.date().year() >= 1400) return t;  // date() checks the year
    } catch (const std::out_of_range&) {
    }
    throw_input("date and time", shown, "a time between the years 1900 and 9999");
}

std::string to_utc_text(instant t) {
    const date d = t.date();
    const pt::time_duration c = t.time_of_day();
    return fmt::format("{}T{:02}:{:02}:{:02}Z", to_string(d), c.hours(), c.minutes(), c.seconds());
}

std::string to_uk_text(instant t) {
    const uk_local_time l = to_uk_local(t);
    return fmt::format("{} {:02}:{:02}:{:02} {}", to_string(l.day), l.time_of_day.hours(),
                       l.time_of_day.minutes(), l.time_of_day.seconds(), l.bst ? "BST" : "GMT");
}

}  // namespace v1
}  // namespace mhfund
