// The Lines sheet of the forecast workbook: one row per cost line, with what it is, its amount
// as a live formula (days × rate, rounded once per line: rule 1), what a withdrawal keeps, and
// its Phasing shares summed per view of time beside a check that each equals the kept amount.
#include <fmt/format.h>

#include "mhfund/report.hpp"
#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// One row of Lines: a cost line.
struct line_row {
    const forecast_book& f;
    std::size_t i;  ///< 0-based
    const cost_line& l;
};

using cell = column_cell<line_row>;
using writer = std::function<void(const cell&, const line_row&)>;

bool day_rated(const cost_line& l) {
    return l.rate && l.value && l.rate->kind == rate_kind::day;
}

std::string phased_header(const basis& v) {
    return "phased by " + v.title + " (£)";
}

writer text_of(dimension d) {
    return [d](const cell& c, const line_row& r) { c.text(dimension_value(r.f.s, r.l, d)); };
}

void write_amount(const cell& c, const line_row& r) {
    const cost_line& l = r.l;
    if (day_rated(l))  // Rule 1: rounded once per line.
        c.formula(fmt::format("=ROUND({}*{},2)", c.ref("days"), c.ref("rate (£)")), l.amount);
    else if (l.rate && l.value)  // A grant: one department's grant, the rate card's figure.
        c.formula("=" + c.ref("rate (£)"), l.amount);
    else
        c.amount(l.amount);
}

void write_kept(const cell& c, const line_row& r) {
    // After a withdrawal, rule 6's cumulative rounding is the library's: a number, derived in
    // the text.
    if (r.l.withdrawn)
        c.amount(r.l.kept);
    else
        c.formula("=" + c.ref("amount (£)"), r.l.kept);
}

/// The line's Phasing rows of view `k`, summed: its kept amount when the phasing is right.
writer phased_in(std::size_t k) {
    return [k](const cell& c, const line_row& r) {
        const auto [first, last] = r.f.bases[k].line_rows[r.i];
        if (last < first)
            c.amount(money{});
        else
            c.formula(fmt::format("=ROUND(SUM(Phasing!{}),2)",
                                  column_range(phasing_column("share (£)"), first, last)),
                      r.l.kept);
    };
}

void write_check(const cell& c, const line_row& r) {
    std::string all_equal;
    for (const basis& v : r.f.bases)
        all_equal += fmt::format("{}ROUND({}-{},2)=0", all_equal.empty() ? "" : ",",
                                 c.ref(phased_header(v)), c.ref("kept (£)"));
    c.formula_text(fmt::format("=IF(AND({}),\"ok\",\"DIFFERS\")", all_equal), "ok");
}

/// What a line is: its subject, programme, year and category.
column_table<line_row> identity_columns() {
    return {
        {"#", 6,
         [](const cell& c, const line_row& r) { c.integer(static_cast<int64_t>(r.i + 1)); }},
        {"subject", 11,
         [](const cell& c, const line_row& r) {
             const bool person = r.l.kind == cost_line::subject_kind::participant;
             c.text(person ? "participant" : "workgroup");
         }},
        {"id", 10, [](const cell& c, const line_row& r) { c.text(subject_id(r.f.s, r.l)); }},
        {"hub", 6, text_of(dimension::hub)},
        {"programme", 10, text_of(dimension::programme)},
        {"edition", 17, text_of(dimension::edition)},
        {"cohort", 11, text_of(dimension::cohort)},
        {"institution", 11, text_of(dimension::institution)},
        {"year", 5, [](const cell& c, const line_row& r) { c.integer(r.l.year); }},
        {"cost type", 9, [](const cell& c, const line_row& r) { c.text(to_string(r.l.type)); }},
        {"category", 22, [](const cell& c, const line_row& r) { c.text(r.l.category); }},
    };
}

/// What a line costs and keeps, and over which window it is phased.
column_table<line_row> amount_columns() {
    return {
        {"days", 6,
         [](const cell& c, const line_row& r) {
             if (day_rated(r.l)) c.days(r.l.days);
         }},
        {"rate (£)", 12,
         [](const cell& c, const line_row& r) {
             if (r.l.rate && r.l.value) c.amount(r.l.value->amount);
         }},
        {"amount (£)", 12, write_amount},
        {"withdrawn", 11,
         [](const cell& c, const line_row& r) {
             if (r.l.withdrawn) c.day(*r.l.withdrawn);
         }},
        {"weekdays funded", 9,
         [](const cell& c, const line_row& r) {
             const date_range funded =
                 r.l.withdrawn ? date_range{r.l.window.begin, *r.l.withdrawn} : r.l.window;
             c.integer(weekdays(funded));
         }},
        {"weekdays in window", 9,
         [](const cell& c, const line_row& r) { c.integer(weekdays(r.l.window)); }},
        {"kept (£)", 12, write_kept},
        {"window from", 11, [](const cell& c, const line_row& r) { c.day(r.l.window.begin); }},
        {"window to", 11, [](const cell& c, const line_row& r) { c.day(r.l.window.last_day()); }},
        {"phasing", 9, [](const cell& c, const line_row& r) { c.text(to_string(r.l.method)); }},
    };
}

/// Where a line's figures come from.
column_table<line_row> source_columns() {
    return {
        {"phasing check", 9, write_check},
        {"derivation", 60, [](const cell& c, const line_row& r) { c.text(derive(r.l).text()); }},
        {"source", 50,
         [](const cell& c, const line_row& r) {
             const cost_line& l = r.l;
             c.text(l.days_setting.empty()
                        ? std::string(l.source)
                        : fmt::format("setting {} ({})", l.days_setting, l.source));
         }},
        {"rate source", 50,
         [](const cell& c, const line_row& r) {
             if (r.l.value) c.text(r.l.value->source);
         }},
    };
}

/// The Lines columns: a line's identity and amounts, one phased sum per view, the sources.
column_table<line_row> lines_columns(const std::vector<basis>& bases) {
    column_table<line_row> columns = identity_columns();
    for (column<line_row>& c : amount_columns())
        columns.push_back(std::move(c));
    for (std::size_t k = 0; k < bases.size(); ++k)
        columns.push_back({phased_header(bases[k]), 13, phased_in(k)});
    for (column<line_row>& c : source_columns())
        columns.push_back(std::move(c));
    return columns;
}

}  // namespace

int lines_column(const forecast_book& f, std::string_view header) {
    return column_of(lines_columns(f.bases), header);
}

void write_lines(forecast_book& f, sheet& ws) {
    const column_table<line_row> columns = lines_columns(f.bases);
    write_headers(ws, columns);
    for (std::size_t i = 0; i < f.e.lines.size(); ++i)
        write_cells(ws, columns, static_cast<long>(i) + 1, {f, i, f.e.lines[i]});
    f.lines_last = static_cast<long>(f.e.lines.size());
    ws.freeze(1, column_of(columns, "id") + 1);
    ws.filter(0, 0, std::max(f.lines_last, 1L), static_cast<int>(columns.size()) - 1);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
