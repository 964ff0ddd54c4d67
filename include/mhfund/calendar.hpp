// School and financial calendars on Boost.Date_Time: academic years (1 Sep–31 Aug), financial
// years (1 Apr–31 Mar), terms, months, weekday counting in O(1), programme-year windows.
#ifndef MHFUND_CALENDAR_HPP
#define MHFUND_CALENDAR_HPP

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "mhfund/detail/text.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

/// A calendar day (Boost.Date_Time's Gregorian date).
using date = boost::gregorian::date;

// Boost.Date_Time holds years up to 9999. Every date mhfund derives from an input lies less
// than a hundred years after it (an edition has at most 100 programme years; a year, a term or
// a month ends within one), so with inputs up to 9000 no derived window leaves Boost's range,
// and a date beyond is an input error at its file, line and field rather than a failure deep
// in a forecast (docs/design/outputs.md, "Dates the calendar can hold").

/// The first year a date, an academic year or a financial year read from input may have.
constexpr int earliest_year = 1900;
/// The last year a date, an academic year or a financial year read from input may have.
constexpr int latest_year = 9000;

/// Parses an ISO date `YYYY-MM-DD` strictly: `2024-02-30`, `2024-2-3` and `24-02-03` are errors,
/// and so is a year outside earliest_year to latest_year.
date parse_date(std::string_view text);
/// `2024-09-01`.
std::string to_string(date d);

/// A half-open range of days `[begin, end)`.
struct date_range {
    /// The first day in the range.
    date begin;
    /// The day after the last day in the range.
    date end;
    /// True when the range holds no day.
    bool empty() const { return end <= begin; }
    /// True when `d` is in `[begin, end)`.
    bool contains(date d) const { return begin <= d && d < end; }
    /// The last day in the range (`end` is the day after it), as reports write a range.
    date last_day() const { return end - boost::gregorian::days(1); }
    /// Same first day and same end.
    friend bool operator==(const date_range& a, const date_range& b) {
        return a.begin == b.begin && a.end == b.end;
    }
};
/// The overlap of two ranges (empty, with begin == end, when they do not meet).
inline date_range intersect(const date_range& a, const date_range& b) {
    const date begin = std::max(a.begin, b.begin);
    const date end = std::max(begin, std::min(a.end, b.end));
    return {begin, end};
}

/// Weekdays (Monday–Friday) before `d`, counted from a fixed Monday long ago. Bank holidays are
/// not excluded (section 8 rule 5). Constant time; only differences of it mean anything.
inline int64_t weekdays_before(date d) {
    // Julian day number 0 is a Monday, so (jdn mod 7) is 0..4 for Monday..Friday.
    const int64_t n = static_cast<int64_t>(d.day_number());
    return (n / 7) * 5 + std::min<int64_t>(n % 7, 5);
}
/// Weekdays in `[r.begin, r.end)`.
inline int64_t weekdays(const date_range& r) {
    return r.empty() ? 0 : weekdays_before(r.end) - weekdays_before(r.begin);
}

/// `d + n years`, keeping month and day; 29 February becomes 28 February in a year that has
/// none. No end-of-month snapping (unlike boost::gregorian::years): 28 Feb 2023 + 1 = 28 Feb 2024.
inline date add_years(date d, int n) {
    const auto ymd = d.year_month_day();  // one conversion from the day number, not three
    const int year = static_cast<int>(ymd.year) + n;
    const int month = ymd.month;
    int day = ymd.day;
    if (month == 2 && day == 29 &&
        !boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)))
        day = 28;
    return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

/// Programme year k (k = 1, 2, …) of a participant starting on `start`:
/// `[start + (k−1) years, start + k years)` (section 8 rule 3).
inline date_range programme_year_window(date start, int k) {
    if (k < 1) throw error(errc::usage, "programme years are numbered from 1");
    return {add_years(start, k - 1), add_years(start, k)};
}

/// An academic year, 1 September – 31 August, written `2024/25`.
struct academic_year {
    int start_year = 0;  ///< 2024 for 2024/25

    /// The academic year `d` falls in.
    static academic_year containing(date d) {
        const int y = d.year();
        return {d.month() >= 9 ? y : y - 1};
    }
    /// Parses `2024/25` (the two years must follow each other); anything else is an input error.
    static academic_year parse(std::string_view text);
    /// 1 September of `start_year`.
    date first_day() const { return date(static_cast<unsigned short>(start_year), 9, 1); }
    /// 1 September of the next year: the day after the last.
    date end() const { return date(static_cast<unsigned short>(start_year + 1), 9, 1); }
    /// The year's days, `[first_day(), end())`.
    date_range range() const { return {first_day(), end()}; }
    /// `2024/25`.
    std::string to_string() const {
        return fmt::format("{}/{:02}", start_year, (start_year + 1) % 100);
    }
    /// Compares by start year.
    ///@{
    friend bool operator==(academic_year a, academic_year b) {
        return a.start_year == b.start_year;
    }
    friend bool operator!=(academic_year a, academic_year b) { return !(a == b); }
    friend bool operator<(academic_year a, academic_year b) { return a.start_year < b.start_year; }
    ///@}
};

