"""Events from the twenty-seventh round: a photographer's image-metadata export whose rows are told from their
camera stamps and placed by the caption's head ("San Ysidro, Sunday evening: the group reaches the gate"), the
Via Crucis as a group, "comes in", "settle into", "the move from ... to ...", and a radio net's log stamped
with date-time groups.  Texts written for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from datetime import datetime

from event_helpers import dated, mentions

from timeline.extract import extract
from timeline.graph import build_timeline
from timeline.models import Article
from timeline.resolve import resolve

EXPORT = """Image metadata export: folder "Border 2018", 5 files selected
Exported Thursday 10 January 2019, 09:31, by the photographer. Fields: file | DateTimeOriginal | zone | caption.

A_0412.JPG | 2018:03:25 16:02:51 | UTC | Tapachula, Palm Sunday morning: the Via Crucis sets off with its crosses held high.
A_0877.JPG | 2018:04:30 02:14:09 | UTC | San Ysidro, Sunday evening: the group reaches the gate and is told there is no room.
B_2215.JPG | 2018:10:21 12:05:12 | UTC−5 | Tapachula, central park at midday: the Honduran caravan comes in.
B_3001.JPG | 2018:11:04 17:30:00 | UTC−6 | Mexico City, Sunday: families settle into the Jesús Martínez stadium.
B_4102.JPG | 2018:11:30 15:22:18 | UTC−8 | Friday afternoon: the move from the sports complex to El Barretal, in the rain.
"""

NET_LOG = """Net log, emergency net: caravan traffic, 14-17 January 2021
Compiled Thursday 21 January 2021 by the net secretary. Stamps are date-time groups in UTC.

151140Z JAN 21 · HR2 · First groups walked out of San Pedro Sula before dawn today.
162330Z JAN 21 · TG9 · Head of the caravan reached Vado Hondo this afternoon; army and police block the highway.
"""


def test_a_metadata_exports_rows_are_told_from_their_stamps_and_placed_by_their_heads():
    ms = mentions(EXPORT, "2019-01-10")
    got = {(m.type, m.time.value[:10], tuple(p.text for p in m.places if p.role != "mention")) for m in ms}
    assert ("depart", "2018-03-25", ("Tapachula",)) in got  # the Via Crucis is a group
    assert any(t == "arrive" and d == "2018-04-29" and "San Ysidro" in ps for t, d, ps in got)  # "the gate"
    assert any(t == "arrive" and d == "2018-10-21" and "Tapachula" in ps for t, d, ps in got)  # "comes in"


def test_settling_into_a_stadium_and_the_move_to_a_camp_are_arrivals():
    got = dated(EXPORT, "2019-01-10")
    assert ("arrive", "2018-11-04") in got
    assert ("arrive", "2018-11-30") in got


def test_coming_in_needs_a_place():
    assert not mentions("The new rules come in at midnight, officials said. Rain comes in waves.", "2019-01-10")


def test_a_radio_logs_remarks_are_told_from_their_date_time_groups():
    got = dated(NET_LOG, "2021-01-21")
    assert ("depart", "2021-01-15") in got
    assert ("arrive", "2021-01-16") in got


GUESTBOOK = """Guestbook of a hostel, selected entries (transcribed Saturday 6 January 2024)

23-X-21. Left my room at four this morning to watch the caravan go out toward Huixtla before dawn. — Lupita
25.10.2021. Quiet streets. The caravan has been resting in Huixtla since yesterday, they say. — Jonas
"""


def test_a_state_since_yesterday_in_an_entry_holds_until_the_entrys_day_not_publication():
    stays = [m for m in mentions(GUESTBOOK, "2024-01-06") if m.type == "stay"]
    assert stays and (stays[0].time.start.isoformat(), stays[0].time.end.isoformat()) == ("2021-10-24", "2021-10-25")
    assert "2021-10-25" in stays[0].time.reason


def test_going_out_toward_a_town_and_walking_out_are_departures():
    assert ("depart", "2021-10-23") in dated(GUESTBOOK, "2024-01-06")
    log = "Net log, compiled Thursday 21 January 2021\n\n151140Z JAN 21 · HR2 · First groups walked out late last night."
    assert ("depart", "2021-01-14") in dated(log, "2021-01-21")


def test_classes_or_catechism_resuming_is_no_march():
    text = "Catechism for the children resumes on Monday 29 April. They came back a few days after classes resumed."
    assert not [m for m in mentions(text, "2019-04-14") if m.type == "march"]
    assert ("march", "2018-10-22") in dated("The caravan resumed its march on Monday.", "2018-10-22")


def test_visitor_cards_handed_out_are_the_states_papers_and_credit_cards_are_not():
    text = ("17-I-2019: the humanitarian visitor cards began to be handed out on the bridge. "
            "Credit cards were issued to the staff on Monday.")
    got = [m for m in mentions(text, "2020-01-22") if m.type == "asylum"]
    assert [(m.time.value, m.trigger) for m in got] == [("2019-01-17", "visitor cards began to be handed")]


def test_fighting_the_police_is_a_clash():
    got = dated("28-X-2018: a second caravan fought the police on the same bridge, stones and gas.", "2020-01-22")
    assert ("block", "2018-10-28") in got


PROGRAMME = """Programme: a play in nine scenes
World premiere Thursday 21 November 2019.

