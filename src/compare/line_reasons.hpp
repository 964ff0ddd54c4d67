// Why one line differs between two plans: the one place the reasons are worded.
#ifndef MHFUND_SRC_COMPARE_LINE_REASONS_HPP
#define MHFUND_SRC_COMPARE_LINE_REASONS_HPP

#include <string>
#include <vector>

#include "mhfund/compare.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// A line of one plan: its parts (a split line has one per payee) taken together.
struct matched_line {
    const budget_line* first = nullptr;  ///< its first part: rate, days, withdrawal, changes
    money in_horizon;                    ///< the parts' money inside the plan's horizon
};

/// The reasons a line present in both plans differs (empty when nothing does).
std::vector<std::string> reasons_for(const budget_line& a, const budget_line& b);
/// The reasons a line is in one plan only. `other` is any line of the same subject in the other
/// plan (nullptr when the subject is not in it at all); `only_in_b` says which side has it.
std::vector<std::string> reasons_for_one_side(const budget_line& line, const budget_line* other,
                                              bool only_in_b);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
