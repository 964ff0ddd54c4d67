// The HTML report's stacked bar chart of spend per period by programme, as inline SVG. Its
// geometry is computed from pence with integer arithmetic, in tenths of a pixel, so that the
// same forecast always draws the same picture.
#include <algorithm>
#include <cstdint>
#include <initializer_list>

#include <fmt/format.h>

#include "mhfund/detail/money_text.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/report.hpp"
#include "mhfund/version.hpp"
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

using int128 = detail::int128;

/// A tenth-of-a-pixel coordinate written as a decimal: 1234 → "123.4".
std::string px(int64_t tenths) {
    const char* sign = tenths < 0 ? "-" : "";
    const int64_t mag = tenths < 0 ? -tenths : tenths;
    if (mag % 10 == 0) return fmt::format("{}{}", sign, mag / 10);
    return fmt::format("{}{}.{}", sign, mag / 10, mag % 10);
}

/// An axis amount: from £1m, in millions to a tenth (`£2.5m`, `£500m`), so that a national
/// chart's labels clear the axis title; whole pounds without the pence (`£5,000`); otherwise as
/// displayed.
std::string axis_amount(money m) {
    constexpr int64_t million = 100'000'000, tenth = 10'000'000;  // in pence
    if (m.pence() >= million && m.pence() % tenth == 0) {
        const int64_t tenths = m.pence() / tenth;
        const std::string whole = detail::group_thousands(static_cast<uint64_t>(tenths / 10));
        return tenths % 10 == 0 ? fmt::format("£{}m", whole)
                                : fmt::format("£{}.{}m", whole, tenths % 10);
    }
    std::string text = to_display(m);
    if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0)
        text.resize(text.size() - 3);
    return text;
}

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies; then black and
// a light grey, so that the 9 regions of England each have a colour of their own.
constexpr const char* palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                   "#D55E00", "#8C6D1F", "#555555", "#000000", "#B8B8B8"};

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
            const int month = p.range.begin.month();
            return {std::string(detail::month_abbreviation(month)),
                    first || month == 1 ? std::to_string(static_cast<int>(p.range.begin.year()))
                                        : std::string()};
        }
        default:
            return {p.label(), ""};
    }
}

/// The chart's layout in tenths of a pixel, and its amount axis.
struct frame {
    explicit frame(const grid& g);

    /// Whether the bars are too narrow for level labels (e.g. 36 months): they then stand
    /// turned up the page, and the axis title and legend move down to make room.
    bool narrow = false;

    /// y of a cumulative amount: the axis line at 0, the plot's top at axis_max.
    int64_t y_of(int64_t pence) const {
        const int64_t clipped = std::max<int64_t>(pence, 0);
        return axis_y - static_cast<int64_t>(round_half_up_div(
                            static_cast<int128>(clipped) * plot_h, static_cast<int128>(axis_max)));
    }

    const int64_t width = 10000, left = 1250, right = 200, top = 300, plot_h = 3600;
    const int64_t plot_w = width - left - right;
    const int64_t axis_y = top + plot_h;
    int64_t title_y = axis_y + 600;
    int64_t legend_top = axis_y + 750;
    const int64_t legend_row = 300;  // room for 18px text when printed (html_style.cpp)
    int64_t height = 0;
    int64_t step = 0;      ///< pence between grid lines
    int64_t axis_max = 0;  ///< pence at the plot's top
};

frame::frame(const grid& g) {
    const int64_t n = std::max<int64_t>(static_cast<int64_t>(g.periods.size()), 1);
    narrow = plot_w / n < 400;
    if (narrow) {
        title_y = axis_y + 1050;
        legend_top = axis_y + 1250;
    }
    height = legend_top + static_cast<int64_t>(g.groups.size()) * legend_row + 200;
    int64_t max_pence = 0;
    for (const money m : g.period_totals)
        max_pence = std::max(max_pence, m.pence());
    step = nice_step(std::max<int64_t>(max_pence, 100), 6);
    axis_max = step * ((std::max<int64_t>(max_pence, 1) + step - 1) / step);
}

