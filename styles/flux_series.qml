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
    <field name="unite" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="annee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="debut" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="fin" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="fraction_annee" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="1"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.001"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="nb_logements_debut" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="solde" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation" configurationFlags="None">
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
    <field name="nb_logements_un_an" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_emmenagements_un_an" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_mobilite" configurationFlags="None">
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
  </fieldConfiguration>
  <aliases>
    <alias name="Unité" field="unite" index="0"/>
    <alias name="Année" field="annee" index="1"/>
    <alias name="Début (dans la période)" field="debut" index="2"/>
    <alias name="Fin (dans la période)" field="fin" index="3"/>
    <alias name="Part de l'année dans la période" field="fraction_annee" index="4"/>
    <alias name="Logements (modes 1 et 2) au 1er janvier" field="nb_logements_debut" index="5"/>
    <alias name="Entrants" field="nb_entrants" index="6"/>
    <alias name="Sortants" field="nb_sortants" index="7"/>
    <alias name="Solde entrants − sortants" field="solde" index="8"/>
    <alias name="Taux de rotation (%)" field="tx_rotation" index="9"/>
    <alias name="Logements en service depuis un an ou plus" field="nb_logements_un_an" index="10"/>
    <alias name="Emménagements dans ces logements" field="nb_emmenagements_un_an" index="11"/>
    <alias name="Taux de mobilité SDES (%)" field="tx_mobilite" index="12"/>
  </aliases>
  <defaults>
    <default expression="" field="unite" applyOnUpdate="0"/>
    <default expression="" field="annee" applyOnUpdate="0"/>
    <default expression="" field="debut" applyOnUpdate="0"/>
    <default expression="" field="fin" applyOnUpdate="0"/>
    <default expression="" field="fraction_annee" applyOnUpdate="0"/>
    <default expression="" field="nb_logements_debut" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants" applyOnUpdate="0"/>
    <default expression="" field="solde" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation" applyOnUpdate="0"/>
    <default expression="" field="nb_logements_un_an" applyOnUpdate="0"/>
    <default expression="" field="nb_emmenagements_un_an" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="unite" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="debut" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="fin" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="fraction_annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_logements_debut" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="solde" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_logements_un_an" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_emmenagements_un_an" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="unite" exp=""/>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="debut" exp=""/>
    <constraint desc="" field="fin" exp=""/>
    <constraint desc="" field="fraction_annee" exp=""/>
    <constraint desc="" field="nb_logements_debut" exp=""/>
    <constraint desc="" field="nb_entrants" exp=""/>
    <constraint desc="" field="nb_sortants" exp=""/>
    <constraint desc="" field="solde" exp=""/>
    <constraint desc="" field="tx_rotation" exp=""/>
    <constraint desc="" field="nb_logements_un_an" exp=""/>
    <constraint desc="" field="nb_emmenagements_un_an" exp=""/>
    <constraint desc="" field="tx_mobilite" exp=""/>
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
  <previewExpression></previewExpression>
  <mapTip></mapTip>
</qgis>
