# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DLICENSE_FILE=<root LICENSE> -DSPDX=<licence id> -DCONTACT=<maintainer> -DOUTPUT=<file> -P copyright.cmake
# Writes the Debian copyright file (machine-readable format 1.0) for the licence in the root LICENSE.
# Debian ships the full text of the GPL in /usr/share/common-licenses, so the file names the licence
# and refers to that copy, as Debian policy asks; the script fails when LICENSE is not the text the
# SPDX identifier names, so the two cannot drift apart.
foreach(var LICENSE_FILE SPDX CONTACT OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "copyright.cmake: ${var} is not set")
    endif()
endforeach()

file(READ "${LICENSE_FILE}" license)
if(SPDX STREQUAL "GPL-3.0-or-later")
    set(expected "GNU GENERAL PUBLIC LICENSE[ \n]+Version 3, 29 June 2007")
    set(debian_name "GPL-3+")
    set(common_license "GPL-3")
    set(grant "This program is free software: you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation, either version 3 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 You should have received a copy of the GNU General Public License
 along with this program.  If not, see <https://www.gnu.org/licenses/>.")
else()
    message(FATAL_ERROR "copyright.cmake: no Debian licence paragraph for ${SPDX}")
endif()
if(NOT license MATCHES "${expected}")
    message(FATAL_ERROR "${LICENSE_FILE} is not the text of ${SPDX}")
endif()

# The copyright holders, as every source file names them.
set(holders "2026 The Cultivate authors")

file(WRITE "${OUTPUT}.partial" "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Cultivate
Upstream-Contact: ${CONTACT}

Files: *
Copyright: ${holders}
License: ${debian_name}

License: ${debian_name}
 ${grant}
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in \"/usr/share/common-licenses/${common_license}\".
")
file(RENAME "${OUTPUT}.partial" "${OUTPUT}")
