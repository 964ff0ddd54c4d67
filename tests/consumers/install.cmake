# The consumer tests' fixture: installs the build into PREFIX (emptied first, so that nothing
# stale is found) and checks the layout docs/user-guide.md describes. Run with cmake -P and
# BUILD_DIR, SOURCE_DIR, CONSUMER_BUILDS, PREFIX, CONFIG, LIBDIR, INCLUDEDIR, BINDIR, DATADIR,
# MANDIR, MAN_PAGES (ON when the manual pages are built), SOVERSION.
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${PREFIX}")
# The consumers' build folders too, so that no cache remembers an earlier package.
file(GLOB consumer_builds LIST_DIRECTORIES true "${CONSUMER_BUILDS}/cmake.*" "${CONSUMER_BUILDS}/pkg_config.*")
if(consumer_builds)
  file(REMOVE_RECURSE ${consumer_builds})
endif()
unset(ENV{DESTDIR})
execute_process(
  COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(expected
  ${BINDIR}/mhfund
  ${INCLUDEDIR}/mhfund.h
  ${INCLUDEDIR}/mhfund/c/common.h
  ${INCLUDEDIR}/mhfund/c/budget.h
  ${INCLUDEDIR}/mhfund/c/eligibility.h
  ${INCLUDEDIR}/mhfund/c/outturn.h
  ${INCLUDEDIR}/mhfund/c/reference.h
  ${INCLUDEDIR}/mhfund/mhfund.hpp
  ${INCLUDEDIR}/mhfund/version.hpp
  ${INCLUDEDIR}/mhfund/testing.hpp
  ${LIBDIR}/libmhfund_cpp.a
  ${LIBDIR}/libmhfund_c.a
  ${LIBDIR}/libmhfund.so
  ${LIBDIR}/libmhfund.so.${SOVERSION}
  ${LIBDIR}/cmake/mhfund/mhfundConfig.cmake
  ${LIBDIR}/cmake/mhfund/mhfundConfigVersion.cmake
  ${LIBDIR}/pkgconfig/mhfund.pc
  ${LIBDIR}/pkgconfig/mhfund-cpp.pc
  ${DATADIR}/mhfund/rates.toml
  ${DATADIR}/mhfund/default-scenario.toml
  ${DATADIR}/mhfund/default-roster.csv
  ${DATADIR}/mhfund/default-workgroups.csv
  ${DATADIR}/mhfund/editions/sms-2022-cohort7.toml
  ${DATADIR}/mhfund/examples/claims.csv
  ${DATADIR}/bash-completion/completions/mhfund)
if(MAN_PAGES)
  list(APPEND expected ${MANDIR}/man1/mhfund.1.gz ${MANDIR}/man1/mhfund-forecast.1.gz)
endif()
set(missing "")
foreach(f IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${f}")
    string(APPEND missing "\n  ${f}")
  endif()
endforeach()
# The Python package, where that prefix's python3 keeps packages (lib/python3.X/site-packages,
# or lib/python3/dist-packages under /usr), with its type information.
file(GLOB python_packages "${PREFIX}/lib/python3*/*-packages/mhfund/__init__.py")
list(LENGTH python_packages count)
if(NOT count EQUAL 1)
  string(APPEND missing "\n  lib/python3*/*-packages/mhfund/__init__.py (found ${count})")
else()
  get_filename_component(python_package "${python_packages}" DIRECTORY)
  if(NOT EXISTS "${python_package}/py.typed")
    string(APPEND missing "\n  ${python_package}/py.typed")
  endif()
endif()
# Only in the Debian packages (cmake/packaging.cmake): not in a plain install.
if(EXISTS "${PREFIX}/${DATADIR}/doc/mhfund/changelog.gz")
  message(FATAL_ERROR "${DATADIR}/doc/mhfund/changelog.gz was installed: it is for the Debian packages only")
endif()
if(missing)
  message(FATAL_ERROR "not installed under ${PREFIX}:${missing}")
endif()

# The shared library's name links: libmhfund.so -> libmhfund.so.N -> libmhfund.so.N.x.y.
file(READ_SYMLINK "${PREFIX}/${LIBDIR}/libmhfund.so" link)
if(NOT link STREQUAL "libmhfund.so.${SOVERSION}")
  message(FATAL_ERROR "libmhfund.so points to '${link}', not libmhfund.so.${SOVERSION}")
endif()

# No source- or build-tree path leaks into the package files.
file(GLOB package_files "${PREFIX}/${LIBDIR}/cmake/mhfund/*.cmake" "${PREFIX}/${LIBDIR}/pkgconfig/*.pc")
foreach(f IN LISTS package_files)
  file(READ "${f}" text)
  string(REPLACE "${PREFIX}" "<prefix>" text "${text}")  # the prefix may be in the build tree
  foreach(tree "${SOURCE_DIR}" "${BUILD_DIR}")
    string(FIND "${text}" "${tree}/" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${f} names ${tree}")
    endif()
  endforeach()
endforeach()
message(STATUS "installed into ${PREFIX}")