/// A government financial year, 1 April – 31 March, written `FY2024-25`.
struct financial_year {
    int start_year = 0;  ///< 2024 for FY2024-25

    /// The financial year `d` falls in.
    static financial_year containing(date d) {
        const int y = d.year();
        return {d.month() >= 4 ? y : y - 1};
    }
    /// Parses `FY2024-25` (the two years must follow each other); anything else is an input error.
    static financial_year parse(std::string_view text);
    /// 1 April of `start_year`.
    date first_day() const { return date(static_cast<unsigned short>(start_year), 4, 1); }
    /// 1 April of the next year: the day after the last.
    date end() const { return date(static_cast<unsigned short>(start_year + 1), 4, 1); }
    /// The year's days, `[first_day(), end())`.
    date_range range() const { return {first_day(), end()}; }
    /// `FY2024-25`.
    std::string to_string() const {
        return fmt::format("FY{}-{:02}", start_year, (start_year + 1) % 100);
    }
    /// Compares by start year.
    ///@{
    friend bool operator==(financial_year a, financial_year b) {
        return a.start_year == b.start_year;
    }
    friend bool operator<(financial_year a, financial_year b) {
        return a.start_year < b.start_year;
    }
    ///@}
};

/// The three terms of an academic year.
enum class term_name { autumn, spring, summer };
/// `autumn`, `spring` or `summer`.
std::string_view to_string(term_name t);

/// Term start dates for one academic year. Terms partition the year: autumn runs from
/// 1 September to the day before spring starts, spring to the day before summer starts, summer
/// to 31 August, so every day (holidays included) belongs to exactly one term.
struct term_starts {
    /// First day of the spring term.
    date spring;
    /// First day of the summer term.
    date summer;
};

/// The default terms (domain.md section 1): autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar,
/// summer 1 Apr–31 Aug; a hub may set its own start dates per academic year.
class term_calendar {
  public:
    /// Sets a hub's own spring and summer start dates for `year`; both must fall inside the
    /// academic year with 1 Sep < spring < summer.
    void set(academic_year year, term_starts starts);
    /// The spring and summer start dates in force for `year` (the hub's own, else the default).
    term_starts starts(academic_year year) const;
    /// True when `year` uses the default terms.
    bool is_default(academic_year year) const { return overrides_.count(year.start_year) == 0; }
    /// True when no academic year has the hub's own dates.
    bool all_default() const { return overrides_.empty(); }

    /// The term `d` falls in.
    term_name term_of(date d) const;
    /// The days of term `t` of `year`.
    date_range range(academic_year year, term_name t) const;

  private:
    std::map<int, term_starts> overrides_;
};

/// The kinds of reporting period.
enum class period_kind { academic_year, financial_year, term, month };
/// `academic`, `financial`, `term` or `month`.
std::string_view to_string(period_kind k);
/// `academic year`, `financial year`, `term`, `month`: the words for people (titles, headings).
std::string describe(period_kind k);
/// `academic`, `financial`, `term`, `month` (the CLI's words), also the long names.
period_kind parse_period_kind(std::string_view text);

/// One reporting period: its kind, its days, and its label (`2024/25`, `FY2024-25`,
/// `2024/25 autumn`, `2024-09`). Labels of one kind sort in date order by `range.begin`.
struct period {
    /// Academic year, financial year, term or month.
    period_kind kind = period_kind::academic_year;
    /// The period's days.
    date_range range;
    /// `2024/25`, `FY2024-25`, `2024/25 autumn` or `2024-09`.
    std::string label() const;
    /// For terms: which one. Unused for other kinds.
    term_name term = term_name::autumn;
};

/// The period of kind `k` that contains `d`.
period period_containing(period_kind k, date d, const term_calendar& terms);

// ---------------------------------------------------------------------------------------------
// Implementation.

inline date parse_date(std::string_view text) {
    int y = 0, m = 0, d = 0;
    const bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                       detail::parse_whole(text.substr(0, 4), y) &&
                       detail::parse_whole(text.substr(5, 2), m) &&
                       detail::parse_whole(text.substr(8, 2), d);
    if (!shape || m < 1 || m > 12 || d < 1)
        throw_input("date", std::string(text), "a real calendar date written YYYY-MM-DD");
    // The year first: Boost's calendar throws its own exception for a year it cannot hold.
    if (y < earliest_year || y > latest_year)
        throw_input("date", std::string(text),
                    fmt::format("a date in the years {} to {}", earliest_year, latest_year));
    if (d > boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                   static_cast<unsigned short>(m)))
        throw_input("date", std::string(text), "a real calendar date written YYYY-MM-DD");
    return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

inline std::string to_string(date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<int>(d.month()),
                       static_cast<int>(d.day()));
}

