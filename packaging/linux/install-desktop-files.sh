#!/usr/bin/env bash
# Install WrapDesk's desktop integration under PREFIX/share: the menu entry, the AppStream
# metadata, the .wrapdesk file type and the icons. The one list of what goes where, used by
# the Flatpak manifest, the AppImage recipe and anyone packaging WrapDesk for a distribution.
#
#   packaging/linux/install-desktop-files.sh PREFIX      e.g. /usr, ~/.local, /app
#
# Then, outside a package build, refresh the caches (a package's triggers do this itself):
#   update-desktop-database PREFIX/share/applications
#   update-mime-database PREFIX/share/mime
#   gtk-update-icon-cache PREFIX/share/icons/hicolor
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 PREFIX" >&2
  exit 2
fi
prefix=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=org.wrapdesk.WrapDesk

install -Dm644 "$here/$id.desktop" "$prefix/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$prefix/share/mime/packages/$id.xml"
(
  cd "$root/resources/icons/hicolor"
  for icon in */apps/$id.*; do
    install -Dm644 "$icon" "$prefix/share/icons/hicolor/$icon"
  done
)
