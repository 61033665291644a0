# Runs the explorer's command line as a user would: exit codes, and a screenshot that is written.
# Variables: KHRONIKA (the executable), FIXTURES (tests/fixtures), OUT (a scratch folder).

set(PROGRAM ${KHRONIKA})
include(${CMAKE_CURRENT_LIST_DIR}/CliTestHelpers.cmake)

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

# Presentation and export from the command line.
run(0 --present --tour stalin-rise --step 3 --size 1024x768 --screenshot ${shot})
run(2 --present --tour no-such-tour --screenshot ${shot})
expect_contains("${err}" "unknown tour 'no-such-tour'")
run(2 --tour stalin-rise --step 99 --screenshot ${shot})
run(2 --theme purple --screenshot ${shot})
foreach(ext png svg pdf)
  file(REMOVE ${OUT}/view.${ext})
  run(0 --range 1927..1929 --actor bukharin --size 1600x900 --export ${OUT}/view.${ext})
  if(NOT EXISTS ${OUT}/view.${ext})
    message(FATAL_ERROR "--export wrote no ${ext}")
  endif()
endforeach()
run(2 --export ${OUT}/view.doc)
file(REMOVE ${OUT}/tour.pdf)
run(0 --export-tour great-terror ${OUT}/tour.pdf)
file(STRINGS ${OUT}/tour.pdf pages REGEX "/Type */Page([^s]|$)")
list(LENGTH pages n)
# A title page, then at least a page for each of the 12 steps (the handout's rules are in HandoutTest).
if(n LESS 13)
  message(FATAL_ERROR "the great-terror handout has ${n} pages, expected a title page and one or more per step")
endif()
run(0 --export-tour great-terror --paper letter ${OUT}/letter.pdf)
file(STRINGS ${OUT}/letter.pdf media REGEX "/MediaBox")
if(NOT media MATCHES "612[.0]* 792")
  message(FATAL_ERROR "--paper letter did not give US Letter pages: ${media}")
endif()
run(2 --export-tour great-terror --paper a3 ${OUT}/a3.pdf)
run(2 --export-tour great-terror)

# The charts from the command line.
run(0 --charts fyp --size 1280x720 --screenshot ${shot})
run(0 --charts all --screenshot ${shot})
run(2 --charts pyramids --screenshot ${shot})
run(2 --export-chart pyramids ${OUT}/chart.png)
foreach(id fyp collectivisation countryside)
  file(REMOVE ${OUT}/${id}.svg ${OUT}/${id}.png)
  run(0 --export-chart ${id} ${OUT}/${id}.svg)
  run(0 --export-chart ${id} ${OUT}/${id}.png)
  if(NOT EXISTS ${OUT}/${id}.png)
    message(FATAL_ERROR "--export-chart ${id} wrote no PNG")
  endif()
endforeach()
file(READ ${OUT}/countryside.svg svg)
foreach(name "Cattle" "Pigs" "Horses" "harvest")
  expect_contains("${svg}" "${name}")
endforeach()

# The map from the command line: each format at the asked size, the PNG's header giving it.
foreach(ext png svg pdf)
  file(REMOVE ${OUT}/map.${ext})
  run(0 --map --range 1937..1938 --event butovo-shootings --size 1280x800 --export-map ${OUT}/map.${ext})
  if(NOT EXISTS ${OUT}/map.${ext})
    message(FATAL_ERROR "--export-map wrote no ${ext}")
  endif()
endforeach()
file(READ ${OUT}/map.png header LIMIT 24 HEX)
if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452000005000000" OR NOT header MATCHES "00000320$")
  message(FATAL_ERROR "--export-map did not write a 1280x800 PNG: ${header}")
endif()
file(READ ${OUT}/map.svg svg)
expect_contains("${svg}" "Mass shootings at Butovo outside Moscow")
file(READ ${OUT}/map.pdf pdf LIMIT 5)
expect_contains("${pdf}" "%PDF-")
run(2 --map --export-map ${OUT}/map.doc)
expect_contains("${err}" "unknown format 'doc'")

# A tour saved by a teacher that no longer fits the built-in data is reported, not fatal.
set(ENV{XDG_DATA_HOME} ${OUT}/xdg)
file(WRITE ${OUT}/xdg/Khronika/Khronika/tours/stale.tour.yaml
  "tours:\n  - id: stale\n    title: Stale\n    steps:\n      - { title: x, events: [no-such-event], narration: y }\n")
