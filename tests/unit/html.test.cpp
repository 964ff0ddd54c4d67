// The HTML report: one self-contained page whose figures are the forecast's, to the penny.
// Figures are derived by hand in the comments (the default scenario's in forecast.test.cpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "mhfund/forecast.hpp"
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
                           "data-programme=\"workgroup\" data-period=\"2024/25 autumn\" "
                           "data-amount-pence=\"800000\"><title>workgroup, 2024/25 autumn: "
                           "£8,000.00</title>"));
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
                   "<tr><th scope=\"row\">workgroup</th><td class=\"none\">-</td>"
                   "<td class=\"none\">-</td><td>£8,000.00</td>"));
    // Three tables with a Total row: the chart's figures, by academic year, by financial year.
    CHECK(count(html, "<td class=\"total grand\">£96,967.81</td>") == 3);
    CHECK(contains(html, "role=\"img\""));
    CHECK(contains(html, "aria-label=\""));
    // Assumptions and notes from the scenario: the example SLE rate, the PD Lead policy.
    CHECK(contains(html, "<th scope=\"row\">sle_rate</th><td>350.00</td>"));
    CHECK(contains(html, "pd_lead_policy"));
    // The term chart rests on the term dates too, which the years' tables do not.
    CHECK(contains(html, "<th scope=\"row\">term dates</th>"));
    CHECK(contains(html, "S7-02 year 2"));
    CHECK(contains(html, "<h2>Warnings</h2>"));
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
