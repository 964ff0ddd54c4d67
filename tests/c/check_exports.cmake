# Checks that the shared library exports exactly the functions mhfund.h declares: no fewer (a
# declared function missing) and no more (a test hook, an internal, a C++ symbol):
#   cmake -DNM=nm -DLIBRARY=libmhfund.so -DHEADER=mhfund.h -P check_exports.cmake
# `nm -D --defined-only` lists the dynamic symbols the library defines. Besides the functions,
# only these may appear; they are not functions of any library but markers some linkers put
# in a shared object's dynamic symbol table: _init and _fini (the object's constructor and
# destructor sections, called by the dynamic loader), and _edata, _end and __bss_start (the ends
# of the data and bss segments). None of them can clash with a user's symbols. Today's GNU ld
# emits none of them for this library; they are allowed so that another linker's habits do not
# fail the test.
cmake_minimum_required(VERSION 3.25)
if(NOT NM OR NOT LIBRARY OR NOT HEADER)
  message(FATAL_ERROR
          "usage: cmake -DNM=nm -DLIBRARY=libmhfund.so -DHEADER=mhfund.h -P check_exports.cmake")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/mhfund_api.cmake)
mhfund_read_api("${HEADER}")

execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed (${rc}): ${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(exported "")
set(bad "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  # "0000000000012345 T mhf_price" (the address is absent for absolute symbols).
  string(REGEX MATCH "([A-Za-z]) ([^ ]+)$" _ "${line}")
  set(type "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  if(name IN_LIST MHFUND_API_FUNCTIONS AND type STREQUAL "T")
    list(APPEND exported "${name}")
  elseif(NOT name MATCHES "^(_init|_fini|_edata|_end|__bss_start)$")
    string(APPEND bad "  ${line}\n")
  endif()
endforeach()
set(missing "")
foreach(f IN LISTS MHFUND_API_FUNCTIONS)
  if(NOT f IN_LIST exported)
    string(APPEND missing "  ${f}\n")
  endif()
endforeach()
if(NOT bad STREQUAL "")
  message(FATAL_ERROR "${LIBRARY} exports symbols mhfund.h does not declare:\n${bad}")
endif()
if(NOT missing STREQUAL "")
  message(FATAL_ERROR "${LIBRARY} does not export functions mhfund.h declares:\n${missing}")
endif()
list(LENGTH exported n)
list(LENGTH MHFUND_API_FUNCTIONS declared)
if(declared LESS 40)
  message(FATAL_ERROR "only ${declared} functions read from ${HEADER}: expected the whole API")
endif()
message(STATUS "${LIBRARY}: exports the ${n} functions mhfund.h declares, and nothing else")
