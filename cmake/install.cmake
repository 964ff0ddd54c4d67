# What `cmake --install` puts where, and the packages that let other projects find it:
#
#   bin/mhfund                                  the command-line tool (needs no data files)
#   include/mhfund/*.hpp                        the C++ API  (#include <mhfund/mhfund.hpp>)
#   include/mhfund.h                            the C API    (#include <mhfund.h>)
#   include/mhfund/c/*.h                        the C API's parts, which mhfund.h includes
#   lib/libmhfund_cpp.a                         the C++ library            (mhfund::mhfund)
#   lib/libmhfund.so -> .so.<ABI> -> .so.<ver>  the C API, shared          (mhfund::c)
#   lib/libmhfund_c.a                           the C API, static          (mhfund::c_static)
#   lib/cmake/mhfund/                           find_package(mhfund CONFIG)
#   lib/pkgconfig/mhfund.pc, mhfund-cpp.pc      pkg-config
#   share/mhfund/                               the built-in editions, rate card and sample plan,
#                                               for people to read and copy (the library uses
#                                               the copies embedded in it)
#   share/man/man1/mhfund*.1.gz                 the manual pages (one per command)
#   share/bash-completion/completions/mhfund    bash completion
#   <python>/mhfund/                            the Python package (ctypes over libmhfund.so):
#                                               lib/python3/dist-packages under /usr (Debian's
#                                               place), else lib/python3.X/site-packages
#   share/doc/mhfund/                           the user guide, the C API guide, design notes
#
# Components, one per Debian package (cmake/packaging.cmake): `cli` (the tool, its manual pages
# and completion, the data, the documentation), `lib` (the shared library), `devel` (headers,
# static libraries, CMake and pkg-config files), `python`.
# Included at the end of the top-level CMakeLists.txt; docs/user-guide.md describes the layout.

option(MHFUND_INSTALL "Add mhfund's install rules" ${MHFUND_TOP_LEVEL})
if(NOT MHFUND_INSTALL)
  return()
endif()

include(CMakePackageConfigHelpers)

set(MHFUND_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/mhfund"
    CACHE STRING "Where the CMake package files go, under the install prefix")
set(MHFUND_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where the pkg-config files go, under the install prefix")
set(MHFUND_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/mhfund")
mark_as_advanced(MHFUND_INSTALL_CMAKEDIR MHFUND_INSTALL_PKGCONFIGDIR)

# Exported names: mhfund::mhfund, mhfund::c, mhfund::c_static (the same as the build tree's
# aliases, so that a project can switch between add_subdirectory and find_package).
set_target_properties(mhfund PROPERTIES EXPORT_NAME mhfund)
set_target_properties(mhfund_c PROPERTIES EXPORT_NAME c)
set_target_properties(mhfund_c_static PROPERTIES EXPORT_NAME c_static)

# --- Headers ----------------------------------------------------------------------------------
# The C header sits at the top of include/ (it is mhfund_c's PUBLIC_HEADER), so that C programs
# write `#include <mhfund.h>` as they do in the build tree; the C++ headers are in include/mhfund/.
# The parts mhfund.h includes (bindings/c/mhfund/c/*.h, as libgit2's git2.h includes git2/) go
# to include/mhfund/c/, beside mhfund.h as in the source tree: a folder of their own, so that
# no C header sits among the C++ headers of the same name (budget.h and budget.hpp).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/mhfund
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT devel
        FILES_MATCHING PATTERN "*.hpp")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/c/mhfund/c
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mhfund
        COMPONENT devel
        FILES_MATCHING PATTERN "*.h")

# --- Libraries and the tool -------------------------------------------------------------------
# Two export sets, so that a C-only consumer (find_package(mhfund COMPONENTS c)) needs none of
# the C++ library's dependencies to be installed.
install(TARGETS mhfund mhfund_c_static
        EXPORT mhfund-cxx-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel)
