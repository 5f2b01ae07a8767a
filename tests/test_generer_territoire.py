"""Tests of the sample-territory generator (tools/generer_territoire.py).

Everything is recomputed here from the written files (CSV + GeoPackage), not
from the generator's internals. Runs without QGIS:
``/usr/bin/python3 -m pytest tests/test_generer_territoire.py``.
"""

import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import generer_territoire as gt  # noqa: E402

ogr = pytest.importorskip("osgeo.ogr")
shapely_wkb = pytest.importorskip("shapely.wkb")

N_SMALL = 3000
SEED = 7

FILES = ["territoire.gpkg", "rpls_2024.csv", "ops_2020.csv", "ops_2022.csv", "ops_2024.csv",
         "attributions_2021_2024.csv", "departs_2021_2024.csv", "demandes_2024.csv",
         "territoire.json"]
PLAFONDS = {1: 21878, 2: 29217, 3: 35135, 4: 42417, 5: 49898, 6: 56276}


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _read(path, encoding="utf-8"):
    return pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding=encoding)


def _layer(path, name):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(name)
    assert lyr is not None, name
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for f in lyr:
        rec = {n: f.GetField(n) for n in names}
        rec["geometry"] = shapely_wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
        rec["_gtype"] = f.GetGeometryRef().GetGeometryName()
        rows.append(rec)
    gtype = ogr.GeometryTypeToName(lyr.GetGeomType())
    ds = None
    return rows, gtype


def _etage(s):
    s = s.strip()
    if s == "":
        return None
    if s.upper() in ("RC", "RDC"):
        return 0
    return int(s)


def _plafond(n):
    n = np.asarray(n, dtype=int)
    base = np.array([0] + [PLAFONDS[k] for k in range(1, 7)])
    return base[np.clip(n, 1, 6)] + 6273 * np.maximum(n - 6, 0)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("territoire_small")
    gt.generer(str(out), logements=N_SMALL, seed=SEED)
    return out


@pytest.fixture(scope="module")
def data(small):
    meta = json.loads((small / "territoire.json").read_text(encoding="utf-8"))
    rpls = _read(small / "rpls_2024.csv")
    bats, _ = _layer(small / "territoire.gpkg", "batiments")
    ilots, _ = _layer(small / "territoire.gpkg", "ilots")
    qpv, _ = _layer(small / "territoire.gpkg", "qpv")
    bat_ilot = {b["batiment_id"]: b["ilot_id"] for b in bats}
    planted = set(meta["secteur_fragile_planté"]["ilot_ids"])
    zone = np.where(rpls["PLG_QP24"].str.startswith("QN"), "QPV",
                    np.where(rpls["IMMEU"].map(bat_ilot).isin(planted), "PLANTED", "HORS"))
    zone_of = dict(zip(rpls["IDENT_REP"], zone))
    return {"meta": meta, "rpls": rpls, "bats": bats, "ilots": ilots, "qpv": qpv,
            "zone_of": zone_of, "planted": planted}


# ---------------------------------------------------------------------------
# determinism
# ---------------------------------------------------------------------------

def test_determinism_same_seed_same_bytes(small, tmp_path):
    again = tmp_path / "again"
    gt.generer(str(again), logements=N_SMALL, seed=SEED)
    for name in FILES:
        assert _digest(small / name) == _digest(again / name), name


def test_different_seed_differs(small, tmp_path):
    other = tmp_path / "other"
    gt.generer(str(other), logements=N_SMALL, seed=SEED + 1,
               tables=["rpls", "ops", "gpkg"])
    for name in ("rpls_2024.csv", "ops_2024.csv", "territoire.gpkg"):
        assert _digest(small / name) != _digest(other / name), name


