// `mhfund programmes`: every edition's allocation table. Editions are priced without a
// scenario, so lines whose days or rate only a scenario can give (year-3 SLE days, the SLE rate)
// are shown as settings, not priced.
#include <algorithm>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/pricing.hpp"
#include "report/text_layout.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

namespace {

/// "setting sle_rate" when the rate card has no value in force on `on` (the documents give
/// none), else the value and what it is.
std::string rate_cell(const rate_card& rates, const std::string& id, date on) {
    const rate_def* r = rates.find(id);
    if (!r) return "rate " + id + " (not in the rate card)";
    for (const rate_value& v : r->values)
        if (v.from <= on)
            return to_display(rates.in_force(id, on).value->amount) + " " + r->description;
    return "rate: setting " + (r->setting.empty() ? id : r->setting);
}

/// The edition less the lines whose days come from a setting: priced alone, what remains is
/// exactly what the documents fix.
edition without_setting_lines(const edition& ed) {
    edition fixed = ed;
    for (year_spec& y : fixed.years) {
        std::vector<line_spec> kept;
        for (line_spec& l : y.lines)
            if (l.days) kept.push_back(std::move(l));
        y.lines = std::move(kept);
    }
    return fixed;
}

void specialist(std::string& out, const edition& ed, const rate_card& rates) {
    const edition fixed = without_setting_lines(ed);
    for (const cohort_spec& c : ed.cohorts) {
        out += fmt::format("  cohort {}: starts {} ({}{})\n", c.id, to_string(c.start), c.source,
                           c.note.empty() ? "" : "; " + c.note);
        for (const year_spec& y : ed.years) {
            const date_range window = programme_year_window(c.start, y.number);
            out += fmt::format("    year {}, {}{}\n", y.number, detail::range_text(window),
                               y.note.empty() ? "" : ": " + y.note);
            allocation a;
            try {
                a = price_year(fixed, c.id, y.number, price_options{}, rates);
            } catch (const error& e) {
                out += "      cannot be priced without a scenario: " + std::string(e.what()) + "\n";
                continue;
            }
            std::vector<std::vector<std::string>> rows;
            for (const priced_line& l : a.lines)
                rows.push_back({std::string(l.category), to_string(l.days) + " days",
                                "× " + to_display(l.value->amount) + " " + l.rate->description,
                                "= " + to_display(l.amount), "(" + std::string(l.source) + ")"});
            if (!a.lines.empty()) {
                rows.push_back({"total", "", "", "= " + to_display(a.total), ""});
                out += indent_lines(detail::layout_columns(rows, {false, true, false, true, false}),
                                    "      ");
            }
            // Days (and often the rate) only a scenario can give: named, never guessed.
            for (const line_spec& l : y.lines)
                if (!l.days)
                    out += fmt::format(
                        "      {}: days from setting {} × {}; set by the scenario "
                        "({}) ({})\n",
                        l.category, l.days_setting, rate_cell(rates, l.rate, window.begin),
                        l.days_required ? "required when the year is priced"
                                        : "priced only where set",
                        l.source);

            const bool has_pd_lead = std::any_of(y.lines.begin(), y.lines.end(),
                                                 [](const line_spec& l) { return l.pd_lead; });
            if (!has_pd_lead) continue;
            out += "      already an accredited PD Lead (setting pd_lead_policy; 000 footnote):\n";
            for (const pd_lead_policy p : {pd_lead_policy::unfunded, pd_lead_policy::reallocate}) {
                price_options o;
                o.pd_lead = p;
                o.pd_lead_accredited = true;
                const allocation v = price_year(fixed, c.id, y.number, o, rates);
                out += fmt::format(
                    "        {}{}: {} — {}\n", to_string(p),
                    p == pd_lead_policy::unfunded ? " (default)" : "", to_display(v.total),
                    detail::join(v.notes, "; ", [](const finding& n) { return n.text; }));
            }
        }
    }
    for (const commitment_spec& c : ed.commitments)
        out += fmt::format("  commitment (unfunded, £0.00), year {}: {} — {}, {} days ({})\n",
                           c.year, c.who, c.what, to_string(c.time), c.source);
    for (const actuals_spec& a : ed.actuals)
        out += fmt::format("  at actual cost (claims, no allocation), years {}: {} ({})\n",
                           detail::join(a.years, ", ", [](int y) { return std::to_string(y); }),
                           a.description, a.source);
}

void workgroup(std::string& out, const edition& ed, const rate_card& rates) {
    const workgroup_spec& w = *ed.workgroup;
    out += fmt::format("  {} departments per Work Group, {} Mastery Advocates per department\n",
                       w.departments, w.advocates_per_department);
    if (w.meetings) {
        out += fmt::format("  meetings: at least {} half-day meetings (default", *w.meetings);
        if (w.meetings_alternative)
            out += fmt::format("; alternative {}, setting meetings", *w.meetings_alternative);
        out += ")" + (w.meetings_source.empty() ? "" : " — " + w.meetings_source) + "\n";
    }
    for (const std::string& e : w.events)
        out += "  event: " + e + "\n";
    for (int y = 1; y <= w.years; ++y) {
        const academic_year ay = w.academic_year_of(y);
        out += fmt::format("  work-group year {}, {}:\n", y, ay.to_string());
        try {
            const allocation a = price_workgroup_department(ed, y, rates);
            for (const priced_line& l : a.lines) {
                const std::string how = l.rate
                                            ? fmt::format("{} in force on {}", l.rate->description,
                                                          to_string(a.window.begin))
                                            : std::string("fixed by the edition");
                out += fmt::format("    grant per department: {} ({}; {})\n", to_display(l.amount),
                                   how, l.source);
            }
            out += fmt::format("    per Work Group of {} departments: {}\n", w.departments,
                               to_display(a.total * w.departments));
            if (auto c = check_workgroup_release(ed, y, rates))
                out += "    check: " + c->message +
                       (w.release_source.empty() ? "" : " (" + w.release_source + ")") + "\n";
        } catch (const error& e) {
            out += "    cannot be priced without a scenario: " + std::string(e.what()) + "\n";
        }
    }
}

}  // namespace

