// The forecast workbook (interfaces.md, `--format xlsx`): live formulas an accountant can audit,
// whose recalculated totals equal the library's to the penny. How numbers are written, and why,
// is in xlsx_book.hpp.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "io/output_file.hpp"
#include "mhfund/report.hpp"
#include "mhfund/version.hpp"
#include "report/xlsx_book.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using report::book;
using report::cell_ref;
using report::column_name;
using report::column_range;
using report::sheet;

std::string subject_id(const scenario& s, const cost_line& l) {
    return l.kind == cost_line::subject_kind::participant ? s.roster[l.subject].id
                                                          : s.departments[l.subject].workgroup;
}

/// One view of time: the library's figures for it and where its rows are in Phasing.
struct basis {
    period_kind kind = period_kind::academic_year;
    std::string title;  ///< `academic year`
    std::string sheet;  ///< `By academic year`
    forecast_result result;
    std::map<date, int> period_id;  ///< by the period's first day
    std::vector<int> ids;           ///< in the order of result.periods
    int outside_id = 0;
    std::vector<std::pair<long, long>> line_rows;  ///< first and last Phasing row of each line
    std::map<std::pair<std::size_t, int>, money> cells;  ///< (group, period id) → sum of shares
    std::vector<money> outside;                          ///< per line: kept − shares in horizon
};

class forecast_workbook {
  public:
    forecast_workbook(const scenario& s, const expansion& e, const forecast_result& r, book& b)
        : s_(s), e_(e), r_(r), b_(b) {}

    void write() {
        groups();
        bases();
        sheet summary = b_.add("Summary");
        sheet lines = b_.add("Lines");
        std::vector<sheet> by;
        for (const basis& v : bases_)
            by.push_back(b_.add(v.sheet));
        sheet phasing = b_.add("Phasing");
        sheet assumptions = b_.add("Assumptions");
        write_phasing(phasing);
        verify();
        write_lines(lines);
        for (std::size_t i = 0; i < bases_.size(); ++i)
            write_by(by[i], bases_[i]);
        write_summary(summary);
        write_assumptions(assumptions);
    }

  private:
    // Lines sheet columns.
    enum col : int {
        c_line,
        c_kind,
        c_id,
        c_hub,
        c_programme,
        c_edition,
        c_cohort,
        c_institution,
        c_year,
        c_type,
        c_category,
        c_days,
        c_rate,
        c_amount,
        c_withdrawn,
        c_funded_weekdays,
        c_weekdays,
        c_kept,
        c_from,
        c_to,
        c_method,
        c_phased,  // one column per basis, then the check, the derivation and the sources
    };
    int check_col() const { return c_phased + static_cast<int>(bases_.size()); }

    // Phasing sheet columns.
    enum pcol : int {
        p_line,
        p_basis,
        p_period_id,
        p_period,
        p_group,
        p_share,
        p_subject,
        p_category
    };

    void groups() {
        std::map<std::vector<std::string>, std::size_t> keys;
        std::vector<std::vector<std::string>> of_line;
        of_line.reserve(e_.lines.size());
        for (const cost_line& l : e_.lines) {
            std::vector<std::string> k;
            for (dimension d : r_.by)
                k.push_back(dimension_value(s_, l, d));
            keys.emplace(k, 0);
            of_line.push_back(std::move(k));
        }
        for (auto& [k, index] : keys) {
            index = group_keys_.size();
            group_keys_.push_back(k);
        }
        line_group_.reserve(of_line.size());
        for (const auto& k : of_line)
            line_group_.push_back(keys.at(k));
        group_index_ = std::move(keys);
    }

    void bases() {
        std::vector<period_kind> kinds{period_kind::academic_year, period_kind::financial_year};
        if (std::find(kinds.begin(), kinds.end(), r_.period_type) == kinds.end())
            kinds.push_back(r_.period_type);
        int next = 1;
        for (period_kind k : kinds) {
            basis v;
            v.kind = k;
            v.title = describe(k);
            v.sheet = "By " + v.title;
            v.result = k == r_.period_type ? r_ : summarise(e_, {r_.by, k});
            for (const period& p : v.result.periods) {
                v.period_id.emplace(p.range.begin, next);
                v.ids.push_back(next++);
            }
            v.outside_id = next++;
            v.line_rows.assign(e_.lines.size(), {0, -1});
            v.outside.assign(e_.lines.size(), money{});
            bases_.push_back(std::move(v));
        }
    }