def test_tables_subset_and_cli(tmp_path):
    out = tmp_path / "cli"
    rc = gt.main(["--out", str(out), "--logements", "1500", "--seed", "3",
                  "--tables", "gpkg,rpls", "--quiet"])
    assert rc == 0
    assert sorted(os.listdir(out)) == ["rpls_2024.csv", "territoire.gpkg", "territoire.json"]
    # the RPLS does not depend on which other tables are written
    full = tmp_path / "full"
    gt.generer(str(full), logements=1500, seed=3)
    assert _digest(out / "rpls_2024.csv") == _digest(full / "rpls_2024.csv")
    with pytest.raises(ValueError):
        gt.generer(str(tmp_path / "bad"), logements=1500, seed=3, tables=["nope"])


# ---------------------------------------------------------------------------
# files, headers, encodings
# ---------------------------------------------------------------------------

HEADERS = {
    "rpls_2024.csv": ("utf-8", "RS;IDENT_REP;IMMEU;Nom du Programme;DEPCOM;LIBCOM;ADRESSE;"
                      "PLG_IRIS2024_CODE;PLG_QP24;ETAGE;NBPIECE;SURFHAB;CONSTRUCT;LOCAT;FINAN;"
                      "MODE;BAIL;VACANCE;LOYERPRINC;CONTRESLOG;X;Y;EPSG"),
    "ops_2020.csv": ("utf-8", None),
    "ops_2022.csv": ("cp1252", None),
    "ops_2024.csv": ("utf-8", None),
    "attributions_2021_2024.csv": (
        "cp1252", "Numéro d'attribution;Identifiant logement;Date de signature du bail;"
                  "Nombre de personnes;Nombre d'enfants de moins de 14 ans;Revenu mensuel;"
                  "Ménage DALO;Public prioritaire;Relogement NPNRU;Réservataire;Bailleur;Mutation"),
    "departs_2021_2024.csv": ("utf-8", "IDENT_REP;DATE_DEPART;MOTIF;COMMUNE_DESTINATION;"
                              "LOGEMENT_DESTINATION;NB_PERSONNES;COMPOSITION;TRANCHE_PLAFOND"),
    "demandes_2024.csv": ("utf-8", "NUM_UNIQUE;DATE_DEPOT;NB_PERSONNES;NB_ENFANTS_MOINS_14;"
                          "REVENU_MENSUEL;EPCI;COMMUNES_SOUHAITEES;TYPE_LOGEMENT_RECHERCHE;MUTATION"),
}
OPS_H = ("IDENT_REP;MILLESIME;NB_PERSONNES;NB_ENFANTS_MOINS_14;COMPOSITION;AGE_TITULAIRE;"
         "REVENU_ANNUEL;TRANCHE_PLAFOND;APL;ACTIVITE_TITULAIRE;DATE_EMMENAGEMENT")


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers_and_encodings(small, name):
    enc, header = HEADERS[name]
    raw = (small / name).read_bytes()
    text = raw.decode(enc)
    assert text.split("\n", 1)[0] == (header or OPS_H)
    assert "\r" not in text
    if enc == "cp1252":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    if name == "attributions_2021_2024.csv":
        assert "Réservataire" in text
        assert "Logis Cœur de Loire" in text
    if name == "ops_2022.csv":
        assert "Retraité" in text


