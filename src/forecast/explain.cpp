// "Why is this figure what it is?" (domain.md section 7, question 5): every line's days × rate,
// which rate and from when, its window and weekdays, any withdrawal, and its split by academic
// and financial year.
#include <fmt/format.h>

#include "mhfund/forecast.hpp"
#include "mhfund/hubs.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

std::string window_text(const date_range& w) {
    return fmt::format("{} to {}", to_string(w.begin),
                       to_string(w.end - boost::gregorian::days(1)));
}

std::string split_text(const scenario& s, const cost_line& l, period_kind k) {
    std::string out;
    const date end = l.withdrawn && *l.withdrawn < l.window.end ? *l.withdrawn : l.window.end;
    for (date t = l.window.begin; t < end;) {
        const period p = period_containing(k, t, s.terms);
        const money m = l.share(t, std::min(p.range.end, end), s.term_weights, s.terms);
        if (!m.is_zero()) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", p.label(), m);
        t = p.range.end;
    }
    return out.empty() ? "nothing" : out;
}

std::string line_text(const scenario& s, const cost_line& l) {
    std::string out;
    const int64_t w = weekdays(l.window);
    if (l.type == cost_type::grant) {
        out += fmt::format("    {}: {}", l.category, l.amount);
        if (l.rate)
            out +=
                fmt::format(" = {} in force on {} (from {}; {})\n", l.rate->description,
                            to_string(l.window.begin), to_string(l.value->from), l.value->source);
        else
            out += " fixed by the edition\n";
    } else {
        out += fmt::format("    {}: {} days × {} {} = {}\n", l.category, to_string(l.days),
                           l.value->amount, l.rate->description, l.amount);
        out += fmt::format("      rate: in force on {} (from {}; {})\n", to_string(l.window.begin),
                           to_string(l.value->from), l.value->source);
        out += fmt::format(
            "      days: {}{}\n",
            l.days_setting.empty()
                ? std::string(l.source)
                : "setting " + std::string(l.days_setting) + " (" + std::string(l.source) + ")",
            l.reallocated ? "; PD Lead days reallocated here (pd_lead_policy = reallocate)" : "");
    }
    if (l.withdrawn) {
        const int64_t c = weekdays({l.window.begin, *l.withdrawn});
        out += fmt::format(
            "      withdrawn {}: kept = round_half_up({}p × {} / {}) = {}p = {} "
            "({} of {} weekdays before the withdrawal; rule 6)\n",
            to_string(*l.withdrawn), l.amount.pence(), c, w, l.kept.pence(), l.kept, c, w);
    }
    out += fmt::format("      phasing: {}; by academic year: {}; by financial year: {}\n",
                       l.method == phasing::weekdays
                           ? fmt::format("{} weekdays in the window, cumulative rounding", w)
                           : std::string(to_string(l.method)),
                       split_text(s, l, period_kind::academic_year),
                       split_text(s, l, period_kind::financial_year));
    return out;
}

}  // namespace

std::string explain_participant(const scenario& s, std::string_view id) {
    const participant* p = s.find_participant(id);
    if (!p) throw_input("participant", std::string(id), "a participant id on the roster");
    const edition& ed = s.cat.get(p->edition);
    const hub* h = find_hub(p->hub);
    const date start = p->start ? *p->start : ed.cohort(p->cohort).start;
    std::string out = fmt::format("Participant {} — {} {}, {} cohort {}, institution {}\n", p->id,
                                  p->hub, h ? h->name : "", ed.id, p->cohort, p->institution);
    out += fmt::format("  start {} ({})\n", to_string(start),
                       p->start ? "roster" : "cohort default: " + ed.cohort(p->cohort).source);
    if (p->withdrawn)
        out += fmt::format("  withdrawn {} (the day itself is not funded)\n",
                           to_string(*p->withdrawn));

    scenario one = s;
    one.roster = {*p};
    one.departments.clear();
    const expansion e = expand(one);
    money total;
    int year = 0;
    for (const cost_line& l : e.lines) {
        if (l.year != year) {
            year = l.year;
            out += fmt::format("  Year {}: {} ({} weekdays)\n", year, window_text(l.window),
                               weekdays(l.window));
        }
        out += line_text(one, l);
        total += l.kept;
    }
    for (const std::string& n : e.notes)
        out += "  note: " + n + "\n";
    for (const commitment_line& c : e.commitments)
        out += fmt::format("  commitment (unfunded, £0.00): {} — {}, {} days, year {} ({})\n",
                           c.spec->who, c.spec->what, to_string(c.spec->time), c.spec->year,
                           c.spec->source);
    for (const actuals_spec& a : ed.actuals)
        out += fmt::format("  at actual cost (claims only): {} ({})\n", a.description, a.source);
    out += fmt::format("  Total funded: {}\n", total);
    return out;
}

std::string explain_workgroup(const scenario& s, std::string_view id) {
    scenario one = s;
    one.departments.clear();
    one.roster.clear();
    for (const workgroup_department& d : s.departments)
        if (d.workgroup == id) one.departments.push_back(d);
    if (one.departments.empty())
        throw_input("workgroup", std::string(id), "a Work Group id in the work groups file");
    const edition& ed = s.cat.get(one.departments.front().edition);
    std::string out = fmt::format("Work Group {} — {} {}, edition {}\n", id,
                                  one.departments.front().hub, ed.title, ed.id);
    if (!one.departments.front().lead.empty()) {
        out += fmt::format("  led by {}", one.departments.front().lead);
        if (const participant* lead = s.find_participant(one.departments.front().lead);
            lead && lead->withdrawn)
            out += fmt::format(" (withdrawn {}; the grants stand, rule 6)",
                               to_string(*lead->withdrawn));
        out += "\n";
    }
    const expansion e = expand(one);
    money total;
    for (const cost_line& l : e.lines) {
        const workgroup_department& d = one.departments[l.subject];
        out += fmt::format("  department {} ({} advocates), {}:\n", d.institution, d.advocates,
                           d.year.to_string());
        out += line_text(one, l);
        total += l.kept;
    }
    if (ed.workgroup) {
        const workgroup_spec& w = *ed.workgroup;
        if (w.meetings)
            out += fmt::format("  commitment: at least {} half-day meetings ({}{})\n",
                               s.meetings ? *s.meetings : *w.meetings,
                               s.meetings ? "setting meetings; " : "edition default; ",
                               w.meetings_source);
        for (const std::string& ev : w.events)
            out += "  event: " + ev + "\n";
        for (int y = 1; y <= w.years; ++y)
            if (auto c = check_workgroup_release(ed, y, s.cat.rates()))
                out += "  check: " + c->message + "\n";
    }
    out += fmt::format("  Total grants: {}\n", total);
    return out;
}

}  // namespace v1
}  // namespace mhfund
