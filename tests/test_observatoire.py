"""peuplement:observatoire on the sample territory (6,000 dwellings), run once for the
module: the layers of the GeoPackage, their default styles read with plain GDAL, the
secret, the report's figures against the GeoPackage, and the Graphical Modeler model of
the same chain run from qgis_process.bin on the packaged plugin."""

import csv
import html
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

import pytest
from osgeo import ogr

import test_qgis_process
from conftest import ROOT
from scripts.provenance import written_by
from test_qgis_process import QGIS_PROCESS, qgis_process

profile = test_qgis_process.profile  # the module fixture: a QGIS profile with the packaged plugin

ALG = "peuplement:observatoire"
LEVELS = ("batiment", "ilot", "iris", "qpv", "commune", "epci")
MILLESIMES = ("2020", "2022", "2024")


def expected_tables():
    """The publication, written out from the issue: reports of the imports, stock and
    occupancy of every millésime at every level, evolution of the last two, flows,
    objectives, fragility and fragile sectors; nothing at household level."""
    tables = {"rapport_" + n for n in ("logements", "attributions", "departs", "demandes")}
    tables |= {"rapport_menages_" + m for m in MILLESIMES}
    for level in LEVELS:
        tables |= {"parc_" + level, "evolution_" + level}
        if level != "batiment":   # flows of a building describe a handful of households
            tables.add("flux_" + level)
        tables |= {"occupation_{}_{}".format(m, level) for m in MILLESIMES}
    tables |= {"flux_lignes", "flux_od", "flux_motifs", "flux_series_qpv"}
    tables |= {"objectifs_epci", "objectifs_commune", "objectifs_qpv", "objectifs_seuils", "pression_demande"}
    tables |= {"fragilite_ilot", "secteurs_fragiles_hors_qpv"}
    return tables


def parameters(territoire, out):
    gpkg = territoire.path("territoire.gpkg")
    return {
        "LOGEMENTS": territoire.path("rpls_2024.csv"),
        # in any order: the millésime is read in each table
        "MENAGES": [territoire.path("ops_2022.csv"), territoire.path("ops_2024.csv"), territoire.path("ops_2020.csv")],
        "ATTRIBUTIONS": territoire.path("attributions_2021_2024.csv"),
        "DEPARTS": territoire.path("departs_2021_2024.csv"),
        "DEMANDES": territoire.path("demandes_2024.csv"),
        "ILOTS": gpkg + "|layername=ilots", "BATIMENTS": gpkg + "|layername=batiments",
        "QPV": gpkg + "|layername=qpv", "IRIS": gpkg + "|layername=iris",
        "COMMUNES": gpkg + "|layername=communes", "EPCI": gpkg + "|layername=epci",
        "OUTPUT_GPKG": str(out / "observatoire.gpkg"), "OUTPUT_REPORT": str(out / "rapport.html"),
    }


def run_observatoire(params, feedback=None, context=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run(ALG, params, context=context, feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="module")
def observatoire(provider, territoire, tmp_path_factory):
    from qgis.core import QgsProcessingContext, QgsProject

    out = tmp_path_factory.mktemp("observatoire")
    params = parameters(territoire, out)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = run_observatoire(params, context=context)
    results["_to_load"] = sorted(context.layersToLoadOnCompletion())
    results["_styled_on_load"] = sorted(key for key in results["_to_load"]
                                        if context.layerToLoadOnCompletionDetails(key).postProcessor() is not None)
    return results, out


def tables_of(path):
    dataset = ogr.Open(str(path))
    return {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())}


def rows(path, table):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(table)
    found = [dict(f.items(), fid=f.GetFID()) for f in layer]
    dataset = None
    return found


def test_layers_of_the_publication(observatoire):
    results, out = observatoire
    gpkg = out / "observatoire.gpkg"
    assert results["OUTPUT_GPKG"] == str(gpkg)
    assert sorted(os.listdir(out)) == ["observatoire.gpkg", "rapport.html"]   # no temporary left
    assert tables_of(gpkg) - {"layer_styles"} == expected_tables()
    # in QGIS a few key layers of the final file open at the end
    assert results["_to_load"] == sorted("{}|layername={}".format(gpkg, t) for t in (
        "parc_qpv", "parc_ilot", "occupation_2024_ilot", "fragilite_ilot", "secteurs_fragiles_hors_qpv"))