def test_all_files_and_gpkg_layers(small, data):
    for name in FILES:
        assert (small / name).exists(), name
    expected = {
        "epci": ["code_epci", "nom"], "communes": ["depcom", "nom", "code_epci"],
        "iris": ["code_iris", "depcom", "nom"], "qpv": ["code_qpv", "nom"],
        "ilots": ["ilot_id", "depcom", "code_iris"],
        "residences": ["residence_id", "nom", "bailleur"],
        "batiments": ["batiment_id", "residence_id", "ilot_id", "depcom", "nb_etages", "adresse"],
        "observations": ["obs_id", "date", "residence_id", "theme", "intensite", "texte"],
    }
    ds = ogr.Open(str(small / "territoire.gpkg"))
    for name, fields in expected.items():
        lyr = ds.GetLayerByName(name)
        assert lyr is not None, name
        assert lyr.GetSpatialRef().GetAuthorityCode(None) == "2154"
        defn = lyr.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields
    d = ds.GetLayerByName("batiments").GetLayerDefn()
    assert d.GetFieldDefn(d.GetFieldIndex("nb_etages")).GetType() == ogr.OFTInteger
    d = ds.GetLayerByName("observations").GetLayerDefn()
    assert d.GetFieldDefn(d.GetFieldIndex("date")).GetType() == ogr.OFTDate
    ds = None
    for name in ("epci", "communes", "iris", "qpv", "ilots", "residences", "batiments"):
        rows, gtype = _layer(small / "territoire.gpkg", name)
        assert rows
        assert len({r["_gtype"] for r in rows}) == 1, name
        assert all(r["geometry"].is_valid for r in rows), name
    qpv, _ = _layer(small / "territoire.gpkg", "qpv")
    assert sorted(q["code_qpv"] for q in qpv) == ["QN03791M", "QN03792M", "QN03793M"]
    obs, _ = _layer(small / "territoire.gpkg", "observations")
    assert len(obs) >= 30
    assert {o["theme"] for o in obs} <= set(gt.THEMES)
    assert all(1 <= o["intensite"] <= 3 for o in obs)
    res_ids = {r["residence_id"] for r in _layer(small / "territoire.gpkg", "residences")[0]}
    assert {o["residence_id"] for o in obs} <= res_ids
    assert data["meta"]["effectifs"]["rpls_2024"] == len(data["rpls"]) == N_SMALL


# ---------------------------------------------------------------------------
# spatial structure
# ---------------------------------------------------------------------------

def test_spatial_partition_and_containment(small, data):
    from shapely.ops import unary_union

    communes, _ = _layer(small / "territoire.gpkg", "communes")
    iris, _ = _layer(small / "territoire.gpkg", "iris")
    assert sorted(c["depcom"] for c in communes) == ["37901", "37902", "37903", "37904", "37905"]
    union = unary_union([c["geometry"] for c in communes])
    assert abs(union.area - sum(c["geometry"].area for c in communes)) < 1.0
    for c in communes:
        its = [i for i in iris if i["depcom"] == c["depcom"]]
        assert 2 <= len(its) <= 6
        assert all(i["code_iris"].startswith(c["depcom"]) and len(i["code_iris"]) == 9
                   for i in its)
        assert abs(sum(i["geometry"].area for i in its) - c["geometry"].area) < 1.0
    com = {c["depcom"]: c["geometry"] for c in communes}
    iri = {i["code_iris"]: i["geometry"] for i in iris}
    ilots = {i["ilot_id"]: i for i in data["ilots"]}
    for i in data["ilots"]:
        g = i["geometry"]
        assert com[i["depcom"]].contains(g)
        assert iri[i["code_iris"]].contains(g)
        assert i["ilot_id"].startswith(i["depcom"] + "_I")
        assert sum(1 for c in communes if c["geometry"].intersection(g).area > 0) == 1
    for q in data["qpv"]:
        for i in data["ilots"]:
            inter = q["geometry"].intersection(i["geometry"]).area
            assert inter < 1e-6 or abs(inter - i["geometry"].area) < 1e-3
    for b in data["bats"]:
        assert b["ilot_id"] in ilots
        assert ilots[b["ilot_id"]]["geometry"].contains(b["geometry"])
        assert 1 <= b["nb_etages"] <= 15
        assert b["depcom"] == ilots[b["ilot_id"]]["depcom"]
    by_ilot = {}
    for b in data["bats"]:
        by_ilot.setdefault(b["ilot_id"], []).append(b["geometry"])
    for gs in by_ilot.values():  # buildings are inside their îlot: compare within it
        for k, g in enumerate(gs):
            for other in gs[k + 1:]:
                assert not g.intersects(other)


# ---------------------------------------------------------------------------
# referential integrity of the tables
# ---------------------------------------------------------------------------

