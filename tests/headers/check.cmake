# Compiles each public header alone with CXX as C++17 and strict warnings. Run with cmake -P.
find_path(_boost boost/date_time/gregorian/gregorian_types.hpp)
foreach(h ${HEADERS})
  get_filename_component(name ${h} NAME)
  execute_process(
    COMMAND ${CXX} -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I${INCLUDE}
            -x c++ -include mhfund/${name} /dev/null
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CXX}: mhfund/${name} does not compile alone:\n${err}")
  endif()
endforeach()
message(STATUS "${CXX}: every public header compiles alone")
