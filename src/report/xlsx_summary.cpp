// The Summary sheet of the forecast workbook: what the forecast is of, then the workbook's own
// totals (live formulas over Lines and Phasing) beside the library's, with their differences,
// for the lines and for each view of time.
#include <fmt/format.h>

#include "mhfund/detail/text.hpp"
#include "mhfund/version.hpp"
#include "report/xlsx_forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

/// The comparison tables' columns; the first is headed by each table's title.
const column_table<int>& comparison_columns() {
    static const column_table<int> columns{{"", 44, {}},
                                           {"period #", 12, {}},
                                           {"workbook (£)", 16, {}},
                                           {"library (£)", 16, {}},
                                           {"difference (£)", 16, {}}};
    return columns;
}
/// The first column holds each row's label, under the table's title.
constexpr int label_col = 0;

class summary_writer {
  public:
    summary_writer(const forecast_book& f, sheet& ws) : f_(f), ws_(ws) {
        for (const cost_line& l : f_.e.lines) {
            amount_total_ += l.amount;
            kept_total_ += l.kept;
        }
    }

    void write() {
        ws_.text(0, 0, "Maths Hubs funding forecast", f_.b.title);
        row_ = 1;
        about();
        ++row_;
        const long horizon_total_row = line_totals();
        long first_academic_row = 0, last_academic_row = -1;
        for (const basis& v : f_.bases) {
            const auto [first, last] = view_totals(v);
            if (v.kind == period_kind::academic_year) {
                first_academic_row = first;
                last_academic_row = last;
            }
        }
        compare(
            horizon_total_row,
            last_academic_row < first_academic_row
                ? std::string("=0")
                : fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(first_academic_row, workbook_col_),
                              cell_ref(last_academic_row, workbook_col_)),
            f_.r.total, true);
        set_widths(ws_, comparison_columns());
        ws_.hide_column(period_col_);  // what the SUMIFS match on, not for reading
        ws_.print_setup(0, -1, true);
        worksheet_activate(ws_.raw());
    }

  private:
    void check_merge(lxw_error e) const {
        if (e != LXW_NO_ERROR)
            throw error(errc::internal, std::string("workbook: Summary: ") + lxw_strerror(e));
    }

    /// A label and its value, the value beside the (hidden) period numbers.
    void info(std::string_view label, const std::string& value) {
        ws_.text(row_, label_col, label, f_.b.bold);
        ws_.text(row_, workbook_col_, value);
        ++row_;
    }

    void about() {
        const forecast_result& r = f_.r;
        info("scenario", f_.s.name);
        info("file", f_.s.file);
        info("hub", f_.s.hub.empty() ? "(all)" : f_.s.hub);
        info("forecast horizon", r.horizon.empty()
                                     ? "(no lines)"
                                     : fmt::format("{} to {}", to_string(r.horizon.begin),
                                                   to_string(r.horizon.last_day())));
        std::string grouping;
        for (dimension d : r.by)
            grouping += (grouping.empty() ? "" : ", ") + std::string(to_string(d));
        info("grouping", grouping.empty() ? "(none)" : grouping);
        info("period", describe(r.period_type));
        info("written by", fmt::format("mhfund {}", version_string()));
        ws_.text(row_, label_col, "how to read", f_.b.bold);
        // Wrapped across the comparison columns, so that the page is no wider than the tables.
        check_merge(worksheet_merge_range(
            ws_.raw(), static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(workbook_col_),
            static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(difference_col_),
            "'workbook' figures are live formulas over the Rates, Lines and Phasing sheets; "
            "'library' figures are mhfund's own when it wrote the workbook; 'difference' is "
            "£0.00 everywhere until an input (a rate, days, a withdrawal date) is changed",
            f_.b.wrap));
        check_merge(worksheet_set_row(ws_.raw(), static_cast<lxw_row_t>(row_), 62, nullptr));
        ++row_;
    }

    void table_head(std::string_view title) {
        const column_table<int>& columns = comparison_columns();
        ws_.header(row_, label_col, title);
        for (std::size_t c = label_col + 1; c < columns.size(); ++c)
            ws_.header(row_, static_cast<int>(c), columns[c].header);
        ++row_;
    }

    void compare(long at, const std::string& formula, money value, bool strong) {
        lxw_format* format = strong ? f_.b.pounds_bold : nullptr;
        ws_.formula(at, workbook_col_, formula, value, format);
        ws_.amount(at, library_col_, value, format);
        ws_.formula(
            at, difference_col_,
            fmt::format("=ROUND({}-{},2)", cell_ref(at, workbook_col_), cell_ref(at, library_col_)),
            money{});
    }

    std::string sum_of_lines(std::string_view header, long last) const {
        return fmt::format("=ROUND(SUM(Lines!{}),2)",
                           column_range(lines_column(f_, header), 1, last));
    }

    /// The lines' allocated and kept totals and the count of lines whose phasing differs;
    /// gives the row of the horizon's total, filled in once the academic years are written.
    long line_totals() {
        const long lines_last = std::max(f_.lines_last, 1L);
        table_head("Totals of the lines");
        ws_.text(row_, label_col, "allocated (before any withdrawal)");
        compare(row_++, sum_of_lines("amount (£)", lines_last), amount_total_, false);
        ws_.text(row_, label_col, "funded (kept after withdrawals)");
        compare(row_++, sum_of_lines("kept (£)", lines_last), kept_total_, false);
        const long horizon_total_row = row_++;
        ws_.text(horizon_total_row, label_col, "forecast total in the horizon", f_.b.bold);
        const long lines_checked_row = row_++;
        ws_.text(lines_checked_row, label_col,
                 "lines whose phasing differs from their kept amount");
        ws_.formula_number(
            lines_checked_row, workbook_col_,
            fmt::format("=COUNTIF(Lines!{},\"DIFFERS\")",
                        column_range(lines_column(f_, "phasing check"), 1, lines_last)),
            0, f_.b.whole);
        ws_.integer(lines_checked_row, library_col_, 0);
        ++row_;
        return horizon_total_row;
    }

    /// One view's periods, what falls outside the horizon, and their total; gives the first
    /// and last rows of the periods.
    std::pair<long, long> view_totals(const basis& v) {
        table_head("By " + v.title);
        const long first = row_;
        std::vector<money> totals(v.ids.size());
        for (const auto& [key, m] : v.cells)
            for (std::size_t k = 0; k < v.ids.size(); ++k)
                if (v.ids[k] == key.second) totals[k] += m;
        for (std::size_t k = 0; k < v.ids.size(); ++k) {
            ws_.text(row_, label_col, v.periods[k].label());
            ws_.integer(row_, period_col_, v.ids[k]);
            compare(row_, f_.phasing_sumifs(cell_ref(row_, period_col_, true)), totals[k], false);
            ++row_;
        }
        const long last = row_ - 1;
        money outside;
        for (money m : v.outside)
            outside += m;
        ws_.text(row_, label_col, "outside the forecast horizon");
        ws_.integer(row_, period_col_, v.outside_id);
        compare(row_, f_.phasing_sumifs(cell_ref(row_, period_col_, true)), outside, false);
        ++row_;
        ws_.text(row_, label_col, "total of the lines (kept)", f_.b.bold);
        compare(row_,
                fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(first, workbook_col_),
                            cell_ref(row_ - 1, workbook_col_)),
                kept_total_, true);
        row_ += 2;
        return {first, last};
    }

    const forecast_book& f_;
    sheet& ws_;
    long row_ = 0;
    money amount_total_, kept_total_;
    const int period_col_ = column_of(comparison_columns(), "period #");
    const int workbook_col_ = column_of(comparison_columns(), "workbook (£)");
    const int library_col_ = column_of(comparison_columns(), "library (£)");
    const int difference_col_ = column_of(comparison_columns(), "difference (£)");
};

}  // namespace

void write_summary(const forecast_book& f, sheet& ws) {
    summary_writer(f, ws).write();
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