def test_every_layer_has_a_default_style(observatoire):
    _, out = observatoire
    dataset = ogr.Open(str(out / "observatoire.gpkg"))
    styles = dataset.ExecuteSQL("SELECT f_table_name, styleQML, useAsDefault FROM layer_styles")
    defaults = {}
    for feature in styles:
        if feature.GetField("useAsDefault"):
            defaults[feature.GetField("f_table_name")] = feature.GetField("styleQML")
    dataset.ReleaseResultSet(styles)
    names = tables_of(out / "observatoire.gpkg") - {"layer_styles"}
    assert set(defaults) == names
    for name, qml in defaults.items():
        root = ElementTree.fromstring(qml)
        assert root.tag == "qgis", name
    # the indicator layers carry the plugin's renderers, not QGIS's default single symbol
    for name in ("parc_ilot", "occupation_2024_qpv", "fragilite_ilot", "evolution_ilot"):
        renderer = ElementTree.fromstring(defaults[name]).find("renderer-v2")
        assert renderer is not None and renderer.get("type") != "singleSymbol", name


def test_key_layers_open_styled_in_qgis(observatoire):
    """Processing loads layers without their default style: each key layer opened at the
    end of the run (from the dialog) has a style loader (issue 19)."""
    results, _out = observatoire
    assert len(results["_to_load"]) == 5
    assert results["_styled_on_load"] == results["_to_load"]


def test_totals_from_the_raw_files(observatoire, territoire):
    """Counts of the GeoPackage against the raw CSV files, counted here."""
    _, out = observatoire
    gpkg = out / "observatoire.gpkg"
    with open(territoire.path("rpls_2024.csv"), encoding="utf-8") as handle:
        dwellings = sum(1 for _ in csv.DictReader(handle, delimiter=";"))
    assert [r["nb_logements"] for r in rows(gpkg, "parc_epci")] == [dwellings]
    assert sum(r["nb_logements"] for r in rows(gpkg, "parc_qpv")) == dwellings
    assert sum(r["nb_logements"] for r in rows(gpkg, "parc_commune")) == dwellings
    with open(territoire.path("departs_2021_2024.csv"), encoding="utf-8") as handle:
        departures = sum(1 for _ in csv.DictReader(handle, delimiter=";"))
    assert [r["nb_sortants"] for r in rows(gpkg, "flux_epci")] == [departures]


def test_shares_are_masked_under_the_secret(observatoire):
    _, out = observatoire
    gpkg = out / "observatoire.gpkg"
    checked = 0
    for millesime in MILLESIMES:
        for level in ("batiment", "ilot"):
            for row in rows(gpkg, "occupation_{}_{}".format(millesime, level)):
                households = row["nb_menages"]
                if households is None:   # the count itself is masked under the threshold
                    checked += 1
                    assert row["secret"]
                    assert all(row[k] is None for k in row if k.startswith("part_")), row
                else:
                    assert households == 0 or households >= 11, row
                    if households == 0:
                        assert all(row[k] is None for k in row if k.startswith("part_")), row
                # a share is never computed on fewer than 11 households
                for name, value in row.items():
                    if name.startswith("part_") and value is not None:
                        denominator = row.get("n_" + name[len("part_"):])
                        if denominator is not None:
                            assert denominator >= 11, (name, row)
    assert checked > 0   # the territory has small buildings: the rule was exercised


class Cells(HTMLParser):
    """The report's figure cells: (table, key field, key, field, text shown)."""

    def __init__(self):
        super().__init__()
        self.cells, self.current, self.svgs, self.sectors = [], None, 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "td" and "data-table" in attrs:
            self.current = [attrs["data-table"], attrs["data-key-field"], attrs["data-key"], attrs["data-field"], ""]
        if tag == "svg" and attrs.get("class") == "carte-secteur":
            self.svgs += 1
        if tag == "html":
            self.group, self.decimal = attrs.get("data-group", "\u202f"), attrs.get("data-decimal", ",")

    def handle_data(self, data):
        if self.current is not None:
            self.current[4] += data

    def handle_endtag(self, tag):
        if tag == "td" and self.current is not None:
            self.cells.append(tuple(self.current))
            self.current = None


