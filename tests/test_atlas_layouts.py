"""The atlas templates of resources/layouts/ are what scripts/build_layouts.py builds now,
and hold every item peuplement:atlas looks for."""

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT
from scripts.provenance import written_by

TEMPLATES = ("atlas_qpv.qpt", "atlas_commune.qpt")
ITEMS = {"titre", "sous_titre", "carte", "nord", "echelle", "legende", "chiffres_cles", "mention_secret", "sources"}


def _mm(value):
    """A length rounded to 1/100 mm."""
    return round(value, 2)


def _meaning(path):
    """What a template means once QGIS has loaded it: its pages, and per item its kind,
    position and size in mm and, for labels and pictures, the text and the picture; the
    atlas settings of the file."""
    from qgis.core import (QgsLayoutItemLabel, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsPrintLayout, QgsProject,
                           QgsReadWriteContext, QgsScaleBarSettings)
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    assert document.setContent(Path(path).read_text(encoding="utf-8"))
    project = QgsProject()
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok, path
    items = {}
    for item in layout.items():
        if not hasattr(item, "id") or not item.id():
            continue
        position, size = item.positionWithUnits(), item.sizeWithUnits()
        described = [type(item).__name__] + [_mm(v) for v in (position.x(), position.y(), size.width(),
                                                                size.height())]
        if isinstance(item, QgsLayoutItemScaleBar):
            # a scale bar sizes itself from its map, units and font when it is drawn: its
            # stored size is whatever the writing QGIS last computed
            # (its units per segment matter only at a fixed segment size).
            fixed = item.segmentSizeMode() == QgsScaleBarSettings.SegmentSizeFixed
            described[3:5] = [item.numberOfSegments(), fixed, item.unitsPerSegment() if fixed else None, item.units()]
        if isinstance(item, QgsLayoutItemLabel):
            described.append(item.text())
        if isinstance(item, QgsLayoutItemPicture):
            described.append(item.picturePath())
        items[item.id()] = described
    collection = layout.pageCollection()
    pages = [(round(page.pageSize().width(), 2), round(page.pageSize().height(), 2)) for page in collection.pages()]
    del collection, layout  # before the project they belong to
    atlas = ET.parse(str(path)).getroot().find("Atlas")
    return {"pages": pages, "items": items, "atlas": dict(atlas.attrib) if atlas is not None else None}


def test_templates_do_not_drift(qgis_app, tmp_path):
    """Byte for byte when the running QGIS wrote the committed templates (its version is
    stamped in them); by meaning under any other QGIS, which writes the same layout in its
    own XML form."""
    from qgis.core import Qgis

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path), HOME=str(tmp_path))
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "build_layouts.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in TEMPLATES:
        committed = (ROOT / "resources" / "layouts" / name).read_text(encoding="utf-8")
        built = (tmp_path / name).read_text(encoding="utf-8")
        assert written_by(committed) is not None, "run `make layouts`: {} has no QGIS stamp".format(name)
        assert written_by(built) == Qgis.QGIS_VERSION_INT
        now, then = _meaning(tmp_path / name), _meaning(ROOT / "resources" / "layouts" / name)
        changed = {key: (then["items"].get(key), now["items"].get(key))
                   for key in set(now["items"]) | set(then["items"]) if now["items"].get(key) != then["items"].get(key)}
        assert (now["pages"], now["atlas"], changed) == (then["pages"], then["atlas"], {}), \
            "run `make layouts` (on QGIS {})".format(written_by(committed))
        if written_by(committed) == Qgis.QGIS_VERSION_INT:
            assert built == committed, "run `make layouts`"


def test_meaning_sees_a_moved_item(qgis_app, tmp_path):
    """The comparison by meaning is not blind: a label moved by 1 mm is a difference."""
    source = (ROOT / "resources" / "layouts" / TEMPLATES[0]).read_text(encoding="utf-8")
    root = ET.fromstring(source)
    title = next(item for item in root.iter("LayoutItem") if item.get("id") == "titre")
    x, y, units = title.get("position").split(",")
    title.set("position", "{},{},{}".format(float(x) + 1, y, units))
    moved = tmp_path / TEMPLATES[0]
    moved.write_text(ET.tostring(root, encoding="unicode"), encoding="utf-8")
    before, after = _meaning(ROOT / "resources" / "layouts" / TEMPLATES[0]), _meaning(moved)
    assert after["items"]["titre"][1] == before["items"]["titre"][1] + 1
    assert {k: v for k, v in after["items"].items() if k != "titre"} == \
        {k: v for k, v in before["items"].items() if k != "titre"}


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
