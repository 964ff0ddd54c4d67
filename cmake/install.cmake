# What `cmake --install` puts where, and the packages that let other projects find it:
#
#   bin/mhfund                                  the command-line tool (needs no data files)
#   include/mhfund/*.hpp                        the C++ API  (#include <mhfund/mhfund.hpp>)
#   include/mhfund.h                            the C API    (#include <mhfund.h>)
#   lib/libmhfund_cpp.a                         the C++ library            (mhfund::mhfund)
#   lib/libmhfund.so -> .so.<ABI> -> .so.<ver>  the C API, shared          (mhfund::c)
#   lib/libmhfund_c.a                           the C API, static          (mhfund::c_static)
#   lib/cmake/mhfund/                           find_package(mhfund CONFIG)
#   lib/pkgconfig/mhfund.pc, mhfund-cpp.pc      pkg-config
#   share/mhfund/                               the built-in editions, rate card and sample plan,
#                                               for people to read and copy (the library uses
#                                               the copies embedded in it)
#   share/mhfund/python/mhfund/                 the Python package (ctypes over libmhfund.so)
#   share/doc/mhfund/                           the user guide, the C API guide, design notes
#
# Components: `runtime` (the tool, the shared library, the data), `devel` (headers, static
# libraries, CMake and pkg-config files), `python`, `doc`.
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
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/mhfund
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT devel
        FILES_MATCHING PATTERN "*.hpp")

# --- Libraries and the tool -------------------------------------------------------------------
# Two export sets, so that a C-only consumer (find_package(mhfund COMPONENTS c)) needs none of
# the C++ library's dependencies to be installed.
install(TARGETS mhfund mhfund_c_static
        EXPORT mhfund-cxx-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel)
install(TARGETS mhfund_c
        EXPORT mhfund-c-targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT devel
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
        PUBLIC_HEADER DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(TARGETS mhfund_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

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
        COMPONENT runtime)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/src/data/editions
        DESTINATION ${MHFUND_INSTALL_DATADIR}
        COMPONENT runtime
        FILES_MATCHING PATTERN "*.toml")

# --- The Python package -----------------------------------------------------------------------
# Pure Python (ctypes), so architecture-independent: PYTHONPATH=<prefix>/share/mhfund/python,
# and MHFUND_LIBRARY=<prefix>/lib/libmhfund.so.N unless the system's loader finds the library.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/python/mhfund
        DESTINATION ${MHFUND_INSTALL_DATADIR}/python
        COMPONENT python
        FILES_MATCHING PATTERN "*.py"
        PATTERN "__pycache__" EXCLUDE)

# --- Documentation ----------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT doc)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT doc
        FILES_MATCHING PATTERN "*.md")
