# Part of the install script (cmake/install.cmake): removes the debug information of the
# installed static libraries MHFUND_STATIC_LIBRARIES (paths under the install prefix) with
# MHFUND_STRIP, when installing with --strip or when MHFUND_STRIP_ALWAYS is on. Deterministic
# archives (no time stamps or owners), so that two builds give the same package.
if(NOT (CMAKE_INSTALL_DO_STRIP OR MHFUND_STRIP_ALWAYS))
  return()
endif()
if(NOT MHFUND_STRIP)
  message(FATAL_ERROR "mhfund: no strip program (CMAKE_STRIP) to strip the static libraries with")
endif()
foreach(_mhfund_archive IN LISTS MHFUND_STATIC_LIBRARIES)
  if(IS_ABSOLUTE "${_mhfund_archive}")
    set(_mhfund_archive "$ENV{DESTDIR}${_mhfund_archive}")
  else()
    set(_mhfund_archive "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${_mhfund_archive}")
  endif()
  execute_process(
    COMMAND "${MHFUND_STRIP}" --strip-debug --enable-deterministic-archives
            --remove-section=.comment --remove-section=.note "${_mhfund_archive}"
    RESULT_VARIABLE _mhfund_rc)
  if(NOT _mhfund_rc EQUAL 0)
    message(FATAL_ERROR "mhfund: cannot strip ${_mhfund_archive}")
  endif()
  message(STATUS "Stripped debug information: ${_mhfund_archive}")
endforeach()
