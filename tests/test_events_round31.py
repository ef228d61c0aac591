"""Events from the thirty-first round: a weekday inside a longer expression that tells the day's year, a block
still in force "since" a day, a group that "was in" a town by a time or got "as far as" it, crossings told as
being over or through the border, a state of prevention as a statement (and one already in force as none), and
"before" as an adverb that opens no clause.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from datetime import date

from event_helpers import built, dated, mentions

from timeline.extract.places import country_place, place_by_name
from timeline.graph.caravans import Caravans


def test_a_weekday_inside_a_longer_expression_tells_the_year():
    # 14 November 2019 is a Thursday: the Wednesday 14 November of a story told in October 2019 is of 2018
    text = ("The October caravan took a month to reach the border. The first of its buses reached Tijuana at dawn on "
            "Wednesday 14 November. More than 5,000 lived in a sports complex until they were moved to El Barretal "
            "on 30 November.")
    got = dated(text, "2019-10-12")
    assert ("arrive", "2018-11-14") in got
    assert ("arrive", "2018-11-30") in got


def test_a_gate_still_shut_since_a_day_is_a_block_from_that_day():
    text = ("TECÚN UMÁN, Guatemala — Mexico's gate on the Rodolfo Robles bridge was still shut on Wednesday, as it has "
            "been since Saturday, when about 3,500 people stood in front of it.")
    block = next(m for m in mentions(text, "2020-01-23") if m.type == "block")
    assert str(block.time.start) == "2020-01-18"
    assert str(block.time.end) >= "2020-01-22"


def test_a_group_there_by_a_time_has_arrived():
    text = ("Three days later the migrants were across the Guatemalan border at Agua Caliente. They were in Tecún Umán "
            "by the night of the 18th.")
    got = dated(text, "2018-10-25")
    assert ("cross_border", "2018-10-18") in got or any(t == "cross_border" for t, _ in got)
    assert ("arrive", "2018-10-18") in got
    got = dated("On Saturday the front of the column got as far as Vado Hondo, on the road to Chiquimula.",
                "2021-01-22")
    assert ("arrive", "2021-01-16") in got


def test_a_group_in_a_town_on_a_day_has_not_arrived_there_then():
    got = mentions("The migrants were in Tapachula on Monday when the police came.", "2018-10-25")
    assert not [m for m in got if m.type == "arrive"]


def test_a_count_of_people_in_shelters_is_a_size_not_an_arrival():
    got = mentions("By the weekend some 350 were in the city's shelters, officials said.", "2018-05-02")
    assert not [m for m in got if m.type == "arrive"]
    assert [m.group_size for m in got if m.type == "size"] == [350]


def test_a_crossing_told_as_being_over_or_through_the_border():
    text = ("That caravan left San Pedro Sula on the night of Wednesday, Sept. 30, about 3,000 strong, and went over "
            "the border at Corinto on Oct. 1.")
    assert ("cross_border", "2020-10-01") in dated(text, "2021-01-22")
    text = "The caravan left before dawn on Thursday, Oct. 1; its walkers were through the Corinto border post that afternoon."
    assert ("cross_border", "2020-10-01") in dated(text, "2021-02-03")


def test_a_state_of_prevention_is_a_statement():
    text = ("That caravan went over the border at Corinto on Oct. 1 and ran into a state of prevention declared "
            "that night.")
    assert ("statement", "2020-10-01") in dated(text, "2021-01-22")
    text = ("Traffic peaked that Thursday evening, Jan. 14, when Guatemala put seven departments under a state of "
            "prevention.")
    assert ("statement", "2021-01-14") in dated(text, "2021-01-22")


def test_a_declared_state_of_prevention_keeps_who_declared_it():
    got = [m for m in mentions("Guatemala declared a state of prevention in seven departments on Thursday, Jan. 14.",
                               "2021-01-20") if m.type == "statement"]
    assert len(got) == 1
    assert got[0].trigger == "declared" and got[0].actor == "Guatemala"


def test_a_state_of_prevention_already_in_force_is_no_statement():
    text = ("On 17/01/2021, in the Vado Hondo sector, the police and the army, acting under the state of prevention, "
            "prevented the group from advancing.")
    assert not [m for m in mentions(text, "2021-01-20") if m.type == "statement"]


def test_before_as_an_adverb_opens_no_clause():
    text = ("The caravan left on Friday. The evening before, Guatemala had announced a state of prevention along the "
            "route.")
    assert ("statement", "2021-01-28") in dated(text, "2021-02-03")



def test_a_country_is_reached_at_its_border_not_at_its_capital():
    # Mexico's point is its capital, 1,250 km from San Pedro Sula; its nearest place is some 300 km away: a caravan
    # three days out of San Pedro Sula can be in Mexico (at the caravan's usual pace), not in Mexico City
    cv = Caravans()
    c = cv.new(date(2019, 1, 14), False, place_by_name("San Pedro Sula"))
    pace = cv.pace_km_per_day
    assert cv.reachable(c, date(2019, 1, 17), country_place("MX"), pace)
    assert not cv.reachable(c, date(2019, 1, 17), place_by_name("Mexico City"), pace)
    assert not cv.reachable(c, date(2019, 1, 14), country_place("US"), pace)


def test_a_second_caravan_told_elsewhere_does_not_take_an_older_caravans_days():
    # the analysis is about the caravan of January 2021; its arrival in Tijuana in November 2018 falls outside that
    # caravan, and goes to the caravan of October 2018 -- not to the "second caravan" another article told of
    tl = built(("juchitan", "2018-10-31", "The caravan that left San Pedro Sula on Oct. 13 reached Juchitan on Monday. "
                                          "A second caravan crossed into Chiapas on Oct. 29."),
               ("analysis", "2021-02-01", "The caravan of 2018 left San Pedro Sula on Oct. 12, 2018. Its first "
                                          "groups reached Tijuana between Nov. 11 and Nov. 20. The caravan that left San Pedro Sula on Jan. "
                                          "15, 2021 crossed into Guatemala the same day. Soldiers blocked it at Vado "
                                          "Hondo on Jan. 17, 2021. Police sent most of them back to Honduras on Jan. "
                                          "18, 2021."))
    caravan = {(e.type, e.date[:10]): e.caravan for e in tl.events}
    assert caravan[("arrive", "2018-11-11")] == caravan[("depart", "2018-10-12")]


def test_reaching_the_far_bank_of_the_river_is_a_crossing():
    text = ("A second caravan ran into a line of federal police at the same crossing on Sunday, Oct. 28 and reached "
            "the Mexican bank on rafts the following morning.")
    got = dated(text, "2019-02-06")
    assert ("cross_border", "2018-10-29") in got and not any(t == "arrive" for t, _ in got)
    got = mentions("The first ones reached the Guatemalan side of the bridge at about 10:40.", "2020-01-20")
    assert not [m for m in got if m.type == "cross_border"]


def test_a_service_halted_and_the_means_of_a_complaint_are_no_blocks():
    text = ("On Saturday, Oct. 23, 2021, when a caravan walked out of Tapachula before dawn, bus departures were halted "
            "until it reached Huixtla that evening.")
    assert not [m for m in mentions(text, "2023-12-29") if m.type == "block"]
    text = ("Two rights groups filed a complaint with the human rights commission on Thursday over the use of shields "
            "and pepper spray on the bank.")
    assert not [m for m in mentions(text, "2020-01-23") if m.type == "block"]
    assert ("block", "2020-01-20") in dated("Police fired pepper spray at the migrants on Monday.", "2020-01-23")


def test_a_march_on_a_place_is_a_march():
    text = ("In between, on Sunday 25 November, a march on El Chaparral ended in tear gas and U.S. authorities closed "
            "the San Ysidro crossing for about five hours.")
    got = dated(text, "2019-10-12")
    assert ("march", "2018-11-25") in got and ("block", "2018-11-25") in got
    assert not [m for m in mentions("Organizers held a march on Sunday in the capital.", "2019-10-12")
                if m.type == "march"]


def test_a_shelter_where_families_slept_from_a_day_is_a_stay():
    text = ("She spent most of the next two weeks at the Benito Juárez sports complex, where families slept from "
            "Nov. 16.")
    stays = [m for m in mentions(text, "2019-04-17") if m.type == "stay"]
    assert [str(m.time.start) for m in stays] == ["2018-11-16"]
    assert stays[0].places and stays[0].places[0].text == "Benito Juárez sports complex"


def test_within_days_of_the_day_told_before_is_an_interval():
    text = ("That caravan left San Pedro Sula on Oct. 1 and ran into a state of prevention declared that night. Within "
            "four days Guatemala had sent most of its members home on buses.")
    ret = next(m for m in mentions(text, "2021-01-22") if m.type == "return")
    assert (str(ret.time.start), str(ret.time.end)) == ("2020-10-01", "2020-10-05")
    assert "within" in ret.time.reason
