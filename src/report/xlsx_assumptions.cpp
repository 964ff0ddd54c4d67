// The Assumptions sheet of the forecast workbook: what the figures rest on that is not a figure
// from the documents (settings and policies), the rates in use, the warnings and notes, and
// the commitments the programmes require but do not fund.
#include <algorithm>

#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

using setting_cell = column_cell<assumption>;
using rate_cell = column_cell<cost_line>;
using commitment_cell = column_cell<commitment_line>;

const column_table<assumption>& setting_columns() {
    static const column_table<assumption> columns{
        {"setting", 0, [](const setting_cell& c, const assumption& a) { c.text(a.setting); }},
        {"value", 0, [](const setting_cell& c, const assumption& a) { c.text(a.value); }},
        {"note", 0, [](const setting_cell& c, const assumption& a) { c.text(a.note); }},
    };
    return columns;
}

// The rates table's widths are the sheet's: the tables above and below it share its columns.
const column_table<cost_line>& rate_columns() {
    static const column_table<cost_line> columns{
        {"rate", 24, [](const rate_cell& c, const cost_line& l) { c.text(l.rate->id); }},
        {"description", 30,
         [](const rate_cell& c, const cost_line& l) { c.text(l.rate->description); }},
        {"kind", 40,
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
             c.text(l.value->assumption ? "yes" : "no");
         }},
        {"source", 70, [](const rate_cell& c, const cost_line& l) { c.text(l.value->source); }},
    };
    return columns;
}

/// Unfunded commitments; the participant's id is written by the sheet, which knows the roster.
const column_table<commitment_line>& commitment_columns() {
    static const column_table<commitment_line> columns{
        {"participant", 0, {}},
        {"what", 0,
         [](const commitment_cell& c, const commitment_line& l) { c.text(l.spec->what); }},
        {"who", 0, [](const commitment_cell& c, const commitment_line& l) { c.text(l.spec->who); }},
        {"days", 0,
         [](const commitment_cell& c, const commitment_line& l) { c.days(l.spec->time); }},
        {"window from", 0,
         [](const commitment_cell& c, const commitment_line& l) { c.day(l.window.begin); }},
        {"window to", 0,
         [](const commitment_cell& c, const commitment_line& l) { c.day(l.window.last_day()); }},
        {"source", 0,
         [](const commitment_cell& c, const commitment_line& l) { c.text(l.spec->source); }},
    };
    return columns;
}

class assumptions_writer {
  public:
    assumptions_writer(const forecast_book& f, sheet& ws) : f_(f), ws_(ws) {}

    void write() {
        ws_.text(row_++, 0, "Settings and policies that are not figures from the documents",
                 f_.b.title);
        settings();
        ++row_;
        rates();
        list("Warnings", f_.r.warnings);
        list("Notes", f_.r.notes);
        ++row_;
        commitments();
        set_widths(ws_, rate_columns());
    }

  private:
    void settings() {
        write_header_row(ws_, setting_columns(), row_++);
        for (const assumption& a : f_.r.assumptions)
            write_cells(ws_, setting_columns(), row_++, a);
    }

    /// Each rate value a line uses, once, in the order of the lines.
    void rates() {
        ws_.text(row_++, 0, "Rates in use", f_.b.title);
        const column_table<cost_line>& columns = rate_columns();
        write_header_row(ws_, columns, row_++);
        std::vector<const rate_value*> seen;
        for (const cost_line& l : f_.e.lines) {
            if (!l.rate || !l.value || std::find(seen.begin(), seen.end(), l.value) != seen.end())
                continue;
            seen.push_back(l.value);
            write_cells(ws_, columns, row_++, l);
        }
    }

    void list(std::string_view heading, const std::vector<finding>& items) {
        ++row_;
        ws_.text(row_++, 0, heading, f_.b.title);
        if (items.empty()) ws_.text(row_++, 0, "(none)");
        for (const finding& item : items)
            ws_.text(row_++, 0, item.message());
    }

    void commitments() {
        ws_.text(row_++, 0, "Unfunded commitments (zero cost)", f_.b.title);
        const column_table<commitment_line>& columns = commitment_columns();
        write_header_row(ws_, columns, row_++);
        const int participant = column_of(columns, "participant");
        for (const commitment_line& c : f_.e.commitments) {
            ws_.text(row_, participant, f_.s.roster[c.participant].id);
            write_cells(ws_, columns, row_++, c);
        }
    }

    const forecast_book& f_;
    sheet& ws_;
    long row_ = 0;
};

}  // namespace

void write_assumptions(const forecast_book& f, sheet& ws) {
    assumptions_writer(f, ws).write();
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
