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
    <field name="epci" configurationFlags="None">
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
    <field name="limite_q1" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="limite_q2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="limite_q3" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="source" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="limite_q1_calculee" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="10000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="0"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="nb_demandes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_demandes_revenu_connu" configurationFlags="None">
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
    <field name="annee_seuil" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="date_demandes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
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
    <field name="origine" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="EPCI" field="epci" index="0"/>
    <alias name="Année" field="annee" index="1"/>
    <alias name="Limite du 1er quartile (€ par UC et par an)" field="limite_q1" index="2"/>
    <alias name="Limite du 2e quartile (€ par UC et par an)" field="limite_q2" index="3"/>
    <alias name="Limite du 3e quartile (€ par UC et par an)" field="limite_q3" index="4"/>
    <alias name="Source du seuil" field="source" index="5"/>
    <alias name="Limite du 1er quartile calculée sur les demandes (€ par UC et par an)" field="limite_q1_calculee" index="6"/>
    <alias name="Demandes en cours" field="nb_demandes" index="7"/>
    <alias name="Demandes au revenu connu" field="nb_demandes_revenu_connu" index="8"/>
    <alias name="UC approchées" field="nb_uc_approchees" index="9"/>
    <alias name="Année du seuil (vide : toutes les années)" field="annee_seuil" index="10"/>
    <alias name="Date du stock de demandes" field="date_demandes" index="11"/>
    <alias name="Périmètre du seuil (EPCI ou région)" field="perimetre" index="12"/>
    <alias name="Origine du seuil" field="origine" index="13"/>
  </aliases>
  <defaults>
    <default expression="" field="epci" applyOnUpdate="0"/>
    <default expression="" field="annee" applyOnUpdate="0"/>
    <default expression="" field="limite_q1" applyOnUpdate="0"/>
    <default expression="" field="limite_q2" applyOnUpdate="0"/>
    <default expression="" field="limite_q3" applyOnUpdate="0"/>
    <default expression="" field="source" applyOnUpdate="0"/>
    <default expression="" field="limite_q1_calculee" applyOnUpdate="0"/>
    <default expression="" field="nb_demandes" applyOnUpdate="0"/>
    <default expression="" field="nb_demandes_revenu_connu" applyOnUpdate="0"/>
    <default expression="" field="nb_uc_approchees" applyOnUpdate="0"/>
    <default expression="" field="annee_seuil" applyOnUpdate="0"/>
    <default expression="" field="date_demandes" applyOnUpdate="0"/>
    <default expression="" field="perimetre" applyOnUpdate="0"/>
    <default expression="" field="origine" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="epci" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="limite_q1" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="limite_q2" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="limite_q3" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="source" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="limite_q1_calculee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_demandes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_demandes_revenu_connu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_uc_approchees" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee_seuil" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_demandes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="perimetre" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="origine" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="epci" exp=""/>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="limite_q1" exp=""/>
    <constraint desc="" field="limite_q2" exp=""/>
    <constraint desc="" field="limite_q3" exp=""/>
    <constraint desc="" field="source" exp=""/>
    <constraint desc="" field="limite_q1_calculee" exp=""/>
    <constraint desc="" field="nb_demandes" exp=""/>
    <constraint desc="" field="nb_demandes_revenu_connu" exp=""/>
    <constraint desc="" field="nb_uc_approchees" exp=""/>
    <constraint desc="" field="annee_seuil" exp=""/>
    <constraint desc="" field="date_demandes" exp=""/>
    <constraint desc="" field="perimetre" exp=""/>
    <constraint desc="" field="origine" exp=""/>
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
  <previewExpression>"epci" || ' ' || "annee" || ' – Q1 ≤ ' || format_number("limite_q1", 0) || ' € (' || "source" || ')'</previewExpression>
  <mapTip></mapTip>
</qgis>
