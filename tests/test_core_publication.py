"""A publication's layers protected together (core/publication.py): the same count in
two layers (an occupancy millésime and an evolution's side) is masked in both, and the
figures resting on it with it."""

import math

import pandas as pd

from peuplement_plugin.core import publication


def occupation(millesime, level, units, households, apl_share):
    key = {"batiment": "batiment_id", "ilot": "ilot_id"}[level]
    frame = pd.DataFrame({key: units, "niveau": level, "millesime": millesime, "nb_menages": households,
                          "part_apl": apl_share, "n_apl": households})
    frame["secret"] = frame["nb_menages"].isna()
    frame["fid"] = range(1, len(frame) + 1)
    return publication.describe("occupation_{}_{}".format(millesime, level), frame)


def layers():
    nan = float("nan")
    bat22 = occupation(2022, "batiment", ["B1", "B2", "B3"], [nan, 30, 40], [nan, 20.0, 25.0])
    ilot22 = occupation(2022, "ilot", ["I"], [75], [22.0])
    bat24 = occupation(2024, "batiment", ["B1", "B2", "B3"], [20, 31, 40], [10.0, 20.0, 25.0])
    ilot24 = occupation(2024, "ilot", ["I"], [91], [22.0])
    evolution = pd.DataFrame({
        "batiment_id": ["B1", "B2", "B3"], "presence": "t0 et t1",
        "nb_menages_t0": [nan, 30, 40], "nb_menages_t1": [20, 31, 40], "nb_menages_diff": [nan, 1, 0],
        "part_apl_t0": [nan, 20.0, 25.0], "part_apl_t1": [10.0, 20.0, 25.0], "part_apl_diff": [nan, 0.0, 0.0],
        "secret": [True, False, False], "fid": [1, 2, 3]})
    return [bat22, ilot22, bat24, ilot24, publication.describe("evolution_batiment", evolution)]


LINKS = pd.DataFrame([("batiment", b, "ilot", "I", True) for b in ("B1", "B2", "B3")],
                     columns=["level", "unit", "parent_level", "parent", "exact"])


def test_layers_say_what_they_are():
    found = {layer.name: (layer.family, layer.level, layer.millesime) for layer in layers()}
    assert found["occupation_2022_batiment"] == ("occupation", "batiment", "2022")
    assert found["evolution_batiment"] == ("evolution", "batiment", "")
    all_layers = layers()
    assert publication.evolution_millesimes(all_layers, all_layers[-1]) == ("2022", "2024")


def test_a_count_masked_over_the_hierarchy_is_masked_in_every_layer_that_publishes_it():
    # 2022: B1 masked (primary); îlot I = 75 published: B1 = 75 − 30 − 40, so B2 (30 < 40,
    # the fewest households) is masked too. B2's evolution: t1 = 31 and difference = 1 would give
    # t0 = 30 back: the difference (1 household changed, the cheapest) is masked. 2024 keeps
    # everything (no unit under 11).
    result = publication.protect_layers(layers(), LINKS, 11)
    frames = result.frames
    b22 = frames["occupation_2022_batiment"].set_index("batiment_id")
    assert math.isnan(b22.loc["B2", "nb_menages"]) and math.isnan(b22.loc["B2", "part_apl"])
    assert math.isnan(b22.loc["B2", "n_apl"]) and bool(b22.loc["B2", "secret"])
    assert b22.loc["B3", "nb_menages"] == 40
    evolution = frames["evolution_batiment"].set_index("batiment_id")
    for column in ("nb_menages_t0", "part_apl_t0", "nb_menages_diff", "part_apl_diff"):
        assert math.isnan(evolution.loc["B2", column]), column
    assert evolution.loc["B2", "nb_menages_t1"] == 31 and bool(evolution.loc["B2", "secret"])
    assert frames["occupation_2024_batiment"]["nb_menages"].notna().all()
    counts = result.counts.set_index("layer")
    # before: B1's nb_menages and n_apl; added: B2's nb_menages and n_apl
    assert counts.loc["occupation_2022_batiment", "primary"] == 2
    assert counts.loc["occupation_2022_batiment", "secondary"] == 2
    assert not result.audit["exposed"].any()
    # the audit of the protected layers, read as a reader would, agrees
    protected = [publication.describe(name, frame) for name, frame in frames.items()]
    audit = publication.audit_layers(protected, LINKS)
    assert not audit["exposed"].any()
    assert set(audit["unit"]) >= {"B1", "B2"}


def test_the_masks_do_not_depend_on_the_order_of_the_layers():
    """The observatory and peuplement:proteger_publication read the same GeoPackage in
    different orders: the same masks."""
    forward = publication.protect_layers(layers(), LINKS, 11).frames
    backward = publication.protect_layers(list(reversed(layers())), LINKS.iloc[::-1], 11).frames
    for name, frame in forward.items():
        pd.testing.assert_frame_equal(frame, backward[name])
