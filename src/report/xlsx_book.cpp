// The libxlsxwriter layer of the report writers (see xlsx_book.hpp for how numbers are kept).
#include "report/xlsx_book.hpp"

#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "mhfund/version.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

std::string column_name(int col) {
    std::string out;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
    return out;
}

std::string cell_ref(long row, int col, bool absolute) {
    return absolute ? fmt::format("${}${}", column_name(col), row + 1)
                    : fmt::format("{}{}", column_name(col), row + 1);
}

std::string column_range(int col, long first_row, long last_row) {
    if (last_row < first_row) last_row = first_row;
    return cell_ref(first_row, col, true) + ":" + cell_ref(last_row, col, true);
}

std::string sum_formula(int col, long first_row, long last_row) {
    if (last_row < first_row) return "=0";
    return fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(first_row, col), cell_ref(last_row, col));
}

namespace {

// A cell holds at most 32,767 characters; longer text (a very long derivation) is cut at a
// UTF-8 character boundary and marked, rather than failing the whole workbook.
std::string fit(std::string_view text) {
    constexpr std::size_t limit = 32767;
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "...";
}

lxw_datetime to_lxw(date d) {
    lxw_datetime t{};
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

}  // namespace

void sheet::check(long row, lxw_error e) const {
    if (e == LXW_NO_ERROR) return;
    if (row >= LXW_ROW_MAX)
        throw error(errc::usage,
                    fmt::format("cannot write {}: sheet '{}' would need more than the {} rows a "
                                "worksheet holds; write this forecast as CSV instead",
                                book_->target(), name_, LXW_ROW_MAX));
    throw error(errc::internal, fmt::format("cannot write {}: sheet '{}' row {}: {}",
                                            book_->target(), name_, row + 1, lxw_strerror(e)));
}

void sheet::text(long row, int col, std::string_view value, lxw_format* format) {
    if (row >= LXW_ROW_MAX) check(row, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    const std::string v = fit(value);
    check(row, worksheet_write_string(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                      v.c_str(), format));
}

void sheet::header(long row, int col, std::string_view value) {
    text(row, col, value, book_->head);
}

void sheet::number(long row, int col, double value, lxw_format* format) {
    if (row >= LXW_ROW_MAX) check(row, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    check(row, worksheet_write_number(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                      value, format));
}

void sheet::integer(long row, int col, int64_t value, lxw_format* format) {
    number(row, col, static_cast<double>(value), format ? format : book_->whole);
}

void sheet::amount(long row, int col, money value, lxw_format* format) {
    number(row, col, cell_value(value), format ? format : book_->pounds);
}

void sheet::days(long row, int col, half_days value) {
    number(row, col, cell_value(value), book_->day_count);
}

void sheet::day(long row, int col, date value) {
    if (row >= LXW_ROW_MAX) check(row, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    lxw_datetime t = to_lxw(value);
    check(row, worksheet_write_datetime(ws_, static_cast<lxw_row_t>(row),
                                        static_cast<lxw_col_t>(col), &t, book_->iso_date));
}

void sheet::formula(long row, int col, const std::string& f, money cached, lxw_format* format) {
    formula_number(row, col, f, cell_value(cached), format ? format : book_->pounds);
}

void sheet::formula_number(long row, int col, const std::string& f, double cached,
                           lxw_format* format) {
    if (row >= LXW_ROW_MAX) check(row, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    check(row, worksheet_write_formula_num(ws_, static_cast<lxw_row_t>(row),
                                           static_cast<lxw_col_t>(col), f.c_str(), format, cached));
}

void sheet::formula_text(long row, int col, const std::string& f, const std::string& cached,
                         lxw_format* format) {
    if (row >= LXW_ROW_MAX) check(row, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    check(row,
          worksheet_write_formula_str(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                      f.c_str(), format, cached.c_str()));
}

void sheet::formula_day(long row, int col, const std::string& f, date cached) {
    formula_number(row, col, f, cell_value(cached), book_->iso_date);
}

void sheet::hide_column(int col) {
    lxw_row_col_options hidden{};
    hidden.hidden = 1;
    check(0, worksheet_set_column_opt(ws_, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col),
                                      LXW_DEF_COL_WIDTH, nullptr, &hidden));
}

void sheet::hide_row(long row) {
    lxw_row_col_options hidden{};
    hidden.hidden = 1;
    check(row, worksheet_set_row_opt(ws_, static_cast<lxw_row_t>(row), LXW_DEF_ROW_HEIGHT, nullptr,
                                     &hidden));
}

void sheet::print_setup(long repeat_first, long repeat_last, bool one_page) {
    constexpr uint8_t a4 = 9;
    worksheet_set_landscape(ws_);
    worksheet_set_paper(ws_, a4);
    worksheet_set_margins(ws_, 0.5, 0.5, 0.6, 0.7);  // inches: left, right, top, bottom
    worksheet_fit_to_pages(ws_, 1, one_page ? 1 : 0);
    if (repeat_last >= repeat_first)
        check(repeat_last, worksheet_repeat_rows(ws_, static_cast<lxw_row_t>(repeat_first),
                                                 static_cast<lxw_row_t>(repeat_last)));
    // &A the sheet's name, &P of &N the page; a literal & is doubled. Excel allows 255
    // characters in all, so a long scenario name is cut.
    std::string note;
    for (char c : book_->footer_note.substr(0, 120))
        note += c == '&' ? std::string("&&") : std::string(1, c);
    const std::string footer = "&L&A&CPage &P of &N&R" + note;
    check(0, worksheet_set_footer(ws_, footer.c_str()));
}

void sheet::width(int first_col, int last_col, double w) {
    check(0, worksheet_set_column(ws_, static_cast<lxw_col_t>(first_col),
                                  static_cast<lxw_col_t>(last_col), w, nullptr));
}

void sheet::freeze(long rows, int cols) {
    worksheet_freeze_panes(ws_, static_cast<lxw_row_t>(rows), static_cast<lxw_col_t>(cols));
}

void sheet::filter(long first_row, int first_col, long last_row, int last_col) {
    if (last_row < first_row) last_row = first_row;
    check(last_row, worksheet_autofilter(
                        ws_, static_cast<lxw_row_t>(first_row), static_cast<lxw_col_t>(first_col),
                        static_cast<lxw_row_t>(last_row), static_cast<lxw_col_t>(last_col)));
}

book::book(const std::string& file, std::string target) : target_(std::move(target)) {
    wb_ = workbook_new(file.c_str());
    if (!wb_) throw error(errc::input, "cannot write " + target_ + ": cannot create the workbook");
    bold = workbook_add_format(wb_);
    format_set_bold(bold);
    head = workbook_add_format(wb_);
    format_set_bold(head);
    format_set_bottom(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
    title = workbook_add_format(wb_);
    format_set_bold(title);
    format_set_font_size(title, 14);
    // "£" quoted: a literal in every spreadsheet's number-format language. An accounting
    // format: negatives in brackets, positives padded to line up with them.
    const char* money_format = "\"\xC2\xA3\"#,##0.00_);(\"\xC2\xA3\"#,##0.00);\"\xC2\xA3\"0.00_)";
    pounds = workbook_add_format(wb_);
    format_set_num_format(pounds, money_format);
    pounds_bold = workbook_add_format(wb_);
    format_set_num_format(pounds_bold, money_format);
    format_set_bold(pounds_bold);
    day_count = workbook_add_format(wb_);
    format_set_num_format(day_count, "0.0");
    whole = workbook_add_format(wb_);
    format_set_num_format(whole, "0");
    iso_date = workbook_add_format(wb_);
    format_set_num_format(iso_date, "yyyy-mm-dd");
    wrap = workbook_add_format(wb_);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
}

book::~book() {
    if (wb_) lxw_workbook_free(wb_);
}

sheet book::add(const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) throw error(errc::internal, "cannot add worksheet '" + name + "' to " + target_);
    return sheet(*this, ws, name);
}

void book::properties(const std::string& title, const std::string& subject) {
    const std::string tool = fmt::format("mhfund {}", version_string());
    lxw_doc_properties p{};
    p.title = const_cast<char*>(title.c_str());
    p.subject = const_cast<char*>(subject.c_str());
    p.author = const_cast<char*>(tool.c_str());
    p.comments = const_cast<char*>(tool.c_str());
    p.keywords = const_cast<char*>("Maths Hubs, funding, mhfund");
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    p.created = epoch && *epoch ? static_cast<time_t>(std::strtoll(epoch, nullptr, 10))
                                : std::time(nullptr);
    const lxw_error e = workbook_set_properties(wb_, &p);
    if (e != LXW_NO_ERROR)
        throw error(errc::internal, "cannot write " + target_ + ": " + lxw_strerror(e));
    if (workbook_set_custom_property_string(wb_, "Written by", tool.c_str()) != LXW_NO_ERROR)
        throw error(errc::internal, "cannot write " + target_ + ": document properties");
}

void book::close() {
    lxw_workbook* wb = wb_;
    wb_ = nullptr;  // workbook_close frees it, whatever its result
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        throw error(errc::input, "cannot write " + target_ + ": " + lxw_strerror(e));
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
