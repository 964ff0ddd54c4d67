// The forecast as one self-contained HTML page for people: summary tables by academic and by
// financial year, a stacked bar chart of spend per term (or month) drawn as inline SVG, and
// the assumptions, warnings and notes every report must list (domain.md). The page loads
// nothing: no script, no external style sheet, font or image, and a Content-Security-Policy
// that forbids fetching any, so it can be mailed or archived as it is.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"
#include "mhfund/report.hpp"
#include "mhfund/version.hpp"
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using report::esc;
using report::grid;

std::string long_date(date d) {
    return fmt::format("{} {} {}", static_cast<int>(d.day()), detail::month_name(d.month()),
                       static_cast<int>(d.year()));
}

/// Human names of the programmes: the titles of the editions the scenario uses.
std::map<std::string, std::vector<std::string>> programme_titles(const scenario& s) {
    std::map<std::string, std::vector<std::string>> titles;
    auto add = [&](const std::string& edition_id) {
        const edition* ed = s.cat.find(edition_id);
        if (!ed) return;
        std::vector<std::string>& list = titles[ed->programme];
        if (std::find(list.begin(), list.end(), ed->title) == list.end()) list.push_back(ed->title);
    };
    for (const participant& p : s.roster)
        add(p.edition);
    for (const workgroup_department& d : s.departments)
        add(d.edition);
    return titles;
}

const char* const style = R"(
:root { color-scheme: light; }
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
  color: #1d2733; background: #f4f6f8; margin: 0; line-height: 1.45; }
