"""Events from the fortieth round: a departure told as a noun with its owner, its place or its date, a town
that names a mill, a sit-in on the asphalt, registering at the gate, a second column brought in by a sentence
with no event of its own, "the first" right after caravans are named, and a count over "the next two days".
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions_of as _of


def test_a_departure_told_as_a_noun_with_its_owner_and_its_date_or_place():
    got = _of("The caravan's departure on Oct. 13 was filmed from a rooftop.", "2019-01-15", "depart")
    assert [m.time.value for m in got] == ["2018-10-13"]
    got = _of("The migrants' arrival in Tijuana was tense.", "2018-11-20", "arrive")
    assert [[p.place.name for p in m.places] for m in got] == [["Tijuana"]]
    # no place and no date of its own: a topic, not an event told here
    assert _of("Since the caravan's arrival, the count has been disputed.", "2018-11-30", "arrive") == []
    assert _of("A fund is released within 48 hours of a caravan's departure.", "2019-05-16", "depart") == []


def test_a_departure_in_a_flashback_list_with_its_place_and_its_date():
    text = ("The first act is the road, told in flashback: the departure from San Pedro Sula on Oct. 13, the rafts "
            "on the Suchiate, the long haul to Mexico City.")
    got = _of(text, "2019-01-15", "depart")
    assert [(m.time.value, [p.place.name for p in m.places][:1]) for m in got] == [("2018-10-13", ["San Pedro Sula"])]
    assert _of("His departure from the company on Friday surprised many.", "2019-01-15", "depart") == []


def test_a_town_that_names_a_mill_is_no_place_left():
    text = ("Hurricane Eta came ashore on Nov. 3 and Iota on Nov. 16; between them they flattened whole hillsides "
            "and left the San Jacinto sawmill without timber it could reach.")
    assert _of(text, "2021-01-22", "depart") == []


def test_a_sit_in_on_the_asphalt_at_a_place_is_a_stay():
    text = "By Saturday afternoon thousands sat on the asphalt at Vado Hondo, where soldiers had closed the highway."
    got = _of(text, "2021-01-22", "stay")
    assert [(m.time.value[:10], [p.place.name for p in m.places]) for m in got] == [("2021-01-16", ["Vado Hondo"])]
    text = ("The company released images of the caravan: first the walkers sitting on the CA-10 highway at Vado "
            "Hondo in Guatemala on Saturday, Jan. 16, then the same stretch empty.")
    assert [m.time.value for m in _of(text, "2021-10-28", "stay")] == ["2021-01-16"]
    # sitting down in a clash, with no place: no stay
    assert _of("Some fled into a cornfield; others sat on the asphalt holding up their children.", "2021-09-06",
               "stay") == []


def test_let_through_the_gate_to_be_registered_is_an_asylum_request():
    text = ("The series took us to the bridge at Tecún Umán on Saturday, when Mexican officials let people through "
            "the gate in groups of twenty to be registered.")
    got = _of(text, "2020-01-24", "asylum")
    assert [m.time.value for m in got] == ["2020-01-18"]


def test_a_second_column_brought_in_without_an_event_keeps_its_caravan():
    text = ("He was halfway through the harvest when the first caravan left San Pedro Sula on Oct. 13, and on "
            "Saturday, Oct. 20, its members were crossing the river below his orchards on rafts. "
            "Eight days after that a second column of Hondurans came to the same bridge. On Sunday, Oct. 28 it "
            "pushed through the Guatemalan gate and was held on the span by Mexican federal police. The next "
            "morning its members waded across downstream instead. Mexican officials put that group at about "
            "1,500; its organizers said close to 3,000.")
    tl = built(("a", "2018-11-06", text))
    first = {e.caravan for e in tl.events if e.date in ("2018-10-13", "2018-10-20")}
    second = {e.caravan for e in tl.events if e.date.startswith(("2018-10-28", "2018-10-29"))}
    assert len(first) == 1 and len(second) == 1 and first != second
    assert {e.type for e in tl.events if e.caravan in second} >= {"block", "cross_border", "size"}


def test_the_first_right_after_a_sentence_naming_caravans():
    text = ("It was the second caravan in four months to take men from the mill. The first left San Pedro Sula "
            "before dawn on Oct. 1, some 3,000 strong.")
    got = _of("Sawyers take the road north\n" + text, "2021-01-22", "depart")
    assert [m.time.value for m in got] == ["2020-10-01TMO"]


def test_a_count_over_the_next_two_days_is_dated_after_the_departure():
    text = ("The tape was recorded on the night of Tuesday, Jan. 14, when the caravan set off on foot toward "
            "Guatemala. Guatemala's migration authorities counted about 3,500 people entering the country over "
            "the next two days.")
    got = _of(text, "2020-01-24", "size")
    assert [(m.group_size, m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [
        (3500, "2020-01-15", "2020-01-16")]


def test_a_headline_event_the_story_dates_is_not_a_second_event():
    text = ("Laid-off miners walked with the caravan Guatemala sent back\n\n"
            "SANTA ROSA DE COPÁN, Honduras — At least 30 laid-off men walked out of San Pedro Sula with the caravan "
            "that left late on Wednesday, Sept. 30. From Friday, soldiers stopped the walkers at checkpoints and "
            "sent them back to the Honduran border.")
    got = _of(text, "2020-10-06", "return")
    assert [m.time.value for m in got] == ["2020-10-02"]
    # a headline whose event the story only plans keeps its own
    text = ("Migrant caravan begins arriving in Tijuana\n\n\nHundreds of Central Americans are now waiting near the "
            "border in Tijuana, with thousands more expected to arrive within days.")
    assert [m.modality for m in _of(text, "2018-11-14", "arrive")] == ["actual", "planned"]
