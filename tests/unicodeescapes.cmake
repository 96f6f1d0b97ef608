# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DROOT=<repository> -P unicodeescapes.cmake
# Fails when a source holds a \uXXXX escape followed by another hex digit ("\u201ccultivate"). C++
# reads four digits, but lupdate reads them all, files the message under a mangled source text, and
# its translation is then never found. Write the character itself (the sources are UTF-8).
set(offending "")
foreach(pattern core/*.cpp core/*.h ui/*.cpp ui/*.h app/*.cpp app/*.h)
    file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${pattern}")
    foreach(file IN LISTS files)
        file(STRINGS "${ROOT}/${file}" lines REGEX "\\\\u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" line)
            list(APPEND offending "${file}: ${line}")
        endforeach()
    endforeach()
endforeach()
if(offending)
    list(JOIN offending "\n  " text)
    message(FATAL_ERROR "\\u escapes that lupdate misreads (a hex digit follows the four):\n  ${text}")
endif()
message(STATUS "no \\u escape is followed by a hex digit")
