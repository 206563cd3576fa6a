#!/usr/bin/env bash
# Install the built bundle for the current user (no root): the program in
# ~/.local/opt/twinparks, the command in ~/.local/bin, the menu entry, icons and
# AppStream metainfo in ~/.local/share. Run from a checkout after build.sh, or from
# an unpacked release tarball that has twinparks/ next to packaging/.
#   bash packaging/linux/install.sh [BUNDLE_DIR]      # default: dist/twinparks
#   bash packaging/linux/install.sh --uninstall
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/twinparks
BIN=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT" "$BIN/twinparks" "$PREFIX/applications/twinparks.desktop" \
        "$PREFIX/metainfo/io.github.twinparks.Planner.metainfo.xml"
    rm -f "$PREFIX"/icons/hicolor/*/apps/twinparks.png "$PREFIX/icons/hicolor/scalable/apps/twinparks.svg"
    echo "twinparks uninstalled"
    exit 0
fi

BUNDLE=${1:-$ROOT/dist/twinparks}
[ -x "$BUNDLE/twinparks" ] || { echo "install.sh: no bundle at $BUNDLE (run packaging/build.sh)" >&2; exit 1; }

rm -rf "$OPT" && mkdir -p "$(dirname "$OPT")" && cp -a "$BUNDLE" "$OPT"
mkdir -p "$BIN" && ln -sf "$OPT/twinparks" "$BIN/twinparks"
mkdir -p "$PREFIX/applications" "$PREFIX/metainfo"
# Absolute Exec: a desktop session's PATH often lacks ~/.local/bin.
sed -e "s|^Exec=twinparks |Exec=$OPT/twinparks |" -e "s|^TryExec=.*|TryExec=$OPT/twinparks|" \
    "$HERE/twinparks.desktop" >"$PREFIX/applications/twinparks.desktop"
cp "$HERE/io.github.twinparks.Planner.metainfo.xml" "$PREFIX/metainfo/"
for size in 16 32 48 64 128 256 512; do
    mkdir -p "$PREFIX/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/../icons/twinparks-$size.png" "$PREFIX/icons/hicolor/${size}x${size}/apps/twinparks.png"
done
mkdir -p "$PREFIX/icons/hicolor/scalable/apps"
cp "$HERE/../icons/twinparks.svg" "$PREFIX/icons/hicolor/scalable/apps/twinparks.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$PREFIX/icons/hicolor" || true
echo "twinparks installed: $OPT (command: $BIN/twinparks)"
