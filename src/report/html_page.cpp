// The forecast as one self-contained HTML page for people: summary tables by academic and by
// financial year, a stacked bar chart of spend per term (or month) drawn as inline SVG, and
// the assumptions, warnings and notes every report must list (domain.md). The page loads
// nothing: no script, no external style sheet, font or image, and a Content-Security-Policy
// that forbids fetching any, so it can be mailed or archived as it is.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
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

/// At most this many items of one kind of warning or note, or of commitments, are listed.
constexpr std::size_t listed_at_most = 200;

/// What a page shows: the forecast by programme per academic and per financial year, by the
/// chart's grouping per its period, and the `--by`/`--period` breakdown when it is none of
/// these; and what they rest on, each item once. All sums are the library's (summarise).
struct page_figures {
    forecast_result academic, financial, chart, view;
    grid by_academic, by_financial, by_chart, by_view;
    bool has_view = false;
    /// The first --by dimension's groups when they are too many to stack: a chart of totals.
    std::optional<grid> totals;
    std::vector<dimension> view_by;  ///< --by
    std::vector<assumption> assumptions;
    std::vector<finding> warnings, notes;
};

bool is_year(period_kind k) {
    return k == period_kind::academic_year || k == period_kind::financial_year;
}

/// How many distinct groups a forecast's rows have.
std::size_t groups_in(const forecast_result& r) {
    std::set<std::vector<std::string>> keys;
    for (const forecast_row& row : r.rows)
        keys.insert(row.keys);
    return keys.size();
}

page_figures figures_of(const scenario& s, const expansion& e, const html_options& h) {
    page_figures p;
    p.view_by = h.view.by;
    forecast_options o;
    o.by = {dimension::programme};
    o.period = period_kind::academic_year;
    p.academic = summarise(e, o);
    o.period = period_kind::financial_year;
    p.financial = summarise(e, o);
    // The chart stacks the breakdown's first dimension (programme by default); when that has
    // more groups than the chart has colours, hubs are stacked by region and other groups not
    // at all (the bars are then totals; the breakdown's table lists every group).
    o.by = h.view.by.empty() ? std::vector<dimension>{} : std::vector<dimension>{h.view.by.front()};
    o.period = h.chart_period;
    p.chart = summarise(e, o);
    if (!o.by.empty() && groups_in(p.chart) > report::colours()) {
        p.totals = report::make_grid(p.chart);
        report::set_names(*p.totals, s, report::programme_titles(s));
        o.by = o.by.front() == dimension::hub ? std::vector<dimension>{dimension::region}
                                              : std::vector<dimension>{};
        p.chart = summarise(e, o);
        if (groups_in(p.chart) > report::colours()) {
            o.by.clear();
            p.chart = summarise(e, o);
        }
    }
    const bool programme_years =
        h.view.by == std::vector<dimension>{dimension::programme} && is_year(h.view.period);
    p.has_view = !programme_years && !(h.view.by == o.by && h.view.period == o.period);
    if (p.has_view) p.view = summarise(e, h.view);
    const report::programme_names titles = report::programme_titles(s);
    for (const auto& [r, g] :
         {std::pair{&p.academic, &p.by_academic}, std::pair{&p.financial, &p.by_financial},
          std::pair{&p.chart, &p.by_chart}, std::pair{&p.view, &p.by_view}}) {
        if (r == &p.view && !p.has_view) continue;
        *g = report::make_grid(*r);
        report::set_names(*g, s, titles);
        p.assumptions = merged({&p.assumptions, &r->assumptions},
                               [](const assumption& a) { return a.setting + "=" + a.value; });
        const auto message = [](const finding& f) { return f.message(); };
        p.warnings = merged({&p.warnings, &r->warnings}, message);
        p.notes = merged({&p.notes, &r->notes}, message);
    }
    return p;
}

/// The hub line: the one hub's name, or how many hubs the plan spans.
std::string hubs_line(const scenario& s, const report::programme_names& titles, bool by_hub) {
    std::set<std::string> hubs;
    for (const participant& p : s.roster)
        if (!p.hub.empty()) hubs.insert(p.hub);
    for (const workgroup_department& d : s.departments)
        if (!d.hub.empty()) hubs.insert(d.hub);
    if (hubs.empty() && !s.hub.empty()) hubs.insert(s.hub);
    if (hubs.empty()) return "";
    if (hubs.size() == 1)
        return fmt::format("<p class=\"meta\">Hub: {}</p>\n",
                           esc(report::key_name(s, titles, dimension::hub, *hubs.begin())));
    return fmt::format("<p class=\"meta\">Hubs: {}{}</p>\n", hubs.size(),
                       by_hub ? "" : " (<code>--by hub</code> breaks the forecast down by hub)");
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
    out += fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", report::page_style);
    return out;
}

/// Title, horizon and the headline figures (the chart's groups, in its colours).
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
    out +=
        hubs_line(s, report::programme_titles(s),
                  std::find(p.view_by.begin(), p.view_by.end(), dimension::hub) != p.view_by.end());
    if (!s.file.empty()) out += fmt::format("<p class=\"meta\">Scenario: {}</p>\n", esc(s.file));
    out += "</header>\n<ul class=\"figures\" aria-label=\"Totals\">\n";
    out += fmt::format(
        "<li><span class=\"label\">Total forecast</span>"
        "<span class=\"value\" id=\"grand-total\">{}</span></li>\n",
        esc(to_display(p.academic.total)));
    const grid& g = p.by_chart;
    for (std::size_t i = 0; i < g.groups.size(); ++i)
        out += fmt::format(
            "<li style=\"--c: {}\"><span class=\"label\">{}</span>"
            "<span class=\"value\">{}</span></li>\n",
            report::colour(i), esc(g.names[i]), esc(to_display(g.group_totals[i])));
    return out + "</ul>\n";
}

