#!/usr/bin/env bash
# Build the Linux bundle of the Puente desktop app: a one-folder PyInstaller build with its
# resources, fonts and .qm catalogues, packed as dist/puente-<version>-linux-x86_64.tar.gz
# with a .desktop entry, the icon and a per-user install script.
#   installer/build.sh [--python PATH]     (default: .venv/bin/python, made if missing)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-.venv/bin/python}
if [ "${1:-}" = "--python" ]; then python=$2; fi
if [ ! -x "$python" ]; then
    python3 -m venv .venv
    python=.venv/bin/python
    "$python" -m pip install -q -e '.[dev]'
fi
"$python" -m pip install -q 'pyinstaller>=6.10'
"$python" tools/i18n.py build          # the .qm catalogues from the committed .ts files
version=$("$python" -c 'import app; print(app.__version__)')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$work/dist" --workpath "$work/build" installer/puente.spec
bundle="$work/dist/puente"
cp installer/linux/puente.desktop installer/linux/install.sh "$bundle/"
cp resources/icons/puente.svg "$bundle/puente.svg"
mkdir -p dist
name="puente-$version-linux-x86_64"
rm -rf "dist/$name" "dist/$name.tar.gz"
mv "$bundle" "dist/$name"
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "bundle: dist/$name ($(du -sm "dist/$name" | cut -f1) MB)"
echo "packed: dist/$name.tar.gz ($(du -sm "dist/$name.tar.gz" | cut -f1) MB)"
