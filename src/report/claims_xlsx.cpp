// The claims workbook: allocated vs claimed vs remaining, with the claims themselves and the
// findings, as live formulas (how numbers are written is in xlsx_book.hpp).
#include <fmt/format.h>

#include "io/output_file.hpp"
#include "mhfund/report.hpp"
#include "report/xlsx_book.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using report::book;
using report::cell_ref;
using report::column_range;
using report::sheet;

// Claims sheet columns.
enum claim_col : int {
    k_claim,
    k_file,
    k_line,
    k_kind,
    k_subject,
    k_date,
    k_year,
    k_category,
    k_reference,
    k_days,
    k_amount,
    k_rate,
    k_value,
    k_balance,
    k_findings,
};

// Balances sheet columns.
enum balance_col : int {
    b_balance,
    b_kind,
    b_subject,
    b_year,
    b_category,
    b_type,
    b_from,
    b_to,
    b_rate,
    b_allocated_days,
    b_claimed_days,
    b_remaining_days,
    b_allocated,
    b_claimed,
    b_remaining,
    b_claims,
    b_status,
};

bool day_rated(const claim_balance& b) {
    return b.rate && (b.type == cost_type::release || b.type == cost_type::sle);
}

class claims_workbook {
  public:
    claims_workbook(const scenario& s, const std::vector<claim>& claims, const claims_report& r,
                    book& b)
        : s_(s), claims_(claims), r_(r), b_(b) {}

    void write() {
        sheet balances = b_.add("Balances");
        sheet list = b_.add("Claims");
        sheet findings = b_.add("Findings");
        sheet years = b_.add("By academic year");
        sheet about = b_.add("About");
        claims_last_ = std::max<long>(static_cast<long>(claims_.size()), 1);
        write_claims(list);
        write_balances(balances);
        write_findings(findings);
        write_years(years);
        write_about(about);
    }

  private:
    std::string claims_range(int col) const {
        return "Claims!" + column_range(col, 1, claims_last_);
    }

    void write_claims(sheet& ws) {
        const char* heads[] = {"claim #",    "file",          "line",      "subject",   "id",
                               "date",       "academic year", "category",  "reference", "days",
                               "amount (£)", "rate (£/day)",  "value (£)", "balance #", "findings"};
        for (int c = 0; c <= k_findings; ++c)
            ws.header(0, c, heads[c]);
        std::vector<std::string> found(claims_.size());
        for (const claim_finding& f : r_.findings)
            if (f.claim < found.size())
                found[f.claim] +=
                    (found[f.claim].empty() ? "" : ", ") + std::string(to_string(f.what));
        for (std::size_t i = 0; i < claims_.size(); ++i) {
            const claim& c = claims_[i];
            const claim_outcome& o = r_.outcomes[i];
            const long row = static_cast<long>(i) + 1;
            ws.integer(row, k_claim, static_cast<int64_t>(i) + 1);
            ws.text(row, k_file, c.where.file);
            ws.integer(row, k_line, c.where.line);
            ws.text(row, k_kind, c.participant.empty() ? "workgroup" : "participant");
            ws.text(row, k_subject, c.participant.empty() ? c.workgroup : c.participant);
            ws.day(row, k_date, c.when);
            ws.text(row, k_year, academic_year::containing(c.when).to_string());
            ws.text(row, k_category, c.category);
            ws.text(row, k_reference, c.reference);
            if (c.days) ws.days(row, k_days, *c.days);
            if (c.amount) ws.amount(row, k_amount, *c.amount);
            const claim_balance* b = o.balance ? &r_.balances[*o.balance] : nullptr;
            if (!b) {
                // Not counted anywhere: its findings say why. A zero keeps the sums simple.
                ws.amount(row, k_value, money{});
            } else if (c.days && b->rate) {
                ws.amount(row, k_rate, b->rate->per_day());
                // Each claim priced and rounded once, as the library does.
                ws.formula(
                    row, k_value,
                    fmt::format("=ROUND({}*{},2)", cell_ref(row, k_days), cell_ref(row, k_rate)),
                    o.value);
            } else {
                ws.formula(row, k_value, "=" + cell_ref(row, k_amount), o.value);
            }
            if (b) ws.integer(row, k_balance, static_cast<int64_t>(*o.balance) + 1);
            ws.text(row, k_findings, found[i]);
        }
        ws.freeze(1, 0);
        ws.filter(0, 0, claims_last_, k_findings);
        ws.width(k_claim, k_claim, 7);
        ws.width(k_file, k_file, 24);
        ws.width(k_line, k_line, 6);
        ws.width(k_kind, k_kind, 11);
        ws.width(k_subject, k_subject, 10);
        ws.width(k_date, k_year, 11);
        ws.width(k_category, k_category, 22);
        ws.width(k_reference, k_reference, 14);
        ws.width(k_days, k_days, 6);
        ws.width(k_amount, k_value, 12);
        ws.width(k_balance, k_balance, 9);
        ws.width(k_findings, k_findings, 40);
    }

