"""The residence inspector dock: a building floor by floor, its indicators beside its
references, its field observations, and the what-if of an attribution."""

import datetime
import math

import pandas as pd

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, QEvent, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                                 QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                                 QScrollArea, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                                 QVBoxLayout, QWidget)

from ..core import noms, objectifs
from ..core import residence as modele
from . import config as cfg
from .dessins import Barres, Legende, VueEtages
from .donnees import Donnees, ajouter_observation

OBJECT_NAME = "PeuplementInspecteurResidence"
THEMES = ("tranquillité", "propreté", "vacance", "voisinage", "gestion", "autre")


def _pct(value):
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else "{:.1f} %".format(value)


def _euros(value):
    return "—" if value is None or math.isnan(value) else "{:,.0f} €".format(value).replace(",", "\u202f")


def _defilant(page):
    """``page`` in a scroll area of its own."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class ObservationDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New field observation"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.addItems(THEMES)
        self.intensite = QSpinBox()
        self.intensite.setRange(1, 3)
        self.texte = QPlainTextEdit()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Intensity (1-3)"), self.intensite)
        form.addRow(self.tr("Text"), self.texte)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def valeurs(self):
        d = self.date.date()
        return (datetime.date(d.year(), d.month(), d.day()), self.theme.currentText().strip(), self.intensite.value(),
                self.texte.toPlainText().strip())


class InspecteurDock(QgsDockWidget):
    """Open it with ``ouvrir_batiment`` or ``ouvrir_residence``."""

    parametresDemandes = pyqtSignal()

    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Residence inspector"))
        self.setObjectName(OBJECT_NAME)
        self.project = project
        self.donnees = None
        self.residence_id = None
        self.batiment_ids = []
        self.batiment_id = None
        self.grille = None
        self.simulation = None
        self._construire()

    # ----------------------------------------------------------------- layout

    def _construire(self):
        root = QWidget()
        layout = QVBoxLayout(root)
        self.bandeau = QLabel(self.tr("INTERNAL USE — dwelling-level view for the bailleur's own staff, "
                                      "not for publication"))
        self.bandeau.setObjectName("usage_interne")
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet("background:#b71c1c;color:white;font-weight:bold;padding:3px;")
        layout.addWidget(self.bandeau)

        head = QHBoxLayout()
        self.titre = QLabel(self.tr("No building open: click one on the map, search the locator bar "
                                    "or select one and use « open from selection »."))
        self.titre.setWordWrap(True)
        head.addWidget(self.titre, 1)
        self.bouton_parametres = QPushButton(self.tr("Settings…"))
        self.bouton_parametres.clicked.connect(self.parametresDemandes.emit)
        head.addWidget(self.bouton_parametres)
        layout.addLayout(head)

        choices = QHBoxLayout()
        self.variable = QComboBox()
        for key in modele.VARIABLES:
            self.variable.addItem(self._libelle_variable(key), key)
        self.categorie = QComboBox()
        self.millesime = QComboBox()
        choices.addWidget(QLabel(self.tr("Colour by")))
        choices.addWidget(self.variable, 1)
        choices.addWidget(QLabel(self.tr("Share of")))
        choices.addWidget(self.categorie, 1)
        choices.addWidget(QLabel(self.tr("Survey")))
        choices.addWidget(self.millesime)
        layout.addLayout(choices)

        # The floor view above the tabs: it gets the dock's whole width (side by side it
        # got about 140 px of a 900 px dock).
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.separateur = splitter
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.vue = VueEtages()
        self.defilement = QScrollArea()
        self.defilement.setWidget(self.vue)
        self.defilement.setWidgetResizable(False)
        self.defilement.viewport().installEventFilter(self)  # the view fits the space it has
        left_layout.addWidget(self.defilement, 1)
        self.legende = Legende()
        left_layout.addWidget(self.legende)
        splitter.addWidget(left)

        self.onglets = QTabWidget()
        # each page scrolls: a page's form must not take the floor view's height
        self.onglets.addTab(_defilant(self._onglet_indicateurs()), self.tr("Indicators"))
        self.onglets.addTab(_defilant(self._onglet_observations()), self.tr("Observations"))
        self.onglets.addTab(_defilant(self._onglet_simulation()), self.tr("Attribution what-if"))
        splitter.addWidget(self.onglets)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # 3:2 from the start (stretch only shares what is added)
        self.defilement.setMinimumHeight(180)
        layout.addWidget(splitter, 1)
        self.setWidget(root)

        self.variable.currentIndexChanged.connect(self._variable_changee)
        self.categorie.currentIndexChanged.connect(lambda _i: self.rafraichir_grille())
        self.millesime.currentIndexChanged.connect(lambda _i: self.rafraichir())
        self.vue.logementClique.connect(self._logement_clique)
        self._variable_changee()

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.defilement.viewport() and event.type() == QEvent.Type.Resize:
            self.vue.ajuster(event.size())
        return super().eventFilter(watched, event)

    def _libelle_variable(self, key):
        labels = {
            "occupation": self.tr("Occupation status"),
            "composition": self.tr("Household composition"),
            "ressources": self.tr("Resources (% of PLUS ceiling)"),
            "anciennete": self.tr("Length of tenure"),
            "financement": self.tr("Financing"),
            "typologie": self.tr("Typology"),
        }
        return labels[key]

    def _onglet_indicateurs(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.fragilite = QLabel()
        self.fragilite.setWordWrap(True)
        layout.addWidget(self.fragilite)
        self.barres = Barres()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.barres)
        layout.addWidget(scroll, 1)
        return page

    def _onglet_observations(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.table_observations = QTableWidget(0, 4)
        self.table_observations.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Theme"), self.tr("Intensity"),
                                                           self.tr("Text")])
        self.table_observations.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table_observations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table_observations, 1)
        self.bouton_observation = QPushButton(self.tr("Add an observation…"))
        self.bouton_observation.clicked.connect(self.nouvelle_observation)
        layout.addWidget(self.bouton_observation)
        self.message_observation = QLabel()
        layout.addWidget(self.message_observation)
        return page

    def _onglet_simulation(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.logement_vacant = QComboBox()
        form.addRow(self.tr("Vacant dwelling"), self.logement_vacant)
        self.nb_personnes = QSpinBox()
        self.nb_personnes.setRange(1, 20)
        self.nb_enfants = QSpinBox()
        self.nb_enfants.setRange(0, 19)
        self.revenu = QDoubleSpinBox()
        self.revenu.setRange(0, 100000)
        self.revenu.setDecimals(0)
        self.revenu.setSuffix(" €")
        self.dalo = QCheckBox(self.tr("DALO"))
        self.prioritaire = QCheckBox(self.tr("Priority household"))
        self.relogement = QCheckBox(self.tr("Rehoused by urban renewal"))
        # the PLUS ceiling category of the candidate (arrêté du 29 juillet 1987, domain.md 5.5)
        self.composition = QComboBox()
        for label, value in ((self.tr("not given"), None), (self.tr("Single person"), "personne_seule"),
                             (self.tr("Couple without children"), "couple_sans_enfant"),
                             (self.tr("Couple with children"), "couple_avec_enfants"),
                             (self.tr("Single parent"), "famille_monoparentale"), (self.tr("Other"), "autre")):
            self.composition.addItem(label, value)
        self.jeune_menage = QCheckBox(self.tr("Young couple (ages adding up to 55 or less)"))
        self.handicap = QCheckBox(self.tr("Disabled member"))
        form.addRow(self.tr("Persons"), self.nb_personnes)
        form.addRow(self.tr("Children under 14"), self.nb_enfants)
        form.addRow(self.tr("Monthly resources"), self.revenu)
        form.addRow(self.tr("Composition"), self.composition)
        category = QHBoxLayout()
        for box in (self.jeune_menage, self.handicap):
            category.addWidget(box)
        form.addRow(category)
        flags = QHBoxLayout()
        for box in (self.dalo, self.prioritaire, self.relogement):
            flags.addWidget(box)
        form.addRow(flags)
        layout.addLayout(form)
        self.bouton_simuler = QPushButton(self.tr("Simulate (changes no data)"))
        self.bouton_simuler.clicked.connect(self.simuler)
        layout.addWidget(self.bouton_simuler)
        self.resultat = QLabel()
        self.resultat.setWordWrap(True)
        self.resultat.setTextFormat(Qt.TextFormat.RichText)
        self.resultat.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.resultat)
        layout.addWidget(scroll, 1)
        return page

    # ----------------------------------------------------------------- data

    def charger(self, config=None):
        """(Re)reads the configured layers."""
        self.donnees = Donnees(config or cfg.courante(self.project), self.project)
        current = self.millesime.currentData()
        self.millesime.blockSignals(True)
        self.millesime.clear()
        for m in self.donnees.millesimes():
            self.millesime.addItem(str(m), m)
        if self.millesime.count():
            index = self.millesime.findData(current)
            self.millesime.setCurrentIndex(index if index >= 0 else self.millesime.count() - 1)
        self.millesime.blockSignals(False)
        if self.residence_id is not None or self.batiment_ids:
            self.rafraichir()
        return self.donnees

    def couches_utilisees(self):
        """The ids of the layers the loaded configuration reads (none when nothing is loaded)."""
        if self.donnees is None:
            return set()
        config = self.donnees.config
        return {i for i in config.layers.values() if i} | set(config.menages)

    def _vider(self):
        """Nothing shown: the views emptied (the choices of variable, category and millésime kept)."""
        self.grille = None
        self.simulation = None
        self.vue.afficher(None)
        self.barres.afficher([])
        self.table_observations.setRowCount(0)
        self.logement_vacant.clear()
        self.titre.setText("")

    def oublier(self):
        """Another project: nothing loaded (read again when next opened), nothing shown."""
        self.donnees = None
        self.residence_id, self.batiment_ids, self.batiment_id = None, [], None
        self._vider()

    def recharger(self, config=None):
        """Reads the layers again (``config``, else the project's) and reopens the building
        (and its résidence) that was shown, the dwelling picked in the view kept."""
        batiment_id, visible = self.batiment_id, self.isVisible()
        self.residence_id, self.batiment_ids, self.batiment_id = None, [], None
        self._vider()
        self.charger(config)
        if batiment_id is not None:
            self.ouvrir_batiment(batiment_id)
            self.setVisible(visible)
        return self.donnees

    def _pret(self):
        if self.donnees is None:
            self.charger()
        if not self.donnees.pret:
            self.titre.setText(self.tr("No dwellings layer configured: open the settings."))
            return False
        return True

    # ----------------------------------------------------------------- opening

    def ouvrir_batiment(self, batiment_id):
        if not self._pret():
            return False
        batiment_id = str(batiment_id)
        self.batiment_id = batiment_id
        self.residence_id = self.donnees.residence_de(batiment_id)
        ids = self.donnees.batiments_de(self.residence_id) if self.residence_id is not None else []
        self.batiment_ids = ids if batiment_id in ids else [batiment_id]
        self.rafraichir()
        self.show()
        return True

    def ouvrir_residence(self, residence_id):
        if not self._pret():
            return False
        ids = self.donnees.batiments_de(residence_id)
        if not ids:
            self.titre.setText(self.tr("No dwelling found for résidence {}.").format(residence_id))
            return False
        self.residence_id = str(residence_id)
        self.batiment_ids = ids
        self.batiment_id = ids[0]
        self.rafraichir()
        self.show()
        return True

    # ----------------------------------------------------------------- views

    def _variable_changee(self):
        variable = self.variable.currentData()
        self.categorie.blockSignals(True)
        self.categorie.clear()
        for key, label in modele.CATEGORIES[variable]:
            self.categorie.addItem(label, key)
        self.categorie.setCurrentIndex(max(self.categorie.findData(modele.CATEGORIE_DEFAUT[variable]), 0))
        self.categorie.blockSignals(False)
        self.legende.afficher(variable, modele.CATEGORIES[variable])
        self.rafraichir_grille()

    def rafraichir(self):
        if not self.batiment_ids or self.donnees is None or not self.donnees.pret:
            return
        names = ", ".join("{} {}".format(b, self.donnees.adresse(b)).strip() for b in self.batiment_ids)
        if self.residence_id is not None:
            self.titre.setText(self.tr("Résidence {} — buildings: {}").format(
                self.donnees.nom_residence(self.residence_id), names))
        else:
            self.titre.setText(self.tr("Building {}").format(names))
        self.rafraichir_grille()
        self.rafraichir_indicateurs()
        self.rafraichir_observations()
        self.rafraichir_vacants()

    def rafraichir_grille(self):
        if not self.batiment_ids or self.donnees is None or not self.donnees.pret:
            return
        self.grille = modele.grille(self.donnees.logements, self.donnees.menages, self.batiment_ids,
                                    self.variable.currentData(), self.millesime.currentData(),
                                    self.categorie.currentData(), self.donnees.nb_etages())
        self.vue.afficher(self.grille, self.vue.selection)

    def _echelles(self):
        return {
            "batiment": self.tr("Building"), "residence": self.tr("Résidence"), "qpv": self.tr("QPV"),
            "commune": self.tr("Commune"), "epci": self.tr("EPCI"),
        }

    def rafraichir_indicateurs(self):
        data = self.donnees
        table = modele.indicateurs(data.logements, data.menages if data.menages is not None else
                                   data.logements.iloc[0:0][["logement_id"]], [self.batiment_id],
                                   self.batiment_ids, self.millesime.currentData(), cache=data.references)
        names = self._echelles()
        labels = []
        for _, row in table.iterrows():
            label = names[row["echelle"]]
            if row["echelle"] == "qpv" and row["libelle"] == "hors QPV":
                label = self.tr("Outside QPV")
            elif row["libelle"] and row["echelle"] in ("qpv", "commune"):
                # the name the unit layers give, the code beside it
                unit = noms.label(data.noms_unites().get((row["echelle"], str(row["libelle"]))), row["libelle"])
                label = "{} {}".format(label, unit)
            labels.append(label)
        titles = {
            "tx_vacance": self.tr("Vacancy rate"),
            "part_rev_inf_40": self.tr("Resources under 40 % of the ceiling"),
            "part_monoparentales": self.tr("Single-parent families"),
            "part_personnes_seules": self.tr("Single persons"),
            "part_familles_nombreuses": self.tr("Large families"),
            "part_chomage": self.tr("Lease holder unemployed"),
            "part_emmenages_recents": self.tr("Moved in less than 2 years ago"),
        }
        groups = []
        for name in modele.INDICATEURS:
            groups.append((titles[name], [(label, None if math.isnan(v) else float(v))
                                          for label, v in zip(labels, table[name].astype(float))]))
        self.barres.afficher(groups)
        self.table_indicateurs = table
        fragile = data.fragilite_de([self.batiment_id, self.residence_id], self.batiment_id)
        if fragile is None:
            self.fragilite.setText(self.tr("Fragility index: not computed for this place "
                                           "(run peuplement:fragilite and choose its layer in the settings)."))
        else:
            unit, values = fragile
            parts = ["{} = {}".format(k, "{:.2f}".format(v) if isinstance(v, float) else v)
                     for k, v in values.items()]
            self.fragilite.setText(self.tr("Fragility ({}): {}").format(unit, "; ".join(parts)))

    def rafraichir_observations(self):
        rows = modele.observations_de(self.donnees.observations, self.residence_id)
        self.table_observations.setRowCount(len(rows))
        for r, (_, row) in enumerate(rows.iterrows()):
            for c, name in enumerate(("date", "theme", "intensite", "texte")):
                value = row.get(name)
                text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
                if name == "date" and hasattr(value, "strftime"):
                    text = value.strftime("%Y-%m-%d")
                self.table_observations.setItem(r, c, QTableWidgetItem(text))
        self.bouton_observation.setEnabled(self.donnees.config.layer("observations", self.project) is not None
                                           and self.residence_id is not None)

    def rafraichir_vacants(self):
        """The vacant dwellings (mode codes.MODE_VACANT) of the grid shown, by id."""
        vacants = []
        if self.grille is not None:
            for batiment in self.grille.batiments:
                for etage in batiment.etages:
                    vacants.extend((c.logement_id, batiment.batiment_id, etage.etage)
                                   for c in etage.cellules if c.vacant)
        self.logement_vacant.clear()
        for logement_id, batiment_id, etage in sorted(vacants, key=lambda v: v[0]):
            label = "{} — {} {}".format(logement_id, batiment_id, modele.libelle_etage(etage))
            self.logement_vacant.addItem(label, str(logement_id))

    def _logement_clique(self, logement_id):
        index = self.logement_vacant.findData(logement_id)
        if index >= 0:
            self.logement_vacant.setCurrentIndex(index)

    # ----------------------------------------------------------------- observations

    def nouvelle_observation(self, _checked=False, valeurs=None):
        """Asks for an observation (or takes ``valeurs`` = (date, theme, intensite, texte))
        and writes it into the observations layer."""
        if valeurs is None:
            dialog = ObservationDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            valeurs = dialog.valeurs()
        date, theme, intensite, texte = valeurs
        ok, message = ajouter_observation(self.donnees.config, self.residence_id, self.batiment_id, date, theme,
                                          intensite, texte, self.project)
        if ok:
            self.message_observation.setText(self.tr("Observation added."))
            self.donnees.recharger_observations()
            self.rafraichir_observations()
        else:
            self.message_observation.setText(self.tr("The observation could not be added: {}").format(message))
        return ok

    # ----------------------------------------------------------------- what-if

    def candidat(self):
        return modele.Candidat(self.nb_personnes.value(), self.nb_enfants.value(), float(self.revenu.value()),
                               self.dalo.isChecked(), self.prioritaire.isChecked(), self.relogement.isChecked(),
                               self.composition.currentData(), self.jeune_menage.isChecked(),
                               self.handicap.isChecked())

    def simuler(self):
        logement_id = self.logement_vacant.currentData()
        data = self.donnees
        if logement_id is None or data is None:
            self.resultat.setText(self.tr("Pick a vacant dwelling first (in the list, or click it in the view)."))
            return None
        if data.attributions is None:
            self.resultat.setText(self.tr("No attributions layer configured: the objectives cannot be computed."))
            return None
        years = pd.to_datetime(data.attributions["date_attribution"], errors="coerce").dt.year.dropna()
        annee = int(years.max()) if len(years) else datetime.date.today().year
        seuils, epci = data.seuils(annee)
        self.simulation = modele.simulation(self.candidat(), logement_id, data.logements, data.menages,
                                            self.batiment_ids, self.millesime.currentData(), data.attributions,
                                            seuils, epci, annee)
        self.resultat.setText(self.texte_simulation(self.simulation))
        return self.simulation

    def texte_simulation(self, sim):
        lines = []
        approx = self.tr(" (children unknown: approximated)") if sim.uc_approchee else ""
        lines.append(self.tr("<b>UC</b>: {uc:.2f}{approx} · <b>annual income per UC</b>: {income}").format(
            uc=sim.uc, approx=approx, income=_euros(sim.revenu_uc)))
        source = {objectifs.SOURCE_PUBLIE: self.tr("published"), objectifs.SOURCE_CALCULE:
                  self.tr("computed from the applications")}.get(sim.source_seuil, self.tr("unknown"))
        quartile = "—" if sim.quartile is None else "Q{}".format(sim.quartile)
        lines.append(self.tr("<b>Quartile</b>: {q} — Q1 threshold {year}: {threshold} ({source})").format(
            q=quartile, year=sim.annee, threshold=_euros(sim.limite_q1), source=source))
        if sim.annee_seuil is not None and sim.annee_seuil != sim.annee:
            # domain.md 5.2: a threshold applied to a year it was not made for is said, never silent
            lines.append(self.tr("<i>Warning: the threshold of {made} (applications at 31/12/{stock}) is applied to "
                                 "{year}.</i>").format(made=sim.annee_seuil, stock=sim.annee_seuil - 1,
                                                       year=sim.annee))
        side = self.tr("in a QPV") if sim.en_qpv else self.tr("outside QPV")
        lines.append(self.tr("The dwelling is {}.").format(side))
        lines.append(self.tr("<b>Résidence</b> ({n} households surveyed):").format(n=sim.nb_menages_avant))
        titles = {"part_rev_inf_40": self.tr("resources under 40 % of the ceiling"),
                  "part_personnes_seules": self.tr("single persons"),
                  "part_familles_nombreuses": self.tr("large families")}
        for part in sim.parts:
            lines.append(self.tr("&nbsp;&nbsp;{label}: {before} → {after}").format(
                label=titles[part.indicateur], before=_pct(part.avant), after=_pct(part.apres)))
        lines.append(self.tr("<b>EPCI objectives {year}</b>:").format(year=sim.annee))
        labels = {"hors_qpv_q1": self.tr("the hors-QPV Q1 share"), "qpv_q2_q4": self.tr("the QPV Q2-Q4 share"),
                  "prioritaires": self.tr("the priority households share")}
        for effet in sim.objectifs:
            lines.append(self.tr("&nbsp;&nbsp;with it, {label} goes from {before} to {after} (target {target}); "
                                 "{needed} more needed").format(
                label=labels[effet.objectif], before=_pct(effet.part_avant), after=_pct(effet.part_apres),
                target=_pct(effet.cible), needed=effet.manquantes_apres))
        lines.append(self.tr("<i>A simulation: no data is changed.</i>"))
        return "<br>".join(lines)
