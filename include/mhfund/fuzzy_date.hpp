// Dates as precisely as the documents give them: "Friday 28th June 2024" is a day, "June 2025" a
// month, "the autumn term of 2022" a term, "to be confirmed" unknown. Nothing here invents a date.
#ifndef MHFUND_FUZZY_DATE_HPP
#define MHFUND_FUZZY_DATE_HPP

#include <string>
#include <string_view>

#include "mhfund/calendar.hpp"

namespace mhfund {
inline namespace v1 {

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

}  // namespace v1
}  // namespace mhfund

#endif
