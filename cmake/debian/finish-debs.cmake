# Run by CPack after it has made the Debian packages (CPACK_POST_BUILD_SCRIPTS, set in
# cmake/packaging.cmake): corrects what CPack 3.25's DEB generator does differently from Debian's
# own tools (debhelper), so that lintian reports no error or warning. For each package in
# CPACK_PACKAGE_FILES it
#   - drops the postinst and postrm that only call ldconfig (CPack writes them for any shared
#     library): the package's `triggers` file (activate-noawait ldconfig) does that instead;
#   - for a -dbgsym package, rewrites md5sums (CPack lists the files by their absolute paths in
#     the staging folder) and points /usr/share/doc/<name>-dbgsym at the doc folder of the
#     package it belongs to (and depends on, with the same version), as debhelper does.
# docs/design/packaging.md has the details.
cmake_minimum_required(VERSION 3.20)

find_program(_dpkg_deb dpkg-deb REQUIRED)

# The maintainer scripts CPack writes for a shared library (CPackDeb.cmake, cmCPackDebGenerator).
set(_cpack_postinst "#!/bin/sh\n\nset -e\n\nif [ \"$1\" = \"configure\" ]; then\n\tldconfig\nfi\n")
set(_cpack_postrm "#!/bin/sh\n\nset -e\n\nif [ \"$1\" = \"remove\" ]; then\n\tldconfig\nfi\n")

foreach(_package IN LISTS CPACK_PACKAGE_FILES)
  if(NOT _package MATCHES "\\.d?deb$")
    continue()
  endif()
  get_filename_component(_dir "${_package}" DIRECTORY)
  get_filename_component(_file "${_package}" NAME)
  set(_root "${_dir}/finish/${_file}")
  file(REMOVE_RECURSE "${_root}")
  file(MAKE_DIRECTORY "${_dir}/finish")
  execute_process(COMMAND "${_dpkg_deb}" --raw-extract "${_package}" "${_root}"
                  RESULT_VARIABLE _rc ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --raw-extract ${_package}: ${_err}")
  endif()
  execute_process(COMMAND "${_dpkg_deb}" --field "${_package}" Package
                  OUTPUT_VARIABLE _name OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(_changed FALSE)

  foreach(_script postinst postrm)
    set(_path "${_root}/DEBIAN/${_script}")
    if(EXISTS "${_path}")
      file(READ "${_path}" _text)
      string(STRIP "${_text}" _text)
      string(STRIP "${_cpack_${_script}}" _expected)
      if(_text STREQUAL _expected)
        file(REMOVE "${_path}")
        set(_changed TRUE)
        message(STATUS "${_name}: ${_script} only called ldconfig; the ldconfig trigger does that")
      endif()
    endif()
  endforeach()

  if(_name MATCHES "^(.+)-dbgsym$")
    set(_parent "${CMAKE_MATCH_1}")
    file(GLOB_RECURSE _files LIST_DIRECTORIES false RELATIVE "${_root}" "${_root}/usr/*")
    list(SORT _files)
    set(_sums "")
    foreach(_f IN LISTS _files)
      if(NOT IS_SYMLINK "${_root}/${_f}")
        file(MD5 "${_root}/${_f}" _md5)
        string(APPEND _sums "${_md5}  ${_f}\n")
      endif()
    endforeach()
    file(WRITE "${_root}/DEBIAN/md5sums" "${_sums}")
    file(MAKE_DIRECTORY "${_root}/usr/share/doc")
    file(CREATE_LINK "${_parent}" "${_root}/usr/share/doc/${_name}" SYMBOLIC)
    set(_changed TRUE)
    message(STATUS "${_name}: md5sums of its own files; /usr/share/doc/${_name} -> ${_parent}")
  endif()

  if(_changed)
    execute_process(COMMAND "${_dpkg_deb}" --root-owner-group -Zxz --build "${_root}" "${_package}"
                    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "dpkg-deb --build ${_package}: ${_out}${_err}")
    endif()
  endif()
  file(REMOVE_RECURSE "${_root}")
endforeach()
file(REMOVE_RECURSE "${_dir}/finish")