inline academic_year academic_year::parse(std::string_view text) {
    int y = 0, next = 0;
    if (text.size() == 7 && text[4] == '/' && detail::parse_whole(text.substr(0, 4), y) &&
        detail::parse_whole(text.substr(5, 2), next) && (y + 1) % 100 == next) {
        if (y >= earliest_year && y <= latest_year) return {y};
        throw_input("academic year", std::string(text),
                    fmt::format("an academic year from {}/{:02} to {}/{:02}", earliest_year,
                                (earliest_year + 1) % 100, latest_year, (latest_year + 1) % 100));
    }
    throw_input("academic year", std::string(text), "the form 2024/25 (consecutive years)");
}

inline financial_year financial_year::parse(std::string_view text) {
    int y = 0, next = 0;
    if (text.size() == 9 && text.substr(0, 2) == "FY" && text[6] == '-' &&
        detail::parse_whole(text.substr(2, 4), y) && detail::parse_whole(text.substr(7, 2), next) &&
        (y + 1) % 100 == next) {
        if (y >= earliest_year && y <= latest_year) return {y};
        throw_input("financial year", std::string(text),
                    fmt::format("a financial year from FY{}-{:02} to FY{}-{:02}", earliest_year,
                                (earliest_year + 1) % 100, latest_year, (latest_year + 1) % 100));
    }
    throw_input("financial year", std::string(text), "the form FY2024-25 (consecutive years)");
}

inline std::string_view to_string(term_name t) {
    switch (t) {
        case term_name::autumn:
            return "autumn";
        case term_name::spring:
            return "spring";
        case term_name::summer:
            return "summer";
    }
    return "?";
}

inline void term_calendar::set(academic_year year, term_starts s) {
    const date first = year.first_day();
    if (!(first < s.spring && s.spring < s.summer && s.summer < year.end()))
        throw error(errc::input,
                    fmt::format("term dates for {}: spring ({}) and summer ({}) must start in "
                                "that order, after 1 September and before the next 1 September",
                                year.to_string(), to_string(s.spring), to_string(s.summer)));
    overrides_[year.start_year] = s;
}

inline term_starts term_calendar::starts(academic_year year) const {
    const auto it = overrides_.find(year.start_year);
    if (it != overrides_.end()) return it->second;
    const auto y = static_cast<unsigned short>(year.start_year + 1);
    return {date(y, 1, 1), date(y, 4, 1)};
}

inline term_name term_calendar::term_of(date d) const {
    const term_starts s = starts(academic_year::containing(d));
    return d < s.spring ? term_name::autumn : d < s.summer ? term_name::spring : term_name::summer;
}

inline date_range term_calendar::range(academic_year year, term_name t) const {
    const term_starts s = starts(year);
    switch (t) {
        case term_name::autumn:
            return {year.first_day(), s.spring};
        case term_name::spring:
            return {s.spring, s.summer};
        case term_name::summer:
            return {s.summer, year.end()};
    }
    return {};
}

inline std::string_view to_string(period_kind k) {
    switch (k) {
        case period_kind::academic_year:
            return "academic";
        case period_kind::financial_year:
            return "financial";
        case period_kind::term:
            return "term";
        case period_kind::month:
            return "month";
    }
    return "?";
}

inline std::string describe(period_kind k) {
    switch (k) {
        case period_kind::academic_year:
            return "academic year";
        case period_kind::financial_year:
            return "financial year";
        case period_kind::term:
            return "term";
        case period_kind::month:
            return "month";
    }
    return "period";
}

inline period_kind parse_period_kind(std::string_view text) {
    if (text == "academic" || text == "academic_year") return period_kind::academic_year;
    if (text == "financial" || text == "financial_year") return period_kind::financial_year;
    if (text == "term") return period_kind::term;
    if (text == "month") return period_kind::month;
    throw error(errc::usage, fmt::format("unknown period '{}': expected academic, financial, "
                                         "term or month",
                                         text));
}

inline std::string period::label() const {
    switch (kind) {
        case period_kind::academic_year:
            return academic_year::containing(range.begin).to_string();
        case period_kind::financial_year:
            return financial_year::containing(range.begin).to_string();
        case period_kind::term:
            return academic_year::containing(range.begin).to_string() + " " +
                   std::string(to_string(term));
        case period_kind::month:
            return fmt::format("{:04}-{:02}", static_cast<int>(range.begin.year()),
                               static_cast<int>(range.begin.month()));
    }
    return "?";
}

inline period period_containing(period_kind k, date d, const term_calendar& terms) {
    period p;
    p.kind = k;
    switch (k) {
        case period_kind::academic_year:
            p.range = academic_year::containing(d).range();
            break;
        case period_kind::financial_year:
            p.range = financial_year::containing(d).range();
            break;
        case period_kind::term:
            p.term = terms.term_of(d);
            p.range = terms.range(academic_year::containing(d), p.term);
            break;
        case period_kind::month: {
            const date first(d.year(), d.month(), 1);
            p.range = {first, first + boost::gregorian::months(1)};  // from day 1: no snapping
            break;
        }
    }
    return p;
}

}  // namespace v1
}  // namespace mhfund

#endif
