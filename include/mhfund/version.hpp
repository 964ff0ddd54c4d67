// mhfund: the one place the version lives. CMake reads these three macros.
#ifndef MHFUND_VERSION_HPP
#define MHFUND_VERSION_HPP

/// Major version: from 1.0 on, raised only by a release that breaks the C++ API.
#define MHFUND_VERSION_MAJOR 0
/// Minor version: new features (before 1.0 it may also break the API).
#define MHFUND_VERSION_MINOR 1
/// Patch version: fixes only.
#define MHFUND_VERSION_PATCH 0
/// The version as one number, major × 10000 + minor × 100 + patch (0.1.0 is 100).
#define MHFUND_VERSION_NUMBER \
    (MHFUND_VERSION_MAJOR * 10000 + MHFUND_VERSION_MINOR * 100 + MHFUND_VERSION_PATCH)

#endif
