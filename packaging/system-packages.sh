#!/usr/bin/env bash
# Install the Debian/Ubuntu packages WrapDesk needs, and nothing else.
#
#   packaging/system-packages.sh run    what the app needs to start (Qt's runtime libraries, fonts)
#   packaging/system-packages.sh test   the same, plus what the tests use (Xvfb, poppler, age, …)
#
# Already installed: does nothing. Missing: installs them with apt-get when run as root,
# with sudo otherwise; when neither is possible, prints the exact apt line and fails.
set -euo pipefail

want=${1:-run}

run_packages=(
  # Qt 6 (PySide6 wheels) needs these from the system.
  libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6
  libcups2
  fontconfig fonts-dejavu-core
)
test_packages=(
  xvfb xauth          # a screen for screenshot and start-up checks
  poppler-utils       # pdftotext / pdftoppm read the printouts back
  age                 # the supporter's standard tool, for interop tests
  desktop-file-utils  # desktop-file-validate for packaging/linux
  appstream           # appstreamcli validate for the metainfo
  shared-mime-info    # update-mime-database compiles the .wrapdesk file type (tests/packaging)
)

case "$want" in
  run) packages=("${run_packages[@]}") ;;
  test) packages=("${run_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# The venv module is split out on Debian/Ubuntu system Pythons.
python=${PYTHON:-python3}
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  pyver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  packages+=("python${pyver}-venv")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of these yourself if anything fails:" >&2
  echo "  ${packages[*]}" >&2
  exit 0
fi

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}
missing=()
for p in "${packages[@]}"; do
  # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64, libcups2t64).
  installed "$p" || installed "${p}t64" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo)
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
  sudo=(sudo)  # asks for the password at the terminal
else
  echo "WrapDesk needs some system packages. Please run this, then try again:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# shellcheck disable=SC2086
"${sudo[@]}" $line -qq
