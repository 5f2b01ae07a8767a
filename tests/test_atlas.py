"""peuplement:atlas on the sample territory: one PDF page per QPV (per commune), counted
by poppler's pdfinfo against the features counted with plain GDAL; the first page renders
to a non-blank image; each page's key figures are those computed here with GDAL; a
cancelled run leaves no file. And core.atlas on hand-computed cases."""

import math
import xml.etree.ElementTree as ET
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from osgeo import ogr

from conftest import ROOT
from peuplement_plugin.core import atlas
from test_qgis_process import profile, qgis_process  # noqa: F401 (a fixture)

ALG = "peuplement:atlas"
POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdftoppm", "pdftotext"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed (scripts/install_deps.sh)")


# ----------------------------------------------------------------------------------
# core.atlas, by hand


def _frame():
    # four units: A and B published, C masked (secret), D with an unknown share
    return pd.DataFrame({
        "part_apl": [50.0, 20.0, None, None],
        "n_apl": [20, 30, None, 15],
        "nb_menages": [20, 40, None, 15],
        "nb_logements": [25, 45, 8, 20],
        "secret": [False, False, True, False],
    })


def test_ratio_of_sums_weighs_by_the_share_denominator():
    frame = _frame()
    value, weight = atlas.ratio_of_sums(frame, "part_apl")
    # (50 × 20 + 20 × 30) / (20 + 30) = 1600 / 50 = 32, not the mean of the rates (35)
    assert value == pytest.approx(32.0)
    assert weight == 50


def test_key_figures_of_a_page_and_of_the_territory():
    frame = _frame()
    rows = {key: (page, total) for key, page, total in atlas.key_figures(frame, "part_apl", [True, False, True, True])}
    assert rows[atlas.UNITS] == (3, 4)
    assert rows[atlas.MASKED] == (2, 2)           # C (secret) and D (NULL)
    assert rows[atlas.HOUSEHOLDS] == (20, 60)     # published units only: A; A + B
    assert rows[atlas.DWELLINGS] == (25, 70)
    assert rows[atlas.INDICATOR][0] == pytest.approx(50.0)
    assert rows[atlas.INDICATOR][1] == pytest.approx(32.0)


def test_a_threshold_above_the_layers_masks_the_small_units_too():
    # threshold 30: A (20 households) and D (15) masked as well as C (secret); B (40) alone published
    frame = _frame()
    rows = {key: (page, total) for key, page, total in
            atlas.key_figures(frame, "part_apl", [True, False, True, True], threshold=30)}
    assert rows[atlas.UNITS] == (3, 4)
    assert rows[atlas.MASKED] == (3, 3)
    assert math.isnan(rows[atlas.HOUSEHOLDS][0]) and rows[atlas.HOUSEHOLDS][1] == 40
    assert math.isnan(rows[atlas.DWELLINGS][0]) and rows[atlas.DWELLINGS][1] == 45
    assert math.isnan(rows[atlas.INDICATOR][0])
    assert rows[atlas.INDICATOR][1] == pytest.approx(20.0)
    # a unit of 0 households describes nobody: not masked
    assert list(atlas.masked(pd.DataFrame({"x": [1.0, 1.0], "nb_menages": [0, 5]}), "x", 11)) == [False, True]


def test_a_page_under_the_secret_threshold_shows_no_indicator():
    frame = pd.DataFrame({"part_apl": [50.0], "n_apl": [8], "nb_menages": [8], "secret": [False]})
    assert math.isnan(atlas.ratio_of_sums(frame, "part_apl", threshold=11)[0])
    assert atlas.ratio_of_sums(frame, "part_apl", threshold=5)[0] == pytest.approx(50.0)


def test_vacancy_weighs_by_the_dwellings_offered():
    frame = pd.DataFrame({"tx_vacance": [10.0, 0.0], "nb_loues": [9, 30], "nb_vacants": [1, 0],
                          "nb_logements": [12, 30]})
    assert atlas.weight_columns(frame.columns, "tx_vacance") == ["nb_loues", "nb_vacants"]
    assert atlas.ratio_of_sums(frame, "tx_vacance", threshold=0)[0] == pytest.approx(100 * 1 / 40)


def test_class_breaks_are_quantiles_without_repeats():
    assert atlas.class_breaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) == pytest.approx([1, 2.8, 4.6, 6.4, 8.2, 10])
    assert atlas.class_breaks([3, 3, 3], 5) == [3, 3]
    assert atlas.class_breaks([None, None], 5) == []


