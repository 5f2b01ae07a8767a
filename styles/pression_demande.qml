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
    <field name="echelle" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="epci – EPCI" value="epci"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="commune – Commune (1re souhaitée / du logement attribué)" value="commune"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="typologie – Typologie" value="typologie"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="mutation – Mutation / hors mutation" value="mutation"/>
              </Option>
            </Option>
          </Option>
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
    <field name="code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
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
    <field name="nb_attributions" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tension" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="1000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
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
    <alias name="Année" field="annee" index="0"/>
    <alias name="Échelle" field="echelle" index="1"/>
    <alias name="EPCI" field="epci" index="2"/>
    <alias name="EPCI, commune souhaitée, typologie ou mutation" field="code" index="3"/>
    <alias name="Demandes en cours au 31 décembre" field="nb_demandes" index="4"/>
    <alias name="Attributions de l'année" field="nb_attributions" index="5"/>
    <alias name="Tension (demandes pour une attribution)" field="tension" index="6"/>
    <alias name="Secret statistique" field="secret" index="7"/>
  </aliases>
  <defaults>
    <default expression="" field="annee" applyOnUpdate="0"/>
    <default expression="" field="echelle" applyOnUpdate="0"/>
    <default expression="" field="epci" applyOnUpdate="0"/>
    <default expression="" field="code" applyOnUpdate="0"/>
    <default expression="" field="nb_demandes" applyOnUpdate="0"/>
    <default expression="" field="nb_attributions" applyOnUpdate="0"/>
    <default expression="" field="tension" applyOnUpdate="0"/>
    <default expression="" field="secret" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="echelle" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="epci" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_demandes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_attributions" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tension" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="secret" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="echelle" exp=""/>
    <constraint desc="" field="epci" exp=""/>
    <constraint desc="" field="code" exp=""/>
    <constraint desc="" field="nb_demandes" exp=""/>
    <constraint desc="" field="nb_attributions" exp=""/>
    <constraint desc="" field="tension" exp=""/>
    <constraint desc="" field="secret" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color="#ffcdd2" text_color="#b71c1c" name="&quot;tension&quot; >= 10" background_color_alpha="255" text_color_alpha="255" rule="&quot;tension&quot; >= 10">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#ffe0b2" text_color="#e65100" name="&quot;tension&quot; >= 4 AND &quot;tension&quot; &lt; 10" background_color_alpha="255" text_color_alpha="255" rule="&quot;tension&quot; >= 4 AND &quot;tension&quot; &lt; 10">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#c8e6c9" text_color="#1b5e20" name="&quot;tension&quot; &lt; 4" background_color_alpha="255" text_color_alpha="255" rule="&quot;tension&quot; &lt; 4">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
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
  <previewExpression>"code" || ' ' || "annee" || ' – ' || coalesce(format_number("tension", 1) || ' demandes pour une attribution', 'secret statistique')</previewExpression>
  <mapTip></mapTip>
</qgis>
