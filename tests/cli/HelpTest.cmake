# --help, --help-all and --version print and exit 0 with no display at all (help2man runs them so in
# package builds), and khronika-check parses its options with the same conventions.
# Variables: KHRONIKA, CHECK (the programs), VERSION (the project version).

include(${CMAKE_CURRENT_LIST_DIR}/CliTestHelpers.cmake)
set(PROGRAM ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM ${KHRONIKA})

run(0 --help)
expect_contains("${out}" "Usage: ")
expect_contains("${out}" "--screenshot <FILE.png>")
run(0 -h)
expect_contains("${out}" "--screenshot <FILE.png>")
run(0 --help-all)
# Qt's own options, which only --help-all lists.
expect_contains("${out}" "-platform")
run(0 --version)
if(NOT out STREQUAL "Khronika ${VERSION}\n")
  message(FATAL_ERROR "khronika --version printed '${out}'")
endif()
# A dead display does not stop them either.
set(PROGRAM ${CMAKE_COMMAND} -E env DISPLAY=:99999 --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM ${KHRONIKA})
run(0 --version)

# In Russian, asked for on the command line: Khronika's own text and Qt's (qtbase_ru, where installed).
set(PROGRAM ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM ${KHRONIKA})
run(0 --lang ru --help)
expect_contains("${out}" "Лента времени СССР, 1923–1941.")
expect_contains("${out}" "--lang <en|ru>")
expect_contains("${out}" "Язык интерфейса")
run(0 --lang=en --help)
expect_contains("${out}" "A timeline explorer of the USSR")
set(PROGRAM ${KHRONIKA})
run(2 --lang xx --screenshot never-written.png)
expect_contains("${err}" "--lang xx")

# The checker speaks the system's language.
set(PROGRAM ${CMAKE_COMMAND} -E env LANGUAGE=ru ${CHECK})
run(0 --help)
expect_contains("${out}" "Проверяет наборы данных «Хроники»")

set(PROGRAM ${CHECK})
run(0 --help)
expect_contains("${out}" "Usage: ")
expect_contains("${out}" "--stats")
expect_contains("${out}" "Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error.")
run(0 --version)
if(NOT out STREQUAL "khronika-check ${VERSION}\n")
  message(FATAL_ERROR "khronika-check --version printed '${out}'")
endif()
run(2 --no-such-option)
expect_contains("${err}" "Unknown option 'no-such-option'")
