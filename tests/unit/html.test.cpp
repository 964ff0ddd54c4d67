// The HTML report: one self-contained page whose figures are the forecast's, to the penny.
// Figures are derived by hand in the comments (the default scenario's in forecast.test.cpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "mhfund/forecast.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/report.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

using namespace mhfund;
using mhfund_test::contains;

namespace {

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

/// The value of every `name="…"` attribute, in document order.
std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::string> values;
    const std::string open = " " + name + "=\"";
    for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
        at += open.size();
        const std::size_t end = html.find('"', at);
        REQUIRE(end != std::string::npos);
        values.push_back(html.substr(at, end - at));
        at = end;
    }
    return values;
}

/// The sum of the bars' data-amount-pence attributes (each must be all digits).
int64_t sum_of_bars(const std::string& html) {
    int64_t sum = 0;
    for (const std::string& v : attribute_values(html, "data-amount-pence")) {
        REQUIRE(!v.empty());
        int64_t pence = 0;
        for (const char c : v) {
            REQUIRE(c >= '0');
            REQUIRE(c <= '9');
            pence = pence * 10 + (c - '0');
        }
        sum += pence;
    }
    return sum;
}

std::string render(const scenario& s, period_kind k = period_kind::term) {
    const expansion e = expand(s);
    return render_forecast_html(s, e, k);
}

}  // namespace

TEST_CASE("the default scenario's report holds its grand total and loads nothing") {
    const std::string html = render(default_scenario());
    // Grand total, by hand in forecast.test.cpp: FE 4,640,000 + SMS 4,256,781 + Work Groups
    // 800,000 = 9,696,781p.
    CHECK(contains(html, "£96,967.81"));
    CHECK(contains(html, "<td class=\"total\">£46,400.00</td>"));  // fe: 3 × 12,000 + 10,400
    CHECK(contains(html,
                   "<td class=\"total\">£42,567.81</td>"));  // sms: 2 × 13,000 + 12,200 + 4,367.81
    CHECK(contains(html, "<td class=\"total\">£8,000.00</td>"));  // 4 departments × £2,000
    // Self-contained: nothing to fetch, nothing to run.
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "url("));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(count(html, "<table") == count(html, "</table>"));
    CHECK(count(html, "<svg") == 1);
    CHECK(count(html, "</svg>") == 1);
}

TEST_CASE("the chart's bars add up to the grand total in pence") {
    const scenario s = default_scenario();
    for (const period_kind k : {period_kind::term, period_kind::month}) {
        INFO("chart per ", to_string(k));
        const std::string html = render(s, k);
        CHECK(sum_of_bars(html) == 9696781);
        // One segment per programme and period with money in it: by term, fe has 8 (nothing in
        // 2022/23 autumn, before the trailblazers start on 1 January 2023), sms all 9 terms of
        // 2022/23 to 2024/25, and the Work Groups one lump (1 September 2024).
        if (k == period_kind::term) {
            CHECK(attribute_values(html, "data-amount-pence").size() == 8 + 9 + 1);
            // The Work Group grants: 4 × 200,000p, dated 1 September 2024 (rule 7).
            CHECK(contains(html,
                           "data-group=\"workgroup\" data-programme=\"workgroup\" "
                           "data-period=\"2024/25 autumn\" data-amount-pence=\"800000\">"
                           "<title>Secondary Teaching for Mastery Work Groups 2024/25 "
                           "(workgroup), 2024/25 autumn: £8,000.00</title>"));
        }
        for (const std::string& p : attribute_values(html, "data-programme"))
            CHECK((p == "fe" || p == "sms" || p == "workgroup"));
    }
}

