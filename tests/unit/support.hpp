// Small helpers the unit tests share.
#ifndef MHFUND_TESTS_UNIT_SUPPORT_HPP
#define MHFUND_TESTS_UNIT_SUPPORT_HPP

#include <stdlib.h>  // mkdtemp

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/money.hpp"

namespace mhfund_test {

/// A date from plain ints, as tests write them: ymd(2023, 9, 1).
inline mhfund::date ymd(int y, int m, int d) {
    return mhfund::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                        static_cast<unsigned short>(d));
}

inline mhfund::money pence(int64_t p) {
    return mhfund::money::from_pence(p);
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// The mhfund::error that `f` throws, checking its code; fails the test if `f` throws none.
template <typename F>
mhfund::error error_from(mhfund::errc code, F f) {
    try {
        f();
    } catch (const mhfund::error& e) {
        CHECK(e.code() == code);
        return e;
    }
    FAIL("no error thrown");
    return mhfund::error(mhfund::errc::internal, "not reached: FAIL ends the test case");
}

/// The message of the mhfund::error that `f` throws ("" if it throws none).
template <class F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const mhfund::error& e) {
        return e.what();
    }
    return "";
}

/// The names in a directory.
inline std::set<std::string> entries(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.insert(e.path().filename());
    return names;
}

/// A fresh directory, removed with its contents at the end of the test.
struct scratch_dir {
    std::string path;
    scratch_dir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "mhfund-test-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~scratch_dir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    scratch_dir(const scratch_dir&) = delete;
    scratch_dir& operator=(const scratch_dir&) = delete;
    std::string operator/(const std::string& name) const { return path + "/" + name; }
    std::set<std::string> entries() const { return mhfund_test::entries(path); }
};

/// A whole file, bytes as they are.
inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void put(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

}  // namespace mhfund_test

#endif