main { max-width: 1080px; margin: 0 auto; padding: 28px 32px 40px; background: #fff;
  box-shadow: 0 0 0 1px #dde3ea; }
header { border-bottom: 4px solid #0072B2; padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 30px 0 10px; color: #0b3d62; }
.meta { color: #4a5866; margin: 2px 0; font-size: 14px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 6px; padding: 0;
  list-style: none; }
.figures li { flex: 1 1 150px; border: 1px solid #dde3ea; border-radius: 6px;
  padding: 10px 14px; background: #fafbfc; border-top: 4px solid var(--c, #1d2733); }
.figures .label { display: block; font-size: 13px; color: #4a5866; }
.figures .value { display: block; font-size: 21px; font-weight: bold;
  font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 14px;
  font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: 4px 0 8px; color: #33414f; }
th, td { padding: 6px 12px; border-bottom: 1px solid #e3e8ee; }
thead th { background: #eef2f6; border-bottom: 2px solid #b9c4cf; text-align: right; }
thead th:first-child, tbody th, tfoot th { text-align: left; }
td { text-align: right; white-space: nowrap; }
td.none { color: #9aa5b1; }
td.total, th.total { font-weight: bold; background: #f6f8fa; }
tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #b9c4cf; border-bottom: none; }
td.grand { background: #e4eef7; }
table.list td, table.list th { text-align: left; white-space: normal; }
.chart { display: block; width: 100%; height: auto; }
.chart text { fill: #33414f; }
.chart .title { font-weight: bold; }
.chart .sub { fill: #6b7885; font-size: 12px; }
.chart .narrow { font-size: 10.5px; }
.chart .bar-total { font-size: 12px; font-weight: bold; }
.chart .key { font-weight: bold; }
.chart line.grid { stroke: #e3e8ee; }
.chart line.base { stroke: #4a5866; stroke-width: 1.5; }
.chart .bars rect { stroke: #fff; stroke-width: 1; }
ul.items { padding-left: 20px; }
ul.items li { margin: 4px 0; }
.empty { color: #6b7885; font-style: italic; }
details { margin-top: 10px; }
summary { cursor: pointer; color: #0b3d62; }
footer { margin-top: 34px; font-size: 12px; color: #6b7885; border-top: 1px solid #dde3ea;
  padding-top: 10px; }
@media print { body { background: #fff; } main { box-shadow: none; } }
)";

/// The assumptions, warnings and notes of several results of one expansion, each once, in
/// order of first appearance (a term chart adds the term dates to the years' assumptions).
/// Linear in the items: a national roster has about 100,000 notes.
template <typename T, typename Key>
std::vector<T> merged(std::initializer_list<const std::vector<T>*> lists, Key key) {
    std::vector<T> out;
    std::unordered_set<std::string> seen;
    for (const std::vector<T>* list : lists)
        for (const T& item : *list)
            if (seen.insert(key(item)).second) out.push_back(item);
    return out;
}

std::string list_html(const std::vector<finding>& items, const std::string& none) {
    if (items.empty()) return fmt::format("<p class=\"empty\">{}</p>\n", esc(none));
    std::string out = "<ul class=\"items\">\n";
    for (const finding& item : items)
        out += fmt::format("<li>{}</li>\n", esc(item.message()));
    return out + "</ul>\n";
}

/// What a page shows: the forecast by programme per academic year, per financial year and per
/// the chart's period, and what the three rest on, each item once.
struct page_figures {
    forecast_result academic, financial, chart;
    grid by_academic, by_financial, by_chart;
    std::map<std::string, std::vector<std::string>> titles;
    std::vector<assumption> assumptions;
    std::vector<finding> warnings, notes;
};

page_figures figures_of(const scenario& s, const expansion& e, period_kind chart_period) {
    page_figures p;
    forecast_options o;
    o.by = {dimension::programme};
    o.period = period_kind::academic_year;
    p.academic = summarise(e, o);
    o.period = period_kind::financial_year;
    p.financial = summarise(e, o);
    o.period = chart_period;
    p.chart = summarise(e, o);
    p.by_academic = report::make_grid(p.academic);
    p.by_financial = report::make_grid(p.financial);
    p.by_chart = report::make_grid(p.chart);
    p.titles = programme_titles(s);
    for (const forecast_result* r : {&p.academic, &p.financial, &p.chart}) {
        p.assumptions = merged({&p.assumptions, &r->assumptions},
                               [](const assumption& a) { return a.setting + "=" + a.value; });
        const auto message = [](const finding& f) { return f.message(); };
        p.warnings = merged({&p.warnings, &r->warnings}, message);
        p.notes = merged({&p.notes, &r->notes}, message);
    }
    return p;
}

std::string head(const std::string& title) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Nothing may be fetched: the page is complete as it is.
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<meta name=\"generator\" content=\"mhfund {}\">\n", version_string());
    out += fmt::format("<title>{} — funding forecast</title>\n", esc(title));
    out += fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", style);
    return out;
}

/// Title, horizon and the headline figures.
std::string headline(const scenario& s, const page_figures& p, const std::string& title) {
    const date_range h = p.academic.horizon;
    const std::string horizon =
        h.empty() ? std::string("nothing to forecast")
                  : fmt::format("{} to {}", long_date(h.begin), long_date(h.last_day()));
    std::string years;
    for (const period& y : p.academic.periods)
        years += (years.empty() ? "" : ", ") + y.label();
    std::string out = fmt::format("<header>\n<h1>{}</h1>\n", esc(title));
    out += fmt::format("<p class=\"meta\">Funding forecast, {}{}</p>\n", esc(horizon),
                       years.empty() ? std::string() : " (academic years " + esc(years) + ")");
    if (!s.hub.empty()) out += fmt::format("<p class=\"meta\">Hub: {}</p>\n", esc(s.hub));
    if (!s.file.empty()) out += fmt::format("<p class=\"meta\">Scenario: {}</p>\n", esc(s.file));
    out += "</header>\n<ul class=\"figures\" aria-label=\"Totals\">\n";
    out += fmt::format(
        "<li><span class=\"label\">Total forecast</span>"
        "<span class=\"value\" id=\"grand-total\">{}</span></li>\n",
        esc(to_display(p.academic.total)));
    const grid& g = p.by_academic;
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        // Colours follow the chart's, which stacks the same programmes in the same order.
        const auto it = std::find(p.by_chart.groups.begin(), p.by_chart.groups.end(), g.groups[i]);
        const std::size_t ci = static_cast<std::size_t>(it - p.by_chart.groups.begin());
        out += fmt::format(
            "<li style=\"--c: {}\"><span class=\"label\">{}</span>"
            "<span class=\"value\">{}</span></li>\n",
            report::colour(ci), esc(g.groups[i]), esc(to_display(g.group_totals[i])));
    }
    return out + "</ul>\n";
}

/// The chart, with its figures as a table for those who cannot see it.
std::string chart_section(const page_figures& p, period_kind chart_period) {
    std::string out =
        fmt::format("<section>\n<h2>Spend per {}</h2>\n", esc(describe(chart_period)));
    out += report::chart_svg(p.by_chart, p.titles, chart_period);
    out += fmt::format("<details>\n<summary>The chart's figures, per {}</summary>\n",
                       esc(describe(chart_period)));
    out += report::table_html(p.by_chart, "By programme and " + describe(chart_period), "by-chart");
    return out + "</details>\n</section>\n";
}

std::string years_sections(const page_figures& p) {
    std::string out = "<section>\n<h2>By academic year (1 September – 31 August)</h2>\n";
    out += report::table_html(p.by_academic, "Spend by programme and academic year", "by-academic");
    out += "</section>\n<section>\n<h2>By financial year (1 April – 31 March)</h2>\n";
    out +=
        report::table_html(p.by_financial, "Spend by programme and financial year", "by-financial");
    const date_range h = p.academic.horizon;
    if (!h.empty() && (h.begin != financial_year::containing(h.begin).first_day() ||
                       h.end != financial_year::containing(h.end).first_day()))
        out +=
            "<p class=\"meta\">The first and last financial years hold only the part that "
            "falls within the forecast's horizon.</p>\n";
    return out + "</section>\n";
}

/// What the figures rest on: the assumptions, the warnings and the notes.
std::string basis_sections(const page_figures& p) {
    std::string out =
        "<section>\n<h2>Assumptions</h2>\n<p>Settings and policies that are not figures from "
        "the programme documents.</p>\n";
    if (p.assumptions.empty()) {
        out += "<p class=\"empty\">None.</p>\n";
    } else {
        out +=
            "<div class=\"scroll\"><table class=\"list\" id=\"assumptions\">\n"
            "<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th>"
            "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n";
        for (const assumption& a : p.assumptions)
            out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                               esc(a.setting), esc(a.value), esc(a.note));
        out += "</tbody>\n</table></div>\n";
    }
    out += "</section>\n<section>\n<h2>Warnings</h2>\n";
    out += list_html(p.warnings, "None.");
    out += "</section>\n<section>\n<h2>Notes</h2>\n";
    out += list_html(p.notes, "None.");
    return out + "</section>\n";
}

std::string commitments_section(const scenario& s, const expansion& e) {
    if (e.commitments.empty()) return "";
    std::string out =
        "<section>\n<h2>Unfunded commitments</h2>\n<p>Required by the programmes but "
        "not funded: tracked at zero cost.</p>\n"
        "<div class=\"scroll\"><table class=\"list\" id=\"commitments\">\n"
        "<thead><tr><th scope=\"col\">Participant</th><th scope=\"col\">What</th>"
        "<th scope=\"col\">Who</th><th scope=\"col\">Days</th>"
        "<th scope=\"col\">Programme year</th></tr></thead>\n<tbody>\n";
    for (const commitment_line& c : e.commitments) {
        const std::string id =
            c.participant < s.roster.size() ? s.roster[c.participant].id : std::string();
        out += fmt::format(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td>"
            "<td>{} to {}</td></tr>\n",
            esc(id), esc(c.spec ? c.spec->what : ""), esc(c.spec ? c.spec->who : ""),
            esc(c.spec ? to_string(c.spec->time) : ""), esc(to_string(c.window.begin)),
            esc(to_string(c.window.last_day())));
    }
    return out + "</tbody>\n</table></div>\n</section>\n";
}

}  // namespace

std::string render_forecast_html(const scenario& s, const expansion& e, period_kind chart_period) {
    const page_figures p = figures_of(s, e, chart_period);
    const std::string title = s.name.empty() ? std::string("Funding forecast") : s.name;
    std::string out;
    out.reserve(64 * 1024);
    out += head(title);
    out += headline(s, p, title);
    out += chart_section(p, chart_period);
    out += years_sections(p);
    out += basis_sections(p);
    out += commitments_section(s, e);
    out += fmt::format(
        "<footer>Amounts in pounds sterling, exact to the penny. Each cost line is phased over "
        "time by cumulative rounding (the phasing used is listed under Assumptions), so terms "
        "and months add up to the years exactly. Written by mhfund {}.</footer>\n",
        version_string());
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace v1
}  // namespace mhfund
