// The plan checks of Work Group rows: each department's hub, the group's size, and its lead.
#include <fmt/format.h>

#include "checks/checks.hpp"
#include "mhfund/plan_checks.hpp"

namespace mhfund {
inline namespace v1 {
namespace checks {

namespace {

/// The lead's school on `day`: the roster's, or the payee a change put in force by then.
const std::string& institution_on(const participant& p, date day) {
    const std::string* school = &p.institution;
    for (const payee_period& pp : p.payees)
        if (pp.from <= day) school = &pp.institution;
    return *school;
}

void check_lead_withdrawn(const workgroup_department& d, const participant& lead,
                          std::vector<finding>& out) {
    const date begins = d.year.first_day();
    if (!lead.withdrawn || *lead.withdrawn > begins) return;
    out.push_back({"plan.lead_withdrawn",
                   fmt::format("lead {} withdrew on {}, before Work Group {}'s year {} starts "
                               "on {}: who leads it?",
                               lead.id, to_string(*lead.withdrawn), d.workgroup, d.year.to_string(),
                               to_string(begins)),
                   at(d.where, "lead")});
}

void check_lead_school(const workgroup_department& d, const participant& lead,
                       std::vector<finding>& out) {
    if (institution_on(lead, d.year.first_day()) != d.institution) return;
    out.push_back({"plan.department_at_lead_school",
                   fmt::format("department {} of Work Group {} is the lead {}'s own school; the "
                               "lead works with two other schools' departments (000 year 3)",
                               d.institution, d.workgroup, lead.id),
                   at(d.where, "institution")});
}

}  // namespace

void check_department_hubs(const scenario& s, std::vector<finding>& out) {
    for (const workgroup_department& d : s.departments)
        if (!in_scenario_hubs(s, d.hub))
            out.push_back(
                {"plan.hub_mismatch",
                 fmt::format("Work Group {} (department {}) is in hub {}, not the "
                             "scenario's hub {}: its grant counts in {}",
                             d.workgroup, d.institution, d.hub, scenario_hubs_text(s), d.hub),
                 at(d.where, "hub")});
}

void check_short_workgroups(const scenario& s, std::vector<finding>& out) {
    // Departments per group and year, and the group's first row, in file order of first rows.
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::pair<const workgroup_department*, int>> groups;
    for (const workgroup_department& d : s.departments) {
        const auto [it, added] =
            index.emplace(d.workgroup + '\n' + d.year.to_string(), groups.size());
        if (added) groups.emplace_back(&d, 0);
        ++groups[it->second].second;
    }
    for (const auto& [first, count] : groups) {
        const edition& ed = s.cat.get(first->edition);
        const int wanted = ed.workgroup->departments;
        if (count >= wanted) continue;
        out.push_back({"plan.workgroup_short",
                       fmt::format("Work Group {} has {} department{} in {}; edition {} has {} "
                                   "per group ({})",
                                   first->workgroup, count, count == 1 ? "" : "s",
                                   first->year.to_string(), ed.id, wanted, ed.source),
                       at(first->where, "workgroup")});
    }
}

void check_leads(const scenario& s, const roster_index& leads, std::vector<finding>& out) {
    for (const workgroup_department& d : s.departments) {
        if (d.lead.empty()) continue;
        const auto it = leads.find(d.lead);
        if (it == leads.end()) continue;  // validate() refuses an unknown lead
        check_lead_withdrawn(d, *it->second, out);
        check_lead_school(d, *it->second, out);
    }
}

}  // namespace checks

bool in_scenario_hubs(const scenario& s, std::string_view hub) {
    // A regional plan names its hubs (`hubs`); a plan built in code may set only `hub`.
    if (!s.hubs.empty()) return s.plans_hub(hub);
    return s.hub.empty() || s.hub == hub;
}

std::string scenario_hubs_text(const scenario& s) {
    return s.hub;
}

std::vector<finding> check_plan(const scenario& s) {
    std::vector<finding> out;
    checks::check_empty_plan(s, out);
    checks::check_participant_hubs(s, out);
    checks::check_institution_kinds(s, out);
    checks::check_trns_twice(s, out);
    checks::check_unused_sle_days(s, out);
    checks::check_start_near_cohort(s, out);
    checks::check_unqualified(s, out);
    checks::check_department_hubs(s, out);
    checks::check_short_workgroups(s, out);
    checks::roster_index leads;
    if (!s.departments.empty()) {
        leads.reserve(s.roster.size());
        for (const participant& p : s.roster)
            leads.emplace(p.id, &p);
    }
    checks::check_leads(s, leads, out);
    return out;
}

}  // namespace v1
}  // namespace mhfund