    void write_phasing(sheet& ph) {
        const std::vector<std::string> heads{"line #",  "basis",     "period #", "period",
                                             "group #", "share (£)", "subject",  "category"};
        for (std::size_t c = 0; c < heads.size(); ++c)
            ph.header(0, static_cast<int>(c), heads[c]);
        long row = 1;
        const date_range horizon = r_.horizon;
        for (std::size_t i = 0; i < e_.lines.size(); ++i) {
            const cost_line& l = e_.lines[i];
            const std::string subject = subject_id(s_, l);
            for (basis& v : bases_) {
                const long first = row;
                auto put = [&](int id, const std::string& label, money m) {
                    ph.integer(row, p_line, static_cast<int64_t>(i + 1));
                    ph.text(row, p_basis, v.title);
                    ph.integer(row, p_period_id, id);
                    ph.text(row, p_period, label);
                    ph.integer(row, p_group, static_cast<int64_t>(line_group_[i]) + 1);
                    ph.amount(row, p_share, m);
                    ph.text(row, p_subject, subject);
                    ph.text(row, p_category, l.category);
                    ++row;
                };
                money inside;
                for (const period_share& p : shares_by_period(l, v.kind, s_, horizon)) {
                    const auto id = v.period_id.find(p.when.range.begin);
                    if (id == v.period_id.end())
                        throw error(errc::internal,
                                    fmt::format("workbook: period {} of line {} is not in the "
                                                "forecast's periods",
                                                p.when.label(), i + 1));
                    put(id->second, p.when.label(), p.amount);
                    v.cells[{line_group_[i], id->second}] += p.amount;
                    inside += p.amount;
                }
                v.outside[i] = l.kept - inside;
                if (!v.outside[i].is_zero())
                    put(v.outside_id, "outside the forecast horizon", v.outside[i]);
                v.line_rows[i] = {first, row - 1};
            }
        }
        phasing_rows_ = row - 1;
        ph.freeze(1, 0);
        ph.filter(0, 0, std::max(row - 1, 1L), p_category);
        ph.width(p_line, p_line, 7);
        ph.width(p_basis, p_basis, 15);
        ph.width(p_period_id, p_period_id, 9);
        ph.width(p_period, p_period, 26);
        ph.width(p_group, p_group, 8);
        ph.width(p_share, p_share, 13);
        ph.width(p_subject, p_subject, 12);
        ph.width(p_category, p_category, 24);
    }

    // Every cell of every view must be the library's own figure (rule 9): a difference here is
    // a bug, and a workbook that disagreed with the library's other outputs must not be written.
    void verify() const {
        for (const basis& v : bases_) {
            std::size_t nonzero = 0;
            for (const auto& [key, m] : v.cells)
                nonzero += m.is_zero() ? 0 : 1;
            std::size_t rows = 0;
            for (const forecast_row& row : v.result.rows) {
                const auto g = group_index_.find(row.keys);
                const auto id = v.period_id.find(row.when.range.begin);
                const money mine = g == group_index_.end() || id == v.period_id.end()
                                       ? money{}
                                       : cell(v, g->second, id->second);
                if (mine != row.amount)
                    throw error(errc::internal,
                                fmt::format("workbook: {} {} is {} in Phasing but {} in the "
                                            "forecast",
                                            row.when.label(), detail::join(row.keys, "/"), mine, row.amount));
                rows += row.amount.is_zero() ? 0 : 1;
            }
            if (rows != nonzero)
                throw error(errc::internal, "workbook: Phasing has cells the forecast lacks");
        }
    }

    static money cell(const basis& v, std::size_t group, int id) {
        const auto it = v.cells.find({group, id});
        return it == v.cells.end() ? money{} : it->second;
    }

