// Maths Hubs: the 40 hubs and 9 regions of England, built in as reference data (domain.md
// section 4). The tables are constexpr arrays of string_views: nothing is allocated at start-up
// and the data is the same in every program that links mhfund.
#ifndef MHFUND_HUBS_HPP
#define MHFUND_HUBS_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

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

namespace detail {

// 003 appendix ("Names of Maths Hubs"): nine region headings. The names are the headings
// without the word "Region"; the codes are the prefixes of the hub codes listed under them.
inline constexpr std::array<region, 9> region_table{{
    {"EE", "East of England"},
    {"EM", "East Midlands"},
    {"LO", "London"},
    {"NE", "North East"},
    {"NW", "North West"},
    {"SE", "South East"},
    {"SW", "South West"},
    {"WM", "West Midlands"},
    {"YH", "Yorkshire and the Humber"},
}};

// 003 appendix: "Below is a list of the 40 Maths Hubs which cover the whole of England." Names
// are copied exactly (trailing spaces of the document dropped), in the appendix's order.
inline constexpr std::array<hub, 40> hub_table{{
    {"EE1", "Enigma Maths Hub", "EE"},
    {"EE2", "Cambridge Maths Hub", "EE"},
    {"EE3", "Matrix Maths Hub", "EE"},
    {"EE4", "Angles Maths Hub", "EE"},
    {"EE5", "Venn Essex Maths Hub", "EE"},

    {"EM1", "East Midlands West Maths Hub", "EM"},
    {"EM2", "East Midlands East Maths Hub", "EM"},
    {"EM3", "East Midlands South Maths Hub", "EM"},

    {"LO1", "London North East Maths Hub", "LO"},
    {"LO2", "London Central and NW Maths Hub", "LO"},
    {"LO3", "London Central and West Maths Hub", "LO"},
    {"LO4", "London South West Maths Hub", "LO"},
    {"LO5", "London Thames Maths Hub", "LO"},
    {"LO6", "London South East Plus Maths Hub", "LO"},

    {"NE1", "Great North Maths Hub", "NE"},
    {"NE2", "Archimedes NE Maths Hub", "NE"},

    {"NW1", "North West One Maths Hub", "NW"},
    {"NW2", "Turing NW Maths Hub", "NW"},
    {"NW3", "North West Three Maths Hub", "NW"},
    {"NW4", "North North West Maths Hub", "NW"},
    {"NW5", "Abacus Maths Hub", "NW"},
    {"NW6", "Cheshire and Wirral Maths Hub", "NW"},

    {"SE1", "Bucks, Berks and Oxon Maths Hub", "SE"},
    {"SE2", "North-East Hants and Surrey Maths Hub", "SE"},
    {"SE3", "Solent Maths Hub", "SE"},
    {"SE4", "Sussex Maths Hub", "SE"},
    {"SE5", "Kent and Medway Maths Hub", "SE"},

    {"SW1", "CODE Maths Hub", "SW"},
    {"SW2", "Jurassic Maths Hub", "SW"},
    {"SW3", "Boolean Maths Hub", "SW"},
    {"SW4", "GLOW Maths Hub", "SW"},
    // "Möbius" in UTF-8, spelt as bytes so the table does not depend on the compiler's
    // source or execution character set. The literal is split because "\xB6" followed by "b"
    // would otherwise read as one hex escape.
    {"SW5",
     "M\xC3\xB6"
     "bius Maths Hub",
     "SW"},

    {"WM1", "Central Maths Hub", "WM"},
    {"WM2", "SHaW Maths Hub", "WM"},
    {"WM3", "North Mids Maths Hub", "WM"},
    {"WM4", "Origin Maths Hub", "WM"},

    {"YH1", "Yorkshire Ridings Maths Hub", "YH"},
    {"YH2", "West Yorkshire Maths Hub", "YH"},
    {"YH3", "Yorkshire and the Humber Maths Hub", "YH"},
    {"YH4", "South Yorkshire Maths Hub", "YH"},
}};

/// ASCII-only upper-casing, so that the hint below does not depend on the C locale.
constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

constexpr bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

}  // namespace detail

/// All 40 hubs, in the order of 003's appendix (by region, then by number).
constexpr const std::array<hub, 40>& all_hubs() noexcept {
    return detail::hub_table;
}

/// All 9 regions, in the order of 003's appendix.
constexpr const std::array<region, 9>& all_regions() noexcept {
    return detail::region_table;
}

/// The hub whose code is exactly `code`, or nullptr. Codes match case-sensitively ("WM1", not
/// "wm1"): a hub code is a key in rosters, claims and reports, and one spelling per hub keeps
/// grouping by hub unambiguous. `hub_by_code` tells a user who typed lower case what to type.
constexpr const hub* find_hub(std::string_view code) noexcept {
    for (const hub& h : detail::hub_table)
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
    for (const hub& h : detail::hub_table) {
        if (detail::iequals_ascii(h.code, code)) {
            expected += "; did you mean '" + std::string(h.code) + "'?";
            break;
        }
    }
    throw_input("hub code", std::string(code), expected);
}

/// The region whose code is exactly `code` (e.g. "WM"), or nullptr.
constexpr const region* find_region(std::string_view code) noexcept {
    for (const region& r : detail::region_table)
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
