#!/usr/bin/env bash
# The two set-up commands of Sáng kiến on Debian 12:
#   packaging/dev.sh run    install what is missing, build, start the GUI on a demo campaign
#   packaging/dev.sh test   install what is missing, build, run every test
# and the third:
#   packaging/dev.sh package   install what is missing, build, make the Debian package (build/sangkien_*.deb)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SANGKIEN_BUILD_DIR:-$ROOT/build}"
SANITIZE_BUILD="${BUILD}-sanitize"
JOBS="$(nproc 2>/dev/null || echo 2)"

# Debian bookworm packages the build, the tests and the GUI need.
PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-l10n-tools qt6-translations-l10n
  catch2 libsqlite3-dev libsodium-dev libquazip1-qt6-dev libxlsxwriter-dev libfreexl-dev
  xvfb xauth locales fonts-dejavu-core fonts-liberation2
  poppler-utils libpoppler-qt6-dev python3-openpyxl clang-format sqlite3
  # The ODT round trip and the LibreOffice-written fixtures: Writer and Calc without a GUI.
  libreoffice-writer-nogui libreoffice-calc-nogui
  # The Debian package (dev.sh package: dpkg-shlibdeps, which reads the programs with file) and its install
  # test: the desktop's MIME and menu databases, xdg-mime and what it asks, xwd and xwininfo for the picture.
  dpkg-dev file shared-mime-info desktop-file-utils hicolor-icon-theme xdg-utils libfile-mimeinfo-perl
  x11-apps x11-utils
)

log() { printf '\n== %s\n' "$*" >&2; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]})); then
    log "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
  # Tests run under vi_VN.UTF-8 as well as C; make sure the locale exists.
  if ! locale -a 2>/dev/null | grep -qi '^vi_VN\.utf8$'; then
    if [ "$(id -u)" -eq 0 ]; then
      sed -i 's/^# *vi_VN.UTF-8 UTF-8/vi_VN.UTF-8 UTF-8/' /etc/locale.gen
      grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen || echo 'vi_VN.UTF-8 UTF-8' >>/etc/locale.gen
      locale-gen >/dev/null
    fi
  fi
}

# ccache, when the machine has it, makes rebuilds of a fresh clone quick; nothing needs it.
CCACHE_FLAGS=()
if command -v ccache >/dev/null 2>&1; then
  CCACHE_FLAGS=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

configure_and_build() {
  log "Building in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${CCACHE_FLAGS[@]}" "$@"
  cmake --build "$BUILD" --parallel "$JOBS"
}

cmd="${1:-}"
case "$cmd" in
  install)
    install_missing
    ;;
  build)
    install_missing
    configure_and_build
    ;;
  test)
    install_missing
    configure_and_build
    log "Running tests"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$BUILD" --output-on-failure --parallel "$JOBS" --timeout 600
    # The unit and CLI tests once more under AddressSanitizer and UndefinedBehaviorSanitizer, in a
    # build folder of their own; any report fails the run. Each case runs once (its "vi:" entry): the
    # whole-program "C:" runs and the loops that kill a writer at many points already ran above.
    log "Building and running the unit and CLI tests under ASan and UBSan"
    # Warnings already fail the normal build (-Werror); the instrumented one looks for runtime errors only.
    cmake -S "$ROOT" -B "$SANITIZE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSANGKIEN_SANITIZE=ON \
      -DSANGKIEN_BUILD_BENCH=OFF -DSANGKIEN_WERROR=OFF "${CCACHE_FLAGS[@]}"
    cmake --build "$SANITIZE_BUILD" --parallel "$JOBS" --target sangkien-cli sangkien_unit_tests sangkien_cli_tests
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:suppressions=$ROOT/tests/sanitizers/asan.supp" \
    LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      ctest --test-dir "$SANITIZE_BUILD" --output-on-failure --parallel "$JOBS" --timeout 900 \
        -R '^vi:' -E 'killed at [0-9]+ points'
    ;;
  package)
    install_missing
    BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" configure_and_build
    log "Making the Debian package"
    start=$SECONDS
    (cd "$BUILD" && cpack -G DEB --config CPackConfig.cmake >/dev/null)
    deb="$(ls -t "$BUILD"/sangkien_*.deb | head -n 1)"
    log "Made $deb in $((SECONDS - start)) s; install it with: sudo apt-get install $deb"
    echo "$deb"
    ;;
  run)
    install_missing
    configure_and_build
    data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/sangkien"
    demo="$data_dir/demo-2024.sangkien"
    mkdir -p "$data_dir"
    if [ ! -f "$demo" ]; then
      log "Creating the demo campaign $demo"
      "$BUILD/app/sangkien-cli" demo "$demo"
    fi
    log "Starting Sáng kiến"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      exec xvfb-run -a -s '-screen 0 1400x900x24' "$BUILD/app/sangkien" "$demo"
    fi
    exec "$BUILD/app/sangkien" "$demo"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build|install|package" >&2
    exit 1
    ;;
esac
