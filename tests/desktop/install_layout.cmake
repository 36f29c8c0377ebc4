# Installs the build into PREFIX and checks that a desktop finds everything
# where the freedesktop.org specifications say.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${out}")
endif()
set(expected
    bin/plenary
    bin/plenary-cli
    share/applications/org.plenary.Plenary.desktop
    share/metainfo/org.plenary.Plenary.metainfo.xml
    share/icons/hicolor/scalable/apps/org.plenary.Plenary.svg)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/org.plenary.Plenary.png)
endforeach()
foreach(f IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
# Tests and benchmarks stay out of what users get.
file(GLOB_RECURSE all RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(f IN LISTS all)
    if(f MATCHES "tst_|bench")
        message(FATAL_ERROR "a test was installed: ${f}")
    endif()
endforeach()
list(LENGTH all n)
message(STATUS "${n} files installed under ${PREFIX}, all expected ones there")
file(REMOVE_RECURSE "${PREFIX}")
