<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" startField="" durationField="" enabled="0" endExpression="" startExpression="" durationUnit="min" fixedDuration="0" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="logement_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="batiment_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="residence_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bailleur" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="etage" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_pieces" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surface" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="finan" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mode_occupation" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="1 – loué" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="2 – vacant proposé à la location" value="2"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="3 – vide (travaux, démolition, vente)" value="3"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="4 – association" value="4"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="5 – occupé sans contrat" value="5"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="9 – sans objet" value="9"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="date_bail" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_vacance" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="loyer" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="contingent" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="1 – État fonctionnaires" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="2 – État prioritaires" value="2"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="3 – Action Logement" value="3"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="4 – collectivités/EPCI" value="4"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="5 – État R314" value="5"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="6 – autres" value="6"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="7 – non réservé" value="7"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="depcom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="code_iris" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="code_qpv" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="annee_mise_location" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="annee_construction" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_logements" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="x" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="y" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="epsg" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="millesime" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_personnes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_enfants_moins_14" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="composition" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="age_titulaire" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="age_conjoint" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="handicap" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="revenu_annuel" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="tranche_plafond" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="apl" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="activite_titulaire" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_emmenagement" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="attribution_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_attribution" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="revenu_mensuel" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="1000000"/>
            <Option type="int" name="Min" value="-100000000"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="quartile" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dalo" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="prioritaire" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="relogement_renouvellement" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mutation" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reservataire" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="1 – État fonctionnaires" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="2 – État prioritaires" value="2"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="3 – Action Logement" value="3"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="4 – collectivités/EPCI" value="4"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="5 – État R314" value="5"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="6 – autres" value="6"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="7 – non réservé" value="7"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="date_depart" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="motif" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="destination_depcom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="destination_logement_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="demande_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_depot" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="typologie_souhaitee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_radiation" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="epci" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="communes_souhaitees" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="enquete_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="code_qpv_origine" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="motif_depart" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="satisfaction" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="texte" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Identifiant du logement" field="logement_id" index="0"/>
    <alias name="Identifiant de l'immeuble" field="batiment_id" index="1"/>
    <alias name="Programme / résidence" field="residence_id" index="2"/>
    <alias name="Bailleur" field="bailleur" index="3"/>
    <alias name="Étage" field="etage" index="4"/>
    <alias name="Nombre de pièces" field="nb_pieces" index="5"/>
    <alias name="Surface habitable (m²)" field="surface" index="6"/>
    <alias name="Famille de financement" field="finan" index="7"/>
    <alias name="Mode d'occupation" field="mode_occupation" index="8"/>
    <alias name="Date d'effet du bail" field="date_bail" index="9"/>
    <alias name="Date de début de vacance" field="date_vacance" index="10"/>
    <alias name="Loyer principal (€/mois)" field="loyer" index="11"/>
    <alias name="Contingent (réservataire)" field="contingent" index="12"/>
    <alias name="Commune (code INSEE)" field="depcom" index="13"/>
    <alias name="IRIS" field="code_iris" index="14"/>
    <alias name="QPV" field="code_qpv" index="15"/>
    <alias name="Année de première mise en location" field="annee_mise_location" index="16"/>
    <alias name="Année de construction" field="annee_construction" index="17"/>
    <alias name="Nombre de logements" field="nb_logements" index="18"/>
    <alias name="Coordonnée X" field="x" index="19"/>
    <alias name="Coordonnée Y" field="y" index="20"/>
    <alias name="Système de coordonnées (EPSG)" field="epsg" index="21"/>
    <alias name="Millésime de l'enquête" field="millesime" index="22"/>
    <alias name="Nombre de personnes" field="nb_personnes" index="23"/>
    <alias name="Enfants de moins de 14 ans" field="nb_enfants_moins_14" index="24"/>
    <alias name="Composition du ménage" field="composition" index="25"/>
    <alias name="Âge du titulaire du bail" field="age_titulaire" index="26"/>
    <alias name="Âge du conjoint ou cotitulaire" field="age_conjoint" index="27"/>
    <alias name="Membre en situation de handicap" field="handicap" index="28"/>
    <alias name="Revenu annuel (€)" field="revenu_annuel" index="29"/>
    <alias name="Tranche de ressources (plafonds)" field="tranche_plafond" index="30"/>
    <alias name="Bénéficiaire APL / AL" field="apl" index="31"/>
    <alias name="Activité du titulaire" field="activite_titulaire" index="32"/>
    <alias name="Date d'emménagement" field="date_emmenagement" index="33"/>
    <alias name="Numéro d'attribution" field="attribution_id" index="34"/>
    <alias name="Date d'attribution (signature du bail)" field="date_attribution" index="35"/>
    <alias name="Revenu mensuel (€)" field="revenu_mensuel" index="36"/>
    <alias name="Quartile de revenu" field="quartile" index="37"/>
    <alias name="Ménage DALO" field="dalo" index="38"/>
    <alias name="Public prioritaire" field="prioritaire" index="39"/>
    <alias name="Relogement (renouvellement urbain)" field="relogement_renouvellement" index="40"/>
    <alias name="Mutation (déjà locataire du parc social)" field="mutation" index="41"/>
    <alias name="Réservataire" field="reservataire" index="42"/>
    <alias name="Date de départ" field="date_depart" index="43"/>
    <alias name="Motif du départ" field="motif" index="44"/>
    <alias name="Commune de destination (code INSEE)" field="destination_depcom" index="45"/>
    <alias name="Logement de destination" field="destination_logement_id" index="46"/>
    <alias name="Numéro unique de la demande" field="demande_id" index="47"/>
    <alias name="Date de dépôt" field="date_depot" index="48"/>
    <alias name="Typologie souhaitée" field="typologie_souhaitee" index="49"/>
    <alias name="Date de radiation" field="date_radiation" index="50"/>
    <alias name="EPCI" field="epci" index="51"/>
    <alias name="Communes souhaitées" field="communes_souhaitees" index="52"/>
    <alias name="Identifiant de la réponse" field="enquete_id" index="53"/>
    <alias name="QPV d'origine" field="code_qpv_origine" index="54"/>
    <alias name="Motif(s) du départ" field="motif_depart" index="55"/>
    <alias name="Satisfaction (1 à 5)" field="satisfaction" index="56"/>
    <alias name="Commentaire libre" field="texte" index="57"/>
  </aliases>
  <defaults>
    <default expression="" field="logement_id" applyOnUpdate="0"/>
    <default expression="" field="batiment_id" applyOnUpdate="0"/>
    <default expression="" field="residence_id" applyOnUpdate="0"/>
    <default expression="" field="bailleur" applyOnUpdate="0"/>
    <default expression="" field="etage" applyOnUpdate="0"/>
    <default expression="" field="nb_pieces" applyOnUpdate="0"/>
    <default expression="" field="surface" applyOnUpdate="0"/>
    <default expression="" field="finan" applyOnUpdate="0"/>
    <default expression="" field="mode_occupation" applyOnUpdate="0"/>
    <default expression="" field="date_bail" applyOnUpdate="0"/>
    <default expression="" field="date_vacance" applyOnUpdate="0"/>
    <default expression="" field="loyer" applyOnUpdate="0"/>
    <default expression="" field="contingent" applyOnUpdate="0"/>
    <default expression="" field="depcom" applyOnUpdate="0"/>
    <default expression="" field="code_iris" applyOnUpdate="0"/>
    <default expression="" field="code_qpv" applyOnUpdate="0"/>
    <default expression="" field="annee_mise_location" applyOnUpdate="0"/>
    <default expression="" field="annee_construction" applyOnUpdate="0"/>
    <default expression="" field="nb_logements" applyOnUpdate="0"/>
    <default expression="" field="x" applyOnUpdate="0"/>
    <default expression="" field="y" applyOnUpdate="0"/>
    <default expression="" field="epsg" applyOnUpdate="0"/>
    <default expression="" field="millesime" applyOnUpdate="0"/>
    <default expression="" field="nb_personnes" applyOnUpdate="0"/>
    <default expression="" field="nb_enfants_moins_14" applyOnUpdate="0"/>
    <default expression="" field="composition" applyOnUpdate="0"/>
    <default expression="" field="age_titulaire" applyOnUpdate="0"/>
    <default expression="" field="age_conjoint" applyOnUpdate="0"/>
    <default expression="" field="handicap" applyOnUpdate="0"/>
    <default expression="" field="revenu_annuel" applyOnUpdate="0"/>
    <default expression="" field="tranche_plafond" applyOnUpdate="0"/>
    <default expression="" field="apl" applyOnUpdate="0"/>
    <default expression="" field="activite_titulaire" applyOnUpdate="0"/>
    <default expression="" field="date_emmenagement" applyOnUpdate="0"/>
    <default expression="" field="attribution_id" applyOnUpdate="0"/>
    <default expression="" field="date_attribution" applyOnUpdate="0"/>
    <default expression="" field="revenu_mensuel" applyOnUpdate="0"/>
    <default expression="" field="quartile" applyOnUpdate="0"/>
    <default expression="" field="dalo" applyOnUpdate="0"/>
    <default expression="" field="prioritaire" applyOnUpdate="0"/>
    <default expression="" field="relogement_renouvellement" applyOnUpdate="0"/>
    <default expression="" field="mutation" applyOnUpdate="0"/>
    <default expression="" field="reservataire" applyOnUpdate="0"/>
    <default expression="" field="date_depart" applyOnUpdate="0"/>
    <default expression="" field="motif" applyOnUpdate="0"/>
    <default expression="" field="destination_depcom" applyOnUpdate="0"/>
    <default expression="" field="destination_logement_id" applyOnUpdate="0"/>
    <default expression="" field="demande_id" applyOnUpdate="0"/>
    <default expression="" field="date_depot" applyOnUpdate="0"/>
    <default expression="" field="typologie_souhaitee" applyOnUpdate="0"/>
    <default expression="" field="date_radiation" applyOnUpdate="0"/>
    <default expression="" field="epci" applyOnUpdate="0"/>
    <default expression="" field="communes_souhaitees" applyOnUpdate="0"/>
    <default expression="" field="enquete_id" applyOnUpdate="0"/>
    <default expression="" field="code_qpv_origine" applyOnUpdate="0"/>
    <default expression="" field="motif_depart" applyOnUpdate="0"/>
    <default expression="" field="satisfaction" applyOnUpdate="0"/>
    <default expression="" field="texte" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="logement_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="batiment_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="residence_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bailleur" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="etage" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_pieces" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="surface" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="finan" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mode_occupation" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_bail" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_vacance" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="loyer" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="contingent" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="depcom" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_iris" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_qpv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee_mise_location" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee_construction" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_logements" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="x" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="y" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="epsg" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="millesime" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_personnes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_enfants_moins_14" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="composition" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="age_titulaire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="age_conjoint" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="handicap" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="revenu_annuel" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tranche_plafond" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="apl" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="activite_titulaire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_emmenagement" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="attribution_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_attribution" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="revenu_mensuel" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="quartile" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="dalo" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="prioritaire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="relogement_renouvellement" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mutation" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reservataire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_depart" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="motif" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="destination_depcom" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="destination_logement_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="demande_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_depot" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="typologie_souhaitee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_radiation" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="epci" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="communes_souhaitees" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="enquete_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_qpv_origine" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="motif_depart" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="satisfaction" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="texte" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="logement_id" exp=""/>
    <constraint desc="" field="batiment_id" exp=""/>
    <constraint desc="" field="residence_id" exp=""/>
    <constraint desc="" field="bailleur" exp=""/>
    <constraint desc="" field="etage" exp=""/>
    <constraint desc="" field="nb_pieces" exp=""/>
    <constraint desc="" field="surface" exp=""/>
    <constraint desc="" field="finan" exp=""/>
    <constraint desc="" field="mode_occupation" exp=""/>
    <constraint desc="" field="date_bail" exp=""/>
    <constraint desc="" field="date_vacance" exp=""/>
    <constraint desc="" field="loyer" exp=""/>
    <constraint desc="" field="contingent" exp=""/>
    <constraint desc="" field="depcom" exp=""/>
    <constraint desc="" field="code_iris" exp=""/>
    <constraint desc="" field="code_qpv" exp=""/>
    <constraint desc="" field="annee_mise_location" exp=""/>
    <constraint desc="" field="annee_construction" exp=""/>
    <constraint desc="" field="nb_logements" exp=""/>
    <constraint desc="" field="x" exp=""/>
    <constraint desc="" field="y" exp=""/>
    <constraint desc="" field="epsg" exp=""/>
    <constraint desc="" field="millesime" exp=""/>
    <constraint desc="" field="nb_personnes" exp=""/>
    <constraint desc="" field="nb_enfants_moins_14" exp=""/>
    <constraint desc="" field="composition" exp=""/>
    <constraint desc="" field="age_titulaire" exp=""/>
    <constraint desc="" field="age_conjoint" exp=""/>
    <constraint desc="" field="handicap" exp=""/>
    <constraint desc="" field="revenu_annuel" exp=""/>
    <constraint desc="" field="tranche_plafond" exp=""/>
    <constraint desc="" field="apl" exp=""/>
    <constraint desc="" field="activite_titulaire" exp=""/>
    <constraint desc="" field="date_emmenagement" exp=""/>
    <constraint desc="" field="attribution_id" exp=""/>
    <constraint desc="" field="date_attribution" exp=""/>
    <constraint desc="" field="revenu_mensuel" exp=""/>
    <constraint desc="" field="quartile" exp=""/>
    <constraint desc="" field="dalo" exp=""/>
    <constraint desc="" field="prioritaire" exp=""/>
    <constraint desc="" field="relogement_renouvellement" exp=""/>
    <constraint desc="" field="mutation" exp=""/>
    <constraint desc="" field="reservataire" exp=""/>
    <constraint desc="" field="date_depart" exp=""/>
    <constraint desc="" field="motif" exp=""/>
    <constraint desc="" field="destination_depcom" exp=""/>
    <constraint desc="" field="destination_logement_id" exp=""/>
    <constraint desc="" field="demande_id" exp=""/>
    <constraint desc="" field="date_depot" exp=""/>
    <constraint desc="" field="typologie_souhaitee" exp=""/>
    <constraint desc="" field="date_radiation" exp=""/>
    <constraint desc="" field="epci" exp=""/>
    <constraint desc="" field="communes_souhaitees" exp=""/>
    <constraint desc="" field="enquete_id" exp=""/>
    <constraint desc="" field="code_qpv_origine" exp=""/>
    <constraint desc="" field="motif_depart" exp=""/>
    <constraint desc="" field="satisfaction" exp=""/>
    <constraint desc="" field="texte" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>coalesce(attribute($currentfeature, 'logement_id'), attribute($currentfeature, 'attribution_id'), attribute($currentfeature, 'demande_id'))</previewExpression>
  <mapTip></mapTip>
</qgis>
