"""Events from the sixty-ninth round.

From caravan-holdout82: a caravan that "started up that highway from Tapachula" (a departure); a "second Honduran
column" told after the article told the first one's crossing days before is a newer caravan, not the first one
(even when the article's own caravan is another, told of last spring); officers who "gave the Hondurans waiting there
papers to remain in the country" (papers), on the day a phrase ", starting on the 17th," sets before the verb; a
departure the quote's own day dates, not "my Tuesday group"; "a second, larger Salvadoran group" (a newer group);
soldiers who "had closed the carriageway", a column that "found the gate on the Mexican side chained", walkers who
"were broken apart on the road" (blocks); "not one walker reached the fence" (no arrival).  From caravan-holdout83:
"the city" is the last city told, not a town ("broke it up at Vado Hondo ... another group left the city"); a caravan
that "started up the coast highway", "began the long walk west", or that people watched "file down the boulevard
toward the highway" (departures); a column that "found the Mexican end of the bridge shut", one that "sat penned on
the bridge", walkers soldiers "had met ... at Vado Hondo" (blocks; not agents who "met the group" to offer buses).

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions


def test_starting_up_that_highway_is_a_departure():
    text = ("ESCUINTLA, Mexico — On Tuesday, U.S. election day, a new caravan started up that highway from Tapachula, "
            "about 1,500 people by the estimate of the diocesan shelter there.")
    assert [(t, v) for t, v in found(text, "2024-11-08", "depart")] == [("started up that highway", "2024-11-05")]


def test_a_second_column_after_the_first_one_told_is_a_newer_caravan():
    first = ("SAN PEDRO SULA, Honduras — Several thousand Hondurans left the bus terminal on foot on Oct. 13, "
             "heading for the Guatemalan border.")
    story = ("TECÚN UMÁN, Guatemala, Nov. 1 — On the 20th, a Saturday, the first Honduran caravan stopped waiting at "
             "the bridge gate and went over the Suchiate on rafts lashed together from tractor tubes and boards.\n\n"
             "On Sunday it began again. A second Honduran column, about 1,500 strong as Guatemala's national police "
             "reckoned it, marched onto the bridge in the early afternoon and found the gate on the Mexican side "
             "chained. Stones flew from both ends until dark.\n\n"
             "He remembers the spring, when a caravan leaving Tapachula on Palm Sunday was in the news for weeks.")
    tl = built(("first", "2018-10-15", first), ("story", "2018-11-03", story))
    caravan = {e.type: e.caravan for e in tl.events}
    crossing = next(e for e in tl.events if e.type == "cross_border")
    size = next(e for e in tl.events if e.type == "size")
    assert crossing.date == "2018-10-20" and size.group_size == 1500
    assert crossing.caravan != size.caravan, caravan


def test_papers_to_remain_from_the_day_a_starting_phrase_sets():
    text = ("ESQUIPULAS, Guatemala — A year ago, in mid-January, he watched the reports from the other border as "
            "Mexican officers at the bridge into Ciudad Hidalgo, starting on the 17th, gave the Hondurans waiting "
            "there papers to remain in the country.")
    assert [(t, v) for t, v in found(text, "2020-01-22", "asylum")] == [
        ("gave the Hondurans waiting there papers to remain", "2019-01-17")]


def test_a_weekday_naming_a_class_does_not_date_the_departure():
    text = ("TAPACHULA, Mexico — Her pupils leave with the caravans.\n\n\"Yesterday, before it was light, the caravan "
            "left from the park and took half my Tuesday group with it,\" she said on Monday.")
    assert [(t, v[:10]) for t, v in found(text, "2023-11-02", "depart")] == [("left from", "2023-10-29")]


def test_a_second_larger_group_after_a_comma_is_a_newer_group():
    text = ("TECÚN UMÁN, Guatemala — On Sunday a first, small party of Salvadorans had started on foot from the "
            "Salvador del Mundo plaza in their capital. Yesterday, radio stations here reported that a second, larger "
            "Salvadoran group had pulled out of the same plaza before daybreak.")
    tl = built(("a", "2018-11-03", text))
    departs = sorted((e for e in tl.events if e.type == "depart"), key=lambda e: e.date)
    assert [e.date[:10] for e in departs] == ["2018-10-28", "2018-11-02"]
    assert departs[0].caravan != departs[1].caravan


def test_new_ways_of_telling_a_block():
    cases = [
        ("CHIQUIMULA, Guatemala — By Sunday they were at Vado Hondo, where soldiers and police had closed the "
         "carriageway with a double line of shields.", "2021-01-20", "police had closed the carriageway"),
        ("TECÚN UMÁN, Guatemala — On Sunday a second Honduran column marched onto the bridge and found the gate on "
         "the Mexican side chained.", "2018-11-03", "found the gate on the Mexican side chained"),
        ("HUIXTLA, Mexico — A few hundred people set out from Tapachula on Saturday, Aug. 28, and were broken apart "
         "on the road a few kilometres before Huixtla by National Guard troops.", "2021-11-24", "were broken apart"),
    ]
    for text, pub, trigger in cases:
        assert [t for t, _ in found(text, pub, "block")] == [trigger], text


def test_not_one_walker_reaching_is_no_arrival():
    text = ("HUIXTLA, Mexico — On Oct. 12, 2019, soldiers blocked a column at the entrance to Huixtla, and for days "
            "afterwards not one walker reached the fence.")
    assert [m.modality for m in mentions(text, "2024-11-08") if m.type == "arrive"] == ["negated"]


def test_the_city_is_no_town():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15, 2021, a far bigger crowd had left from the same terminal, and two "
            "days on soldiers with tear gas broke it up at Vado Hondo, inside Guatemala. In the autumn of 2020 another "
            "group left the city on Oct. 1 and broke through the Guatemalan cordon at Corinto within hours.")
    places = {m.trigger: [p.place.name for p in m.places] for m in mentions(text, "2022-01-19")}
    assert places["left"] == ["San Pedro Sula"]


def test_more_ways_of_setting_out():
    cases = [
        ("TAPACHULA, Mexico — On April 15 a caravan gathered in the central park and started up the coast highway.",
         "2019-04-26", "started up the coast highway"),
        ("SAN SALVADOR — On Jan. 16 a few hundred Salvadorans began the long walk west to the Guatemalan line.",
         "2019-01-23", "began the long walk west"),
        ("SAN PEDRO SULA, Honduras — On Oct. 1, 2020, she watched the column of that year file down the boulevard "
         "toward the highway.", "2022-01-19", "file down the boulevard toward the highway"),
    ]
    for text, pub, trigger in cases:
        assert [t for t, _ in found(text, pub, "depart")] == [trigger], text


def test_more_ways_of_telling_a_block():
    cases = [
        ("TECÚN UMÁN, Guatemala — On Sunday the second caravan found the Mexican end of the bridge shut against "
         "them.", "2018-11-02", "found the Mexican end of the bridge shut"),
        ("SAN SALVADOR — On Oct. 28 a second column of Hondurans sat penned on the bridge.", "2019-01-23",
         "sat penned on"),
        ("CHIQUIMULA, Guatemala — On Sunday Guatemalan soldiers and police had met the walkers at Vado Hondo.",
         "2021-01-21", "police had met the walkers at"),
    ]
    for text, pub, trigger in cases:
        assert [t for t, _ in found(text, pub, "block")] == [trigger], text
    text = ("HUEHUETÁN, Mexico — On Monday afternoon Mexican immigration agents met the group at the entrance to the "
            "town and offered buses to Tapachula.")
    assert found(text, "2024-06-12", "block") == []
