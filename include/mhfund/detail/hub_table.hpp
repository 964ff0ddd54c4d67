// The 40 Maths Hubs and 9 regions of 003's appendix, as constant tables. A template so that the
// tables can be written before hubs.hpp completes the `region` and `hub` types they hold.
#ifndef MHFUND_DETAIL_HUB_TABLE_HPP
#define MHFUND_DETAIL_HUB_TABLE_HPP

#include <array>

namespace mhfund {
inline namespace v1 {
namespace detail {

template <class Region, class Hub>
struct hub_tables {
    // 003 appendix ("Names of Maths Hubs"): nine region headings. The names are the headings
    // without the word "Region"; the codes are the prefixes of the hub codes listed under them.
    static constexpr std::array<Region, 9> regions{{
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
    static constexpr std::array<Hub, 40> hubs{{
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
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
