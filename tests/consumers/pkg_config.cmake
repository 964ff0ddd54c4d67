# Builds and runs one program against the installed package with nothing but pkg-config and the
# compiler, as a Makefile would:
#   $(CC) $(pkg-config --cflags PACKAGE) SOURCE $(pkg-config [--static] --libs PACKAGE)
# Run with cmake -P and
#   PKG_CONFIG  the pkg-config program     PREFIX   the install prefix
#   PCDIR       where the .pc files are    PACKAGE  mhfund or mhfund-cpp
#   COMPILER    cc or c++                   FLAGS    compiler flags (a ;-list)
#   SOURCE      the program                 WORK     a folder for the program
#   STATIC      ON to link with --static (mhfund-cpp is a static library)
cmake_minimum_required(VERSION 3.20)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "$ ${shown}\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${shown}")
  endif()
  string(STRIP "${out}" out)
  set(out "${out}" PARENT_SCOPE)
endfunction()

# Our .pc files first; the system's still answer for fmt, tomlplusplus and xlsxwriter.
set(ENV{PKG_CONFIG_PATH} "${PCDIR}")

run(${PKG_CONFIG} --modversion ${PACKAGE})
set(version "${out}")
run(${PKG_CONFIG} --variable=libdir ${PACKAGE})
set(libdir "${out}")
file(REAL_PATH "${libdir}" libdir_real)
file(REAL_PATH "${PREFIX}" prefix_real)
string(FIND "${libdir_real}/" "${prefix_real}/" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "pkg-config found ${PACKAGE} in ${libdir}, not under ${PREFIX}")
endif()

run(${PKG_CONFIG} --cflags ${PACKAGE})
separate_arguments(cflags UNIX_COMMAND "${out}")
if(STATIC)
  run(${PKG_CONFIG} --static --libs ${PACKAGE})
else()
  run(${PKG_CONFIG} --libs ${PACKAGE})
endif()
separate_arguments(libs UNIX_COMMAND "${out}")

file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${SOURCE}" NAME_WE)
set(program "${WORK}/${name}")
file(REMOVE "${program}")
run(${COMPILER} ${FLAGS} "-DEXPECTED_VERSION=\"${version}\"" ${cflags} "${SOURCE}" -o "${program}" ${libs})

# The program finds libmhfund.so where pkg-config says it is (no rpath: a program installed in
# a system folder would not carry one either).
set(ENV{LD_LIBRARY_PATH} "${libdir}")
run("${program}" "${WORK}/budget.xlsx")
