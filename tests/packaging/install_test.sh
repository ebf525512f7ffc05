#!/usr/bin/env bash
# ctest "package: the .deb installs, opens the demo campaign and uninstalls cleanly" (issue 18):
# makes the Debian package from the build folder (cpack -G DEB), installs it into this machine with
# apt-get, uses the installed programs from the PATH (sangkien-cli --version, a demo campaign, the helpers
# beside the programs in /usr/bin), opens the demo in the installed GUI through its desktop entry under
# xvfb-run and takes a screenshot, checks the file types and the default application, then removes the
# package and checks that none of its files remain. Whatever happens, the package is removed on the way out.
#
# Skipped (exit 77) where it cannot install: not root, no apt-get, or a sangkien package this test did not
# install is already on the machine (it would be removed).
#
# usage: install_test.sh CPACK BUILD_DIR SOURCE_DIR
#   SANGKIEN_SCREENSHOT_DIR, when set, receives installed.png as well.
set -euo pipefail

CPACK="$1"
BUILD="$2"
SRC="$3"
SKIP=77
PKG=sangkien
DESKTOP_ID=vn.gov.sangkien.desktop

say() { printf '[%3ds] %s\n' "$SECONDS" "$*"; }
skip() {
  echo "SKIPPED: $*"
  exit $SKIP
}
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
installed() { dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q 'install ok installed'; }

[ "$(id -u)" -eq 0 ] || skip "the install test installs a package into the machine and needs root (CI runs as root)"
command -v apt-get >/dev/null && command -v dpkg >/dev/null || skip "no apt-get or dpkg on this machine"
for tool in xvfb-run xwd xwininfo xdg-mime mimetype update-mime-database update-desktop-database dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is missing: packaging/dev.sh install puts it on the machine"
done

# One install test at a time on a machine (two clones' test runs would remove each other's package).
LOCK=/tmp/sangkien-install-test.lock
exec 9>"$LOCK"
flock -w 900 9 || fail "another install test holds $LOCK"
APT=(apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=600)
# Written before the install and removed after the removal: a run killed in between (a ctest timeout) left
# the package, which the next run takes away; a package installed any other way is the machine's.
MARK=/var/tmp/sangkien-install-test.installed
if installed && [ -e "$MARK" ]; then
  say "an earlier run of this test left $PKG installed: removing it"
  DEBIAN_FRONTEND=noninteractive "${APT[@]}" purge "$PKG" >/dev/null 2>&1 || fail "could not remove the $PKG an earlier run left"
fi
rm -f "$MARK"
installed && skip "a $PKG package is installed on this machine already and the test would remove it: remove it with 'sudo apt-get remove $PKG' to run the test"

WORK="$(mktemp -d)"
GUI_PID=""
cleanup() {
  local rc=$?
  [ -n "$GUI_PID" ] && kill "$GUI_PID" 2>/dev/null || true
  if installed; then
    say "removing $PKG on the way out"
    DEBIAN_FRONTEND=noninteractive "${APT[@]}" purge "$PKG" >/dev/null 2>&1 || dpkg --purge "$PKG" >/dev/null 2>&1 || true
  fi
  installed || rm -f "$MARK"
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 1' INT TERM

say "making the package (cpack -G DEB)"
start=$SECONDS
"$CPACK" -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/package" >"$WORK/cpack.log" 2>&1 || {
  cat "$WORK/cpack.log"
  fail "cpack could not make the package"
}
DEB="$(ls "$WORK"/package/${PKG}_*.deb)"
say "made $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) in $((SECONDS - start)) s"

# What the package holds and needs: the four programs, the desktop's files, dependencies from dpkg-shlibdeps
# and the ones Qt loads at run time.
dpkg-deb -c "$DEB" | awk '{print $6}' >"$WORK/contents"
for f in ./usr/bin/sangkien ./usr/bin/sangkien-cli ./usr/bin/sangkien-xls ./usr/bin/sangkien-xlsx \
  ./usr/share/applications/$DESKTOP_ID ./usr/share/mime/packages/sangkien.xml \
  ./usr/share/icons/hicolor/scalable/apps/sangkien.svg ./usr/share/doc/sangkien/copyright; do
  grep -qx "$f" "$WORK/contents" || fail "the package lacks $f"
done
for size in 16 32 48 64 128 256; do
  grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/sangkien.png" "$WORK/contents" ||
    fail "the package lacks the ${size}px icon"
