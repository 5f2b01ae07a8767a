<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
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
  <renderer-v2 type="RuleRenderer" referencescale="-1" enableorderby="0" forceraster="0" symbollevels="0">
    <rules key="attributions_root">
      <rule filter="&quot;en_qpv&quot; = true" symbol="0" label="Logement en QPV" key="qpv"/>
      <rule filter="&quot;en_qpv&quot; = false" symbol="1" label="Logement hors QPV" key="hors_qpv"/>
      <rule filter="&quot;en_qpv&quot; IS NULL" symbol="2" label="Statut QPV inconnu" key="inconnu"/>
      <rule filter="&quot;q1&quot; = true OR &quot;relogement_renouvellement&quot; = true" symbol="3" label="1er quartile ou relogé (anneau)" key="public_q1"/>
    </rules>
    <symbols>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="216,27,96,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="216,27,96,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="30,136,229,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="30,136,229,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="158,158,158,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="158,158,158,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="0,0,0,0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="33,33,33,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="3.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="33,33,33,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="3.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <customproperties>
    <Option type="Map">
      <Option type="QString" name="peuplement/legend_title" value="Attributions (usage interne)"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="attribution_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="logement_id" configurationFlags="None">
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
    <field name="annee" configurationFlags="None">
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
    <field name="depcom" configurationFlags="None">
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
    <field name="code_qpv" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="en_qpv" configurationFlags="None">
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
    <field name="uc" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="20"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="uc_approchee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="revenu_uc" configurationFlags="None">
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
    <field name="quartile" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="q1" configurationFlags="None">
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
    <field name="public_prioritaire" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Numéro d'attribution" field="attribution_id" index="0"/>
    <alias name="Identifiant du logement" field="logement_id" index="1"/>
    <alias name="Date de signature du bail" field="date_attribution" index="2"/>
    <alias name="Année" field="annee" index="3"/>
    <alias name="EPCI" field="epci" index="4"/>
    <alias name="Commune" field="depcom" index="5"/>
    <alias name="Bailleur" field="bailleur" index="6"/>
    <alias name="Réservataire" field="reservataire" index="7"/>
    <alias name="QPV" field="code_qpv" index="8"/>
    <alias name="Logement en QPV" field="en_qpv" index="9"/>
    <alias name="Nombre de personnes" field="nb_personnes" index="10"/>
    <alias name="Enfants de moins de 14 ans" field="nb_enfants_moins_14" index="11"/>
    <alias name="Unités de consommation" field="uc" index="12"/>
    <alias name="UC approchée" field="uc_approchee" index="13"/>
    <alias name="Revenu annuel par UC (€)" field="revenu_uc" index="14"/>
    <alias name="Limite du 1er quartile (€ par UC)" field="limite_q1" index="15"/>
    <alias name="Quartile" field="quartile" index="16"/>
    <alias name="1er quartile" field="q1" index="17"/>
    <alias name="Relogé (renouvellement urbain)" field="relogement_renouvellement" index="18"/>
    <alias name="DALO" field="dalo" index="19"/>
    <alias name="Public prioritaire" field="prioritaire" index="20"/>
    <alias name="DALO ou prioritaire" field="public_prioritaire" index="21"/>
  </aliases>
  <defaults>
    <default expression="" field="attribution_id" applyOnUpdate="0"/>
    <default expression="" field="logement_id" applyOnUpdate="0"/>
    <default expression="" field="date_attribution" applyOnUpdate="0"/>
    <default expression="" field="annee" applyOnUpdate="0"/>
    <default expression="" field="epci" applyOnUpdate="0"/>
    <default expression="" field="depcom" applyOnUpdate="0"/>
    <default expression="" field="bailleur" applyOnUpdate="0"/>
    <default expression="" field="reservataire" applyOnUpdate="0"/>
    <default expression="" field="code_qpv" applyOnUpdate="0"/>
    <default expression="" field="en_qpv" applyOnUpdate="0"/>
    <default expression="" field="nb_personnes" applyOnUpdate="0"/>
    <default expression="" field="nb_enfants_moins_14" applyOnUpdate="0"/>
    <default expression="" field="uc" applyOnUpdate="0"/>
    <default expression="" field="uc_approchee" applyOnUpdate="0"/>
    <default expression="" field="revenu_uc" applyOnUpdate="0"/>
    <default expression="" field="limite_q1" applyOnUpdate="0"/>
    <default expression="" field="quartile" applyOnUpdate="0"/>
    <default expression="" field="q1" applyOnUpdate="0"/>
    <default expression="" field="relogement_renouvellement" applyOnUpdate="0"/>
    <default expression="" field="dalo" applyOnUpdate="0"/>
    <default expression="" field="prioritaire" applyOnUpdate="0"/>
    <default expression="" field="public_prioritaire" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="attribution_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="logement_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="date_attribution" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="annee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="epci" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="depcom" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bailleur" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reservataire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_qpv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="en_qpv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_personnes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_enfants_moins_14" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="uc" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="uc_approchee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="revenu_uc" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="limite_q1" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="quartile" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="q1" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="relogement_renouvellement" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="dalo" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="prioritaire" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="public_prioritaire" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="attribution_id" exp=""/>
    <constraint desc="" field="logement_id" exp=""/>
    <constraint desc="" field="date_attribution" exp=""/>
    <constraint desc="" field="annee" exp=""/>
    <constraint desc="" field="epci" exp=""/>
    <constraint desc="" field="depcom" exp=""/>
    <constraint desc="" field="bailleur" exp=""/>
    <constraint desc="" field="reservataire" exp=""/>
    <constraint desc="" field="code_qpv" exp=""/>
    <constraint desc="" field="en_qpv" exp=""/>
    <constraint desc="" field="nb_personnes" exp=""/>
    <constraint desc="" field="nb_enfants_moins_14" exp=""/>
    <constraint desc="" field="uc" exp=""/>
    <constraint desc="" field="uc_approchee" exp=""/>
    <constraint desc="" field="revenu_uc" exp=""/>
    <constraint desc="" field="limite_q1" exp=""/>
    <constraint desc="" field="quartile" exp=""/>
    <constraint desc="" field="q1" exp=""/>
    <constraint desc="" field="relogement_renouvellement" exp=""/>
    <constraint desc="" field="dalo" exp=""/>
    <constraint desc="" field="prioritaire" exp=""/>
    <constraint desc="" field="public_prioritaire" exp=""/>
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
  <previewExpression>"attribution_id" || ' – ' || "logement_id"</previewExpression>
  <mapTip></mapTip>
</qgis>
