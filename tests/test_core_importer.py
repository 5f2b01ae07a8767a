"""Reading raw files (core/csvfile.py) and mapping them to the canonical tables (core/importer.py).

Reference: domain.md section 3 (canonical tables, real column names, "every import takes
a field mapping (canonical name → source column), guessed from the known real names ...
overridable by the user, and reports what it could not map") and section 8 (MAPPING).

Row numbers in the report are 1-based data rows (the first line under the header is 1),
as importer.rows_text documents. No QGIS here.
"""

import datetime as dt
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from peuplement_plugin.core import csvfile, importer, schemas
from peuplement_plugin.core.errors import PeuplementError


def write(path, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def frame(header, *rows, sep=";"):
    """A raw table as every column read as text (what read_delimited gives)."""
    columns = header.split(sep)
    data = [[None if v == "" else v for v in row.split(sep)] for row in rows]
    return pd.DataFrame(data, columns=columns, dtype=object)


def line(result, champ, niveau=importer.AVERTISSEMENT, contains=""):
    found = [r for r in result.report if r.champ == champ and r.niveau == niveau and contains in r.probleme]
    assert len(found) == 1, "expected one report line for {} ({}): {}".format(champ, contains, result.report)
    return found[0]


# =========================================================================== csvfile


def test_csv_utf8(tmp_path):
    path = write(tmp_path / "rpls.csv", "IDENT_REP;Nom du Programme\nL1;Résidence Bérénice\n")
    raw = csvfile.read_delimited(str(path))
    assert list(raw.columns) == ["IDENT_REP", "Nom du Programme"]
    assert raw.loc[0, "Nom du Programme"] == "Résidence Bérénice"
    assert raw.attrs["separator"] == ";"


def test_csv_utf8_with_bom_first_column_name_is_clean(tmp_path):
    path = write(tmp_path / "rpls.csv", "IDENT_REP;IMMEU\nL1;Bât. Été\n", bom=True)
    raw = csvfile.read_delimited(str(path))
    # the BOM must not stick to the first column name, or IDENT_REP would not be recognised
    assert list(raw.columns) == ["IDENT_REP", "IMMEU"]
    assert raw.loc[0, "IMMEU"] == "Bât. Été"
    assert importer.guess_mapping(list(raw.columns), "logements")["logement_id"] == "IDENT_REP"


def test_csv_windows_1252_accents_read_back(tmp_path):
    # é è à ç, and two characters that exist in cp1252 but not in latin-1: œ (0x9C) and € (0x80)
    text = "Numéro d'attribution;Réservataire;Commentaire\nA1;État;cœur de ville, loyer 300 €\n"
    path = write(tmp_path / "sne.csv", text, encoding="cp1252")
    assert b"\xe9" in path.read_bytes()  # really single-byte accents, not UTF-8
    raw = csvfile.read_delimited(str(path))
    assert list(raw.columns) == ["Numéro d'attribution", "Réservataire", "Commentaire"]
    assert raw.loc[0, "Réservataire"] == "État"
    assert raw.loc[0, "Commentaire"] == "cœur de ville, loyer 300 €"
    assert raw.attrs["encoding"].lower().replace("-", "") in ("cp1252", "windows1252")


def test_csv_windows_1252_crlf(tmp_path):
    path = write(tmp_path / "rpls.csv", "IDENT_REP;ETAGE\r\nL1;Rez-de-chaussée\r\nL2;1er\r\n",
                 encoding="cp1252")
    raw = csvfile.read_delimited(str(path))
    assert list(raw.columns) == ["IDENT_REP", "ETAGE"]
    assert raw["ETAGE"].tolist() == ["Rez-de-chaussée", "1er"]


def test_csv_explicit_encoding(tmp_path):
    path = write(tmp_path / "a.csv", "A;B\né;è\n", encoding="latin-1")
    raw = csvfile.read_delimited(str(path), encoding="cp1252")
    assert raw.loc[0, "A"] == "é"


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_csv_separator_detection(tmp_path, sep):
    text = sep.join(["IDENT_REP", "IMMEU", "DEPCOM"]) + "\n" + sep.join(["L1", "I1", "01053"]) + "\n"
    raw = csvfile.read_delimited(str(write(tmp_path / "t.csv", text)))
    assert raw.attrs["separator"] == sep
    assert list(raw.columns) == ["IDENT_REP", "IMMEU", "DEPCOM"]
    # read as text: the leading zero of DEPCOM survives
    assert raw.loc[0, "DEPCOM"] == "01053"


def test_csv_semicolon_with_decimal_commas_in_data(tmp_path):
    # The header decides: 2 ";" and no "," → ";" even if the data rows are full of commas.
    text = "IDENT_REP;LOYERPRINC;SURFHAB\nL1;412,35;65,2\nL2;1 234,56;80\n"
    raw = csvfile.read_delimited(str(write(tmp_path / "t.csv", text)))
    assert raw.attrs["separator"] == ";"
    assert raw["LOYERPRINC"].tolist() == ["412,35", "1 234,56"]


@pytest.mark.parametrize("given", ["\\t", "tab", "\t"])
def test_csv_explicit_tab_separator(tmp_path, given):
    raw = csvfile.read_delimited(str(write(tmp_path / "t.tsv", "A\tB\n1\t2\n")), separator=given)
    assert list(raw.columns) == ["A", "B"]


def test_csv_blanks_are_nan_and_everything_is_text(tmp_path):
    raw = csvfile.read_delimited(str(write(tmp_path / "t.csv", "A;B;C\n007;;3,5\n")))
    assert raw.loc[0, "A"] == "007"
    assert pd.isna(raw.loc[0, "B"])
    assert raw.loc[0, "C"] == "3,5"


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_csv_empty_file_error_names_the_file(tmp_path, content):
    path = tmp_path / "logements_vide.csv"
    path.write_bytes(content)
    with pytest.raises(PeuplementError) as error:
        csvfile.read_delimited(str(path))
    assert "logements_vide.csv" in str(error.value)
    assert "vide" in str(error.value).lower()


def test_csv_header_only_file_error_names_the_file(tmp_path):
    # A header and no row: the import of this file stops with an error naming the file.
    path = write(tmp_path / "rpls_entete_seul.csv", "IDENT_REP;IMMEU;ETAGE\n")
    with pytest.raises(PeuplementError) as error:
        raw = csvfile.read_delimited(str(path))
        assert list(raw.columns) == ["IDENT_REP", "IMMEU", "ETAGE"]
        importer.canonicalise(raw, "logements", source_name=str(path))
    assert "rpls_entete_seul.csv" in str(error.value)


def test_csv_missing_file_error_names_the_file(tmp_path):
    with pytest.raises(PeuplementError) as error:
        csvfile.read_delimited(str(tmp_path / "absent.csv"))
    assert "absent.csv" in str(error.value)


def test_is_delimited_path():
    assert csvfile.is_delimited_path("/d/RPLS_2023.CSV")
    assert csvfile.is_delimited_path("x.txt") and csvfile.is_delimited_path("x.tsv")
    assert not csvfile.is_delimited_path("/d/rpls.gpkg")
    assert not csvfile.is_delimited_path(None)


# =========================================================================== mapping


def test_parse_mapping_syntax():
    text = "logement_id=IDENT_REP; batiment_id = IMMEU\nresidence_id=Nom.du.Programme,etage=NIV ;;"
    assert importer.parse_mapping(text) == {
        "logement_id": "IDENT_REP", "batiment_id": "IMMEU",
        "residence_id": "Nom.du.Programme", "etage": "NIV"}
    assert importer.parse_mapping("") == {}
    assert importer.parse_mapping(None) == {}
    # a source column containing "=" keeps everything after the first "="
    assert importer.parse_mapping("loyer=LOYER=PRINC") == {"loyer": "LOYER=PRINC"}


def test_parse_mapping_bad_pair_is_an_error_quoting_it():
    with pytest.raises(PeuplementError) as error:
        importer.parse_mapping("logement_id=IDENT_REP; IMMEU")
    assert "IMMEU" in str(error.value)


RPLS_COLUMNS = ["IDENT_REP", "IMMEU", "Nom du Programme", "DEPCOM", "ETAGE", "FINAN", "MODE", "BAIL",
                "LOYERPRINC", "PLG_IRIS2024_CODE", "PLG_QP24"]


def test_guess_mapping_real_rpls_names():
    mapping = importer.guess_mapping(RPLS_COLUMNS, "logements")
    assert mapping == {
        "logement_id": "IDENT_REP", "batiment_id": "IMMEU", "residence_id": "Nom du Programme",
        "depcom": "DEPCOM", "etage": "ETAGE", "finan": "FINAN", "mode_occupation": "MODE",
        "date_bail": "BAIL", "loyer": "LOYERPRINC", "code_iris": "PLG_IRIS2024_CODE",
        "code_qpv": "PLG_QP24"}


def test_guess_mapping_dotted_names_as_in_bondy_gpkg():
    # realdata/bondy/RPLS.gpkg writes Nom.du.Programme and Année.de.construction (domain.md 7)
    mapping = importer.guess_mapping(["cle", "appartement", "etage", "Nom.du.Programme",
                                      "Année.de.construction"], "logements")
    assert mapping["residence_id"] == "Nom.du.Programme"
    assert mapping["annee_construction"] == "Année.de.construction"
    assert mapping["nb_logements"] == "appartement"
    assert mapping["etage"] == "etage"


def test_guess_mapping_lowercase_and_finan_code():
    mapping = importer.guess_mapping(["ident_rep", "immeu", "finan_code", "plg_qp24"], "logements")
    assert mapping == {"logement_id": "ident_rep", "batiment_id": "immeu", "finan": "finan_code",
                       "code_qpv": "plg_qp24"}


def test_mapping_override_wins_over_guess():
    columns = ["IDENT_REP", "N° logement bailleur", "IMMEU", "Code bât"]
    overrides = importer.parse_mapping("logement_id=N° logement bailleur; batiment_id=Code bât")
    mapping = importer.guess_mapping(columns, "logements", overrides)
    assert mapping["logement_id"] == "N° logement bailleur"
    assert mapping["batiment_id"] == "Code bât"
    # the columns the guess would have used are not taken by another field
    assert "IDENT_REP" not in mapping.values() and "IMMEU" not in mapping.values()


def test_mapping_override_matches_a_column_by_its_normalised_name():
    mapping = importer.guess_mapping(["IDENT_REP", "IMMEU", "Nom.du.Programme"], "logements",
                                     {"residence_id": "nom du programme"})
    assert mapping["residence_id"] == "Nom.du.Programme"


def test_mapping_unknown_source_column_is_an_error_naming_it():
    raw = frame("IDENT_REP;IMMEU", "L1;I1")
    with pytest.raises(PeuplementError) as error:
        importer.canonicalise(raw, "logements", {"etage": "NIVEAU_INEXISTANT"})
    message = str(error.value)
    assert "NIVEAU_INEXISTANT" in message
    assert "IDENT_REP" in message and "IMMEU" in message  # the columns present are listed


def test_mapping_unknown_canonical_field_is_an_error_naming_it():
    with pytest.raises(PeuplementError) as error:
        importer.guess_mapping(["IDENT_REP", "IMMEU"], "logements", {"numero_porte": "IMMEU"})
    assert "numero_porte" in str(error.value)


def test_unknown_kind():
    with pytest.raises(KeyError):
        schemas.table("locataires")


# =========================================================================== required fields


def test_missing_required_field_error_names_field_and_lists_columns():
    raw = frame("IDENT_REP;ETAGE;FINAN", "L1;RC;10")
    with pytest.raises(PeuplementError) as error:
        importer.canonicalise(raw, "logements", source_name="rpls_2023.csv")
    message = str(error.value)
    assert "batiment_id" in message
    for column in ("IDENT_REP", "ETAGE", "FINAN"):
        assert column in message
    assert "rpls_2023.csv" in message
    assert "MAPPING" in message


def test_required_narrowed_by_caller():
    # a point-in-polygon join does not need batiment_id
    raw = frame("IDENT_REP;X;Y", "L1;652469;6861660")
    result = importer.canonicalise(raw, "logements", required=("logement_id",))
    assert result.frame["logement_id"].tolist() == ["L1"]
    assert result.frame["x"].tolist() == [652469.0]


def test_header_only_frame_is_an_error():
    raw = pd.DataFrame(columns=["IDENT_REP", "IMMEU"], dtype=object)
    with pytest.raises(PeuplementError) as error:
        importer.canonicalise(raw, "logements", source_name="vide.csv")
    assert "vide.csv" in str(error.value)


def test_every_row_set_aside_is_an_error():
    raw = frame("IDENT_REP;IMMEU", ";I1", ";I2")
    with pytest.raises(PeuplementError) as error:
        importer.canonicalise(raw, "logements", source_name="rpls.csv")
    assert "rpls.csv" in str(error.value)


# =========================================================================== logements end to end

# Seven data rows; the comment on each says what the import must do with it.
RPLS_HEADER = ("IDENT_REP;IMMEU;Nom du Programme;DEPCOM;ETAGE;FINAN;MODE;BAIL;LOYERPRINC;"
               "PLG_IRIS2024_CODE;PLG_QP24;NBPIECE;SURFHAB;Code gardien")
RPLS_ROWS = (
    "L001;I01;Les Fontaines;37261;RC;10;1;15/03/2019;312,50;372610101;QN03701M;3;65,2;G1",  # 1 ok
    "L002;I01;Les Fontaines;37261;1er;12;2;;9999;372610101;QN03701M;2;48;G1",               # 2 ok
    "L003;I02;Sanitas;37261;99;18;1;2020-01-31;401;372610102;HZ;4;80;G2",   # 3 floor 99, FINAN 18
    "L002;I02;Sanitas;37261;2;12;1;01/01/2021;350;372610102;HZ;3;70;G2",   # 4 duplicate of row 2
    ";I02;Sanitas;37261;3;12;1;01/01/2021;350;372610102;HZ;3;70;G2",       # 5 no logement_id
    "L006;;Sanitas;37261;3;77;1;01/01/2021;350;372610102;HZ;3;70;G2",      # 6 no batiment_id, FINAN 77
    "L007;I03;Bourg;1053;SS;55;7;31/02/2023;1 234,56;010530000;CSZ;5;110;",  # 7 MODE 7, date 31/02
)


@pytest.fixture()
def rpls_result():
    return importer.canonicalise(frame(RPLS_HEADER, *RPLS_ROWS), "logements", source_name="rpls.csv")


def test_logements_rows_kept_and_set_aside(rpls_result):
    # rows 4 (duplicate), 5 (no id), 6 (no building) set aside: 7 read, 4 kept (1, 2, 3, 7)
    assert rpls_result.rows_read == 7
    assert rpls_result.set_aside == 3
    assert rpls_result.frame["logement_id"].tolist() == ["L001", "L002", "L003", "L007"]
    # the index is the raw row number (0-based), to align columns kept aside
    assert rpls_result.frame.index.tolist() == [0, 1, 2, 6]


def test_logements_values_parsed(rpls_result):
    f = rpls_result.frame.set_index("logement_id")
    assert f.loc["L001", "batiment_id"] == "I01"
    assert f.loc["L001", "residence_id"] == "Les Fontaines"
    assert f["etage"].tolist()[:2] == [0, 1]                 # RC → 0, 1er → 1
    assert pd.isna(f.loc["L003", "etage"])                    # 99 → NULL
    assert f.loc["L007", "etage"] == -1                       # SS → -1
    assert f["finan"].tolist()[:2] == ["PLAI", "PLUS"]        # 10 → PLAI, 12 → PLUS
    assert pd.isna(f.loc["L003", "finan"])                    # 18 unknown
    assert f.loc["L007", "finan"] == "PLUS"                   # 55 → PLUS
    assert f["mode_occupation"].tolist()[:3] == [1, 2, 1]
    assert pd.isna(f.loc["L007", "mode_occupation"])          # 7 unknown
    assert f.loc["L001", "date_bail"] == pd.Timestamp(dt.date(2019, 3, 15))
    assert pd.isna(f.loc["L002", "date_bail"])                # blank
    assert pd.isna(f.loc["L007", "date_bail"])                # 31/02 impossible
    assert f.loc["L001", "loyer"] == pytest.approx(312.50)
    assert f.loc["L002", "loyer"] == 9999                     # kept; the indicators skip "sans objet"
    assert f.loc["L007", "loyer"] == pytest.approx(1234.56)
    assert f.loc["L001", "depcom"] == "37261"
    assert f.loc["L007", "depcom"] == "01053"                 # zero-padded back
    assert f.loc["L001", "code_iris"] == "372610101"
    assert f.loc["L007", "code_iris"] == "010530000"
    assert f.loc["L001", "code_qpv"] == "QN03701M"
    assert f.loc["L003", "code_qpv"] == "" and f.loc["L007", "code_qpv"] == ""  # HZ, CSZ: outside
    assert f["nb_pieces"].tolist() == [3, 2, 4, 5]
    assert f.loc["L001", "surface"] == pytest.approx(65.2)


def test_logements_report_unknown_codes_with_rows_and_examples(rpls_result):
    finan = line(rpls_result, "finan", contains="code inconnu")
    assert finan.colonne_source == "FINAN"
    assert finan.nb_lignes == 2
    assert finan.lignes == "3, 6"
    assert "18" in finan.exemples and "77" in finan.exemples
    mode = line(rpls_result, "mode_occupation", contains="code inconnu")
    assert (mode.nb_lignes, mode.lignes) == (1, "7")
    assert "7" in mode.exemples
    etage = line(rpls_result, "etage")
    assert (etage.nb_lignes, etage.lignes, etage.colonne_source) == (1, "3", "ETAGE")
    assert "99" in etage.exemples
    date = line(rpls_result, "date_bail")
    assert (date.nb_lignes, date.lignes) == (1, "7")
    assert "31/02/2023" in date.exemples


def test_logements_report_required_missing_and_duplicates(rpls_result):
    no_id = line(rpls_result, "logement_id", contains="obligatoire")
    assert (no_id.nb_lignes, no_id.lignes, no_id.colonne_source) == (1, "5", "IDENT_REP")
    no_building = line(rpls_result, "batiment_id", contains="obligatoire")
    assert (no_building.nb_lignes, no_building.lignes) == (1, "6")
    double = line(rpls_result, "logement_id", contains="double")
    assert (double.nb_lignes, double.lignes) == (1, "4")
    assert "L002" in double.exemples
    # every warning is a warning, and the report has one "correspondance" line per mapped field
    assert all(w.niveau == importer.AVERTISSEMENT for w in rpls_result.warnings())
    assert len(rpls_result.warnings()) == 7
    mapped = [r for r in rpls_result.report if r.niveau == importer.INFO and r.probleme == "correspondance"]
    assert {r.champ: r.colonne_source for r in mapped} == rpls_result.mapping
    unused = line(rpls_result, "", niveau=importer.INFO, contains="non utilis")
    assert unused.colonne_source == "Code gardien"


def test_report_frame_columns(rpls_result):
    report = rpls_result.report_frame()
    assert tuple(report.columns) == ("niveau", "champ", "colonne_source", "probleme", "nb_lignes", "lignes",
                                     "exemples")
    assert len(report) == len(rpls_result.report)
    assert set(report["niveau"]) <= {importer.ERREUR, importer.AVERTISSEMENT, importer.INFO}


def test_report_quotes_at_most_20_rows_and_5_examples():
    # 25 distinct unknown FINAN codes 20..44 on rows 1..25: 20 rows quoted then "…",
    # and 5 examples.
    rows = ["L{0};I1;{1}".format(i, 19 + i) for i in range(1, 26)]
    result = importer.canonicalise(frame("IDENT_REP;IMMEU;FINAN", *rows), "logements")
    finan = line(result, "finan")
    assert finan.nb_lignes == 25
    assert finan.lignes == ", ".join(str(i) for i in range(1, 21)) + " …"
    assert finan.exemples.count("«") == 5


def test_duplicate_key_keeps_the_valid_row_when_the_first_occurrence_is_set_aside():
    # Row 1 has no building (set aside); row 2 is the same dwelling, complete. The message of
    # a duplicate says "seule la première ligne est gardée": here no row at all would be kept
    # for L9 if row 2 were dropped as a duplicate of a row that is itself set aside.
    raw = frame("IDENT_REP;IMMEU", "L9;", "L9;I9", "L8;I8")
    result = importer.canonicalise(raw, "logements")
    assert sorted(result.frame["logement_id"]) == ["L8", "L9"]
    assert result.frame.set_index("logement_id").loc["L9", "batiment_id"] == "I9"


def test_plg_iris_local_code_is_prefixed_with_depcom():
    # domain.md 3.1, code_iris: "older PLG_IRIS (local 4 digits → prefix DEPCOM)".
    # DEPCOM 37261 + local IRIS 0101 → 372610101; a full 9-character code is kept.
    raw = frame("IDENT_REP;IMMEU;DEPCOM;PLG_IRIS", "L1;I1;37261;0101", "L2;I1;37261;372610102")
    result = importer.canonicalise(raw, "logements")
    assert result.mapping["code_iris"] == "PLG_IRIS"
    assert result.frame["code_iris"].tolist() == ["372610101", "372610102"]


def test_aggregated_rpls_weights_column():
    raw = frame("cle;Nom.du.Programme;appartement;etage", "A1;Cité Blanqui;24;R+4", "A2;Cité;8;3")
    result = importer.canonicalise(raw, "logements", {"logement_id": "cle", "batiment_id": "cle"})
    assert result.frame["nb_logements"].tolist() == [24, 8]
    assert result.frame["residence_id"].tolist() == ["Cité Blanqui", "Cité"]


def test_mapping_override_end_to_end():
    raw = frame("N° logt;Code bât;IDENT_REP", "X1;B1;L1", "X2;B1;L2")
    result = importer.canonicalise(raw, "logements", importer.parse_mapping("logement_id=N° logt;"
                                                                             "batiment_id=Code bât"))
    assert result.frame["logement_id"].tolist() == ["X1", "X2"]
    assert result.mapping["logement_id"] == "N° logt"
    unused = line(result, "", niveau=importer.INFO, contains="non utilis")
    assert unused.colonne_source == "IDENT_REP"


# =========================================================================== the other four kinds


SNE_ATTRIBUTIONS_HEADER = ("Numéro d'attribution;Identifiant logement;Date de signature du bail;"
                           "Nombre de personnes;Nombre d'enfants de moins de 14 ans;Revenu mensuel;"
                           "Ménage DALO;Public prioritaire;Relogement NPNRU;Réservataire;Bailleur")


def test_attributions_sne_header_from_cp1252_file(tmp_path):
    text = "\r\n".join([
        SNE_ATTRIBUTIONS_HEADER,
        "A1;L001;15/03/2023;3;1;1 250,50;O;N;Non;2;Val Touraine Habitat",
        "A2;L002;2023-06-01;1;0;640;N;O;Oui;7;Tours Métropole Habitat",
        "A3;L003;31/02/2023;2;;980,00;N;N;N;3;Tours Métropole Habitat",   # impossible date: set aside
        "A1;L004;01/07/2023;2;0;700;N;N;N;1;Val Touraine Habitat",         # repeated attribution id
        "A5;L005;01/08/2023;2;0;700;peut-être;N;N;9;Val Touraine Habitat",  # unknown DALO, réservataire 9
    ]) + "\r\n"
    path = write(tmp_path / "attributions_sne.csv", text, encoding="cp1252")
    raw = csvfile.read_delimited(str(path))
    result = importer.canonicalise(raw, "attributions", source_name=str(path))
    assert result.mapping == {
        "attribution_id": "Numéro d'attribution", "logement_id": "Identifiant logement",
        "date_attribution": "Date de signature du bail", "nb_personnes": "Nombre de personnes",
        "nb_enfants_moins_14": "Nombre d'enfants de moins de 14 ans", "revenu_mensuel": "Revenu mensuel",
        "dalo": "Ménage DALO", "prioritaire": "Public prioritaire",
        "relogement_renouvellement": "Relogement NPNRU", "reservataire": "Réservataire",
        "bailleur": "Bailleur"}
    f = result.frame.set_index("attribution_id")
    assert f.index.tolist() == ["A1", "A2", "A5"]
    assert f.loc["A1", "date_attribution"] == pd.Timestamp(dt.date(2023, 3, 15))
    assert f.loc["A2", "date_attribution"] == pd.Timestamp(dt.date(2023, 6, 1))
    assert f.loc["A1", "revenu_mensuel"] == pytest.approx(1250.50)
    assert f["nb_personnes"].tolist() == [3, 1, 2]
    assert f["nb_enfants_moins_14"].tolist() == [1, 0, 0]
    assert f["dalo"].tolist()[:2] == [True, False]
    assert pd.isna(f.loc["A5", "dalo"])
    assert f["prioritaire"].tolist() == [False, True, False]
    assert f["relogement_renouvellement"].tolist() == [False, True, False]
    assert f["reservataire"].tolist()[:2] == [2, 7]
    assert pd.isna(f.loc["A5", "reservataire"])
    assert f.loc["A2", "bailleur"] == "Tours Métropole Habitat"   # cp1252 é read back
    assert line(result, "date_attribution", contains="illisible").lignes == "3"
    assert line(result, "date_attribution", contains="obligatoire").lignes == "3"
    assert line(result, "attribution_id", contains="double").lignes == "4"
    assert line(result, "dalo").lignes == "5"
    assert line(result, "reservataire").lignes == "5"


OPS_HEADER = ("IDENT_REP;Millésime;Nombre de personnes;Nombre d'enfants de moins de 14 ans;"
              "Composition ménage;Âge du titulaire;Revenu fiscal de référence;Tranche ressources;"
              "APL/AL;Activité du titulaire;Date d'emménagement")


def test_menages_ops_header():
    raw = frame(OPS_HEADER,
                "L001;2022;4;2;Couple avec enfant(s);41;18 400;20 - 40 %;Oui;Emploi précaire;01/09/2021",
                "L001;2024;4;2;Couple avec enfant(s);43;19 100;20 - 40 %;Oui;CDI;01/09/2021",  # other year
                "L002;2022;1;0;PERSONNE SEULE;72;9 800,5;< 20 %;N;Retraitée;1998-05-04",
                "L002;2022;1;0;Personne seule;72;9 800;< 20 %;N;Retraitée;1998-05-04",  # same key: aside
                "L003;2022;;0;Famille monoparentale;30;;;O;Chômage;",                  # no nb_personnes
                )
    result = importer.canonicalise(raw, "menages")
    assert result.mapping == {
        "logement_id": "IDENT_REP", "millesime": "Millésime", "nb_personnes": "Nombre de personnes",
        "nb_enfants_moins_14": "Nombre d'enfants de moins de 14 ans", "composition": "Composition ménage",
        "age_titulaire": "Âge du titulaire", "revenu_annuel": "Revenu fiscal de référence",
        "tranche_plafond": "Tranche ressources", "apl": "APL/AL",
        "activite_titulaire": "Activité du titulaire", "date_emmenagement": "Date d'emménagement"}
    f = result.frame
    # kept: rows 1, 2, 3 (row 4 repeats L002/2022, row 5 has no nb_personnes)
    assert list(zip(f["logement_id"], f["millesime"])) == [("L001", 2022), ("L001", 2024), ("L002", 2022)]
    assert f["composition"].tolist() == ["couple_avec_enfants", "couple_avec_enfants", "personne_seule"]
    assert f["tranche_plafond"].tolist() == ["20-40", "20-40", "<20"]
    assert f["apl"].tolist() == [True, True, False]
    assert f["activite_titulaire"].tolist() == ["emploi_precaire", "emploi_stable", "retraite"]
    assert f["revenu_annuel"].tolist() == pytest.approx([18400.0, 19100.0, 9800.5])
    assert f["date_emmenagement"].iloc[2] == pd.Timestamp(dt.date(1998, 5, 4))
    assert line(result, "logement_id+millesime", contains="double").lignes == "4"
    assert line(result, "nb_personnes", contains="obligatoire").lignes == "5"


DEPARTS_HEADER = ("Identifiant logement;Date de départ;Motif de départ;Commune de destination;"
                  "Logement de destination;Nombre de personnes;Composition ménage;Tranche ressources;"
                  "Quartile revenu")


def test_departs_header():
    raw = frame(DEPARTS_HEADER,
                "L001;30/06/2023;Mutation interne;37261;L050;3;Famille monoparentale;<20;1",
                "L001;15/12/2023;Achat;1053;;2;Couple sans enfant;60-100;4",  # same dwelling again: kept
                "L002;;Décès;;;1;Personne seule;<20;1")                      # no date: set aside
    result = importer.canonicalise(raw, "departs")
    assert result.mapping["logement_id"] == "Identifiant logement"
    assert result.mapping["date_depart"] == "Date de départ"
    assert result.mapping["destination_depcom"] == "Commune de destination"
    assert result.mapping["destination_logement_id"] == "Logement de destination"
    assert result.mapping["quartile"] == "Quartile revenu"
    f = result.frame
    assert f["logement_id"].tolist() == ["L001", "L001"]
    assert f["date_depart"].tolist() == [pd.Timestamp(2023, 6, 30), pd.Timestamp(2023, 12, 15)]
    assert f["destination_depcom"].tolist() == ["37261", "01053"]
    assert f["destination_logement_id"].tolist() == ["L050", None]
    assert f["composition"].tolist() == ["famille_monoparentale", "couple_sans_enfant"]
    assert f["quartile"].tolist() == [1, 4]
    assert line(result, "date_depart", contains="obligatoire").lignes == "3"


DEMANDES_HEADER = ("Numéro unique;Date de dépôt;Nombre de personnes;Nombre d'enfants de moins de 14 ans;"
                   "Revenu mensuel;EPCI;Communes souhaitées")


def test_demandes_header():
    raw = frame(DEMANDES_HEADER,
                "037112200012345;12/01/2022;3;1;1 480,00;243700754;Tours, Joué-lès-Tours",
                "037112200012346;2023-02-28;1;0;;243700754;Tours",          # no income: set aside
                "037112200012347;05/05/2023;2;0;0;243700754;",              # zero income is an income
                "037112200012345;12/01/2022;3;1;1 480,00;243700754;Tours")  # duplicate
    result = importer.canonicalise(raw, "demandes")
    assert result.mapping == {
        "demande_id": "Numéro unique", "date_depot": "Date de dépôt", "nb_personnes": "Nombre de personnes",
        "nb_enfants_moins_14": "Nombre d'enfants de moins de 14 ans", "revenu_mensuel": "Revenu mensuel",
        "epci": "EPCI", "communes_souhaitees": "Communes souhaitées"}
    f = result.frame
    assert f["demande_id"].tolist() == ["037112200012345", "037112200012347"]  # leading zero kept
    assert f["revenu_mensuel"].tolist() == [1480.0, 0.0]
    assert f["epci"].tolist() == ["243700754", "243700754"]
    assert f["communes_souhaitees"].tolist() == ["Tours, Joué-lès-Tours", None]
    assert line(result, "revenu_mensuel", contains="obligatoire").lignes == "2"
    assert line(result, "demande_id", contains="double").lignes == "4"


def test_every_kind_has_a_key_or_none_and_required_fields_of_the_spec():
    # domain.md 3.1–3.5, the R column
    assert schemas.table("logements").required == ("logement_id", "batiment_id")
    assert schemas.table("menages").required == ("logement_id", "millesime", "nb_personnes")
    assert schemas.table("attributions").required == ("attribution_id", "logement_id", "date_attribution",
                                                      "nb_personnes")
    assert schemas.table("departs").required == ("logement_id", "date_depart")
    assert schemas.table("demandes").required == ("demande_id", "date_depot", "nb_personnes",
                                                  "revenu_mensuel", "epci")
    assert set(schemas.KINDS) == {"logements", "menages", "attributions", "departs", "demandes",
                                  "enquete_mobilite"}
    # New kinds go at the end: the KIND enum indices of import_table keep their meaning.
    assert schemas.KINDS[:5] == ("logements", "menages", "attributions", "departs", "demandes")


# =========================================================================== real data (domain.md 7)

BONDY_RPLS = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "bondy" / "RPLS.gpkg"


@pytest.mark.skipif(not BONDY_RPLS.exists(), reason="realdata/bondy not available")
def test_bondy_rpls_addresses_deduplicated_by_cle():
    # RPLS 2022 of Bondy aggregated to address points; a GeoPackage is SQLite: read its
    # attribute table without GDAL or QGIS. The addresses repeat across programmes: the
    # import keeps the first row of each cle (in file order) and sets the repeats aside.
    with sqlite3.connect("file:{}?mode=ro".format(BONDY_RPLS), uri=True) as db:
        raw = pd.read_sql_query('SELECT cle, appartement, etage, "Nom.du.Programme", '
                                '"Année.de.construction" FROM rpls2022 ORDER BY fid', db)
        # independent counts, by SQL
        rows, distinct = db.execute("SELECT count(*), count(DISTINCT cle) FROM rpls2022").fetchone()
        first_sum, = db.execute("SELECT sum(appartement) FROM rpls2022 WHERE fid IN "
                                "(SELECT min(fid) FROM rpls2022 GROUP BY cle)").fetchone()
    result = importer.canonicalise(raw, "logements", importer.parse_mapping("logement_id=cle;batiment_id=cle"),
                                   source_name=str(BONDY_RPLS))
    assert result.mapping["residence_id"] == "Nom.du.Programme"
    assert result.mapping["annee_construction"] == "Année.de.construction"
    assert result.mapping["nb_logements"] == "appartement"
    assert result.rows_read == rows
    assert len(result.frame) == distinct
    assert result.set_aside == rows - distinct
    double = line(result, "logement_id", contains="double")
    assert double.nb_lignes == rows - distinct
    assert int(result.frame["nb_logements"].sum()) == first_sum
    assert result.frame["annee_construction"].notna().all()
