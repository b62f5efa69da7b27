#!/bin/sh
# Install the unpacked Puente bundle for the current user (no administrator rights):
# a launcher in ~/.local/bin, the menu entry and the icon. Run it from the unpacked folder.
# An upgrade is the same command from the newer folder; the data folder is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="${XDG_DATA_HOME:-$HOME/.local/share}/puente-app"
bin="$HOME/.local/bin"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$bin" "$apps" "$icons"
if [ "$here" != "$dest" ]; then
    rm -rf "$dest.new"
    cp -a "$here" "$dest.new"
    rm -rf "$dest.old"
    if [ -d "$dest" ]; then mv "$dest" "$dest.old"; fi
    mv "$dest.new" "$dest"
    rm -rf "$dest.old"
fi
ln -sf "$dest/puente" "$bin/puente"
cp "$dest/puente.svg" "$icons/puente.svg"
sed "s|^Exec=puente|Exec=$dest/puente|" "$dest/puente.desktop" > "$apps/puente.desktop"
echo "Puente installed in $dest (your data stays in its own folder)."
