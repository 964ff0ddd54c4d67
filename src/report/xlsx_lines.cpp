// The Lines sheet of the forecast workbook: one row per cost line, with what it is, its amount
// as a live formula (days × its rate on Rates, rounded once per line: rule 1), what a
// withdrawal keeps (rule 6, a formula of the withdrawal date cell), the cells its phasing
// formulas read, and its Phasing shares summed per view of time beside a check that each
// equals the kept amount.
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

void write_rate(const cell& c, const line_row& r) {
    if (!r.l.rate || !r.l.value) return;
    const long at = r.f.rate_row.at(r.l.value);
    c.formula("=Rates!" + cell_ref(at, rates_amount_column(), true), r.l.value->amount);
}

/// Rule 6: the funded weekdays are those before the withdrawal date, when it is in the window.
void write_funded_to(const cell& c, const line_row& r) {
    const std::string d = c.ref("withdrawn"), last = c.ref("window to");
    c.formula_day(fmt::format("=IF(AND(ISNUMBER({d}),{d}<={last}),{d}-1,{last})", fmt::arg("d", d),
                              fmt::arg("last", last)),
                  r.l.funded_end() - boost::gregorian::days(1));
}

void write_weekdays_funded(const cell& c, const line_row& r) {
    const std::string from = c.ref("window from"), to = c.ref("funded to");
    c.formula_number(fmt::format("=IF({to}<{from},0,NETWORKDAYS({from},{to}))",
                                 fmt::arg("from", from), fmt::arg("to", to)),
                     static_cast<double>(weekdays({r.l.window.begin, r.l.funded_end()})),
                     r.f.b.whole);
}

/// Rule 6 in pence: round_half_up(A × C / W), the whole amount when nothing is withdrawn.
void write_whole_kept(const cell& c, const line_row& r) {
    c.formula(
        fmt::format("=IF({w}=0,IF({to}>={from},{a},0),ROUND(ROUND({a}*100,0)*{n}/{w},0)/"
                    "100)",
                    fmt::arg("w", c.ref("weekdays in window")), fmt::arg("to", c.ref("funded to")),
                    fmt::arg("from", c.ref("window from")), fmt::arg("a", c.ref("amount (£)")),
                    fmt::arg("n", c.ref("weekdays funded"))),
        r.l.whole_kept());
}

/// What this line keeps: the whole line's, or after a payee or hub change its part's share of
/// the cumulative phasing (rule 10).
void write_kept(const cell& c, const line_row& r) {
    if (!r.l.part) {
        c.formula("=" + c.ref("whole kept (£)"), r.l.kept);
        return;
    }
    const line_cells cells = cells_of_line(r.f, r.i);
    c.formula(
        fmt::format("=({}-{})/100", phased_before_pence(r.f, r.l, cells, cells.part_to + "+1"),
                    phased_before_pence(r.f, r.l, cells, cells.part_from)),
        r.l.kept);
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

/// What a line costs and keeps, over which window it is phased, and the cells its phasing
/// formulas read. The days, the rate (on Rates) and the withdrawal date are the inputs.
column_table<line_row> amount_columns() {
    auto day_of = [](auto get) {
        return [get](const cell& c, const line_row& r) {
            if (const std::optional<date> d = get(r)) c.day(*d);
        };
    };
    using maybe = std::optional<date>;
    return {
        {"days", 6,
         [](const cell& c, const line_row& r) {
             if (day_rated(r.l)) c.days(r.l.days);
         }},
        {"rate (£)", 12, write_rate},
        {"amount (£)", 12, write_amount},
        {"withdrawn", 11, day_of([](const line_row& r) { return r.l.withdrawn; })},
        {"window from", 11, day_of([](const line_row& r) { return maybe(r.l.window.begin); })},
        {"window to", 11, day_of([](const line_row& r) { return maybe(r.l.window.last_day()); })},
        {"funded to", 11, write_funded_to},
        {"weekdays in window", 9,
         [](const cell& c, const line_row& r) {
             c.formula_number(
                 fmt::format("=NETWORKDAYS({},{})", c.ref("window from"), c.ref("window to")),
                 static_cast<double>(weekdays(r.l.window)), r.f.b.whole);
         }},
        {"weekdays funded", 9, write_weekdays_funded},
        {"whole kept (£)", 12, write_whole_kept},
        {"part from", 11,
         day_of([](const line_row& r) { return r.l.part ? maybe(r.l.part->begin) : maybe(); })},
        {"part to", 11, day_of([](const line_row& r) {
             return r.l.part ? maybe(r.l.part->last_day()) : maybe();
         })},
        {"kept (£)", 12, write_kept},
        {"horizon from", 11, day_of([](const line_row& r) { return maybe(r.f.r.horizon.begin); })},
        {"horizon to", 11,
         day_of([](const line_row& r) { return maybe(r.f.r.horizon.last_day()); })},
        {"phasing", 9, [](const cell& c, const line_row& r) { c.text(to_string(r.l.method)); }},
    };
}

/// The columns whose places do not depend on the views of time: a line's identity and amounts.
const column_table<line_row>& fixed_columns() {
    static const column_table<line_row> columns = [] {
        column_table<line_row> all = identity_columns();
        for (column<line_row>& c : amount_columns())
            all.push_back(std::move(c));
        return all;
    }();
    return columns;
}

/// Where a line's figures come from.
column_table<line_row> source_columns() {
    return {
        {"phasing check", 9, write_check},
        {"derivation", 60, [](const cell& c, const line_row& r) { c.text(derive(r.l).text()); }},
        {"source", 30,
         [](const cell& c, const line_row& r) {
             const cost_line& l = r.l;
             c.text(l.days_setting.empty()
                        ? std::string(l.source)
                        : fmt::format("setting {} ({})", l.days_setting, l.source));
         }},
        {"rate source", 30,
         [](const cell& c, const line_row& r) {
             if (r.l.value) c.text(r.l.value->source);
         }},
    };
}

/// The Lines columns: a line's identity and amounts, one phased sum per view, the sources.
column_table<line_row> lines_columns(const std::vector<basis>& bases) {
    column_table<line_row> columns = fixed_columns();
    for (std::size_t k = 0; k < bases.size(); ++k)
        columns.push_back({phased_header(bases[k]), 13, phased_in(k)});
    for (column<line_row>& c : source_columns())
        columns.push_back(std::move(c));
    return columns;
}

}  // namespace

line_cells cells_of_line(const forecast_book& f, std::size_t i) {
    (void)f;
    const long row = static_cast<long>(i) + 1;
    auto at = [row](std::string_view header) {
        return "Lines!" + cell_ref(row, column_of(fixed_columns(), header), true);
    };
    return {at("amount (£)"), at("whole kept (£)"), at("kept (£)"),           at("window from"),
            at("window to"),  at("funded to"),      at("weekdays in window"), at("part from"),
            at("part to"),    at("horizon from"),   at("horizon to")};
}

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
    ws.print_setup(0, 0, false);
    ws.filter(0, 0, std::max(f.lines_last, 1L), static_cast<int>(columns.size()) - 1);
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
