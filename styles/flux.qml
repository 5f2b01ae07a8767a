<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="1" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
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
    <rules key="rotation_root">
      <rule filter="&quot;tx_rotation&quot; &lt;= 6" symbol="0" label="0 à 6 %" key="rotation_0_6"/>
      <rule filter="&quot;tx_rotation&quot; > 6 AND &quot;tx_rotation&quot; &lt;= 8" symbol="1" label="6 à 8 %" key="rotation_6_8"/>
      <rule filter="&quot;tx_rotation&quot; > 8 AND &quot;tx_rotation&quot; &lt;= 10" symbol="2" label="8 à 10 %" key="rotation_8_10"/>
      <rule filter="&quot;tx_rotation&quot; > 10 AND &quot;tx_rotation&quot; &lt;= 12" symbol="3" label="10 à 12 %" key="rotation_10_12"/>
      <rule filter="&quot;tx_rotation&quot; > 12" symbol="4" label="Plus de 12 %" key="rotation_12_100"/>
      <rule filter="&quot;tx_rotation&quot; IS NULL" symbol="5" description="Valeur inconnue, ou masquée par le secret statistique" label="Non renseigné / secret" key="rotation_null"/>
    </rules>
    <symbols>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="254,237,222,255"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,237,222,255"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="253,190,133,255"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="253,190,133,255"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="253,141,60,255"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="253,141,60,255"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="230,85,13,255"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,85,13,255"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="166,54,3,255"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="166,54,3,255"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="5">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="239,239,239,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="35,35,35,255"/>
            <Option type="QString" name="outline_style" value="no"/>
            <Option type="QString" name="outline_width" value="0.26"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="239,239,239,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="45"/>
            <Option type="QString" name="color" value="168,168,168,255"/>
            <Option type="QString" name="distance" value="1.4"/>
            <Option type="QString" name="distance_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="distance_unit" value="MM"/>
            <Option type="QString" name="line_width" value="0.25"/>
            <Option type="QString" name="line_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
          </Option>
          <prop k="angle" v="45"/>
          <prop k="color" v="168,168,168,255"/>
          <prop k="distance" v="1.4"/>
          <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="distance_unit" v="MM"/>
          <prop k="line_width" v="0.25"/>
          <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="@5@1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="align_dash_pattern" value="0"/>
                <Option type="QString" name="capstyle" value="square"/>
                <Option type="QString" name="customdash" value="5;2"/>
                <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="customdash_unit" value="MM"/>
                <Option type="QString" name="dash_pattern_offset" value="0"/>
                <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
                <Option type="QString" name="draw_inside_polygon" value="0"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="line_color" value="168,168,168,255"/>
                <Option type="QString" name="line_style" value="solid"/>
                <Option type="QString" name="line_width" value="0.25"/>
                <Option type="QString" name="line_width_unit" value="MM"/>
                <Option type="QString" name="offset" value="0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="ring_filter" value="0"/>
                <Option type="QString" name="trim_distance_end" value="0"/>
                <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="trim_distance_end_unit" value="MM"/>
                <Option type="QString" name="trim_distance_start" value="0"/>
                <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="trim_distance_start_unit" value="MM"/>
                <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
                <Option type="QString" name="use_custom_dash" value="0"/>
                <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              </Option>
              <prop k="align_dash_pattern" v="0"/>
              <prop k="capstyle" v="square"/>
              <prop k="customdash" v="5;2"/>
              <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="customdash_unit" v="MM"/>
              <prop k="dash_pattern_offset" v="0"/>
              <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="dash_pattern_offset_unit" v="MM"/>
              <prop k="draw_inside_polygon" v="0"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="line_color" v="168,168,168,255"/>
              <prop k="line_style" v="solid"/>
              <prop k="line_width" v="0.25"/>
              <prop k="line_width_unit" v="MM"/>
              <prop k="offset" v="0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="ring_filter" v="0"/>
              <prop k="trim_distance_end" v="0"/>
              <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="trim_distance_end_unit" v="MM"/>
              <prop k="trim_distance_start" v="0"/>
              <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="trim_distance_start_unit" v="MM"/>
              <prop k="tweak_dash_pattern_on_corners" v="0"/>
              <prop k="use_custom_dash" v="0"/>
              <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="square"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="255,255,255,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.2"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="square"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="255,255,255,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.2"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="if(&quot;tx_rotation&quot; IS NULL, '', format_number(&quot;tx_rotation&quot;, 1) || ' %')" fontWeight="50" useSubstitutions="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOrientation="horizontal" legendString="Aa" textColor="37,37,37,255" fontSize="7" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" textOpacity="1" blendMode="0" fontItalic="0" fontWordSpacing="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontKerning="1" fontFamily="Arial" allowHtml="0" isExpression="1" namedStyle="" multilineHeight="1">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSize="0.59999999999999998" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferBlendMode="0" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="0.80000000000000004" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5"/>
        <background shapeDraw="0" shapeRadiiX="0" shapeOpacity="1" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeSVGFile="" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeOffsetY="0" shapeSizeY="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeSizeType="0">
          <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowScale="100" shadowOffsetAngle="135" shadowBlendMode="6" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" plussign="0" formatNumbers="0" rightDirectionSymbol=">" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0"/>
      <placement placementFlags="10" rotationUnit="AngleDegrees" rotationAngle="0" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" geometryGeneratorEnabled="0" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" placement="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" geometryGenerator="" maxCurvedCharAngleIn="25" geometryGeneratorType="PointGeometry" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" centroidInside="1" maxCurvedCharAngleOut="-25" overrunDistanceUnit="MM" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" offsetType="0" repeatDistanceUnits="MM" repeatDistance="0" fitInPolygonOnly="1" centroidWhole="0" dist="0" offsetUnits="MM" priority="5"/>
      <rendering upsidedownLabels="0" unplacedVisibility="0" obstacleType="1" displayAll="0" scaleMin="0" zIndex="0" scaleVisibility="0" minFeatureSize="0" fontLimitPixelSize="0" drawLabels="1" limitNumLabels="0" labelPerPart="0" maxNumLabels="2000" obstacle="1" fontMaxPixelSize="10000" scaleMax="0" obstacleFactor="1" fontMinPixelSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option type="Map" name="properties">
            <Option type="Map" name="BufferDraw">
              <Option type="bool" name="active" value="true"/>
              <Option type="QString" name="expression" value="not (&quot;tx_rotation&quot; > 10)"/>
              <Option type="int" name="type" value="3"/>
            </Option>
            <Option type="Map" name="Color">
              <Option type="bool" name="active" value="true"/>
              <Option type="QString" name="expression" value="if(&quot;tx_rotation&quot; > 10, '#ffffff', '#252525')"/>
              <Option type="int" name="type" value="3"/>
            </Option>
          </Option>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option type="Map">
      <Option type="QString" name="peuplement/legend_title" value="Taux de rotation (%)"/>
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
    <field name="batiment_id" configurationFlags="None">
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
    <field name="residence_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ilot_id" configurationFlags="None">
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
    <field name="depcom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="code_epci" configurationFlags="None">
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
    <field name="nom" configurationFlags="None">
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
                <Option type="QString" name="etage – Étage" value="etage"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="batiment – Bâtiment" value="batiment"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="residence – Résidence" value="residence"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="ilot – Îlot" value="ilot"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="iris – IRIS" value="iris"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="qpv – QPV / hors QPV" value="qpv"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="commune – Commune" value="commune"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="epci – EPCI" value="epci"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="bailleur – Bailleur" value="bailleur"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="periode_debut" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="periode_fin" configurationFlags="None">
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
    <field name="nb_mutations_sortantes" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="logements_annees" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
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
    <field name="nb_emmenagements_un_an" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="logements_un_an_annees" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
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
    <field name="n_anciennete" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="anciennete_moy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="150"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="part_emmenages_recents" configurationFlags="None">
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
    <field name="n_anciennete_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="anciennete_sortants_moy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="150"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="nb_relocations" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="delai_relocation_moy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="100000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="double" name="Step" value="0.1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="n_vacance_3mois" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_vacances_3mois" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_vacance_3mois" configurationFlags="None">
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
    <field name="secret" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_q1_entrants" configurationFlags="None">
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
    <field name="n_q1_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_q1_sortants" configurationFlags="None">
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
    <field name="n_q1_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_q1_stock" configurationFlags="None">
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
    <field name="n_q1_stock" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effet_q1" configurationFlags="None">
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
    <field name="part_rev_inf_40_entrants" configurationFlags="None">
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
    <field name="n_rev_inf_40_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_rev_inf_40_sortants" configurationFlags="None">
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
    <field name="n_rev_inf_40_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_rev_inf_40_stock" configurationFlags="None">
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
    <field name="n_rev_inf_40_stock" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effet_rev_inf_40" configurationFlags="None">
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
    <field name="part_personnes_seules_entrants" configurationFlags="None">
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
    <field name="n_personnes_seules_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_personnes_seules_sortants" configurationFlags="None">
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
    <field name="n_personnes_seules_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_personnes_seules_stock" configurationFlags="None">
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
    <field name="n_personnes_seules_stock" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effet_personnes_seules" configurationFlags="None">
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
    <field name="part_monoparentales_entrants" configurationFlags="None">
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
    <field name="n_monoparentales_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_monoparentales_sortants" configurationFlags="None">
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
    <field name="n_monoparentales_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="part_monoparentales_stock" configurationFlags="None">
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
    <field name="n_monoparentales_stock" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effet_monoparentales" configurationFlags="None">
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
    <field name="taille_menage_entrants" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="50"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="n_taille_menage_entrants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="taille_menage_sortants" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="50"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="n_taille_menage_sortants" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="taille_menage_stock" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="50"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="2"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="n_taille_menage_stock" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_entrants_2010" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2010" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2010" configurationFlags="None">
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
    <field name="tx_mobilite_2010" configurationFlags="None">
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
    <field name="nb_entrants_2011" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2011" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2011" configurationFlags="None">
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
    <field name="tx_mobilite_2011" configurationFlags="None">
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
    <field name="nb_entrants_2012" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2012" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2012" configurationFlags="None">
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
    <field name="tx_mobilite_2012" configurationFlags="None">
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
    <field name="nb_entrants_2013" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2013" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2013" configurationFlags="None">
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
    <field name="tx_mobilite_2013" configurationFlags="None">
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
    <field name="nb_entrants_2014" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2014" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2014" configurationFlags="None">
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
    <field name="tx_mobilite_2014" configurationFlags="None">
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
    <field name="nb_entrants_2015" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2015" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2015" configurationFlags="None">
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
    <field name="tx_mobilite_2015" configurationFlags="None">
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
    <field name="nb_entrants_2016" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2016" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2016" configurationFlags="None">
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
    <field name="tx_mobilite_2016" configurationFlags="None">
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
    <field name="nb_entrants_2017" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2017" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2017" configurationFlags="None">
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
    <field name="tx_mobilite_2017" configurationFlags="None">
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
    <field name="nb_entrants_2018" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2018" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2018" configurationFlags="None">
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
    <field name="tx_mobilite_2018" configurationFlags="None">
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
    <field name="nb_entrants_2019" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2019" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2019" configurationFlags="None">
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
    <field name="tx_mobilite_2019" configurationFlags="None">
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
    <field name="nb_entrants_2020" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2020" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2020" configurationFlags="None">
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
    <field name="tx_mobilite_2020" configurationFlags="None">
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
    <field name="nb_entrants_2021" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2021" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2021" configurationFlags="None">
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
    <field name="tx_mobilite_2021" configurationFlags="None">
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
    <field name="nb_entrants_2022" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2022" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2022" configurationFlags="None">
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
    <field name="tx_mobilite_2022" configurationFlags="None">
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
    <field name="nb_entrants_2023" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2023" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2023" configurationFlags="None">
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
    <field name="tx_mobilite_2023" configurationFlags="None">
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
    <field name="nb_entrants_2024" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2024" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2024" configurationFlags="None">
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
    <field name="tx_mobilite_2024" configurationFlags="None">
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
    <field name="nb_entrants_2025" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2025" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2025" configurationFlags="None">
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
    <field name="tx_mobilite_2025" configurationFlags="None">
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
    <field name="nb_entrants_2026" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2026" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2026" configurationFlags="None">
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
    <field name="tx_mobilite_2026" configurationFlags="None">
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
    <field name="nb_entrants_2027" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2027" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2027" configurationFlags="None">
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
    <field name="tx_mobilite_2027" configurationFlags="None">
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
    <field name="nb_entrants_2028" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2028" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2028" configurationFlags="None">
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
    <field name="tx_mobilite_2028" configurationFlags="None">
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
    <field name="nb_entrants_2029" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2029" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2029" configurationFlags="None">
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
    <field name="tx_mobilite_2029" configurationFlags="None">
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
    <field name="nb_entrants_2030" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2030" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2030" configurationFlags="None">
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
    <field name="tx_mobilite_2030" configurationFlags="None">
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
    <field name="nb_entrants_2031" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2031" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2031" configurationFlags="None">
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
    <field name="tx_mobilite_2031" configurationFlags="None">
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
    <field name="nb_entrants_2032" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2032" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2032" configurationFlags="None">
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
    <field name="tx_mobilite_2032" configurationFlags="None">
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
    <field name="nb_entrants_2033" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2033" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2033" configurationFlags="None">
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
    <field name="tx_mobilite_2033" configurationFlags="None">
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
    <field name="nb_entrants_2034" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2034" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2034" configurationFlags="None">
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
    <field name="tx_mobilite_2034" configurationFlags="None">
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
    <field name="nb_entrants_2035" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nb_sortants_2035" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tx_rotation_2035" configurationFlags="None">
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
    <field name="tx_mobilite_2035" configurationFlags="None">
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
    <alias name="Bâtiment" field="batiment_id" index="0"/>
    <alias name="Étage" field="etage" index="1"/>
    <alias name="Résidence" field="residence_id" index="2"/>
    <alias name="Îlot" field="ilot_id" index="3"/>
    <alias name="IRIS" field="code_iris" index="4"/>
    <alias name="QPV" field="code_qpv" index="5"/>
    <alias name="Commune (code INSEE)" field="depcom" index="6"/>
    <alias name="EPCI" field="code_epci" index="7"/>
    <alias name="Bailleur" field="bailleur" index="8"/>
    <alias name="Nom" field="nom" index="9"/>
    <alias name="Niveau d'observation" field="niveau" index="10"/>
    <alias name="Début de la période" field="periode_debut" index="11"/>
    <alias name="Fin de la période" field="periode_fin" index="12"/>
    <alias name="Logements (modes 1 et 2, état RPLS)" field="nb_logements" index="13"/>
    <alias name="Entrants (attributions)" field="nb_entrants" index="14"/>
    <alias name="Sortants (départs)" field="nb_sortants" index="15"/>
    <alias name="Solde entrants − sortants" field="solde" index="16"/>
    <alias name="Sortants par mutation interne" field="nb_mutations_sortantes" index="17"/>
    <alias name="Logements × années au 1er janvier (base du taux de rotation)" field="logements_annees" index="18"/>
    <alias name="Taux de rotation (%)" field="tx_rotation" index="19"/>
    <alias name="Emménagements dans les logements en service depuis un an ou plus" field="nb_emmenagements_un_an" index="20"/>
    <alias name="Logements en service depuis un an ou plus × années" field="logements_un_an_annees" index="21"/>
    <alias name="Taux de mobilité SDES (%)" field="tx_mobilite" index="22"/>
    <alias name="Baux connus (ancienneté du parc)" field="n_anciennete" index="23"/>
    <alias name="Ancienneté moyenne des occupants (ans)" field="anciennete_moy" index="24"/>
    <alias name="Part d'emménagés récents, moins de 2 ans (%)" field="part_emmenages_recents" index="25"/>
    <alias name="Sortants dont l'entrée est connue" field="n_anciennete_sortants" index="26"/>
    <alias name="Ancienneté moyenne des sortants (ans)" field="anciennete_sortants_moy" index="27"/>
    <alias name="Départs suivis d'une relocation" field="nb_relocations" index="28"/>
    <alias name="Délai moyen de relocation (jours)" field="delai_relocation_moy" index="29"/>
    <alias name="Départs dont la suite est connue (vacance)" field="n_vacance_3mois" index="30"/>
    <alias name="Départs suivis de plus de 3 mois de vacance" field="nb_vacances_3mois" index="31"/>
    <alias name="Part des départs suivis de plus de 3 mois de vacance (%)" field="part_vacance_3mois" index="32"/>
    <alias name="Secret statistique" field="secret" index="33"/>
    <alias name="Part 1er quartile parmi les entrants (%)" field="part_q1_entrants" index="34"/>
    <alias name="1er quartile : Entrants dont la variable est connue" field="n_q1_entrants" index="35"/>
    <alias name="Part 1er quartile parmi les sortants (%)" field="part_q1_sortants" index="36"/>
    <alias name="1er quartile : Sortants dont la variable est connue" field="n_q1_sortants" index="37"/>
    <alias name="Part 1er quartile parmi les stock (OPS) (%)" field="part_q1_stock" index="38"/>
    <alias name="1er quartile : Stock (OPS) dont la variable est connue" field="n_q1_stock" index="39"/>
    <alias name="Effet des flux, 1er quartile (points : entrants − stock)" field="effet_q1" index="40"/>
    <alias name="Part ressources &lt; 40 % du plafond PLUS parmi les entrants (%)" field="part_rev_inf_40_entrants" index="41"/>
    <alias name="Ressources &lt; 40 % du plafond PLUS : Entrants dont la variable est connue" field="n_rev_inf_40_entrants" index="42"/>
    <alias name="Part ressources &lt; 40 % du plafond PLUS parmi les sortants (%)" field="part_rev_inf_40_sortants" index="43"/>
    <alias name="Ressources &lt; 40 % du plafond PLUS : Sortants dont la variable est connue" field="n_rev_inf_40_sortants" index="44"/>
    <alias name="Part ressources &lt; 40 % du plafond PLUS parmi les stock (OPS) (%)" field="part_rev_inf_40_stock" index="45"/>
    <alias name="Ressources &lt; 40 % du plafond PLUS : Stock (OPS) dont la variable est connue" field="n_rev_inf_40_stock" index="46"/>
    <alias name="Effet des flux, ressources &lt; 40 % du plafond PLUS (points : entrants − stock)" field="effet_rev_inf_40" index="47"/>
    <alias name="Part personnes seules parmi les entrants (%)" field="part_personnes_seules_entrants" index="48"/>
    <alias name="Personnes seules : Entrants dont la variable est connue" field="n_personnes_seules_entrants" index="49"/>
    <alias name="Part personnes seules parmi les sortants (%)" field="part_personnes_seules_sortants" index="50"/>
    <alias name="Personnes seules : Sortants dont la variable est connue" field="n_personnes_seules_sortants" index="51"/>
    <alias name="Part personnes seules parmi les stock (OPS) (%)" field="part_personnes_seules_stock" index="52"/>
    <alias name="Personnes seules : Stock (OPS) dont la variable est connue" field="n_personnes_seules_stock" index="53"/>
    <alias name="Effet des flux, personnes seules (points : entrants − stock)" field="effet_personnes_seules" index="54"/>
    <alias name="Part familles monoparentales parmi les entrants (%)" field="part_monoparentales_entrants" index="55"/>
    <alias name="Familles monoparentales : Entrants dont la variable est connue" field="n_monoparentales_entrants" index="56"/>
    <alias name="Part familles monoparentales parmi les sortants (%)" field="part_monoparentales_sortants" index="57"/>
    <alias name="Familles monoparentales : Sortants dont la variable est connue" field="n_monoparentales_sortants" index="58"/>
    <alias name="Part familles monoparentales parmi les stock (OPS) (%)" field="part_monoparentales_stock" index="59"/>
    <alias name="Familles monoparentales : Stock (OPS) dont la variable est connue" field="n_monoparentales_stock" index="60"/>
    <alias name="Effet des flux, familles monoparentales (points : entrants − stock)" field="effet_monoparentales" index="61"/>
    <alias name="Taille moyenne des ménages, entrants" field="taille_menage_entrants" index="62"/>
    <alias name="Ménages de taille connue, entrants" field="n_taille_menage_entrants" index="63"/>
    <alias name="Taille moyenne des ménages, sortants" field="taille_menage_sortants" index="64"/>
    <alias name="Ménages de taille connue, sortants" field="n_taille_menage_sortants" index="65"/>
    <alias name="Taille moyenne des ménages, stock (OPS)" field="taille_menage_stock" index="66"/>
    <alias name="Ménages de taille connue, stock (OPS)" field="n_taille_menage_stock" index="67"/>
    <alias name="Entrants 2010" field="nb_entrants_2010" index="68"/>
    <alias name="Sortants 2010" field="nb_sortants_2010" index="69"/>
    <alias name="Taux de rotation 2010 (%)" field="tx_rotation_2010" index="70"/>
    <alias name="Taux de mobilité 2010 (%)" field="tx_mobilite_2010" index="71"/>
    <alias name="Entrants 2011" field="nb_entrants_2011" index="72"/>
    <alias name="Sortants 2011" field="nb_sortants_2011" index="73"/>
    <alias name="Taux de rotation 2011 (%)" field="tx_rotation_2011" index="74"/>
    <alias name="Taux de mobilité 2011 (%)" field="tx_mobilite_2011" index="75"/>
    <alias name="Entrants 2012" field="nb_entrants_2012" index="76"/>
    <alias name="Sortants 2012" field="nb_sortants_2012" index="77"/>
    <alias name="Taux de rotation 2012 (%)" field="tx_rotation_2012" index="78"/>
    <alias name="Taux de mobilité 2012 (%)" field="tx_mobilite_2012" index="79"/>
    <alias name="Entrants 2013" field="nb_entrants_2013" index="80"/>
    <alias name="Sortants 2013" field="nb_sortants_2013" index="81"/>
    <alias name="Taux de rotation 2013 (%)" field="tx_rotation_2013" index="82"/>
    <alias name="Taux de mobilité 2013 (%)" field="tx_mobilite_2013" index="83"/>
    <alias name="Entrants 2014" field="nb_entrants_2014" index="84"/>
    <alias name="Sortants 2014" field="nb_sortants_2014" index="85"/>
    <alias name="Taux de rotation 2014 (%)" field="tx_rotation_2014" index="86"/>
    <alias name="Taux de mobilité 2014 (%)" field="tx_mobilite_2014" index="87"/>
    <alias name="Entrants 2015" field="nb_entrants_2015" index="88"/>
    <alias name="Sortants 2015" field="nb_sortants_2015" index="89"/>
    <alias name="Taux de rotation 2015 (%)" field="tx_rotation_2015" index="90"/>
    <alias name="Taux de mobilité 2015 (%)" field="tx_mobilite_2015" index="91"/>
    <alias name="Entrants 2016" field="nb_entrants_2016" index="92"/>
    <alias name="Sortants 2016" field="nb_sortants_2016" index="93"/>
    <alias name="Taux de rotation 2016 (%)" field="tx_rotation_2016" index="94"/>
    <alias name="Taux de mobilité 2016 (%)" field="tx_mobilite_2016" index="95"/>
    <alias name="Entrants 2017" field="nb_entrants_2017" index="96"/>
    <alias name="Sortants 2017" field="nb_sortants_2017" index="97"/>
    <alias name="Taux de rotation 2017 (%)" field="tx_rotation_2017" index="98"/>
    <alias name="Taux de mobilité 2017 (%)" field="tx_mobilite_2017" index="99"/>
    <alias name="Entrants 2018" field="nb_entrants_2018" index="100"/>
    <alias name="Sortants 2018" field="nb_sortants_2018" index="101"/>
    <alias name="Taux de rotation 2018 (%)" field="tx_rotation_2018" index="102"/>
    <alias name="Taux de mobilité 2018 (%)" field="tx_mobilite_2018" index="103"/>
    <alias name="Entrants 2019" field="nb_entrants_2019" index="104"/>
    <alias name="Sortants 2019" field="nb_sortants_2019" index="105"/>
    <alias name="Taux de rotation 2019 (%)" field="tx_rotation_2019" index="106"/>
    <alias name="Taux de mobilité 2019 (%)" field="tx_mobilite_2019" index="107"/>
    <alias name="Entrants 2020" field="nb_entrants_2020" index="108"/>
    <alias name="Sortants 2020" field="nb_sortants_2020" index="109"/>
    <alias name="Taux de rotation 2020 (%)" field="tx_rotation_2020" index="110"/>
    <alias name="Taux de mobilité 2020 (%)" field="tx_mobilite_2020" index="111"/>
    <alias name="Entrants 2021" field="nb_entrants_2021" index="112"/>
    <alias name="Sortants 2021" field="nb_sortants_2021" index="113"/>
    <alias name="Taux de rotation 2021 (%)" field="tx_rotation_2021" index="114"/>
    <alias name="Taux de mobilité 2021 (%)" field="tx_mobilite_2021" index="115"/>
    <alias name="Entrants 2022" field="nb_entrants_2022" index="116"/>
    <alias name="Sortants 2022" field="nb_sortants_2022" index="117"/>
    <alias name="Taux de rotation 2022 (%)" field="tx_rotation_2022" index="118"/>
    <alias name="Taux de mobilité 2022 (%)" field="tx_mobilite_2022" index="119"/>
    <alias name="Entrants 2023" field="nb_entrants_2023" index="120"/>
    <alias name="Sortants 2023" field="nb_sortants_2023" index="121"/>
    <alias name="Taux de rotation 2023 (%)" field="tx_rotation_2023" index="122"/>
    <alias name="Taux de mobilité 2023 (%)" field="tx_mobilite_2023" index="123"/>
    <alias name="Entrants 2024" field="nb_entrants_2024" index="124"/>
    <alias name="Sortants 2024" field="nb_sortants_2024" index="125"/>
    <alias name="Taux de rotation 2024 (%)" field="tx_rotation_2024" index="126"/>
    <alias name="Taux de mobilité 2024 (%)" field="tx_mobilite_2024" index="127"/>
    <alias name="Entrants 2025" field="nb_entrants_2025" index="128"/>
    <alias name="Sortants 2025" field="nb_sortants_2025" index="129"/>
    <alias name="Taux de rotation 2025 (%)" field="tx_rotation_2025" index="130"/>
    <alias name="Taux de mobilité 2025 (%)" field="tx_mobilite_2025" index="131"/>
    <alias name="Entrants 2026" field="nb_entrants_2026" index="132"/>
    <alias name="Sortants 2026" field="nb_sortants_2026" index="133"/>
    <alias name="Taux de rotation 2026 (%)" field="tx_rotation_2026" index="134"/>
    <alias name="Taux de mobilité 2026 (%)" field="tx_mobilite_2026" index="135"/>
    <alias name="Entrants 2027" field="nb_entrants_2027" index="136"/>
    <alias name="Sortants 2027" field="nb_sortants_2027" index="137"/>
    <alias name="Taux de rotation 2027 (%)" field="tx_rotation_2027" index="138"/>
    <alias name="Taux de mobilité 2027 (%)" field="tx_mobilite_2027" index="139"/>
    <alias name="Entrants 2028" field="nb_entrants_2028" index="140"/>
    <alias name="Sortants 2028" field="nb_sortants_2028" index="141"/>
    <alias name="Taux de rotation 2028 (%)" field="tx_rotation_2028" index="142"/>
    <alias name="Taux de mobilité 2028 (%)" field="tx_mobilite_2028" index="143"/>
    <alias name="Entrants 2029" field="nb_entrants_2029" index="144"/>
    <alias name="Sortants 2029" field="nb_sortants_2029" index="145"/>
    <alias name="Taux de rotation 2029 (%)" field="tx_rotation_2029" index="146"/>
    <alias name="Taux de mobilité 2029 (%)" field="tx_mobilite_2029" index="147"/>
    <alias name="Entrants 2030" field="nb_entrants_2030" index="148"/>
    <alias name="Sortants 2030" field="nb_sortants_2030" index="149"/>
    <alias name="Taux de rotation 2030 (%)" field="tx_rotation_2030" index="150"/>
    <alias name="Taux de mobilité 2030 (%)" field="tx_mobilite_2030" index="151"/>
    <alias name="Entrants 2031" field="nb_entrants_2031" index="152"/>
    <alias name="Sortants 2031" field="nb_sortants_2031" index="153"/>
    <alias name="Taux de rotation 2031 (%)" field="tx_rotation_2031" index="154"/>
    <alias name="Taux de mobilité 2031 (%)" field="tx_mobilite_2031" index="155"/>
    <alias name="Entrants 2032" field="nb_entrants_2032" index="156"/>
    <alias name="Sortants 2032" field="nb_sortants_2032" index="157"/>
    <alias name="Taux de rotation 2032 (%)" field="tx_rotation_2032" index="158"/>
    <alias name="Taux de mobilité 2032 (%)" field="tx_mobilite_2032" index="159"/>
    <alias name="Entrants 2033" field="nb_entrants_2033" index="160"/>
    <alias name="Sortants 2033" field="nb_sortants_2033" index="161"/>
    <alias name="Taux de rotation 2033 (%)" field="tx_rotation_2033" index="162"/>
    <alias name="Taux de mobilité 2033 (%)" field="tx_mobilite_2033" index="163"/>
    <alias name="Entrants 2034" field="nb_entrants_2034" index="164"/>
    <alias name="Sortants 2034" field="nb_sortants_2034" index="165"/>
    <alias name="Taux de rotation 2034 (%)" field="tx_rotation_2034" index="166"/>
    <alias name="Taux de mobilité 2034 (%)" field="tx_mobilite_2034" index="167"/>
    <alias name="Entrants 2035" field="nb_entrants_2035" index="168"/>
    <alias name="Sortants 2035" field="nb_sortants_2035" index="169"/>
    <alias name="Taux de rotation 2035 (%)" field="tx_rotation_2035" index="170"/>
    <alias name="Taux de mobilité 2035 (%)" field="tx_mobilite_2035" index="171"/>
  </aliases>
  <defaults>
    <default expression="" field="batiment_id" applyOnUpdate="0"/>
    <default expression="" field="etage" applyOnUpdate="0"/>
    <default expression="" field="residence_id" applyOnUpdate="0"/>
    <default expression="" field="ilot_id" applyOnUpdate="0"/>
    <default expression="" field="code_iris" applyOnUpdate="0"/>
    <default expression="" field="code_qpv" applyOnUpdate="0"/>
    <default expression="" field="depcom" applyOnUpdate="0"/>
    <default expression="" field="code_epci" applyOnUpdate="0"/>
    <default expression="" field="bailleur" applyOnUpdate="0"/>
    <default expression="" field="nom" applyOnUpdate="0"/>
    <default expression="" field="niveau" applyOnUpdate="0"/>
    <default expression="" field="periode_debut" applyOnUpdate="0"/>
    <default expression="" field="periode_fin" applyOnUpdate="0"/>
    <default expression="" field="nb_logements" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants" applyOnUpdate="0"/>
    <default expression="" field="solde" applyOnUpdate="0"/>
    <default expression="" field="nb_mutations_sortantes" applyOnUpdate="0"/>
    <default expression="" field="logements_annees" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation" applyOnUpdate="0"/>
    <default expression="" field="nb_emmenagements_un_an" applyOnUpdate="0"/>
    <default expression="" field="logements_un_an_annees" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite" applyOnUpdate="0"/>
    <default expression="" field="n_anciennete" applyOnUpdate="0"/>
    <default expression="" field="anciennete_moy" applyOnUpdate="0"/>
    <default expression="" field="part_emmenages_recents" applyOnUpdate="0"/>
    <default expression="" field="n_anciennete_sortants" applyOnUpdate="0"/>
    <default expression="" field="anciennete_sortants_moy" applyOnUpdate="0"/>
    <default expression="" field="nb_relocations" applyOnUpdate="0"/>
    <default expression="" field="delai_relocation_moy" applyOnUpdate="0"/>
    <default expression="" field="n_vacance_3mois" applyOnUpdate="0"/>
    <default expression="" field="nb_vacances_3mois" applyOnUpdate="0"/>
    <default expression="" field="part_vacance_3mois" applyOnUpdate="0"/>
    <default expression="" field="secret" applyOnUpdate="0"/>
    <default expression="" field="part_q1_entrants" applyOnUpdate="0"/>
    <default expression="" field="n_q1_entrants" applyOnUpdate="0"/>
    <default expression="" field="part_q1_sortants" applyOnUpdate="0"/>
    <default expression="" field="n_q1_sortants" applyOnUpdate="0"/>
    <default expression="" field="part_q1_stock" applyOnUpdate="0"/>
    <default expression="" field="n_q1_stock" applyOnUpdate="0"/>
    <default expression="" field="effet_q1" applyOnUpdate="0"/>
    <default expression="" field="part_rev_inf_40_entrants" applyOnUpdate="0"/>
    <default expression="" field="n_rev_inf_40_entrants" applyOnUpdate="0"/>
    <default expression="" field="part_rev_inf_40_sortants" applyOnUpdate="0"/>
    <default expression="" field="n_rev_inf_40_sortants" applyOnUpdate="0"/>
    <default expression="" field="part_rev_inf_40_stock" applyOnUpdate="0"/>
    <default expression="" field="n_rev_inf_40_stock" applyOnUpdate="0"/>
    <default expression="" field="effet_rev_inf_40" applyOnUpdate="0"/>
    <default expression="" field="part_personnes_seules_entrants" applyOnUpdate="0"/>
    <default expression="" field="n_personnes_seules_entrants" applyOnUpdate="0"/>
    <default expression="" field="part_personnes_seules_sortants" applyOnUpdate="0"/>
    <default expression="" field="n_personnes_seules_sortants" applyOnUpdate="0"/>
    <default expression="" field="part_personnes_seules_stock" applyOnUpdate="0"/>
    <default expression="" field="n_personnes_seules_stock" applyOnUpdate="0"/>
    <default expression="" field="effet_personnes_seules" applyOnUpdate="0"/>
    <default expression="" field="part_monoparentales_entrants" applyOnUpdate="0"/>
    <default expression="" field="n_monoparentales_entrants" applyOnUpdate="0"/>
    <default expression="" field="part_monoparentales_sortants" applyOnUpdate="0"/>
    <default expression="" field="n_monoparentales_sortants" applyOnUpdate="0"/>
    <default expression="" field="part_monoparentales_stock" applyOnUpdate="0"/>
    <default expression="" field="n_monoparentales_stock" applyOnUpdate="0"/>
    <default expression="" field="effet_monoparentales" applyOnUpdate="0"/>
    <default expression="" field="taille_menage_entrants" applyOnUpdate="0"/>
    <default expression="" field="n_taille_menage_entrants" applyOnUpdate="0"/>
    <default expression="" field="taille_menage_sortants" applyOnUpdate="0"/>
    <default expression="" field="n_taille_menage_sortants" applyOnUpdate="0"/>
    <default expression="" field="taille_menage_stock" applyOnUpdate="0"/>
    <default expression="" field="n_taille_menage_stock" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2010" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2010" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2010" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2010" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2011" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2011" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2011" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2011" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2012" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2012" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2012" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2012" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2013" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2013" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2013" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2013" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2014" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2014" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2014" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2014" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2015" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2015" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2015" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2015" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2016" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2016" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2016" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2016" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2017" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2017" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2017" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2017" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2018" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2018" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2018" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2018" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2019" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2019" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2019" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2019" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2020" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2020" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2020" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2020" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2021" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2021" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2021" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2021" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2022" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2022" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2022" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2022" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2023" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2023" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2023" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2023" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2024" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2024" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2024" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2024" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2025" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2025" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2025" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2025" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2026" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2026" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2026" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2026" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2027" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2027" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2027" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2027" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2028" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2028" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2028" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2028" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2029" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2029" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2029" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2029" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2030" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2030" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2030" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2030" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2031" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2031" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2031" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2031" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2032" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2032" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2032" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2032" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2033" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2033" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2033" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2033" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2034" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2034" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2034" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2034" applyOnUpdate="0"/>
    <default expression="" field="nb_entrants_2035" applyOnUpdate="0"/>
    <default expression="" field="nb_sortants_2035" applyOnUpdate="0"/>
    <default expression="" field="tx_rotation_2035" applyOnUpdate="0"/>
    <default expression="" field="tx_mobilite_2035" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="batiment_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="etage" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="residence_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ilot_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_iris" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_qpv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="depcom" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="code_epci" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bailleur" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nom" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="niveau" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="periode_debut" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="periode_fin" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_logements" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="solde" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_mutations_sortantes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="logements_annees" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_emmenagements_un_an" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="logements_un_an_annees" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_anciennete" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="anciennete_moy" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_emmenages_recents" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_anciennete_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="anciennete_sortants_moy" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_relocations" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="delai_relocation_moy" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_vacance_3mois" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_vacances_3mois" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_vacance_3mois" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="secret" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_q1_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_q1_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_q1_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_q1_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_q1_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_q1_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="effet_q1" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_rev_inf_40_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_rev_inf_40_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_rev_inf_40_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_rev_inf_40_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_rev_inf_40_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_rev_inf_40_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="effet_rev_inf_40" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_personnes_seules_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_personnes_seules_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_personnes_seules_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_personnes_seules_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_personnes_seules_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_personnes_seules_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="effet_personnes_seules" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_monoparentales_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_monoparentales_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_monoparentales_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_monoparentales_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="part_monoparentales_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_monoparentales_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="effet_monoparentales" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="taille_menage_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_taille_menage_entrants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="taille_menage_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_taille_menage_sortants" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="taille_menage_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_taille_menage_stock" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2010" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2010" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2010" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2010" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2011" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2011" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2011" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2011" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2012" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2012" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2012" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2012" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2013" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2013" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2013" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2013" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2014" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2014" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2014" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2014" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2015" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2015" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2015" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2015" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2016" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2016" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2016" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2016" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2017" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2017" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2017" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2017" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2018" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2018" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2018" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2018" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2019" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2019" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2019" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2019" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2020" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2020" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2020" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2020" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2021" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2021" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2021" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2021" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2022" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2022" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2022" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2022" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2023" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2023" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2023" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2023" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2024" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2024" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2024" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2024" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2025" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2025" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2025" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2025" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2026" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2026" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2026" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2026" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2027" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2027" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2027" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2027" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2028" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2028" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2028" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2028" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2029" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2029" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2029" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2029" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2030" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2030" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2030" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2030" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2031" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2031" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2031" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2031" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2032" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2032" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2032" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2032" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2033" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2033" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2033" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2033" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2034" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2034" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2034" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2034" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_entrants_2035" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nb_sortants_2035" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_rotation_2035" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tx_mobilite_2035" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="batiment_id" exp=""/>
    <constraint desc="" field="etage" exp=""/>
    <constraint desc="" field="residence_id" exp=""/>
    <constraint desc="" field="ilot_id" exp=""/>
    <constraint desc="" field="code_iris" exp=""/>
    <constraint desc="" field="code_qpv" exp=""/>
    <constraint desc="" field="depcom" exp=""/>
    <constraint desc="" field="code_epci" exp=""/>
    <constraint desc="" field="bailleur" exp=""/>
    <constraint desc="" field="nom" exp=""/>
    <constraint desc="" field="niveau" exp=""/>
    <constraint desc="" field="periode_debut" exp=""/>
    <constraint desc="" field="periode_fin" exp=""/>
    <constraint desc="" field="nb_logements" exp=""/>
    <constraint desc="" field="nb_entrants" exp=""/>
    <constraint desc="" field="nb_sortants" exp=""/>
    <constraint desc="" field="solde" exp=""/>
    <constraint desc="" field="nb_mutations_sortantes" exp=""/>
    <constraint desc="" field="logements_annees" exp=""/>
    <constraint desc="" field="tx_rotation" exp=""/>
    <constraint desc="" field="nb_emmenagements_un_an" exp=""/>
    <constraint desc="" field="logements_un_an_annees" exp=""/>
    <constraint desc="" field="tx_mobilite" exp=""/>
    <constraint desc="" field="n_anciennete" exp=""/>
    <constraint desc="" field="anciennete_moy" exp=""/>
    <constraint desc="" field="part_emmenages_recents" exp=""/>
    <constraint desc="" field="n_anciennete_sortants" exp=""/>
    <constraint desc="" field="anciennete_sortants_moy" exp=""/>
    <constraint desc="" field="nb_relocations" exp=""/>
    <constraint desc="" field="delai_relocation_moy" exp=""/>
    <constraint desc="" field="n_vacance_3mois" exp=""/>
    <constraint desc="" field="nb_vacances_3mois" exp=""/>
    <constraint desc="" field="part_vacance_3mois" exp=""/>
    <constraint desc="" field="secret" exp=""/>
    <constraint desc="" field="part_q1_entrants" exp=""/>
    <constraint desc="" field="n_q1_entrants" exp=""/>
    <constraint desc="" field="part_q1_sortants" exp=""/>
    <constraint desc="" field="n_q1_sortants" exp=""/>
    <constraint desc="" field="part_q1_stock" exp=""/>
    <constraint desc="" field="n_q1_stock" exp=""/>
    <constraint desc="" field="effet_q1" exp=""/>
    <constraint desc="" field="part_rev_inf_40_entrants" exp=""/>
    <constraint desc="" field="n_rev_inf_40_entrants" exp=""/>
    <constraint desc="" field="part_rev_inf_40_sortants" exp=""/>
    <constraint desc="" field="n_rev_inf_40_sortants" exp=""/>
    <constraint desc="" field="part_rev_inf_40_stock" exp=""/>
    <constraint desc="" field="n_rev_inf_40_stock" exp=""/>
    <constraint desc="" field="effet_rev_inf_40" exp=""/>
    <constraint desc="" field="part_personnes_seules_entrants" exp=""/>
    <constraint desc="" field="n_personnes_seules_entrants" exp=""/>
    <constraint desc="" field="part_personnes_seules_sortants" exp=""/>
    <constraint desc="" field="n_personnes_seules_sortants" exp=""/>
    <constraint desc="" field="part_personnes_seules_stock" exp=""/>
    <constraint desc="" field="n_personnes_seules_stock" exp=""/>
    <constraint desc="" field="effet_personnes_seules" exp=""/>
    <constraint desc="" field="part_monoparentales_entrants" exp=""/>
    <constraint desc="" field="n_monoparentales_entrants" exp=""/>
    <constraint desc="" field="part_monoparentales_sortants" exp=""/>
    <constraint desc="" field="n_monoparentales_sortants" exp=""/>
    <constraint desc="" field="part_monoparentales_stock" exp=""/>
    <constraint desc="" field="n_monoparentales_stock" exp=""/>
    <constraint desc="" field="effet_monoparentales" exp=""/>
    <constraint desc="" field="taille_menage_entrants" exp=""/>
    <constraint desc="" field="n_taille_menage_entrants" exp=""/>
    <constraint desc="" field="taille_menage_sortants" exp=""/>
    <constraint desc="" field="n_taille_menage_sortants" exp=""/>
    <constraint desc="" field="taille_menage_stock" exp=""/>
    <constraint desc="" field="n_taille_menage_stock" exp=""/>
    <constraint desc="" field="nb_entrants_2010" exp=""/>
    <constraint desc="" field="nb_sortants_2010" exp=""/>
    <constraint desc="" field="tx_rotation_2010" exp=""/>
    <constraint desc="" field="tx_mobilite_2010" exp=""/>
    <constraint desc="" field="nb_entrants_2011" exp=""/>
    <constraint desc="" field="nb_sortants_2011" exp=""/>
    <constraint desc="" field="tx_rotation_2011" exp=""/>
    <constraint desc="" field="tx_mobilite_2011" exp=""/>
    <constraint desc="" field="nb_entrants_2012" exp=""/>
    <constraint desc="" field="nb_sortants_2012" exp=""/>
    <constraint desc="" field="tx_rotation_2012" exp=""/>
    <constraint desc="" field="tx_mobilite_2012" exp=""/>
    <constraint desc="" field="nb_entrants_2013" exp=""/>
    <constraint desc="" field="nb_sortants_2013" exp=""/>
    <constraint desc="" field="tx_rotation_2013" exp=""/>
    <constraint desc="" field="tx_mobilite_2013" exp=""/>
    <constraint desc="" field="nb_entrants_2014" exp=""/>
    <constraint desc="" field="nb_sortants_2014" exp=""/>
    <constraint desc="" field="tx_rotation_2014" exp=""/>
    <constraint desc="" field="tx_mobilite_2014" exp=""/>
    <constraint desc="" field="nb_entrants_2015" exp=""/>
    <constraint desc="" field="nb_sortants_2015" exp=""/>
    <constraint desc="" field="tx_rotation_2015" exp=""/>
    <constraint desc="" field="tx_mobilite_2015" exp=""/>
    <constraint desc="" field="nb_entrants_2016" exp=""/>
    <constraint desc="" field="nb_sortants_2016" exp=""/>
    <constraint desc="" field="tx_rotation_2016" exp=""/>
    <constraint desc="" field="tx_mobilite_2016" exp=""/>
    <constraint desc="" field="nb_entrants_2017" exp=""/>
    <constraint desc="" field="nb_sortants_2017" exp=""/>
    <constraint desc="" field="tx_rotation_2017" exp=""/>
    <constraint desc="" field="tx_mobilite_2017" exp=""/>
    <constraint desc="" field="nb_entrants_2018" exp=""/>
    <constraint desc="" field="nb_sortants_2018" exp=""/>
    <constraint desc="" field="tx_rotation_2018" exp=""/>
    <constraint desc="" field="tx_mobilite_2018" exp=""/>
    <constraint desc="" field="nb_entrants_2019" exp=""/>
    <constraint desc="" field="nb_sortants_2019" exp=""/>
    <constraint desc="" field="tx_rotation_2019" exp=""/>
    <constraint desc="" field="tx_mobilite_2019" exp=""/>
    <constraint desc="" field="nb_entrants_2020" exp=""/>
    <constraint desc="" field="nb_sortants_2020" exp=""/>
    <constraint desc="" field="tx_rotation_2020" exp=""/>
    <constraint desc="" field="tx_mobilite_2020" exp=""/>
    <constraint desc="" field="nb_entrants_2021" exp=""/>
    <constraint desc="" field="nb_sortants_2021" exp=""/>
    <constraint desc="" field="tx_rotation_2021" exp=""/>
    <constraint desc="" field="tx_mobilite_2021" exp=""/>
    <constraint desc="" field="nb_entrants_2022" exp=""/>
    <constraint desc="" field="nb_sortants_2022" exp=""/>
    <constraint desc="" field="tx_rotation_2022" exp=""/>
    <constraint desc="" field="tx_mobilite_2022" exp=""/>
    <constraint desc="" field="nb_entrants_2023" exp=""/>
    <constraint desc="" field="nb_sortants_2023" exp=""/>
    <constraint desc="" field="tx_rotation_2023" exp=""/>
    <constraint desc="" field="tx_mobilite_2023" exp=""/>
    <constraint desc="" field="nb_entrants_2024" exp=""/>
    <constraint desc="" field="nb_sortants_2024" exp=""/>
    <constraint desc="" field="tx_rotation_2024" exp=""/>
    <constraint desc="" field="tx_mobilite_2024" exp=""/>
    <constraint desc="" field="nb_entrants_2025" exp=""/>
    <constraint desc="" field="nb_sortants_2025" exp=""/>
    <constraint desc="" field="tx_rotation_2025" exp=""/>
    <constraint desc="" field="tx_mobilite_2025" exp=""/>
    <constraint desc="" field="nb_entrants_2026" exp=""/>
    <constraint desc="" field="nb_sortants_2026" exp=""/>
    <constraint desc="" field="tx_rotation_2026" exp=""/>
    <constraint desc="" field="tx_mobilite_2026" exp=""/>
    <constraint desc="" field="nb_entrants_2027" exp=""/>
    <constraint desc="" field="nb_sortants_2027" exp=""/>
    <constraint desc="" field="tx_rotation_2027" exp=""/>
    <constraint desc="" field="tx_mobilite_2027" exp=""/>
    <constraint desc="" field="nb_entrants_2028" exp=""/>
    <constraint desc="" field="nb_sortants_2028" exp=""/>
    <constraint desc="" field="tx_rotation_2028" exp=""/>
    <constraint desc="" field="tx_mobilite_2028" exp=""/>
    <constraint desc="" field="nb_entrants_2029" exp=""/>
    <constraint desc="" field="nb_sortants_2029" exp=""/>
    <constraint desc="" field="tx_rotation_2029" exp=""/>
    <constraint desc="" field="tx_mobilite_2029" exp=""/>
    <constraint desc="" field="nb_entrants_2030" exp=""/>
    <constraint desc="" field="nb_sortants_2030" exp=""/>
    <constraint desc="" field="tx_rotation_2030" exp=""/>
    <constraint desc="" field="tx_mobilite_2030" exp=""/>
    <constraint desc="" field="nb_entrants_2031" exp=""/>
    <constraint desc="" field="nb_sortants_2031" exp=""/>
    <constraint desc="" field="tx_rotation_2031" exp=""/>
    <constraint desc="" field="tx_mobilite_2031" exp=""/>
    <constraint desc="" field="nb_entrants_2032" exp=""/>
    <constraint desc="" field="nb_sortants_2032" exp=""/>
    <constraint desc="" field="tx_rotation_2032" exp=""/>
    <constraint desc="" field="tx_mobilite_2032" exp=""/>
    <constraint desc="" field="nb_entrants_2033" exp=""/>
    <constraint desc="" field="nb_sortants_2033" exp=""/>
    <constraint desc="" field="tx_rotation_2033" exp=""/>
    <constraint desc="" field="tx_mobilite_2033" exp=""/>
    <constraint desc="" field="nb_entrants_2034" exp=""/>
    <constraint desc="" field="nb_sortants_2034" exp=""/>
    <constraint desc="" field="tx_rotation_2034" exp=""/>
    <constraint desc="" field="tx_mobilite_2034" exp=""/>
    <constraint desc="" field="nb_entrants_2035" exp=""/>
    <constraint desc="" field="nb_sortants_2035" exp=""/>
    <constraint desc="" field="tx_rotation_2035" exp=""/>
    <constraint desc="" field="tx_mobilite_2035" exp=""/>
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
  <previewExpression>coalesce(attribute($currentfeature, 'batiment_id') || coalesce(' – étage ' || to_string(attribute($currentfeature, 'etage')), ''), attribute($currentfeature, 'residence_id'), attribute($currentfeature, 'ilot_id'), attribute($currentfeature, 'code_iris'), attribute($currentfeature, 'code_qpv'), attribute($currentfeature, 'depcom'), attribute($currentfeature, 'code_epci'), attribute($currentfeature, 'bailleur'), 'unité ' || to_string($id)) || ' – ' || format_number(coalesce("nb_logements", 0), 0) || ' logement' || if(coalesce("nb_logements", 0) > 1, 's', '')</previewExpression>
  <mapTip>&lt;b>[% coalesce(attribute($currentfeature, 'batiment_id') || coalesce(' – étage ' || to_string(attribute($currentfeature, 'etage')), ''), attribute($currentfeature, 'residence_id'), attribute($currentfeature, 'ilot_id'), attribute($currentfeature, 'code_iris'), attribute($currentfeature, 'code_qpv'), attribute($currentfeature, 'depcom'), attribute($currentfeature, 'code_epci'), attribute($currentfeature, 'bailleur'), 'unité ' || to_string($id)) %]&lt;/b>&lt;br>Période : [% format_date("periode_debut", 'dd/MM/yyyy') %] – [% format_date("periode_fin", 'dd/MM/yyyy') %]&lt;br>Entrants : [% coalesce("nb_entrants", 0) %] – sortants : [% coalesce("nb_sortants", 0) %]&lt;br>Taux de rotation : [% coalesce(format_number("tx_rotation", 1) || ' %', 'non renseigné') %]&lt;br>Taux de mobilité : [% coalesce(format_number("tx_mobilite", 1) || ' %', 'non renseigné') %]&lt;br>Effet des flux (1er quartile) : [% coalesce(format_number("effet_q1", 1) || ' points', if("secret", 'secret statistique', 'non renseigné')) %]</mapTip>
</qgis>
