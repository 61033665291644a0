# Runs lintian, Debian's package checker, on the .deb built by package.deb; fails on any error or
# warning and prints every tag, the informational ones too.
# Variables: DEB (the package).

find_program(LINTIAN lintian)
if(NOT LINTIAN)
  message("SKIPPED: lintian is not installed")
  return()
endif()
if(NOT EXISTS ${DEB})
  message("SKIPPED: no .deb was built (dpkg-dev missing)")
  return()
endif()
execute_process(COMMAND ${LINTIAN} --display-info --display-experimental --pedantic --fail-on error,warning ${DEB}
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("lintian ${DEB}: exit ${code}\n${out}${err}")
if(NOT code EQUAL 0)
  message(FATAL_ERROR "lintian found errors or warnings")
endif()
