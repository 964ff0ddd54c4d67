// Runs fuzz targets without libFuzzer, with any compiler: every file under DIR/<target>/ is
// given to that target once. A crash, a sanitizer report or a broken invariant aborts, which
// fails the test; otherwise it prints how many inputs each target ran.
//
//     fuzz_inputs DIR [TARGET...]
//
// ctest runs it over tests/fuzz/regressions (inputs that once failed) and tests/fuzz/corpus
// (the seed corpora).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "fuzz_target.hpp"

namespace fs = std::filesystem;

namespace mhfund_fuzz {

// Function-local so that registration from other files' static initialisers finds it built.
static std::map<std::string, target_function>& targets() {
    static std::map<std::string, target_function> all;
    return all;
}

bool register_target(const char* name, target_function f) {
    targets().emplace(name, f);
    return true;
}

}  // namespace mhfund_fuzz

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [TARGET...]\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    if (!fs::is_directory(root)) {
        std::fprintf(stderr, "%s: not a directory\n", argv[1]);
        return 2;
    }
    std::vector<std::string> wanted(argv + 2, argv + argc);
    for (const std::string& w : wanted)
        if (mhfund_fuzz::targets().count(w) == 0) {
            std::fprintf(stderr, "unknown target '%s'\n", w.c_str());
            return 2;
        }
    std::size_t total = 0;
    for (const auto& [name, run] : mhfund_fuzz::targets()) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), name) == wanted.end())
            continue;
        std::vector<fs::path> inputs;
        if (fs::is_directory(root / name))
            for (const fs::directory_entry& e : fs::directory_iterator(root / name))
                if (e.is_regular_file()) inputs.push_back(e.path());
        std::sort(inputs.begin(), inputs.end());  // the same order on every run
        for (const fs::path& p : inputs) {
            std::ifstream in(p, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>()};
            // Named first, so that a crash's output says which input it was.
            std::fprintf(stderr, "%s: %s\n", name.c_str(), p.filename().c_str());
            run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        }
        std::printf("%-10s %zu inputs\n", name.c_str(), inputs.size());
        total += inputs.size();
    }
    std::printf("%zu inputs, no findings\n", total);
    return 0;
}
