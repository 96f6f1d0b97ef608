# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DROOT=<repository> -P spdx.cmake
# Fails when a source, build or script file of the project has no SPDX licence identifier.
set(patterns
    core/*.cpp core/*.h ui/*.cpp ui/*.h app/*.cpp app/*.h bench/*.cpp bench/*.h tests/*.cpp tests/*.h
    CMakeLists.txt */CMakeLists.txt *.cmake tests/*.py scripts/*)
set(missing "")
foreach(pattern IN LISTS patterns)
    file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${pattern}")
    foreach(file IN LISTS files)
        if(file MATCHES "^(build|tests/data)/")
            continue()
        endif()
        file(STRINGS "${ROOT}/${file}" spdx LIMIT_COUNT 1 REGEX "SPDX-License-Identifier: ")
        if(NOT spdx)
            list(APPEND missing "${file}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES missing)
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "files without an SPDX-License-Identifier line:\n  ${text}")
endif()
message(STATUS "every source file names its licence")
