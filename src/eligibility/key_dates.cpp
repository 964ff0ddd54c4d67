// UK local time, submission instants, dates at a document's precision, deadlines.
#include "mhfund/key_dates.hpp"

#include <array>
#include <stdexcept>

#include <fmt/format.h>
#include <boost/date_time/local_time/local_time.hpp>

#include "mhfund/edition.hpp"

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

bool digits(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

constexpr const char* instant_expected =
    "a date and time to the second or minute: ISO 8601 with a UTC offset "
    "(2025-03-14T16:59:00+00:00, 2025-03-14T15:59Z) or UK local time (2025-03-14 16:59)";

/// "1 min", "2 h 5 min", "3 days 4 h", "12 s".
std::string duration_text(pt::time_duration d) {
    if (d.is_negative()) d = d.invert_sign();
    const int64_t total = d.total_seconds();
    const int64_t days = total / 86400, hours = total % 86400 / 3600, mins = total % 3600 / 60,
                  secs = total % 60;
    std::string out;
    auto add = [&](int64_t n, std::string_view unit) {
        if (n == 0) return;
        out += (out.empty() ? "" : " ") + std::to_string(n) + " " + std::string(unit);
    };
    add(days, days == 1 ? "day" : "days");
    add(hours, "h");
    add(mins, "min");
    add(secs, "s");
    return out.empty() ? "0 s" : out;
}

constexpr std::array<const char*, 12> month_names{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

}  // namespace

// ---------------------------------------------------------------------------------------------
// UK local time

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
    int h = 0, m = 0, s = 0;
    if (rest.size() < 5 || rest[2] != ':' || !digits(rest.substr(0, 2), h) ||
        !digits(rest.substr(3, 2), m))
        bad();
    rest.remove_prefix(5);
    if (!rest.empty() && rest[0] == ':') {
        if (rest.size() < 3 || !digits(rest.substr(1, 2), s)) bad();
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
            ((o.size() == 5 && o[2] == ':' && digits(o.substr(0, 2), oh) &&
              digits(o.substr(3, 2), om)) ||
             (o.size() == 4 && digits(o.substr(0, 2), oh) && digits(o.substr(2, 2), om)) ||
             (o.size() == 2 && digits(o, oh)));
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

// ---------------------------------------------------------------------------------------------
// Fuzzy dates

std::string_view to_string(date_precision p) {
    switch (p) {
        case date_precision::unknown:
            return "unknown";
        case date_precision::academic_year:
            return "academic year";
        case date_precision::term:
            return "term";
        case date_precision::month:
            return "month";
        case date_precision::day:
            return "day";
    }
    return "?";
}

fuzzy_date fuzzy_date::on(date d) {
    fuzzy_date f;
    f.precision = date_precision::day;
    f.day = d;
    return f;
}

fuzzy_date fuzzy_date::in_month(int year, int month) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12)
        throw error(errc::usage, fmt::format("no month {:04}-{:02}", year, month));
    fuzzy_date f;
    f.precision = date_precision::month;
    f.day = date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    return f;
}

fuzzy_date fuzzy_date::in_term(term_name t, int calendar_year) {
    fuzzy_date f;
    f.precision = date_precision::term;
    f.term = t;
    // The autumn term opens an academic year; spring and summer fall in the year after.
    f.year = academic_year{t == term_name::autumn ? calendar_year : calendar_year - 1};
    return f;
}

fuzzy_date fuzzy_date::in_academic_year(academic_year y) {
    fuzzy_date f;
    f.precision = date_precision::academic_year;
    f.year = y;
    return f;
}

date_range fuzzy_date::range(const term_calendar& terms) const {
    switch (precision) {
        case date_precision::unknown:
            return {};
        case date_precision::academic_year:
            return year.range();
        case date_precision::term:
            return terms.range(year, term);
        case date_precision::month:
            return {day, day + boost::gregorian::months(1)};  // from the 1st: no snapping
        case date_precision::day:
            return {day, day + boost::gregorian::days(1)};
    }
    return {};
}

