# Runs khronika-convert as a user would: a TimelineJS sheet is imported into a new data set folder that
# khronika-check accepts with warnings only, and the data set is exported to TimelineJS JSON and CSV,
# plain CSV and iCalendar. Variables: CONVERT, CHECK (the tools), FIXTURES (tests/fixtures), OUT (a
# scratch folder).

set(PROGRAM ${CONVERT})
include(${CMAKE_CURRENT_LIST_DIR}/CliTestHelpers.cmake)

set(work ${OUT}/convert-tool)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
set(sample ${FIXTURES}/convert/timelinejs-sample.csv)

# The sheet has one broken row: it is named at its line and column, the rest imports, exit 1.
run(1 ${sample} ${work}/sample)
expect_contains("${err}" "${sample}:10:6: error: row 9, column 'Month': '13' is not a month (1 to 12); the row is left out")
expect_contains("${err}" "imported 9 of 10 row(s) into ${work}/sample (1 left out)")

# In Russian (--lang ru): the same row at the same place, the importer's words in Russian, and the help too.
run(1 --lang ru ${sample} ${work}/sample-ru)
expect_contains("${err}" "${sample}:10:6: error: строка 9, столбец «Month»: '13' — не месяц (от 1 до 12); строка пропущена")
expect_contains("${err}" "импортировано строк: 9 из 10, в ${work}/sample-ru (пропущено: 1)")
run(2 --lang ru ${sample} ${work}/sample-ru)
expect_contains("${err}" "в ${work}/sample-ru уже есть набор данных: выберите новую папку")
run(0 --lang=ru --help)
expect_contains("${out}" "Импортирует хронологию в новую папку набора данных")

# What was imported passes the checker with warnings only: the imported file is an unverified source.
set(PROGRAM ${CHECK})
run(0 ${work}/sample)
expect_contains("${err}" "${work}/sample: 0 error(s), ")
expect_contains("${err}" "warning: source 'imported-timelinejs-sample' has neither a published work (publisher) nor a stable address (url)")
run(0 --stats ${work}/sample)
expect_contains("${out}" "events:     6")
expect_contains("${out}" "periods:    2")
set(PROGRAM ${CONVERT})

# An import never replaces a data set.
run(2 ${sample} ${work}/sample)
expect_contains("${err}" "already holds a data set")

# Exports, by the output's name.
run(0 ${work}/sample ${work}/out.json)
expect_contains("${err}" "6 event(s) exported to ${work}/out.json")
file(READ ${work}/out.json json)
string(JSON headline GET "${json}" title text headline)
string(JSON n_events LENGTH "${json}" events)
string(JSON n_eras LENGTH "${json}" eras)
string(JSON credit GET "${json}" events 0 media credit)
string(JSON year GET "${json}" events 4 start_date year)
string(JSON month ERROR_VARIABLE year_only GET "${json}" events 4 start_date month)
if(NOT headline STREQUAL "The USSR, 1924–1934: a class timeline" OR NOT n_events EQUAL 6 OR NOT n_eras EQUAL 2
   OR NOT credit STREQUAL "Example Archive" OR NOT year STREQUAL "1932" OR NOT year_only)
  message(FATAL_ERROR "out.json: unexpected values: ${headline} ${n_events} ${n_eras} ${credit} ${year} ${month}")
endif()

run(0 ${work}/sample ${work}/out.csv)
file(STRINGS ${work}/out.csv lines ENCODING UTF-8)
list(GET lines 0 header)
expect_contains("${header}" "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background")
expect_contains("${lines}" "1928,5,18,,1928,7,6,,,Шахтинское дело,")

run(0 --to csv ${work}/sample ${work}/plain.csv)
file(READ ${work}/plain.csv plain)
expect_contains("${plain}" "date,end,title,summary,group,people,source")
expect_contains("${plain}" "1932,1933,Famine,")

run(0 ${work}/sample ${work}/out.ics)
file(READ ${work}/out.ics ics)
expect_contains("${ics}" "DTSTART;VALUE=DATE:19320101")
expect_contains("${ics}" "DTEND;VALUE=DATE:19340101")

# The exported sheet comes back in with every row.
run(0 ${work}/out.csv ${work}/again)
expect_contains("${err}" "imported 9 of 9 row(s)")
run(0 --group-as faction ${work}/out.json ${work}/again-json)

# A data set with errors is not exported; usage errors exit 2.
run(1 ${FIXTURES}/broken ${work}/broken.json)
expect_contains("${err}" "nothing exported")
run(2)
run(2 ${sample})
run(2 ${work}/no-such-file.csv ${work}/x)
run(2 --from nonsense ${sample} ${work}/x)
run(2 --group-as party ${sample} ${work}/x)
# A device or a FIFO is never read (it could be waited on for ever), nor a folder as a timeline.
run(2 --from timelinejs-csv /dev/zero ${work}/x)
expect_contains("${err}" "/dev/zero: error: cannot read the file: it is not a regular file")
run(2 --from timelinejs-csv ${FIXTURES}/clean ${work}/x)
expect_contains("${err}" "cannot read the file: it is a folder")
run(2 ${sample} ${work}/x.json)
run(2 ${work}/sample ${work}/copy)
run(2 ${work}/sample ${work}/out.txt)
run(0 --help)
expect_contains("${out}" "--group-as")
expect_contains("${out}" "Exit status: 0 done, 1 rows left out or the data set has errors, 2 usage or I/O error.")
run(0 --help-all)
run(0 --version)
expect_contains("${out}" "khronika-convert ")
