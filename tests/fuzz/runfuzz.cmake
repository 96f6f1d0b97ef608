# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DSOURCE=<repo> -DBINARY=<dir> -DCOMPILER=<clang++> -DMODE=build -P runfuzz.cmake
# cmake -DSOURCE=<repo> -DBINARY=<dir> -DMODE=run -DFUZZER=<name> -DSECONDS=<n> -DMAXLEN=<bytes>
#       -DSEEDS=<glob,…> -P runfuzz.cmake
# `build` compiles the fuzzers with clang; a compiler that cannot build libFuzzer targets is a
# failure, never a skip. `run` runs one fuzzer for SECONDS (CULTIVATE_FUZZ_SECONDS in the
# environment overrides it, for runs of hours) on a scratch corpus seeded from SEEDS, and fails on
# any finding, leaving the input beside the build.
foreach(var SOURCE BINARY MODE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake needs -D${var}=…")
    endif()
endforeach()

if(MODE STREQUAL "build")
    if(NOT COMPILER)
        message(FATAL_ERROR "clang++-14 was not found: install clang-14 and libclang-rt-14-dev "
                            "(scripts/dev test installs them)")
    endif()
    set(probe ${BINARY}/probe)
    file(MAKE_DIRECTORY ${probe})
    file(WRITE ${probe}/probe.cpp "#include <cstddef>\n#include <cstdint>\n"
        "extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }\n")
    execute_process(COMMAND ${COMPILER} -fsanitize=fuzzer,address,undefined ${probe}/probe.cpp -o ${probe}/probe
        RESULT_VARIABLE probed OUTPUT_QUIET ERROR_VARIABLE probeError)
    if(NOT probed EQUAL 0)
        message(FATAL_ERROR "${COMPILER} cannot build libFuzzer targets (is libclang-rt-14-dev installed?): "
                            "${probeError}")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/fuzz -B ${BINARY}/build -G Ninja
            -DCMAKE_CXX_COMPILER=${COMPILER} -DCMAKE_BUILD_TYPE=RelWithDebInfo
        RESULT_VARIABLE configured)
    if(NOT configured EQUAL 0)
        message(FATAL_ERROR "configuring the fuzzers failed")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY}/build RESULT_VARIABLE built)
    if(NOT built EQUAL 0)
        message(FATAL_ERROR "building the fuzzers failed")
    endif()
    return()
endif()

foreach(var FUZZER SECONDS MAXLEN SEEDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake run needs -D${var}=…")
    endif()
endforeach()
if(DEFINED ENV{CULTIVATE_FUZZ_SECONDS})
    set(SECONDS $ENV{CULTIVATE_FUZZ_SECONDS})
endif()
set(program ${BINARY}/build/${FUZZER}_fuzzer)
if(NOT EXISTS ${program})
    message(FATAL_ERROR "${program} was not built")
endif()
# libFuzzer adds what it finds to the first corpus folder: a scratch copy, never the sources.
set(corpus ${BINARY}/corpus-${FUZZER})
file(REMOVE_RECURSE ${corpus})
file(MAKE_DIRECTORY ${corpus})
string(REPLACE "," ";" SEEDS "${SEEDS}")
foreach(folder IN LISTS SEEDS)
    file(GLOB seeds ${SOURCE}/${folder})
    list(FILTER seeds EXCLUDE REGEX "(README\\.md|LICENSE)$")
    file(COPY ${seeds} DESTINATION ${corpus})
endforeach()
set(scratch ${BINARY}/scratch-${FUZZER})
file(MAKE_DIRECTORY ${scratch})
set(ENV{CULTIVATE_FUZZ_SCRATCH} ${scratch})
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${program} ${corpus} -max_total_time=${SECONDS} -max_len=${MAXLEN}
        -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${BINARY}/${FUZZER}-
    RESULT_VARIABLE fuzzed)
if(NOT fuzzed EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a problem (exit ${fuzzed}); the input is in ${BINARY}/")
endif()
