// Whether a submission was on time for an edition's deadline.
#include <fmt/format.h>

#include "mhfund/applications.hpp"
#include "mhfund/edition.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

namespace pt = boost::posix_time;

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

}  // namespace

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
