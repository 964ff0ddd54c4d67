# A national roster's HTML page stays small: 200,000 generated participants (about 20,000 notes of
# one kind and 200,000 unfunded commitments) forecast --by hub as HTML must come to under 2 MB,
# each kind of note listing at most 200 items and saying how many more there are.
# Usage: cmake -DGENERATOR=mhfund_gen_roster -DMHFUND=mhfund -DWORK=dir -P check_national_html.cmake
file(MAKE_DIRECTORY "${WORK}")
set(roster "${WORK}/national-roster.csv")
set(page "${WORK}/national.html")
execute_process(COMMAND ${GENERATOR} 200000 2022 OUTPUT_FILE "${roster}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mhfund_gen_roster 200000 2022 failed (${rc})")
endif()
execute_process(COMMAND ${MHFUND} forecast --roster "${roster}" --set sle_rate=350.00 --by hub
                        -o "${page}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mhfund forecast --format html failed (${rc}): ${err}")
endif()
file(SIZE "${page}" bytes)
message(STATUS "the national page is ${bytes} bytes")
if(bytes GREATER_EQUAL 2000000)
  message(FATAL_ERROR "the national page is ${bytes} bytes: 2 MB (2,000,000) at most")
endif()
file(READ "${page}" html)
string(REGEX MATCHALL "<li>" items "${html}")
list(LENGTH items item_count)
# 200 notes of the one kind, the figures cards aside (they are not <li> alone).
if(item_count GREATER 400)
  message(FATAL_ERROR "the page lists ${item_count} items; each kind is capped at 200")
endif()
if(NOT html MATCHES "<h2>Notes \\([0-9,]+\\)</h2>" OR NOT html MATCHES "and [0-9,]+ more")
  message(FATAL_ERROR "the page does not count its notes or say how many more there are")
endif()
file(REMOVE "${roster}" "${page}")
