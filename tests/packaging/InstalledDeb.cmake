# Unpacks the .deb into a temporary root (dpkg -x) and runs what it installed as a user would: the
# installed khronika-check on the installed data set, the installed khronika's help without a display
# and a screenshot offscreen, and the installed bash completions.
# Variables: DEB (the package), OUT (a scratch folder), VERSION (the project version).

if(NOT EXISTS ${DEB})
  message("SKIPPED: no .deb was built (dpkg-dev missing)")
  return()
endif()
set(root ${OUT}/root)
file(REMOVE_RECURSE ${root})
file(MAKE_DIRECTORY ${root})
execute_process(COMMAND dpkg -x ${DEB} ${root} RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "dpkg -x ${DEB}: ${err}")
endif()

# What a package of a desktop program holds.
set(app io.github.khronika.Khronika)
set(expected
  usr/bin/khronika usr/bin/khronika-check usr/bin/khronika-convert
  usr/share/man/man1/khronika.1.gz usr/share/man/man1/khronika-check.1.gz usr/share/man/man1/khronika-convert.1.gz
  usr/share/applications/${app}.desktop usr/share/metainfo/${app}.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/${app}.svg
  usr/share/bash-completion/completions/khronika usr/share/bash-completion/completions/khronika-check
  usr/share/bash-completion/completions/khronika-convert
  usr/share/doc/khronika/copyright usr/share/doc/khronika/changelog.gz
  usr/share/khronika/README.md
  usr/share/khronika/schema/khronika-dataset.schema.json usr/share/khronika/schema/khronika-records.schema.json
  usr/share/khronika/ussr-1923-1941/dataset.yaml)
foreach(size 48 64 128 256 512)
  list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${app}.png)
endforeach()
foreach(file IN LISTS expected)
  if(NOT EXISTS ${root}/${file})
    message(FATAL_ERROR "the package does not install /${file}")
  endif()
endforeach()
# The PNGs are what they say: the PNG signature and, in the IHDR, their size.
foreach(size 48 512)
  file(READ ${root}/usr/share/icons/hicolor/${size}x${size}/apps/${app}.png header LIMIT 24 HEX)
  math(EXPR hex "${size}" OUTPUT_FORMAT HEXADECIMAL)
  string(REPLACE "0x" "" hex "${hex}")
  string(LENGTH "${hex}" digits)
  math(EXPR pad "8 - ${digits}")
  string(REPEAT "0" ${pad} zeros)
  if(NOT header STREQUAL "89504e470d0a1a0a0000000d49484452${zeros}${hex}${zeros}${hex}")
    message(FATAL_ERROR "the ${size}x${size} icon is not a ${size}x${size} PNG: ${header}")
  endif()
endforeach()

# Depends comes from dpkg-shlibdeps: the C library and yaml-cpp are there, with whatever soname this
# system's yaml-cpp has, and the Qt platform plugins that no linker sees.
execute_process(COMMAND dpkg-deb -f ${DEB} Depends OUTPUT_VARIABLE depends)
foreach(dependency "libc6 (>=" "libqt6core6" "libqt6widgets6" "libyaml-cpp" "qt6-qpa-plugins")
  string(FIND "${depends}" "${dependency}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "Depends lacks ${dependency}: ${depends}")
  endif()
endforeach()

# The installed programs, without a display.
set(env ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM)
set(bin ${root}/usr/bin)
function(run expected_code)
  execute_process(COMMAND ${env} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expected_code)
    message(FATAL_ERROR "${ARGN}: exit ${code}, expected ${expected_code}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

run(0 ${bin}/khronika-check ${root}/usr/share/khronika/ussr-1923-1941)
if(NOT err MATCHES "ussr-1923-1941: 0 error\\(s\\), 0 warning\\(s\\)")
  message(FATAL_ERROR "the installed data set is not clean:\n${err}")
endif()
run(0 ${bin}/khronika-check --version)
if(NOT out STREQUAL "khronika-check ${VERSION}\n")
  message(FATAL_ERROR "khronika-check --version: '${out}'")
endif()
run(0 ${bin}/khronika --version)
if(NOT out STREQUAL "Khronika ${VERSION}\n")
  message(FATAL_ERROR "khronika --version: '${out}'")
endif()
run(0 ${bin}/khronika --help)
if(NOT out MATCHES "--screenshot <FILE.png>")
  message(FATAL_ERROR "khronika --help does not list --screenshot:\n${out}")
endif()

# The installed explorer opens the installed copy of the data set and paints it offscreen.
set(shot ${OUT}/installed.png)
file(REMOVE ${shot})
run(0 ${bin}/khronika --data ${root}/usr/share/khronika/ussr-1923-1941 --size 800x600 --range 1927..1929
  --screenshot ${shot})
file(READ ${shot} header LIMIT 24 HEX)
# PNG signature, then the IHDR width and height (800 = 0x320, 600 = 0x258).
if(NOT header STREQUAL "89504e470d0a1a0a0000000d494844520000032000000258")
  message(FATAL_ERROR "not an 800x600 PNG: ${header}")
endif()

# The installed metadata as software centres read it: metainfo, desktop file and icons together.
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${root} RESULT_VARIABLE code OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
  if(NOT code EQUAL 0 OR out MATCHES "(^|\n) *[EW]: ")
    message(FATAL_ERROR "appstreamcli validate-tree on the installed files:\n${out}")
  endif()
endif()

# The installed bash completions, where bash-completion is installed to drive them.
set(framework /usr/share/bash-completion/bash_completion)
if(EXISTS ${framework})
  set(completions ${root}/usr/share/bash-completion/completions)
  function(complete expected)
    list(LENGTH ARGN n)
    math(EXPR cword "${n} - 1")
    list(GET ARGN 0 program)
    string(REPLACE ";" " " line "${ARGN}")
    string(JOIN " " words ${ARGN})
    string(REPLACE "-" "_" handler "_${program}")
    execute_process(COMMAND ${env} PATH=${bin}:$ENV{PATH} bash -c
      "source ${framework}; source ${completions}/${program}; COMP_WORDS=(${words}); COMP_CWORD=${cword}; \
COMP_LINE='${line}'; COMP_POINT=\${#COMP_LINE}; ${handler} ${program} \"\${COMP_WORDS[-1]}\" \
\"\${COMP_WORDS[-2]}\"; printf '%s\\n' \"\${COMPREPLY[@]}\""
      RESULT_VARIABLE code OUTPUT_VARIABLE offered ERROR_VARIABLE err)
    string(STRIP "${offered}" offered)
    string(REPLACE "\n" ";" offered "${offered}")
    if(NOT code EQUAL 0 OR NOT offered STREQUAL "${expected}")
      message(FATAL_ERROR "completing '${line}': offered '${offered}', expected '${expected}' (exit ${code})\n${err}")
    endif()
  endfunction()
  complete("--theme" khronika --the)
  complete("faction" khronika --lanes fa)
  complete("--help;--help-all" khronika --help)
  complete("--stats" khronika-check --stat)
  complete("--stamp-translations" khronika-check --stam)
  complete("--version" khronika-check --vers)
  complete("--group-as" khronika-convert --gr)
  complete("faction" khronika-convert --group-as fa)
else()
  message("bash completions not tried: ${framework} is missing")
endif()
message("installed from ${DEB}: ${depends}")