TEST_CASE("the report's tables have totals by academic and by financial year") {
    const std::string html = render(default_scenario());
    CHECK(contains(html, "id=\"by-academic\""));
    CHECK(contains(html, "id=\"by-financial\""));
    for (const char* label :
         {"2022/23", "2023/24", "2024/25", "FY2022-23", "FY2023-24", "FY2024-25", "FY2025-26"})
        CHECK(contains(html, std::string("<th scope=\"col\">") + label + "</th>"));
    // The Work Group grants are one lump each on 1 September 2024: all in 2024/25 and in
    // FY2024-25, so both tables show £8,000.00 there and "-" in the other years.
    CHECK(contains(html,
                   "<tr data-group=\"workgroup\"><th scope=\"row\">Secondary Teaching for "
                   "Mastery Work Groups 2024/25 (workgroup)</th><td class=\"none\">-</td>"
                   "<td class=\"none\">-</td><td>£8,000.00</td>"));
    // Four tables with a Total row: the chart's figures (on screen, and turned for print), by
    // academic year, by financial year. Each Total row is its table body's last row: a <tfoot>
    // would repeat on every printed page as if it were that page's subtotal.
    CHECK(count(html, "<td class=\"total grand\">£96,967.81</td>") == 4);
    CHECK(count(html, "<tr class=\"sum\">") == 4);
    for (std::size_t at = html.find("<tr class=\"sum\">"); at != std::string::npos;
         at = html.find("<tr class=\"sum\">", at + 1)) {
        const std::size_t body_end = html.find("</tbody>", at);
        REQUIRE(body_end != std::string::npos);
        CHECK(html.find("<tr", at + 1) > body_end);  // no row after the Total row
    }
    CHECK_FALSE(contains(html, "<tfoot"));
    CHECK(contains(html, "role=\"img\""));
    CHECK(contains(html, "aria-label=\""));
    // Assumptions and notes from the scenario: the example SLE rate, the PD Lead policy.
    CHECK(contains(html, "<th scope=\"row\">sle_rate</th><td>350.00</td>"));
    CHECK(contains(html, "pd_lead_policy"));
    // The term chart rests on the term dates too, which the years' tables do not.
    CHECK(contains(html, "<th scope=\"row\">term dates</th>"));
    CHECK(contains(html, "S7-02 year 2"));
    // One plan warning: the sample's S7-04 is UQT, and cohort 7 has QTS as an essential
    // criterion (000).
    CHECK(contains(html, "<h2>Warnings (1)</h2>"));
    CHECK(contains(html, "data-kind=\"plan.unqualified\""));
}

TEST_CASE("text from the scenario is escaped for HTML") {
    scenario s = default_scenario();
    s.name = "A & <B> \"quoted\" it's";
    s.hub = "WM1";
    const std::string html = render(s);
    CHECK(contains(html, "<h1>A &amp; &lt;B&gt; &quot;quoted&quot; it&#39;s</h1>"));
    CHECK(contains(html, "<title>A &amp; &lt;B&gt; &quot;quoted&quot; it&#39;s — funding"));
    CHECK_FALSE(contains(html, "<B>"));
    CHECK_FALSE(contains(html, "\"quoted\""));
    CHECK_FALSE(contains(html, "it's"));
    // The figures are those of the default scenario whatever its name.
    CHECK(sum_of_bars(html) == 9696781);
}

TEST_CASE("a scenario with nothing to forecast gives a page with a zero total") {
    scenario s = default_scenario();
    s.roster.clear();
    s.departments.clear();
    const std::string html = render(s);
    CHECK(contains(html, "£0.00"));
    CHECK(sum_of_bars(html) == 0);
    CHECK(attribute_values(html, "data-amount-pence").empty());
}

namespace {

html_options options_by(std::vector<dimension> by, period_kind p) {
    html_options o;
    o.view.by = std::move(by);
    o.view.period = p;
    return o;
}

}  // namespace