std::string fuzzy_date::to_string() const {
    switch (precision) {
        case date_precision::unknown:
            return "date not given";
        case date_precision::academic_year:
            return year.to_string();
        case date_precision::term:
            return fmt::format("{} term {}", mhfund::to_string(term),
                               term == term_name::autumn ? year.start_year : year.start_year + 1);
        case date_precision::month:
            return fmt::format("{} {}", month_names[static_cast<std::size_t>(day.month() - 1)],
                               static_cast<int>(day.year()));
        case date_precision::day:
            return mhfund::to_string(day);
    }
    return "?";
}

namespace {
fuzzy_date parse_fuzzy_text(std::string_view text);
}  // namespace

fuzzy_date parse_fuzzy_date(std::string_view text) {
    const fuzzy_date f = parse_fuzzy_text(text);
    // Every date must have an end the calendar can hold (9999-12 has none).
    bool ok = true;
    try {
        if (f.known()) {
            const date end = f.range().end;
            ok = !end.is_special() && end.year() <= 9999;  // year() throws past 9999
        }
    } catch (const std::out_of_range&) {
        ok = false;
    }
    if (!ok) throw_input("date", std::string(text), "a date before the year 9999");
    return f;
}

namespace {
fuzzy_date parse_fuzzy_text(std::string_view text) {
    const std::string shown(text);
    auto bad = [&]() -> fuzzy_date {
        throw_input("date", shown,
                    "a day (2024-06-28), a month (2025-06), a term (autumn 2022), an academic "
                    "year (2025/26), or unknown");
    };
    if (text == "unknown" || text == "to be confirmed") return fuzzy_date::unknown();
    if (text.size() == 10) {
        try {
            return fuzzy_date::on(parse_date(text));
        } catch (const error&) {
            return bad();
        }
    }
    int y = 0, m = 0;
    if (text.size() == 7 && text[4] == '-' && digits(text.substr(0, 4), y) &&
        digits(text.substr(5, 2), m)) {
        if (y < 1900 || m < 1 || m > 12) return bad();
        return fuzzy_date::in_month(y, m);
    }
    if (text.size() == 7 && text[4] == '/') {
        try {
            return fuzzy_date::in_academic_year(academic_year::parse(text));
        } catch (const error&) {
            return bad();
        }
    }
    for (term_name t : {term_name::autumn, term_name::spring, term_name::summer}) {
        const std::string_view name = mhfund::to_string(t);
        if (text.size() == name.size() + 5 && text.substr(0, name.size()) == name &&
            text[name.size()] == ' ' && digits(text.substr(name.size() + 1), y) && y >= 1900)
            return fuzzy_date::in_term(t, y);
    }
    return bad();
}
}  // namespace

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

deadline_result check_deadline(const application_deadline& d, instant submitted) {
    deadline_result r;
    r.submitted = submitted;
    r.last_on_time = d.last_on_time();
    r.on_time = submitted <= r.last_on_time;
    const std::string when = fmt::format("{} ({})", to_uk_text(submitted), to_utc_text(submitted));
    const std::string limit = fmt::format("{} ({})", d.to_string(), to_utc_text(r.last_on_time));
    if (r.on_time)
        r.message =
            submitted == r.last_on_time
                ? fmt::format("on time: {}, the last second of the deadline {}", when, limit)
                : fmt::format("on time: {}, {} before the deadline {}", when,
                              duration_text(r.last_on_time - submitted), limit);
    else
        r.message = fmt::format("late: {}, {} after the deadline {}", when,
                                duration_text(submitted - r.last_on_time), limit);
    return r;
}

deadline_result check_deadline(const edition& e, std::string_view submitted) {
    if (!e.deadline || !e.deadline->known())
        throw error(errc::input, fmt::format("edition {} has no application deadline: {}", e.id,
                                             e.deadline && !e.deadline->note.empty()
                                                 ? e.deadline->note
                                                 : std::string("its documents give none")));
    const instant t = parse_instant(submitted);
    return check_deadline(*e.deadline, t);
}

}  // namespace v1
}  // namespace mhfund
