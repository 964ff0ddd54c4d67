// What the HTML report's figures rest on: the assumptions, the warnings and notes grouped by
// kind with a count for each (a national roster has some 100,000 notes of a handful of kinds,
// so each kind lists at most a capped number and says how many more), and the unfunded
// commitments counted by what they are.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "mhfund/detail/money_text.hpp"
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

namespace {

std::string count_of(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", detail::group_thousands(static_cast<uint64_t>(n)),
                       n == 1 ? one : many);
}

std::string assumptions_table(const std::vector<assumption>& assumptions) {
    if (assumptions.empty()) return "<p class=\"empty\">None.</p>\n";
    std::string out =
        "<div class=\"scroll\"><table class=\"list\" id=\"assumptions\">\n"
        "<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th>"
        "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n";
    for (const assumption& a : assumptions)
        out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                           esc(a.setting), esc(a.value), esc(a.note));
    return out + "</tbody>\n</table></div>\n";
}

/// One `<details>` per kind, in order of first appearance, its summary the kind and count.
std::string findings_html(const std::vector<finding>& items, const char* one, const char* many,
                          std::size_t cap) {
    if (items.empty()) return "<p class=\"empty\">None.</p>\n";
    std::vector<std::string> order;
    std::map<std::string, std::vector<const finding*>> by_kind;
    for (const finding& f : items) {
        const std::string kind = f.kind.empty() ? std::string("other") : f.kind;
        auto& list = by_kind[kind];
        if (list.empty()) order.push_back(kind);
        list.push_back(&f);
    }
    std::string out;
    for (const std::string& kind : order) {
        const auto& list = by_kind[kind];
        out += fmt::format(
            "<details data-kind=\"{}\"{}>\n<summary><span class=\"count\">{}</span>: {}</summary>\n"
            "<ul class=\"items\">\n",
            esc(kind), list.size() <= 3 ? " open" : "", esc(count_of(list.size(), one, many)),
            esc(kind));
        for (std::size_t i = 0; i < list.size() && i < cap; ++i)
            out += fmt::format("<li>{}</li>\n", esc(list[i]->message()));
        out += "</ul>\n";
        if (list.size() > cap)
            out += fmt::format(
                "<p class=\"more\">and {} more: <code>mhfund explain</code> shows each "
                "participant's, and <code>--format json</code> lists them all.</p>\n",
                detail::group_thousands(static_cast<uint64_t>(list.size() - cap)));
        out += "</details>\n";
    }
    return out;
}

}  // namespace

std::string basis_sections(const std::vector<assumption>& assumptions,
                           const std::vector<finding>& warnings, const std::vector<finding>& notes,
                           std::size_t cap) {
    std::string out =
        "<section class=\"keep\">\n<h2>Assumptions</h2>\n<p>Settings and policies that are not "
        "figures from "
        "the programme documents.</p>\n";
    out += assumptions_table(assumptions);
    out += fmt::format("</section>\n<section id=\"warnings\">\n<h2>Warnings ({})</h2>\n",
                       detail::group_thousands(static_cast<uint64_t>(warnings.size())));
    out += findings_html(warnings, "warning", "warnings", cap);
    out += fmt::format("</section>\n<section id=\"notes\">\n<h2>Notes ({})</h2>\n",
                       detail::group_thousands(static_cast<uint64_t>(notes.size())));
    out += findings_html(notes, "note", "notes", cap);
    return out + "</section>\n";
}

std::string commitments_section(const scenario& s, const expansion& e, std::size_t cap) {
    if (e.commitments.empty()) return "";
    // Counted by what is required, of whom and for how long.
    using what = std::tuple<std::string, std::string, std::string>;
    std::map<what, std::size_t> counts;
    for (const commitment_line& c : e.commitments)
        if (c.spec) ++counts[what{c.spec->what, c.spec->who, to_string(c.spec->time)}];
    std::string out =
        "<section>\n<h2>Unfunded commitments</h2>\n<p>Required by the programmes but "
        "not funded: tracked at zero cost.</p>\n"
        "<div class=\"scroll\"><table class=\"list\" id=\"commitments-summary\">\n"
        "<thead><tr><th scope=\"col\">What</th><th scope=\"col\">Who</th>"
        "<th scope=\"col\">Days</th><th scope=\"col\">How many</th></tr></thead>\n"
        "<tbody>\n";
    for (const auto& [w, n] : counts)
        out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           esc(std::get<0>(w)), esc(std::get<1>(w)), esc(std::get<2>(w)),
                           detail::group_thousands(static_cast<uint64_t>(n)));
    out += fmt::format(
        "</tbody>\n</table></div>\n<details>\n<summary>Each commitment ({})</summary>\n"
        "<div class=\"scroll\"><table class=\"list\" id=\"commitments\">\n"
        "<thead><tr><th scope=\"col\">Participant</th><th scope=\"col\">What</th>"
        "<th scope=\"col\">Programme year</th></tr></thead>\n<tbody>\n",
        detail::group_thousands(static_cast<uint64_t>(e.commitments.size())));
    for (std::size_t i = 0; i < e.commitments.size() && i < cap; ++i) {
        const commitment_line& c = e.commitments[i];
        const std::string id =
            c.participant < s.roster.size() ? s.roster[c.participant].id : std::string();
        out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{} to {}</td></tr>\n",
                           esc(id), esc(c.spec ? c.spec->what : ""), esc(to_string(c.window.begin)),
                           esc(to_string(c.window.last_day())));
    }
    out += "</tbody>\n</table></div>\n";
    if (e.commitments.size() > cap)
        out += fmt::format(
            "<p class=\"more\">and {} more: <code>mhfund explain</code> shows "
            "each participant's.</p>\n",
            detail::group_thousands(static_cast<uint64_t>(e.commitments.size() - cap)));
    return out + "</details>\n</section>\n";
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
