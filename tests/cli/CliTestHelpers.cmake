# Shared by the command-line tests: run a program and check what it said.
# run(CODE ARGS...) runs ${PROGRAM} and fails unless it exits with CODE; sets `out` and `err`.

function(run expected_code)
  execute_process(COMMAND ${PROGRAM} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "${PROGRAM} ${ARGN}: exit ${code}, expected ${expected_code}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect_contains text what)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected to find:\n${what}\nin:\n${text}")
  endif()
endfunction()

# run_limited(CODE ARGS...) is run() with a file size limit of 8 KiB and SIGXFSZ ignored, so that any
# write past it fails with EFBIG ("File too large"), as on a full disk.
function(run_limited expected_code)
  execute_process(COMMAND bash -c "trap '' XFSZ; ulimit -f 8; exec \"$@\"" bash ${PROGRAM} ${ARGN}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "(ulimit -f 8) ${PROGRAM} ${ARGN}: exit ${code}, expected ${expected_code}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()
