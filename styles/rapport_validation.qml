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
    <field name="niveau" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="champ" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="colonne_source" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="probleme" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_lignes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lignes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="exemples" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Niveau" field="niveau" index="0"/>
    <alias name="Champ" field="champ" index="1"/>
    <alias name="Colonne source" field="colonne_source" index="2"/>
    <alias name="Problème" field="probleme" index="3"/>
    <alias name="Lignes concernées" field="nb_lignes" index="4"/>
    <alias name="Numéros de lignes" field="lignes" index="5"/>
    <alias name="Exemples de valeurs" field="exemples" index="6"/>
  </aliases>
  <defaults>
    <default expression="" field="niveau" applyOnUpdate="0"/>
    <default expression="" field="champ" applyOnUpdate="0"/>
    <default expression="" field="colonne_source" applyOnUpdate="0"/>
    <default expression="" field="probleme" applyOnUpdate="0"/>
    <default expression="" field="nb_lignes" applyOnUpdate="0"/>
    <default expression="" field="lignes" applyOnUpdate="0"/>
    <default expression="" field="exemples" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="niveau" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="champ" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="colonne_source" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="probleme" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_lignes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lignes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="exemples" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="niveau" exp=""/>
    <constraint desc="" field="champ" exp=""/>
    <constraint desc="" field="colonne_source" exp=""/>
    <constraint desc="" field="probleme" exp=""/>
    <constraint desc="" field="nb_lignes" exp=""/>
    <constraint desc="" field="lignes" exp=""/>
    <constraint desc="" field="exemples" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" name="niveau" hidden="0" width="110"/>
      <column type="field" name="champ" hidden="0" width="140"/>
      <column type="field" name="colonne_source" hidden="0" width="140"/>
      <column type="field" name="probleme" hidden="0" width="420"/>
      <column type="field" name="nb_lignes" hidden="0" width="110"/>
      <column type="field" name="lignes" hidden="0" width="200"/>
      <column type="field" name="exemples" hidden="0" width="240"/>
      <column type="actions" hidden="1" width="-1"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color="#ffb74d" text_color="#000000" name="avertissement" background_color_alpha="255" text_color_alpha="255" rule="&quot;niveau&quot; = 'avertissement'">
        <font description="Arial,9,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#e53935" text_color="#ffffff" name="erreur" background_color_alpha="255" text_color_alpha="255" rule="&quot;niveau&quot; = 'erreur'">
        <font description="Arial,9,-1,5,75,0,0,0,0,0" style=""/>
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
  <previewExpression>"niveau" || ' – ' || "champ" || ' : ' || "probleme"</previewExpression>
  <mapTip></mapTip>
</qgis>
