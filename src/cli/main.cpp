#include <cstdio>

#include "mhfund/mhfund.hpp"

int main() {
    const auto& c = mhfund::catalogue::builtin();
    for (const auto& e : c.editions()) std::printf("%s\n", e.id.c_str());
    return 0;
}
