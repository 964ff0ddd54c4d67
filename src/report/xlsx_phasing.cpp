// The Phasing sheet of the forecast workbook: each line's share of each period, in every view
// of time, as the library phases it (shares_by_period). The other sheets' formulas sum it.
#include <fmt/format.h>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// One row of Phasing: a line's share of one period of one view.
struct phasing_row {
    std::size_t line;  ///< 0-based
    const basis& v;
    int period_id;
    const std::string& period;
    std::size_t group;  ///< 0-based
    money share;
    const std::string& subject;
    const cost_line& l;
};

const column_table<phasing_row>& phasing_columns() {
    using cell = column_cell<phasing_row>;
    static const column_table<phasing_row> columns{
        {"line #", 7,
         [](const cell& c, const phasing_row& p) { c.integer(static_cast<int64_t>(p.line + 1)); }},
        {"basis", 15, [](const cell& c, const phasing_row& p) { c.text(p.v.title); }},
        {"period #", 9, [](const cell& c, const phasing_row& p) { c.integer(p.period_id); }},
        {"period", 26, [](const cell& c, const phasing_row& p) { c.text(p.period); }},
        {"group #", 8,
         [](const cell& c, const phasing_row& p) { c.integer(static_cast<int64_t>(p.group) + 1); }},
        {"share (£)", 13, [](const cell& c, const phasing_row& p) { c.amount(p.share); }},
        {"subject", 12, [](const cell& c, const phasing_row& p) { c.text(p.subject); }},
        {"category", 24, [](const cell& c, const phasing_row& p) { c.text(p.l.category); }},
    };
    return columns;
}

}  // namespace

int phasing_column(std::string_view header) {
    return column_of(phasing_columns(), header);
}

void write_phasing(forecast_book& f, sheet& ws) {
    const column_table<phasing_row>& columns = phasing_columns();
    write_headers(ws, columns);
    long row = 1;
    for (std::size_t i = 0; i < f.e.lines.size(); ++i) {
        const cost_line& l = f.e.lines[i];
        const std::string subject = subject_id(f.s, l);
        for (basis& v : f.bases) {
            const long first = row;
            auto put = [&](int id, const std::string& label, money m) {
                write_cells(ws, columns, row++, {i, v, id, label, f.line_group[i], m, subject, l});
            };
            money inside;
            for (const period_share& p : shares_by_period(l, v.kind, f.s, f.r.horizon)) {
                const auto id = v.period_id.find(p.when.range.begin);
                if (id == v.period_id.end())
                    throw error(errc::internal,
                                fmt::format("workbook: period {} of line {} is not in the "
                                            "forecast's periods",
                                            p.when.label(), i + 1));
                put(id->second, p.when.label(), p.amount);
                v.cells[{f.line_group[i], id->second}] += p.amount;
                inside += p.amount;
            }
            v.outside[i] = l.kept - inside;
            if (!v.outside[i].is_zero())
                put(v.outside_id, "outside the forecast horizon", v.outside[i]);
            v.line_rows[i] = {first, row - 1};
        }
    }
    f.phasing_rows = row - 1;
    ws.freeze(1, 0);
    ws.filter(0, 0, std::max(row - 1, 1L), static_cast<int>(columns.size()) - 1);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
