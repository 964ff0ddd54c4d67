# Checks that the shared library exports only mhf_ functions:
#   cmake -DNM=nm -DLIBRARY=libmhfund.so -P check_exports.cmake
# `nm -D --defined-only` lists the dynamic symbols the library defines. Every one must start
# with mhf_, except these, which are not functions of any library but markers some linkers put
# in a shared object's dynamic symbol table: _init and _fini (the object's constructor and
# destructor sections, called by the dynamic loader), and _edata, _end and __bss_start (the ends
# of the data and bss segments). None of them can clash with a user's symbols. Today's GNU ld
# emits none of them for this library; they are allowed so that another linker's habits do not
# fail the test.
if(NOT NM OR NOT LIBRARY)
  message(FATAL_ERROR "usage: cmake -DNM=nm -DLIBRARY=libmhfund.so -P check_exports.cmake")
endif()
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed (${rc}): ${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(exported 0)
set(bad "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  # "0000000000012345 T mhf_price" (the address is absent for absolute symbols).
  string(REGEX MATCH "([A-Za-z]) ([^ ]+)$" _ "${line}")
  set(type "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  if(name MATCHES "^mhf_[a-z0-9_]+$" AND type STREQUAL "T")
    math(EXPR exported "${exported} + 1")
  elseif(name MATCHES "^(_init|_fini|_edata|_end|__bss_start)$")
  else()
    string(APPEND bad "  ${line}\n")
  endif()
endforeach()
if(NOT bad STREQUAL "")
  message(FATAL_ERROR "${LIBRARY} exports symbols other than mhf_ functions:\n${bad}")
endif()
if(exported LESS 40)
  message(FATAL_ERROR "${LIBRARY} exports only ${exported} mhf_ functions; expected the whole API")
endif()
message(STATUS "${LIBRARY}: ${exported} mhf_ functions exported, nothing else")
