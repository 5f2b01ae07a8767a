"""Outputs are atomic and inputs untouched (issue 9, part 3): a run cancelled at any step
leaves no file behind (and an existing output whole), an output over an input is refused,
and no algorithm changes a byte of its inputs."""

import hashlib
import os

import pytest

from conftest import ROOT
from petit_territoire import write_layers, write_rpls_csv

OPS = ("IDENT_REP;MILLESIME;NB_PERSONNES;COMPOSITION;APL\n"
       + "".join("L{};2024;{};{};{}\n".format(i, 1 + i % 3, "Personne seule" if i < 5 else "Couple sans enfant",
                                               "Oui" if i in (1, 3, 4, 8) else "Non") for i in (1, 3, 4, 6, 8, 9)))


def _inputs(tmp_path):
    inputs = tmp_path / "entrees"
    inputs.mkdir()
    rpls = write_rpls_csv(inputs / "rpls.csv")
    gpkg = write_layers(inputs / "territoire.gpkg")
    ops = inputs / "ops.csv"
    ops.write_text(OPS, encoding="utf-8")
    attributions = inputs / "attributions.csv"
    attributions.write_text("Numéro d'attribution;Identifiant logement;Date de signature du bail;Nombre de personnes\n"
                            "A1;L1;01/06/2023;2\nA2;L9;01/01/2023;1\nA3;L6;15/03/2023;3\n", encoding="utf-8")
    departs = inputs / "departs.csv"
    departs.write_text("IDENT_REP;DATE_DEPART;MOTIF;LOGEMENT_DESTINATION\n"
                       "L2;2023-08-01;achat;\nL5;2023-11-30;mutation interne;L6\nL10;2022-12-01;autre;\n",
                       encoding="utf-8")
    revenus = inputs / "attributions_revenus.csv"
    revenus.write_text("Numéro d'attribution;Identifiant logement;Date de signature du bail;Nombre de personnes;"
                       "Revenu mensuel;Ménage DALO;Public prioritaire\n"
                       "A1;L1;01/06/2023;2;900;O;N\nA2;L9;01/01/2023;1;1500;N;N\nA3;L6;15/03/2023;3;700;N;O\n",
                       encoding="utf-8")
    demandes = inputs / "demandes.csv"
    demandes.write_text("NUM_UNIQUE;DATE_DEPOT;NB_PERSONNES;REVENU_MENSUEL;EPCI;COMMUNES_SOUHAITEES\n"
                        "D1;2022-05-01;2;1000;200099999;37901\nD2;2023-02-01;1;800;200099999;37902,37901\n",
                        encoding="utf-8")
    return {"rpls": rpls, "gpkg": gpkg, "ops": str(ops), "attributions": str(attributions), "departs": str(departs),
            "attributions_revenus": str(revenus), "demandes": str(demandes)}


def _runs(files, out):
    """Every algorithm of the provider with outputs in ``out`` (a fresh folder)."""
    return [
        ("peuplement:import_table", {"INPUT": files["rpls"], "KIND": 0, "OUTPUT": str(out / "logements.gpkg"),
                                     "REPORT": str(out / "rapport.gpkg")}),
        ("peuplement:indicateurs_parc", {"LOGEMENTS": files["rpls"], "LEVEL": 3,
                                         "UNITS": files["gpkg"] + "|layername=ilots", "UNIT_ID": "ilot_id",
                                         "BATIMENTS": files["gpkg"] + "|layername=batiments",
                                         "OUTPUT": str(out / "parc.shp")}),
        ("peuplement:indicateurs_occupation", {"MENAGES": files["ops"], "LOGEMENTS": files["rpls"], "LEVEL": 3,
                                               "UNITS": files["gpkg"] + "|layername=ilots", "UNIT_ID": "ilot_id",
                                               "BATIMENTS": files["gpkg"] + "|layername=batiments",
                                               "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True,
                                               "OUTPUT": str(out / "occupation.gpkg")}),
        ("peuplement:flux", {"ATTRIBUTIONS": files["attributions"], "DEPARTS": files["departs"],
                             "LOGEMENTS": files["rpls"], "MENAGES": files["ops"], "LEVEL": 3,
                             "UNITS": files["gpkg"] + "|layername=ilots", "UNIT_ID": "ilot_id",
                             "BATIMENTS": files["gpkg"] + "|layername=batiments", "SECRET_THRESHOLD": 1,
                             "USAGE_INTERNE": True, "OUTPUT": str(out / "flux.gpkg"),
                             "OUTPUT_FLOWS": str(out / "flux_lignes.gpkg"), "OUTPUT_OD": str(out / "flux_od.csv"),
                             "OUTPUT_MOTIFS": str(out / "flux_motifs.gpkg"),
                             "OUTPUT_SERIES": str(out / "flux_series.gpkg")}),
        ("peuplement:objectifs_attribution", {"ATTRIBUTIONS": files["attributions_revenus"], "LOGEMENTS": files["rpls"],
                                              "QPV": files["gpkg"] + "|layername=ilots", "QPV_ID": "ilot_id",
                                              "Q1_THRESHOLD": 9000, "EPCI": "200099999", "GROUP_BY": 1,
                                              "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True,
                                              "OUTPUT": str(out / "objectifs.gpkg"),
                                              "OUTPUT_THRESHOLDS": str(out / "seuils.gpkg"),
                                              "OUTPUT_ATTRIBUTIONS": str(out / "attributions.gpkg"),
                                              "OUTPUT_REPORT": str(out / "rapport.html")}),
        ("peuplement:pression_demande", {"DEMANDES": files["demandes"], "ATTRIBUTIONS": files["attributions"],
                                         "LOGEMENTS": files["rpls"], "SECRET_THRESHOLD": 1, "USAGE_INTERNE": True,
                                         "OUTPUT": str(out / "pression.gpkg")}),
    ]


