// Fuzz target: the scenario TOML reader. Relative paths resolve from an empty folder, so a
// roster or edition named by the input is a missing file (an input error); what the reader
// itself does with settings, rates, terms and phasing is what is fuzzed. An accepted scenario
// must forecast with reconciling totals.
#include <stdlib.h>
#include <unistd.h>

#include <string>

#include "fuzz_target.hpp"
#include "mhfund/scenario.hpp"
#include "reconcile.hpp"

using namespace mhfund;

namespace {

// An empty folder for the whole run, removed at exit.
const std::string& empty_dir() {
    static const std::string dir = [] {
        std::string pattern = "/tmp/mhfund-fuzz-XXXXXX";
        if (mkdtemp(pattern.data()) == nullptr) mhfund_fuzz::finding("set-up", "mkdtemp failed");
        return pattern;
    }();
    static const bool cleanup = [] {
        std::atexit([] { rmdir(dir.c_str()); });
        return true;
    }();
    (void)cleanup;
    return dir;
}

}  // namespace

MHFUND_FUZZ_TARGET(scenario) {
    const std::string_view text = mhfund_fuzz::as_text(data, size);
    // An absolute path names a real file. Keep the fuzzer away from the special files that
    // never end or block (/dev/zero, /dev/stdin, /proc/…): not what this target is about.
    for (std::string_view special : {"/dev", "/proc", "/sys", "\\u", "\\U"})
        if (text.find(special) != std::string_view::npos) return 0;
    scenario s;
    bool accepted = false;
    mhfund_fuzz::expect_only_input_errors([&] {
        s = load_scenario_text(text, "scenario.toml", empty_dir());
        s.validate();
        accepted = true;
    });
    if (accepted) mhfund_fuzz::check_forecast_reconciles(s);
    return 0;
}
