"""``make demo``: the observatory chain on the bundled sample territory.

1. generates the fictional territory (tools/generer_territoire.py, seeded);
2. installs the packaged plugin (build/peuplement.zip) in a throw-away QGIS profile;
3. runs ``peuplement:observatoire`` headless with ``qgis_process.bin``, as a GIS officer's
   batch would (the attributions from an Excel workbook, the departures from a
   LibreOffice one): imports, stock, occupancy of the three OPS millésimes, evolution, flows,
   objectives, fragility and fragile sectors at every level, into one GeoPackage whose
   layers carry their style (``layer_styles``), and the steering-committee report,
   then the atlas of one indicator per QPV in PDF (``peuplement:atlas``);
4. renders maps to PNG from the styled GeoPackage;
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

MENAGES = ("ops_2020.csv", "ops_2022.csv", "ops_2024.csv")


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
        """A list value is given as the parameter repeated (a multiple-layer parameter)."""
        arguments = []
        for name, value in parameters.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                arguments.append("{}={}".format(name, item))
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

    attributions, departs = workbooks(territory)

    qgis = QgisProcess(Path(args.build).resolve() / "peuplement.zip", out / "qgis-config")
    final = out / "peuplement_demo.gpkg"
    report = out / "rapport_observatoire.html"
    layer = "{}|layername={{}}".format(spatial)
    print("peuplement:observatoire : la chaîne complète (qgis_process)…")
    chain_started = time.time()
    # The algorithm writes the GeoPackage under a temporary name and moves it into place
    # at the end: never a half-made result.
    qgis.run("peuplement:observatoire", LOGEMENTS=territory / "rpls_2024.csv",
             MENAGES=[territory / name for name in MENAGES],
             ATTRIBUTIONS=attributions, DEPARTS=departs,
             DEMANDES=territory / "demandes_2024.csv", ILOTS=layer.format("ilots"),
             BATIMENTS=layer.format("batiments"), QPV=layer.format("qpv"), IRIS=layer.format("iris"),
             COMMUNES=layer.format("communes"), EPCI=layer.format("epci"), RESIDENCES=layer.format("residences"),
             OUTPUT_GPKG=final, OUTPUT_REPORT=report)
    print("  chaîne : {:.0f} s".format(time.time() - chain_started))
    atlas = out / "atlas_qpv_ressources.pdf"
    print("peuplement:atlas : une page par QPV (qgis_process)…")
    qgis.run("peuplement:atlas", INPUT="{}|layername=occupation_2024_ilot".format(final), FIELD="part_rev_inf_40",
             COVERAGE=layer.format("qpv"), COVERAGE_KIND=0, MILLESIME="2024",
             SOURCE="OPS 2024, RPLS 2024 (territoire fictif), calcul plugin Peuplement", OUTPUT=atlas)

    sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), "/usr/share/qgis/python/plugins"]
    from render_map import ensure_qgis, render_map, write_outline_qml  # noqa: E402

    ensure_qgis()
    styles = ROOT / "styles"
    background = [(spatial, "communes", write_outline_qml(out / "fond_communes.qml", color="#4d4d4d", width=0.4),
                   "Communes"),
                  (spatial, "qpv", write_outline_qml(out / "fond_qpv.qml", color="#d7191c", width=0.6, dashed=True),
                   "Quartiers prioritaires (QPV)")]
    rpls_source = "Source : RPLS 2024 (territoire fictif), calcul plugin Peuplement"
    ops_source = ("Source : OPS 2024, RPLS 2024 (territoire fictif), calcul plugin Peuplement ; "
                  "secret statistique appliqué")
    # Each map is drawn with the style stored in the GeoPackage (QML None) unless the
    # layer's style shows another field than the one wanted.
    maps = [
        (out / "carte_vacance_ilots.png", "parc_ilot", None,
         "Taux de vacance du parc social par îlot au 1er janvier 2024", rpls_source),
        (out / "carte_plai_ilots.png", "parc_ilot", styles / "indicateurs_parc_logements.qml",
         "Part des logements PLAI par îlot au 1er janvier 2024", rpls_source),
        (out / "carte_ressources_ilots.png", "occupation_2024_ilot", None,
         "Ménages sous 40 % du plafond PLUS par îlot, OPS 2024", ops_source),
        (out / "carte_fragilite_ilots.png", "fragilite_ilot", None,
         "Indice de fragilité socio-locative par îlot, OPS 2024", ops_source),
    ]
    for png, layer_name, qml, title, source in maps:
        render_map(final, layer_name, qml, png, title, background_layers=background, source=source)

    summary(final)
    print("\nTerminé en {:.0f} s.".format(time.time() - started))
    print("GeoPackage stylé : {}".format(final))
    print("Rapport aux instances de pilotage : {}".format(report))
    print("Atlas des QPV (PDF) : {}".format(atlas))
    for png, *_ in maps:
        print("Carte : {}".format(png))
    print("Territoire (tables brutes) : {}".format(territory))


def workbooks(territory):
    """The SNE attributions as an Excel workbook and the bailleur's departures as a
    LibreOffice one, every cell text and a notice sheet first, as agencies receive them:
    the chain reads them as it reads the CSV files."""
    import pandas as pd

    sys.path.insert(0, str(ROOT))
    from peuplement_plugin.core.csvfile import read_delimited

    made = []
    for name, suffix, engine in (("attributions_2021_2024", ".xlsx", "openpyxl"),
                                 ("departs_2021_2024", ".ods", "odf")):
        path = territory / (name + suffix)
        frame = read_delimited(str(territory / (name + ".csv"))).fillna("")
        with pd.ExcelWriter(path, engine=engine) as writer:
            pd.DataFrame({"Notice": ["Export de démonstration (territoire fictif)"]}).to_excel(
                writer, sheet_name="Notice", index=False)
            frame.to_excel(writer, sheet_name=name.split("_")[0].capitalize(), index=False)
        print("  {} : {} lignes ({})".format(path.name, len(frame), "Excel" if suffix == ".xlsx" else "ODS"))
        made.append(path)
    return made


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
        print("  {:<12} {:>10} {:>12} {:>10} {:>10} {:>16}".format(
            code, feature.GetField("nb_logements"), _figure(feature.GetField("tx_vacance")),
            _figure(feature.GetField("part_plai")), _figure(household.GetField("nb_menages") if household else None),
            _figure(household.GetField("part_rev_inf_40") if household else None)))


def _figure(value):
    """A figure of the summary; a masked one (NULL, secret statistique) reads "secret"."""
    if value is None:
        return "secret"
    return "{:.1f}".format(value) if isinstance(value, float) else str(value)


if __name__ == "__main__":
    from osgeo import gdal, ogr, osr

    # GDAL 4's default, chosen explicitly: GDAL 3.7+ warns while neither mode is set.
    for osgeo_module in (gdal, ogr, osr):
        osgeo_module.UseExceptions()
    sys.exit(main())