def _checksums(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


class CancelAfter:
    """A feedback that asks to stop at its ``n``-th progress report."""

    def __new__(cls, n):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.reports = 0

            def setProgress(self, progress):  # noqa: N802
                self.reports += 1
                if self.reports >= n:
                    self.cancel()
                super().setProgress(progress)

        return _Feedback()


def cancel_on_progress(n):
    """A feedback that asks to stop at the ``n``-th progress signal: the signal is sent by
    QGIS's C++ too (the progress of child algorithms through a multi-step feedback)."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.reports = 0

    def on_progress(_):
        feedback.reports += 1
        if feedback.reports >= n:
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    feedback.slot = on_progress
    return feedback


def _run(algorithm_id, parameters, feedback):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, context=context, feedback=feedback)


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4])
def test_cancelled_at_any_step_leaves_nothing(provider, tmp_path, index):
    files = _inputs(tmp_path)
    algorithm_id, _ = _runs(files, tmp_path)[index]
    step = 1
    while True:
        out = tmp_path / "sorties_{}".format(step)
        out.mkdir()
        parameters = dict(_runs(files, out)[index][1])
        feedback = CancelAfter(step)
        results = _run(algorithm_id, parameters, feedback)
        if not feedback.isCanceled():
            # ran to the end: every output is there, under its own name only
            assert sorted(os.listdir(out)) and all("_ecriture_" not in name for name in os.listdir(out))
            assert step > 2  # the algorithm was cancelled at least at its first steps
            break
        assert os.listdir(out) == [], (algorithm_id, step, os.listdir(out))
        assert not any(isinstance(v, str) and v.startswith(str(out)) and os.path.exists(v)
                       for v in results.values())
        step += 1
        assert step < 500


def test_cancelled_run_keeps_the_previous_output_whole(provider, tmp_path):
    files = _inputs(tmp_path)
    out = tmp_path / "sorties"
    out.mkdir()
    algorithm_id, parameters = _runs(files, out)[2]
    # a first, complete run counts the progress reports and leaves an output
    reports = CancelAfter(10 ** 6)
    _run(algorithm_id, parameters, reports)
    before = _checksums(out)
    assert "occupation.gpkg" in before
    # the second run is cancelled at the last progress report, while its output is written
    feedback = CancelAfter(reports.reports)
    _run(algorithm_id, parameters, feedback)
    assert feedback.isCanceled()
    assert _checksums(out) == before


def test_output_over_an_input_is_refused(provider, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    files = _inputs(tmp_path)
    before = _checksums(tmp_path / "entrees")
    with pytest.raises(QgsProcessingException, match="est aussi l'entrée INPUT"):
        _run("peuplement:import_table", {"INPUT": files["gpkg"] + "|layername=ilots", "KIND": 0,
                                         "OUTPUT": files["gpkg"], "REPORT": str(tmp_path / "r.gpkg")},
             QgsProcessingFeedback())
    with pytest.raises(QgsProcessingException, match="est aussi l'entrée UNITS"):
        _run("peuplement:indicateurs_parc", {"LOGEMENTS": files["rpls"], "LEVEL": 3,
                                             "UNITS": files["gpkg"] + "|layername=ilots", "UNIT_ID": "ilot_id",
                                             "OUTPUT": "ogr:dbname='{}' table=\"ilots\" (geom)".format(files["gpkg"])},
             QgsProcessingFeedback())
    assert _checksums(tmp_path / "entrees") == before
    # another table of the same GeoPackage is a legitimate output
    _run("peuplement:indicateurs_parc", {"LOGEMENTS": files["rpls"], "LEVEL": 3,
                                         "UNITS": files["gpkg"] + "|layername=ilots", "UNIT_ID": "ilot_id",
                                         "OUTPUT": "ogr:dbname='{}' table=\"parc\" (geom)".format(files["gpkg"])},
         QgsProcessingFeedback())


def test_inputs_are_never_modified(provider, tmp_path):
    from qgis.core import QgsProcessingFeedback

    files = _inputs(tmp_path)
    before = _checksums(tmp_path / "entrees")
    out = tmp_path / "sorties"
    out.mkdir()
    for algorithm_id, parameters in _runs(files, out):
        _run(algorithm_id, parameters, QgsProcessingFeedback())
        assert _checksums(tmp_path / "entrees") == before, algorithm_id
    # the algorithms that read the outputs of the others
    chained = [
        ("peuplement:evolution", {"BEFORE": str(out / "occupation.gpkg"), "AFTER": str(out / "occupation.gpkg"),
                                  "UNIT_ID": "ilot_id", "OUTPUT": str(out / "evolution.gpkg")}),
        ("peuplement:fragilite", {"INPUT": str(out / "occupation.gpkg"), "UNIT_ID": "ilot_id",
                                  "VARIABLES": "part_apl;part_personnes_seules", "SECRET_THRESHOLD": 1,
                                  "USAGE_INTERNE": True, "OUTPUT": str(out / "fragilite.gpkg")}),
        ("peuplement:secteurs_fragiles_hors_qpv", {"INPUT": str(out / "fragilite.gpkg"), "UNIT_ID": "ilot_id",
                                                   "QPV": files["gpkg"] + "|layername=communes",
                                                   "OUTPUT": str(out / "secteurs.gpkg")}),
        ("peuplement:atlas", {"INPUT": str(out / "occupation.gpkg"), "FIELD": "part_apl",
                              "COVERAGE": files["gpkg"] + "|layername=communes", "COVERAGE_KIND": 1,
                              "OUTPUT": str(out / "atlas.pdf")}),
        ("peuplement:proteger_publication", {"GPKG": str(out / "occupation.gpkg"),
                                             "OUTPUT": str(out / "publication_protegee.gpkg")}),
        ("peuplement:audit_secret", {"GPKG": str(out / "occupation.gpkg"), "OUTPUT": str(out / "audit.gpkg")}),
    ]
    for algorithm_id, parameters in chained:
        frozen = _checksums(out)
        _run(algorithm_id, parameters, QgsProcessingFeedback())
        after = _checksums(out)
        assert {k: after[k] for k in frozen} == frozen, algorithm_id
        assert _checksums(tmp_path / "entrees") == before, algorithm_id
    # every algorithm of the provider is covered here
    from qgis.core import QgsApplication
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("peuplement").algorithms()}
    # peuplement:observatoire needs a whole territory: test_observatoire_cancelled_leaves_nothing below
    assert ids == {a for a, _ in _runs(files, out)} | {a for a, _ in chained} | {"peuplement:observatoire"}


def test_observatoire_cancelled_leaves_nothing(provider, territoire, tmp_path):
    """The whole chain, cancelled at its start, inside a child of the middle and while the
    styles and the report are written: nothing new, the previous output whole, inputs
    untouched."""
    from test_observatoire import parameters

    inputs = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(territoire.directory.iterdir())}
    out = tmp_path / "sorties"
    out.mkdir()
    params = parameters(territoire, out)
    complete = cancel_on_progress(10 ** 6)
    _run("peuplement:observatoire", params, complete)
    assert complete.reports > 100
    before = _checksums(out)
    assert sorted(before) == ["observatoire.gpkg", "rapport.html"]
    for step in (1, complete.reports // 2, complete.reports - 2):
        feedback = cancel_on_progress(step)
        results = _run("peuplement:observatoire", params, feedback)
        assert feedback.isCanceled() and results == {}, step
        assert _checksums(out) == before, step
        fresh = tmp_path / "vide_{}".format(step)
        fresh.mkdir()
        feedback = cancel_on_progress(step)
        _run("peuplement:observatoire", parameters(territoire, fresh), feedback)
        assert feedback.isCanceled()
        assert os.listdir(fresh) == [], (step, os.listdir(fresh))
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(territoire.directory.iterdir())}
    assert after == inputs
