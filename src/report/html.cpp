// The forecast as one self-contained HTML page for people: summary tables by academic and by
// financial year, a stacked bar chart of spend per term (or month) drawn as inline SVG, and
// the assumptions, warnings and notes every report must list (domain.md). The page loads
// nothing: no script, no external style sheet, font or image, and a Content-Security-Policy
// that forbids fetching any, so it can be mailed or archived as it is.
//
// Money stays in integer pence throughout; the chart's geometry is computed from pence with
// integer arithmetic, in tenths of a pixel.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "mhfund/error.hpp"
#include "mhfund/report.hpp"
#include "mhfund/version.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using int128 = detail::int128;

/// Text for HTML element content and attribute values alike.
std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string long_date(date d) {
    static const char* const names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    return fmt::format("{} {} {}", static_cast<int>(d.day()), names[d.month() - 1],
                       static_cast<int>(d.year()));
}

/// A tenth-of-a-pixel coordinate written as a decimal: 1234 → "123.4".
std::string px(int64_t tenths) {
    const char* sign = tenths < 0 ? "-" : "";
    const int64_t mag = tenths < 0 ? -tenths : tenths;
    if (mag % 10 == 0) return fmt::format("{}{}", sign, mag / 10);
    return fmt::format("{}{}.{}", sign, mag / 10, mag % 10);
}

/// An axis amount: whole pounds without the pence (`£5,000`), otherwise as displayed.
std::string axis_amount(money m) {
    std::string text = to_display(m);
    if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0)
        text.resize(text.size() - 3);
    return text;
}

/// A forecast's rows as a grid: one row per group (in the rows' order), one column per period.
struct grid {
    std::vector<std::string> groups;  ///< the programme of each row
    std::vector<period> periods;
    std::vector<std::vector<money>> cells;  ///< [group][period]
    std::vector<std::vector<bool>> filled;  ///< whether any row fell in the cell
    std::vector<money> group_totals;
    std::vector<money> period_totals;
    money total;
};

grid make_grid(const forecast_result& r) {
    grid g;
    g.periods = r.periods;
    std::map<date, std::size_t> column_of;
    for (std::size_t i = 0; i < r.periods.size(); ++i)
        column_of[r.periods[i].range.begin] = i;
    std::map<std::string, std::size_t> row_of;
    for (const forecast_row& row : r.rows) {
        const std::string key = row.keys.empty() ? "all" : row.keys.front();
        auto it = row_of.find(key);
        if (it == row_of.end()) {
            it = row_of.emplace(key, g.groups.size()).first;
            g.groups.push_back(key);
            g.cells.emplace_back(r.periods.size());
            g.filled.emplace_back(r.periods.size(), false);
            g.group_totals.emplace_back();
        }
        const auto col = column_of.find(row.when.range.begin);
        if (col == column_of.end())
            throw error(errc::internal, "forecast row for period " + row.when.label() +
                                            ", which is not among the result's periods");
        g.cells[it->second][col->second] += row.amount;
        g.filled[it->second][col->second] = true;
    }
    g.period_totals.resize(r.periods.size());
    for (std::size_t i = 0; i < g.groups.size(); ++i)
        for (std::size_t c = 0; c < g.periods.size(); ++c) {
            g.group_totals[i] += g.cells[i][c];
            g.period_totals[c] += g.cells[i][c];
            g.total += g.cells[i][c];
        }
    // A report whose table disagrees with the library's total would contradict itself.
    if (g.total != r.total)
        throw error(errc::internal,
                    fmt::format("report rows sum to {} but the forecast total is {}",
                                to_display(g.total), to_display(r.total)));
    return g;
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

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
constexpr const char* palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                   "#56B4E9", "#D55E00", "#8C6D1F", "#555555"};

const char* colour(std::size_t i) {
    return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

/// The summary table of `g`: programmes down, periods across, with a Total column and row.
std::string table_html(const grid& g, const std::string& caption, const std::string& id) {
    std::string out = fmt::format(
        "<div class=\"scroll\"><table id=\"{}\">\n<caption>{}</caption>\n", esc(id), esc(caption));
    out += "<thead><tr><th scope=\"col\">Programme</th>";
    for (const period& p : g.periods)
        out += fmt::format("<th scope=\"col\">{}</th>", esc(p.label()));
    out += "<th scope=\"col\" class=\"total\">Total</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        out += fmt::format("<tr><th scope=\"row\">{}</th>", esc(g.groups[i]));
        for (std::size_t c = 0; c < g.periods.size(); ++c)
            out += g.filled[i][c] ? fmt::format("<td>{}</td>", esc(to_display(g.cells[i][c])))
                                  : std::string("<td class=\"none\">-</td>");
        out +=
            fmt::format("<td class=\"total\">{}</td></tr>\n", esc(to_display(g.group_totals[i])));
    }
    out += "</tbody>\n<tfoot><tr><th scope=\"row\">Total</th>";
    for (const money m : g.period_totals)
        out += fmt::format("<td>{}</td>", esc(to_display(m)));
    out += fmt::format("<td class=\"total grand\">{}</td></tr></tfoot>\n</table></div>\n",
                       esc(to_display(g.total)));
    return out;
}

