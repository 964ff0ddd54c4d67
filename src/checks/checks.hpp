// The plan checks, one function per check, each appending its findings to `out`
// (include/mhfund/plan_checks.hpp gathers them).
#ifndef MHFUND_SRC_CHECKS_CHECKS_HPP
#define MHFUND_SRC_CHECKS_CHECKS_HPP

#include <string_view>
#include <unordered_map>
#include <vector>

#include "mhfund/finding.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace checks {

/// The place of a row's field: the row's file and line, and `field`.
inline source_location at(const source_location& row, const char* field) {
    return source_location{row.file, row.line, field};
}

/// Participants by id (built only when some Work Group names a lead).
using roster_index = std::unordered_map<std::string_view, const participant*>;

// Roster rows (roster_checks.cpp).
void check_participant_hubs(const scenario& s, std::vector<finding>& out);
void check_institution_kinds(const scenario& s, std::vector<finding>& out);
void check_trns_twice(const scenario& s, std::vector<finding>& out);
void check_unused_sle_days(const scenario& s, std::vector<finding>& out);
void check_start_near_cohort(const scenario& s, std::vector<finding>& out);
void check_unqualified(const scenario& s, std::vector<finding>& out);
void check_empty_plan(const scenario& s, std::vector<finding>& out);

// Work Group rows (workgroup_checks.cpp).
void check_department_hubs(const scenario& s, std::vector<finding>& out);
void check_short_workgroups(const scenario& s, std::vector<finding>& out);
void check_leads(const scenario& s, const roster_index& leads, std::vector<finding>& out);

}  // namespace checks
}  // namespace v1
}  // namespace mhfund

#endif
