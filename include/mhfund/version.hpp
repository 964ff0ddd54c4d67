// mhfund: the one place the version lives. CMake reads these three macros.
#ifndef MHFUND_VERSION_HPP
#define MHFUND_VERSION_HPP

#define MHFUND_VERSION_MAJOR 0
#define MHFUND_VERSION_MINOR 1
#define MHFUND_VERSION_PATCH 0
#define MHFUND_VERSION_NUMBER \
    (MHFUND_VERSION_MAJOR * 10000 + MHFUND_VERSION_MINOR * 100 + MHFUND_VERSION_PATCH)

#endif
