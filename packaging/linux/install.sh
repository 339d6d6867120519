#!/bin/sh
# Install the bundled Fact-check Workbench (no root, no Python needed).
#
#   install.sh [BUNDLE_DIR] [PREFIX]        install or upgrade
#   install.sh --uninstall [PREFIX]         remove everything it installed
#
# BUNDLE_DIR is the one-folder app: by default the folder this script is in when it runs from an
# unpacked bundle (dist/workbench/install.sh), else dist/workbench of the checkout it is in.
# PREFIX defaults to ~/.local. It copies the app to PREFIX/lib/workbench, links
# PREFIX/bin/workbench, installs the desktop entry, the dossier MIME type, the icons and the
# AppStream metainfo (all taken from the bundle itself) under PREFIX/share, and refreshes the
# desktop's caches when the tools exist.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.factcheck.Workbench

# Refresh the desktop's caches when the tools are installed; a missing tool only delays the new
# icon or file type until the next login.
refresh() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$1/share/mime/packages" ]; then
        update-mime-database "$1/share/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$1/share/applications" ]; then
        update-desktop-database "$1/share/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$1/share/icons/hicolor" ]; then
        gtk-update-icon-cache -q -t "$1/share/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    PREFIX=${2:-$HOME/.local}
    rm -rf "$PREFIX/lib/workbench"
    rm -f "$PREFIX/bin/workbench" \
          "$PREFIX/share/applications/$APP_ID.desktop" \
          "$PREFIX/share/mime/packages/$APP_ID.xml" \
          "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
          "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for png in "$PREFIX"/share/icons/hicolor/*/apps/"$APP_ID".png; do rm -f "$png"; done
    refresh "$PREFIX"
    echo "removed Fact-check Workbench from $PREFIX"
    exit 0
fi

if [ -x "$HERE/workbench" ] && [ -d "$HERE/_internal" ]; then
    DEFAULT_BUNDLE=$HERE
else
    DEFAULT_BUNDLE=$(cd "$HERE/../.." && pwd)/dist/workbench
fi
BUNDLE=${1:-$DEFAULT_BUNDLE}
PREFIX=${2:-$HOME/.local}
DATA=$BUNDLE/_internal/linux
ICONS=$BUNDLE/_internal/resources/icons

if [ ! -x "$BUNDLE/workbench" ] || [ ! -d "$DATA" ] || [ ! -d "$ICONS" ]; then
    echo "install.sh: no bundle at $BUNDLE (expected an executable $BUNDLE/workbench with" \
         "_internal/linux and _internal/resources/icons; run 'make package')" >&2
    exit 1
fi
BUNDLE=$(cd "$BUNDLE" && pwd)

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/mime/packages" \
         "$PREFIX/share/metainfo" "$PREFIX/share/icons/hicolor/scalable/apps"
PREFIX=$(cd "$PREFIX" && pwd)
if [ "$BUNDLE" != "$PREFIX/lib/workbench" ]; then
    # Copy next to the old version, then swap, so a failed copy leaves the installed app working.
    rm -rf "$PREFIX/lib/workbench.new"
    cp -R "$BUNDLE" "$PREFIX/lib/workbench.new"
    rm -rf "$PREFIX/lib/workbench"
    mv "$PREFIX/lib/workbench.new" "$PREFIX/lib/workbench"
fi
ln -sf "$PREFIX/lib/workbench/workbench" "$PREFIX/bin/workbench"

# The desktop entry runs the installed executable by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed "s|^Exec=workbench |Exec=$PREFIX/lib/workbench/workbench |" "$DATA/$APP_ID.desktop" \
    > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$DATA/$APP_ID.mime.xml" "$PREFIX/share/mime/packages/$APP_ID.xml"
cp "$DATA/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
cp "$ICONS/workbench.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/workbench-[0-9]*.png; do
    size=$(basename "$png" .png | sed 's/^workbench-//')
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

refresh "$PREFIX"
echo "installed Fact-check Workbench in $PREFIX/lib/workbench (run: $PREFIX/bin/workbench)"