    void write_lines(sheet& ls) {
        std::vector<std::string> heads{"#",
                                       "subject",
                                       "id",
                                       "hub",
                                       "programme",
                                       "edition",
                                       "cohort",
                                       "institution",
                                       "year",
                                       "cost type",
                                       "category",
                                       "days",
                                       "rate (£)",
                                       "amount (£)",
                                       "withdrawn",
                                       "weekdays funded",
                                       "weekdays in window",
                                       "kept (£)",
                                       "window from",
                                       "window to",
                                       "phasing"};
        for (const basis& v : bases_)
            heads.push_back("phased by " + v.title + " (£)");
        heads.push_back("phasing check");
        heads.push_back("derivation");
        heads.push_back("source");
        heads.push_back("rate source");
        for (std::size_t c = 0; c < heads.size(); ++c)
            ls.header(0, static_cast<int>(c), heads[c]);

        for (std::size_t i = 0; i < e_.lines.size(); ++i) {
            const cost_line& l = e_.lines[i];
            const long row = static_cast<long>(i) + 1;
            const bool person = l.kind == cost_line::subject_kind::participant;
            ls.integer(row, c_line, static_cast<int64_t>(i + 1));
            ls.text(row, c_kind, person ? "participant" : "workgroup");
            ls.text(row, c_id, subject_id(s_, l));
            ls.text(row, c_hub, dimension_value(s_, l, dimension::hub));
            ls.text(row, c_programme, dimension_value(s_, l, dimension::programme));
            ls.text(row, c_edition, dimension_value(s_, l, dimension::edition));
            ls.text(row, c_cohort, dimension_value(s_, l, dimension::cohort));
            ls.text(row, c_institution, dimension_value(s_, l, dimension::institution));
            ls.integer(row, c_year, l.year);
            ls.text(row, c_type, to_string(l.type));
            ls.text(row, c_category, l.category);

            const std::string days = cell_ref(row, c_days);
            const std::string rate = cell_ref(row, c_rate);
            if (l.rate && l.value && l.rate->kind == rate_kind::day) {
                // Rule 1: rounded once per line.
                ls.days(row, c_days, l.days);
                ls.amount(row, c_rate, l.value->amount);
                ls.formula(row, c_amount, fmt::format("=ROUND({}*{},2)", days, rate), l.amount);
            } else if (l.rate && l.value) {
                // A grant: one department's grant, the rate card's figure.
                ls.amount(row, c_rate, l.value->amount);
                ls.formula(row, c_amount, "=" + rate, l.amount);
            } else {
                ls.amount(row, c_amount, l.amount);
            }
            const int64_t w = weekdays(l.window);
            ls.integer(row, c_weekdays, w);
            if (l.withdrawn) {
                ls.day(row, c_withdrawn, *l.withdrawn);
                ls.integer(row, c_funded_weekdays, weekdays({l.window.begin, *l.withdrawn}));
                // Rule 6's cumulative rounding is the library's: a number, derived in the text.
                ls.amount(row, c_kept, l.kept);
            } else {
                ls.integer(row, c_funded_weekdays, w);
                ls.formula(row, c_kept, "=" + cell_ref(row, c_amount), l.kept);
            }
            ls.day(row, c_from, l.window.begin);
            ls.day(row, c_to, l.window.last_day());
            ls.text(row, c_method, to_string(l.method));

            std::string all_equal;
            for (std::size_t k = 0; k < bases_.size(); ++k) {
                const auto [first, last] = bases_[k].line_rows[i];
                const int col = c_phased + static_cast<int>(k);
                if (last < first)
                    ls.amount(row, col, money{});
                else
                    ls.formula(row, col,
                               fmt::format("=ROUND(SUM(Phasing!{}),2)",
                                           column_range(p_share, first, last)),
                               l.kept);
                all_equal += fmt::format("{}ROUND({}-{},2)=0", all_equal.empty() ? "" : ",",
                                         cell_ref(row, col), cell_ref(row, c_kept));
            }
            ls.formula_text(row, check_col(),
                            fmt::format("=IF(AND({}),\"ok\",\"DIFFERS\")", all_equal), "ok");
            ls.text(row, check_col() + 1, derive(l).text());
            ls.text(row, check_col() + 2,
                    l.days_setting.empty()
                        ? std::string(l.source)
                        : fmt::format("setting {} ({})", l.days_setting, l.source));
            if (l.value) ls.text(row, check_col() + 3, l.value->source);
        }
        lines_last_ = static_cast<long>(e_.lines.size());
        ls.freeze(1, c_id + 1);
        ls.filter(0, 0, std::max(lines_last_, 1L), check_col() + 3);
        ls.width(c_line, c_line, 6);
        ls.width(c_kind, c_kind, 11);
        ls.width(c_id, c_id, 10);
        ls.width(c_hub, c_hub, 6);
        ls.width(c_programme, c_programme, 10);
        ls.width(c_edition, c_edition, 17);
        ls.width(c_cohort, c_cohort, 11);
        ls.width(c_institution, c_institution, 11);
        ls.width(c_year, c_year, 5);
        ls.width(c_type, c_type, 9);
        ls.width(c_category, c_category, 22);
        ls.width(c_days, c_days, 6);
        ls.width(c_rate, c_amount, 12);
        ls.width(c_withdrawn, c_withdrawn, 11);
        ls.width(c_funded_weekdays, c_weekdays, 9);
        ls.width(c_kept, c_kept, 12);
        ls.width(c_from, c_to, 11);
        ls.width(c_method, c_method, 9);
        ls.width(c_phased, check_col() - 1, 13);
        ls.width(check_col(), check_col(), 9);
        ls.width(check_col() + 1, check_col() + 1, 60);
        ls.width(check_col() + 2, check_col() + 3, 50);
    }

