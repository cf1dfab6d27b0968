#!/usr/bin/env bash
# mpio-wizard: one entry point for set-up, build, demo, tests and benchmarks.
#   ./run.sh demo        install what is missing, build, start the lab and the wizard connected to it
#   ./run.sh test        install what is missing, build (GUI and no-GUI), run every test
#   ./run.sh bench       benchmarks that print figures (build/bench/)
#   ./run.sh build       install and build only
#   ./run.sh fuzz [S]    ASan+UBSan build, every libFuzzer target for S seconds (default 300)
#   ./run.sh screenshots render every wizard page (English and German) to resources/screenshots/
#   ./run.sh package     release build, .deb in build/release/, package test on the extracted .deb
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD
JOBS=${MPIO_JOBS:-$(nproc 2>/dev/null || echo 2)}
# ccache hits across clones (CI builds a fresh clone): paths are hashed relative to the checkout.
export CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=1

# Debian 12 packages the build, the tests and the demo need. Kept in one list so CI and a fresh laptop
# install exactly the same things. libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, which
# qt6-base-dev only recommends (and recommends are not installed); poppler-utils: pdftotext reads the PDF
# report back in its test.
PACKAGES=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev libqt6opengl6-dev
  libssh-dev qtkeychain-qt6-dev libspdlog-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  openssh-server openssh-client openssl procps
  clang libclang-rt-14-dev
  dpkg-dev fakeroot appstream desktop-file-utils librsvg2-bin
  poppler-utils
)

say() { printf '%s\n' "$*" >&2; }

ensure_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() { # configure <dir> [cmake args…]
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug ${CI:+-DMPIO_WERROR=ON} "$@" >/dev/null
  fi
}

build() { # build <dir> [targets…]
  local dir=$1; shift
  cmake --build "$dir" --parallel "$JOBS" ${1:+--target "$@"} | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
  test "${PIPESTATUS[0]}" -eq 0
}

build_all() {
  ensure_packages
  configure build/gui -DMPIO_BUILD_GUI=ON
  build build/gui
}

# Runs "$@" in a private D-Bus session with an unlocked gnome-keyring (Secret Service) and an X server.
with_session() {
  # The keyring daemon gets a throwaway data dir: an existing login keyring with another password
  # would refuse the unlock and every keychain test would fail for reasons outside the repo.
  local keyring_home rc=0
  keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/mpio-keyring.XXXXXX")
  MPIO_KEYRING_HOME=$keyring_home dbus-run-session -- bash -c '
    eval "$(printf "mpio-test\n" | XDG_DATA_HOME="$MPIO_KEYRING_HOME" \
      gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"' _ "$@" || rc=$?
  rm -rf "$keyring_home"
  return $rc
}

cmd_test() {
  build_all
  say "Building the sanitizer configuration: clang, ASan+UBSan, libFuzzer targets, no GUI"
  say "  (also proves core, mpioctl and mpio-lab need no widgets)…"
  build_asan
  say "Running the tests…"
  local rc=0
  with_session ctest --test-dir build/gui --output-on-failure --timeout 600 -j "$JOBS" "$@" || rc=$?
  say "Running the unit tests and fuzz regressions under ASan+UBSan…"
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --output-on-failure -L 'unit|fuzz' -LE keyring -j "$JOBS" || rc=$?
  run_fuzzers "${MPIO_FUZZ_SECONDS:-$([ -n "${CI:-}" ] && echo 60 || echo 10)}" || rc=$?
  say "Package test: .deb from the test build, extracted into a throwaway root, installed binaries run…"
  package_test build/gui || rc=$?
  return $rc
}

# The .deb of a build tree and its test (installer/test-package-deb.cmake): Depends cover every library the
# binaries load, the installed mpioctl/mpio-wizard answer --version, desktop entry and metainfo validate.
package_test() {
  (cd "$1" && rm -f mpio-wizard_*.deb && cpack -G DEB >/dev/null) &&
    cmake -DBINARY_DIR="$ROOT/$1" -P installer/test-package-deb.cmake
}

# The no-GUI build doubles as the sanitizer and fuzz build (one build instead of two on a 2-core CI).
# Warnings are errors in the gcc build only: clang's extra warnings are advice here, not a gate.
build_asan() {
  configure build/asan -DMPIO_BUILD_GUI=OFF -DCMAKE_CXX_COMPILER=clang++ -DMPIO_FUZZ=ON -DMPIO_WERROR=OFF
  build build/asan
  if grep -q "Qt6::Widgets\|Qt6Widgets" build/asan/build.ninja; then
    say "error: the no-GUI build links Qt6::Widgets"; exit 1
  fi
}

