"""The atlas templates of resources/layouts/ are what scripts/build_layouts.py builds now,
and hold every item peuplement:atlas looks for."""

import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT

TEMPLATES = ("atlas_qpv.qpt", "atlas_commune.qpt")
ITEMS = {"titre", "sous_titre", "carte", "nord", "echelle", "legende", "chiffres_cles", "mention_secret", "sources"}


def test_templates_do_not_drift(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path), HOME=str(tmp_path))
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "build_layouts.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in TEMPLATES:
        committed = (ROOT / "resources" / "layouts" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, "run `make layouts`"


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_is_an_a4_atlas_with_every_item(name):
    root = ET.parse(str(ROOT / "resources" / "layouts" / name)).getroot()
    ids = {item.get("id") for item in root.iter("LayoutItem") if item.get("id")}
    assert ITEMS <= ids
    pages = [item for item in root.iter("LayoutItem") if item.get("type") == "65638"]
    assert [page.get("size") for page in pages] == ["210,297,mm"]
    atlas = root.find("Atlas")
    assert atlas is not None and atlas.get("enabled") == "1"
    carte = next(item for item in root.iter("LayoutItem") if item.get("id") == "carte")
    assert carte.find("AtlasMap").get("atlasDriven") == "1"


@pytest.mark.parametrize("name", TEMPLATES)
def test_north_arrow_of_the_template_resolves_to_an_svg(qgis_app, name):
    """peuplement:atlas leaves the north arrow to the template: the plugin's own resolves
    arrows/NorthArrow_02.svg to a file of QGIS's SVG paths when loaded."""
    from qgis.core import QgsLayoutItemPicture, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    assert document.setContent((ROOT / "resources" / "layouts" / name).read_text(encoding="utf-8"))
    project = QgsProject()
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    nord = layout.itemById("nord")
    assert isinstance(nord, QgsLayoutItemPicture)
    path = nord.evaluatedPath()
    assert path.endswith(os.path.join("arrows", "NorthArrow_02.svg")) and os.path.isfile(path), path
    assert nord.mode() == QgsLayoutItemPicture.FormatSVG
