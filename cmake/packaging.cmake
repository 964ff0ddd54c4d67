# Debian packages, made by CPack's DEB generator from the install components (cmake/install.cmake):
#
#   mhfund            component cli     the tool, its manual pages and bash completion, the
#                                       built-in data to read and copy, the documentation
#   libmhfund<ABI>    component lib     the C API's shared library (libmhfund.so.<ABI>)
#   libmhfund-dev     component devel   headers, static libraries, the CMake and pkg-config files
#   python3-mhfund    component python  the Python package, in Debian's python3 path
#   <name>-dbgsym     (.ddeb)           the debug information of the tool and the shared library
#
# Build them from the `release` preset (`make package`, or by hand):
#   cmake --preset release && cmake --build build-release && cpack --config build-release/CPackConfig.cmake
# The packages land in build-release/packages/. docs/design/packaging.md says why each choice.
# Included at the end of the top-level CMakeLists.txt, after cmake/install.cmake.

if(NOT MHFUND_INSTALL)
  return()
endif()

get_target_property(_mhfund_soversion mhfund_c SOVERSION)
# The shared library's package is named after its SONAME (Debian policy 8.1): a new ABI version
# is a new package that can be installed beside the old one.
set(MHFUND_DEB_LIB_PACKAGE "libmhfund${_mhfund_soversion}")
set(MHFUND_DEB_MAINTAINER "mhfund developers <dev@mhfund.invalid>")

# --- What Debian wants in every package's /usr/share/doc/<package>/ ---------------------------
# copyright (the licence) and, for a package built without a debian/ folder (a native one), a
# changelog.gz in Debian's format. Both are only installed into the packages: EXCLUDE_FROM_ALL
# keeps them out of a plain `cmake --install`, which installs all components but not these.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE _mhfund_license)
string(REGEX MATCH "Copyright \\(c\\) [^\n]+" _mhfund_copyright_line "${_mhfund_license}")
set(_mhfund_debian_dir ${PROJECT_BINARY_DIR}/debian)
file(WRITE ${_mhfund_debian_dir}/copyright.tmp
  "mhfund: funding and release time of the Maths Hubs teaching-for-mastery programmes\n\n"
  "${_mhfund_copyright_line}\n\n"
  "License: MIT (Expat), as follows.\n\n${_mhfund_license}")
configure_file(${_mhfund_debian_dir}/copyright.tmp ${_mhfund_debian_dir}/copyright COPYONLY)

# The changelog's date is the build's (or SOURCE_DATE_EPOCH's, for a reproducible build).
string(TIMESTAMP _mhfund_deb_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE ${_mhfund_debian_dir}/changelog.tmp
  "mhfund (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
  "  * Release ${PROJECT_VERSION}; what changed is in /usr/share/doc/mhfund/CHANGELOG.md.\n\n"
  " -- ${MHFUND_DEB_MAINTAINER}  ${_mhfund_deb_date}\n")
configure_file(${_mhfund_debian_dir}/changelog.tmp ${_mhfund_debian_dir}/changelog COPYONLY)
add_custom_command(
  OUTPUT ${_mhfund_debian_dir}/changelog.gz
  COMMAND gzip -9nkf ${_mhfund_debian_dir}/changelog
  DEPENDS ${_mhfund_debian_dir}/changelog
  COMMENT "Compressing the Debian changelog")
add_custom_target(mhfund_debian_changelog ALL DEPENDS ${_mhfund_debian_dir}/changelog.gz)

foreach(_pair "cli;mhfund" "lib;${MHFUND_DEB_LIB_PACKAGE}" "devel;libmhfund-dev"
              "python;python3-mhfund")
  list(GET _pair 0 _component)
  list(GET _pair 1 _package)
  install(FILES ${_mhfund_debian_dir}/copyright ${_mhfund_debian_dir}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${_package}
          COMPONENT ${_component}
          EXCLUDE_FROM_ALL)
endforeach()

# python3-mhfund compiles its modules when installed and removes the compiled files before it
# is removed (what dh_python3 writes into a Debian package's maintainer scripts), so that
# running it as root leaves no __pycache__ behind in /usr/lib/python3/dist-packages.
set(MHFUND_PYTHON_FULL_DIR "${CMAKE_INSTALL_PREFIX}/${MHFUND_INSTALL_PYTHONDIR}")
foreach(_script postinst prerm)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/python3-${_script}.in
                 ${_mhfund_debian_dir}/python/${_script} @ONLY)
  file(CHMOD ${_mhfund_debian_dir}/python/${_script}
       PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                   WORLD_READ WORLD_EXECUTE)
endforeach()

