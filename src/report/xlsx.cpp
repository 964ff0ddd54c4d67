// The forecast workbook (interfaces.md, `--format xlsx`): live formulas an accountant can audit,
// whose recalculated totals equal the library's to the penny. How numbers are written, and why,
// is in xlsx_book.hpp; the sheets are in xlsx_forecast.hpp. This file builds what the sheets
// share, writes them in an order that lets each refer to the ones before, and checks Phasing
// against the library's figures.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "io/output_file.hpp"
#include "mhfund/report.hpp"
#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

std::string subject_id(const scenario& s, const cost_line& l) {
    return l.kind == cost_line::subject_kind::participant ? s.roster[l.subject].id
                                                          : s.departments[l.subject].workgroup;
}

money basis::cell(std::size_t group, int id) const {
    const auto it = cells.find({group, id});
    return it == cells.end() ? money{} : it->second;
}

namespace {

/// The groups of the lines: each line's keys under the forecast's grouping, sorted.
void make_groups(forecast_book& f) {
    std::map<std::vector<std::string>, std::size_t> keys;
    std::vector<std::vector<std::string>> of_line;
    of_line.reserve(f.e.lines.size());
    for (const cost_line& l : f.e.lines) {
        std::vector<std::string> k;
        for (dimension d : f.r.by)
            k.push_back(dimension_value(f.s, l, d));
        keys.emplace(k, 0);
        of_line.push_back(std::move(k));
    }
    for (auto& [k, index] : keys) {
        index = f.group_keys.size();
        f.group_keys.push_back(k);
    }
    f.line_group.reserve(of_line.size());
    for (const auto& k : of_line)
        f.line_group.push_back(keys.at(k));
    f.group_index = std::move(keys);
}

/// The views of time, each with every period a line's phased range meets. Period ids run on
/// across the views, so that one SUMIFS over Phasing finds one period.
void make_bases(forecast_book& f) {
    int next = 1;
    for (period_kind k : view_kinds(f.r)) {
        basis v;
        v.kind = k;
        v.title = describe(k);
        v.sheet = "By " + v.title;
        v.result = k == f.r.period_type ? f.r : summarise(f.e, {f.r.by, k});
        std::map<date, period> all;
        for (const cost_line& l : f.e.lines)
            for (const period& p : periods_meeting(k, phased_range(l, f.r.horizon), f.s.terms))
                all.emplace(p.range.begin, p);
        for (const auto& [begin, p] : all) {
            v.periods.push_back(p);
            v.period_id.emplace(begin, next);
            v.ids.push_back(next++);
        }
        v.outside_id = next++;
        v.line_rows.assign(f.e.lines.size(), {0, -1});
        v.outside.assign(f.e.lines.size(), money{});
        f.bases.push_back(std::move(v));
    }
}

/// The rows Phasing needs: one per line, view and period the line's range meets, and one for
/// the money outside the horizon where there can be some. Counted before anything is built.
std::size_t phasing_rows_needed(const scenario& s, const expansion& e, const forecast_result& r) {
    std::size_t rows = 1;  // the header
    for (period_kind k : view_kinds(r))
        for (const cost_line& l : e.lines)
            rows += periods_meeting(k, phased_range(l, r.horizon), s.terms).size() +
                    (has_outside(l, r.horizon) ? 1 : 0);
    return rows;
}

/// A forecast whose Lines or Phasing sheet would not fit a worksheet is refused before any
/// file is opened: an input error, with the count and what to do instead.
void check_fits(const std::string& path, const scenario& s, const expansion& e,
                const forecast_result& r) {
    const std::size_t lines = e.lines.size() + 1;
    const std::size_t phasing = lines > LXW_ROW_MAX ? lines : phasing_rows_needed(s, e, r);
    const std::size_t rows = std::max(lines, phasing);
    if (rows <= LXW_ROW_MAX) return;
    throw error(errc::input,
                fmt::format("cannot write {}: the workbook's {} sheet would need {} rows, more "
                            "than the {} a worksheet holds; write this forecast with --format "
                            "csv instead",
                            path, lines > LXW_ROW_MAX ? "Lines" : "Phasing", rows, LXW_ROW_MAX));
}

// Every cell of every view must be the library's own figure (rule 9): a difference here is
// a bug, and a workbook that disagreed with the library's other outputs must not be written.
void verify(const forecast_book& f) {
    for (const basis& v : f.bases) {
        std::size_t nonzero = 0;
        for (const auto& [key, m] : v.cells)
            nonzero += m.is_zero() ? 0 : 1;
        std::size_t rows = 0;
        for (const forecast_row& row : v.result.rows) {
            const auto g = f.group_index.find(row.keys);
            const auto id = v.period_id.find(row.when.range.begin);
            const money mine = g == f.group_index.end() || id == v.period_id.end()
                                   ? money{}
                                   : v.cell(g->second, id->second);
            if (mine != row.amount)
                throw error(
                    errc::internal,
                    fmt::format("workbook: {} {} is {} in Phasing but {} in the "
                                "forecast",
                                row.when.label(), detail::join(row.keys, "/"), mine, row.amount));
            rows += row.amount.is_zero() ? 0 : 1;
        }
        if (rows != nonzero)
            throw error(errc::internal, "workbook: Phasing has cells the forecast lacks");
    }
}

void write_workbook(forecast_book& f) {
    f.b.footer_note = f.s.name;
    f.b.properties("Maths Hubs funding forecast", f.s.name);
    sheet summary = f.b.add("Summary");
    sheet rates = f.b.add("Rates");
    sheet lines = f.b.add("Lines");
    std::vector<sheet> by;
    for (const basis& v : f.bases)
        by.push_back(f.b.add(v.sheet));
    sheet phasing = f.b.add("Phasing");
    std::vector<sheet> terms;
    if (needs_terms(f)) terms.push_back(f.b.add("Terms"));
    sheet assumptions = f.b.add("Assumptions");
    write_rates(f, rates);
    for (sheet& t : terms)
        write_terms(f, t);
    write_phasing(f, phasing);
    verify(f);
    write_lines(f, lines);
    for (std::size_t i = 0; i < f.bases.size(); ++i)
        write_periods(f, by[i], f.bases[i]);
    write_summary(f, summary);
    write_assumptions(f, assumptions);
}

}  // namespace

