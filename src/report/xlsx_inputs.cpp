// The forecast workbook's input sheets: Rates (each rate value a line is priced at, with the
// date it applies from) and Terms (the term weights and the terms that term-phased lines
// meet). Lines and Phasing refer to these cells, so editing one recalculates every sheet.
#include <algorithm>
#include <optional>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

using rate_cell = column_cell<cost_line>;

const column_table<cost_line>& rate_columns() {
    static const column_table<cost_line> columns{
        {"rate", 22, [](const rate_cell& c, const cost_line& l) { c.text(l.rate->id); }},
        {"description", 30,
         [](const rate_cell& c, const cost_line& l) { c.text(l.rate->description); }},
        {"kind", 14,
         [](const rate_cell& c, const cost_line& l) {
             c.text(l.rate->kind == rate_kind::day ? "per day" : "per department");
         }},
        // A value a setting gave applies from any date: it says so, never a placeholder day.
        {"from", 12,
         [](const rate_cell& c, const cost_line& l) {
             if (l.value->from == beginning_of_time())
                 c.text("any date");
             else
                 c.day(l.value->from);
         }},
        {"amount (£)", 12,
         [](const rate_cell& c, const cost_line& l) { c.amount(l.value->amount); }},
        {"user setting", 12,
         [](const rate_cell& c, const cost_line& l) {
             c.text(l.value->assumption ? "yes (" + l.rate->setting + ")" : "no");
         }},
        {"source", 70, [](const rate_cell& c, const cost_line& l) { c.text(l.value->source); }},
    };
    return columns;
}

/// The days the term-phased lines' windows cover, from the first to the last.
std::optional<date_range> term_span(const forecast_book& f) {
    std::optional<date_range> span;
    for (const cost_line& l : f.e.lines) {
        if (l.method != phasing::terms) continue;
        span = !span ? l.window
                     : date_range{std::min(span->begin, l.window.begin),
                                  std::max(span->end, l.window.end)};
    }
    return span;
}

}  // namespace

int rates_amount_column() {
    return column_of(rate_columns(), "amount (£)");
}

void write_rates(forecast_book& f, sheet& ws) {
    const column_table<cost_line>& columns = rate_columns();
    write_headers(ws, columns);
    long row = 1;
    for (const cost_line& l : f.e.lines) {
        if (!l.rate || !l.value || f.rate_row.count(l.value)) continue;
        f.rate_row.emplace(l.value, row);
        write_cells(ws, columns, row++, l);
    }
    ++row;
    ws.text(row++, 0,
            "Each line on Lines refers to its rate here: change an amount and every sheet "
            "recalculates.",
            f.b.bold);
    ws.text(row, 0,
            "A rate is the value in force on the first day of the line's window; 'any date' "
            "marks a value a setting gave without a date.");
    ws.freeze(1, 1);
    ws.print_setup(0, 0, false);
}

bool needs_terms(const forecast_book& f) {
    return term_span(f).has_value();
}

void write_terms(forecast_book& f, sheet& ws) {
    ws.text(0, 0, "Term weights (inputs): a term-phased line's money is shared by these",
            f.b.title);
    ws.header(1, 0, "term");
    ws.header(1, 1, "weight");
    const term_name names[] = {term_name::autumn, term_name::spring, term_name::summer};
    for (std::size_t k = 0; k < 3; ++k) {
        ws.text(2 + static_cast<long>(k), 0, to_string(names[k]));
        ws.integer(2 + static_cast<long>(k), 1, f.s.term_weights.at(k));
    }
    const long head = 6;
    ws.header(head, terms_col::term, "term");
    ws.header(head, terms_col::from, "from");
    ws.header(head, terms_col::to, "to");
    ws.header(head, terms_col::weight, "weight");
    long row = head + 1;
    for (const period& p : periods_meeting(period_kind::term, *term_span(f), f.s.terms)) {
        const auto k = static_cast<long>(p.term);
        ws.text(row, terms_col::term, p.label());
        ws.day(row, terms_col::from, p.range.begin);
        ws.day(row, terms_col::to, p.range.last_day());
        ws.formula_number(row, terms_col::weight, "=" + cell_ref(2 + k, 1, true),
                          static_cast<double>(f.s.term_weights.at(static_cast<std::size_t>(k))),
                          f.b.whole);
        ++row;
    }
    f.terms_first = head + 1;
    f.terms_last = row - 1;
    ws.width(0, 0, 26);
    ws.width(1, 3, 12);
    ws.print_setup(head, head, false);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
