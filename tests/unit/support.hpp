// Small helpers the unit tests share.
#ifndef MHFUND_TESTS_UNIT_SUPPORT_HPP
#define MHFUND_TESTS_UNIT_SUPPORT_HPP

#include <cstdint>
#include <string>

#include "mhfund/calendar.hpp"
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

}  // namespace mhfund_test

#endif