# ----------------------------------------------------------------------------------
# the algorithm on the sample territory


@pytest.fixture(scope="module")
def occupation(provider, territoire, tmp_path_factory):
    """indicateurs_occupation of OPS 2024 per îlot (the secret at its default, 11)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = tmp_path_factory.mktemp("atlas") / "occupation.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("peuplement:indicateurs_occupation", {
        "MENAGES": territoire.path("ops_2024.csv"), "LOGEMENTS": territoire.path("rpls_2024.csv"), "LEVEL": 3,
        "UNITS": territoire.layer("ilots"), "UNIT_ID": "ilot_id", "BATIMENTS": territoire.layer("batiments"),
        "OUTPUT": str(out)}, context=context, feedback=QgsProcessingFeedback())
    return str(out)


def _features(path, layer=None):
    dataset = ogr.Open(str(path))
    lyr = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    rows = []
    for feature in lyr:
        rows.append((feature.items(), feature.GetGeometryRef().Clone()))
    return rows


def _pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _page_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _after(line, label):
    """The words after ``label`` on a line of the page (a legend entry may share the line)."""
    return line.split(label, 1)[1].split()


def _not_blank(pdf, tmp_path):
    from qgis.PyQt.QtGui import QImage

    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    image = QImage(str(png))
    assert not image.isNull()
    colours, inked = set(), 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            inked += rgb != 0xFFFFFF
    samples = (image.height() // 2) * (image.width() // 2)
    return len(colours), inked / samples


def _atlas(run, occupation, territoire, layer, kind, out, field="part_rev_inf_40"):
    return run(ALG, {"INPUT": occupation, "FIELD": field, "COVERAGE": territoire.layer(layer), "COVERAGE_KIND": kind,
                     "SOURCE": "RPLS 2024, OPS 2024", "MILLESIME": "2024", "OUTPUT": str(out)})


@needs_poppler
def test_qpv_atlas_has_one_page_per_qpv_with_its_key_figures(run, occupation, territoire, tmp_path):
    from qgis.PyQt.QtCore import QLocale

    out = tmp_path / "atlas_qpv.pdf"
    results, _ = _atlas(run, occupation, territoire, "qpv", 0, out)
    assert results["OUTPUT"] == str(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas_qpv.pdf"]   # no temporary left
    qpv = _features(Path(territoire.path("territoire.gpkg")), "qpv")
    assert len(qpv) == 3
    assert _pages(out) == len(qpv)

    colours, inked = _not_blank(out, tmp_path)
    assert colours > 8 and inked > 0.05

    # Key figures, computed here with GDAL: a unit is on a page when a point inside it is
    # in the QPV; households summed over the published units.
    units = _features(occupation)
    published = [(items, geometry) for items, geometry in units
                 if not items["secret"] and items["part_rev_inf_40"] is not None]
    locale = QLocale()
    total = sum(items["nb_menages"] for items, _ in published)
    whole = sum(u["part_rev_inf_40"] * u["n_rev_inf_40"] for u, _ in published) / sum(
        u["n_rev_inf_40"] for u, _ in published)
    texts = [_page_text(out, page) for page in range(1, len(qpv) + 1)]
    # the indicator is named by its alias in the plugin's style of indicateurs_occupation
    label = next(e.get("name") for e in ET.parse(str(ROOT / "styles" / "indicateurs_occupation.qml")).iter("alias")
                 if e.get("field") == "part_rev_inf_40")
    assert texts[0].splitlines()[1].startswith(label + " — ")
    for items, polygon in qpv:
        # the title: the QPV's name, its code beside it
        page = [text for text in texts
                if text.splitlines()[0].strip() == "{} ({})".format(items["nom"], items["code_qpv"])]
        assert len(page) == 1, items["nom"]
        inside = [u for u, g in published if g.PointOnSurface().Within(polygon)]
        households = sum(u["nb_menages"] for u in inside)
        assert inside, items["nom"]
        line = next(line for line in page[0].splitlines() if " Households " in line + " ")
        assert _after(line, "Households") == [locale.toString(households), locale.toString(total)], line
        share = sum(u["part_rev_inf_40"] * u["n_rev_inf_40"] for u in inside) / sum(u["n_rev_inf_40"] for u in inside)
        # the next row is the indicator's (its long label may wrap around its figures)
        lines = page[0].splitlines()
        after = lines[lines.index(line) + 1:]
        figures = next(row.split()[-2:] for row in after
                       if len(row.split()) >= 2 and all(re.fullmatch(r"[\d.,\u00a0]+", t) for t in row.split()[-2:]))
        assert figures == [locale.toString(share, "f", 1), locale.toString(whole, "f", 1)], figures
        assert label.split()[0] in "".join(after[:3])
        assert "secret statistique" in page[0].lower()
        assert "RPLS 2024, OPS 2024" in page[0] and "2024" in page[0]


@needs_poppler
def test_commune_atlas_has_one_page_per_commune(run, occupation, territoire, tmp_path):
    out = tmp_path / "atlas_communes.pdf"
    _atlas(run, occupation, territoire, "communes", 1, out, field="part_apl")
    communes = _features(Path(territoire.path("territoire.gpkg")), "communes")
    assert _pages(out) == len(communes) == 5
    names = {"{} ({})".format(items["nom"], items["depcom"]) for items, _ in communes}
    titles = {_page_text(out, page).splitlines()[0].strip() for page in range(1, 6)}
    assert titles == names


def test_masked_units_have_their_legend_entry(provider):
    from qgis.PyQt.QtCore import QLocale

    from peuplement_plugin.processing.algorithms.atlas import Atlas

    renderer = Atlas()._renderer("part_apl", [0.0, 10.0, 20.0], True)
    rules = renderer.rootRule().children()
    assert rules[0].label() == "secret statistique"
    assert rules[0].filterExpression() == 'coalesce("secret", false) OR "part_apl" IS NULL'
    number = QLocale().toString
    assert [r.label() for r in rules[1:]] == ["{} – {}".format(number(0.0, "f", 1), number(10.0, "f", 1)),
                                              "{} – {}".format(number(10.0, "f", 1), number(20.0, "f", 1))]
    # a masked unit falls in no class: every class rule excludes the masked ones
    assert all(r.filterExpression().startswith('NOT (coalesce("secret", false) OR "part_apl" IS NULL)')
               for r in rules[1:])


def test_units_under_the_atlas_threshold_are_hatched(provider):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from peuplement_plugin.bridge.fieldtypes import FieldType

    from peuplement_plugin.processing.algorithms.atlas import Atlas

    renderer = Atlas()._renderer("part_apl", [0.0, 10.0, 20.0], True, 30)
    rules = renderer.rootRule().children()
    fields = QgsFields()
    for name, kind in (("part_apl", FieldType.Double), ("secret", FieldType.Bool), ("nb_menages", FieldType.Int)):
        fields.append(QgsField(name, kind))

    def matching(households):
        feature = QgsFeature(fields)
        feature.setAttributes([5.0, False, households])
        context = QgsExpressionContext()
        context.setFeature(feature)
        return [i for i, rule in enumerate(rules) if QgsExpression(rule.filterExpression()).evaluate(context)]

    assert matching(29) == [0]      # 1 to 29 households: hatched only
    assert matching(30) == [1]      # published: its class only
    assert matching(0) == [1]       # nobody described: not secret
    assert matching(None) == [1]    # unknown count: the layer's own flag decides


def test_cancelled_atlas_leaves_no_file(provider, occupation, territoire, tmp_path):
    from test_outputs_atomic import CancelAfter, _run

    step = 1
    while True:
        out = tmp_path / "sorties_{}".format(step)
        out.mkdir()
        feedback = CancelAfter(step)
        _run(ALG, {"INPUT": occupation, "FIELD": "part_apl", "COVERAGE": territoire.layer("communes"),
                   "COVERAGE_KIND": 1, "OUTPUT": str(out / "atlas.pdf")}, feedback)
        if not feedback.isCanceled():
            assert [p.name for p in out.iterdir()] == ["atlas.pdf"]
            assert step > 4   # cancelled before, and during the export of the pages
            break
        assert list(out.iterdir()) == [], (step, list(out.iterdir()))
        step += 1
        assert step < 200


@needs_poppler
def test_output_without_suffix(run, occupation, territoire, tmp_path):
    """OUTPUT without .pdf: the result names the file actually written, and no temporary is left."""
    out = tmp_path / "atlas_sans_suffixe"
    results, _ = _atlas(run, occupation, territoire, "qpv", 0, out)
    written = [p.name for p in tmp_path.iterdir()]
    assert len(written) == 1, written
    assert results["OUTPUT"] == str(tmp_path / written[0])
    assert _pages(results["OUTPUT"]) == 3


def test_unknown_field_is_a_clean_error(run, occupation, territoire, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        _atlas(run, occupation, territoire, "qpv", 0, tmp_path / "a.pdf", field="pas_un_champ")
    assert not list(tmp_path.iterdir())


@needs_poppler
def test_atlas_runs_under_qgis_process(profile, occupation, territoire, tmp_path):
    """The installed zip, headless, as a batch would run it: one page per QPV."""
    env, _ = profile
    out = tmp_path / "atlas.pdf"
    result = qgis_process(env, tmp_path, "run", ALG, "--", "INPUT={}".format(occupation), "FIELD=part_apl",
                          "COVERAGE={}".format(territoire.layer("qpv")), "COVERAGE_KIND=0", "MILLESIME=2024",
                          "OUTPUT={}".format(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert _pages(out) == len(_features(Path(territoire.path("territoire.gpkg")), "qpv"))


@needs_poppler
def test_pages_in_another_crs_give_the_same_figures(run, occupation, territoire, tmp_path):
    """QPV in WGS 84, units in Lambert-93: the same pages with the same key figures."""
    wgs84 = tmp_path / "qpv_wgs84.gpkg"
    run("native:reprojectlayer", {"INPUT": territoire.layer("qpv"), "TARGET_CRS": "EPSG:4326",
                                  "OUTPUT": str(wgs84)})
    from qgis.core import QgsVectorLayer
    assert QgsVectorLayer(str(wgs84), "qpv", "ogr").crs().authid() == "EPSG:4326"
    same = tmp_path / "lambert.pdf"
    other = tmp_path / "wgs84.pdf"
    _atlas(run, occupation, territoire, "qpv", 0, same)
    run(ALG, {"INPUT": occupation, "FIELD": "part_rev_inf_40", "COVERAGE": str(wgs84),
              "COVERAGE_KIND": 0, "SOURCE": "RPLS 2024, OPS 2024", "MILLESIME": "2024", "OUTPUT": str(other)})
    assert _pages(other) == _pages(same) == 3
    for page in (1, 2, 3):
        table = [line for line in _page_text(same, page).splitlines() if "Households" in line or "Units" in line]
        assert table and table == [line for line in _page_text(other, page).splitlines()
                                   if "Households" in line or "Units" in line]


@needs_poppler
@pytest.mark.parametrize("threshold", [1000, 60])
def test_own_template_and_threshold(run, occupation, territoire, tmp_path, threshold):
    """TEMPLATE: the plugin's page made A3 is used as given; SECRET_THRESHOLD higher than the
    layer's (11): a unit of 1 to threshold - 1 households is masked too (neither its households
    nor its indicator enter a page's or the EPCI's figures; at 1000 every îlot of the sample
    is), and a figure resting on fewer than threshold households is secret. Expected figures
    computed here with GDAL."""
    from qgis.PyQt.QtCore import QLocale

    from conftest import ROOT as root

    text = (root / "resources" / "layouts" / "atlas_qpv.qpt").read_text(encoding="utf-8")
    assert text.count('size="210,297,mm"') == 1
    a3 = tmp_path / "a3.qpt"
    a3.write_text(text.replace('size="210,297,mm"', 'size="297,420,mm"'), encoding="utf-8")
    out = tmp_path / "a3.pdf"
    run(ALG, {"INPUT": occupation, "FIELD": "part_rev_inf_40", "COVERAGE": territoire.layer("qpv"),
              "COVERAGE_KIND": 0, "TEMPLATE": str(a3), "SECRET_THRESHOLD": threshold, "OUTPUT": str(out)})
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+841\.89 x 1190\.55 pts|Page size:\s+842 x 1191 pts", info), info

    def published(items):
        households = items["nb_menages"]
        return (not items["secret"] and items["part_rev_inf_40"] is not None
                and not (households is not None and 0 < households < threshold))

    units = _features(occupation)
    locale = QLocale()

    def expected(inside):
        if not inside:
            return "—", "secret"
        households = sum(u["nb_menages"] for u in inside)
        if households < threshold:
            return locale.toString(households), "secret"
        share = sum(u["part_rev_inf_40"] * u["n_rev_inf_40"] for u in inside) / sum(
            u["n_rev_inf_40"] for u in inside)
        return locale.toString(households), locale.toString(share, "f", 1)

    whole = expected([u for u, _ in units if published(u)])
    masked_total = len([u for u, _ in units if not published(u)])
    qpv = _features(Path(territoire.path("territoire.gpkg")), "qpv")
    texts = [_page_text(out, page) for page in range(1, 4)]
    shown = []
    for items, polygon in qpv:
        title = "{} ({})".format(items["nom"], items["code_qpv"])  # the name, the code beside it
        lines = [line for line in next(t for t in texts if t.splitlines()[0].strip() == title).splitlines()
                 if line.strip()]
        mention = " ".join(lines)
        assert "fewer than {} households".format(threshold) in mention or \
            "fewer than {:,} households".format(threshold) in mention
        in_page = [u for u, g in units if g.PointOnSurface().Within(polygon)]
        page = expected([u for u in in_page if published(u)])
        row = next(line for line in lines if " Households " in line + " ")
        assert _after(row, "Households") == [page[0], whole[0]], row
        # the next row is the indicator's (its long label may wrap around its figures)
        figures = next(line.split()[-2:] for line in lines[lines.index(row) + 1:]
                       if len(line.split()) >= 2 and all(re.fullmatch(r"[\d.,\u00a0]+|secret", t)
                                                         for t in line.split()[-2:]))
        assert figures == [page[1], whole[1]], figures
        masked_row = next(line for line in lines if "of which masked" in line)
        assert _after(masked_row, "(secret)")[:2] == [
            locale.toString(len([u for u in in_page if not published(u)])), locale.toString(masked_total)], masked_row
        shown.append(page[1] != "secret")
    # at 1000 every îlot is masked; at 60 some pages show their indicator
    assert any(shown) == (threshold == 60) and whole[1] == ("secret" if threshold == 1000 else whole[1])


def test_template_without_its_table_is_a_clean_error(run, occupation, territoire, tmp_path):
    from qgis.core import QgsProcessingException

    from conftest import ROOT as root

    text = (root / "resources" / "layouts" / "atlas_qpv.qpt").read_text(encoding="utf-8")
    assert text.count('id="chiffres_cles"') == 1
    broken = tmp_path / "sans_tableau.qpt"
    broken.write_text(text.replace('id="chiffres_cles"', 'id="autre_chose"'), encoding="utf-8")
    out = tmp_path / "sorties"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="chiffres_cles"):
        run(ALG, {"INPUT": occupation, "FIELD": "part_apl", "COVERAGE": territoire.layer("qpv"), "COVERAGE_KIND": 0,
                  "TEMPLATE": str(broken), "OUTPUT": str(out / "atlas.pdf")})
    assert list(out.iterdir()) == []


def test_one_denominator_lookup_for_the_atlas_and_the_fragility_index():
    """core.denominators: the rotation and mobility rates weigh by the flux's dwelling-years,
    anciennete_moy by whichever of its recorded denominators the layer carries."""
    from peuplement_plugin.core import fragilite

    assert atlas.weight_columns(["tx_rotation", "logements_annees", "nb_menages"], "tx_rotation") == \
        ["logements_annees"]
    assert atlas.weight_columns(["tx_mobilite", "logements_un_an_annees", "nb_menages"], "tx_mobilite") == \
        ["logements_un_an_annees"]
    assert atlas.weight_columns(["anciennete_moy", "n_emmenages_recents", "nb_menages"], "anciennete_moy") == \
        ["n_emmenages_recents"]
    assert atlas.weight_columns(["anciennete_moy", "n_anciennete", "nb_menages"], "anciennete_moy") == \
        ["n_anciennete"]
    assert atlas.weight_columns(["part_apl", "n_apl", "nb_menages"], "part_apl") == ["n_apl"]
    assert atlas.weight_columns(["tx_rotation", "nb_menages"], "tx_rotation") == ["nb_menages"]
    # rotation: (10 × 50 + 30 × 150) / 200 = 25 by dwelling-years, not (10 × 40 + 30 × 20) / 60 = 16.7
    frame = pd.DataFrame({"tx_rotation": [10.0, 30.0], "logements_annees": [50.0, 150.0],
                          "nb_menages": [40, 20]})
    weights, how = fragilite.reference_base(frame, "tx_rotation", "nb_menages")
    assert list(weights) == [50.0, 150.0] and "logements_annees" in how
    assert atlas.ratio_of_sums(frame, "tx_rotation", threshold=11)[0] == pytest.approx(25.0)
