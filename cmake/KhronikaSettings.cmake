# Compile settings shared by every target, carried by one INTERFACE target instead of global flags.
add_library(khronika_settings INTERFACE)
target_compile_features(khronika_settings INTERFACE cxx_std_20)
target_compile_definitions(khronika_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(khronika_settings INTERFACE -Wall -Wextra -Wpedantic)
if(KHRONIKA_WERROR)
  target_compile_options(khronika_settings INTERFACE -Werror)
endif()
if(KHRONIKA_SANITIZE)
  target_compile_options(khronika_settings INTERFACE -fsanitize=${KHRONIKA_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(khronika_settings INTERFACE -fsanitize=${KHRONIKA_SANITIZE})
endif()
