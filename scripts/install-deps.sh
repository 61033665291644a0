#!/bin/sh
# Installs what Khronika needs for one purpose, with the system's package manager:
#   scripts/install-deps.sh run|test|bench|package
# run: build and run the explorer; test: also the tests, their tools and the package checks (what
# `make test` runs, CI included); bench: also Google Benchmark; package: what `make package` needs.
# Knows apt (Debian, Ubuntu), dnf (Fedora) and pacman (Arch); elsewhere it prints what to install.
set -eu

purpose=${1:-test}
case $purpose in
run | test | bench | package) ;;
*)
    echo "usage: $0 run|test|bench|package" >&2
    exit 2
    ;;
esac

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    manager=apt
    run="cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
         qt6-translations-l10n libyaml-cpp-dev libgl-dev fonts-dejavu-core"
    bench="libbenchmark-dev"
    package="dpkg-dev help2man lintian"
    test="ccache googletest libgtest-dev $bench xvfb xauth python3-yaml python3-jsonschema $package
          appstream desktop-file-utils bash-completion poppler-utils"
elif command -v dnf >/dev/null 2>&1; then
    manager=dnf
    run="cmake ninja-build gcc-c++ pkgconf-pkg-config qt6-qtbase-devel qt6-qtcharts-devel qt6-qtsvg-devel
         qt6-qttools-devel qt6-linguist qt6-qttranslations yaml-cpp-devel libglvnd-devel dejavu-sans-fonts"
    bench="google-benchmark-devel"
    package="help2man"
    test="ccache gtest-devel $bench xorg-x11-server-Xvfb xorg-x11-xauth python3-pyyaml python3-jsonschema
          $package appstream desktop-file-utils bash-completion poppler-utils"
elif command -v pacman >/dev/null 2>&1; then
    manager=pacman
    run="cmake ninja gcc pkgconf qt6-base qt6-charts qt6-svg qt6-tools qt6-translations yaml-cpp ttf-dejavu"
    bench="benchmark"
    package="help2man"
    test="ccache gtest $bench xorg-server-xvfb xorg-xauth python-yaml python-jsonschema $package appstream
          desktop-file-utils bash-completion poppler"
else
    cat <<'TEXT'
No apt, dnf or pacman here: install these yourself, then run make again.
  To build and run: CMake 3.19 or later, Ninja, a C++20 compiler, Qt 6.4 or later (Core, Gui,
    Widgets, Charts, Svg, PrintSupport; Linguist tools: lupdate, lrelease), yaml-cpp 0.6 or later.
  For make test, also: GoogleTest, Google Benchmark, Python 3 with PyYAML and jsonschema.
  macOS with Homebrew: brew install cmake ninja qt yaml-cpp googletest google-benchmark
    and configure with -DCMAKE_PREFIX_PATH="$(brew --prefix qt)" (see the README).
TEXT
    exit 1
fi

case $purpose in
run) wanted=$run ;;
bench) wanted="$run $bench" ;;
package) wanted="$run $package" ;;
test) wanted="$run $test" ;;
esac

missing=""
for p in $wanted; do
    case $manager in
    apt) dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p" ;;
    dnf) rpm -q "$p" >/dev/null 2>&1 || missing="$missing $p" ;;
    pacman) pacman -Q "$p" >/dev/null 2>&1 || missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

case $manager in
apt) install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing" ;;
dnf) install="dnf install -y$missing" ;;
pacman) install="pacman -S --needed --noconfirm$missing" ;;
esac
if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    sh -c "$install"
elif command -v sudo >/dev/null 2>&1; then
    echo "Installing:$missing"
    sudo sh -c "$install"
else
    echo "Missing:$missing" >&2
    echo "Installing them needs root, and there is no sudo here. As root, run:" >&2
    echo "  $install" >&2
    exit 1
fi
