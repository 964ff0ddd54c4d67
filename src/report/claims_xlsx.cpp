// The claims workbook: allocated vs claimed vs remaining, with the claims themselves and the
// findings, as live formulas (how numbers are written is in xlsx_book.hpp). Each sheet's
// columns are one table of {header, width, cell writer}.
#include <fmt/format.h>

#include "io/output_file.hpp"
#include "mhfund/report.hpp"
#include "report/xlsx_book.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using report::book;
using report::cell_ref;
using report::column;
using report::column_cell;
using report::column_of;
using report::column_range;
using report::column_table;
using report::sheet;

bool day_rated(const claim_balance& b) {
    return b.rate && (b.type == cost_type::release || b.type == cost_type::sle);
}

/// What the sheets share: the check and where the Claims rows end.
struct claims_book {
    const scenario& s;
    const std::vector<claim>& claims;
    const claims_report& r;
    book& b;
    long claims_last = 1;
};

// --- Claims: one row per claim ---------------------------------------------------------------

struct claim_row {
    std::size_t i;  ///< 0-based
    const claim& c;
    const claim_outcome& o;
    const claim_balance* b;  ///< none when the claim is not counted
    const std::string& findings;
};
using claim_cell = column_cell<claim_row>;

// Each claim priced and rounded once, as the library does. One that matches no allocation is
// still money spent (rule 11), worth its amount (the reader refuses one given only in days).
void write_value(const claim_cell& k, const claim_row& r) {
    if (r.b && r.c.days && r.b->rate)
        k.formula(fmt::format("=ROUND({}*{},2)", k.ref("days"), k.ref("rate (£/day)")), r.o.value);
    else
        k.formula("=" + k.ref("amount (£)"), r.o.value);
}

const column_table<claim_row>& claim_columns() {
    static const column_table<claim_row> columns{
        {"claim #", 7,
         [](const claim_cell& k, const claim_row& r) { k.integer(static_cast<int64_t>(r.i) + 1); }},
        {"file", 24, [](const claim_cell& k, const claim_row& r) { k.text(r.c.where.file); }},
        {"line", 6, [](const claim_cell& k, const claim_row& r) { k.integer(r.c.where.line); }},
        {"subject", 11,
         [](const claim_cell& k, const claim_row& r) {
             k.text(r.c.participant.empty() ? "workgroup" : "participant");
         }},
        {"id", 10,
         [](const claim_cell& k, const claim_row& r) {
             k.text(r.c.participant.empty() ? r.c.workgroup : r.c.participant);
         }},
        {"date", 11, [](const claim_cell& k, const claim_row& r) { k.day(r.c.when); }},
        {"academic year", 11,
         [](const claim_cell& k, const claim_row& r) {
             k.text(academic_year::containing(r.c.when).to_string());
         }},
        {"category", 22, [](const claim_cell& k, const claim_row& r) { k.text(r.c.category); }},
        {"reference", 14, [](const claim_cell& k, const claim_row& r) { k.text(r.c.reference); }},
        {"days", 6,
         [](const claim_cell& k, const claim_row& r) {
             if (r.c.days) k.days(*r.c.days);
         }},
        {"amount (£)", 12,
         [](const claim_cell& k, const claim_row& r) {
             if (r.c.amount) k.amount(*r.c.amount);
         }},
        {"rate (£/day)", 12,
         [](const claim_cell& k, const claim_row& r) {
             if (r.b && r.c.days && r.b->rate) k.amount(r.b->rate->per_day());
         }},
        {"value (£)", 12, write_value},
        {"balance #", 9,
         [](const claim_cell& k, const claim_row& r) {
             if (r.b) k.integer(static_cast<int64_t>(*r.o.balance) + 1);
         }},
        {"findings", 40, [](const claim_cell& k, const claim_row& r) { k.text(r.findings); }},
    };
    return columns;
}

/// `Claims!$J$2:$J$9`: the claims' cells in the column headed `header`.
std::string claims_range(const claims_book& f, std::string_view header) {
    return "Claims!" + column_range(column_of(claim_columns(), header), 1, f.claims_last);
}

