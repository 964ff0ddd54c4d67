# Compiles the C API's headers each alone (mhfund.h and every part in mhfund/c/), twice each:
# as C99 with CC and as C++17 with CXX, with -Wall -Wextra -Wpedantic -Werror. Run with cmake -P:
#   cmake -DCC=gcc -DCXX=g++ -DINCLUDE=bindings/c -P check_c.cmake
# A part that needs something only mhfund.h declares, or that C++ warns about, fails here.
cmake_minimum_required(VERSION 3.20)
file(GLOB parts RELATIVE "${INCLUDE}" "${INCLUDE}/mhfund/c/*.h")
list(LENGTH parts count)
if(count LESS 2)
  message(FATAL_ERROR "no parts of mhfund.h found in ${INCLUDE}/mhfund/c")
endif()
foreach(h mhfund.h ${parts})
  foreach(lang c c++)
    if(lang STREQUAL "c")
      set(compiler ${CC})
      set(std -std=c99)
    else()
      set(compiler ${CXX})
      set(std -std=c++17)
    endif()
    # Included twice: the include guard holds.
    execute_process(
      COMMAND ${compiler} ${std} -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I${INCLUDE}
              -x ${lang} -include ${h} -include ${h} /dev/null
      RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${compiler}: ${h} does not compile alone as ${lang}:\n${err}")
    endif()
  endforeach()
endforeach()
message(STATUS "${CC} and ${CXX}: mhfund.h and its ${count} parts compile alone as C99 and C++17")