done
depends="$(dpkg-deb -f "$DEB" Depends)"
echo "Depends: $depends"
for d in libqt6widgets6 libqt6sql6 libsodium libquazip1-qt6 libxlsxwriter libfreexl libqt6sql6-sqlite fonts-liberation2; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d"
done

say "installing with apt-get"
touch "$MARK"
DEBIAN_FRONTEND=noninteractive "${APT[@]}" install "$DEB" >"$WORK/install.log" 2>&1 || {
  cat "$WORK/install.log"
  fail "apt-get could not install the package"
}
installed || fail "the package is not installed after apt-get install"
# apt-get "gets" the local file too; anything else came from the network.
if grep "^Get:" "$WORK/install.log" | grep -vqF "$DEB"; then
  cat "$WORK/install.log"
  fail "apt-get downloaded packages: every dependency should be on the machine already (packaging/dev.sh install)"
fi
# The files of the package, for the check after removal (directories such as /usr/share are shared).
dpkg -L "$PKG" | while read -r f; do if [ -f "$f" ] || [ -L "$f" ]; then echo "$f"; fi; done >"$WORK/files"
say "installed $(wc -l <"$WORK/files") files"

# A home of its own: nothing of root's settings is read or written.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" LANG=vi_VN.UTF-8
# The program speaks Vietnamese (the windows are found by their Vietnamese titles) whatever the machine set.
unset LC_ALL LC_MESSAGES LANGUAGE
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
cd "$WORK"

[ "$(command -v sangkien-cli)" = /usr/bin/sangkien-cli ] || fail "sangkien-cli is not /usr/bin/sangkien-cli on the PATH"
[ "$(command -v sangkien)" = /usr/bin/sangkien ] || fail "sangkien is not /usr/bin/sangkien on the PATH"
version="$(sangkien-cli --version)"
echo "$version"
grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version" || fail "sangkien-cli --version printed no version"
QT_QPA_PLATFORM=offscreen sangkien --version | grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" || fail "sangkien --version printed no version"

demo="$WORK/demo-2024.sangkien"
sangkien-cli demo "$demo" >/dev/null || fail "sangkien-cli demo failed"
# The helpers are found beside the installed programs: an Excel workbook (sangkien-xlsx) and an .xls read
# (sangkien-xls).
sangkien-cli export "$demo" --what stats --out "$WORK/stats.xlsx" >"$WORK/xlsx.out" 2>&1 || fail "export through sangkien-xlsx failed"
[ -s "$WORK/stats.xlsx" ] || fail "no workbook written"
sangkien-cli import "$demo" "$SRC/tests/data/spreadsheets/vn_import_lo.xls" --dry-run >"$WORK/xls.out" 2>&1 ||
  { cat "$WORK/xls.out"; fail "reading an .xls through sangkien-xls failed"; }

say "file types and the default application"
review="$WORK/thanh-vien.skreview"
member="$(sangkien-cli members "$demo" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["members"][0]["id"])')"
sangkien-cli review-export "$demo" --member "$member" --pin 135790 --out "$review" >/dev/null || fail "review-export failed"
cp "$demo" "$WORK/renamed-campaign"
check_type() {
  local got
  got="$(xdg-mime query filetype "$1")"
  [ "$got" = "$2" ] || fail "xdg-mime query filetype $(basename "$1"): $got, not $2"
  echo "$(basename "$1"): $got"
}
check_type "$demo" application/x-sangkien
check_type "$WORK/renamed-campaign" application/x-sangkien # the magic: application_id "SkKn"
check_type "$review" application/x-sangkien-review
printf 'SKSCORES' >"$WORK/Diem-2024.skscores"
check_type "$WORK/Diem-2024.skscores" application/x-sangkien-scores
for type in application/x-sangkien application/x-sangkien-review application/x-sangkien-scores; do
  got="$(xdg-mime query default "$type")"
  [ "$got" = "$DESKTOP_ID" ] || fail "xdg-mime query default $type: '$got', not $DESKTOP_ID"
  echo "default for $type: $got"
done

