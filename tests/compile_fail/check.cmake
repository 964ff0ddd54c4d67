# SOURCE must compile as is and must NOT compile with MHFUND_SHOULD_FAIL. Run with cmake -P.
set(flags -std=c++17 -fsyntax-only -I${INCLUDE})
execute_process(COMMAND ${CXX} ${flags} ${SOURCE} RESULT_VARIABLE ok ERROR_VARIABLE err_ok)
if(NOT ok EQUAL 0)
  message(FATAL_ERROR "${SOURCE} should compile without MHFUND_SHOULD_FAIL:\n${err_ok}")
endif()
execute_process(COMMAND ${CXX} ${flags} -DMHFUND_SHOULD_FAIL ${SOURCE}
                RESULT_VARIABLE bad ERROR_VARIABLE err_bad)
if(bad EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled with MHFUND_SHOULD_FAIL: the unit safety it tests is gone")
endif()
message(STATUS "${SOURCE}: rejected as intended")
