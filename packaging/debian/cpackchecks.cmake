# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Read by cpack before it builds a package (CPACK_PROJECT_CONFIG_FILE). Without dpkg-shlibdeps,
# CPack's DEB generator only warns and writes a package that depends on almost nothing, which
# installs and then fails to start: refuse to build it.
if(CPACK_GENERATOR STREQUAL "DEB")
    find_program(CULTIVATE_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(NOT CULTIVATE_DPKG_SHLIBDEPS)
        message(FATAL_ERROR "dpkg-shlibdeps was not found (Debian package dpkg-dev): the package's "
                            "dependencies on the shared libraries cannot be computed. Install dpkg-dev, "
                            "or run scripts/dev package, which installs it.")
    endif()
endif()
