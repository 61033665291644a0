# Runs the explorer's command line as a user would: exit codes, and a screenshot that is written.
# Variables: KHRONIKA (the executable), FIXTURES (tests/fixtures), OUT (a scratch folder).

function(run expected_code)
  execute_process(COMMAND ${KHRONIKA} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "khronika ${ARGN}: exit ${code}, expected ${expected_code}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect_contains text what)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected to find:\n${what}\nin:\n${text}")
  endif()
endfunction()

file(MAKE_DIRECTORY ${OUT})
set(shot ${OUT}/shot.png)
file(REMOVE ${shot})

# Bad arguments exit 2 with a clear message.
run(2 --range 1930..1925 --screenshot ${shot})
expect_contains("${err}" "--range 1930..1925")
run(2 --range 1927-13..1928 --screenshot ${shot})
run(2 --actor nobody --screenshot ${shot})
expect_contains("${err}" "unknown actor 'nobody'")
run(2 --faction nofaction --screenshot ${shot})
run(2 --event noevent --screenshot ${shot})
run(2 --lanes sideways --screenshot ${shot})
run(2 --size 10x10 --screenshot ${shot})
run(2 --no-such-option)
if(EXISTS ${shot})
  message(FATAL_ERROR "a failed run wrote a screenshot")
endif()

# Data errors exit 1 and name the place.
run(1 --data ${FIXTURES}/broken --screenshot ${shot})
expect_contains("${err}" "records.yaml:6:11: error:")

# A screenshot of the built-in data at the asked size.
run(0 --size 1280x720 --range 1927..1927 --actor bukharin --screenshot ${shot})
if(NOT EXISTS ${shot})
  message(FATAL_ERROR "no screenshot written")
endif()
file(READ ${shot} header LIMIT 24 HEX)
# PNG signature, then the IHDR width and height (1280 = 0x500, 720 = 0x2d0).
if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452000005000000" OR NOT header MATCHES "000002d0$")
  message(FATAL_ERROR "not a 1280x720 PNG: ${header}")
endif()
run(0 --data ${FIXTURES}/clean --screenshot ${shot})
