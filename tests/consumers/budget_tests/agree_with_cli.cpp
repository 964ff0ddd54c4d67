// The budget-test helpers (include/mhfund/testing.hpp) give the figures `mhfund forecast` gives,
// for every question examples/budget-tests/budget.test.cpp asks of its plan: each question is
// put to the helpers and to the built tool (`--format csv`, the rows summed here), and the two
// must agree to the penny. A question added to the example belongs in `questions` below.
//
// Built with MHFUND_CLI (the tool) and BUDGET_PLAN (the example's plan/hub.toml).
#include <doctest/doctest.h>
#include <stdio.h>  // popen, pclose

#include <map>
#include <string>
#include <vector>

#include "mhfund/testing.hpp"

using namespace mhfund::testing;
using mhfund::period_kind;

namespace {

struct question {
    where w;
    period_kind kind;  // academic or financial year
    int start_year;    // 2024 for 2024/25 or FY2024-25
};

// The example's questions (budget.test.cpp), in its order.
const std::vector<question> questions = {
    {{{dimension::programme, "sms"}}, period_kind::academic_year, 2023},
    {{{dimension::programme, "sms"}}, period_kind::academic_year, 2024},
    {{{dimension::programme, "sms"}}, period_kind::financial_year, 2024},
    {{{dimension::programme, "fe"}}, period_kind::academic_year, 2023},
    {{{dimension::programme, "fe"}}, period_kind::academic_year, 2024},
    {{{dimension::programme, "fe"}}, period_kind::financial_year, 2024},
    {{{dimension::programme, "workgroup"}}, period_kind::academic_year, 2024},
    {{{dimension::programme, "workgroup"}}, period_kind::financial_year, 2024},
    {{}, period_kind::academic_year, 2024},
    {{}, period_kind::financial_year, 2024},
    {{{dimension::participant, "F1-02"}}, period_kind::academic_year, 2024},
    {{{dimension::participant, "F1-02"}}, period_kind::financial_year, 2025},
};

const scenario& plan() {
    static const scenario s = load_scenario_file(BUDGET_PLAN);
    return s;
}

period_filter year_of(const question& q) {
    if (q.kind == period_kind::academic_year) return academic_year{q.start_year};
    return financial_year{q.start_year};
}

std::string label_of(const question& q) {
    if (q.kind == period_kind::academic_year) return academic_year{q.start_year}.to_string();
    return financial_year{q.start_year}.to_string();
}

std::vector<std::string> split_csv_line(const std::string& line) {
    // The tool quotes no cell of these forecasts: ids, codes, labels and plain amounts.
    std::vector<std::string> cells(1);
    for (const char c : line) {
        if (c == ',')
            cells.emplace_back();
        else
            cells.back() += c;
    }
    return cells;
}

// `mhfund forecast PLAN --by BY --period PERIOD --format csv`, as rows of cells (header first).
std::vector<std::vector<std::string>> tool_rows(const std::string& by, period_kind kind) {
    const std::string command = std::string("'") + MHFUND_CLI + "' forecast '" + BUDGET_PLAN +
                                "' --by '" + by + "' --period " +
                                std::string(mhfund::to_string(kind)) + " --format csv";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        out.append(buffer, n);
    REQUIRE(pclose(pipe) == 0);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    for (const char c : out) {
        if (c != '\n') {
            line += c;
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        rows.push_back(split_csv_line(line));
        line.clear();
    }
    REQUIRE_FALSE(rows.empty());
    return rows;
}

// What the tool's rows say for one question: the rows whose grouping cells match `w` and whose
// period is the question's, added up.
mhfund::money tool_total(const question& q) {
    std::string by;
    for (const auto& [d, value] : q.w.equals)
        by += (by.empty() ? "" : ",") + std::string(mhfund::to_string(d));
    const auto rows = tool_rows(by, q.kind);
    mhfund::money sum;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::vector<std::string>& cells = rows[r];
        REQUIRE(cells.size() == q.w.equals.size() + 2);
        bool match = cells[cells.size() - 2] == label_of(q);
        for (std::size_t k = 0; k < q.w.equals.size(); ++k)
            match = match && cells[k] == q.w.equals[k].second;
        if (match) sum += mhfund::money::parse(cells.back());
    }
    return sum;
}

}  // namespace

TEST_CASE("every total the example asks for is the tool's") {
    for (const question& q : questions) {
        std::string asked = label_of(q);
        for (const auto& [d, value] : q.w.equals)
            asked += " " + std::string(mhfund::to_string(d)) + "=" + value;
        CAPTURE(asked);
        CHECK(total(plan(), q.w, year_of(q)) == tool_total(q));
    }
}

TEST_CASE("what each payee is paid in 2024/25 is the tool's") {
    const auto rows = tool_rows("institution", period_kind::academic_year);
    std::map<std::string, mhfund::money> tool;
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (rows[r][1] == "2024/25") tool[rows[r][0]] += mhfund::money::parse(rows[r][2]);
    const auto helpers = by_payee(plan(), academic_year{2024});
    REQUIRE(helpers.size() == tool.size());
    for (const auto& payee : tool) {
        INFO("payee ", payee.first);
        REQUIRE(helpers.count(payee.first) == 1);
        CHECK(helpers.at(payee.first) == payee.second);
    }
}