std::vector<period_kind> view_kinds(const forecast_result& r) {
    std::vector<period_kind> kinds{period_kind::academic_year, period_kind::financial_year};
    if (std::find(kinds.begin(), kinds.end(), r.period_type) == kinds.end())
        kinds.push_back(r.period_type);
    return kinds;
}

date_range phased_range(const cost_line& l, const date_range& horizon) {
    const date_range window = l.part ? intersect(l.window, *l.part) : l.window;
    return intersect(window, horizon);
}

bool has_outside(const cost_line& l, const date_range& horizon) {
    const date_range window = l.part ? intersect(l.window, *l.part) : l.window;
    return !window.empty() && !(intersect(window, horizon) == window);
}

std::vector<period> periods_meeting(period_kind k, const date_range& r,
                                    const term_calendar& terms) {
    std::vector<period> out;
    for (date t = r.begin; t < r.end; t = out.back().range.end)
        out.push_back(period_containing(k, t, terms));
    return out;
}

forecast_book::forecast_book(const scenario& s_, const expansion& e_, const forecast_result& r_,
                             book& b_)
    : s(s_), e(e_), r(r_), b(b_) {
    make_groups(*this);
    make_bases(*this);
}

std::string forecast_book::phasing_sumifs(const std::string& period_cell,
                                          const std::string& group_cell) const {
    const int share = phasing_column("share (£)");
    const int period_id = phasing_column("period #");
    std::string f =
        fmt::format("=ROUND(SUMIFS(Phasing!{},Phasing!{},{}", column_range(share, 1, phasing_rows),
                    column_range(period_id, 1, phasing_rows), period_cell);
    if (!group_cell.empty())
        f += fmt::format(",Phasing!{},{}", column_range(phasing_column("group #"), 1, phasing_rows),
                         group_cell);
    return f + "),2)";
}

}  // namespace report

void write_forecast_xlsx(const std::string& path, const scenario& s, const expansion& e,
                         const forecast_result& r) {
    if (e.source != &s)
        throw error(errc::usage, "write_forecast_xlsx: the expansion is not of this scenario");
    report::check_fits(path, s, e, r);
    io::atomic_output out(path);
    {
        report::book b(out.temp_path(), path);
        report::forecast_book f(s, e, r, b);
        report::write_workbook(f);
        b.close();
    }
    out.commit();
}

}  // namespace v1
}  // namespace mhfund
