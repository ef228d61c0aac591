"""Events from the sixty-first round, from caravan-holdout66: a caravan that "forced its way past the police
guarding the Corinto post" or "surged past a row of Guatemalan police" there (a crossing); soldiers and police who
"held it two days later at Vado Hondo"; agents who "swept up hundreds of stragglers" or "swept into its stragglers";
troops who "closed the southern entrance to Huixtla to another caravan"; "The Christmas Eve before last, one left";
a caravan that "started up the avenue ... toward the highway"; "The first, and the larger, had left Tapachula";
"In Holy Week" a Via Crucis that "came out of the park ... on Monday, April 11" (the day, not the week); and a stop
told after a sentence whose last date names a noun's time ("the hurricanes of the autumn before last").  Texts
written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_forced_or_surged_past_the_police_guarding_a_border_post_is_a_crossing():
    text = ("CHIQUIMULA, Guatemala — Last year, on the first day of October, another caravan forced its way past the "
            "police guarding the Corinto post, over in Izabal, and was broken up long before it came near.")
    assert found(text, "2021-01-19") == [("forced its way", "2020-10-01")]
    [m] = mentions(text, "2021-01-19")
    assert m.type == "cross_border" and ("Corinto", "at") in [(p.place.name, p.role) for p in m.places]
    text = ("SAN PEDRO SULA, Honduras — The caravan left the terminal on Wednesday. On Thursday its people surged past "
            "a row of Guatemalan police guarding the Corinto post, in Izabal, and went on without papers.")
    crossings = found(text, "2020-10-03", "cross_border")
    assert crossings and crossings[0] == ("surged past a row of Guatemalan police", "2020-10-01")


def test_police_held_it_swept_up_stragglers_and_closed_an_entrance_to_a_caravan():
    text = ("CHIQUIMULA, Guatemala — Last January one left San Pedro Sula on the 15th, and soldiers and police in "
            "Guatemala held it two days later at Vado Hondo.")
    assert found(text, "2022-01-18", "block") == [("police in Guatemala held it", "2021-01-17")]
    text = ("HUIXTLA, Mexico — He has watched this road for a long time. Five years ago, on Oct. 12, troops and "
            "migration agents closed the southern entrance to Huixtla to another caravan, and it got no further. "
            "Earlier that same year, on April 22, agents had swept up hundreds of stragglers from a caravan on the "
            "coast road outside Pijijiapan.")
    blocks = found(text, "2024-06-25", "block")
    assert [t for _, t in blocks] == ["2019-10-12", "2019-04-22"]
    assert blocks[1][0].startswith("swept up")


def test_six_months_ago_on_christmas_eve_dates_the_departure():
    text = ("HUIXTLA, Mexico — Five years ago, on Oct. 12, troops closed the road to a caravan. And six months ago, on "
            "Christmas Eve, the largest column he can remember set out from Tapachula.")
    assert found(text, "2024-06-25", "depart") == [("set out", "2023-12-24")]


def test_one_left_the_christmas_eve_before_last():
    text = ("TAPACHULA, Mexico — Last June, on the 20th, a caravan had set out, about 1,500 people by their "
            "organizers' count. The Christmas Eve before last, one left as the town was buying its turkeys.")
    assert found(text, "2025-01-22", "depart") == [("set out", "2024-06-20"), ("left", "2023-12-24")]


def test_a_caravan_started_up_the_avenue_and_the_first_and_the_larger_had_left():
    text = ("TAPACHULA, Mexico — On Monday the park began to empty around her. At daybreak a caravan of migrants "
            "started up the avenue from under the trees toward the highway north.")
    assert found(text, "2019-04-17", "depart") == [("started up the avenue", "2019-04-15TMO")]
    text = ("HUIXTLA, Mexico — It is the second caravan he has seen this year. The first, and the larger, had left "
            "Tapachula in April, on the Monday of Holy Week, about 2,500 people as a church shelter counted them.")
    assert found(text, "2019-10-15", "depart") == [("left", "2019-04-15")]


def test_a_day_in_holy_week_dates_the_via_crucis_not_the_week():
    text = ("TAPACHULA, Mexico — This year has brought caravan after caravan to her road. In Holy Week the Via Crucis "
            "came out of the park behind its cross on Monday, April 11, and passed her in the heat of the afternoon.")
    assert found(text, "2022-10-21", "depart") == [("came out of", "2022-04-11")]


def test_a_noun_dated_last_is_not_the_time_of_the_next_sentence():
    text = ("SAN PEDRO SULA, Honduras — The caravan had gathered in the terminal through Friday night, some 600 people "
            "as the police counted them, many of them young men who had lost work in the hurricanes of the autumn "
            "before last. On the evening of its first day the Guatemalan police stopped the front of it at the "
            "Corinto crossing.")
    [block] = [m for m in mentions(text, "2022-01-18") if m.type == "block"]
    assert block.time.value == "2022-01-14TNI"


# ... and from caravan-holdout67: counts opening their clause after a fronted time, with who counted set off by
# commas ("according to reporters who marched among them", "as journalists on the road counted them", "in the
# estimate of reporters tagging along"); troops who "surrounded them" or "caught them"; "about four hundred had set
# out" (but "paid four hundred pesos and left" is no group)


def test_counts_after_a_fronted_time_with_their_counters_set_off_by_commas():
    for text, count in (
            ("TAPACHULA, Mexico — On the Monday of last week some 3,000 people, according to reporters who marched "
             "among them, quit the central park at first light.", 3000),
            ("TAPACHULA, Mexico — On Friday morning about 1,500 people, as journalists on the road counted them, "
             "Venezuelans and Cubans among them, formed into a column on the square and walked out toward the highway.",
             1500),
            ("TAPACHULA, Mexico — On Aug. 28 about 400 walkers, in the estimate of reporters tagging along, left the "
             "same park on foot.", 400)):
        sizes = [m.group_size for m in mentions(text, "2022-10-20") if m.type == "size"]
        assert sizes == [count], text


def test_troops_surrounded_or_caught_them_and_four_hundred_set_out():
    text = ("HUIXTLA, Mexico — Two months before that, on Aug. 28, about four hundred had set out from the same "
            "city, and the next day migration agents and Guard troops caught them on the highway just south of Huixtla.")
    assert found(text, "2022-10-20") == [("set out", "2022-08-28"), ("troops caught them", "2022-08-29")]
    text = ("TAPACHULA, Mexico — On Aug. 28 about 400 walkers left the same park on foot, and that same evening "
            "migration agents and National Guard troops surrounded them and pulled them into vans.")
    assert ("troops surrounded them", "2022-08-28TEV") in found(text, "2022-10-20", "block")
    assert found("HUIXTLA, Mexico — He paid four hundred pesos and left Tapachula on Monday.", "2022-10-20") == []
