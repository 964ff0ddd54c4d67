// What expand.cpp and summarise.cpp share so that a forecast can add its lines up as they are
// expanded, a block of participants at a time, instead of storing every line first.
#ifndef MHFUND_SRC_FORECAST_ACCUMULATE_HPP
#define MHFUND_SRC_FORECAST_ACCUMULATE_HPP

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Appends the cost lines, commitments and notes of roster rows [begin, end) to `out`.
void expand_participants(const scenario& s, std::uint32_t begin, std::uint32_t end, expansion& out);
/// Appends the Work Group departments' lines, and the release-check warnings, to `out`.
void expand_departments(const scenario& s, expansion& out);

/// Sums cost lines into (group, period) cells as they come.
class accumulator {
  public:
    accumulator(const scenario& s, const forecast_options& o);
    void add(const cost_line& l);
    /// The result, with the expansion's warnings and notes.
    forecast_result finish(const expansion& e);

  private:
    const scenario& s_;
    forecast_options o_;
    /// The scenario's years, if it names any; otherwise nothing is clipped and the reported
    /// horizon is the span of the lines seen.
    std::optional<date_range> clip_;
    std::optional<date_range> seen_;
    bool any_line_ = false;
    money total_;
    std::unordered_map<std::string, std::size_t> group_index_;
    std::vector<std::vector<std::string>> groups_;
    std::map<date, std::pair<period, std::uint32_t>> periods_;  // begin → (period, ordinal)
    std::unordered_map<std::uint64_t, money> cells_;  // (group << 32 | period ordinal) → amount
    std::string key_;
    std::vector<std::string> values_;
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
