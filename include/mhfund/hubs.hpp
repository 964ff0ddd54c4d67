// Maths Hubs: the 40 hubs and 9 regions of England, built in as reference data (domain.md
// section 4). The tables are constexpr arrays of string_views: nothing is allocated at start-up
// and the data is the same in every program that links mhfund.
#ifndef MHFUND_HUBS_HPP
#define MHFUND_HUBS_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "mhfund/detail/hub_table.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

/// A region of England as the Maths Hubs list groups them. `code` is the two-letter prefix the
/// region's hub codes share (003 appendix prints no region codes, only hub codes such as EE1).
struct region {
    std::string_view code;  ///< e.g. "EE"
    std::string_view name;  ///< e.g. "East of England" (003 appendix heading, less "Region")
};

/// One Maths Hub. Codes are upper case, as 003's appendix writes them.
struct hub {
    std::string_view code;         ///< e.g. "WM1"
    std::string_view name;         ///< e.g. "Central Maths Hub" (UTF-8)
    std::string_view region_code;  ///< the `region::code` of the hub's region
};

/// All 40 hubs, in the order of 003's appendix (by region, then by number).
constexpr const std::array<hub, 40>& all_hubs() noexcept {
    return detail::hub_tables<region, hub>::hubs;
}

/// All 9 regions, in the order of 003's appendix.
constexpr const std::array<region, 9>& all_regions() noexcept {
    return detail::hub_tables<region, hub>::regions;
}

/// The hub whose code is exactly `code`, or nullptr. Codes match case-sensitively ("WM1", not
/// "wm1"): a hub code is a key in rosters, claims and reports, and one spelling per hub keeps
/// grouping by hub unambiguous. `hub_by_code` tells a user who typed lower case what to type.
constexpr const hub* find_hub(std::string_view code) noexcept {
    for (const hub& h : detail::hub_tables<region, hub>::hubs)
        if (h.code == code) return &h;
    return nullptr;
}

/// The hub whose code is exactly `code`; an unknown code is an input error (domain.md
/// section 4). The message says that codes are upper case, and names the code meant when the
/// only difference is case.
inline const hub& hub_by_code(std::string_view code) {
    if (const hub* h = find_hub(code)) return *h;
    std::string expected =
        "one of the 40 Maths Hub codes such as WM1 or YH4 (see `mhfund hubs`), in upper case";
    for (const hub& h : detail::hub_tables<region, hub>::hubs) {
        if (detail::iequals_ascii(h.code, code)) {
            expected += "; did you mean '" + std::string(h.code) + "'?";
            break;
        }
    }
    throw_input("hub code", std::string(code), expected);
}

/// The region whose code is exactly `code` (e.g. "WM"), or nullptr.
constexpr const region* find_region(std::string_view code) noexcept {
    for (const region& r : detail::hub_tables<region, hub>::regions)
        if (r.code == code) return &r;
    return nullptr;
}

/// The region a hub belongs to. Every built-in hub has one; a hub the caller made up with an
/// unknown `region_code` is a usage error.
inline const region& region_of(const hub& h) {
    if (const region* r = find_region(h.region_code)) return *r;
    throw error(errc::usage, "hub '" + std::string(h.code) + "' has region code '" +
                                 std::string(h.region_code) +
                                 "', which is not one of the 9 Maths Hub regions");
}

}  // namespace v1
}  // namespace mhfund

#endif
