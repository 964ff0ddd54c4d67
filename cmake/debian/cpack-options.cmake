# CPACK_PROJECT_CONFIG_FILE (cmake/packaging.cmake): read by cpack before it makes the packages.
# Each package's description (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION) starts with its own summary
# line; without this the DEB generator would put the project's description above it.
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