    void write_balances(sheet& ws) {
        const char* heads[] = {"balance #",      "subject",      "id",
                               "year",           "category",     "cost type",
                               "window from",    "window to",    "rate (£/day)",
                               "allocated days", "claimed days", "remaining days",
                               "allocated (£)",  "claimed (£)",  "remaining (£)",
                               "claims",         "status"};
        for (int c = 0; c <= b_status; ++c)
            ws.header(0, c, heads[c]);
        const std::string balance_ids = claims_range(k_balance);
        for (std::size_t i = 0; i < r_.balances.size(); ++i) {
            const claim_balance& b = r_.balances[i];
            const long row = static_cast<long>(i) + 1;
            const std::string id = fmt::format("$A{}", row + 1);
            ws.integer(row, b_balance, static_cast<int64_t>(i) + 1);
            ws.text(
                row, b_kind,
                b.kind == claim_balance::subject_kind::participant ? "participant" : "workgroup");
            ws.text(row, b_subject, b.subject);
            ws.integer(row, b_year, b.year);
            ws.text(row, b_category, b.category);
            ws.text(row, b_type, to_string(b.type));
            ws.day(row, b_from, b.window.begin);
            ws.day(row, b_to, b.window.last_day());
            if (b.rate) ws.amount(row, b_rate, b.rate->per_day());
            // Days are halves: exact in binary, so their sums need no rounding.
            ws.formula_number(
                row, b_claimed_days,
                fmt::format("=SUMIFS({},{},{})", claims_range(k_days), balance_ids, id),
                report::cell_value(b.claimed_days), b_.day_count);
            if (day_rated(b)) {
                ws.days(row, b_allocated_days, b.allocated_days);
                ws.formula_number(row, b_remaining_days,
                                  fmt::format("={}-{}", cell_ref(row, b_allocated_days),
                                              cell_ref(row, b_claimed_days)),
                                  report::cell_value(b.allocated_days - b.claimed_days),
                                  b_.day_count);
            }
            ws.amount(row, b_allocated, b.allocated);
            ws.formula(
                row, b_claimed,
                fmt::format("=ROUND(SUMIFS({},{},{}),2)", claims_range(k_value), balance_ids, id),
                b.claimed);
            ws.formula(row, b_remaining,
                       fmt::format("=ROUND({}-{},2)", cell_ref(row, b_allocated),
                                   cell_ref(row, b_claimed)),
                       b.remaining);
            ws.formula_number(row, b_claims, fmt::format("=COUNTIF({},{})", balance_ids, id),
                              static_cast<double>(b.claims), b_.whole);
            // The same test as the library's over-allocation finding.
            const bool over_days = day_rated(b) && b.claimed_days > b.allocated_days;
            const bool over = b.type != cost_type::travel && (over_days || b.claimed > b.allocated);
            if (b.type == cost_type::travel) {
                ws.text(row, b_status, "actual cost");
            } else if (day_rated(b)) {
                ws.formula_text(
                    row, b_status,
                    fmt::format("=IF(OR({}>{},ROUND({}-{},2)>0),\"OVER\",\"\")",
                                cell_ref(row, b_claimed_days), cell_ref(row, b_allocated_days),
                                cell_ref(row, b_claimed), cell_ref(row, b_allocated)),
                    over ? "OVER" : "");
            } else {
                ws.formula_text(row, b_status,
                                fmt::format("=IF(ROUND({}-{},2)>0,\"OVER\",\"\")",
                                            cell_ref(row, b_claimed), cell_ref(row, b_allocated)),
                                over ? "OVER" : "");
            }
        }
        const long total = static_cast<long>(r_.balances.size()) + 1;
        const long last = std::max(total - 1, 1L);
        ws.text(total, 0, "total", b_.bold);
        const std::pair<int, money> sums[] = {{b_allocated, r_.allocated_total},
                                              {b_claimed, r_.claimed_total},
                                              {b_remaining, r_.remaining_total}};
        for (const auto& [col, value] : sums)
            ws.formula(total, col, report::sum_formula(col, 1, total - 1), value, b_.pounds_bold);
        ws.freeze(1, b_subject + 1);
        ws.filter(0, 0, last, b_status);
        ws.width(b_balance, b_balance, 9);
        ws.width(b_kind, b_kind, 11);
        ws.width(b_subject, b_subject, 10);
        ws.width(b_year, b_year, 5);
        ws.width(b_category, b_category, 22);
        ws.width(b_type, b_type, 9);
        ws.width(b_from, b_to, 11);
        ws.width(b_rate, b_rate, 11);
        ws.width(b_allocated_days, b_remaining_days, 10);
        ws.width(b_allocated, b_remaining, 13);
        ws.width(b_claims, b_claims, 7);
        ws.width(b_status, b_status, 11);
    }