Scenes
1. San Pedro Sula bus terminal — the night of Friday 12 October 2018. The caravan sets off.
2. The Rodolfo Robles bridge — Friday 19 October. The gate is forced.
3. Tapachula — Sunday 21 October. The walkers arrive.
"""


def test_a_scene_lists_head_places_the_events_of_its_line():
    got = {(m.type, m.time.value[:10], tuple(p.text for p in m.places if p.role != "mention"))
           for m in mentions(PROGRAMME, "2019-11-21")}
    assert ("depart", "2018-10-12", ("San Pedro Sula",)) in got
    assert ("block", "2018-10-19", ("Rodolfo Robles bridge",)) in got
    assert ("arrive", "2018-10-21", ("Tapachula",)) in got


def test_a_stay_lasts_until_the_date_its_sentence_gives_as_its_end():
    text = ("Meal counts, prepared Monday 3 December 2018\n\nWeek 46 | 5,210 | Fri 16/11: the caravan began to sleep "
            "at the Benito Juárez sports complex, where it stayed until the 30th; we sent lunch there.")
    tl = build_timeline([resolve(extract(Article(id="k", text=text, published=datetime(2018, 12, 3))))])
    stay = next(e for e in tl.events if e.type == "stay")
    assert (stay.start.isoformat(), stay.end.isoformat()) == ("2018-11-16", "2018-11-30")


def test_coming_back_by_bus_and_the_returns_from_a_day_to_a_day_are_returns():
    assert ("return", "2021-01-27") in dated("The family crossed at El Florido and was stopped further on; they "
                                             "came back on a bus on Wednesday.", "2021-01-29")
    assert ("return", "2021-01-18") in dated("The report dates the returns from the 18th to the 20th of January "
                                             "2021.", "2022-02-21")
    assert ("return", "2020-10-04") in dated("Guatemala returned them on the 4th of October.", "2021-01-29")
    got = [m for m in mentions("Returnees have been coming back by bus since Monday.", "2021-01-21")
           if m.type == "return"]
    assert got and got[0].time.start.isoformat() == "2021-01-18"


def test_coming_back_to_the_office_is_no_return():
    assert not mentions("The lawyer came back on Monday to the office.", "2018-10-20")


def test_a_state_since_a_day_in_a_stamped_line_holds_until_the_stamps_day():
    text = ("Tracking history, printed Tuesday 4 December 2018\n\n30/11/2018 09:05 TIJUANA: Delivery failed. Remark: "
            "the hub is next to the Jesús Martínez stadium, where the caravan has camped since Sunday.\n"
            "27/11/2018 16:40 TIJUANA: Held at depot.")
    stays = [m for m in mentions(text, "2018-12-04") if m.type == "stay"]
    assert stays and (stays[0].time.start.isoformat(), stays[0].time.end.isoformat()) == ("2018-11-25", "2018-11-30")


def test_more_ways_of_telling_blocks_returns_and_a_march_resumed():
    assert ("block", "2021-01-16") in dated("On Saturday police and soldiers have lined up across the asphalt with "
                                            "riot shields.", "2021-01-20")
    assert not mentions("On Monday the migrants lined up for food in Huixtla.", "2021-09-01")
    assert ("block", "2021-08-30") in dated("Immigration agents raided their camp in Huixtla on the morning of Aug. 30.",
                                            "2021-09-01")
    assert ("return", "2020-10-03") in dated("The Honduran authorities received the returned persons in a temporary "
                                             "centre in Corinto on Saturday.", "2020-10-05")
    assert ("march", "2021-08-30") in dated("Early Monday, they were back on the highway, heading for Huixtla.",
                                            "2021-09-01")
    assert ("depart", "2018-10-13") in dated("The caravan reached Tapachula on Sunday. The journey began in San Pedro "
                                             "Sula on Oct. 13.", "2018-10-20")
