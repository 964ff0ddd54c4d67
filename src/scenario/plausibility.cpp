// The plausibility caps on rates and claims (plausibility.hpp).
#include "scenario/plausibility.hpp"

#include <fmt/format.h>

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {

[[noreturn]] void throw_over_cap(const std::string& what, const std::string& value, money cap,
                                 std::string_view setting, const source_location& where) {
    throw_input(what, value,
                fmt::format("at most {} (the cap set by setting {}: if the figure is right, "
                            "raise it, e.g. --set {}={})",
                            to_display(cap), setting, setting, to_plain(cap)),
                where);
}

}  // namespace

void check_rate_cap(const scenario& s, const rate_def& rate, money amount, const std::string& value,
                    const source_location& where) {
    const bool day = rate.kind == rate_kind::day;
    const money cap = day ? s.max_day_rate : s.max_grant;
    if (amount > cap)
        throw_over_cap(day ? "day rate" : "grant", value, cap, day ? "max_day_rate" : "max_grant",
                       where);
}

void check_claim_cap(const scenario& s, money amount, const source_location& where) {
    if (amount > s.max_claim)
        throw_over_cap("claim", to_plain(amount), s.max_claim, "max_claim", where);
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
