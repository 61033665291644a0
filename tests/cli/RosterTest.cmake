# `khronika-check --at DATE` on the built-in data set, against rosters checked by hand against
# historians' lists (tests/cli/rosters/README.md says which). On a mismatch the actual roster is
# written beside the build's copy and the difference printed; regenerating is a deliberate step:
#   build/app/khronika-check --at DATE data/ussr-1923-1941 > tests/cli/rosters/DATE.txt
# Variables: CHECK (the tool), DATA (the built-in data set folder), ROSTERS (the expected files),
# OUT (a folder for the actual output).

set(PROGRAM ${CHECK})
include(${CMAKE_CURRENT_LIST_DIR}/CliTestHelpers.cmake)

set(failed "")
foreach(date 1926-01-15 1934-12-01 1938-03-15 1941-06-22)
  run(0 --at ${date} ${DATA})
  file(READ ${ROSTERS}/${date}.txt expected)
  if(NOT out STREQUAL expected)
    file(WRITE ${OUT}/${date}.actual "${out}")
    execute_process(COMMAND diff -u ${ROSTERS}/${date}.txt ${OUT}/${date}.actual OUTPUT_VARIABLE difference)
    message("--at ${date} differs from ${ROSTERS}/${date}.txt:\n${difference}")
    list(APPEND failed ${date})
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "rosters that differ: ${failed}")
endif()

# The same roster as JSON names records by id.
run(0 --at 1938-03-15 --json ${DATA})
string(JSON date GET "${out}" date)
string(JSON plan GET "${out}" plans 0)
if(NOT date STREQUAL "1938-03-15" OR NOT plan STREQUAL "third-five-year-plan")
  message(FATAL_ERROR "--at --json: unexpected date or plan: ${date} ${plan}")
endif()
string(JSON n_dead LENGTH "${out}" dead)
set(found_bukharin OFF)
math(EXPR last "${n_dead} - 1")
foreach(i RANGE ${last})
  string(JSON who GET "${out}" dead ${i} actor)
  if(who STREQUAL "bukharin")
    set(found_bukharin ON)
  endif()
endforeach()
if(NOT found_bukharin)
  message(FATAL_ERROR "--at 1938-03-15 --json: Bukharin, shot that day, is not among the dead")
endif()

# A day outside the period is refused, and so is a date that is not a day.
run(2 --at 1950-01-01 ${DATA})
expect_contains("${err}" "1 January 1950 is outside the period of this data set (1 December 1922 to 30 June 1941)")
run(2 --at 1938 ${DATA})
expect_contains("${err}" "--at takes a day, YYYY-MM-DD")
run(2 --at 1938-03-15 --stats ${DATA})
run(2 --at)