    void write_findings(sheet& ws) {
        const char* heads[] = {"#", "kind", "file", "line", "field", "claim #", "message"};
        for (int c = 0; c < 7; ++c)
            ws.header(0, c, heads[c]);
        long row = 1;
        for (const claim_finding& f : r_.findings) {
            ws.integer(row, 0, row);
            ws.text(row, 1, to_string(f.what));
            ws.text(row, 2, f.where.file);
            ws.integer(row, 3, f.where.line);
            ws.text(row, 4, f.where.field);
            ws.integer(row, 5, static_cast<int64_t>(f.claim) + 1);
            ws.text(row, 6, f.message, b_.wrap);
            ++row;
        }
        if (r_.findings.empty()) ws.text(1, 1, "(none)");
        ws.freeze(1, 0);
        ws.filter(0, 0, std::max(row - 1, 1L), 6);
        ws.width(0, 0, 5);
        ws.width(1, 1, 20);
        ws.width(2, 2, 24);
        ws.width(3, 5, 7);
        ws.width(6, 6, 100);
    }

    void write_years(sheet& ws) {
        ws.header(0, 0, "academic year");
        ws.header(0, 1, "allocated (£)");
        ws.header(0, 2, "claimed (£)");
        ws.header(0, 3, "allocated less claimed (£)");
        long row = 1;
        money allocated, claimed;
        for (const claims_period& p : r_.by_year) {
            ws.text(row, 0, p.year.to_string());
            // Allocations phased by the library's cumulative rounding: numbers (xlsx_book.hpp).
            ws.amount(row, 1, p.allocated);
            // Exact text equality (no criteria parsing, which could read 2024/25 as a date).
            ws.formula(row, 2,
                       fmt::format("=ROUND(SUMPRODUCT(({}={})*{}),2)", claims_range(k_year),
                                   cell_ref(row, 0, true), claims_range(k_value)),
                       p.claimed);
            ws.formula(row, 3, fmt::format("=ROUND({}-{},2)", cell_ref(row, 1), cell_ref(row, 2)),
                       p.allocated - p.claimed);
            allocated += p.allocated;
            claimed += p.claimed;
            ++row;
        }
        ws.text(row, 0, "total", b_.bold);
        const std::pair<int, money> sums[] = {
            {1, allocated}, {2, claimed}, {3, allocated - claimed}};
        for (const auto& [col, value] : sums)
            ws.formula(row, col, report::sum_formula(col, 1, row - 1), value, b_.pounds_bold);
        ws.freeze(1, 0);
        ws.width(0, 0, 14);
        ws.width(1, 3, 16);
    }

    void write_about(sheet& ws) {
        long row = 0;
        ws.text(row++, 0, "Claims against allocations", b_.title);
        auto info = [&](std::string_view label, const std::string& value) {
            ws.text(row, 0, label, b_.bold);
            ws.text(row, 1, value);
            ++row;
        };
        info("scenario", s_.name);
        info("file", s_.file);
        info("hub", s_.hub.empty() ? "(all)" : s_.hub);
        info("claims", std::to_string(claims_.size()));
        info("findings", std::to_string(r_.findings.size()));
        info("allocations",
             "every programme year of the scenario, whatever years it forecasts; "
             "after a withdrawal, what is funded up to the withdrawal date");
        info("pricing",
             "days claimed × the allocation's day rate, rounded once per claim; "
             "travel at the amount claimed");
        ws.width(0, 0, 14);
        ws.width(1, 1, 100);
    }

    const scenario& s_;
    const std::vector<claim>& claims_;
    const claims_report& r_;
    book& b_;
    long claims_last_ = 1;
};

}  // namespace

void write_claims_xlsx(const std::string& path, const scenario& s, const std::vector<claim>& claims,
                       const claims_report& r) {
    if (claims.size() != r.outcomes.size())
        throw error(errc::usage,
                    fmt::format("write_claims_xlsx: {} claims but the report was checked from {}",
                                claims.size(), r.outcomes.size()));
    if (claims.size() + 1 > LXW_ROW_MAX || r.balances.size() + 2 > LXW_ROW_MAX ||
        r.findings.size() + 1 > LXW_ROW_MAX)
        throw error(errc::input,
                    fmt::format("cannot write {}: more rows than a worksheet's {}; write the "
                                "claims check as CSV instead",
                                path, LXW_ROW_MAX));
    io::atomic_output out(path);
    {
        book b(out.temp_path(), path);
        claims_workbook(s, claims, r, b).write();
        b.close();
    }
    out.commit();
}

}  // namespace v1
}  // namespace mhfund
