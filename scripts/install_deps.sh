#!/usr/bin/env bash
# Installs, once, what the project needs on Debian 12 or 13: QGIS and its Python stack from
# Debian's packages (never pip: GDAL's bindings are built against Debian's numpy), then a
# venv that sees them, for the test tools. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
updated=""
apt_update() {
  [ -n "$updated" ] && return 0
  $SUDO apt-get update -qq
  updated=1
}

# The PostgreSQL major the system offers (15 on bookworm, 17 on trixie): the one the
# `postgresql` metapackage depends on. An installed server with PostGIS is kept as it is.
postgresql_major() {
  local installed
  installed=$(ls -d /usr/share/postgresql/*/extension/postgis.control 2>/dev/null \
    | sed -E 's#/usr/share/postgresql/([0-9]+)/.*#\1#' | sort -n | tail -1)
  if [ -n "$installed" ]; then echo "$installed"; return; fi
  local major
  major=$(apt-cache depends postgresql 2>/dev/null | sed -nE 's/^ *Depends: postgresql-([0-9]+)$/\1/p' | head -1)
  if [ -z "$major" ]; then
    apt_update
    major=$(apt-cache depends postgresql 2>/dev/null | sed -nE 's/^ *Depends: postgresql-([0-9]+)$/\1/p' | head -1)
  fi
  if [ -z "$major" ]; then
    echo "install_deps.sh: no PostgreSQL in this system's package lists (apt-cache depends postgresql)" >&2
    exit 1
  fi
  echo "$major"
}
PG_MAJOR=$(postgresql_major)

# proj-bin and proj-data: pyproj finds PROJ's data through them (--no-install-recommends
# would otherwise leave pyproj 3.7 without a data directory on Debian 13).
# python3-pyqt6: tests/test_qt6.py draws the dock's pure-Qt pictures under PyQt6.
APT_PACKAGES="qgis python3-qgis qgis-providers python3-pandas python3-shapely python3-pyproj python3-gdal \
proj-bin proj-data python3-pyqt6 \
xvfb xauth python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools zip unzip fonts-dejavu-core \
postgresql-$PG_MAJOR postgresql-$PG_MAJOR-postgis-3 python3-psycopg2 poppler-utils python3-openpyxl python3-odf python3-scipy"
missing=""
for package in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  apt_update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ "${1:-}" = "--venv" ]; then
  VENV="${PEUPLEMENT_VENV:-.venv}"
  if [ ! -x "$VENV/bin/pytest" ] || ! "$VENV/bin/python" -c "import pytest_qgis" 2>/dev/null; then
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r requirements-test.txt
  fi
  # A venv made before pb_tool joined requirements-test.txt (tests/test_packaging.py) gets it here.
  [ -x .venv/bin/pb_tool ] || .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
fi