/// The chart, with its figures as a table: folded away on screen, turned and printed on paper.
std::string chart_section(const page_figures& p, period_kind chart_period) {
    const std::string per = describe(chart_period);
    const std::string by = detail::to_lower_ascii(report::groups_heading(p.by_chart.by));
    std::string out = fmt::format("<section>\n<h2>Spend per {} by {}</h2>\n", esc(per), esc(by));
    out += report::chart_svg(p.by_chart, chart_period);
    out += fmt::format(
        "<details class=\"screen-only\">\n<summary>The chart's figures, per {}</summary>\n",
        esc(per));
    out += report::table_html(p.by_chart, "By " + by + " and " + per, "by-chart");
    out += "</details>\n<div class=\"print-only keep\">\n";
    out += report::table_by_period_html(p.by_chart, "The chart's figures: by " + per + " and " + by,
                                        "by-chart-print");
    out += "</div>\n</section>\n";
    if (p.totals) {
        const std::string what = detail::to_lower_ascii(report::groups_heading(p.totals->by));
        out += fmt::format("<section class=\"keep\">\n<h2>Total by {}</h2>\n", esc(what));
        out += report::totals_svg(*p.totals, what);
        out += "</section>\n";
    }
    return out;
}

/// The `--by`/`--period` breakdown, when the page's other tables are not it.
std::string view_section(const page_figures& p) {
    if (!p.has_view) return "";
    const std::string by = detail::to_lower_ascii(report::groups_heading(p.by_view.by));
    const std::string per = describe(p.view.period_type);
    std::string out = fmt::format(
        "<section class=\"keep\" id=\"breakdown\">\n<h2>By {} and {}</h2>\n", esc(by), esc(per));
    out += report::table_html(p.by_view, "Spend by " + by + " and " + per, "by-view");
    return out + "</section>\n";
}

std::string academic_section(const page_figures& p) {
    return "<section class=\"keep\">\n<h2>By academic year (1 September – 31 August)</h2>\n" +
           report::table_html(p.by_academic, "Spend by programme and academic year",
                              "by-academic") +
           "</section>\n";
}

std::string financial_section(const page_figures& p) {
    std::string out = "<section class=\"keep\">\n<h2>By financial year (1 April – 31 March)</h2>\n";
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

/// Sizes as people read them: "2,345 bytes", "12 kB".
std::string size_text(std::uintmax_t bytes) {
    if (bytes < 10000) return fmt::format("{} bytes", bytes);
    if (bytes < 10000000) return fmt::format("{} kB", (bytes + 500) / 1000);
    return fmt::format("{} MB", (bytes + 500000) / 1000000);
}

/// "1 kB, SHA-256 …": the size where the input is a file (built-in data has none) and the
/// fingerprint where the caller computed one.
std::string input_facts(const report_input& in) {
    if (in.sha256.empty()) return size_text(in.bytes);
    const std::string digest = "SHA-256 " + in.sha256;
    return in.bytes == 0 ? digest : size_text(in.bytes) + ", " + digest;
}

std::string footer(const html_options& h) {
    std::string out =
        "<footer>\n<p>Amounts in pounds sterling, exact to the penny. Each cost line is phased "
        "over time by cumulative rounding (the phasing used is listed under Assumptions), so "
        "terms and months add up to the years exactly.</p>\n";
    if (!h.inputs.empty()) {
        out += "<p>Inputs:</p>\n<ul id=\"inputs\">\n";
        for (const report_input& in : h.inputs)
            out += fmt::format("<li>{} ({})</li>\n", esc(in.name), input_facts(in));
        out += "</ul>\n";
    }
    out += fmt::format("<p>Written by mhfund {}{}.</p>\n</footer>\n", version_string(),
                       h.generated.empty()
                           ? std::string()
                           : " on <span id=\"generated\">" + esc(h.generated) + "</span>");
    return out;
}

}  // namespace

std::string render_forecast_html(const scenario& s, const expansion& e, period_kind chart_period) {
    html_options o;
    o.chart_period = chart_period;
    return render_forecast_html(s, e, o);
}

// The page's parts in order. A page of another kind (the running year's outturn, payees) is a
// further render_*_html built from the same parts: head, its sections, footer.
std::string render_forecast_html(const scenario& s, const expansion& e, const html_options& o) {
    const page_figures p = figures_of(s, e, o);
    const std::string title = s.name.empty() ? std::string("Funding forecast") : s.name;
    std::string out;
    out.reserve(64 * 1024);
    out += head(title);
    out += headline(s, p, title);
    out += chart_section(p, o.chart_period);
    out += view_section(p);
    // The year the breakdown asks for comes first.
    if (o.view.period == period_kind::financial_year)
        out += financial_section(p) + academic_section(p);
    else
        out += academic_section(p) + financial_section(p);
    out += report::basis_sections(p.assumptions, p.warnings, p.notes, listed_at_most);
    out += report::commitments_section(s, e, listed_at_most);
    out += footer(o);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace v1
}  // namespace mhfund