install(TARGETS mhfund_c
        EXPORT mhfund-c-targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT lib NAMELINK_COMPONENT devel
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT lib
        PUBLIC_HEADER DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(TARGETS mhfund_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)

# `cmake --install --strip` strips the tool and the shared library but leaves static libraries
# alone, whose debug information is most of their size (67 MB of libmhfund_cpp.a in a
# RelWithDebInfo build). So they lose it here, as in Debian's own -dev packages: with --strip,
# or always with MHFUND_STRIP_STATIC_LIBRARIES (the `release` preset, whose Debian packages keep
# the debug information of the tool and the shared library in -dbgsym packages instead).
option(MHFUND_STRIP_STATIC_LIBRARIES "Install static libraries without debug information" OFF)
mark_as_advanced(MHFUND_STRIP_STATIC_LIBRARIES)
install(CODE "
  set(MHFUND_STRIP \"${CMAKE_STRIP}\")
  set(MHFUND_STRIP_ALWAYS ${MHFUND_STRIP_STATIC_LIBRARIES})
  set(MHFUND_STATIC_LIBRARIES
      \"${CMAKE_INSTALL_LIBDIR}/$<TARGET_FILE_NAME:mhfund>;${CMAKE_INSTALL_LIBDIR}/$<TARGET_FILE_NAME:mhfund_c_static>\")
  include(\"${PROJECT_SOURCE_DIR}/cmake/strip-static.cmake\")"
  COMPONENT devel)

# --- The CMake package ------------------------------------------------------------------------
install(EXPORT mhfund-cxx-targets
        NAMESPACE mhfund::
        FILE mhfund-cxx-targets.cmake
        DESTINATION ${MHFUND_INSTALL_CMAKEDIR}
        COMPONENT devel)
install(EXPORT mhfund-c-targets
        NAMESPACE mhfund::
        FILE mhfund-c-targets.cmake
        DESTINATION ${MHFUND_INSTALL_CMAKEDIR}
        COMPONENT devel)

# The static C++ library's dependencies, for the config file to find again: the versions this
# build used are the minimum ones there.
set(MHFUND_DEP_BOOST_VERSION "${Boost_MAJOR_VERSION}.${Boost_MINOR_VERSION}")
set(MHFUND_DEP_FMT_VERSION "${fmt_VERSION}")
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/mhfundConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/mhfundConfig.cmake
  INSTALL_DESTINATION ${MHFUND_INSTALL_CMAKEDIR}
  PATH_VARS MHFUND_INSTALL_DATADIR CMAKE_INSTALL_INCLUDEDIR)

# Compatibility (docs/design/stability.md): from 1.0 on, any later release with the same major
# version satisfies a request (SameMajorVersion). Before 1.0 a minor release may change the
# API, so there the minor version must match as well: find_package(mhfund 0.1) accepts 0.1.x.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_mhfund_compatibility SameMinorVersion)
else()
  set(_mhfund_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/mhfundConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY ${_mhfund_compatibility})
install(FILES ${PROJECT_BINARY_DIR}/cmake/mhfundConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/mhfundConfigVersion.cmake
        DESTINATION ${MHFUND_INSTALL_CMAKEDIR}
        COMPONENT devel)

# --- pkg-config -------------------------------------------------------------------------------
# The files name the prefix actually installed to, which `cmake --install --prefix DIR` may
# change after configuring: so they are configured twice, now for everything but the prefix,
# and at install time for the prefix.
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(MHFUND_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(MHFUND_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()
set(MHFUND_PC_PREFIX "@MHFUND_PC_INSTALL_PREFIX@")
get_target_property(MHFUND_C_ABI_VERSION mhfund_c SOVERSION)
foreach(_pc mhfund mhfund-cpp)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/${_pc}.pc.in
                 ${PROJECT_BINARY_DIR}/cmake/${_pc}.pc.in @ONLY)
  install(CODE "
    set(MHFUND_PC_INSTALL_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    configure_file(\"${PROJECT_BINARY_DIR}/cmake/${_pc}.pc.in\"
                   \"${PROJECT_BINARY_DIR}/cmake/install/${_pc}.pc\" @ONLY)
    file(INSTALL \"${PROJECT_BINARY_DIR}/cmake/install/${_pc}.pc\"
         DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${MHFUND_INSTALL_PKGCONFIGDIR}\")"
    COMPONENT devel)
endforeach()

# --- Data: the built-in editions, rate card and sample plan -----------------------------------
# The library and the tool use the copies embedded in them (src/CMakeLists.txt); these are for
# people to read, and to copy when they write an edition or a plan of their own.
install(FILES ${PROJECT_SOURCE_DIR}/src/data/rates.toml
              ${PROJECT_SOURCE_DIR}/src/data/default-scenario.toml
              ${PROJECT_SOURCE_DIR}/src/data/default-roster.csv
              ${PROJECT_SOURCE_DIR}/src/data/default-workgroups.csv
        DESTINATION ${MHFUND_INSTALL_DATADIR}
        COMPONENT cli)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/src/data/editions
        DESTINATION ${MHFUND_INSTALL_DATADIR}
        COMPONENT cli
        FILES_MATCHING PATTERN "*.toml")
# A sample claims file for the sample hub, to try `mhfund claims` on.
install(FILES ${PROJECT_SOURCE_DIR}/examples/data/claims.csv
        DESTINATION ${MHFUND_INSTALL_DATADIR}/examples
        COMPONENT cli)

# --- Manual pages and bash completion ---------------------------------------------------------
# The pages are made from the built tool by help2man (src/cli/CMakeLists.txt).
if(MHFUND_BUILD_MAN_PAGES)
  install(DIRECTORY ${MHFUND_MAN_DIR}/
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT cli
          FILES_MATCHING PATTERN "*.1.gz")
endif()
# Where bash-completion loads completions from on demand (pkg-config bash-completion's
# completionsdir, under the prefix).
install(FILES ${PROJECT_SOURCE_DIR}/src/cli/completion/mhfund.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME mhfund
        COMPONENT cli)

# --- The Python package -----------------------------------------------------------------------
# Pure Python (ctypes), so architecture-independent. Under /usr it goes where Debian's python3
# looks for packaged modules; elsewhere (a virtual environment, /opt/mhfund) where that prefix's
# python3.X keeps them. It finds libmhfund.so.N from there, through the prefix it is installed in
# (bindings/python/mhfund/_lib.py), with no environment variable.
# `pip install ./bindings/python` (bindings/python/pyproject.toml) is the other way to install it.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(_mhfund_python_dir "lib/python3/dist-packages")
else()
  find_package(Python3 COMPONENTS Interpreter QUIET)
  if(Python3_FOUND)
    set(_mhfund_python_dir "lib/python${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}/site-packages")
  else()
    set(_mhfund_python_dir "lib/python3/site-packages")
  endif()
endif()
set(MHFUND_INSTALL_PYTHONDIR "${_mhfund_python_dir}"
    CACHE STRING "Where the Python package goes, under the install prefix")
mark_as_advanced(MHFUND_INSTALL_PYTHONDIR)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/python/mhfund
        DESTINATION ${MHFUND_INSTALL_PYTHONDIR}
        COMPONENT python
        FILES_MATCHING PATTERN "*.py" PATTERN "py.typed"
        PATTERN "__pycache__" EXCLUDE)

# --- Documentation ----------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT cli)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT cli
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
