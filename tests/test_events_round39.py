"""Events from the thirty-ninth round: counts whose counter is told after them ("by the organizers'"), a shop named
after a town, an arrival that never happened, the means of a block, and blocks told with their object between
"broke" and "up".
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions, mentions_of as _of


def test_a_count_by_the_organizers_reckoning_has_its_counter():
    text = ("Some 1,800 people by the count of Guatemala's migration institute, nearer 2,500 by the organizers' "
            "reckoning, left Esquipulas before dawn on Tuesday, Jan. 19.")
    got = _of(text, "2021-01-23", "size")
    assert sorted((m.group_size, m.actor) for m in got) == [(1800, "Guatemala's migration institute"),
                                                          (2500, "organizers")]


def test_a_count_whose_noun_is_left_out_is_still_the_counters():
    text = ("The caravan set out from Tapachula on Monday, some 4,000 people by the state police's count and "
            "nearly 7,000 by the organizers'. A second text put it at some 4,000 by federal officials' estimate, "
            "as many as 7,000 by its organizers.")
    got = _of(text, "2023-10-04", "size")
    assert sorted((m.group_size, m.actor) for m in got) == [(4000, "federal officials"), (4000, "state police"),
                                                          (7000, "organizers"), (7000, "organizers")]


def test_counts_of_two_estimators_make_one_size_on_the_timeline():
    text = ("The walkers left Ciudad Hidalgo on Thursday, Nov. 2, some 3,000 people by Mexican officials' count "
            "and closer to 5,000 by the organizers'.")
    tl = built(("a", "2023-11-06", text))
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and sizes[0].date == "2023-11-02"


def test_a_shop_named_after_a_town_is_no_place():
    text = ("TIJUANA, Mexico — Abarrotes Los Olivos sells rice and beans on a corner of the Zona Norte. The first "
            "buses of the caravan pulled into the city on the night of Nov. 13, the owner said.")
    got = _of(text, "2018-11-20", "arrive")
    assert [[p.place.name for p in m.places] for m in got] == [["Tijuana"]]


def test_an_arrival_cut_short_by_a_block_is_no_arrival():
    text = ("In August a caravan of a few hundred left Tapachula on Saturday, Aug. 28, and was broken up before it "
            "reached Huixtla.")
    assert not _of(text, "2022-03-02", "arrive")
    assert [m.time.value for m in _of(text, "2022-03-02", "depart")] == ["2021-08-28"]


def test_long_before_they_reached_it_is_no_arrival():
    text = "The baker had watched the caravans on the news long before they reached her bakery in Huixtla."
    assert not _of(text, "2021-09-02", "arrive")


def test_an_arrival_told_after_a_block_before_it_still_counts():
    text = "Police stopped the caravan on Friday near Huixtla. It rested there before it reached Escuintla on Monday."
    assert [m.time.value for m in _of(text, "2021-09-08", "arrive")] == ["2021-09-06"]


def test_the_means_of_a_block_is_no_second_block():
    text = ("On Sunday, Jan. 17, soldiers cleared the highway with batons and tear gas, and from Monday the "
            "authorities bused thousands back to the border.")
    got = _of(text, "2021-01-20", "block")
    assert [m.time.value for m in got] == ["2021-01-17"]


def test_troops_broke_it_up_is_a_block():
    text = ("On Saturday a caravan of 500 migrants left the city before first light. National Guard troops broke it "
            "up that evening outside Huixtla.")
    got = _of(text, "2021-09-02", "block")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2021-08-28TEV", ["Huixtla"])]
    text = "Agents broke the column up on the Sunday morning on the road to Huixtla, the guards said."
    assert [m.trigger for m in _of(text, "2021-09-02", "block")] == ["broke the column up"]


def test_a_caravan_of_a_season_dates_the_days_after_it():
    text = ("It is worth setting that against the caravan of autumn 2018. That column left San Pedro Sula on Oct. 13 "
            "and reached Mexico City on Nov. 4. Its first members reached Tijuana on the morning of Nov. 14.")
    got = mentions(text, "2021-01-27")
    assert [(m.type, m.time.value) for m in got] == [("depart", "2018-10-13"), ("arrive", "2018-11-04"),
                                                     ("arrive", "2018-11-14TMO")]


def test_moving_the_camp_to_a_shelter_is_an_arrival_there():
    text = ("TIJUANA, Mexico — The rain did not stop on Thursday. On Friday, Nov. 30, city officials began moving the "
            "camp to El Barretal, a former concert venue farther east.")
    got = _of(text, "2018-12-03", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-11-30", ["El Barretal"])]
    text = "The migrants slept in the sports complex. From Dec. 1 the city moved them to El Barretal."
    assert [m.time.value for m in _of(text, "2018-12-05", "arrive")] == ["2018-12-01"]


def test_a_measure_the_government_said_it_would_take_is_announced_that_day():
    text = ("Thousands queued on the bridge for the cards. On Tuesday, Feb. 5, the government said it would take no "
            "new applications.")
    got = _of(text, "2019-03-01", "statement")
    assert [(m.modality, m.time.value) for m in got] == [("actual", "2019-02-05")]


def test_a_walking_figure_is_no_march():
    text = "Each square of the quilt shows a caravan: a date in cross-stitch, a line of tiny walking figures."
    assert not _of(text, "2022-07-01", "march")


def test_heading_north_after_a_departure_is_how_it_left():
    text = ("On Saturday a caravan of several hundred migrants left the city's central park before first light, "
            "heading north on the coastal highway.")
    assert not _of(text, "2021-09-02", "march")
    assert [m.time.value for m in _of(text, "2021-09-02", "depart")] == ["2021-08-28TMO"]


def test_two_days_the_state_began_issuing_papers_are_one_event_in_conflict():
    a = ("HUIXTLA, Mexico — The caravan reached this town on Tuesday. From Wednesday the migration institute began "
         "handing out temporary permits to the caravan's members on the edge of town.")
    b = ("HUIXTLA, Mexico — The caravan that reached this town on Tuesday, June 7, got its papers: the migration "
         "institute began issuing permits to the caravan's members there on Thursday, June 9.")
    tl = built(("a", "2022-06-11", a), ("b", "2022-06-20", b))
    papers = [e for e in tl.events if e.type == "asylum"]
    assert len(papers) == 1 and papers[0].conflict


def test_a_port_closure_told_with_tear_gas_is_the_block_told():
    text = ("TIJUANA, Mexico — On Sunday a march reached the border; some ran at the fence, U.S. agents fired tear "
            "gas, and U.S. authorities shut all lanes at the San Ysidro port of entry for about five hours.")
    got = _of(text, "2018-11-27", "block")
    assert [(m.trigger, m.time.value) for m in got] == [("shut all lanes", "2018-11-25")]


def test_a_closure_of_a_crossing_is_a_block():
    text = "On Nov. 25 a march there ended in tear gas and a six-hour closure of the San Ysidro crossing."
    got = _of(text, "2019-02-01", "block")
    assert [(m.trigger, [p.place.name for p in m.places]) for m in got] == [
        ("closure of the San Ysidro crossing", ["San Ysidro"])]


def test_the_main_clause_after_a_persons_who_clause_is_the_groups():
    text = "By the messages of a cousin who walked with it, the column reached Huixtla on Nov. 7."
    got = _of(text, "2024-11-20", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2024-11-07", ["Huixtla"])]
    assert not _of("A nurse who walked with the column reached Huixtla on Nov. 7.", "2024-11-20", "arrive")


def test_a_group_sitting_on_the_highway_stays_there():
    text = ("The column left Esquipulas before dawn on Friday. By Saturday afternoon thousands were sitting on the "
            "highway at Vado Hondo, where soldiers had closed the road.")
    got = _of(text, "2021-01-20", "stay")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2021-01-16TAF", ["Vado Hondo"])]
    assert not _of("A reporter was sitting on the bridge at Vado Hondo on Saturday, reading.", "2021-01-20", "stay")


def test_a_count_counted_at_by_an_institute_is_a_size_of_its_own():
    text = "The June caravan, counted at 6,000 by Mexico's migration institute, left Tapachula on Monday, June 6."
    got = _of(text, "2022-07-01", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(6000, "2022-06-06")]


def test_a_count_he_reckoned_is_a_size():
    text = ("He was at the roadside outside Huixtla when agents broke up a caravan on Sept. 4, some 500 people, he "
            "reckoned.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2022-07-01", "size")] == [(500, "2021-09-04")]
    assert not _of("She left the shelter with 200 pesos, she said.", "2022-07-01", "size")


def test_the_one_before_it_is_an_earlier_caravan_from_there_on():
    a = ("TAPACHULA, Mexico — A caravan of some 400 people left Tapachula before dawn on Saturday, Sept. 4. By midday "
         "agents had broken it up on the highway outside Huixtla.")
    b = ("HUIXTLA, Mexico — Last September he was at the roadside outside Huixtla when agents broke up a caravan on "
         "Sept. 4; the one before it, which had left Tapachula on Aug. 28, never got that far.")
    got = [(m.type, m.earlier_caravan) for m in mentions(b, "2022-06-18")]
    assert got == [("block", False), ("depart", True)]
    tl = built(("a", "2021-09-11", a), ("b", "2022-06-18", b))
    blocks = [e for e in tl.events if e.type == "block"]
    assert len(blocks) == 1 and len(blocks[0].mentions) == 2
