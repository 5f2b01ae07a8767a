#!/usr/bin/env bash
# Installs, once, what the project needs on Debian 12: QGIS and its Python stack from
# Debian's packages (never pip: GDAL's bindings are built against Debian's numpy), then a
# venv that sees them, for the test tools. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="qgis python3-qgis qgis-providers python3-pandas python3-shapely python3-pyproj python3-gdal \
xvfb xauth python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools zip unzip fonts-dejavu-core \
postgresql-15 postgresql-15-postgis-3 python3-psycopg2 poppler-utils python3-openpyxl python3-odf python3-scipy"
missing=""
for package in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ "${1:-}" = "--venv" ]; then
  if [ ! -x .venv/bin/pytest ] || ! .venv/bin/python -c "import pytest_qgis" 2>/dev/null; then
    /usr/bin/python3 -m venv --system-site-packages .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
  fi
  # A venv made before pb_tool joined requirements-test.txt (tests/test_packaging.py) gets it here.
  [ -x .venv/bin/pb_tool ] || .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
fi