say "double clicks: the demo, a review package and a score return in the installed GUI, under xvfb-run"
exec_line="$(sed -n 's/^Exec=//p' /usr/share/applications/$DESKTOP_ID)"
[ "$exec_line" = "sangkien %f" ] || fail "the desktop entry runs '$exec_line'"
# window.sh TITLE OUT.xwd FILE: what a double click on FILE runs (the desktop entry's Exec, %f the file),
# then waits for a window whose title holds TITLE, checks it is the program's (WM_CLASS, the icon drawn for
# it, which a window manager's title bar and task switcher show) and dumps it.
cat >"$WORK/window.sh" <<'WINDOW'
#!/usr/bin/env bash
set -u
title="$1" out="$2" file="$3"
exec_line="$(sed -n 's/^Exec=//p' /usr/share/applications/vn.gov.sangkien.desktop)"
read -r -a command <<<"${exec_line//%f/$file}"
# On the X server xvfb-run made, whatever the test run set (packaging/dev.sh test runs offscreen).
QT_QPA_PLATFORM=xcb "${command[@]}" >>"$out.log" 2>&1 &
pid=$!
id=""
for _ in $(seq 1 60); do
  id="$(xwininfo -root -children 2>/dev/null | grep -F "$title" | grep -o '0x[0-9a-f]*' | head -n 1)"
  [ -n "$id" ] && break
  sleep 0.5
done
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
[ -n "$id" ] || { echo "no window titled '$title' appeared"; xwininfo -root -children; stop; exit 1; }
sleep 2 # the first paint
xwininfo -id "$id" | grep -E 'xwininfo:|Width|Height'
xprop -id "$id" WM_CLASS | grep -qF '"sangkien", "sangkien"' || { echo "WM_CLASS is not sangkien"; stop; exit 1; }
xprop -id "$id" _NET_WM_ICON | grep -q 'Icon (16 x 16)' || { echo "the window has no icon"; stop; exit 1; }
xwd -silent -id "$id" >"$out"
stop
exit 0
WINDOW
chmod +x "$WORK/window.sh"
cat >"$WORK/double-clicks.sh" <<CLICKS
#!/usr/bin/env bash
set -eu
# The campaign, in the campaign window (its file name leads the title).
"$WORK/window.sh" 'demo-2024.sangkien' "$WORK/installed.xwd" "$demo"
# The review package, in review mode: the PIN first (Mở gói hồ sơ chấm điểm).
"$WORK/window.sh" 'Mở gói hồ sơ chấm điểm' "$WORK/review.xwd" "$review"
# The score return, into the campaign opened last: its review exchange, the file chosen.
"$WORK/window.sh" 'Gói hồ sơ chấm điểm và tệp kết quả chấm điểm' "$WORK/scores.xwd" "$WORK/Diem-2024.skscores"
CLICKS
chmod +x "$WORK/double-clicks.sh"
xvfb-run -a -s '-screen 0 1440x900x24' "$WORK/double-clicks.sh" || {
  cat "$WORK"/*.xwd.log 2>/dev/null
  fail "a double click did not open its window"
}
python3 "$SRC/tests/packaging/xwd_to_png.py" "$WORK/installed.xwd" "$BUILD/installed.png"
python3 "$SRC/tests/packaging/xwd_to_png.py" "$WORK/scores.xwd" "$BUILD/installed-scores.png"
say "screenshots: $BUILD/installed.png, $BUILD/installed-scores.png"
if [ -n "${SANGKIEN_SCREENSHOT_DIR:-}" ]; then cp "$BUILD/installed.png" "$SANGKIEN_SCREENSHOT_DIR/installed.png"; fi
grep -q 'open' "$XDG_DATA_HOME"/*/sangkien/logs/sangkien.log 2>/dev/null ||
  fail "the GUI's support log records no open: $(cat "$XDG_DATA_HOME"/*/sangkien/logs/sangkien.log 2>/dev/null)"

say "removing the package"
cd /
DEBIAN_FRONTEND=noninteractive "${APT[@]}" purge "$PKG" >"$WORK/remove.log" 2>&1 || {
  cat "$WORK/remove.log"
  fail "apt-get could not remove the package"
}
installed && fail "the package is still installed after apt-get purge"
left=0
while read -r f; do
  if [ -e "$f" ] || [ -L "$f" ]; then
    echo "left behind: $f"
    left=1
  fi
done <"$WORK/files"
[ $left -eq 0 ] || fail "files of the package remain after removal"
for d in /usr/share/doc/sangkien /usr/share/icons/hicolor/scalable/apps/sangkien.svg; do
  [ ! -e "$d" ] || fail "$d remains after removal"
done
[ ! -e /usr/share/mime/application/x-sangkien.xml ] || fail "the MIME database still knows application/x-sangkien"
! grep -qs "$DESKTOP_ID" /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache still names $DESKTOP_ID"
say "installed, used and removed cleanly"
