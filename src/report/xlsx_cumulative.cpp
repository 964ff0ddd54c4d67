// The forecast workbook's phasing as formulas: a line's money phased before a day, written in
// spreadsheet terms from the line's cells on Lines, so that a changed rate, days figure or
// withdrawal date moves every share. It restates cost_line::phased_before (domain.md section 8,
// rules 5, 6 and 10) cell for cell; tests/workbook recalculates it and compares every period
// with the library's to the penny.
//
// Money is worked in whole pence: ROUND(A*100,0) is the exact pence of an amount, a product of
// pence and a weekday count is an exact integer in a double, and one division then ROUND(…,0)
// rounds half up exactly as the library's round_half_up does (a quotient of two integers lands
// on a half only when it is one). A share is the difference of two such integers, over 100.
#include <fmt/format.h>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// The day after the last funded day: the withdrawal date inside the window, or its end.
std::string funded_end(const line_cells& c) {
    return "(" + c.funded_to + "+1)";
}

std::string pence(const std::string& pounds) {
    return fmt::format("ROUND({}*100,0)", pounds);
}

/// Rule 5 over weekdays, clipped at the withdrawal (rule 6): ROUND(A × C(d) / W) where C(d) is
/// the weekdays of the window before MIN(d, funded end). A window without weekdays is a lump.
std::string weekday_pence(const line_cells& c, const std::string& d) {
    const std::string at = fmt::format("MIN({},{})", d, funded_end(c));
    return fmt::format(
        "IF({w}=0,IF({d}>{ws},{kept},0),IF({at}>{ws},ROUND({a}*NETWORKDAYS({ws},"
        "{at}-1)/{w},0),0))",
        fmt::arg("w", c.weekdays), fmt::arg("d", d), fmt::arg("ws", c.window_from),
        fmt::arg("kept", pence(c.whole_kept)), fmt::arg("at", at), fmt::arg("a", pence(c.amount)));
}

/// A lump: the whole kept amount once the window's first day has passed.
std::string lump_pence(const line_cells& c, const std::string& d) {
    return fmt::format("IF({}>{},{},0)", d, c.window_from, pence(c.whole_kept));
}

/// Term weights: the weights of the terms meeting the funded window whose first day in the
/// window is before `d`, over the weights of all of them, cumulatively rounded.
std::string term_pence(const forecast_book& f, const line_cells& c, const std::string& d) {
    auto range = [&](int col) { return "Terms!" + column_range(col, f.terms_first, f.terms_last); };
    const std::string weight = range(terms_col::weight), from = range(terms_col::from),
                      to = range(terms_col::to);
    auto weights_before = [&](const std::string& end) {
        return fmt::format("SUMIFS({},{},\">=\"&{},{},\"<\"&{})", weight, to, c.window_from, from,
                           end);
    };
    const std::string total = weights_before(funded_end(c));
    const std::string before =
        fmt::format("IF({}>{},{},0)", d, c.window_from,
                    weights_before(fmt::format("MIN({},{})", d, funded_end(c))));
    return fmt::format("IF({t}=0,IF({d}>{ws},{kept},0),ROUND({kept}*{b}/{t},0))",
                       fmt::arg("t", total), fmt::arg("d", d), fmt::arg("ws", c.window_from),
                       fmt::arg("kept", pence(c.whole_kept)), fmt::arg("b", before));
}

std::string whole_pence(const forecast_book& f, const cost_line& l, const line_cells& c,
                        const std::string& d) {
    switch (l.method) {
        case phasing::weekdays:
            return weekday_pence(c, d);
        case phasing::lump:
            return lump_pence(c, d);
        case phasing::terms:
            return term_pence(f, c, d);
    }
    throw error(errc::internal, "workbook: a phasing method without a formula");
}

}  // namespace

std::string phased_before_pence(const forecast_book& f, const cost_line& l, const line_cells& c,
                                const std::string& d) {
    if (!l.part) return whole_pence(f, l, c, d);
    // Rule 10: a part's share is the whole line's cumulative phasing clipped to the part.
    const std::string at = fmt::format("MIN(MAX({},{}),{}+1)", d, c.part_from, c.part_to);
    return fmt::format("({}-{})", whole_pence(f, l, c, at), whole_pence(f, l, c, c.part_from));
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
