# Builds the Debian package from this build tree, as `make package` does from its own, into OUT.
# Variables: CPACK (the cpack program), CONFIG (the build's CPackConfig.cmake), OUT (a scratch folder).
# Prints "SKIPPED:" (which ctest reports as skipped) where Debian's packaging tools are missing.

foreach(tool dpkg-deb dpkg-shlibdeps)
  find_program(found_${tool} ${tool})
  if(NOT found_${tool})
    message("SKIPPED: ${tool} is not installed (Debian's dpkg-dev); no .deb to test")
    return()
  endif()
endforeach()

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${CPACK} -G DEB --config ${CONFIG} -B ${OUT}
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs ${OUT}/*.deb)
list(LENGTH debs count)
if(NOT code EQUAL 0 OR NOT count EQUAL 1)
  message(FATAL_ERROR "cpack -G DEB: exit ${code}, ${count} package(s)\n${out}\n${err}")
endif()
file(RENAME ${debs} ${OUT}/khronika.deb)
message("built ${debs}")
