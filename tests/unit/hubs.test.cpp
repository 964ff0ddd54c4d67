// The built-in Maths Hubs reference data. Expected values are copied from 003's appendix
// ("Appendix: Names of Maths Hubs"), never from the code under test.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include "mhfund/hubs.hpp"

using namespace mhfund;

TEST_CASE("003 appendix: 40 hubs in 9 regions") {
    // 003: "Below is a list of the 40 Maths Hubs which cover the whole of England."
    CHECK(all_hubs().size() == 40);
    CHECK(all_regions().size() == 9);
}

TEST_CASE("hub and region codes are unique, and every hub's region exists") {
    std::set<std::string_view> hub_codes, hub_names, region_codes, region_names;
    for (const hub& h : all_hubs()) {
        CHECK(hub_codes.insert(h.code).second);
        CHECK(hub_names.insert(h.name).second);
        REQUIRE(find_region(h.region_code) != nullptr);
        CHECK(&region_of(h) == find_region(h.region_code));
        // A hub's code starts with its region's code, then one digit.
        CHECK(h.code.size() == 3);
        CHECK(h.code.substr(0, 2) == h.region_code);
        CHECK(h.code[2] >= '1');
        CHECK(h.code[2] <= '9');
    }
    for (const region& r : all_regions()) {
        CHECK(region_codes.insert(r.code).second);
        CHECK(region_names.insert(r.name).second);
    }
}

TEST_CASE("hubs per region, as 003's appendix lists them") {
    auto count_in = [](std::string_view region_code) {
        int n = 0;
        for (const hub& h : all_hubs())
            if (h.region_code == region_code) ++n;
        return n;
    };
    CHECK(count_in("EE") == 5);  // EE1-EE5
    CHECK(count_in("EM") == 3);  // EM1-EM3
    CHECK(count_in("LO") == 6);  // LO1-LO6
    CHECK(count_in("NE") == 2);  // NE1-NE2
    CHECK(count_in("NW") == 6);  // NW1-NW6
    CHECK(count_in("SE") == 5);  // SE1-SE5
    CHECK(count_in("SW") == 5);  // SW1-SW5
    CHECK(count_in("WM") == 4);  // WM1-WM4
    CHECK(count_in("YH") == 4);  // YH1-YH4
}

TEST_CASE("region names are 003's appendix headings") {
    auto name_of = [](std::string_view code) {
        const region* r = find_region(code);
        REQUIRE(r != nullptr);
        return std::string(r->name);
    };
    CHECK(name_of("EE") == "East of England");
    CHECK(name_of("EM") == "East Midlands");
    CHECK(name_of("LO") == "London");
    CHECK(name_of("NE") == "North East");
    CHECK(name_of("NW") == "North West");
    CHECK(name_of("SE") == "South East");
    CHECK(name_of("SW") == "South West");
    CHECK(name_of("WM") == "West Midlands");
    CHECK(name_of("YH") == "Yorkshire and the Humber");
    CHECK(find_region("XX") == nullptr);
    CHECK(find_region("wm") == nullptr);
    CHECK(find_region("") == nullptr);
}

TEST_CASE("hub names, copied from 003's appendix") {
    auto name_of = [](std::string_view code) {
        const hub* h = find_hub(code);
        REQUIRE(h != nullptr);
        return std::string(h->name);
    };
    // 003's application form also gives "Maths Hub (if known): Central (WM1)".
    CHECK(name_of("WM1") == "Central Maths Hub");
    CHECK(name_of("EE1") == "Enigma Maths Hub");
    CHECK(name_of("EE3") == "Matrix Maths Hub");
    CHECK(name_of("EE5") == "Venn Essex Maths Hub");
    CHECK(name_of("EM3") == "East Midlands South Maths Hub");
    CHECK(name_of("LO2") == "London Central and NW Maths Hub");
    CHECK(name_of("LO6") == "London South East Plus Maths Hub");
    CHECK(name_of("NE2") == "Archimedes NE Maths Hub");
    CHECK(name_of("NW4") == "North North West Maths Hub");
    CHECK(name_of("NW6") == "Cheshire and Wirral Maths Hub");
    CHECK(name_of("SE1") == "Bucks, Berks and Oxon Maths Hub");
    CHECK(name_of("SE2") == "North-East Hants and Surrey Maths Hub");
    CHECK(name_of("SW1") == "CODE Maths Hub");
    CHECK(name_of("SW5") ==
          "M\xC3\xB6"
          "bius Maths Hub");  // "Möbius", UTF-8
    CHECK(name_of("WM2") == "SHaW Maths Hub");
    CHECK(name_of("YH3") == "Yorkshire and the Humber Maths Hub");
    CHECK(name_of("YH4") == "South Yorkshire Maths Hub");
}

