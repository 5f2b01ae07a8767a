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


@pytest.fixture(scope="module")
def compiled_qm(tmp_path_factory):
    """i18n/peuplement_fr.ts compiled once for the module by lrelease."""
    from scripts.package import lrelease_binary

    qm = tmp_path_factory.mktemp("i18n") / "peuplement_fr.qm"
    subprocess.run([lrelease_binary(), "-silent", str(TS), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pyqt5-dev-tools not installed")
def test_every_translatable_string_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "peuplement_plugin").rglob("*.py")]
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    translated = {key for key, text in messages(TS).items() if text}
    assert wanted - translated == set(), "run `make i18n-update` and translate the new strings"


def test_compiled_translation_is_used(qgis_app, compiled_qm):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled_qm))
    QCoreApplication.installTranslator(translator)
    try:
        from peuplement_plugin.processing.algorithms.indicateurs_parc import IndicateursParc
        assert IndicateursParc().displayName() == "Indicateurs du parc (RPLS) par unité"
        assert IndicateursParc().group() == "Indicateurs"
    finally:
        QCoreApplication.removeTranslator(translator)


# Labels that are the same word in both languages.
SAME_IN_FRENCH = {"Sources", "Millésime", "Atlas (PDF)", "Standardisation", "Classes"}


def _labels(provider):
    """Every user-facing label of the provider: display names, groups, parameter and output
    descriptions, help texts, from fresh instances (so the current translator is used)."""
    labels = {}
    for algorithm in provider.algorithms():
        fresh = algorithm.create()
        fresh.initAlgorithm()
        labels[(algorithm.id(), "displayName")] = fresh.displayName()
        labels[(algorithm.id(), "group")] = fresh.group()
        labels[(algorithm.id(), "help")] = fresh.shortHelpString()
        for parameter in fresh.parameterDefinitions():
            labels[(algorithm.id(), parameter.name())] = parameter.description()
        for output in fresh.outputDefinitions():
            labels[(algorithm.id(), "output " + output.name())] = output.description()
    return labels


def test_every_algorithm_name_and_parameter_label_is_translated(provider, compiled_qm):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    english = _labels(provider)
    translator = QTranslator()
    assert translator.load(str(compiled_qm))
    QCoreApplication.installTranslator(translator)
    try:
        french = _labels(provider)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "peuplement:atlas" in {key[0] for key in english}
    untranslated = {key: text for key, text in english.items()
                    if french[key] == text and text not in SAME_IN_FRENCH}
    assert untranslated == {}
    # spot checks of the atlas, by hand
    assert french[("peuplement:atlas", "displayName")] == "Atlas d'un indicateur (PDF, une page par QPV ou par commune)"
    assert french[("peuplement:atlas", "FIELD")] == "Indicateur à cartographier"
    assert "loi n° 2017-86" in french[("peuplement:objectifs_attribution", "help")]
    assert "Sources des règles" in french[("peuplement:flux", "help")]


def test_compiled_french_is_shipped_in_the_zip(tmp_path, compiled_qm):
    import sys
    import zipfile

    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    with zipfile.ZipFile(tmp_path / "peuplement.zip") as zipped:
        names = zipped.namelist()
        assert "peuplement/i18n/peuplement_fr.qm" in names
        assert {"peuplement/resources/layouts/atlas_qpv.qpt", "peuplement/resources/layouts/atlas_commune.qpt"} \
            <= set(names)
        shipped = zipped.read("peuplement/i18n/peuplement_fr.qm")
    assert shipped == compiled_qm.read_bytes()   # the zip carries the translation of the current .ts
