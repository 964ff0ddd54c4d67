// The Assumptions sheet of the forecast workbook: what the figures rest on that is not a figure
// from the documents (settings and policies), the warnings and notes, and
// the commitments the programmes require but do not fund. The rates are on the Rates sheet.
#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

using setting_cell = column_cell<assumption>;
using commitment_cell = column_cell<commitment_line>;

const column_table<assumption>& setting_columns() {
    static const column_table<assumption> columns{
        {"setting", 0, [](const setting_cell& c, const assumption& a) { c.text(a.setting); }},
        {"value", 0, [](const setting_cell& c, const assumption& a) { c.text(a.value); }},
        {"note", 0, [](const setting_cell& c, const assumption& a) { c.text(a.note); }},
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
        ws_.text(row_++, 0,
                 "The rates in use, with the dates they apply from, are on the Rates sheet.");
        list("Warnings", f_.r.warnings);
        list("Notes", f_.r.notes);
        ++row_;
        commitments();
        ws_.width(0, 0, 24);
        ws_.width(1, 1, 30);
        ws_.width(2, 2, 40);
        ws_.width(3, 6, 12);
        ws_.print_setup(0, -1, false);
    }

  private:
    void settings() {
        write_header_row(ws_, setting_columns(), row_++);
        for (const assumption& a : f_.r.assumptions)
            write_cells(ws_, setting_columns(), row_++, a);
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