CLI::App* add_programmes_command(CLI::App& app, programmes_command& c) {
    CLI::App* cmd = app.add_subcommand("programmes", "Allocation tables of the programme editions");
    cmd->add_option("--edition", c.edition,
                    "Only this edition: a built-in id, or an edition file (.toml) to check")
        ->type_name("ID");
    cmd->footer(
        "Examples:\n"
        "  mhfund programmes\n"
        "  mhfund programmes --edition sms-2022-cohort7");
    return cmd;
}

void run_programmes(const programmes_command& c) {
    catalogue cat = catalogue::builtin();
    const std::string only = edition_argument(cat, c.edition);
    emit(format_programmes(cat, only), "");
}

std::string format_programmes(const catalogue& cat, std::string_view only) {
    if (!only.empty()) cat.get(only);  // an unknown id is an error listing the known ones
    std::string out;
    for (const edition& ed : cat.editions()) {
        if (!only.empty() && ed.id != only) continue;
        if (!out.empty()) out += "\n";
        out += fmt::format("{}: {}\n", ed.id, ed.title);
        if (ed.kind == edition_kind::specialist) {
            out += fmt::format("  programme {}, specialist, at least {} year{}; source {}\n",
                               ed.programme, ed.min_years, ed.min_years == 1 ? "" : "s", ed.source);
            specialist(out, ed, cat.rates());
        } else {
            out += fmt::format("  programme {}, Work Group; source {}\n", ed.programme, ed.source);
            if (ed.workgroup) workgroup(out, ed, cat.rates());
        }
    }
    return out;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
