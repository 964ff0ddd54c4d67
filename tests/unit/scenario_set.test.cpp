// scenario::set is all or nothing (the strong guarantee): whether the value is bad or memory
// runs out at any allocation along the way, a failed call leaves the scenario exactly as it
// was. Memory is made to run out by replacing operator new in this test executable (each test
// file is an executable of its own).
#include <doctest/doctest.h>

#include <cstdlib>
#include <new>
#include <string>

#include "mhfund/error.hpp"
#include "mhfund/scenario.hpp"

#include "support.hpp"

namespace {
// The number of allocations that still succeed; -1: every one does.
long allocations_left = -1;
}  // namespace

void* operator new(std::size_t size) {
    if (allocations_left == 0) throw std::bad_alloc();
    if (allocations_left > 0) --allocations_left;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
// Not inlined: inlined, GCC would see free() meet a pointer from operator new and warn.
[[gnu::noinline]] void operator delete(void* p) noexcept {
    std::free(p);
}
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

using namespace mhfund;
using mhfund_test::error_from;

namespace {

// Everything a setting can change, as text, to compare a scenario before and after.
std::string settings_of(const scenario& s) {
    std::string out;
    for (const rate_def& r : s.cat.rates().rates())
        for (const rate_value& v : r.values)
            out += r.id + " " + to_string(v.from) + " " + to_plain(v.amount) + " " + v.source +
                   (v.assumption ? " (assumption)\n" : "\n");
    out += "pd_lead " + std::string(to_string(s.pd_lead)) + "\n";
    out += "meetings " + (s.meetings ? std::to_string(*s.meetings) : std::string("-")) + "\n";
    for (const auto& [name, days] : s.days.values)
        out += name + " " + to_string(days) + "\n";
    out += "phasing " + std::string(to_string(s.release_phasing)) + " " +
           std::string(to_string(s.sle_phasing)) + " " + std::string(to_string(s.grant_phasing)) +
           "\n";
    for (int64_t w : s.term_weights)
        out += "weight " + std::to_string(w) + "\n";
    for (const scoped_setting& x : s.scoped)
        out += "scoped " + x.scope.text() + " " + x.name + " = " + x.shown + " " + x.rate.source +
               "\n";
    for (const assumption& a : s.assumptions)
        out += "assumption " + a.setting + " = " + a.value + " (" + a.note + ")\n";
    return out;
}

// A scenario with some settings made already, so that a new value replaces an old one; its
// assumptions list is full, so that recording one more must allocate.
scenario with_settings() {
    scenario s;
    s.set("sle_rate", "350.00", {});
    s.set("sle_days", "20", {});
    s.set("term_weights", "4,3,3", {});
    s.set("participant:S7-01:sle_rate", "300.00", {});
    s.assumptions.shrink_to_fit();
    s.scoped.shrink_to_fit();
    return s;
}

// A file name too long for the short-string buffer: the assumption's note ("set in FILE:7")
// must allocate too.
const source_location origin{"a-hub-plan-with-a-long-file-name.toml", 7, ""};

struct setting {
    const char* name;
    const char* value;
};

}  // namespace

TEST_CASE("a bad value leaves a scenario with settings exactly as it was") {
    scenario s = with_settings();
    const std::string before = settings_of(s);
    for (const setting& bad :
         {setting{"sle_rate", "1,2,3"}, setting{"sle_rate", "0"}, setting{"hub_event_rate", "1e3"},
          setting{"pd_lead_policy", "sometimes"}, setting{"meetings", "0"},
          setting{"sle_days", "1e1"}, setting{"local_days", "-1"}, setting{"sle_phasing", "weekly"},
          setting{"term_weights", "1,1"}, setting{"sle_ratio", "350.00"},
          setting{"participant:S7-01:sle_rate", "0"}, setting{"edition:nope:sle_rate", "1.00"},
          setting{"cohort:sms-2022-cohort7:sle_days", "1"}}) {
        INFO(bad.name, " = ", bad.value);
        error_from(errc::input, [&] { s.set(bad.name, bad.value, {}); });
        CHECK(settings_of(s) == before);
    }
}

TEST_CASE("memory running out at any allocation leaves the scenario as it was") {
    // Each kind of setting, both new and replacing a value set before.
    for (const setting& good : {setting{"sle_rate", "357.00"}, setting{"hub_event_rate", "200.00"},
                                setting{"pd_lead_policy", "reallocate"}, setting{"meetings", "4"},
                                setting{"sle_days", "12.5"}, setting{"local_days", "2"},
                                setting{"grant_phasing", "terms"}, setting{"term_weights", "1,1,1"},
                                setting{"participant:S7-01:sle_rate", "310.00"},
                                setting{"cohort:sms-2022-cohort7/7:sle_days", "15"}}) {
        INFO(good.name, " = ", good.value);
        bool applied = false;
        // Fail the first allocation, then the second, and so on, until the call succeeds.
        for (long n = 0; !applied && n < 1000; ++n) {
            scenario s = with_settings();
            const std::string before = settings_of(s);
            allocations_left = n;
            try {
                s.set(good.name, good.value, origin);
                applied = true;
            } catch (const std::bad_alloc&) {
            }
            allocations_left = -1;
            if (applied) {
                CHECK(settings_of(s) != before);
            } else {
                INFO("allocation ", n, " failed");
                CHECK(settings_of(s) == before);
            }
        }
        CHECK(applied);
    }
}
