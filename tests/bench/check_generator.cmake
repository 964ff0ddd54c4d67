# The generator is deterministic: `mhfund_gen_roster 1000 2022` has the same bytes on every
# machine and standard library, so the figures in docs/performance.md can be reproduced.
# If the generator is changed on purpose, update the hash here and re-measure the docs.
# Usage: cmake -DGENERATOR=path/to/mhfund_gen_roster -P check_generator.cmake
set(expected "c53a2f5e3e08b38e417296182a970b6611db0b4b260a9398dd3def67ee684e97")
execute_process(COMMAND ${GENERATOR} 1000 2022 OUTPUT_VARIABLE roster RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mhfund_gen_roster 1000 2022 failed (${rc})")
endif()
string(SHA256 actual "${roster}")
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "mhfund_gen_roster 1000 2022 changed: SHA-256 ${actual}, expected ${expected}")
endif()
