# CPack pre-build script: after CPACK_STRIP_FILES, also drop the .comment and .note
# sections from the packaged binaries, as Debian's dh_strip does.
file(GLOB_RECURSE binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(binary ${binaries})
    execute_process(COMMAND strip --remove-section=.comment --remove-section=.note ${binary}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "strip ${binary} failed")
    endif()
    message(STATUS "stripped .comment and .note from ${binary}")
endforeach()
