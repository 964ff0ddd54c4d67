// Dates as precisely as the documents give them.
#include "mhfund/fuzzy_date.hpp"

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {

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
            return fmt::format("{} {}", detail::month_name(day.month()),
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
    // Every number below is a fixed-width field (the text's size is checked first), so it is
    // at most four digits.
    int y = 0, m = 0;
    if (text.size() == 7 && text[4] == '-' && detail::parse_whole(text.substr(0, 4), y) &&
        detail::parse_whole(text.substr(5, 2), m)) {
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
            text[name.size()] == ' ' && detail::parse_whole(text.substr(name.size() + 1), y) &&
            y >= 1900)
            return fuzzy_date::in_term(t, y);
    }
    return bad();
}
}  // namespace

}  // namespace v1
}  // namespace mhfund
