"""Events from the forty-first round: an arrival at a town's sports field, a count "of them by" its counters,
a count "at the start" dated by its departure, being let in to claim asylum, a paragraph that goes on with the
group, a departure from a place not named that is a caravan already under way. Texts written for these tests in
the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions_of as _of


def test_an_arrival_at_the_town_sports_field():
    text = "Since Monday, when the caravan reached the town's sports field after eight days on the road, the queue grew."
    assert [m.time.value for m in _of(text, "2018-04-05", "arrive")] == ["2018-04-02"]
    # sleeping on a field is no arrival, and it stays a count
    text = "By the following Friday more than 6,000 people were sleeping on its fields."
    assert _of(text, "2018-12-07", "arrive") == []
    assert [m.group_size for m in _of(text, "2018-12-07", "size")] == [6000]


def test_a_count_of_them_by_their_counters():
    text = ("On Sunday afternoon they walked to the San Ysidro port of entry to ask for asylum, about 150 of them by "
            "their lawyers' count.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2018-05-02", "size")] == [(150, "2018-04-29TAF")]


def test_a_count_at_the_start_takes_the_departure_date():
    text = ("The customers come from the Via Crucis caravan, which set out from Tapachula on March 25, nearly 1,500 "
            "by the organizers' count at the start, and reached Matías Romero in Oaxaca eight days later.")
    assert [m.time.value for m in _of(text, "2018-05-02", "size")] == ["2018-03-25"]
    assert [m.time.value for m in _of(text, "2018-05-02", "arrive")] == ["2018-04-02"]


def test_let_in_to_claim_asylum_is_claiming_it():
    got = _of("He wrote that the first of them were let in to ask for asylum on Tuesday, May 1.", "2018-12-04", "asylum")
    assert [(m.modality, m.time.value) for m in got] == [("actual", "2018-05-01")]
    got = _of("Late on Monday the first eight were let in to begin their claims, the lawyers said.", "2018-05-02",
              "asylum")
    assert [(m.modality, m.time.value) for m in got] == [("actual", "2018-04-30")]
    # a plan stays a plan
    got = _of("They walked to the port on Sunday to ask for asylum.", "2018-05-02", "asylum")
    assert [m.modality for m in got] == ["planned"]


def test_a_paragraph_that_goes_on_with_the_group_keeps_the_story_day():
    text = ("TIJUANA, Mexico — The copy shops have been busy since Sunday.\n\nOn Sunday afternoon the walkers marched "
            "to the San Ysidro port of entry. U.S. border officials said that evening that the port was full.\n\n"
            "The group slept on the plaza outside the gate.\n\nThe price has held at one peso a page.")
    assert [m.time.value for m in _of(text, "2018-05-02", "stay")] == ["2018-04-29TEV"]


def test_a_departure_from_a_place_not_named_is_the_caravan_under_way():
    # the rally's "set off from there for the port" a month after the caravan left Tapachula: the same caravan
    tl = built(("a", "2018-04-05", "The Via Crucis caravan left Tapachula on Palm Sunday, March 25, some 1,200 people."),
               ("b", "2018-12-04", "In April he rented chairs to the organizers of the Via Crucis caravan for their "
                                   "rally at the beach fence in Playas de Tijuana on Sunday, April 29, and watched the "
                                   "walkers set off from there for the port, some 200 people by the organizers' count."))
    assert len({e.caravan for e in tl.events}) == 1
    assert [e.date for e in tl.events if e.type == "depart"] == ["2018-03-25"]


def test_a_clause_after_since_a_date_the_month_is_dated_by_that_month():
    text = ("She has not raised her own price since January 2020, the month hundreds from a Honduran caravan waded "
            "the Suchiate and were met by the National Guard on the Mexican bank.")
    got = _of(text, "2021-09-03", "cross_border")
    assert [(m.time.value, m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [
        ("2020-01", "2020-01-01", "2020-01-31")]
    # a state since a day is still a span up to publication
    got = _of("They have camped on the bank since Saturday, the day the bridge closed.", "2021-09-03", "stay")
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2021-08-28", "2021-09-03")]


def test_a_noun_with_nothing_to_date_or_place_it_is_a_topic():
    assert _of("For his trade, the caravans are a matter not of customers but of repatriation.", "2021-01-26",
               "return") == []
    assert _of("Frames snap when people sleep on them, and the cheapest pairs lose an arm before the first rest "
               "stop.", "2024-11-07", "stay") == []
    # with a date or a place it is told
    got = _of("The repatriation of the caravan's members began on Monday.", "2021-01-26", "return")
    assert [m.time.value for m in got] == ["2021-01-25"]
