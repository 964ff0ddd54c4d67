// The Phasing sheet of the forecast workbook: each line's share of each period its window meets,
// in every view of time, as a formula of the line's cells on Lines (xlsx_cumulative.cpp), so
// that a changed rate, days figure or withdrawal date moves every share. The cached results are
// the library's own shares (shares_by_period); the other sheets' formulas sum this one.
#include <map>

#include <fmt/format.h>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// One row of Phasing: a line's share of one period of one view, or of the days outside the
/// forecast horizon (`when` is null).
struct phasing_row {
    std::size_t line;  ///< 0-based
    const basis& v;
    int period_id;
    const period* when;
    std::size_t group;  ///< 0-based
    money share;
    const std::string& subject;
    const forecast_book& f;
    const line_cells& cells;
};

using cell = column_cell<phasing_row>;

/// The share of a period: the money phased before the end of the period's days within the
/// horizon, less that phased before their start (rule 5's cumulative rounding telescopes).
void write_share(const cell& c, const phasing_row& p) {
    const line_cells& l = p.cells;
    const cost_line& line = p.f.e.lines[p.line];
    std::string from, to;
    if (p.when) {
        from = fmt::format("MAX({},{})", c.ref("from"), l.horizon_from);
        to = fmt::format("MAX({},MIN({},{})+1)", from, c.ref("to"), l.horizon_to);
        c.formula(fmt::format("=({}-{})/100", phased_before_pence(p.f, line, l, to),
                              phased_before_pence(p.f, line, l, from)),
                  p.share);
        return;
    }
    // Outside the horizon: everything phased by the window's end, less what falls inside.
    const std::string end = l.window_to + "+1";
    from = fmt::format("MIN({},{})", l.horizon_from, end);
    to = fmt::format("MAX({},MIN({}+1,{}))", from, l.horizon_to, end);
    c.formula(
        fmt::format("=({}-{}+{})/100", phased_before_pence(p.f, line, l, end),
                    phased_before_pence(p.f, line, l, to), phased_before_pence(p.f, line, l, from)),
        p.share);
}

const column_table<phasing_row>& phasing_columns() {
    static const column_table<phasing_row> columns{
        {"line #", 7,
         [](const cell& c, const phasing_row& p) { c.integer(static_cast<int64_t>(p.line + 1)); }},
        {"basis", 15, [](const cell& c, const phasing_row& p) { c.text(p.v.title); }},
        {"period #", 9, [](const cell& c, const phasing_row& p) { c.integer(p.period_id); }},
        {"period", 26,
         [](const cell& c, const phasing_row& p) {
             c.text(p.when ? p.when->label() : "outside the forecast horizon");
         }},
        {"group #", 8,
         [](const cell& c, const phasing_row& p) { c.integer(static_cast<int64_t>(p.group) + 1); }},
        {"from", 11,
         [](const cell& c, const phasing_row& p) {
             if (p.when) c.day(p.when->range.begin);
         }},
        {"to", 11,
         [](const cell& c, const phasing_row& p) {
             if (p.when) c.day(p.when->range.last_day());
         }},
        {"share (£)", 13, write_share},
        {"subject", 12, [](const cell& c, const phasing_row& p) { c.text(p.subject); }},
        {"category", 24,
         [](const cell& c, const phasing_row& p) { c.text(p.f.e.lines[p.line].category); }},
    };
    return columns;
}

/// The line's rows of view `v` from `row`: one per period its range meets, and one for the
/// money outside the horizon when there can be some. Records the library's shares in `v`.
long write_line(forecast_book& f, sheet& ws, basis& v, std::size_t i, long row) {
    const cost_line& l = f.e.lines[i];
    const std::string subject = subject_id(f.s, l);
    const line_cells cells = cells_of_line(f, i);
    std::map<date, money> library;
    for (const period_share& p : shares_by_period(l, v.kind, f.s, f.r.horizon))
        library[p.when.range.begin] += p.amount;
    const long first = row;
    money inside;
    for (const period& p : periods_meeting(v.kind, phased_range(l, f.r.horizon), f.s.terms)) {
        const int id = v.period_id.at(p.range.begin);
        const auto share = library.find(p.range.begin);
        const money m = share == library.end() ? money{} : share->second;
        write_cells(ws, phasing_columns(), row++,
                    {i, v, id, &p, f.line_group[i], m, subject, f, cells});
        if (!m.is_zero()) v.cells[{f.line_group[i], id}] += m;
        inside += m;
    }
    if (library.size() > static_cast<std::size_t>(row - first))
        throw error(errc::internal, fmt::format("workbook: line {} has shares outside its "
                                                "periods",
                                                i + 1));
    v.outside[i] = l.kept - inside;
    if (has_outside(l, f.r.horizon))
        write_cells(
            ws, phasing_columns(), row++,
            {i, v, v.outside_id, nullptr, f.line_group[i], v.outside[i], subject, f, cells});
    else if (!v.outside[i].is_zero())
        throw error(errc::internal, fmt::format("workbook: line {} has money outside the "
                                                "horizon but no row for it",
                                                i + 1));
    v.line_rows[i] = {first, row - 1};
    return row;
}

}  // namespace

int phasing_column(std::string_view header) {
    return column_of(phasing_columns(), header);
}

void write_phasing(forecast_book& f, sheet& ws) {
    const column_table<phasing_row>& columns = phasing_columns();
    write_headers(ws, columns);
    long row = 1;
    for (std::size_t i = 0; i < f.e.lines.size(); ++i)
        for (basis& v : f.bases)
            row = write_line(f, ws, v, i, row);
    f.phasing_rows = row - 1;
    ws.freeze(1, 0);
    ws.filter(0, 0, std::max(row - 1, 1L), static_cast<int>(columns.size()) - 1);
    ws.hide_column(column_of(columns, "period #"));
    ws.hide_column(column_of(columns, "group #"));
    ws.print_setup(0, 0, false);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
