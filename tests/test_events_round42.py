"""Events from the forty-second round: one person who set out "in a group of" hundreds, "the one of October"
standing for a caravan, "the one that had set out" describing one, a toothache "that has walked", "blocked drains"
and "300 blocks" of ice that are no block, the caravan a text is telling going on in the mentions after it, an
arrival with no place a day from one with a place, two stories a day apart on one block or march, the city shifting
the walkers to a shelter, and officials registering them for visitor cards. Texts written for these tests in the
style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions_of as _of


def test_one_person_setting_out_in_a_group_is_the_group_setting_out():
    text = ("Not all his customers are Honduran. Idalia Ramos, 34, set out from San Salvador on Oct. 28 in a group of "
            "about 500 by its organizers' reckoning.")
    got = _of(text, "2018-12-10", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-10-28", ["San Salvador"])]
    # on her own she is one person's story
    assert _of("Idalia Ramos, 34, set out from San Salvador on Oct. 28 in a borrowed car.", "2018-12-10", "depart") == []


def test_the_one_of_october_is_a_caravan_after_a_sentence_naming_one():
    text = ("It is the second caravan he has treated in four months. The one of October, the first since the "
            "pandemic, set out from San Pedro Sula late on Wednesday, Sept. 30, by his patients' account.")
    got = _of(text, "2021-01-22", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2020-09-30", ["San Pedro Sula"])]
    # with no caravan named before it, "the one of October" is nobody in particular
    text = ("Dental care: a free chair\n\nHe has treated patients for years. The one of October set out from San "
            "Pedro Sula late on Wednesday, Sept. 30.")
    assert _of(text, "2021-01-22", "depart") == []


def test_the_one_that_had_set_out_describes_a_group():
    text = ("Other groups had joined them on the road, and the column that came out of the water was far larger than "
            "the one that had set out.")
    assert _of(text, "2018-11-06", "depart") == []
    assert _of("The column was far larger when it set out from the square.", "2018-11-06", "depart") != []


def test_a_thing_that_walked_is_no_group_moving():
    text = ("For the past five days his waiting room has been full of Hondurans with abscesses, cracked molars and the "
            "kind of toothache that has walked for a week before it reaches a chair.")
    assert _of(text, "2021-01-22", "march") == []
    # a group noun before "that" is still the group ("the caravan that left Tapachula on Monday")
    got = _of("The caravan that left Tapachula on Monday reached Huixtla on Tuesday.", "2021-10-28", "depart")
    assert [m.time.value for m in got] == ["2021-10-25"]


def test_blocked_drains_and_blocks_of_ice_are_no_block():
    text = "The plumbers found plenty of work afterwards: blocked drains in the park's toilets, broken cisterns."
    assert _of(text, "2022-06-09", "block") == []
    text = "The factory sold ice to a relief group, which paid for 300 blocks and has promised to pay for the rest."
    assert _of(text, "2024-11-09", "block") == []
    assert [m.time.value for m in _of("Police blocked the highway on Friday.", "2021-01-22", "block")] == ["2021-01-22"]

def test_the_caravan_the_text_tells_goes_on_in_the_mentions_after_it():
    # two caravans in Tijuana in late November 2018: the Honduran one (left San Pedro Sula on Oct. 13) and a
    # Salvadoran group (left San Salvador on Oct. 28); the march and the move told right after the Honduran
    # caravan's camp are that caravan's, though the Salvadoran group set off later
    tl = built(
        ("a", "2018-10-14", "SAN PEDRO SULA, Honduras — About 1,300 Hondurans left San Pedro Sula on Saturday, Oct. "
                            "13, walking north toward Guatemala."),
        ("b", "2018-10-29", "SAN SALVADOR — A group of about 300 Salvadorans set out from San Salvador on Sunday, "
                            "Oct. 28, toward the Guatemalan border."),
        ("c", "2018-12-10", "TIJUANA, Mexico — A key-cutting booth in the Zona Norte has sold more padlocks in the "
                            "past three weeks than in all of last year.\n\nThe Honduran caravan began pitching its "
                            "tents at the Benito Juárez sports complex, near the border fence, on Nov. 16.\n\nFor two "
                            "weeks the "
                            "complex was home to thousands. On Sunday, Nov. 25, a march toward the El Chaparral "
                            "crossing broke up in tear gas.\n\nOn Friday, Nov. 30, the city moved the walkers to El "
                            "Barretal, a former concert venue.\n\nNot all his customers are Honduran. Idalia Ramos, 34, "
                            "set out from San Salvador on Oct. 28 in a group of about 500."))
    caravan_of = {(e.type, e.date): e.caravan for e in tl.events}
    honduran = caravan_of[("depart", "2018-10-13")]
    salvadoran = caravan_of[("depart", "2018-10-28")]
    assert honduran != salvadoran
    assert caravan_of[("stay", "2018-11-16")] == honduran
    assert caravan_of[("march", "2018-11-25")] == honduran
    assert caravan_of[("arrive", "2018-11-30")] == honduran


def test_an_arrival_with_no_place_a_day_from_one_with_a_place_is_one_event():
    # the sources disagree by a day; the one with no place tells one arrival only
    tl = built(("a", "2018-11-20", "TIJUANA, Mexico — The first buses of the caravan came into Tijuana on Tuesday, "
                                   "Nov. 13, and more have come every day since."),
               ("b", "2018-12-07", "The caravan had left Mexico City on Friday, Nov. 9. Its first members arrived "
                                   "early on Wednesday, Nov. 14, by the count of a church shelter."))
    arrivals = [e for e in tl.events if e.type == "arrive"]
    assert len(arrivals) == 1 and len(arrivals[0].mentions) == 2
    # a story that tells two arrivals on two days (a village at dusk, the town the next noon) keeps them apart
    tl = built(("a", "2023-11-07", "HUIXTLA, Mexico — The caravan reached Huixtla on Tuesday, Oct. 31, around noon."),
               ("b", "2023-11-03", "Photographs of the caravan.\n\n1. Migrants arriving in the village at dusk, Oct. "
                                   "30, 2023.\n\n2. The column reached the town of Huixtla around noon, Oct. 31, 2023."))
    assert sorted(len(e.mentions) for e in tl.events if e.type == "arrive") == [1, 2]


def test_two_stories_a_day_apart_on_one_block_disagree():
    tl = built(("a", "2021-09-02", "TAPACHULA, Mexico — Agents broke up the caravan on the highway near Huixtla on the "
                                   "evening of Saturday, Aug. 28, a week after it set out."),
               ("b", "2022-07-04", "Agents broke up the caravan on the highway near Huixtla on the morning of Sunday, "
                                   "Aug. 29, 2021, a former migrant recalled."))
    blocks = [e for e in tl.events if e.type == "block"]
    assert [(len(e.mentions), e.conflict) for e in blocks] == [(2, True)]
    # a story that tells the roadblock on one day and the tear gas there the next tells two blocks
    tl = built(("a", "2021-01-19", "CHIQUIMULA, Guatemala — The column reached the police roadblock at Vado Hondo on "
                                   "Saturday, Jan. 16. On Sunday, Jan. 17, police fired tear gas at Vado Hondo to clear "
                                   "the highway."))
    assert len([e for e in tl.events if e.type == "block"]) == 2


def test_the_city_shifting_the_walkers_to_a_shelter_is_their_arrival_there():
    text = ("The caravan slept there from mid-November until city officials started shifting families to El "
            "Barretal, an events hall farther from the fence, on Friday, Nov. 30.")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in _of(text, "2018-12-05", "arrive")] == [
        ("2018-11-30", ["El Barretal"])]
    text = "On Friday, Nov. 30, the city began moving them by bus to El Barretal, a former concert venue."
    assert [m.time.value for m in _of(text, "2018-12-05", "arrive")] == ["2018-11-30"]


def test_officials_registering_the_caravan_for_visitor_cards_take_its_claims():
    text = ("Since last Thursday, Mexican officials at the bridge have been registering members of the new Honduran "
            "caravan for humanitarian visitor cards, letting them through the gate a few at a time.")
    assert [(m.modality, m.time.value) for m in _of(text, "2019-01-24", "asylum")] == [("actual", "2019-01-17")]
    assert _of("The hotel registers guests for loyalty cards.", "2019-01-24", "asylum") == []


def test_two_stories_a_day_apart_on_one_march_disagree():
    tl = built(("c", "2023-12-25", "TAPACHULA, Mexico — Some 7,000 migrants left Tapachula on foot on Sunday, Dec. 24."),
               ("a", "2023-12-30", "HUIXTLA, Mexico — The caravan left Huixtla for Escuintla before dawn on Thursday, "
                                   "Dec. 28, after two days of rest."),
               ("b", "2024-01-05", "ESCUINTLA, Mexico — The caravan left Huixtla for Escuintla on Friday, Dec. 29, its "
                                   "walkers said."))
    assert [(len(e.mentions), e.conflict) for e in tl.events if e.type == "march"] == [(2, True)]
