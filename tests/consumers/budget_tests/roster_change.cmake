# The example's budget tests catch a roster edit: run against a copy of examples/budget-tests/plan
# in which one specialist (S7-02) agrees to 19 SLE days instead of 20, exactly one test case
# must fail, the one about Secondary Mastery Specialists, and its message must show both amounts
# in pounds and pence.
#
# Hand figures for the change: S7-02's year 3 drops from 20 × £350.00 = £7,000.00 to
# 19 × £350.00 = £6,650.00, so 2024/25 SMS spend drops from £21,000.00 to £20,650.00. In
# FY2024-25 S7-02's year 3 gives round_half_up(665,000 × 151 / 260) = 386,212p = £3,862.12
# instead of £4,065.38 (budget.test.cpp has the weekday counts), so £15,989.22 becomes
# £15,989.22 − £4,065.38 + £3,862.12 = £15,785.96.
#
# Run with cmake -P and PROJECT (examples/budget-tests), BINARY (its built budget_tests), WORK (a
# scratch folder), PREFIX (the install prefix the example must have been built against) and
# CACHE (the example build's CMakeCache.txt).
cmake_minimum_required(VERSION 3.20)

# Built against the installed package, not some other mhfund.
file(STRINGS "${CACHE}" found REGEX "^mhfund_DIR:")
file(REAL_PATH "${PREFIX}" prefix_real)
string(REGEX REPLACE "^mhfund_DIR:[A-Z]+=" "" found "${found}")
file(REAL_PATH "${found}" found_real)
string(FIND "${found_real}" "${prefix_real}/" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "the example was built against mhfund in '${found}', not under ${PREFIX}")
endif()

# The test-only copy of the plan, with one roster line changed.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${PROJECT}/plan" DESTINATION "${WORK}")
set(roster "${WORK}/plan/roster.csv")
file(READ "${roster}" text)
set(before "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,2345678,no,,20\n")
set(after "S7-02,WM1,sms,sms-2022-cohort7,7,,138412,2345678,no,,19\n")
string(FIND "${text}" "${before}" line_at)
if(line_at EQUAL -1)
  message(FATAL_ERROR "${PROJECT}/plan/roster.csv has no line '${before}': update this test with the example")
endif()
string(REPLACE "${before}" "${after}" text "${text}")
file(WRITE "${roster}" "${text}")

# The tests read plan/ from the folder they run in.
execute_process(COMMAND "${BINARY}" WORKING_DIRECTORY "${WORK}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(shown "exit status ${rc}\n${out}${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "the budget tests passed with S7-02 on 19 SLE days:\n${shown}")
endif()

# Exactly one test case failed, and it is the SMS one.
if(NOT out MATCHES "test cases: *([0-9]+) \\| *([0-9]+) passed \\| *([0-9]+) failed")
  message(FATAL_ERROR "no doctest summary in the output:\n${shown}")
endif()
set(cases ${CMAKE_MATCH_1})
set(failed ${CMAKE_MATCH_3})
math(EXPR others "${cases} - 1")
if(NOT failed EQUAL 1 OR NOT CMAKE_MATCH_2 EQUAL others)
  message(FATAL_ERROR "expected exactly 1 of ${cases} test cases to fail, got ${failed}:\n${shown}")
endif()
string(REGEX MATCHALL "TEST CASE:  [^\n]*" failing "${out}")
set(expected "TEST CASE:  Secondary Mastery Specialists: 2023/24, 2024/25 and FY2024-25")
if(NOT failing STREQUAL expected)
  message(FATAL_ERROR "expected the failure '${expected}', got '${failing}':\n${shown}")
endif()

# Both amounts, in pounds and pence, for each figure that moved (and only those two checks).
foreach(check "CHECK( £20,650.00 == £21,000.00 )" "CHECK( £15,785.96 == £15,989.22 )")
  string(FIND "${out}" "${check}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the failure does not show '${check}':\n${shown}")
  endif()
endforeach()
if(NOT out MATCHES "assertions: *[0-9]+ \\| *[0-9]+ passed \\| *2 failed")
  message(FATAL_ERROR "expected exactly 2 failed checks:\n${shown}")
endif()
message(STATUS "the roster change fails exactly '${expected}':\n${out}")