/// Axis steps of 1, 2 or 5 × 10^k pence, so that the axis has at most `max_ticks` steps.
int64_t nice_step(int64_t max_pence, int64_t max_ticks) {
    int64_t magnitude = 1;
    for (;;) {
        for (const int64_t m : {1, 2, 5}) {
            const int64_t step = m * magnitude;
            if ((max_pence + step - 1) / step <= max_ticks) return step;
        }
        magnitude *= 10;
    }
}

/// Two lines of text under a bar: a term's name and academic year, or a month and (in
/// January and in the first month shown) its year.
std::pair<std::string, std::string> bar_label(const period& p, bool first) {
    switch (p.kind) {
        case period_kind::term: {
            std::string term(to_string(p.term));
            term[0] = static_cast<char>(term[0] - 'a' + 'A');
            return {term, academic_year::containing(p.range.begin).to_string()};
        }
        case period_kind::month: {
            static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            const int month = p.range.begin.month();
            return {names[month - 1], first || month == 1
                                          ? std::to_string(static_cast<int>(p.range.begin.year()))
                                          : std::string()};
        }
        default:
            return {p.label(), ""};
    }
}

/// The stacked bar chart: one bar per period, one segment per programme (in the legend's
/// order, bottom up). Each segment is a <rect> with data attributes and a <title> tooltip.
std::string chart_svg(const grid& g, const std::map<std::string, std::vector<std::string>>& titles,
                      period_kind kind) {
    // Layout in tenths of a pixel.
    const int64_t width = 10000, left = 1000, right = 200, top = 300, plot_h = 3600;
    const int64_t plot_w = width - left - right;
    const int64_t axis_y = top + plot_h;
    const int64_t legend_top = axis_y + 750;
    const int64_t legend_row = 260;
    const int64_t height = legend_top + static_cast<int64_t>(g.groups.size()) * legend_row + 200;

    int64_t max_pence = 0;
    for (const money m : g.period_totals)
        max_pence = std::max(max_pence, m.pence());
    const int64_t step = nice_step(std::max<int64_t>(max_pence, 100), 6);
    const int64_t axis_max = step * ((std::max<int64_t>(max_pence, 1) + step - 1) / step);
    // y of a cumulative amount: the axis line at 0, the plot's top at axis_max.
    auto y_of = [&](int64_t pence) {
        const int64_t clipped = std::max<int64_t>(pence, 0);
        return axis_y - static_cast<int64_t>(round_half_up_div(
                            static_cast<int128>(clipped) * plot_h, static_cast<int128>(axis_max)));
    };

    const std::string unit = describe(kind);
    std::string label = fmt::format(
        "Stacked bar chart of spend per {} by programme, {} to {}; "
        "total {}.",
        unit, g.periods.empty() ? "" : g.periods.front().label(),
        g.periods.empty() ? "" : g.periods.back().label(), to_display(g.total));
    std::string out = fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" "
        "width=\"{}\" height=\"{}\" font-size=\"13\">\n",
        esc(label), px(width), px(height), px(width), px(height));

    // Grid lines and the amount axis.
    out += "<g class=\"axis y\">\n";
    for (int64_t v = 0; v <= axis_max; v += step) {
        const int64_t y = y_of(v);
        out += fmt::format(
            "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" class=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            px(left), px(left + plot_w), px(y), px(y), v == 0 ? "base" : "grid", px(left - 100),
            px(y + 45), esc(axis_amount(money::from_pence(v))));
    }
    out += fmt::format(
        "<text class=\"title\" transform=\"translate({},{}) rotate(-90)\" "
        "text-anchor=\"middle\">Spend per {} (£)</text>\n</g>\n",
        px(220), px(top + plot_h / 2), esc(unit));

    // Bars.
    const int64_t n = std::max<int64_t>(static_cast<int64_t>(g.periods.size()), 1);
    const int64_t slot = plot_w / n;
    const int64_t bar_w = std::max<int64_t>(slot * 62 / 100, 10);
    const bool label_totals = slot >= 800;  // room for "£22,491.67" above each bar
    const bool narrow = slot < 400;         // e.g. 36 months: smaller labels under the bars
    out += "<g class=\"bars\">\n";
    for (std::size_t c = 0; c < g.periods.size(); ++c) {
        const int64_t x = left + static_cast<int64_t>(c) * slot + (slot - bar_w) / 2;
        const std::string when = g.periods[c].label();
        int64_t below = 0;
        for (std::size_t i = 0; i < g.groups.size(); ++i) {
            const money m = g.cells[i][c];
            if (!g.filled[i][c] || m.pence() == 0) continue;
            // Stacked from the cumulative sums, so segments meet exactly whatever the rounding.
            const int64_t y_bottom = y_of(below);
            below = detail::checked_add(below, std::max<int64_t>(m.pence(), 0));
            const int64_t y_top = y_of(below);
            out += fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
                "data-programme=\"{}\" data-period=\"{}\" data-amount-pence=\"{}\">"
                "<title>{}, {}: {}</title></rect>\n",
                px(x), px(y_top), px(bar_w), px(y_bottom - y_top), colour(i), esc(g.groups[i]),
                esc(when), m.pence(), esc(g.groups[i]), esc(when), esc(to_display(m)));
        }
        if (label_totals && g.period_totals[c].pence() > 0)
            out += fmt::format(
                "<text class=\"bar-total\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                px(x + bar_w / 2), px(y_of(below) - 70), esc(to_display(g.period_totals[c])));
        const auto [line1, line2] = bar_label(g.periods[c], c == 0);
        out += fmt::format("<text{} x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                           narrow ? " class=\"narrow\"" : "", px(x + bar_w / 2), px(axis_y + 200),
                           esc(line1));
        if (!line2.empty())
            out += fmt::format(
                "<text class=\"sub\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                px(x + bar_w / 2), px(axis_y + 370), esc(line2));
    }
    out += "</g>\n";
    out += fmt::format(
        "<text class=\"title\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{} ({})</text>\n",
        px(left + plot_w / 2), px(axis_y + 600),
        kind == period_kind::term    ? "Term"
        : kind == period_kind::month ? "Month"
                                     : "Period",
        kind == period_kind::term    ? "academic year below"
        : kind == period_kind::month ? "calendar year below"
                                     : "as labelled");

    // Legend: one row per programme, in stacking order.
    out += "<g class=\"legend\">\n";
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const int64_t y = legend_top + static_cast<int64_t>(i) * legend_row;
        const auto t = titles.find(g.groups[i]);
        const std::string name = t == titles.end() ? "" : " — " + detail::join(t->second, "; ");
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\"><tspan class=\"key\">{}</tspan>{} ({})</text>\n",
            px(left), px(y), colour(i), px(left + 220), px(y + 120), esc(g.groups[i]), esc(name),
            esc(to_display(g.group_totals[i])));
    }
    out += "</g>\n</svg>\n";
    return out;
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

