// mhfund: the one place the version lives. CMake reads these three macros.
#ifndef MHFUND_VERSION_HPP
#define MHFUND_VERSION_HPP

#include <string_view>

/// Major version: from 1.0 on, raised only by a release that breaks the C++ API.
#define MHFUND_VERSION_MAJOR 0
/// Minor version: new features (before 1.0 it may also break the API).
#define MHFUND_VERSION_MINOR 1
/// Patch version: fixes only.
#define MHFUND_VERSION_PATCH 0
/// The version as one number, major × 10000 + minor × 100 + patch (0.1.0 is 100).
#define MHFUND_VERSION_NUMBER \
    (MHFUND_VERSION_MAJOR * 10000 + MHFUND_VERSION_MINOR * 100 + MHFUND_VERSION_PATCH)

/// Two steps, so that a macro argument is expanded before it is made a string.
#define MHFUND_DETAIL_STRINGIFY_(x) #x
/// `x`, macros expanded, as a string literal.
#define MHFUND_DETAIL_STRINGIFY(x) MHFUND_DETAIL_STRINGIFY_(x)
/// The version as a string literal, "0.1.0", made from the three numbers above.
#define MHFUND_VERSION_STRING                                                      \
    MHFUND_DETAIL_STRINGIFY(MHFUND_VERSION_MAJOR)                                  \
    "." MHFUND_DETAIL_STRINGIFY(MHFUND_VERSION_MINOR) "." MHFUND_DETAIL_STRINGIFY( \
        MHFUND_VERSION_PATCH)

namespace mhfund {
inline namespace v1 {

/// "0.1.0": the version as the tool and its outputs show it (`mhfund --version`, the workbook's
/// "written by", the HTML report's generator and footer), built once here so that they agree.
constexpr std::string_view version_string() noexcept {
    return MHFUND_VERSION_STRING;
}

}  // namespace v1
}  // namespace mhfund

#endif