run(0 --screenshot ${shot})
expect_contains("${err}" "stale.tour.yaml:5:30: error: unknown event 'no-such-event'")
expect_contains("${err}" "stale.tour.yaml was not loaded")
# A good one loads and plays.
file(WRITE ${OUT}/xdg/Khronika/Khronika/tours/stale.tour.yaml
  "tours:\n  - id: mine\n    title: Mine\n    steps:\n      - { title: x, events: [kirov-murder], narration: y }\n")
run(0 --present --tour mine --screenshot ${shot})
file(REMOVE_RECURSE ${OUT}/xdg)

# Who held power on a given day.
run(0 --cursor 1926-01-15 --screenshot ${shot})
run(2 --cursor 1926-13-01 --screenshot ${shot})
expect_contains("${err}" "--cursor 1926-13-01")
# A day outside the data set's period is refused rather than moved to its edge without a word.
run(2 --cursor 1950-01-01 --screenshot ${shot})
expect_contains("${err}" "--cursor 1950-01-01: 1 January 1950 is outside the period of this data set")

# Every writer, made to fail on purpose (a file size limit of 8 KiB, as `ulimit -f` sets; the signal that
# would kill the program is ignored, so the write fails with EFBIG): exit 2 with the system's reason, and
# the file that was there before is still whole, with no temporary file left beside it.
function(expect_failed_write file)
  run_limited(2 ${ARGN})
  expect_contains("${err}" "cannot write ${file}: File too large")
  file(READ ${file} kept)
  if(NOT kept STREQUAL "the old file\n")
    message(FATAL_ERROR "a failed write changed ${file}: ${kept}")
  endif()
  get_filename_component(name ${file} NAME)
  get_filename_component(folder ${file} DIRECTORY)
  file(GLOB stray ${folder}/.${name}.*)
  if(stray)
    message(FATAL_ERROR "a failed write left ${stray}")
  endif()
endfunction()
set(full ${OUT}/full)
file(REMOVE_RECURSE ${full})
file(MAKE_DIRECTORY ${full})
foreach(ext png svg pdf)
  file(WRITE ${full}/view.${ext} "the old file\n")
  expect_failed_write(${full}/view.${ext} --range 1927..1929 --export ${full}/view.${ext})
  file(WRITE ${full}/chart.${ext} "the old file\n")
endforeach()
expect_failed_write(${full}/chart.png --export-chart fyp ${full}/chart.png)
foreach(ext png svg pdf)
  file(WRITE ${full}/map.${ext} "the old file\n")
  expect_failed_write(${full}/map.${ext} --map --export-map ${full}/map.${ext})
endforeach()
expect_failed_write(${full}/chart.svg --export-chart fyp ${full}/chart.svg)
file(WRITE ${full}/handout.pdf "the old file\n")
expect_failed_write(${full}/handout.pdf --export-tour great-terror ${full}/handout.pdf)
file(WRITE ${full}/shot.png "the old file\n")
expect_failed_write(${full}/shot.png --screenshot ${full}/shot.png)

# A handout is a PDF: a PNG name is refused, not given a PDF inside.
run(2 --export-tour great-terror ${OUT}/handout.png)
expect_contains("${err}" "a tour handout is a PDF; name the file .pdf")
if(EXISTS ${OUT}/handout.png)
  message(FATAL_ERROR "--export-tour wrote ${OUT}/handout.png")
endif()

# A folder that does not exist is an I/O problem (2), as khronika-check says; data errors are 1.
run(2 --data ${OUT}/no-such-folder --screenshot ${shot})
expect_contains("${err}" "not a data set folder")

# With --data, each tour file beside the data set loads on its own: the bad one is left out and named,
# the good one plays.
set(mine ${OUT}/with-tours)
file(REMOVE_RECURSE ${mine})
file(COPY ${FIXTURES}/clean/ DESTINATION ${mine})
file(WRITE ${mine}/good.tour.yaml
  "tours:\n  - id: good\n    title: Good\n    steps:\n      - { title: x, events: [congress-14], narration: y }\n")
file(WRITE ${mine}/bad.tour.yaml "tours: [\n")
run(0 --data ${mine} --present --tour good --screenshot ${shot})
expect_contains("${err}" "bad.tour.yaml was not loaded")
file(REMOVE_RECURSE ${mine} ${full})