TEST_CASE("the appendix's order: by region, then by number") {
    CHECK(all_hubs().front().code == "EE1");
    CHECK(all_hubs().back().code == "YH4");
    CHECK(all_regions().front().code == "EE");
    CHECK(all_regions().back().code == "YH");
}

TEST_CASE("region_of") {
    CHECK(region_of(hub_by_code("WM1")).name == "West Midlands");
    CHECK(region_of(hub_by_code("LO5")).name == "London");
    CHECK(region_of(hub_by_code("YH2")).name == "Yorkshire and the Humber");

    const hub made_up{"ZZ1", "Nowhere Maths Hub", "ZZ"};
    CHECK_THROWS_WITH_AS(region_of(made_up), doctest::Contains("region code 'ZZ'"), error);
    try {
        region_of(made_up);
        FAIL("no exception");
    } catch (const error& e) {
        CHECK(e.code() == errc::usage);
    }
}

TEST_CASE("find_hub: exact upper-case codes only") {
    CHECK(find_hub("WM1") == &hub_by_code("WM1"));
    CHECK(find_hub("wm1") == nullptr);
    CHECK(find_hub("Wm1") == nullptr);
    CHECK(find_hub(" WM1") == nullptr);
    CHECK(find_hub("WM5") == nullptr);  // the West Midlands has four hubs
    CHECK(find_hub("WM") == nullptr);
    CHECK(find_hub("") == nullptr);
}

TEST_CASE("find_hub and find_region work at compile time") {
    // Written as member comparisons, not `!= nullptr`: g++ 12 with -fsanitize=undefined cannot
    // evaluate a comparison of a pointer into a constexpr array with nullptr at compile time.
    static_assert(find_hub("YH4")->name == "South Yorkshire Maths Hub", "003 appendix");
    static_assert(find_hub("YH5") == nullptr, "YH5 is not a hub");
    static_assert(find_region("NE")->name == "North East", "003 appendix");
    static_assert(all_hubs().size() == 40, "003 appendix: 40 hubs");
}

TEST_CASE("hub_by_code: an unknown code is an input error") {
    CHECK(hub_by_code("YH4").name == "South Yorkshire Maths Hub");

    const char* const expected =
        "one of the 40 Maths Hub codes such as WM1 or YH4 (see `mhfund hubs`)";
    CHECK_THROWS_WITH_AS(hub_by_code("XX9"), doctest::Contains(expected), error);
    CHECK_THROWS_WITH_AS(hub_by_code("XX9"), doctest::Contains("bad hub code 'XX9'"), error);
    CHECK_THROWS_WITH_AS(hub_by_code(""), doctest::Contains("bad hub code ''"), error);
    CHECK_THROWS_WITH_AS(hub_by_code("WM5"), doctest::Contains(expected), error);
    try {
        hub_by_code("XX9");
        FAIL("no exception");
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
    }
}

TEST_CASE("hub_by_code: lower case is refused, with the upper-case code suggested") {
    CHECK_THROWS_WITH_AS(hub_by_code("wm1"), doctest::Contains("in upper case"), error);
    CHECK_THROWS_WITH_AS(hub_by_code("wm1"), doctest::Contains("did you mean 'WM1'?"), error);
    CHECK_THROWS_WITH_AS(hub_by_code("yH4"), doctest::Contains("did you mean 'YH4'?"), error);
    // No suggestion where no hub differs only by case.
    try {
        hub_by_code("zz1");
        FAIL("no exception");
    } catch (const error& e) {
        CHECK(std::string(e.what()).find("did you mean") == std::string::npos);
    }
}