std::string list_html(const std::vector<std::string>& items, const std::string& none) {
    if (items.empty()) return fmt::format("<p class=\"empty\">{}</p>\n", esc(none));
    std::string out = "<ul class=\"items\">\n";
    for (const std::string& item : items)
        out += fmt::format("<li>{}</li>\n", esc(item));
    return out + "</ul>\n";
}

}  // namespace

std::string render_forecast_html(const scenario& s, const expansion& e, period_kind chart_period) {
    forecast_options o;
    o.by = {dimension::programme};
    o.period = period_kind::academic_year;
    const forecast_result academic = summarise(e, o);
    o.period = period_kind::financial_year;
    const forecast_result financial = summarise(e, o);
    o.period = chart_period;
    const forecast_result chart = summarise(e, o);

    const grid by_academic = make_grid(academic);
    const grid by_financial = make_grid(financial);
    const grid by_chart = make_grid(chart);
    const auto titles = programme_titles(s);
    const auto results = {&academic, &financial, &chart};
    std::vector<assumption> assumptions;
    std::vector<std::string> warnings, notes;
    for (const forecast_result* r : results) {
        assumptions = merged({&assumptions, &r->assumptions},
                             [](const assumption& a) { return a.setting + "=" + a.value; });
        warnings = merged({&warnings, &r->warnings}, [](const std::string& w) { return w; });
        notes = merged({&notes, &r->notes}, [](const std::string& n) { return n; });
    }

    const std::string title = s.name.empty() ? std::string("Funding forecast") : s.name;
    const date_range h = academic.horizon;
    const std::string horizon = h.empty()
                                    ? std::string("nothing to forecast")
                                    : fmt::format("{} to {}", long_date(h.begin),
                                                  long_date(h.last_day()));
    std::string years;
    for (const period& p : academic.periods)
        years += (years.empty() ? "" : ", ") + p.label();

    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Nothing may be fetched: the page is complete as it is.
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<meta name=\"generator\" content=\"mhfund {}.{}.{}\">\n",
                       MHFUND_VERSION_MAJOR, MHFUND_VERSION_MINOR, MHFUND_VERSION_PATCH);
    out += fmt::format("<title>{} — funding forecast</title>\n", esc(title));
    out += fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", style);

    // Title, horizon and the headline figures.
    out += fmt::format("<header>\n<h1>{}</h1>\n", esc(title));
    out += fmt::format("<p class=\"meta\">Funding forecast, {}{}</p>\n", esc(horizon),
                       years.empty() ? std::string() : " (academic years " + esc(years) + ")");
    if (!s.hub.empty()) out += fmt::format("<p class=\"meta\">Hub: {}</p>\n", esc(s.hub));
    if (!s.file.empty()) out += fmt::format("<p class=\"meta\">Scenario: {}</p>\n", esc(s.file));
    out += "</header>\n<ul class=\"figures\" aria-label=\"Totals\">\n";
    out += fmt::format(
        "<li><span class=\"label\">Total forecast</span>"
        "<span class=\"value\" id=\"grand-total\">{}</span></li>\n",
        esc(to_display(academic.total)));
    for (std::size_t i = 0; i < by_academic.groups.size(); ++i) {
        // Colours follow the chart's, which stacks the same programmes in the same order.
        const auto it =
            std::find(by_chart.groups.begin(), by_chart.groups.end(), by_academic.groups[i]);
        const std::size_t ci = static_cast<std::size_t>(it - by_chart.groups.begin());
        out += fmt::format(
            "<li style=\"--c: {}\"><span class=\"label\">{}</span>"
            "<span class=\"value\">{}</span></li>\n",
            colour(ci), esc(by_academic.groups[i]), esc(to_display(by_academic.group_totals[i])));
    }
    out += "</ul>\n";

    // The chart, with its figures as a table for those who cannot see it.
    out += fmt::format("<section>\n<h2>Spend per {}</h2>\n", esc(describe(chart_period)));
    out += chart_svg(by_chart, titles, chart_period);
    out += fmt::format("<details>\n<summary>The chart's figures, per {}</summary>\n",
                       esc(describe(chart_period)));
    out += table_html(by_chart, "By programme and " + describe(chart_period), "by-chart");
    out += "</details>\n</section>\n";

    out += "<section>\n<h2>By academic year (1 September – 31 August)</h2>\n";
    out += table_html(by_academic, "Spend by programme and academic year", "by-academic");
    out += "</section>\n<section>\n<h2>By financial year (1 April – 31 March)</h2>\n";
    out += table_html(by_financial, "Spend by programme and financial year", "by-financial");
    if (!h.empty() && (h.begin != financial_year::containing(h.begin).first_day() ||
                       h.end != financial_year::containing(h.end).first_day()))
        out +=
            "<p class=\"meta\">The first and last financial years hold only the part that "
            "falls within the forecast's horizon.</p>\n";
    out += "</section>\n";

    // What the figures rest on.
    out +=
        "<section>\n<h2>Assumptions</h2>\n<p>Settings and policies that are not figures from "
        "the programme documents.</p>\n";
    if (assumptions.empty()) {
        out += "<p class=\"empty\">None.</p>\n";
    } else {
        out +=
            "<div class=\"scroll\"><table class=\"list\" id=\"assumptions\">\n"
            "<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th>"
            "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n";
        for (const assumption& a : assumptions)
            out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                               esc(a.setting), esc(a.value), esc(a.note));
        out += "</tbody>\n</table></div>\n";
    }
    out += "</section>\n<section>\n<h2>Warnings</h2>\n";
    out += list_html(warnings, "None.");
    out += "</section>\n<section>\n<h2>Notes</h2>\n";
    out += list_html(notes, "None.");
    out += "</section>\n";

    if (!e.commitments.empty()) {
        out +=
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
        out += "</tbody>\n</table></div>\n</section>\n";
    }

    out += fmt::format(
        "<footer>Amounts in pounds sterling, exact to the penny. Each cost line is phased over "
        "time by cumulative rounding (the phasing used is listed under Assumptions), so terms "
        "and months add up to the years exactly. Written by mhfund {}.{}.{}.</footer>\n",
        MHFUND_VERSION_MAJOR, MHFUND_VERSION_MINOR, MHFUND_VERSION_PATCH);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace v1
}  // namespace mhfund