TEST_CASE("--by hub breaks the page down by hub, named, and charts the hubs") {
    // Two hubs: the default plan's participants are all WM1; move one school's two teachers
    // (FT-01 and FT-02, fe: £12,000.00 each, forecast.test.cpp) to EE1.
    scenario s = default_scenario();
    int moved = 0;
    for (participant& p : s.roster)
        if (p.id == "FT-01" || p.id == "FT-02") {
            p.hub = "EE1";
            ++moved;
        }
    REQUIRE(moved == 2);
    const expansion e = expand(s);
    const std::string html =
        render_forecast_html(s, e, options_by({dimension::hub}, period_kind::academic_year));
    const hub* ee1 = find_hub("EE1");
    const hub* wm1 = find_hub("WM1");
    REQUIRE(ee1);
    REQUIRE(wm1);
    CHECK(contains(html, "<p class=\"meta\">Hubs: 2</p>"));
    CHECK(contains(html, "<h2>By hub and academic year</h2>"));
    CHECK(contains(html, "<th scope=\"row\">" + std::string(ee1->name) + " (EE1)</th>"));
    CHECK(contains(html, "<th scope=\"row\">" + std::string(wm1->name) + " (WM1)</th>"));
    // EE1: 2 × £12,000.00; WM1: the rest, £96,967.81 − £24,000.00 = £72,967.81.
    CHECK(contains(html, "<td class=\"total\">£24,000.00</td>"));
    CHECK(contains(html, "<td class=\"total\">£72,967.81</td>"));
    // The chart stacks hubs; its bars still add up to the grand total.
    CHECK(sum_of_bars(html) == 9696781);
    const std::size_t segments = count(html, "\" data-period=\"");
    CHECK(segments > 0);
    CHECK(count(html, "data-group=\"EE1\" data-period=") +
              count(html, "data-group=\"WM1\" data-period=") ==
          segments);
    CHECK(attribute_values(html, "data-programme").empty());
}

TEST_CASE("--period financial puts the financial years first; the breakdown joins its keys") {
    const scenario s = default_scenario();
    const expansion e = expand(s);
    const std::string fin =
        render_forecast_html(s, e, options_by({dimension::programme}, period_kind::financial_year));
    CHECK(fin.find("id=\"by-financial\"") < fin.find("id=\"by-academic\""));
    CHECK_FALSE(contains(fin, "id=\"by-view\""));  // the financial table is the breakdown
    const std::string two = render_forecast_html(
        s, e, options_by({dimension::programme, dimension::cost_type}, period_kind::term));
    CHECK(contains(two, "<h2>By programme / cost type and term</h2>"));
    CHECK(contains(two, "<th scope=\"col\">Programme / cost type</th>"));
    // The Work Groups' one cost: 4 grants of £2,000.00.
    CHECK(contains(two, "data-group=\"workgroup / grant\""));
}

TEST_CASE("the footer dates the page and names its inputs") {
    const scenario s = default_scenario();
    const expansion e = expand(s);
    html_options o;
    o.generated = "1 January 2026 00:00 UTC";
    o.inputs = {{"plan.toml", 2345, ""}, {"roster.csv", 123456, "ab12"}};
    const std::string html = render_forecast_html(s, e, o);
    CHECK(contains(html, "on <span id=\"generated\">1 January 2026 00:00 UTC</span>"));
    CHECK(contains(html, "<li>plan.toml (2345 bytes)</li>"));
    CHECK(contains(html, "<li>roster.csv (123 kB, SHA-256 ab12)</li>"));
    CHECK_FALSE(contains(render(s), "id=\"generated\""));  // no date given, none shown
}

TEST_CASE("notes are grouped by kind, counted, and at most 200 of a kind listed") {
    // The default plan has 2 notes of kind pd_lead.unfunded (S7-02 and F1-02 in year 2, both
    // already accredited). 150 copies of each add one note apiece: 2 + 300 = 302 notes.
    scenario s = default_scenario();
    const std::vector<participant> original = s.roster;
    for (int copy = 0; copy < 150; ++copy)
        for (const participant& p : original)
            if (p.id == "S7-02" || p.id == "F1-02") {
                participant twin = p;
                twin.id = p.id + "-" + std::to_string(copy);
                s.roster.push_back(twin);
            }
    const std::string html = render(s);
    CHECK(contains(html, "<h2>Notes (302)</h2>"));
    CHECK(contains(html, "<summary><span class=\"count\">302 notes</span>: pd_lead.unfunded"));
    const std::size_t begin = html.find("<details data-kind=\"pd_lead.unfunded\"");
    REQUIRE(begin != std::string::npos);
    const std::string kind = html.substr(begin, html.find("</details>", begin) - begin);
    CHECK(count(kind, "<li>") == 200);
    CHECK(contains(kind, "and 102 more"));
}

