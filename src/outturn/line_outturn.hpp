// One allocation's outturn as of T (domain.md 9.4, rule 12): its figures F, K, U, R, and the
// phasing of R over what is left of its window. The one place the rule is worked out; the
// table (outturn.cpp) only adds the shares up by group and period.
#ifndef MHFUND_SRC_OUTTURN_LINE_OUTTURN_HPP
#define MHFUND_SRC_OUTTURN_LINE_OUTTURN_HPP

#include <vector>

#include "mhfund/cost_line.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// The outturn of one allocation: its cost lines (one, or the parts a payee or hub change made,
/// in date order; none for travel, funded at actual cost) and K, the claims matched to it dated
/// before T.
class line_outturn {
  public:
    line_outturn(const std::vector<const cost_line*>& parts, money claimed_before, date as_of,
                 const scenario& s);

    /// A, F, K, U, R and the outturn (`balance` left for the caller to fill in).
    const outturn_line& figures() const { return figures_; }

    /// The money of R phased before day `d` in `part` (one of the parts given): R phased by
    /// rule 5 over the funded days from T on, with their own weekday count (the whole window,
    /// by the line's own phasing, when T is on or before its first day), clipped to the part
    /// as rule 10 clips a split line. Rises from 0 to the part's share of R.
    money to_come_before(const cost_line& part, date d) const;

  private:
    /// R phased before `d`, over the whole line.
    money whole_to_come_before(date d) const;
    /// The whole line's own phasing before `d` (the parts' added up: they telescope).
    money whole_phased_before(date d) const;

    const std::vector<const cost_line*>& parts_;
    const scenario& s_;
    date as_of_;
    outturn_line figures_;
    /// How R is phased: by the line's own phasing (T on or before the window), by the weekdays
    /// from T on, or in proportion to what the line's own phasing has left after T.
    enum class mode { own, weekdays, rest } mode_ = mode::own;
    date begin_;          ///< where R starts: T, or the window's first day
    date end_;            ///< the day after the last funded day
    int64_t weight_ = 0;  ///< weekdays in [begin_, end_), or the money the phasing has left
    money phased_at_t_;   ///< the line's own phasing before T (mode rest)
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