/// Grid lines and the amount axis.
std::string amount_axis(const frame& f, const std::string& unit) {
    std::string out = "<g class=\"axis y\">\n";
    for (int64_t v = 0; v <= f.axis_max; v += f.step) {
        const int64_t y = f.y_of(v);
        out += fmt::format(
            "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" class=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            px(f.left), px(f.left + f.plot_w), px(y), px(y), v == 0 ? "base" : "grid",
            px(f.left - 100), px(y + 45), esc(axis_amount(money::from_pence(v))));
    }
    out += fmt::format(
        "<text class=\"title\" transform=\"translate({},{}) rotate(-90)\" "
        "text-anchor=\"middle\">Spend per {} (£)</text>\n</g>\n",
        px(220), px(f.top + f.plot_h / 2), esc(unit));
    return out;
}

/// Where the bars go: one slot per period, the bar centred in it.
struct bar_slots {
    int64_t slot;
    int64_t bar_w;
    bool label_totals;  ///< room for "£22,491.67" above each bar
    bool narrow;        ///< e.g. 36 months: smaller labels under the bars
};

bar_slots slots_of(const grid& g, const frame& f) {
    const int64_t n = std::max<int64_t>(static_cast<int64_t>(g.periods.size()), 1);
    const int64_t slot = f.plot_w / n;
    // A bar's total fits above it when its slot holds the longest (12px bold: about 7.5px a
    // character, "£22,491.67" 75px).
    std::size_t longest = 0;
    for (const money m : g.period_totals)
        longest = std::max(longest, to_display(m).size());
    const bool fits = slot >= std::max<int64_t>(800, static_cast<int64_t>(longest) * 75 + 40);
    return {slot, std::max<int64_t>(slot * 62 / 100, 10), fits, f.narrow};
}

/// The bar of period `c`: its segments, its total above and its label below.
std::string bar(const grid& g, const frame& f, const bar_slots& s, std::size_t c) {
    std::string out;
    const int64_t x = f.left + static_cast<int64_t>(c) * s.slot + (s.slot - s.bar_w) / 2;
    const std::string when = g.periods[c].label();
    int64_t below = 0;
    const bool by_programme = g.by.size() == 1 && g.by.front() == dimension::programme;
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const money m = g.cells[i][c];
        if (!g.filled[i][c] || m.pence() == 0) continue;
        // Stacked from the cumulative sums, so segments meet exactly whatever the rounding.
        const int64_t y_bottom = f.y_of(below);
        below = detail::checked_add(below, std::max<int64_t>(m.pence(), 0));
        const int64_t y_top = f.y_of(below);
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
            "data-group=\"{}\"{} data-period=\"{}\" data-amount-pence=\"{}\">"
            "<title>{}, {}: {}</title></rect>\n",
            px(x), px(y_top), px(s.bar_w), px(y_bottom - y_top), colour(i), esc(g.groups[i]),
            by_programme ? " data-programme=\"" + esc(g.groups[i]) + "\"" : std::string(),
            esc(when), m.pence(), esc(g.names[i]), esc(when), esc(to_display(m)));
    }
    if (s.label_totals && g.period_totals[c].pence() > 0)
        out += fmt::format(
            "<text class=\"bar-total\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            px(x + s.bar_w / 2), px(f.y_of(below) - 70), esc(to_display(g.period_totals[c])));
    const auto [line1, line2] = bar_label(g.periods[c], c == 0);
    if (s.narrow) {
        // Turned up the page: "Sep 2024" reads along the bar, clear of its neighbours.
        const int64_t cx = x + s.bar_w / 2 + 45, cy = f.axis_y + 120;
        return out + fmt::format(
                         "<text class=\"narrow\" x=\"{}\" y=\"{}\" text-anchor=\"end\" "
                         "transform=\"rotate(-90 {} {})\">{}{}</text>\n",
                         px(cx), px(cy), px(cx), px(cy), esc(line1),
                         line2.empty() ? std::string() : " " + esc(line2));
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       px(x + s.bar_w / 2), px(f.axis_y + 200), esc(line1));
    if (!line2.empty())
        out +=
            fmt::format("<text class=\"sub\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                        px(x + s.bar_w / 2), px(f.axis_y + 370), esc(line2));
    return out;
}

std::string period_axis_title(const frame& f, period_kind kind) {
    return fmt::format(
        "<text class=\"title\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{} ({})</text>\n",
        px(f.left + f.plot_w / 2), px(f.title_y),
        kind == period_kind::term    ? "Term"
        : kind == period_kind::month ? "Month"
                                     : "Period",
        kind == period_kind::term    ? "academic year below"
        : kind == period_kind::month ? "calendar year below"
                                     : "as labelled");
}

/// One row per programme, in stacking order.
std::string legend(const grid& g, const frame& f) {
    std::string out = "<g class=\"legend\">\n";
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const int64_t y = f.legend_top + static_cast<int64_t>(i) * f.legend_row;
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\"><tspan class=\"key\">{}</tspan> ({})</text>\n",
            px(f.left), px(y), colour(i), px(f.left + 220), px(y + 120), esc(g.names[i]),
            esc(to_display(g.group_totals[i])));
    }
    return out + "</g>\n";
}

}  // namespace

