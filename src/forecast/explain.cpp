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
    return fmt::format("{} to {}", to_string(w.begin), to_string(w.last_day()));
}

std::string split_text(const scenario& s, const cost_line& l, period_kind k) {
    std::vector<std::string> parts;
    for (const period_share& p : shares_by_period(l, k, s))
        parts.push_back(fmt::format("{} {}", p.when.label(), p.amount));
    return parts.empty() ? "nothing" : detail::join(parts, ", ");
}

/// Every change the forecast applied to `p`, with its reference and what it moved.
std::string changes_text(const scenario& s, const participant& p) {
    std::string out;
    for (const std::uint32_t i : p.changes) {
        const plan_change& c = s.changes[i];
        const std::string moved =
            c.field == change_field::institution || c.field == change_field::hub
                ? "every line split at this date (rule 10)"
            : c.field == change_field::pd_lead_accredited
                ? "the PD Lead exemption for programme years starting on or after this date"
            : c.field == change_field::withdrawn
                ? (c.value.empty() ? "an earlier withdrawal cancelled" : "withdrawal (rule 6)")
                : "the year-3 SLE days replaced";
        out += fmt::format("  change {} {} = {} (reference {}, {}:{}): {}\n", to_string(c.when),
                           to_string(c.field), c.value.empty() ? "(empty)" : c.value,
                           c.reference.empty() ? "none" : c.reference, c.where.file, c.where.line,
                           moved);
    }
    return out;
}

/// A line's derivation, a part a line, with its split by academic and financial year.
std::string line_text(const scenario& s, const cost_line& l) {
    const line_derivation d = derive(l);
    std::string out = fmt::format("    {}: {}\n", l.category, d.amount);
    if (!d.rate.empty()) out += fmt::format("      rate: {}\n", d.rate);
    if (!d.days.empty()) out += fmt::format("      days: {}\n", d.days);
    if (!d.withdrawal.empty()) out += fmt::format("      {}\n", d.withdrawal);
    if (!d.part.empty()) out += fmt::format("      {}\n", d.part);
    out += fmt::format("      {}; by academic year: {}; by financial year: {}\n", d.phasing,
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
    const date start = ed.start_of(p->cohort, p->start);
    std::string out = fmt::format("Participant {} — {} {}, {} cohort {}, institution {}\n", p->id,
                                  p->hub, h ? h->name : "", ed.id, p->cohort, p->institution);
    out += fmt::format("  start {} ({})\n", to_string(start),
                       p->start ? "roster" : "cohort default: " + ed.cohort(p->cohort).source);
    if (p->withdrawn)
        out += fmt::format("  withdrawn {} (the day itself is not funded)\n",
                           to_string(*p->withdrawn));
    out += changes_text(s, *p);

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
    for (const finding& n : e.notes)
        out += "  note: " + n.message() + "\n";
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
            if (auto c = check_workgroup_release(ed, y, s.cat.rates(), s.meetings))
                out += "  check: " + c->message + "\n";
    }
    out += fmt::format("  Total grants: {}\n", total);
    return out;
}

}  // namespace v1
}  // namespace mhfund