    std::string phasing_sumifs(const std::string& period_cell,
                               const std::string& group_cell = {}) const {
        std::string f = fmt::format("=ROUND(SUMIFS(Phasing!{},Phasing!{},{}",
                                    column_range(p_share, 1, phasing_rows_),
                                    column_range(p_period_id, 1, phasing_rows_), period_cell);
        if (!group_cell.empty())
            f += fmt::format(",Phasing!{},{}", column_range(p_group, 1, phasing_rows_), group_cell);
        return f + "),2)";
    }

    void write_by(sheet& ws, const basis& v) {
        const int dims = std::max<int>(1, static_cast<int>(r_.by.size()));
        const int first_period = 1 + dims;
        const int periods = static_cast<int>(v.ids.size());
        const int total_col = first_period + periods;
        ws.header(0, 0, "group #");
        for (int d = 0; d < dims; ++d)
            ws.header(0, 1 + d, r_.by.empty() ? "all" : std::string(to_string(r_.by[d])));
        ws.text(1, 0, "period #");
        for (int k = 0; k < periods; ++k) {
            ws.header(0, first_period + k, v.result.periods[static_cast<std::size_t>(k)].label());
            ws.integer(1, first_period + k, v.ids[static_cast<std::size_t>(k)]);
        }
        ws.header(0, total_col, "total");

        std::vector<money> column_totals(static_cast<std::size_t>(periods));
        money grand;
        const long first_row = 2;
        for (std::size_t g = 0; g < group_keys_.size(); ++g) {
            const long row = first_row + static_cast<long>(g);
            ws.integer(row, 0, static_cast<int64_t>(g) + 1);
            for (int d = 0; d < dims; ++d)
                ws.text(row, 1 + d,
                        r_.by.empty() ? "all" : group_keys_[g][static_cast<std::size_t>(d)]);
            money row_total;
            for (int k = 0; k < periods; ++k) {
                const money m = cell(v, g, v.ids[static_cast<std::size_t>(k)]);
                ws.formula(row, first_period + k,
                           phasing_sumifs(cell_ref(1, first_period + k, true),
                                          fmt::format("$A{}", row + 1)),
                           m);
                row_total += m;
                column_totals[static_cast<std::size_t>(k)] += m;
            }
            ws.formula(row, total_col,
                       periods == 0
                           ? std::string("=0")
                           : fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(row, first_period),
                                         cell_ref(row, total_col - 1)),
                       row_total);
            grand += row_total;
        }
        const long total_row = first_row + static_cast<long>(group_keys_.size());
        ws.text(total_row, 0, "total", b_.bold);
        for (int k = 0; k <= periods; ++k) {
            const int col = first_period + k;
            const money m = k < periods ? column_totals[static_cast<std::size_t>(k)] : grand;
            ws.formula(total_row, col, report::sum_formula(col, first_row, total_row - 1), m,
                       b_.pounds_bold);
        }
        if (grand != v.result.total)
            throw error(errc::internal, "workbook: a by-period sheet does not add up to the total");
        ws.freeze(2, first_period);
        ws.width(0, 0, 8);
        ws.width(1, dims, 14);
        ws.width(first_period, total_col, 14);
    }

    void write_summary(sheet& ws) {
        ws.text(0, 0, "Maths Hubs funding forecast", b_.title);
        long row = 1;
        auto info = [&](std::string_view label, const std::string& value) {
            ws.text(row, 0, label, b_.bold);
            ws.text(row, 1, value);
            ++row;
        };
        info("scenario", s_.name);
        info("file", s_.file);
        info("hub", s_.hub.empty() ? "(all)" : s_.hub);
        info("forecast horizon",
             r_.horizon.empty()
                 ? "(no lines)"
                 : fmt::format("{} to {}", to_string(r_.horizon.begin), to_string(r_.horizon.last_day())));
        std::string grouping;
        for (dimension d : r_.by)
            grouping += (grouping.empty() ? "" : ", ") + std::string(to_string(d));
        info("grouping", grouping.empty() ? "(none)" : grouping);
        info("period", describe(r_.period_type));
        info("written by", fmt::format("mhfund {}.{}.{}", MHFUND_VERSION_MAJOR,
                                       MHFUND_VERSION_MINOR, MHFUND_VERSION_PATCH));
        info("how to read",
             "'workbook' figures are live formulas over the Lines and Phasing sheets; 'library' "
             "figures are mhfund's own; 'difference' must be £0.00 everywhere");
        ++row;

        auto table_head = [&](std::string_view first) {
            ws.header(row, 0, first);
            ws.header(row, 1, "period #");
            ws.header(row, 2, "workbook (£)");
            ws.header(row, 3, "library (£)");
            ws.header(row, 4, "difference (£)");
            ++row;
        };
        auto compare = [&](long at, const std::string& formula, money value, bool strong) {
            ws.formula(at, 2, formula, value, strong ? b_.pounds_bold : nullptr);
            ws.amount(at, 3, value, strong ? b_.pounds_bold : nullptr);
            ws.formula(at, 4, fmt::format("=ROUND({}-{},2)", cell_ref(at, 2), cell_ref(at, 3)),
                       money{});
        };

        money amount_total, kept_total;
        for (const cost_line& l : e_.lines) {
            amount_total += l.amount;
            kept_total += l.kept;
        }
        const long lines_last = std::max(lines_last_, 1L);
        table_head("Totals of the lines");
        ws.text(row, 0, "allocated (before any withdrawal)");
        compare(row++,
                fmt::format("=ROUND(SUM(Lines!{}),2)", column_range(c_amount, 1, lines_last)),
                amount_total, false);
        ws.text(row, 0, "funded (kept after withdrawals)");
        compare(row++, fmt::format("=ROUND(SUM(Lines!{}),2)", column_range(c_kept, 1, lines_last)),
                kept_total, false);
        const long horizon_total_row = row++;
        ws.text(horizon_total_row, 0, "forecast total in the horizon", b_.bold);
        const long lines_checked_row = row++;
        ws.text(lines_checked_row, 0, "lines whose phasing differs from their kept amount");
        ws.formula_number(
            lines_checked_row, 2,
            fmt::format("=COUNTIF(Lines!{},\"DIFFERS\")", column_range(check_col(), 1, lines_last)),
            0, b_.whole);
        ws.integer(lines_checked_row, 3, 0);
        ++row;

        long first_academic_row = 0, last_academic_row = -1;
        for (const basis& v : bases_) {
            table_head("By " + v.title);
            const long first = row;
            std::vector<money> totals(v.ids.size());
            for (const auto& [key, m] : v.cells)
                for (std::size_t k = 0; k < v.ids.size(); ++k)
                    if (v.ids[k] == key.second) totals[k] += m;
            for (std::size_t k = 0; k < v.ids.size(); ++k) {
                ws.text(row, 0, v.result.periods[k].label());
                ws.integer(row, 1, v.ids[k]);
                compare(row, phasing_sumifs(cell_ref(row, 1, true)), totals[k], false);
                ++row;
            }
            const long last = row - 1;
            if (v.kind == period_kind::academic_year) {
                first_academic_row = first;
                last_academic_row = last;
            }
            money outside;
            for (money m : v.outside)
                outside += m;
            ws.text(row, 0, "outside the forecast horizon");
            ws.integer(row, 1, v.outside_id);
            compare(row, phasing_sumifs(cell_ref(row, 1, true)), outside, false);
            ++row;
            ws.text(row, 0, "total of the lines (kept)", b_.bold);
            compare(row,
                    fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(first, 2), cell_ref(row - 1, 2)),
                    kept_total, true);
            ++row;
            ++row;
        }
        compare(horizon_total_row,
                last_academic_row < first_academic_row
                    ? std::string("=0")
                    : fmt::format("=ROUND(SUM({}:{}),2)", cell_ref(first_academic_row, 2),
                                  cell_ref(last_academic_row, 2)),
                r_.total, true);

        ws.width(0, 0, 44);
        ws.width(1, 1, 12);
        ws.width(2, 4, 16);
        worksheet_activate(ws.raw());
    }

    void write_assumptions(sheet& ws) {
        long row = 0;
        ws.text(row++, 0, "Settings and policies that are not figures from the documents",
                b_.title);
        ws.header(row, 0, "setting");
        ws.header(row, 1, "value");
        ws.header(row, 2, "note");
        ++row;
        for (const assumption& a : r_.assumptions) {
            ws.text(row, 0, a.setting);
            ws.text(row, 1, a.value);
            ws.text(row, 2, a.note);
            ++row;
        }
        ++row;
        ws.text(row++, 0, "Rates in use", b_.title);
        const char* rate_heads[] = {"rate",       "description",  "kind",  "from",
                                    "amount (£)", "user setting", "source"};
        for (int c = 0; c < 7; ++c)
            ws.header(row, c, rate_heads[c]);
        ++row;
        std::vector<const rate_value*> seen;
        for (const cost_line& l : e_.lines) {
            if (!l.rate || !l.value || std::find(seen.begin(), seen.end(), l.value) != seen.end())
                continue;
            seen.push_back(l.value);
            ws.text(row, 0, l.rate->id);
            ws.text(row, 1, l.rate->description);
            ws.text(row, 2, l.rate->kind == rate_kind::day ? "per day" : "per department");
            ws.day(row, 3, l.value->from);
            ws.amount(row, 4, l.value->amount);
            ws.text(row, 5, l.value->assumption ? "yes" : "no");
            ws.text(row, 6, l.value->source);
            ++row;
        }
        auto list = [&](std::string_view heading, const std::vector<std::string>& items) {
            ++row;
            ws.text(row++, 0, heading, b_.title);
            if (items.empty()) ws.text(row++, 0, "(none)");
            for (const std::string& item : items)
                ws.text(row++, 0, item);
        };
        list("Warnings", r_.warnings);
        list("Notes", r_.notes);

        ++row;
        ws.text(row++, 0, "Unfunded commitments (zero cost)", b_.title);
        const char* commit_heads[] = {"participant", "what",      "who",   "days",
                                      "window from", "window to", "source"};
        for (int c = 0; c < 7; ++c)
            ws.header(row, c, commit_heads[c]);
        ++row;
        for (const commitment_line& c : e_.commitments) {
            ws.text(row, 0, s_.roster[c.participant].id);
            ws.text(row, 1, c.spec->what);
            ws.text(row, 2, c.spec->who);
            ws.days(row, 3, c.spec->time);
            ws.day(row, 4, c.window.begin);
            ws.day(row, 5, c.window.last_day());
            ws.text(row, 6, c.spec->source);
            ++row;
        }
        ws.width(0, 0, 24);
        ws.width(1, 1, 30);
        ws.width(2, 2, 40);
        ws.width(3, 5, 12);
        ws.width(6, 6, 70);
    }

    const scenario& s_;
    const expansion& e_;
    const forecast_result& r_;
    book& b_;
    std::vector<std::vector<std::string>> group_keys_;  ///< sorted; group # = index + 1
    std::map<std::vector<std::string>, std::size_t> group_index_;
    std::vector<std::size_t> line_group_;
    std::vector<basis> bases_;
    long phasing_rows_ = 0;  ///< last data row of Phasing (0-based sheet row)
    long lines_last_ = 0;
};

}  // namespace

void write_forecast_xlsx(const std::string& path, const scenario& s, const expansion& e,
                         const forecast_result& r) {
    if (e.source != &s)
        throw error(errc::usage, "write_forecast_xlsx: the expansion is not of this scenario");
    if (e.lines.size() + 1 > LXW_ROW_MAX)
        throw error(errc::input,
                    fmt::format("cannot write {}: the forecast has {} cost lines, more than a "
                                "worksheet's {} rows; write it as CSV instead",
                                path, e.lines.size(), LXW_ROW_MAX - 1));
    io::atomic_output out(path);
    {
        book b(out.temp_path(), path);
        forecast_workbook(s, e, r, b).write();
        b.close();
    }
    out.commit();
}

}  // namespace v1
}  // namespace mhfund