std::size_t colours() {
    return sizeof(palette) / sizeof(palette[0]);
}

const char* colour(std::size_t i) {
    return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

std::string chart_svg(const grid& g, period_kind kind) {
    const frame f(g);
    const std::string unit = describe(kind);
    std::string label = fmt::format(
        "Stacked bar chart of spend per {} by {}, {} to {}; "
        "total {}.",
        unit, detail::to_lower_ascii(groups_heading(g.by)),
        g.periods.empty() ? "" : g.periods.front().label(),
        g.periods.empty() ? "" : g.periods.back().label(), to_display(g.total));
    std::string out = fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" "
        "width=\"{}\" height=\"{}\" font-size=\"13\">\n",
        esc(label), px(f.width), px(f.height), px(f.width), px(f.height));
    out += amount_axis(f, unit);
    const bar_slots s = slots_of(g, f);
    out += "<g class=\"bars\">\n";
    for (std::size_t c = 0; c < g.periods.size(); ++c)
        out += bar(g, f, s, c);
    out += "</g>\n";
    out += period_axis_title(f, kind);
    out += legend(g, f);
    out += "</svg>\n";
    return out;
}

std::string totals_svg(const grid& g, const std::string& what) {
    // Names on the left (room for "London Central and West Maths Hub (LO3)" at 18px when
    // printed), bars from x = 420, each total written after its bar.
    const int64_t width = 10000, bars_left = 4200, bars_w = 4300, row = 300, top = 100;
    const int64_t height = top + static_cast<int64_t>(g.groups.size()) * row + 100;
    int64_t max_pence = 1;
    for (const money m : g.group_totals)
        max_pence = std::max(max_pence, m.pence());
    std::string out = fmt::format(
        "<svg class=\"chart totals\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" "
        "width=\"{}\" height=\"{}\" font-size=\"13\">\n",
        esc(fmt::format("Bar chart of the total by {}: {} groups, total {}.", what, g.groups.size(),
                        to_display(g.total))),
        px(width), px(height), px(width), px(height));
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const int64_t y = top + static_cast<int64_t>(i) * row;
        const int64_t w = static_cast<int64_t>(round_half_up_div(
            static_cast<int128>(std::max<int64_t>(g.group_totals[i].pence(), 0)) * bars_w,
            static_cast<int128>(max_pence)));
        out += fmt::format(
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"{}\" y=\"{}\" width=\"{}\" "
            "height=\"{}\" fill=\"{}\" data-group=\"{}\" data-total-pence=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\">{}</text>\n",
            px(y + 190), esc(g.names[i]), px(bars_left), px(y + 40), px(w), px(row - 80), colour(0),
            esc(g.groups[i]), g.group_totals[i].pence(), px(bars_left + w + 80), px(y + 190),
            esc(to_display(g.group_totals[i])));
    }
    return out + "</svg>\n";
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
