"""French is complete: every string the code passes to tr() has a translation in
i18n/peuplement_fr.ts, and the compiled .qm translates at run time."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT

TS = ROOT / "i18n" / "peuplement_fr.ts"


def messages(path):
    tree = ET.parse(str(path))
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.find("source").text)] = (
                translation.text if translation is not None and translation.get("type") != "unfinished" else None)
    return found


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pyqt5-dev-tools not installed")
def test_every_translatable_string_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "peuplement_plugin").rglob("*.py")]
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    translated = {key for key, text in messages(TS).items() if text}
    assert wanted - translated == set(), "run `make i18n-update` and translate the new strings"


def test_compiled_translation_is_used(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "peuplement_fr.qm"
    from scripts.package import lrelease_binary

    subprocess.run([lrelease_binary(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from peuplement_plugin.processing.algorithms.indicateurs_parc import IndicateursParc
        assert IndicateursParc().displayName() == "Indicateurs du parc (RPLS) par unité"
        assert IndicateursParc().group() == "Indicateurs"
    finally:
        QCoreApplication.removeTranslator(translator)