def _decimals(text, decimal=","):
    return len(text.split(decimal)[1]) if decimal in text else 0


def test_report_figures_are_the_geopackage_values(observatoire):
    _, out = observatoire
    gpkg = out / "observatoire.gpkg"
    document = (out / "rapport.html").read_text(encoding="utf-8")
    assert "<script" not in document and "src=" not in document   # self-contained
    parser = Cells()
    parser.feed(document)
    assert len(parser.cells) > 100
    cache = {}
    seen_tables = set()
    masked = 0
    for table, key_field, key, field, text in parser.cells:
        if table not in cache:
            cache[table] = rows(gpkg, table)
        matching = [r for r in cache[table] if str(r[key_field]) == key]
        assert len(matching) == 1, (table, key_field, key)
        value = matching[0][field]
        seen_tables.add(table)
        if text == "s":
            masked += 1
            assert value is None, (table, key, field)
            continue
        # the numbers are written in the separators the document states (the user's locale)
        shown = float(html.unescape(text).replace(parser.group, "").replace(parser.decimal, "."))
        assert value is not None, (table, key, field)
        assert shown == pytest.approx(round(float(value), _decimals(text, parser.decimal)), abs=1e-9), (table, key, field, text, value)
    # every part of the report is read from its layer
    for table in ("parc_qpv", "parc_epci", "occupation_2024_qpv", "evolution_qpv", "flux_qpv", "flux_epci",
                  "objectifs_epci", "pression_demande", "secteurs_fragiles_hors_qpv"):
        assert table in seen_tables, table
    # the demand pressure: every row of the layer, its three figures (domain.md 5.9)
    pressure = rows(gpkg, "pression_demande")
    assert pressure and {"epci", "commune", "typologie", "mutation"} <= {r["echelle"] for r in pressure}
    assert {(key, field) for table, _, key, field, _ in parser.cells if table == "pression_demande"} == \
        {(str(r["fid"]), field) for r in pressure for field in ("nb_demandes", "nb_attributions", "tension")}
    # the key figures list every QPV, hors QPV and the EPCI
    shown_units = {key for table, _, key, _, _ in parser.cells if table == "parc_qpv"}
    assert shown_units == {r["code_qpv"] for r in rows(gpkg, "parc_qpv")}
    assert "hors QPV" in shown_units
    # the QPV and the EPCI by their names, the code beside them; the territory's map, the
    # charts of the objectives and of the evolutions, the contents list
    for row in rows(gpkg, "parc_qpv"):
        if row["code_qpv"] != "hors QPV":
            assert row["nom"] and "<th>{} ({})</th>".format(html.escape(row["nom"]), row["code_qpv"]) in document
    for row in rows(gpkg, "parc_epci"):
        assert row["nom"] and "<th>{} ({})</th>".format(html.escape(row["nom"]), row["code_epci"]) in document
    assert document.count('class="carte-territoire"') == 1 and '<nav class="sommaire">' in document
    objectives = {r["objectif"] for r in rows(gpkg, "objectifs_epci")}
    assert document.count('<svg xmlns="http://www.w3.org/2000/svg" class="graphique"') == len(objectives) + 2
    # a small map per fragile sector
    sectors = rows(gpkg, "secteurs_fragiles_hors_qpv")
    assert sectors and parser.svgs == len(sectors)
    assert {key for table, _, key, _, _ in parser.cells if table == "secteurs_fragiles_hors_qpv"} == \
        {r["secteur_id"] for r in sectors}


