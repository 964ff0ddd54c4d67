# The header check must fail on tests/c/data/broken_conventions.h, naming each broken rule:
#   cmake -DCHECK=check_header.cmake -DHEADER=broken_conventions.h -DPARTS=broken_conventions
#         -P check_header_catches.cmake
# Some broken functions are in a part the header includes (so the check must read the parts),
# and one part is not included at all.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${CMAKE_COMMAND} -DHEADER=${HEADER} -DPARTS=${PARTS} -P ${CHECK}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(all "${out}${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "the check passed a header that breaks the conventions:\n${all}")
endif()
foreach(expected
    "mhf_thing_count: output 'out' comes after an input"
    "mhf_thing_total: 'int64_t\\* pence' is an output not named out"
    "mhf_thing_name: 'char\\* buf' is an output not named out"
    "mhf_thing_name: gives text but does not start with"
    "mhf_thing_label: gives text but does not start with"
    "mhf_test_throw: a test hook in the public header"
    "forgotten.h: a part of the API that .* does not include")
  if(NOT all MATCHES "${expected}")
    message(FATAL_ERROR "the check did not report '${expected}':\n${all}")
  endif()
endforeach()
foreach(fine mhf_thing_set mhf_thing_free part.h)
  if(all MATCHES "${fine}:")
    message(FATAL_ERROR "the check reported ${fine}, which keeps the conventions:\n${all}")
  endif()
endforeach()
message(STATUS "the check reports every broken rule of ${HEADER}")
