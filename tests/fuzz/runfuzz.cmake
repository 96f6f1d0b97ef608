# cmake -DSOURCE=<repo> -DBINARY=<dir> -DCOMPILER=<clang++> -DSECONDS=<n> -P runfuzz.cmake
# Builds the fuzzer with clang and runs it for SECONDS on a scratch corpus seeded with the import
# fixtures. Prints "FUZZ-SKIPPED" (the ctest skip marker) when the compiler cannot build libFuzzer
# targets (no libclang-rt-14-dev); fails on any finding.
foreach(var SOURCE BINARY COMPILER SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake needs -D${var}=…")
    endif()
endforeach()

# Probe first: can this compiler link a libFuzzer program at all?
set(probe ${BINARY}/probe)
file(MAKE_DIRECTORY ${probe})
file(WRITE ${probe}/probe.cpp "#include <cstddef>\n#include <cstdint>\n"
    "extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }\n")
execute_process(COMMAND ${COMPILER} -fsanitize=fuzzer,address,undefined ${probe}/probe.cpp -o ${probe}/probe
    RESULT_VARIABLE probed OUTPUT_QUIET ERROR_VARIABLE probeError)
if(NOT probed EQUAL 0)
    message("FUZZ-SKIPPED: ${COMPILER} cannot build libFuzzer targets: ${probeError}")
    return()
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/fuzz -B ${BINARY}/build -G Ninja
        -DCMAKE_CXX_COMPILER=${COMPILER} -DCMAKE_BUILD_TYPE=RelWithDebInfo
    RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring the fuzzer failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY}/build RESULT_VARIABLE built)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "building the fuzzer failed")
endif()

# libFuzzer adds what it finds to the first corpus folder: a scratch copy, never the sources.
set(corpus ${BINARY}/corpus)
file(MAKE_DIRECTORY ${corpus})
file(GLOB seeds ${SOURCE}/tests/data/import/* ${SOURCE}/../shared/samples/teams/*.csv)
file(COPY ${seeds} DESTINATION ${corpus})
execute_process(COMMAND ${BINARY}/build/csvimport_fuzzer ${corpus} -max_total_time=${SECONDS} -max_len=65536
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${BINARY}/
    RESULT_VARIABLE fuzzed)
if(NOT fuzzed EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a problem (exit ${fuzzed}); the input is in ${BINARY}/")
endif()
