# Writes the manual pages of the command-line tool from its own --help, with help2man: mhfund(1)
# and one page per command, mhfund-forecast(1), mhfund-claims(1), ... (as git does), each
# gzipped (gzip -9n: no name or time stamp, so two builds give the same files). The commands are
# read from `mhfund --help`, so a new command gets its page without a change here.
# Run with cmake -P and
#   MHFUND     the built tool            HELP2MAN  the help2man program
#   OUTPUT     the folder to write       STAMP     a file touched when done
#   VERSION    e.g. 0.1.0                DATADIR   where the data is installed (FILES section)
#   DOCDIR     where the user guide is installed (SEE ALSO)
cmake_minimum_required(VERSION 3.20)

foreach(var MHFUND HELP2MAN OUTPUT STAMP VERSION DATADIR DOCDIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "man-pages.cmake: ${var} is not set")
  endif()
endforeach()

# The pages do not depend on the locale or time zone of the machine that builds them.
set(ENV{LC_ALL} C)
set(ENV{TZ} UTC)

execute_process(COMMAND "${MHFUND}" --help
  OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${MHFUND} --help failed (${rc}): ${err}")
endif()

# The commands and their one-line descriptions: the indented lines of the "Subcommands:" block.
set(commands "")
set(in_block FALSE)
string(REPLACE ";" "," help_lines "${help}")
string(REPLACE "\n" ";" help_lines "${help_lines}")
foreach(line IN LISTS help_lines)
  if(line MATCHES "^Subcommands:")
    set(in_block TRUE)
  elseif(in_block AND line MATCHES "^  ([a-z][a-z0-9_-]*)  +(.*)$")
    list(APPEND commands "${CMAKE_MATCH_1}")
    set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  elseif(in_block AND NOT line MATCHES "^ ")
    set(in_block FALSE)
  endif()
endforeach()
if(NOT commands)
  message(FATAL_ERROR "no commands found in the output of ${MHFUND} --help:\n${help}")
endif()

file(REMOVE_RECURSE "${OUTPUT}")
file(MAKE_DIRECTORY "${OUTPUT}")

# help2man's [section] include files: what --help does not say.
set(see_also "")
foreach(cmd IN LISTS commands)
  string(APPEND see_also ".BR mhfund-${cmd} (1),\n")
endforeach()
string(REGEX REPLACE ",\n$" "\n" see_also "${see_also}")
set(common
"[EXIT STATUS]
0 when the run succeeded; 1 for an input error (the message names the file, line and field,
the bad value and what was expected); 2 for a usage error; 3 for an internal error (a bug).
An output file is written whole or not at all.
[FILES]
.TP
.I ${DATADIR}/mhfund/
Copies of the built-in programme editions, rate card and sample hub, to read and to copy when
writing your own (the tool itself uses the copies built into it, so editing these changes
nothing), and a sample claims file
.RI ( examples/claims.csv ).
")
set(guide "The user guide, with every command's output:\n.IR ${DOCDIR}/user-guide.md .\n")

function(write_page name summary help_option include_text)
  set(include_file "${OUTPUT}/${name}.h2m")
  file(WRITE "${include_file}" "${include_text}")
  set(page "${OUTPUT}/${name}.1")
  execute_process(
    COMMAND "${HELP2MAN}" --no-info --section=1 "--name=${summary}"
            "--help-option=${help_option}" "--version-string=${name} ${VERSION}"
            "--include=${include_file}" --output=${page} "${MHFUND}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT EXISTS "${page}")
    message(FATAL_ERROR "help2man failed for ${name} (${rc}):\n${out}${err}")
  endif()
  file(REMOVE "${include_file}")
  # help2man fills the examples into one paragraph; keep them one command a line.
  file(READ "${page}" text)
  string(REGEX REPLACE "(\n\\.SH EXAMPLES\n\\.IP\n)([^.][^\n]*(\n[^.][^\n]*)*)\n"
                       "\\1.nf\n\\2\n.fi\n" text "${text}")
  file(WRITE "${page}" "${text}")
  execute_process(COMMAND gzip -9nf "${page}" RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed: ${err}")
  endif()
endfunction()

write_page(mhfund
  "funding and release time of the Maths Hubs teaching-for-mastery programmes"
  "--help"
  "${common}[SEE ALSO]\n${see_also}.PP\n${guide}")
foreach(cmd IN LISTS commands)
  # help2man takes the first letter of NAME's text as it is; mhfund's summaries start with a
  # capital, as man pages' do not.
  string(SUBSTRING "${summary_${cmd}}" 0 1 first)
  string(SUBSTRING "${summary_${cmd}}" 1 -1 rest)
  string(TOLOWER "${first}" first)
  write_page(mhfund-${cmd} "${first}${rest}" "${cmd} --help" "${common}[SEE ALSO]\n.BR mhfund (1)\n.PP\n${guide}")
endforeach()

list(LENGTH commands count)
file(WRITE "${STAMP}" "${commands}\n")
message(STATUS "Manual pages: mhfund(1) and ${count} commands in ${OUTPUT}")
