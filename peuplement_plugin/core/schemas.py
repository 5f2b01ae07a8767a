"""Canonical tables of domain.md section 3, with the real column names seen for each field.

Aliases are written in the form ``codes.normalise_column_name`` gives, and tried in
order: the first source column that matches wins.
"""

from dataclasses import dataclass, field
from typing import Tuple

TEXT = "text"
INT = "int"
FLOAT = "float"
DATE = "date"
BOOL = "bool"
FLOOR = "floor"        # int, with "RC" → 0
FINAN = "finan"        # code → financing family
MODE = "mode"          # mode d'occupation code
CONTINGENT = "contingent"
COMPOSITION = "composition"
ACTIVITE = "activite"
TRANCHE = "tranche"
QPV = "qpv"            # text, with "HZ" / "CSZ" → outside


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    required: bool = False
    aliases: Tuple[str, ...] = ()
    # Codes such as DEPCOM lose their leading zeros in spreadsheets: pad back.
    zero_pad: int = 0
    label: str = ""

    @property
    def all_names(self):
        return (self.name,) + tuple(a for a in self.aliases if a != self.name)


@dataclass(frozen=True)
class Table:
    kind: str
    label: str
    fields: Tuple[Field, ...]
    # Columns that identify a row; a repeated key is set aside at import.
    key: Tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def required(self):
        return tuple(f.name for f in self.fields if f.required)

    @property
    def names(self):
        return tuple(f.name for f in self.fields)


_LOGEMENT_ID = ("id_logement", "ident_rep", "identrep", "identifiant_du_logement",
                "identifiant_logement", "identifiant_rpls", "num_logt", "numlogt", "id_logt",
                "n_logement", "numero_logement", "no_logement", "logt_id")
_DEPCOM = ("depcom", "code_commune", "codgeo", "insee", "code_insee", "com_code", "inseecom")

LOGEMENTS = Table("logements", "Logements (RPLS)", (
    Field("logement_id", TEXT, True, _LOGEMENT_ID, label="identifiant du logement"),
    Field("batiment_id", TEXT, True, ("immeu", "immeuble", "id_immeuble", "identifiant_immeuble",
                                      "id_batiment", "batiment", "code_batiment", "num_immeuble"),
          label="identifiant de l'immeuble"),
    Field("residence_id", TEXT, False, ("nom_du_programme", "programme", "code_programme",
                                        "id_programme", "residence", "nom_residence")),
    Field("bailleur", TEXT, False, ("rs", "raison_sociale", "organisme", "nom_bailleur")),
    Field("etage", FLOOR, False, ("etage", "num_etage", "niveau")),
    Field("nb_pieces", INT, False, ("nbpiece", "nb_piece", "nombre_pieces", "typologie_pieces")),
    Field("surface", FLOAT, False, ("surfhab", "surface_habitable", "shab")),
    Field("finan", FINAN, False, ("finan_code", "finan", "financement", "code_finan")),
    Field("mode_occupation", MODE, False, ("mode", "mode_occupation", "code_mode_occupation",
                                           "occupation")),
    Field("date_bail", DATE, False, ("bail", "date_bail", "date_prise_effet_bail", "date_effet_bail")),
    Field("date_vacance", DATE, False, ("vacance", "date_vacance", "date_debut_vacance")),
    Field("loyer", FLOAT, False, ("loyerprinc", "loyer_principal", "loyer")),
    Field("contingent", CONTINGENT, False, ("contreslog", "contingent", "reservataire",
                                            "code_contingent")),
    Field("depcom", TEXT, False, _DEPCOM, zero_pad=5),
    Field("code_iris", TEXT, False, ("plg_iris2024_code", "plg_iris2024", "plg_iris", "iris",
                                     "code_iris", "iris_code")),
    Field("code_qpv", QPV, False, ("qpv_code", "plg_qp24", "plg_qp15", "plg_qpv", "qpv", "code_qp")),
    Field("annee_mise_location", INT, False, ("locat", "annee_premiere_location",
                                              "annee_mise_en_location")),
    Field("annee_construction", INT, False, ("construct", "annee_de_construction",
                                             "annee_construction")),
    # Aggregated RPLS (one row per address) stands for several dwellings.
    Field("nb_logements", INT, False, ("appartement", "nb_logts", "nb_log", "nb_logements")),
    Field("x", FLOAT, False, ("x", "coord_x", "x_l93")),
    Field("y", FLOAT, False, ("y", "coord_y", "y_l93")),
    Field("epsg", INT, False, ("epsg", "srid", "crs")),
), key=("logement_id",))