void write_claims(const claims_book& f, sheet& ws) {
    const column_table<claim_row>& columns = claim_columns();
    report::write_headers(ws, columns);
    std::vector<std::string> found(f.claims.size());
    for (const claim_finding& x : f.r.findings)
        if (x.claim < found.size())
            found[x.claim] += (found[x.claim].empty() ? "" : ", ") + std::string(to_string(x.what));
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
        const claim_outcome& o = f.r.outcomes[i];
        const claim_balance* b = o.balance ? &f.r.balances[*o.balance] : nullptr;
        report::write_cells(ws, columns, static_cast<long>(i) + 1,
                            {i, f.claims[i], o, b, found[i]});
    }
    ws.freeze(1, 0);
    ws.filter(0, 0, f.claims_last, static_cast<int>(columns.size()) - 1);
}

// --- Balances: one row per allocation, its claims summed from the Claims sheet ----------------

struct balance_row {
    const claims_book& f;
    std::size_t i;  ///< 0-based
    const claim_balance& b;
};
using balance_cell = column_cell<balance_row>;

/// `SUMIFS(range,Claims!balance #,$A2)`: the claims' cells of `header` counted in this balance.
std::string sumifs(const balance_cell& k, const balance_row& r, std::string_view header) {
    return fmt::format("SUMIFS({},{},${})", claims_range(r.f, header),
                       claims_range(r.f, "balance #"), k.ref("balance #"));
}

// The same test as the library's over-allocation finding; travel is at actual cost, with
// nothing allocated to exceed.
void write_status(const balance_cell& k, const balance_row& r) {
    const claim_balance& b = r.b;
    const bool over_days = day_rated(b) && b.claimed_days > b.allocated_days;
    const bool over = b.type != cost_type::travel && (over_days || b.claimed > b.allocated);
    if (b.type == cost_type::travel)
        k.text("actual cost");
    else if (day_rated(b))
        k.formula_text(
            fmt::format("=IF(OR({}>{},ROUND({}-{},2)>0),\"OVER\",\"\")", k.ref("claimed days"),
                        k.ref("allocated days"), k.ref("claimed (£)"), k.ref("allocated (£)")),
            over ? "OVER" : "");
    else
        k.formula_text(fmt::format("=IF(ROUND({}-{},2)>0,\"OVER\",\"\")", k.ref("claimed (£)"),
                                   k.ref("allocated (£)")),
                       over ? "OVER" : "");
}

/// Days: days are halves, exact in binary, so their sums need no rounding.
column_table<balance_row> balance_day_columns() {
    return {
        {"allocated days", 10,
         [](const balance_cell& k, const balance_row& r) {
             if (day_rated(r.b)) k.days(r.b.allocated_days);
         }},
        {"claimed days", 10,
         [](const balance_cell& k, const balance_row& r) {
             k.formula_number("=" + sumifs(k, r, "days"), report::cell_value(r.b.claimed_days),
                              r.f.b.day_count);
         }},
        {"remaining days", 10,
         [](const balance_cell& k, const balance_row& r) {
             if (!day_rated(r.b)) return;
             k.formula_number(fmt::format("={}-{}", k.ref("allocated days"), k.ref("claimed days")),
                              report::cell_value(r.b.allocated_days - r.b.claimed_days),
                              r.f.b.day_count);
         }},
    };
}

column_table<balance_row> balance_money_columns() {
    return {
        {"allocated (£)", 13,
         [](const balance_cell& k, const balance_row& r) { k.amount(r.b.allocated); }},
        {"claimed (£)", 13,
         [](const balance_cell& k, const balance_row& r) {
             k.formula(fmt::format("=ROUND({},2)", sumifs(k, r, "value (£)")), r.b.claimed);
         }},
        {"remaining (£)", 13,
         [](const balance_cell& k, const balance_row& r) {
             k.formula(fmt::format("=ROUND({}-{},2)", k.ref("allocated (£)"), k.ref("claimed (£)")),
                       r.b.remaining);
         }},
        {"claims", 7,
         [](const balance_cell& k, const balance_row& r) {
             k.formula_number(fmt::format("=COUNTIF({},${})", claims_range(r.f, "balance #"),
                                          k.ref("balance #")),
                              static_cast<double>(r.b.claims), r.f.b.whole);
         }},
        {"status", 11, write_status},
    };
}

