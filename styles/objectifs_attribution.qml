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
    <field name="annee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="niveau" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="epci – EPCI" value="epci"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="commune – Commune" value="commune"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="bailleur – Bailleur" value="bailleur"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="reservataire – Réservataire" value="reservataire"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="qpv – QPV / hors QPV" value="qpv"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="financement – Financement du logement (en / hors QPV)" value="financement"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="groupe" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="objectif" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="hors_qpv_q1 – Hors QPV : 1er quartile ou relogés" value="hors_qpv_q1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="qpv_q2_q4 – En QPV : quartiles 2 à 4" value="qpv_q2_q4"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="prioritaires – Publics prioritaires (DALO, prioritaires)" value="prioritaires"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="prioritaires_etat – Contingent de l'État (sans objectif)" value="prioritaires_etat"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="libelle" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_attributions" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_public" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_public" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="objectif_pct" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="ecart_points" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100"/>
            <Option type="int" name="Min" value="-100"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="nb_manquantes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="statut" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_q1" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_q2_q4" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_relogements" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_dalo_prioritaires" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_revenu_inconnu" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_uc_approchees" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_dalo" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_dalo" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="perimetre" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_etat_exclues" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="secret" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Année" field="annee" index="0"/>
    <alias name="Regroupement" field="niveau" index="1"/>
    <alias name="Groupe" field="groupe" index="2"/>
    <alias name="Objectif" field="objectif" index="3"/>
    <alias name="Libellé de l'objectif" field="libelle" index="4"/>
    <alias name="Attributions (dénominateur)" field="nb_attributions" index="5"/>
    <alias name="Attributions au public visé" field="nb_public" index="6"/>
    <alias name="Taux (%)" field="part_public" index="7"/>
    <alias name="Objectif (%)" field="objectif_pct" index="8"/>
    <alias name="Écart à l'objectif (points)" field="ecart_points" index="9"/>
    <alias name="Attributions manquantes" field="nb_manquantes" index="10"/>
    <alias name="Statut" field="statut" index="11"/>
    <alias name="Ménages du 1er quartile" field="nb_q1" index="12"/>
    <alias name="Ménages des quartiles 2 à 4" field="nb_q2_q4" index="13"/>
    <alias name="Ménages relogés (renouvellement urbain)" field="nb_relogements" index="14"/>
    <alias name="Ménages DALO ou prioritaires" field="nb_dalo_prioritaires" index="15"/>
    <alias name="Revenu inconnu" field="nb_revenu_inconnu" index="16"/>
    <alias name="UC approchées" field="nb_uc_approchees" index="17"/>
    <alias name="Ménages DALO" field="nb_dalo" index="18"/>
    <alias name="Part des ménages DALO (%)" field="part_dalo" index="19"/>
    <alias name="Attributions comptées" field="perimetre" index="20"/>
    <alias name="Attributions du contingent de l'État écartées" field="nb_etat_exclues" index="21"/>
    <alias name="Secret statistique" field="secret" index="22"/>
  </aliases>
  <defaults>
    <default expression="" field="annee" applyOnUpdate="0"/>
    <default expression="" field="niveau" applyOnUpdate="0"/>
    <default expression="" field="groupe" applyOnUpdate="0"/>
    <default expression="" field="objectif" applyOnUpdate="0"/>
    <default expression="" field="libelle" applyOnUpdate="0"/>
    <default expression="" field="nb_attributions" applyOnUpdate="0"/>
    <default expression="" field="nb_public" applyOnUpdate="0"/>
    <default expression="" field="part_public" applyOnUpdate="0"/>
    <default expression="" field="objectif_pct" applyOnUpdate="0"/>
    <default expression="" field="ecart_points" applyOnUpdate="0"/>
    <default expression="" field="nb_manquantes" applyOnUpdate="0"/>
    <default expression="" field="statut" applyOnUpdate="0"/>
    <default expression="" field="nb_q1" applyOnUpdate="0"/>
    <default expression="" field="nb_q2_q4" applyOnUpdate="0"/>
    <default expression="" field="nb_relogements" applyOnUpdate="0"/>
    <default expression="" field="nb_dalo_prioritaires" applyOnUpdate="0"/>
    <default expression="" field="nb_revenu_inconnu" applyOnUpdate="0"/>
    <default expression="" field="nb_uc_approchees" applyOnUpdate="0"/>
    <default expression="" field="nb_dalo" applyOnUpdate="0"/>
    <default expression="" field="part_dalo" applyOnUpdate="0"/>
    <default expression="" field="perimetre" applyOnUpdate="0"/>
    <default expression="" field="nb_etat_exclues" applyOnUpdate="0"/>
    <default expression="" field="secret" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="niveau" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="groupe" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="objectif" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="libelle" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_attributions" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_public" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_public" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="objectif_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ecart_points" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_manquantes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="statut" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_q1" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_q2_q4" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_relogements" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_dalo_prioritaires" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_revenu_inconnu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_uc_approchees" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_dalo" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_dalo" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="perimetre" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_etat_exclues" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="secret" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="niveau" exp=""/>
    <constraint desc="" field="groupe" exp=""/>
    <constraint desc="" field="objectif" exp=""/>
    <constraint desc="" field="libelle" exp=""/>
    <constraint desc="" field="nb_attributions" exp=""/>
    <constraint desc="" field="nb_public" exp=""/>
    <constraint desc="" field="part_public" exp=""/>
    <constraint desc="" field="objectif_pct" exp=""/>
    <constraint desc="" field="ecart_points" exp=""/>
    <constraint desc="" field="nb_manquantes" exp=""/>
    <constraint desc="" field="statut" exp=""/>
    <constraint desc="" field="nb_q1" exp=""/>
    <constraint desc="" field="nb_q2_q4" exp=""/>
    <constraint desc="" field="nb_relogements" exp=""/>
    <constraint desc="" field="nb_dalo_prioritaires" exp=""/>
    <constraint desc="" field="nb_revenu_inconnu" exp=""/>
    <constraint desc="" field="nb_uc_approchees" exp=""/>
    <constraint desc="" field="nb_dalo" exp=""/>
    <constraint desc="" field="part_dalo" exp=""/>
    <constraint desc="" field="perimetre" exp=""/>
    <constraint desc="" field="nb_etat_exclues" exp=""/>
    <constraint desc="" field="secret" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color="#c8e6c9" text_color="#1b5e20" name="atteint" background_color_alpha="255" text_color_alpha="255" rule="&quot;statut&quot; = 'atteint'">
        <font description="Arial,9,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#ffe0b2" text_color="#e65100" name="proche" background_color_alpha="255" text_color_alpha="255" rule="&quot;statut&quot; = 'proche'">
        <font description="Arial,9,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#ffcdd2" text_color="#b71c1c" name="non atteint" background_color_alpha="255" text_color_alpha="255" rule="&quot;statut&quot; = 'non atteint'">
        <font description="Arial,9,-1,5,50,0,0,0,0,0" style=""/>
      </style>
    </rowstyles>
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
  <previewExpression>"groupe" || ' ' || "annee" || ' – ' || "objectif" || ' : ' || format_number("part_public", 1) || ' % (objectif ' || format_number("objectif_pct", 0) || ' %)'</previewExpression>
  <mapTip></mapTip>
</qgis>