def test_planted_sector_is_in_the_publication(observatoire, territoire):
    _, out = observatoire
    planted = set(territoire.meta["secteur_fragile_planté"]["ilot_ids"])
    sectors = rows(out / "observatoire.gpkg", "secteurs_fragiles_hors_qpv")
    found = [s for s in sectors if set(s["unites"].split(", ")) & planted]
    assert len(found) == 1 and found[0]["significatif"]
    # issue 16, under the chain's default parameters: the planted sector comes first, and a
    # one-unit sector near a QPV (within FRINGE, 300 m) is a fringe of it, never significant.
    assert found[0]["secteur_id"] == "S01"
    for s in sectors:
        if s["nb_unites"] == 1 and s["distance_qpv_m"] <= 300:
            assert s["frange_qpv"] and not s["significatif"], s["unites"]


def test_two_tables_of_one_millesime_are_refused(provider, territoire, tmp_path):
    from qgis.core import QgsProcessingException

    params = parameters(territoire, tmp_path)
    params["MENAGES"] = [territoire.path("ops_2024.csv"), territoire.path("ops_2024.csv")]
    with pytest.raises(QgsProcessingException, match="2024"):
        run_observatoire(params)
    assert os.listdir(tmp_path) == []


# ----------------------------------------------------------------------------------
# the Graphical Modeler model


def _canonical(element):
    return (element.tag, tuple(sorted(element.attrib.items())), tuple(_canonical(c) for c in element))


def _model_meaning(path):
    """What the Modeler sees in a .model3: it loads and validates; its parameters (name,
    type, default, optional), its outputs, and per child its algorithm and where each of
    its inputs comes from."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingParameterDefinition

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    valid, issues = model.validate()
    assert valid, issues
    # (the same for the destination parameters of the outputs)
    parameters = {p.name().split(":")[-1]: (p.type(), repr(p.defaultValue()),
                             bool(p.flags() & QgsProcessingParameterDefinition.FlagOptional))
                  for p in model.parameterDefinitions()}
    # QGIS 3.22 names a model output "child:output", later QGIS "output" alone: the same output
    outputs = {o.name().split(":")[-1]: o.type() for o in model.outputDefinitions()}
    children = {}
    for child_id, child in model.childAlgorithms().items():
        sources = {name: sorted((s.source(), s.parameterName(), s.outputChildId(), s.outputName(),
                                 repr(s.staticValue())) for s in values)
                   for name, values in child.parameterSources().items()}
        children[child_id] = (child.algorithmId(), sorted(child.dependencies()) if hasattr(child, "dependencies")
                              else None, sources)
    return {"parameters": parameters, "outputs": outputs, "children": children}


def test_model_file_is_built_from_the_chain(provider, tmp_path):
    """The shipped .model3 is what scripts/build_model.py makes of the chain today: the
    same XML when the running QGIS wrote it (its version is stamped in the file), the same
    model for the Modeler under any other QGIS, which writes it in its own XML form."""
    from qgis.core import Qgis

    built = tmp_path / "observatoire.model3"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_model.py"), "--out", str(built)], check=True,
                   capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    shipped = ROOT / "peuplement_plugin" / "models" / "observatoire.model3"
    written = written_by(shipped.read_text(encoding="utf-8"))
    assert written is not None, "run `make model`: the model has no QGIS stamp"
    assert written_by(built.read_text(encoding="utf-8")) == Qgis.QGIS_VERSION_INT
    now, then = _model_meaning(built), _model_meaning(shipped)
    changed = {(part, key): (then[part].get(key), now[part].get(key)) for part in now
               for key in set(now[part]) | set(then[part]) if now[part].get(key) != then[part].get(key)}
    assert changed == {}, "run `make model` (on QGIS {})".format(written)
    if written == Qgis.QGIS_VERSION_INT:
        assert _canonical(ElementTree.parse(str(built)).getroot()) == \
            _canonical(ElementTree.parse(str(shipped)).getroot())


def test_model_meaning_sees_a_rewired_input(provider, tmp_path):
    """The comparison by meaning is not blind: a child fed by another output differs."""
    shipped = (ROOT / "peuplement_plugin" / "models" / "observatoire.model3").read_text(encoding="utf-8")
    # the fragility of the îlots computed from the IRIS stock instead of the îlot stock
    rewired = shipped.replace('value="parc_ilot" name="child_id"', 'value="parc_iris" name="child_id"', 1)
    assert rewired != shipped
    path = tmp_path / "observatoire.model3"
    path.write_text(rewired, encoding="utf-8")
    assert _model_meaning(path)["children"] != \
        _model_meaning(ROOT / "peuplement_plugin" / "models" / "observatoire.model3")["children"]


def test_model_opens_and_is_valid(provider):
    """The model loads as the Modeler would load it: every child algorithm is found and
    every input it needs is wired."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(ROOT / "peuplement_plugin" / "models" / "observatoire.model3"))
    valid, issues = model.validate()
    assert valid, issues
    children = model.childAlgorithms()
    assert all(child.algorithm() is not None for child in children.values())
    assert {"import_logements", "parc_ilot", "occupation_3_epci", "evolution_qpv", "flux_qpv", "objectifs_epci",
            "fragilite_ilot", "secteurs_fragiles_hors_qpv"} <= set(children)
    # domain.md 5.2: the objectives take one stock of demandes per year (the earlier years'
    # tables, optional, and the latest one, imported); the flows the latest one only
    from qgis.core import QgsProcessingModelChildParameterSource as Source
    sources = children["objectifs_epci"].parameterSources()["DEMANDES"]
    assert {s.parameterName() for s in sources if s.source() == Source.ModelParameter} == {"DEMANDES_ANTERIEURES"}
    assert {s.outputChildId() for s in sources if s.source() == Source.ChildOutput} == {"import_demandes"}
    assert [s.outputChildId() for s in children["flux_qpv"].parameterSources()["DEMANDES"]] == ["import_demandes"]
    assert model.parameterDefinition("DEMANDES_ANTERIEURES").flags() & \
        model.parameterDefinition("DEMANDES_ANTERIEURES").FlagOptional


