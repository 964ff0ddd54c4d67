# Holds mhfund.h and its parts (the headers it includes, mhfund/c/*.h) to its conventions
# (libgit2's: outputs first, named out):
#   cmake -DHEADER=mhfund.h [-DPARTS=mhfund/c] -P check_header.cmake
#   - every header in PARTS (when given) is included by HEADER, directly or through another, so
#     that `#include <mhfund.h>` gives the whole API and every part is checked;
#   - an output is a parameter whose name is `out` or starts with `out_`, or any pointer to
#     something the function may write (not const) other than the one handle it acts on
#     (mhf_scenario_set's scenario, a _free function's object);
#   - every such pointer is named as an output, and the outputs come before every input;
#   - a function that gives text starts with (char* out, size_t out_size, size_t* out_len);
#   - no test hook is declared.
# Any broken rule names the function and fails the script.
cmake_minimum_required(VERSION 3.25)
if(NOT HEADER)
  message(FATAL_ERROR "usage: cmake -DHEADER=mhfund.h [-DPARTS=dir] -P check_header.cmake")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/mhfund_api.cmake)
mhfund_read_api("${HEADER}")

set(problems "")
set(with_outputs 0)

if(PARTS)
  file(GLOB parts "${PARTS}/*.h")
  foreach(part IN LISTS parts)
    get_filename_component(part "${part}" REALPATH)
    if(NOT part IN_LIST MHFUND_API_FILES)
      get_filename_component(name "${part}" NAME)
      string(APPEND problems "  ${name}: a part of the API that ${HEADER} does not include\n")
    endif()
  endforeach()
endif()

# Sets `out_var` to TRUE when a parameter of type `type` is one the function may write.
function(writable type out_var)
  set(result FALSE)
  if(type MATCHES "\\*" AND NOT type MATCHES "^const ")
    set(result TRUE)
    foreach(h IN LISTS MHFUND_API_HANDLES)
      if(type STREQUAL "${h}*")
        set(result FALSE)
      endif()
    endforeach()
  endif()
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()

foreach(f IN LISTS MHFUND_API_FUNCTIONS)
  if(f MATCHES "test")
    string(APPEND problems "  ${f}: a test hook in the public header\n")
  endif()
  set(inputs_started FALSE)
  set(has_output FALSE)
  set(shape "")
  foreach(p IN LISTS MHFUND_API_PARAMS_${f})
    string(REPLACE "|" ";" parts "${p}")
    list(GET parts 0 type)
    list(GET parts 1 name)
    list(LENGTH shape n)
    if(n LESS 3)
      list(APPEND shape "${type} ${name}")
    endif()
    writable("${type}" writes)
    if(name MATCHES "^out(_|$)")
      set(has_output TRUE)
      if(inputs_started)
        string(APPEND problems "  ${f}: output '${name}' comes after an input\n")
      endif()
    elseif(writes)
      string(APPEND problems "  ${f}: '${type} ${name}' is an output not named out or out_...\n")
    else()
      set(inputs_started TRUE)
    endif()
  endforeach()
  if(MHFUND_API_PARAMS_${f} MATCHES "(^|;)char\\*\\|")
    if(NOT shape STREQUAL "char* out;size_t out_size;size_t* out_len")
      string(APPEND problems
             "  ${f}: gives text but does not start with (char* out, size_t out_size, size_t* out_len)\n")
    endif()
  endif()
  if(has_output)
    math(EXPR with_outputs "${with_outputs} + 1")
  endif()
endforeach()

list(LENGTH MHFUND_API_FUNCTIONS declared)
if(declared LESS 40)
  string(APPEND problems "  only ${declared} functions read from ${HEADER}: expected the whole API\n")
endif()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${HEADER} breaks its conventions:\n${problems}")
endif()
list(LENGTH MHFUND_API_FILES files)
message(STATUS
  "${HEADER} (${files} files with its parts): ${declared} functions, ${with_outputs} with outputs, every output first and named out")