_HANDICAP = ("handicap", "personne_handicapee", "presence_d_une_personne_handicapee",
             "presence_handicap", "menage_handicap", "situation_de_handicap",
             "personne_en_situation_de_handicap", "carte_invalidite", "carte_mobilite_inclusion")

MENAGES = Table("menages", "Ménages occupants (OPS)", (
    Field("logement_id", TEXT, True, _LOGEMENT_ID),
    Field("millesime", INT, True, ("annee_enquete", "annee", "millesime_ops", "enquete")),
    Field("nb_personnes", INT, True, ("nb_pers", "nombre_de_personnes", "nb_occupants", "nbpers")),
    Field("nb_enfants_moins_14", INT, False, ("nb_enf_14", "nb_enfants_14", "enfants_moins_14_ans",
                                              "nombre_d_enfants_de_moins_de_14_ans")),
    Field("composition", COMPOSITION, False, ("compo_menage", "composition_menage",
                                              "composition_familiale", "type_menage")),
    Field("age_titulaire", INT, False, ("age", "age_du_titulaire", "age_titulaire_bail")),
    # Age of the titulaire's spouse or co-titulaire: with age_titulaire, the « jeune
    # ménage » of the PLUS ceiling categories (ages adding up to 55 or less).
    Field("age_conjoint", INT, False, ("age_du_conjoint", "age_cotitulaire", "age_co_titulaire",
                                       "age_du_cotitulaire", "age_du_co_titulaire", "age_conjoint_titulaire")),
    # A disabled member moves the household one PLUS ceiling category up (arrêté du 29
    # juillet 1987, annexe).
    Field("handicap", BOOL, False, _HANDICAP),
    Field("revenu_annuel", FLOAT, False, ("revenu", "revenu_fiscal", "revenu_fiscal_de_reference",
                                          "rfr", "ressources_annuelles")),
    Field("tranche_plafond", TRANCHE, False, ("tranche_ressources", "ressources_plafond",
                                              "plafond_ressources", "tranche_plafond_plus")),
    Field("apl", BOOL, False, ("apl_al", "aide_logement", "beneficiaire_apl")),
    Field("activite_titulaire", ACTIVITE, False, ("activite", "situation_professionnelle",
                                                  "activite_du_titulaire")),
    Field("date_emmenagement", DATE, False, ("date_entree", "date_d_emmenagement",
                                             "date_entree_logement")),
), key=("logement_id", "millesime"))

ATTRIBUTIONS = Table("attributions", "Attributions (SNE)", (
    Field("attribution_id", TEXT, True, ("numero_d_attribution", "num_attribution",
                                         "id_attribution", "numero_attribution")),
    Field("logement_id", TEXT, True, ("identifiant_logement",) + _LOGEMENT_ID),
    Field("date_attribution", DATE, True, ("date_de_signature_du_bail", "date_signature_bail",
                                           "date_bail", "date_attribution", "date_effet_bail")),
    Field("nb_personnes", INT, True, ("nombre_de_personnes", "nb_pers", "nbpers")),
    Field("nb_enfants_moins_14", INT, False, ("nombre_d_enfants_de_moins_de_14_ans", "nb_enf_14",
                                              "nb_enfants_14")),
    Field("revenu_mensuel", FLOAT, False, ("revenu_mensuel", "ressources_mensuelles",
                                           "revenus_mensuels")),
    Field("quartile", INT, False, ("quartile_revenu", "quartile_ruc")),
    Field("dalo", BOOL, False, ("menage_dalo", "dalo", "reconnu_dalo")),
    Field("prioritaire", BOOL, False, ("public_prioritaire", "menage_prioritaire", "prioritaire")),
    Field("relogement_renouvellement", BOOL, False, ("relogement_npnru", "relogement_anru",
                                                     "relogement_orcod", "relogement")),
    # The household was already a tenant of the social stock (SNE "mutation"): the
    # mutations' own demand pressure (domain.md 5.9).
    Field("mutation", BOOL, False, ("attribution_mutation", "demande_de_mutation", "demandeur_locataire_hlm",
                                    "locataire_hlm", "deja_locataire_hlm")),

    Field("reservataire", CONTINGENT, False, ("reservataire", "contingent", "code_reservataire")),
    Field("bailleur", TEXT, False, ("rs", "raison_sociale", "organisme")),
    # The household's category of PLUS ceiling (entrants' profile): single parent, disability.
    Field("composition", COMPOSITION, False, ("composition_familiale", "compo_menage", "composition_menage",
                                              "situation_familiale", "type_menage")),
    Field("handicap", BOOL, False, _HANDICAP),
), key=("attribution_id",))

