# Runs khronika-check as a user would and checks its exit codes and output.
# Variables: CHECK (the tool), FIXTURES (tests/fixtures), DATA (the built-in data set folder).

set(PROGRAM ${CHECK})
include(${CMAKE_CURRENT_LIST_DIR}/CliTestHelpers.cmake)

# Clean data: exit 0, nothing but the summary on stderr.
run(0 ${FIXTURES}/clean)
expect_contains("${err}" "0 error(s), 0 warning(s)")

# Errors in the data: exit 1 and GCC-style diagnostics with file, line and column.
run(1 ${FIXTURES}/broken)
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:6:11: error: date '1927-13-40' is not a date")
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:11:5: error: an event has no title")
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:12:5: error: unknown field 'tittle' in an event")

# Usage and I/O errors: exit 2.
run(2)
run(2 --json --stats ${FIXTURES}/clean)
run(2 --no-such-option ${FIXTURES}/clean)
run(2 ${FIXTURES}/no-such-folder)
run(0 --help)

# --stats counts records.
run(0 --stats ${FIXTURES}/clean)
expect_contains("${out}" "events:     2")
expect_contains("${out}" "actors:     1")
expect_contains("${out}" "series:     1 (2 figures, 1 not checked against a readable source)")

# --sources lists the bibliography, one work a line, with how often each is cited; it is a report
# mode of its own like --json and --stats.
run(2 --sources --stats ${FIXTURES}/clean)
run(0 --sources ${FIXTURES}/clean)
expect_contains("${out}" "| cited ")

# --json prints the normalised data set; dates keep their precision.
run(0 --json ${FIXTURES}/clean)
string(JSON n_events LENGTH "${out}" events)
if(NOT n_events EQUAL 2)
  message(FATAL_ERROR "--json: expected 2 events, got ${n_events}")
endif()
string(JSON checked ERROR_VARIABLE no_flag GET "${out}" series 0 points 0 checked)
if(NOT no_flag)
  message(FATAL_ERROR "--json: a checked figure should not carry 'checked'")
endif()
string(JSON checked GET "${out}" series 0 points 1 checked)
if(NOT checked STREQUAL "OFF")
  message(FATAL_ERROR "--json: the unchecked figure should carry checked: false, got ${checked}")
endif()
foreach(list events actors factions series periods tours sources)
  string(JSON type TYPE "${out}" ${list})
  if(NOT type STREQUAL "ARRAY")
    message(FATAL_ERROR "--json: '${list}' is ${type}, expected an array")
  endif()
endforeach()
string(JSON date GET "${out}" events 0 date)
string(JSON end GET "${out}" events 0 end)
string(JSON second GET "${out}" events 1 date)
string(JSON native GET "${out}" actors 0 native_name)
string(JSON page GET "${out}" events 0 sources 0 page)
string(JSON role GET "${out}" events 0 actors 0 role)
if(NOT date STREQUAL "1925-12-18" OR NOT end STREQUAL "1925-12-31" OR NOT second STREQUAL "1927-12"
   OR NOT native STREQUAL "Иосиф Виссарионович Сталин" OR NOT page STREQUAL "235" OR NOT role STREQUAL "General Secretary")
  message(FATAL_ERROR "--json: unexpected values: ${date} ${end} ${second} ${native} ${page} ${role}")
endif()

# Output that cannot be written (a full device) is an I/O error, not a success.
foreach(option --json --stats)
  execute_process(COMMAND ${CHECK} ${option} ${FIXTURES}/clean OUTPUT_FILE /dev/full RESULT_VARIABLE code
    ERROR_VARIABLE err)
  if(NOT code EQUAL 2)
    message(FATAL_ERROR "${option} to /dev/full: exit ${code}, expected 2\n${err}")
  endif()
  expect_contains("${err}" "cannot write the output: No space left on device")
endforeach()

# With --json, --lang gives the texts in one of the data set's languages, only a declared language.
run(0 --json --lang ru ${DATA})
string(JSON title GET "${out}" title)
string(JSON languages GET "${out}" languages)
if(NOT title STREQUAL "СССР, 1923–1941" OR NOT languages MATCHES "\"ru\"")
  message(FATAL_ERROR "--json --lang ru: title '${title}', languages ${languages}")
endif()
run(0 --json --lang en ${DATA})
string(JSON title GET "${out}" title)
if(NOT title STREQUAL "The USSR, 1923–1941")
  message(FATAL_ERROR "--json --lang en: title '${title}'")
endif()
run(2 --json --lang de ${DATA})
expect_contains("${err}" "the data set has no language 'de' (its languages: en, ru)")
run(2 --json --lang ru ${FIXTURES}/clean)
expect_contains("${err}" "the data set has no language 'ru' (its languages: en)")
# Without --json, --lang is the language of the messages; the place of each problem stays as it was.
run(1 --lang ru ${FIXTURES}/broken)
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:6:11: error: date '1927-13-40' не имеет вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД")
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:12:5: error: неизвестное поле 'tittle' в записи «событие»")
expect_contains("${err}" "3 ошибки")
run(1 --lang en ${FIXTURES}/broken)
expect_contains("${err}" "${FIXTURES}/broken/records.yaml:6:11: error: date '1927-13-40' is not a date")
run(2 --lang de ${DATA})
expect_contains("${err}" "--lang de: expected one of en, ru")
run(0 --stats ${DATA})
expect_contains("${out}" " texts translated")
# ... and how many of its events the map can place (issue 21).
expect_contains("${out}" " events placed)")
run(0 --json ${DATA})
string(JSON n_places LENGTH "${out}" places)
if(n_places LESS 45)
  message(FATAL_ERROR "--json: expected the built-in data set's places (at least 45), got ${n_places}")
endif()

# The shipped data set is clean.
run(0 ${DATA})
expect_contains("${err}" "0 error(s), 0 warning(s)")
