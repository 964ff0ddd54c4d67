// The claims report (`mhfund claims`): allocated vs claimed vs remaining per allocation, then
// every finding with the claim's file and line.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/report.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {

namespace {
std::string where_text(const source_location& w) {
    return w.line > 0 ? fmt::format("{}:{}", w.file, w.line) : w.file;
}
}  // namespace

std::string format_claims_table(const scenario& s, const claims_report& r, const text_options& o) {
    std::vector<std::vector<std::string>> rows{{"subject", "year", "category", "days allocated",
                                                "days claimed", "allocated", "claimed",
                                                "remaining"}};
    for (const claim_balance& b : r.balances) {
        if (b.claims == 0 && b.allocated.is_zero()) continue;  // travel with nothing claimed
        rows.push_back({b.institution.empty() ? b.subject : b.subject + " " + b.institution,
                        std::to_string(b.year), b.category, to_string(b.allocated_days),
                        to_string(b.claimed_days), to_display(b.allocated), to_display(b.claimed),
                        to_display(b.remaining)});
    }
    if (!r.unmatched_total.is_zero())
        rows.push_back({"Unmatched claims", "", "", "", "", "", to_display(r.unmatched_total),
                        to_display(-r.unmatched_total)});
    rows.push_back({"Total", "", "", "", "", to_display(r.allocated_total),
                    to_display(r.claimed_total), to_display(r.remaining_total)});
    std::string out = fmt::format("{}\nClaims against allocations\n\n", s.name);
    for (const std::string& l :
         detail::layout_blocks(rows, {false, true, false, true, true, true, true, true}, 3, o.width,
                               {1, rows.size() - 1}))
        out += l + "\n";
    if (!r.by_year.empty()) {
        out += "\nBy academic year\n";
        std::vector<std::vector<std::string>> years{{"year", "allocated", "claimed"}};
        for (const claims_period& p : r.by_year)
            years.push_back({p.year.to_string(), to_display(p.allocated), to_display(p.claimed)});
        for (const std::string& l : detail::layout_columns(years, {false, true, true}))
            out += "  " + l + "\n";
    }
    out += fmt::format("\nFindings ({})\n", r.findings.size());
    if (r.findings.empty()) out += "  none\n";
    for (const claim_finding& f : r.findings)
        out += detail::wrap_text(
            fmt::format("{}: {}: {}", where_text(f.where), to_string(f.what), f.message), o.width);
    return out;
}

std::string format_claims_csv(const claims_report& r) {
    std::string out;
    // `institution` (a Work Group department's school) last: the columns before it are those
    // of the files written before claims were per department.
    io::append_csv_report_row(
        out, {"subject", "year", "category", "cost_type", "days_allocated", "days_claimed",
              "allocated", "claimed", "remaining", "institution"});
    for (const claim_balance& b : r.balances)
        io::append_csv_report_row(
            out, {b.subject, std::to_string(b.year), b.category, std::string(to_string(b.type)),
                  to_string(b.allocated_days), to_string(b.claimed_days), to_plain(b.allocated),
                  to_plain(b.claimed), to_plain(b.remaining), b.institution});
    return out;
}

std::string format_claims_json(const scenario& s, const claims_report& r) {
    using nlohmann::json;
    auto amount = [](json& j, const char* name, money m) {
        j[name] = to_plain(m);
        j[std::string(name) + "_pence"] = m.pence();
    };
    json doc;
    doc["scenario"] = s.name;
    json balances = json::array();
    for (const claim_balance& b : r.balances) {
        json j{{"subject", b.subject},
               {"institution", b.institution},
               {"year", b.year},
               {"category", b.category},
               {"cost_type", std::string(to_string(b.type))},
               {"days_allocated", to_string(b.allocated_days)},
               {"days_claimed", to_string(b.claimed_days)},
               {"claims", b.claims}};
        amount(j, "allocated", b.allocated);
        amount(j, "claimed", b.claimed);
        amount(j, "remaining", b.remaining);
        balances.push_back(std::move(j));
    }
    doc["balances"] = std::move(balances);
    json findings = json::array();
    for (const claim_finding& f : r.findings)
        findings.push_back({{"kind", std::string(to_string(f.what))},
                            {"file", f.where.file},
                            {"line", f.where.line},
                            {"field", f.where.field},
                            {"message", f.message}});
    doc["findings"] = std::move(findings);
    amount(doc, "allocated_total", r.allocated_total);
    amount(doc, "claimed_total", r.claimed_total);
    amount(doc, "unmatched_total", r.unmatched_total);
    amount(doc, "remaining_total", r.remaining_total);
    return doc.dump(2) + "\n";
}

}  // namespace v1
}  // namespace mhfund
