"""``make demo`` end to end on a smaller sample territory: scripts/demo.py builds nothing
itself but runs peuplement:observatoire from the packaged zip through qgis_process.bin; the
GeoPackage it leaves is checked with plain GDAL (every layer has a default style), and
the maps and the report are there."""

import os
import shutil
import struct
import subprocess
import sys

import pytest
from osgeo import ogr

from conftest import ROOT
from test_qgis_process import QGIS_PROCESS


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")
def test_demo_writes_a_styled_geopackage_the_report_and_maps(tmp_path):
    build = tmp_path / "build"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(build)], check=True,
                   capture_output=True)
    out = tmp_path / "demo"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    env.pop("PYTHONPATH", None)
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "demo.py"), "--build", str(build),
                             "--out", str(out), "--logements", "4000"], env=env, capture_output=True, text=True,
                            cwd=str(ROOT), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    gpkg = out / "peuplement_demo.gpkg"
    dataset = ogr.Open(str(gpkg))
    names = {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())} - {"layer_styles"}
    styles = dataset.ExecuteSQL("SELECT f_table_name FROM layer_styles WHERE useAsDefault = 1 AND "
                                "styleQML LIKE '%<qgis%'")
    styled = {feature.GetField(0) for feature in styles}
    dataset.ReleaseResultSet(styles)
    assert {"parc_ilot", "occupation_2024_ilot", "fragilite_ilot", "secteurs_fragiles_hors_qpv",
            "parc_residence"} <= names
    assert styled == names

    maps = sorted(out.glob("*.png"))
    assert len(maps) >= 3
    for png in maps:
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (1600, 1200)
    report = (out / "rapport_observatoire.html").read_text(encoding="utf-8")
    assert "Secteurs fragiles hors QPV" in report and "<svg" in report
    atlas = out / "atlas_qpv_ressources.pdf"
    assert atlas.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(atlas)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        territory = ogr.Open(str(out / "territoire" / "territoire.gpkg"))
        assert pages == territory.GetLayerByName("qpv").GetFeatureCount()  # one page per QPV
        territory = None
    assert not list(out.glob("*_ecriture_*"))