def test_dwellings_reference_buildings_and_floors(data):
    rpls = data["rpls"]
    levels = {b["batiment_id"]: b["nb_etages"] for b in data["bats"]}
    assert rpls["IDENT_REP"].is_unique
    assert rpls["IMMEU"].isin(set(levels)).all()
    floors = rpls["ETAGE"].map(_etage)
    assert floors.isna().mean() < 0.05
    ok = floors.notna()
    nb = rpls["IMMEU"].map(levels)
    assert ((floors[ok] >= -1) & (floors[ok] <= nb[ok] - 1)).all()
    assert (floors[ok] == -1).mean() < 0.01
    assert (rpls["ETAGE"] == "RC").sum() > (rpls["ETAGE"].isin(["00", "RDC"])).sum()
    assert set(rpls["MODE"]) <= {"1", "2", "3", "4", "5", "9"}
    assert (rpls["MODE"] == "1").mean() > 0.85
    assert rpls["DEPCOM"].str.len().eq(5).all()
    assert rpls["PLG_IRIS2024_CODE"].str.len().eq(9).all()
    assert (rpls["PLG_IRIS2024_CODE"].str[:5] == rpls["DEPCOM"]).all()
    assert set(rpls["PLG_QP24"]) <= {"QN03791M", "QN03792M", "QN03793M", "HZ", "CSZ", ""}
    assert (rpls["LOCAT"].astype(int) >= rpls["CONSTRUCT"].astype(int)).all()
    # decimal comma, 9999 for sans objet
    assert rpls["SURFHAB"].str.match(r"^\d+,\d$").all()
    assert (rpls.loc[rpls["MODE"] == "2", "LOYERPRINC"] == "9999").all()
    assert rpls.loc[rpls["MODE"] == "1", "LOYERPRINC"].str.match(r"^\d+,\d\d$").all()
    # BAIL only for mode 1, VACANCE only for mode 2
    assert ((rpls["BAIL"] != "") == (rpls["MODE"] == "1")).all()
    assert ((rpls["VACANCE"] != "") == (rpls["MODE"] == "2")).all()
    # X, Y inside the building footprint
    from shapely.geometry import Point
    geom = {b["batiment_id"]: b["geometry"] for b in data["bats"]}
    sample = rpls.iloc[:: max(1, len(rpls) // 300)]
    for _, r in sample.iterrows():
        assert geom[r["IMMEU"]].contains(Point(float(r["X"]), float(r["Y"])))


def test_ops_households(small, data):
    rpls = data["rpls"]
    ids = set(rpls["IDENT_REP"])
    meta = data["meta"]
    new = {meta["mises_en_service"]["2023"]["batiment_id"],
           meta["mises_en_service"]["2024"]["batiment_id"]}
    new_dw = set(rpls.loc[rpls["IMMEU"].isin(new), "IDENT_REP"])
    for y, enc in ((2020, "utf-8"), (2022, "cp1252"), (2024, "utf-8")):
        o = _read(small / ("ops_%d.csv" % y), enc)
        assert o["IDENT_REP"].isin(ids).all()
        assert o["IDENT_REP"].is_unique
        assert (o["MILLESIME"] == str(y)).all()
        npers = o["NB_PERSONNES"].astype(int)
        assert (npers >= 1).all()
        ch = o["NB_ENFANTS_MOINS_14"].replace("", np.nan).astype(float)
        comp = o["COMPOSITION"]
        assert (ch[comp == "Personne seule"].fillna(0) == 0).all()
        assert (npers[comp == "Personne seule"] == 1).all()
        assert (npers[comp == "Couple sans enfant"] == 2).all()
        assert (npers[comp == "Couple avec enfant(s)"] >= 3).all()
        assert (npers[comp == "Famille monoparentale"] >= 2).all()
        m = ch.notna()
        assert (ch[m] <= npers[m] - 1).all()
        assert set(comp) <= set(gt.COMPOSITIONS) | {""}
        assert set(o["ACTIVITE_TITULAIRE"]) <= set(gt.ACTIVITES) | {""}
        assert set(o["APL"]) <= {"Oui", "Non", ""}
        for col in ("COMPOSITION", "APL", "AGE_TITULAIRE"):
            assert 0.02 < (o[col] == "").mean() < 0.09, col
        if y == 2024:
            assert (o["TRANCHE_PLAFOND"] == "").all()
            assert 0.02 < (o["REVENU_ANNUEL"] == "").mean() < 0.09
            # exactly the dwellings let on 01/01/2024, moved in on the lease date
            assert set(o["IDENT_REP"]) == set(rpls.loc[rpls["MODE"] == "1", "IDENT_REP"])
            bail = dict(zip(rpls["IDENT_REP"], rpls["BAIL"]))
            d = o[o["DATE_EMMENAGEMENT"] != ""]
            assert (d["DATE_EMMENAGEMENT"] == d["IDENT_REP"].map(bail)).all()
            assert o["IDENT_REP"].isin(new_dw).any()
        else:
            assert (o["REVENU_ANNUEL"] == "").all()
            assert set(o["TRANCHE_PLAFOND"]) <= set(gt.TRANCHES) | {""}
            assert not o["IDENT_REP"].isin(new_dw).any()


def test_flows_consistency(small, data):
    rpls = data["rpls"]
    ids = set(rpls["IDENT_REP"])
    a = _read(small / "attributions_2021_2024.csv", "cp1252")
    d = _read(small / "departs_2021_2024.csv")
    assert a["Numéro d'attribution"].is_unique
    assert a["Identifiant logement"].isin(ids).all()
    assert d["IDENT_REP"].isin(ids).all()
    ad = pd.to_datetime(a["Date de signature du bail"], format="%d/%m/%Y")
    dd = pd.to_datetime(d["DATE_DEPART"], format="%Y-%m-%d")
    for s in (ad, dd):
        assert s.min() >= pd.Timestamp("2021-01-01") and s.max() <= pd.Timestamp("2024-12-31")
    assert set(d["MOTIF"]) <= set(gt.MOTIFS)
    for c in ("Ménage DALO", "Public prioritaire", "Relogement NPNRU"):
        assert set(a[c]) <= {"O", "N"}
    assert set(a["Réservataire"].astype(int)) <= set(range(1, 8))
    # events of a dwelling alternate: attributed only after it was left
    ev = pd.concat([
        pd.DataFrame({"dw": a["Identifiant logement"], "t": ad, "k": "A"}),
        pd.DataFrame({"dw": d["IDENT_REP"], "t": dd, "k": "D"}),
    ]).sort_values(["dw", "t", "k"], kind="mergesort")
    same_dw = ev["dw"].eq(ev["dw"].shift())
    assert not (same_dw & ev["k"].eq(ev["k"].shift())).any()
    # the BAIL of a dwelling let in 2021-2023 is the date of an attribution
    occ = rpls[(rpls["MODE"] == "1")]
    bail = pd.to_datetime(occ["BAIL"], format="%d/%m/%Y")
    recent = occ[(bail >= "2021-01-01") & (bail < "2024-01-01")]
    keys = set(zip(a["Identifiant logement"], a["Date de signature du bail"]))
    assert len(recent) > 0
    assert all(k in keys for k in zip(recent["IDENT_REP"], recent["BAIL"]))
    # no lease signed in 2021-2023 on a dwelling vacant on 01/01/2024 after it
    vac = rpls[rpls["MODE"] == "2"]
    vstart = dict(zip(vac["IDENT_REP"], pd.to_datetime(vac["VACANCE"], format="%d/%m/%Y")))
    av = a[a["Identifiant logement"].isin(vstart)]
    avd = ad[av.index]
    assert not ((avd >= av["Identifiant logement"].map(vstart)) & (avd < "2024-01-01")).any()
    # internal mutations: destination attributed 0-45 days before the departure
    mut = d[d["MOTIF"] == "mutation interne"]
    assert len(mut) > 0
    assert (mut["LOGEMENT_DESTINATION"] != "").all()
    assert (d.loc[d["MOTIF"] != "mutation interne", "LOGEMENT_DESTINATION"] == "").all()
    by_dw = a.assign(t=ad).groupby("Identifiant logement")["t"].apply(list).to_dict()
    dep = dict(zip(rpls["IDENT_REP"], rpls["DEPCOM"]))
    for _, r in mut.iterrows():
        t = pd.Timestamp(r["DATE_DEPART"])
        assert r["LOGEMENT_DESTINATION"] != r["IDENT_REP"]
        assert any(pd.Timedelta(0) <= t - x <= pd.Timedelta(days=45)
                   for x in by_dw.get(r["LOGEMENT_DESTINATION"], []))
        assert r["COMMUNE_DESTINATION"] == dep[r["LOGEMENT_DESTINATION"]]
    # attributions per year: 8-10 % of the stock hors QPV, more in QPV
    zone = a["Identifiant logement"].map(data["zone_of"])
    stock = pd.Series(data["zone_of"]).value_counts()
    rate = zone.value_counts() / 4 / stock
    assert 0.07 < rate["HORS"] < 0.11
    assert rate["QPV"] > rate["HORS"]
    dm = _read(small / "demandes_2024.csv")
    assert 2.0 < len(dm) / (len(a) / 4) < 4.0
    assert (dm["EPCI"] == "200099999").all()
    assert dm["NUM_UNIQUE"].is_unique
    wished = dm["COMMUNES_SOUHAITEES"].str.split(",").explode()
    assert set(wished) <= {"37901", "37902", "37903", "37904", "37905"}
    # domain.md 5.9: the typology wished and the mutations (about a third of the demand)
    assert set(dm["TYPE_LOGEMENT_RECHERCHE"]) <= {"T1", "T2", "T3", "T4", "T5", "T6"}
    assert 0.25 < (dm["MUTATION"] == "Oui").mean() < 0.41
    # the attribution of the destination of an internal mutation (0-45 days before the
    # departure) is flagged a mutation; most attributions are not
    assert set(a["Mutation"]) == {"O", "N"} and (a["Mutation"] == "O").mean() < 0.5
    flagged = a.assign(t=ad)[a["Mutation"] == "O"].groupby("Identifiant logement")["t"].apply(list).to_dict()
    for _, r in mut.iterrows():
        t = pd.Timestamp(r["DATE_DEPART"])
        assert any(pd.Timedelta(0) <= t - x <= pd.Timedelta(days=45)
                   for x in flagged.get(r["LOGEMENT_DESTINATION"], [])), r["LOGEMENT_DESTINATION"]


def test_new_buildings_metadata(data):
    meta = data["meta"]
    rpls = data["rpls"]
    for y in ("2023", "2024"):
        b = meta["mises_en_service"][y]["batiment_id"]
        r = rpls[rpls["IMMEU"] == b]
        assert len(r) == meta["mises_en_service"][y]["nb_logements"] > 0
        assert (r["LOCAT"] == y).all() and (r["CONSTRUCT"] == y).all()
    assert meta["plafonds_plus"]["categories"]["1"] == 21878
    assert meta["encodages"]["ops_2022.csv"] == "cp1252"
    assert meta["epci"]["code_epci"] == "200099999"


# ---------------------------------------------------------------------------
# the planted fragile sector and the QPV contrast
# ---------------------------------------------------------------------------

def _ops_shares(small, zone_of):
    """Per zone: share of 'Famille monoparentale' and of households < 40 % of the
    PLUS ceiling, from ops_2022 (tranche) and ops_2024 (income) pooled."""
    rows = []
    o22 = _read(small / "ops_2022.csv", "cp1252")
    o22["lt40"] = np.where(o22["TRANCHE_PLAFOND"] == "", np.nan,
                           o22["TRANCHE_PLAFOND"].isin(["<20%", "20-40%"]).astype(float))
    rows.append(o22)
    o24 = _read(small / "ops_2024.csv")
    rev = o24["REVENU_ANNUEL"].replace("", np.nan).astype(float)
    ratio = rev / _plafond(o24["NB_PERSONNES"].astype(int))
    o24["lt40"] = np.where(rev.isna(), np.nan, (ratio < 0.4).astype(float))
    rows.append(o24)
    o = pd.concat(rows, ignore_index=True)
    o["zone"] = o["IDENT_REP"].map(zone_of)
    o["mono"] = np.where(o["COMPOSITION"] == "", np.nan,
                         (o["COMPOSITION"] == "Famille monoparentale").astype(float))
    return o.groupby("zone")[["mono", "lt40"]].mean(), o


def test_planted_sector_geometry(data):
    from shapely.ops import unary_union

    meta = data["meta"]
    sect = meta["secteur_fragile_planté"]
    assert 6 <= len(sect["ilot_ids"]) <= 10
    geoms = [i["geometry"] for i in data["ilots"] if i["ilot_id"] in data["planted"]]
    assert len(geoms) == len(sect["ilot_ids"])
    # one connected group with gaps <= 30 m
    n = len(geoms)
    seen, stack = {0}, [0]
    while stack:
        k = stack.pop()
        for j in range(n):
            if j not in seen and geoms[k].distance(geoms[j]) <= 30.0:
                seen.add(j)
                stack.append(j)
    assert len(seen) == n
    qpv = unary_union([q["geometry"] for q in data["qpv"]])
    for g in geoms:
        assert not g.intersects(qpv)
        assert g.distance(qpv) >= 500.0
    bats = {b["batiment_id"] for b in data["bats"] if b["ilot_id"] in data["planted"]}
    assert bats == set(sect["batiment_ids"])


def test_planted_sector_is_fragile(small, data):
    shares, o = _ops_shares(small, data["zone_of"])
    assert (o["zone"] == "PLANTED").sum() >= 100
    for col in ("mono", "lt40"):
        p, q, h = shares.loc["PLANTED", col], shares.loc["QPV", col], shares.loc["HORS", col]
        assert p > h + 0.05, (col, p, h)
        assert p > 0.75 * q, (col, p, q)


def test_qpv_concentrate_low_resources(small, data):
    o = _read(small / "ops_2020.csv")
    o = o[o["TRANCHE_PLAFOND"] != ""]
    zone = o["IDENT_REP"].map(data["zone_of"])
    low = o["TRANCHE_PLAFOND"].isin(["<20%", "20-40%"])
    assert low[zone == "QPV"].mean() > low[zone == "HORS"].mean() + 0.1
    shares, _ = _ops_shares(small, data["zone_of"])
    assert shares.loc["QPV", "mono"] > shares.loc["HORS", "mono"]
    r = data["rpls"]
    r12 = r[r["MODE"].isin(["1", "2"])]
    z = r12["IDENT_REP"].map(data["zone_of"])
    vac = r12["MODE"].eq("2")
    assert vac[z == "QPV"].mean() > vac[z == "HORS"].mean()


def test_income_classifies_back(small):
    o = _read(small / "ops_2024.csv")
    o = o[o["REVENU_ANNUEL"] != ""]
    ratio = o["REVENU_ANNUEL"].astype(float) / _plafond(o["NB_PERSONNES"].astype(int))
    bounds = np.array([0.2, 0.4, 0.6, 1.0])
    assert np.abs(ratio.to_numpy()[:, None] - bounds[None, :]).min() > 0.001
    share_lt60 = (ratio < 0.6).mean()
    assert 0.5 < share_lt60 < 0.75


# ---------------------------------------------------------------------------
# scaling
# ---------------------------------------------------------------------------

def test_scaling(tmp_path):
    m1 = gt.generer(str(tmp_path / "a"), logements=10000, seed=1, tables=["rpls"])
    m2 = gt.generer(str(tmp_path / "b"), logements=20000, seed=1, tables=["rpls"])
    r = m2["effectifs"]["batiments"] / m1["effectifs"]["batiments"]
    assert 1.7 < r < 2.3
    r = m2["effectifs"]["ilots"] / m1["effectifs"]["ilots"]
    assert 1.7 < r < 2.3
    assert m1["effectifs"]["rpls_2024"] == 10000 and m2["effectifs"]["rpls_2024"] == 20000
    assert len(m1["secteur_fragile_planté"]["ilot_ids"]) >= 6
    assert len(m1["codes_qpv"]) == 3