run_fuzzers() { # run_fuzzers SECONDS: every libFuzzer target for a bounded time, two at a time
  local seconds=$1 rc=0 work
  work=$(mktemp -d "${TMPDIR:-/tmp}/mpio-fuzz.XXXXXX")
  say "Fuzzing each target for ${seconds} s…"
  local pids=() names=()
  for bin in build/asan/tests/fuzz/fuzz_*; do
    [ -f "$bin" ] && [ -x "$bin" ] || continue
    local name; name=$(basename "$bin")
    mkdir -p "$work/$name"
    # The repo's corpus is read-only input; new inputs go to the throwaway dir, crashers to build/fuzz.
    mkdir -p build/fuzz/"$name"
    ASAN_OPTIONS=detect_leaks=0 "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix=build/fuzz/"$name"/ -print_final_stats=1 "$work/$name" \
      tests/fuzz/corpus/"$name" >"$work/$name.log" 2>&1 &
    pids+=($!); names+=("$name")
    if [ ${#pids[@]} -ge "$JOBS" ]; then
      wait_fuzzer "${pids[0]}" "${names[0]}" "$work" || rc=1
      pids=("${pids[@]:1}"); names=("${names[@]:1}")
    fi
  done
  local i
  for i in "${!pids[@]}"; do wait_fuzzer "${pids[$i]}" "${names[$i]}" "$work" || rc=1; done
  rm -rf "$work"
  return $rc
}

wait_fuzzer() { # wait_fuzzer PID NAME WORKDIR
  if wait "$1"; then
    say "  $2: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$3/$2.log" | grep -o '[0-9]*$') runs, no crash"
  else
    say "  $2: FAILED (inputs in build/fuzz/$2/):"; tail -30 "$3/$2.log" >&2; return 1
  fi
}

cmd_fuzz() {
  ensure_packages
  build_asan
  run_fuzzers "${1:-300}"
}

cmd_demo() {
  build_all
  local state=${MPIO_DEMO_STATE:-$ROOT/build/demo-lab}
  local scenario=${1:-seed-two-paths}
  if ! build/gui/app/lab/mpio-lab --version >/dev/null 2>&1; then
    say "mpio-lab is missing; starting the wizard alone."
  fi
  mkdir -p "$state"
  rm -f "$state/endpoints.json" # a previous demo's ports must not be mistaken for this lab's
  local lab_pid=
  if build/gui/app/lab/mpio-lab --scenario "app/lab/scenarios/$scenario.json" --state-dir "$state" >"$state/lab.log" 2>&1 &
  then lab_pid=$!; fi
  local waited=0 # the lab writes endpoints.json once every system listens (bounded: 10 s)
  while [ ! -f "$state/endpoints.json" ] && [ $waited -lt 100 ] && kill -0 "$lab_pid" 2>/dev/null; do
    sleep 0.1; waited=$((waited + 1))
  done
  if [ -n "$lab_pid" ] && ! kill -0 "$lab_pid" 2>/dev/null; then
    say "The virtual lab did not start (see $state/lab.log):"; tail -3 "$state/lab.log" >&2 || true
    lab_pid=
  fi
  trap '[ -n "$lab_pid" ] && kill "$lab_pid" 2>/dev/null || true' EXIT
  local args=()
  [ -n "$lab_pid" ] && args=(--lab "$state" --profile "$ROOT/tests/data/profiles/$scenario.json")
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "No display: starting the wizard in a virtual X server (xvfb-run)."
    xvfb-run -a build/gui/app/wizard/mpio-wizard "${args[@]}"
  else
    build/gui/app/wizard/mpio-wizard "${args[@]}"
  fi
}

# Benchmarks measure an optimized build (build/optimized, RelWithDebInfo as the .deb ships): the Debug build
# the tests use costs several times the CPU in parsing and signalling, which would misstate every CPU figure.
cmd_bench() {
  ensure_packages
  configure build/optimized -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMPIO_BUILD_GUI=ON
  build build/optimized mpio_bench mpioctl mpio-lab mpio-wizard
  mkdir -p build/bench
  with_session build/optimized/tests/bench/mpio_bench --build "$ROOT/build/optimized" --out "$ROOT/build/bench" \
    --source "$ROOT" "$@"
  say "Results: build/bench/results.md and build/bench/results.json"
}

# Release build + .deb (build/release), then the package test (label: package) on the extracted .deb.
cmd_package() {
  ensure_packages
  configure build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMPIO_BUILD_GUI=ON -DMPIO_BUILD_TESTS=OFF -DMPIO_PACKAGE_TEST=ON
  build build/release
  (cd build/release && rm -f mpio-wizard_*.deb && cpack -G DEB >/dev/null)
  ls -l build/release/mpio-wizard_*.deb >&2
  ctest --test-dir build/release/installer -L package --output-on-failure
}

cmd_screenshots() {
  build_all
  mkdir -p resources/screenshots
  # The flow tests save every page they pass through while driving the wizard against the lab (the extras
  # test: the failing jumbo matrix and the About dialog).
  MPIO_SCREENSHOT_DIR=$ROOT/resources/screenshots with_session ctest --test-dir build/gui \
    -R 'tst_wizard_(flow|extras|real_site)|tst_translations' \
    --output-on-failure
}

case "${1:-}" in
  demo) shift; cmd_demo "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  build) shift; build_all ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  screenshots) shift; cmd_screenshots "$@" ;;
  package) shift; cmd_package ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