def _model_table(output):
    """Table of a model output: the model numbers its three millésimes 1, 2, 3."""
    found = re.match(r"(occupation|rapport_menages)_(\d)(.*)$", output)
    if found:
        return "{}_{}{}".format(found.group(1), MILLESIMES[int(found.group(2)) - 1], found.group(3))
    return output


def _same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")
def test_model_from_qgis_process_gives_the_same_layers(observatoire, profile, territoire, tmp_path):
    env, config = profile
    model = (config / "profiles" / "default" / "python" / "plugins" / "peuplement" / "peuplement_plugin" / "models"
             / "observatoire.model3")
    assert model.is_file()   # shipped in the zip
    helped = qgis_process(env, tmp_path, "help", str(model))
    assert helped.returncode == 0, helped.stdout + helped.stderr
    outputs = re.findall(r"^(\S+:\S+): \S+\n\tArgument type:\tsink", helped.stdout, re.M)
    assert len(outputs) == len(expected_tables())
    gpkg = tmp_path / "modele.gpkg"
    layers = territoire.path("territoire.gpkg") + "|layername="
    arguments = ["LOGEMENTS=" + territoire.path("rpls_2024.csv"),
                 "MENAGES_1=" + territoire.path("ops_2020.csv"), "MENAGES_2=" + territoire.path("ops_2022.csv"),
                 "MENAGES_3=" + territoire.path("ops_2024.csv"),
                 "ATTRIBUTIONS=" + territoire.path("attributions_2021_2024.csv"),
                 "DEPARTS=" + territoire.path("departs_2021_2024.csv"),
                 "DEMANDES=" + territoire.path("demandes_2024.csv"),
                 "ILOTS=" + layers + "ilots", "BATIMENTS=" + layers + "batiments", "QPV=" + layers + "qpv",
                 "IRIS=" + layers + "iris", "COMMUNES=" + layers + "communes", "EPCI=" + layers + "epci",
                 "SECRET_THRESHOLD=11"]
    arguments += ["{}=ogr:dbname='{}' table=\"{}\" (geom)".format(name, gpkg, _model_table(name.split(":")[1]))
                  for name in outputs]
    result = subprocess.run([QGIS_PROCESS, "run", str(model), "--", *arguments], env=env, capture_output=True,
                            text=True, cwd=str(tmp_path), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # the model runs the children; the secret across levels is one more step on its GeoPackage
    protected = tmp_path / "modele_protege.gpkg"
    result = subprocess.run([QGIS_PROCESS, "run", "peuplement:proteger_publication", "--", "GPKG=" + str(gpkg),
                             "OUTPUT=" + str(protected)], env=env, capture_output=True, text=True,
                            cwd=str(tmp_path), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    gpkg = protected

    _, out = observatoire
    assert tables_of(gpkg) - {"layer_styles"} == tables_of(out / "observatoire.gpkg") - {"layer_styles"}
    for table in sorted(expected_tables()):
        from_model = rows(gpkg, table)
        from_algorithm = rows(out / "observatoire.gpkg", table)
        assert len(from_model) == len(from_algorithm), table
        for a, b in zip(from_algorithm, from_model):
            a.pop("fid"), b.pop("fid")
            assert a.keys() == b.keys(), table
            assert all(_same(a[k], b[k]) for k in a), (table, {k: (a[k], b[k]) for k in a if not _same(a[k], b[k])})


def test_no_household_data_in_any_layer_of_the_publication(observatoire):
    """The no-leak scan of tests/test_no_leak.py over every layer the chain publishes."""
    from test_no_leak import THRESHOLD, read_layers, scan

    _, out = observatoire
    leaks, scanned = [], 0
    for name, frame in read_layers(out / "observatoire.gpkg"):
        leaks += scan(frame, name)
        scanned += len(frame)
        if name == "flux_lignes":
            assert (frame["nb_departs"] >= THRESHOLD).all()
    assert scanned > 1000
    assert leaks == [], "\n".join(leaks[:40])


def test_chain_gives_every_stock_of_demandes_to_the_objectives():
    """Domain.md 5.2: one stock of demandes per year. The plan hands all of them to
    objectifs_attribution (each year its own threshold) and the last one to the flows."""
    from peuplement_plugin.processing import chaine_observatoire as chaine

    stocks = [chaine.Work("demandes_1"), chaine.Work("demandes_2")]
    steps = {step.id: step for step in chaine.chain_steps([("2024", chaine.Work("menages_0"))], set(), 11,
                                                          demandes=stocks)}
    assert steps["objectifs_epci"].params["DEMANDES"] == stocks
    assert steps["flux_qpv"].params["DEMANDES"] == chaine.Work("demandes_2")
    # one table, as before: a list of one for the objectives, the table itself for the flows
    steps = {step.id: step for step in chaine.chain_steps([("2024", chaine.Work("menages_0"))], set(), 11)}
    assert steps["objectifs_epci"].params["DEMANDES"] == [chaine.Work("demandes")]
    assert steps["flux_qpv"].params["DEMANDES"] == chaine.Work("demandes")


# -- the secret across everything published together (issue 14) -------------------------

def test_nothing_is_recovered_by_subtraction_from_the_geopackage(observatoire):
    """A curious reader subtracts, in the GeoPackage, the published children from every
    published parent (every nested pair of levels), the other QPV rows from the
    territory, an evolution's difference from its sides, and compares the same cell in
    two layers (tests/secret_attack.py, independent of the plugin's secret code)."""
    import secret_attack

    results, _ = observatoire
    recovered = secret_attack.attack(results["OUTPUT_GPKG"])
    assert recovered == [], "\n".join(recovered[:40])


def test_the_lp_audit_of_the_geopackage_finds_nothing_exposed(observatoire):
    from peuplement_plugin.bridge import publication as files
    from peuplement_plugin.core import audit, publication

    results, _ = observatoire
    path = results["OUTPUT_GPKG"]
    layers = files.read_layers(path)
    assert {layer.family for layer in layers} == {"occupation", "evolution", "flux", "parc"}
    bounds = publication.audit_layers(layers, files.nesting_of(path, layers))
    assert len(bounds) > 1000  # masked cells were audited, at every level
    exposed = bounds[bounds["exposed"]]
    assert audit.verdict(len(exposed)) == "protected", exposed.head(20).to_string()

