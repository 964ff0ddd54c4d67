// The set that finds repeated participant ids: first lines kept, growth past its first size.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scenario/first_seen.hpp"

using mhfund::detail::first_seen;

TEST_CASE("first_seen: a new id gives nothing, a repeat gives the line it was first seen on") {
    first_seen seen(4);
    CHECK_FALSE(seen.insert("S7-01", 2).has_value());
    CHECK_FALSE(seen.insert("S7-02", 3).has_value());
    CHECK(seen.insert("S7-01", 4) == 2);
    CHECK(seen.insert("S7-01", 9) == 2);              // still the first line, not the last repeat
    CHECK_FALSE(seen.insert("S7-1", 5).has_value());  // a prefix is another id
    CHECK_FALSE(seen.insert("", 6).has_value());
    CHECK(seen.insert("", 7) == 6);
}

TEST_CASE("first_seen: line 0 (a participant not from a file) is a line like any other") {
    first_seen seen(1);
    CHECK_FALSE(seen.insert("P1", 0).has_value());
    CHECK(seen.insert("P1", 12) == 0);
}

TEST_CASE("first_seen: grows past the size it was made for and still finds every repeat") {
    // Made for 1 id, given 5,000: the table is rebuilt several times on the way.
    std::vector<std::string> ids;
    for (int k = 0; k < 5000; ++k)
        ids.push_back("P" + std::to_string(k));
    first_seen seen(1);
    for (int k = 0; k < 5000; ++k)
        REQUIRE_FALSE(seen.insert(ids[static_cast<std::size_t>(k)], 100 + k).has_value());
    for (int k = 0; k < 5000; k += 7)
        REQUIRE(seen.insert(ids[static_cast<std::size_t>(k)], 1) == 100 + k);
    CHECK_FALSE(seen.insert("P5000", 1).has_value());
}
