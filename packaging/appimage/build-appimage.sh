#!/usr/bin/env bash
# Turn the Linux one-folder bundle (make bundle) into an AppImage.
#
#   packaging/appimage/build-appimage.sh BUNDLE OUT              e.g. dist/wrapdesk dist
#   packaging/appimage/build-appimage.sh --appdir-only BUNDLE OUT   stop after OUT/WrapDesk.AppDir
#
# The AppDir holds the bundle in usr/lib/wrapdesk, the desktop files in usr/share (as
# packaging/linux/install-desktop-files.sh lays them out), and AppRun. appimagetool (from the
# AppImage project, not packaged by Debian) then packs it: put it on PATH, or set APPIMAGETOOL.
set -euo pipefail

appdir_only=false
if [ "${1:-}" = "--appdir-only" ]; then
  appdir_only=true
  shift
fi
if [ $# -ne 2 ]; then
  echo "usage: $0 [--appdir-only] BUNDLE OUT" >&2
  exit 2
fi
bundle=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
id=org.wrapdesk.WrapDesk

if [ ! -x "$bundle/wrapdesk-gui" ]; then
  echo "$bundle has no wrapdesk-gui: build the bundle first (make bundle)" >&2
  exit 1
fi
version=$("$bundle/wrapdesk" --version | awk '{print $2}')
appdir="$out/WrapDesk.AppDir"

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib"
cp -a "$bundle" "$appdir/usr/lib/wrapdesk"
rm -f "$appdir/usr/lib/wrapdesk/wrapdesk-selftest"  # only ever in the tests' bundle
"$here/../linux/install-desktop-files.sh" "$appdir/usr"
# appimagetool looks for the AppStream file under its older name.
mv "$appdir/usr/share/metainfo/$id.metainfo.xml" "$appdir/usr/share/metainfo/$id.appdata.xml"
install -m755 "$here/AppRun" "$appdir/AppRun"
cp "$appdir/usr/share/applications/$id.desktop" "$appdir/$id.desktop"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$id.png" "$appdir/$id.png"
ln -s "$id.png" "$appdir/.DirIcon"
echo "AppDir ready: $appdir (WrapDesk $version)"

if $appdir_only; then
  exit 0
fi
tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
  echo "appimagetool not found: put it on PATH or set APPIMAGETOOL (packaging/README.md)" >&2
  exit 1
fi
arch=$(uname -m)
# --no-appstream: make test validates the metadata offline; appimagetool would try to fetch
# the placeholder screenshot addresses.
ARCH=$arch "$tool" --no-appstream "$appdir" "$out/WrapDesk-$version-$arch.AppImage"