column_table<balance_row> balance_columns() {
    column_table<balance_row> columns{
        {"balance #", 9,
         [](const balance_cell& k, const balance_row& r) {
             k.integer(static_cast<int64_t>(r.i) + 1);
         }},
        {"subject", 11,
         [](const balance_cell& k, const balance_row& r) {
             k.text(r.b.kind == claim_balance::subject_kind::participant ? "participant"
                                                                         : "workgroup");
         }},
        {"id", 10, [](const balance_cell& k, const balance_row& r) { k.text(r.b.subject); }},
        {"year", 5, [](const balance_cell& k, const balance_row& r) { k.integer(r.b.year); }},
        {"category", 22, [](const balance_cell& k, const balance_row& r) { k.text(r.b.category); }},
        {"cost type", 9,
         [](const balance_cell& k, const balance_row& r) { k.text(to_string(r.b.type)); }},
        {"window from", 11,
         [](const balance_cell& k, const balance_row& r) { k.day(r.b.window.begin); }},
        {"window to", 11,
         [](const balance_cell& k, const balance_row& r) { k.day(r.b.window.last_day()); }},
        {"rate (£/day)", 11,
         [](const balance_cell& k, const balance_row& r) {
             if (r.b.rate) k.amount(r.b.rate->per_day());
         }},
    };
    for (column_table<balance_row> part : {balance_day_columns(), balance_money_columns()})
        for (column<balance_row>& c : part)
            columns.push_back(std::move(c));
    return columns;
}

/// Rule 11: a claim that matches no allocation still counts. The row holds what no balance
/// holds: every claim's value on the Claims sheet less the balances' claimed column above it.
void write_unmatched(const claims_book& f, sheet& ws, const column_table<balance_row>& columns,
                     long row) {
    ws.text(row, 0, "unmatched claims", f.b.bold);
    const int claimed = column_of(columns, "claimed (£)");
    const int remaining = column_of(columns, "remaining (£)");
    ws.formula(row, claimed,
               fmt::format("=ROUND(SUM({})-SUM({}:{}),2)", claims_range(f, "value (£)"),
                           report::cell_ref(1, claimed), report::cell_ref(row - 1, claimed)),
               f.r.unmatched_total, f.b.pounds_bold);
    ws.formula(row, remaining, "=-" + report::cell_ref(row, claimed), -f.r.unmatched_total,
               f.b.pounds_bold);
}

void write_balances(const claims_book& f, sheet& ws) {
    const column_table<balance_row> columns = balance_columns();
    report::write_headers(ws, columns);
    for (std::size_t i = 0; i < f.r.balances.size(); ++i)
        report::write_cells(ws, columns, static_cast<long>(i) + 1, {f, i, f.r.balances[i]});
    long total = static_cast<long>(f.r.balances.size()) + 1;
    if (!f.r.unmatched_total.is_zero()) write_unmatched(f, ws, columns, total++);
    ws.text(total, 0, "total", f.b.bold);
    const std::pair<std::string_view, money> sums[] = {{"allocated (£)", f.r.allocated_total},
                                                       {"claimed (£)", f.r.claimed_total},
                                                       {"remaining (£)", f.r.remaining_total}};
    for (const auto& [header, value] : sums) {
        const int col = column_of(columns, header);
        ws.formula(total, col, report::sum_formula(col, 1, total - 1), value, f.b.pounds_bold);
    }
    ws.freeze(1, column_of(columns, "id") + 1);
    ws.filter(0, 0, std::max(total - 1, 1L), static_cast<int>(columns.size()) - 1);
}

// --- Findings, By academic year, About ---------------------------------------------------------

struct finding_row {
    long number;  ///< 1-based
    const claim_finding& x;
    lxw_format* wrap;
};
using finding_cell = column_cell<finding_row>;

const column_table<finding_row>& finding_columns() {
    static const column_table<finding_row> columns{
        {"#", 5, [](const finding_cell& k, const finding_row& r) { k.integer(r.number); }},
        {"kind", 20,
         [](const finding_cell& k, const finding_row& r) { k.text(to_string(r.x.what)); }},
        {"file", 24, [](const finding_cell& k, const finding_row& r) { k.text(r.x.where.file); }},
        {"line", 7, [](const finding_cell& k, const finding_row& r) { k.integer(r.x.where.line); }},
        {"field", 7, [](const finding_cell& k, const finding_row& r) { k.text(r.x.where.field); }},
        {"claim #", 7,
         [](const finding_cell& k, const finding_row& r) {
             k.integer(static_cast<int64_t>(r.x.claim) + 1);
         }},
        {"message", 100,
         [](const finding_cell& k, const finding_row& r) { k.text(r.x.message, r.wrap); }},
    };
    return columns;
}

