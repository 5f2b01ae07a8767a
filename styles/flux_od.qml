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
    <field name="echelle" configurationFlags="None">
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
    <field name="type_destination" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="destination" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_departs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_departs_origine" configurationFlags="None">
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
    <field name="nb_flux_regroupes" configurationFlags="None">
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
    <alias name="Échelle (unité ou QPV / hors QPV)" field="echelle" index="0"/>
    <alias name="Origine" field="origine" index="1"/>
    <alias name="Type de destination" field="type_destination" index="2"/>
    <alias name="Destination" field="destination" index="3"/>
    <alias name="Départs" field="nb_departs" index="4"/>
    <alias name="Part des départs de l'origine (%)" field="part_departs_origine" index="5"/>
    <alias name="Flux regroupés (secret statistique)" field="nb_flux_regroupes" index="6"/>
    <alias name="Secret statistique" field="secret" index="7"/>
  </aliases>
  <defaults>
    <default expression="" field="echelle" applyOnUpdate="0"/>
    <default expression="" field="origine" applyOnUpdate="0"/>
    <default expression="" field="type_destination" applyOnUpdate="0"/>
    <default expression="" field="destination" applyOnUpdate="0"/>
    <default expression="" field="nb_departs" applyOnUpdate="0"/>
    <default expression="" field="part_departs_origine" applyOnUpdate="0"/>
    <default expression="" field="nb_flux_regroupes" applyOnUpdate="0"/>
    <default expression="" field="secret" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="echelle" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="origine" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="type_destination" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="destination" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_departs" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_departs_origine" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_flux_regroupes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="secret" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="echelle" exp=""/>
    <constraint desc="" field="origine" exp=""/>
    <constraint desc="" field="type_destination" exp=""/>
    <constraint desc="" field="destination" exp=""/>
    <constraint desc="" field="nb_departs" exp=""/>
    <constraint desc="" field="part_departs_origine" exp=""/>
    <constraint desc="" field="nb_flux_regroupes" exp=""/>
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
  <previewExpression>"origine" || ' → ' || "destination"</previewExpression>
  <mapTip></mapTip>
</qgis>