# --- CPack ------------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "mhfund")
set(CPACK_PACKAGE_VENDOR "The mhfund authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "${MHFUND_DEB_MAINTAINER}")

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli lib devel python)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MHFUND_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Runtime dependencies from the ELF files themselves (dpkg-shlibdeps), not from a list to keep.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Control files owned by root with Debian's modes (0644, scripts 0755).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The tool's and the library's debug information goes into -dbgsym packages (.ddeb), and the
# packaged files are stripped. Needs a build with -g (the release preset has it).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# What CPack does differently from debhelper, corrected after it has made the packages.
set(CPACK_POST_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/cmake/debian/finish-debs.cmake")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/cmake/debian/cpack-options.cmake")

set(_mhfund_exact "(= ${PROJECT_VERSION})")

# mhfund: the tool. It links the C++ library statically; dpkg-shlibdeps adds the rest.
set(CPACK_DEBIAN_CLI_PACKAGE_NAME "mhfund")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_CLI_DESCRIPTION
"Maths Hubs programme funding - command-line tool
mhfund computes, exactly to the penny, the funding and release time of
England's Maths Hubs teaching-for-mastery programmes: Secondary and FE Mastery
Specialists and Work Groups. It forecasts a hub's spending by group and
period, explains every figure, and checks claims against allocations, writing
tables, CSV, JSON, workbooks with live formulas and HTML reports.

This package holds the command-line tool with the programme editions and rate
card built in, its manual pages and bash completion, and the user guide.")

# libmhfund<ABI>: the C API's shared library. Its shlibs file lets dpkg-shlibdeps give programs
# linked against it a dependency on this package (the only package with a shared library, so
# the setting is global); the ldconfig trigger updates the loader's cache.
set(CPACK_DEBIAN_LIB_PACKAGE_NAME "${MHFUND_DEB_LIB_PACKAGE}")
set(CPACK_DEBIAN_LIB_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/shlib-triggers ${_mhfund_debian_dir}/lib/triggers COPYONLY)
set(CPACK_DEBIAN_LIB_PACKAGE_CONTROL_EXTRA "${_mhfund_debian_dir}/lib/triggers")
set(CPACK_DEBIAN_LIB_DESCRIPTION
"Maths Hubs programme funding - C API shared library
mhfund computes, exactly to the penny, the funding and release time of
England's Maths Hubs teaching-for-mastery programmes.

This package holds libmhfund.so.${_mhfund_soversion}, the C API (mhf_ functions), for
finance systems and for the Python package python3-mhfund.")

# libmhfund-dev: what a program is built with. The static C++ library passes its own
# dependencies on to the program that links it, so their -dev packages come along; the CMake
# package's mhfund_DATA_DIR is the data that the mhfund package installs.
set(CPACK_DEBIAN_DEVEL_PACKAGE_NAME "libmhfund-dev")
set(CPACK_DEBIAN_DEVEL_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS
    "${MHFUND_DEB_LIB_PACKAGE} ${_mhfund_exact}, mhfund ${_mhfund_exact}, libboost-date-time-dev (>= ${MHFUND_DEP_BOOST_VERSION}), libfmt-dev (>= ${MHFUND_DEP_FMT_VERSION}), libtomlplusplus-dev, libxlsxwriter-dev, libcsv-dev")
set(CPACK_DEBIAN_DEVEL_DESCRIPTION
"Maths Hubs programme funding - development files
mhfund computes, exactly to the penny, the funding and release time of
England's Maths Hubs teaching-for-mastery programmes.

This package holds the C++ API's headers and static library (libmhfund_cpp.a),
the C API's headers (mhfund.h and its parts in mhfund/c/) and static library,
the CMake package (find_package(mhfund)) and the pkg-config files mhfund and
mhfund-cpp.")

# python3-mhfund: pure Python (ctypes) over the shared library, so for every architecture; it
# finds libmhfund.so.<ABI> through the system's loader.
set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME "python3-mhfund")
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION "python")
set(CPACK_DEBIAN_PYTHON_PACKAGE_ARCHITECTURE "all")
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS "python3:any, ${MHFUND_DEB_LIB_PACKAGE} (>= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_PYTHON_PACKAGE_CONTROL_EXTRA
    "${_mhfund_debian_dir}/python/postinst;${_mhfund_debian_dir}/python/prerm")
set(CPACK_DEBIAN_PYTHON_DESCRIPTION
"Maths Hubs programme funding - Python 3 package
mhfund computes, exactly to the penny, the funding and release time of
England's Maths Hubs teaching-for-mastery programmes.

This package holds the Python 3 module mhfund: pricing, forecasts and
identifier checks with amounts as decimal.Decimal, through the C API
(${MHFUND_DEB_LIB_PACKAGE}).")

include(CPack)
