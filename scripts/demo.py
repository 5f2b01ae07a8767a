"""``make demo``: the main job on the bundled sample territory.

1. generates the fictional territory (tools/generer_territoire.py, seeded);
2. installs the packaged plugin (build/peuplement.zip) in a throw-away QGIS profile;
3. runs it headless with ``qgis_process.bin``, as a GIS officer's batch would: the five
   imports, then the stock indicators at every level, into one GeoPackage;
4. stores each layer's QML style in the GeoPackage (``layer_styles``), so that dropping
   the file into QGIS shows styled maps, and renders maps to PNG;
5. prints where everything is.

Usage: /usr/bin/python3 scripts/demo.py [--build build] [--out build/demo] [--logements 40000]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"

# (kind index, file, table name in the GeoPackage)
IMPORTS = (
    (0, "rpls_2024.csv", "logements"),
    (1, "ops_2020.csv", "menages_2020"),
    (1, "ops_2022.csv", "menages_2022"),
    (1, "ops_2024.csv", "menages_2024"),
    (2, "attributions_2021_2024.csv", "attributions"),
    (3, "departs_2021_2024.csv", "departs"),
    (4, "demandes_2024.csv", "demandes"),
)
# (LEVEL index, level, units layer of territoire.gpkg, unit id field)
LEVELS = (
    (0, "etage", None, None),
    (1, "batiment", "batiments", "batiment_id"),
    (2, "residence", "residences", "residence_id"),
    (3, "ilot", "ilots", "ilot_id"),
    (4, "iris", "iris", "code_iris"),
    (5, "qpv", "qpv", "code_qpv"),
    (6, "commune", "communes", "depcom"),
    (7, "epci", "epci", "code_epci"),
)
BACKGROUND = ("communes", "qpv")


def gpkg_output(gpkg, table):
    return "ogr:dbname='{}' table=\"{}\" (geom)".format(gpkg, table)


class QgisProcess:
    """qgis_process.bin with a profile that holds only the packaged plugin."""

    def __init__(self, archive, config):
        self.config = Path(config)
        if self.config.exists():
            shutil.rmtree(self.config)
        plugins = self.config / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(plugins)
        runtime = self.config / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(self.config), QT_QPA_PLATFORM="offscreen",
                        XDG_RUNTIME_DIR=str(runtime))
        self.env.pop("PYTHONPATH", None)
        self._call("plugins", "enable", "peuplement")

    def _call(self, *arguments):
        result = subprocess.run([QGIS_PROCESS, *arguments], env=self.env, capture_output=True, text=True,
                                cwd=str(self.config))
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit("qgis_process {} failed".format(" ".join(arguments[:2])))
        return result.stdout

    def run(self, algorithm, **parameters):
        arguments = ["{}={}".format(k, v) for k, v in parameters.items()]
        output = self._call("run", algorithm, "--json", "--", *arguments)
        return json.loads(output[output.index("{"):])


def generate(territory, logements, seed):
    meta = territory / "territoire.json"
    if meta.exists():
        known = json.loads(meta.read_text(encoding="utf-8"))
        if known.get("seed") == seed and known.get("parametres", {}).get("logements", logements) == logements:
            print("Territoire déjà généré : {}".format(territory))
            return known
    print("Génération du territoire fictif ({} logements, graine {})…".format(logements, seed))
    subprocess.run([sys.executable, "-m", "tools.generer_territoire", "--out", str(territory),
                    "--logements", str(logements), "--seed", str(seed)], check=True, cwd=str(ROOT))
    return json.loads(meta.read_text(encoding="utf-8"))


def copy_background(source_gpkg, target_gpkg):
    from osgeo import gdal
    gdal.UseExceptions()
    for name in BACKGROUND:
        gdal.VectorTranslate(str(target_gpkg), str(source_gpkg), layers=[name], layerName=name,
                             accessMode="update" if Path(target_gpkg).exists() else None, format="GPKG")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--out", default=str(ROOT / "build" / "demo"))
    parser.add_argument("--logements", type=int, default=40000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()

    territory = out / "territoire"
    generate(territory, args.logements, args.seed)
    spatial = territory / "territoire.gpkg"

    qgis = QgisProcess(Path(args.build).resolve() / "peuplement.zip", out / "qgis-config")
    # Written under another name and moved into place at the end: never a half-made result.
    # (One dot only: QGIS picks the driver from the complete suffix.)
    partial = out / "peuplement_demo_en_cours.gpkg"
    final = out / "peuplement_demo.gpkg"
    if partial.exists():
        partial.unlink()

    for kind, filename, table in IMPORTS:
        print("Import {} → {}".format(filename, table))
        qgis.run("peuplement:import_table", INPUT=territory / filename, KIND=kind,
                 OUTPUT=gpkg_output(partial, table), REPORT=gpkg_output(partial, "rapport_" + table))
    logements = "{}|layername=logements".format(partial)
    for index, level, units, unit_id in LEVELS:
        print("Indicateurs du parc, niveau {}".format(level))
        parameters = dict(LOGEMENTS=logements, LEVEL=index, OUTPUT=gpkg_output(partial, "parc_" + level))
        if units:
            parameters.update(UNITS="{}|layername={}".format(spatial, units), UNIT_ID=unit_id)
        if level == "ilot":
            parameters.update(BATIMENTS="{}|layername=batiments".format(spatial))
        qgis.run("peuplement:indicateurs_parc", **parameters)
    # Occupancy of the two last surveys at îlot and QPV level, and its evolution per îlot.
    for millesime in (2022, 2024):
        menages = "{}|layername=menages_{}".format(partial, millesime)
        for index, level, units, unit_id in LEVELS:
            if level not in ("ilot", "qpv"):
                continue
            print("Indicateurs d'occupation {}, niveau {}".format(millesime, level))
            parameters = dict(MENAGES=menages, LOGEMENTS=logements, LEVEL=index,
                              UNITS="{}|layername={}".format(spatial, units), UNIT_ID=unit_id,
                              OUTPUT=gpkg_output(partial, "occupation_{}_{}".format(millesime, level)))
            if level == "ilot":
                parameters.update(BATIMENTS="{}|layername=batiments".format(spatial))
            qgis.run("peuplement:indicateurs_occupation", **parameters)
    print("Évolution 2022 → 2024 par îlot")
    qgis.run("peuplement:evolution", BEFORE="{}|layername=occupation_2022_ilot".format(partial),
             AFTER="{}|layername=occupation_2024_ilot".format(partial), UNIT_ID="ilot_id",
             VARIABLES="nb_menages,part_rev_inf_40,part_monoparentales,part_emmenages_recents",
             OUTPUT=gpkg_output(partial, "evolution_occupation_ilot"))
    copy_background(spatial, partial)

    sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), "/usr/share/qgis/python/plugins"]
    from render_map import ensure_qgis, render_map, store_style_in_gpkg, write_outline_qml  # noqa: E402

    ensure_qgis()
    styles = ROOT / "styles"
    for _, level, units, _ in LEVELS:
        if units:
            store_style_in_gpkg(partial, "parc_" + level, styles / "indicateurs_parc.qml", "Indicateurs du parc")
    for millesime in (2022, 2024):
        for level in ("ilot", "qpv"):
            store_style_in_gpkg(partial, "occupation_{}_{}".format(millesime, level),
                                styles / "indicateurs_occupation.qml", "Occupation du parc social")
    # The evolution's renderer depends on its variables: built by the plugin, saved as QML.
    from peuplement_plugin.processing.renderers import evolution_renderer  # noqa: E402
    from qgis.core import QgsVectorLayer  # noqa: E402
    evolution_layer = QgsVectorLayer("{}|layername=evolution_occupation_ilot".format(partial), "evolution", "ogr")
    evolution_layer.setRenderer(evolution_renderer(evolution_layer))
    evolution_layer.saveNamedStyle(str(out / "evolution_occupation_ilot.qml"))
    del evolution_layer
    store_style_in_gpkg(partial, "evolution_occupation_ilot", out / "evolution_occupation_ilot.qml",
                        "Évolution 2022-2024")
    background_styles = {
        "communes": write_outline_qml(out / "fond_communes.qml", color="#4d4d4d", width=0.4),
        "qpv": write_outline_qml(out / "fond_qpv.qml", color="#d7191c", width=0.6, dashed=True),
    }
    for name in BACKGROUND:
        store_style_in_gpkg(partial, name, background_styles[name], "Fond")
    partial.replace(final)
    background = [(final, "communes", background_styles["communes"], "Communes"),
                  (final, "qpv", background_styles["qpv"], "Quartiers prioritaires (QPV)")]
    rpls_source = "Source : RPLS 2024 (territoire fictif), calcul plugin Peuplement"
    ops_source = ("Source : OPS 2024, RPLS 2024 (territoire fictif), calcul plugin Peuplement ; "
                  "secret statistique appliqué")
    maps = [
        (out / "carte_vacance_ilots.png", "parc_ilot", styles / "indicateurs_parc.qml",
         "Taux de vacance du parc social par îlot au 1er janvier 2024", rpls_source),
        (out / "carte_plai_ilots.png", "parc_ilot", styles / "indicateurs_parc_logements.qml",
         "Part des logements PLAI par îlot au 1er janvier 2024", rpls_source),
        (out / "carte_ressources_ilots.png", "occupation_2024_ilot", styles / "indicateurs_occupation.qml",
         "Ménages sous 40 % du plafond PLUS par îlot, OPS 2024", ops_source),
    ]
    for png, layer, qml, title, source in maps:
        render_map(final, layer, qml, png, title, background_layers=background, source=source)

    summary(final)
    print("\nTerminé en {:.0f} s.".format(time.time() - started))
    print("GeoPackage stylé : {}".format(final))
    for png, *_ in maps:
        print("Carte : {}".format(png))
    print("Territoire (tables brutes) : {}".format(territory))


def summary(gpkg):
    """Key figures read back from the GeoPackage, QPV vs hors QPV."""
    from osgeo import ogr
    dataset = ogr.Open(str(gpkg))
    occupancy = {f.GetField("code_qpv"): f for f in dataset.GetLayerByName("occupation_2024_qpv")}
    print("\nParc social et occupation par QPV (lu dans {}) :".format(gpkg.name))
    print("  {:<12} {:>10} {:>12} {:>10} {:>10} {:>16}".format(
        "unité", "logements", "vacance (%)", "PLAI (%)", "ménages", "ress. < 40 % (%)"))
    for feature in dataset.GetLayerByName("parc_qpv"):
        code = feature.GetField("code_qpv")
        household = occupancy.get(code)
        print("  {:<12} {:>10} {:>12.1f} {:>10.1f} {:>10} {:>16.1f}".format(
            code, feature.GetField("nb_logements"), feature.GetField("tx_vacance") or 0,
            feature.GetField("part_plai") or 0, household.GetField("nb_menages") if household else 0,
            (household.GetField("part_rev_inf_40") or 0) if household else 0))


if __name__ == "__main__":
    sys.exit(main())