TEST_CASE("more hubs than the chart has colours are charted by region") {
    // 8 participants and 4 Work Group departments in 11 hubs of 3 regions (EE, EM, LO): more
    // than the chart's 10 colours, so the chart stacks regions; the table still lists hubs.
    scenario s = default_scenario();
    const char* codes[] = {"EE1", "EE2", "EE3", "EE4", "EE5", "EM1",
                           "EM2", "EM3", "LO1", "LO2", "LO3", "LO3"};
    std::size_t next = 0;
    for (participant& p : s.roster)
        p.hub = codes[next++ % 12];
    for (workgroup_department& d : s.departments)
        d.hub = codes[next++ % 12];
    REQUIRE(next == 12);
    const expansion e = expand(s);
    const std::string html =
        render_forecast_html(s, e, options_by({dimension::hub}, period_kind::academic_year));
    CHECK(contains(html, "<h2>Spend per term by region</h2>"));
    CHECK(contains(html, "<h2>By hub and academic year</h2>"));
    CHECK(contains(html, "<p class=\"meta\">Hubs: 11</p>"));
    const std::size_t segments = count(html, "\" data-period=\"");
    CHECK(segments > 0);
    CHECK(count(html, "data-group=\"East of England\" data-period=") +
              count(html, "data-group=\"East Midlands\" data-period=") +
              count(html, "data-group=\"London\" data-period=") ==
          segments);
    CHECK(sum_of_bars(html) == 9696781);
    // Every hub still has a bar of its own: a chart of each hub's total, 11 bars that add up
    // to the grand total.
    CHECK(contains(html, "<h2>Total by hub</h2>"));
    const std::vector<std::string> totals = attribute_values(html, "data-total-pence");
    CHECK(totals.size() == 11);
    int64_t sum = 0;
    for (const std::string& t : totals)
        sum += std::stoll(t);
    CHECK(sum == 9696781);
}

TEST_CASE("the printed chart figures too wide for A4 come in parts, the Total column last") {
    // 12 participants and departments in 9 hubs: the chart stacks 9 hubs. Its longest amount,
    // £96,967.81, is 10 characters, about 82px a column: 7 amount columns fit beside the period
    // (605 / 82), so 9 hubs and the Total column (10) print as 2 parts: 7 hubs, then 2 and Total.
    scenario s = default_scenario();
    const char* codes[] = {"EE1", "EE2", "EE3", "EE4", "EE5", "EM1", "EM2", "EM3", "LO1"};
    std::size_t next = 0;
    for (participant& p : s.roster)
        p.hub = codes[next++ % 9];
    for (workgroup_department& d : s.departments)
        d.hub = codes[next++ % 9];
    const expansion e = expand(s);
    const std::string html =
        render_forecast_html(s, e, options_by({dimension::hub}, period_kind::academic_year));
    CHECK(contains(html, "<h2>Spend per term by hub</h2>"));
    CHECK(contains(html, "id=\"by-chart-print-1\""));
    CHECK(contains(html, "by term and hub (part 1 of 2)</caption>"));
    CHECK(contains(html, "by term and hub (part 2 of 2)</caption>"));
    CHECK_FALSE(contains(html, "(part 3 of"));
    // The grand total: the on-screen table, the last printed part, the breakdown by hub and
    // academic year, and the two programme tables by year.
    CHECK(count(html, "<td class=\"total grand\">£96,967.81</td>") == 5);
}