void write_findings(const claims_book& f, sheet& ws) {
    const column_table<finding_row>& columns = finding_columns();
    report::write_headers(ws, columns);
    long row = 1;
    for (const claim_finding& x : f.r.findings) {
        report::write_cells(ws, columns, row, {row, x, f.b.wrap});
        ++row;
    }
    if (f.r.findings.empty()) ws.text(1, 1, "(none)");
    ws.freeze(1, 0);
    ws.filter(0, 0, std::max(row - 1, 1L), static_cast<int>(columns.size()) - 1);
}

struct year_row {
    const claims_book& f;
    const claims_period& p;
};
using year_cell = column_cell<year_row>;

const column_table<year_row>& year_columns() {
    static const column_table<year_row> columns{
        {"academic year", 14,
         [](const year_cell& k, const year_row& r) { k.text(r.p.year.to_string()); }},
        // Allocations phased by the library's cumulative rounding: numbers (xlsx_book.hpp).
        {"allocated (£)", 16,
         [](const year_cell& k, const year_row& r) { k.amount(r.p.allocated); }},
        // Exact text equality (no criteria parsing, which could read 2024/25 as a date).
        {"claimed (£)", 16,
         [](const year_cell& k, const year_row& r) {
             k.formula(
                 fmt::format("=ROUND(SUMPRODUCT(({}={})*{}),2)", claims_range(r.f, "academic year"),
                             cell_ref(k.row, column_of(k.columns, "academic year"), true),
                             claims_range(r.f, "value (£)")),
                 r.p.claimed);
         }},
        {"allocated less claimed (£)", 16,
         [](const year_cell& k, const year_row& r) {
             k.formula(fmt::format("=ROUND({}-{},2)", k.ref("allocated (£)"), k.ref("claimed (£)")),
                       r.p.allocated - r.p.claimed);
         }},
    };
    return columns;
}

void write_years(const claims_book& f, sheet& ws) {
    const column_table<year_row>& columns = year_columns();
    report::write_headers(ws, columns);
    long row = 1;
    money allocated, claimed;
    for (const claims_period& p : f.r.by_year) {
        report::write_cells(ws, columns, row++, {f, p});
        allocated += p.allocated;
        claimed += p.claimed;
    }
    ws.text(row, 0, "total", f.b.bold);
    const std::pair<std::string_view, money> sums[] = {
        {"allocated (£)", allocated},
        {"claimed (£)", claimed},
        {"allocated less claimed (£)", allocated - claimed}};
    for (const auto& [header, value] : sums) {
        const int col = column_of(columns, header);
        ws.formula(row, col, report::sum_formula(col, 1, row - 1), value, f.b.pounds_bold);
    }
    ws.freeze(1, 0);
}

void write_about(const claims_book& f, sheet& ws) {
    long row = 0;
    ws.text(row++, 0, "Claims against allocations", f.b.title);
    auto info = [&](std::string_view label, const std::string& value) {
        ws.text(row, 0, label, f.b.bold);
        ws.text(row, 1, value);
        ++row;
    };
    info("scenario", f.s.name);
    info("file", f.s.file);
    info("hub", f.s.hub.empty() ? "(all)" : f.s.hub);
    info("claims", std::to_string(f.claims.size()));
    info("findings", std::to_string(f.r.findings.size()));
    info("allocations",
         "every programme year of the scenario, whatever years it forecasts; "
         "after a withdrawal, what is funded up to the withdrawal date");
    info("pricing",
         "days claimed × the allocation's day rate, rounded once per claim; "
         "travel at the amount claimed");
    ws.width(0, 0, 14);
    ws.width(1, 1, 100);
}

void write_workbook(claims_book& f) {
    f.b.footer_note = f.s.name;
    f.b.properties("Maths Hubs claims check", f.s.name);
    sheet balances = f.b.add("Balances");
    sheet list = f.b.add("Claims");
    sheet findings = f.b.add("Findings");
    sheet years = f.b.add("By academic year");
    sheet about = f.b.add("About");
    f.claims_last = std::max<long>(static_cast<long>(f.claims.size()), 1);
    write_claims(f, list);
    write_balances(f, balances);
    write_findings(f, findings);
    write_years(f, years);
    write_about(f, about);
    // Every table's header row repeats on each printed page; About is one page.
    for (sheet* s : {&balances, &list, &findings, &years})
        s->print_setup(0, 0, false);
    about.print_setup(0, -1, true);
}

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
        claims_book f{s, claims, r, b};
        write_workbook(f);
        b.close();
    }
    out.commit();
}

}  // namespace v1
}  // namespace mhfund