DEPARTS = Table("departs", "Départs", (
    Field("logement_id", TEXT, True, _LOGEMENT_ID),
    Field("date_depart", DATE, True, ("date_de_depart", "date_sortie", "date_fin_bail")),
    Field("motif", TEXT, False, ("motif_depart", "motif_de_depart", "motif_sortie")),
    Field("destination_depcom", TEXT, False, ("commune_destination", "depcom_destination",
                                              "commune_de_destination"), zero_pad=5),
    Field("destination_logement_id", TEXT, False, ("logement_destination",
                                                   "logement_de_destination")),
    Field("nb_personnes", INT, False, ("nombre_de_personnes", "nb_pers")),
    Field("composition", COMPOSITION, False, ("compo_menage", "composition_menage")),
    Field("tranche_plafond", TRANCHE, False, ("tranche_ressources", "ressources_plafond")),
    Field("quartile", INT, False, ("quartile_revenu",)),
), key=())

DEMANDES = Table("demandes", "Demandes (SNE)", (
    Field("demande_id", TEXT, True, ("num_unique", "numero_unique", "numero_de_la_demande",
                                     "id_demande", "nud")),
    Field("date_depot", DATE, True, ("date_de_depot", "date_depot_demande", "date_creation")),
    Field("nb_personnes", INT, True, ("nombre_de_personnes", "nb_pers", "nbpers")),
    Field("nb_enfants_moins_14", INT, False, ("nombre_d_enfants_de_moins_de_14_ans", "nb_enf_14",
                                              "nb_enfants_14")),
    Field("revenu_mensuel", FLOAT, True, ("revenu_mensuel", "ressources_mensuelles",
                                          "revenus_mensuels")),
    # Pressure per typology and for mutations apart (domain.md 5.9), and the applications
    # struck off (attributed, abandoned, not renewed), to know the stock at any year's end.
    Field("typologie_souhaitee", TEXT, False, ("type_de_logement_recherche", "typologie_recherchee",
                                               "type_logement_recherche", "typologie_demandee",
                                               "type_logement_demande", "typologie")),
    Field("mutation", BOOL, False, ("demande_de_mutation", "demandeur_locataire_hlm", "locataire_hlm",
                                    "deja_locataire_hlm")),
    Field("date_radiation", DATE, False, ("date_de_radiation", "date_radiation_demande")),

    Field("epci", TEXT, True, ("epci", "siren_epci", "code_epci")),
    Field("communes_souhaitees", TEXT, False, ("communes_souhaitees", "communes_demandees")),
), key=("demande_id",))

# Optional survey of the households who left a QPV (domain.md 3.6). Last in TABLES: the
# index of the other kinds in import_table's KIND enum keeps its meaning.
ENQUETE_MOBILITE = Table("enquete_mobilite", "Enquête mobilité", (
    Field("enquete_id", TEXT, True, ("id_enquete", "numero_enquete", "id_reponse", "identifiant")),
    Field("logement_id", TEXT, False, _LOGEMENT_ID),
    Field("code_qpv_origine", QPV, False, ("qpv_origine", "code_qpv", "qpv")),
    Field("destination_depcom", TEXT, False, ("commune_destination", "depcom_destination"), zero_pad=5),
    Field("motif_depart", TEXT, False, ("motif", "motifs_depart", "motif_de_depart", "motifs")),
    Field("satisfaction", INT, False, ("note_satisfaction", "satisfaction_globale")),
    Field("texte", TEXT, False, ("commentaire", "verbatim", "texte_libre")),
), key=("enquete_id",))

TABLES = {t.kind: t for t in (LOGEMENTS, MENAGES, ATTRIBUTIONS, DEPARTS, DEMANDES, ENQUETE_MOBILITE)}
KINDS = tuple(TABLES)


def table(kind):
    try:
        return TABLES[kind]
    except KeyError:
        raise KeyError("type de table inconnu : {} (attendu : {})".format(kind, ", ".join(KINDS)))
