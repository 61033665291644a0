# Compile settings shared by every target, carried by one INTERFACE target instead of global flags.
add_library(khronika_settings INTERFACE)
target_compile_features(khronika_settings INTERFACE cxx_std_20)
target_compile_definitions(khronika_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(khronika_settings INTERFACE "$<IF:$<CXX_COMPILER_ID:MSVC>,/W4;/utf-8,-Wall;-Wextra;-Wpedantic>")
if(KHRONIKA_WERROR)
  target_compile_options(khronika_settings INTERFACE -Werror)
endif()
# Q_ASSERT stays on whatever the build type (the sanitizer build runs the suite with every assertion).
option(KHRONIKA_FORCE_ASSERTS "Keep Q_ASSERT on in every build type" OFF)
if(KHRONIKA_FORCE_ASSERTS)
  target_compile_definitions(khronika_settings INTERFACE QT_FORCE_ASSERTS)
endif()
if(KHRONIKA_SANITIZE)
  target_compile_options(khronika_settings INTERFACE -fsanitize=${KHRONIKA_SANITIZE} -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  target_link_options(khronika_settings INTERFACE -fsanitize=${KHRONIKA_SANITIZE})
endif()
# libFuzzer builds (tests/fuzz): coverage instrumentation and ASan+UBSan for everything the fuzz target
# reaches; the target itself links -fsanitize=fuzzer for libFuzzer's main.
if(KHRONIKA_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KHRONIKA_BUILD_FUZZERS needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(khronika_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(khronika_settings INTERFACE -fsanitize=address,undefined)
endif()
