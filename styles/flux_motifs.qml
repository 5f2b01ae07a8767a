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
    <field name="secteur" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
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
    <field name="motif" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_secteur" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part" configurationFlags="None">
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
    <field name="satisfaction_moy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="5"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
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
    <alias name="Secteur (QPV, hors QPV, ensemble)" field="secteur" index="0"/>
    <alias name="Source (départs ou enquête)" field="source" index="1"/>
    <alias name="Motif" field="motif" index="2"/>
    <alias name="Ménages" field="nb" index="3"/>
    <alias name="Ménages du secteur" field="n_secteur" index="4"/>
    <alias name="Part (%)" field="part" index="5"/>
    <alias name="Satisfaction moyenne (1 à 5)" field="satisfaction_moy" index="6"/>
    <alias name="Secret statistique" field="secret" index="7"/>
  </aliases>
  <defaults>
    <default expression="" field="secteur" applyOnUpdate="0"/>
    <default expression="" field="source" applyOnUpdate="0"/>
    <default expression="" field="motif" applyOnUpdate="0"/>
    <default expression="" field="nb" applyOnUpdate="0"/>
    <default expression="" field="n_secteur" applyOnUpdate="0"/>
    <default expression="" field="part" applyOnUpdate="0"/>
    <default expression="" field="satisfaction_moy" applyOnUpdate="0"/>
    <default expression="" field="secret" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="secteur" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="source" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="motif" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_secteur" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="satisfaction_moy" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="secret" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="secteur" exp=""/>
    <constraint desc="" field="source" exp=""/>
    <constraint desc="" field="motif" exp=""/>
    <constraint desc="" field="nb" exp=""/>
    <constraint desc="" field="n_secteur" exp=""/>
    <constraint desc="" field="part" exp=""/>
    <constraint desc="" field="satisfaction_moy" exp=""/>
    <constraint desc="" field="secret" exp=""/>
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
