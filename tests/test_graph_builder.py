"""The graph builder on hand-built resolved articles and on wire articles through the real pipeline."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta

import pytest

from conftest import FIXTURES, SEEDS
from event_helpers import built
from timeline.extract import extract
from timeline.extract.places import lookup
from timeline.graph import build_timeline
from timeline.graph.builder import timeml_value
from timeline.models import Article, EventMention, PlaceRef, Relation, Resolution, ResolvedArticle
from timeline.resolve import resolve


def P(name, country=None):
    es = lookup(name)
    if country:
        es = [e for e in es if e.place.country == country]
    return es[0].place


def M(aid, n, type_, day=None, end=None, link="own", place=None, role=None, modality="actual", size=None,
      actor=None, earlier=False, value=None, gran="day"):
    start = date.fromisoformat(day) if day else None
    stop = date.fromisoformat(end) if end else start
    places = []
    if place is not None:
        places.append(PlaceRef(place=place, role=role or ("from" if type_ == "depart" else "at"), start=0, end=1,
                               text=place.name))
    return EventMention(
        id=f"{aid}#e{n}", article_id=aid, type=type_, trigger=type_, start=0, end=1, sentence=0,
        modality=modality, rule=f"{type_}.test", places=places, group_size=size, actor=actor,
        earlier_caravan=earlier, summary=f"{type_} in {aid}",
        time=Resolution(value=value or (day or ""), granularity=gran, start=start, end=stop) if start else None,
        time_link=link if start else "unresolved",
    )


def A(aid, published, mentions, relations=()):
    return ResolvedArticle(article=Article(id=aid, text="x", published=datetime.fromisoformat(published)),
                           sentences=[], timexes=[], mentions=list(mentions), relations=list(relations))


SPS = None


@pytest.fixture(autouse=True, scope="module")
def _places():
    global SPS
    SPS = P("San Pedro Sula")


def by_type(tl, t, actual=True):
    return [e for e in tl.events if e.type == t and (e.modality == "actual") == actual]


# ------------------------------------------------------------------ merging


def caravan_of(tl, type_, day):
    """The caravan of the one event of that type whose date starts with ``day``."""
    return next(e for e in tl.events if e.type == type_ and e.date.startswith(day)).caravan


def test_disagreeing_sources_make_one_conflicting_event():
    tl = build_timeline([
        A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-12", place=SPS)]),
        A("b", "2018-10-24", [M("b", 1, "depart", "2018-10-13", place=SPS)]),
    ])
    (e,) = tl.events
    assert e.conflict and e.date == "2018-10-12/2018-10-13" and (e.start, e.end) == (date(2018, 10, 12),
                                                                                     date(2018, 10, 13))
    assert e.sources == ["a", "b"] and {c.article_id for c in e.claims} == {"a", "b"}
    assert "disagree" in e.conflict_note
    kinds = {d.decision for d in tl.decisions if d.event_id == e.id}
    assert kinds == {"seed", "merged"}


def test_one_article_telling_an_event_on_two_days_spreads_it_without_a_conflict():
    # "left San Pedro Sula on Friday ... another group of 500 left on Saturday night": one departure, two days
    tl = build_timeline([
        A("a", "2021-01-18", [M("a", 1, "depart", "2021-01-15", place=SPS), M("a", 2, "depart", "2021-01-16")]),
    ])
    (e,) = tl.events
    assert (e.start, e.end) == (date(2021, 1, 15), date(2021, 1, 16)) and not e.conflict
    merged = [d for d in tl.decisions if d.decision == "merged"]
    assert merged and "the same article tells it on another day too" in merged[0].reason
    # another source giving the second day still disagrees with the first one's
    tl = build_timeline([
        A("a", "2021-01-18", [M("a", 1, "depart", "2021-01-15", place=SPS)]),
        A("b", "2021-01-18", [M("b", 1, "depart", "2021-01-16", place=SPS)]),
    ])
    (e,) = tl.events
    assert e.conflict


def test_coarse_claims_support_but_neither_widen_nor_conflict():
    tl = build_timeline([
        A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-12", place=SPS)]),
        A("b", "2018-10-20", [M("b", 1, "depart", "2018-10-08", "2018-10-14", value="2018-W41", gran="week",
                                place=P("Honduras"))]),
        A("c", "2018-11-14", [M("c", 1, "depart", "2018-10-01", "2018-10-31", value="2018-10", gran="month")]),
        A("d", "2018-10-27", [M("d", 1, "depart", "2018-07-11", "2018-07-20", value="2018-07", gran="month",
                                place=P("Honduras"))]),
    ])
    (e,) = by_type(tl, "depart")
    assert e.date == "2018-10-12" and not e.conflict and len(e.sources) == 4
    assert "2018-07" in e.conflict_note  # the coarse claim that disagrees is noted, not used
    assert len(tl.caravans) == 1


def test_non_actual_mentions_stay_apart_with_their_modality():
    tl = build_timeline([A("a", "2018-10-15", [
        M("a", 1, "cross_border", "2018-10-15", place=P("Guatemala"), role="into"),
        M("a", 2, "cross_border", "2018-10-15", place=P("Guatemala"), role="into", modality="hypothetical"),
    ])])
    assert len(by_type(tl, "cross_border")) == 1
    (h,) = by_type(tl, "cross_border", actual=False)
    assert h.modality == "hypothetical"


def test_crossings_into_different_countries_are_different_events():
    tl = build_timeline([A("a", "2018-10-21", [
        M("a", 1, "cross_border", "2018-10-15", place=P("Guatemala"), role="into"),
        M("a", 2, "cross_border", "2018-10-14", "2018-10-20", link="context", gran="week",
          place=P("Mexico"), role="into"),
    ])])
    assert len(by_type(tl, "cross_border")) == 2


def test_arrivals_in_two_nearby_towns_are_two_events_not_a_conflict():
    # Tapachula and Huixtla are 40 km apart: "streamed into Tapachula on Sunday" and "reached Huixtla that
    # afternoon" (Tuesday) are two arrivals, not two sources disagreeing on one
    tl = build_timeline([
        A("a", "2018-10-22", [M("a", 1, "arrive", "2018-10-21", place=P("Tapachula"), role="into")]),
        A("b", "2018-10-25", [M("b", 1, "arrive", "2018-10-23", place=P("Huixtla"), role="to")]),
    ])
    arrivals = by_type(tl, "arrive")
    assert sorted(e.place for e in arrivals) == ["Huixtla", "Tapachula"]
    assert not any(e.conflict for e in arrivals)
    # a bridge and the town beside it may still locate one event
    tl = build_timeline([
        A("a", "2018-10-22", [M("a", 1, "cross_border", "2018-10-19", place=P("Ciudad Hidalgo"), role="into")]),
        A("b", "2018-10-22", [M("b", 1, "cross_border", "2018-10-19", place=P("Suchiate River"), role="at")]),
    ])
    assert len(by_type(tl, "cross_border")) == 1


def test_returns_counted_far_apart_are_two_returns():
    hn = P("Honduras")
    tl = build_timeline([
        A("a", "2018-10-20", [M("a", 1, "return", "2018-10-18", "2018-10-20", link="context", place=hn, role="to",
                                size=45)]),
        A("b", "2018-10-20", [M("b", 1, "return", "2018-10-18", "2018-10-20", link="context", place=hn, role="to",
                                size=2000)]),
        A("c", "2018-10-22", [M("c", 1, "return", "2018-10-18", "2018-10-20", link="context", place=hn, role="to",
                                size=50)]),
    ])
    returns = sorted(by_type(tl, "return"), key=lambda e: e.group_size or 0)
    assert [(e.group_size, e.sources) for e in returns] == [(45, ["a", "c"]), (2000, ["b"])]


def test_sizes_and_speakers_must_agree():
    tl = build_timeline([A("a", "2018-10-16", [
        M("a", 1, "size", "2018-10-16", size=2000), M("a", 2, "size", "2018-10-16", link="context", size=2100),
        M("a", 3, "size", "2018-10-16", size=7000),
        M("a", 4, "statement", "2018-10-16", actor="Donald Trump"),
        M("a", 5, "statement", "2018-10-16", link="context", actor="Trump"),
        M("a", 6, "statement", "2018-10-16", actor="Mike Pence"),
    ])])
    assert sorted(e.group_size for e in by_type(tl, "size")) == [2000, 7000]
    assert len(by_type(tl, "statement")) == 2


# ------------------------------------------------------------------ caravans


def test_a_departure_from_the_same_city_months_later_is_a_new_caravan():
    tl = build_timeline([
        A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-12", place=SPS),
                              M("a", 2, "cross_border", "2018-10-15", place=P("Guatemala"), role="into")]),
        A("b", "2019-01-16", [M("b", 1, "depart", "2019-01-14", place=SPS),
                              M("b", 2, "march", "2019-01-15", link="context")]),
    ])
    labels = {e.type + e.date: e.caravan for e in tl.events}
    assert labels["depart2018-10-12"] == "2018-10 San Pedro Sula"
    assert labels["depart2019-01-14"] == "2019-01 San Pedro Sula"
    assert labels["cross_border2018-10-15"] == "2018-10 San Pedro Sula"
    assert labels["march2019-01-15"] == "2019-01 San Pedro Sula"
    assert [c.label for c in tl.caravans] == ["2018-10 San Pedro Sula", "2019-01 San Pedro Sula"]


def test_an_entry_into_mexico_months_after_a_caravan_set_off_is_another_caravan():
    # a February story: "Most of its members ... entered Mexico through Ciudad Hidalgo in mid-January", then
    # reached Piedras Negras on Monday -- not the caravan that left San Pedro Sula in October, still "under way"
    october = A("a", "2018-10-22", [M("a", 1, "depart", "2018-10-12", place=SPS),
                                    M("a", 2, "cross_border", "2018-10-19", place=P("Ciudad Hidalgo"), role="into")])
    february = A("b", "2019-02-08", [
        M("b", 1, "arrive", "2019-02-04", place=P("Piedras Negras"), role="to"),
        M("b", 2, "cross_border", "2019-01-11", "2019-01-20", value="2019-01", gran="month",
          place=P("Ciudad Hidalgo"), role="into"),
    ])
    tl = build_timeline([october, february])
    caravans = {e.type + e.date: e.caravan for e in tl.events}
    assert caravans["depart2018-10-12"] == caravans["cross_border2018-10-19"] == "2018-10 San Pedro Sula"
    assert caravans["arrive2019-02-04"] == caravans["cross_border2019-01-11/2019-01-20"] == "2019-01 caravan"
    # without the entry, the story's dates fall in the October caravan's span and go to it
    tl = build_timeline([october, A("b", "2019-02-08", february.mentions[:1])])
    assert {e.caravan for e in tl.events} == {"2018-10 San Pedro Sula"}


def test_earlier_caravan_mentions_go_to_the_earlier_caravan():
    october = A("g", "2018-10-15", [
        M("g", 1, "depart", "2018-10-12", place=SPS),
        M("g", 2, "statement", "2018-04-01", "2018-04-30", value="2018-04", gran="month", actor="Donald Trump",
          earlier=True),
    ])
    alone = build_timeline([october])
    st = by_type(alone, "statement")[0]
    assert st.date == "2018-04" and st.caravan != by_type(alone, "depart")[0].caravan
    april = A("s", "2018-04-03", [M("s", 1, "statement", "2018-04-03", actor="Donald Trump"),
                                  M("s", 2, "size", "2018-04-03", link="context", size=1200)])
    both = build_timeline([october, april])
    (st,) = by_type(both, "statement")
    assert st.sources == ["g", "s"] and st.date == "2018-04-03"  # the month-level claim supports the day
    assert st.caravan == by_type(both, "size")[0].caravan != by_type(both, "depart")[0].caravan


def test_leaving_a_waypoint_is_a_march():
    tl = build_timeline([
        A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-12", place=SPS)]),
        A("b", "2018-10-24", [M("b", 1, "depart", "2018-10-24", place=P("Huixtla"))]),
    ])
    assert [e.type for e in tl.events] == ["depart", "march"]
    assert len(tl.caravans) == 1
    assert any(d.decision == "attached-caravan" and "waypoint" in d.reason for d in tl.decisions)


# ---------------------------------------------------------------- relations


def test_leaving_a_town_further_along_the_route_the_day_the_caravan_set_off_is_a_march():
    # told first: "left Esquipulas (Guatemala) at dawn" dated the day the caravan left San Pedro Sula (Honduras)
    tl = build_timeline([
        A("b", "2018-10-16", [M("b", 1, "depart", "2018-10-13", place=P("Esquipulas", "GT"))]),
        A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-13", place=SPS)]),
    ])
    assert [c.label for c in tl.caravans] == ["2018-10 San Pedro Sula"]
    (march,) = by_type(tl, "march")
    assert march.place == "Esquipulas" and march.caravan == "2018-10 San Pedro Sula"
    assert [e.place for e in by_type(tl, "depart")] == ["San Pedro Sula"]


def test_events_without_a_date_are_bounded_by_their_relations():
    rel = Relation(source="a#e2", target="a#e1", type="BEFORE", rule="rel.past-perfect", lag_days=(1, 1))
    tl = build_timeline([A("a", "2018-10-24", [
        M("a", 1, "march", "2018-10-24", place=P("Huixtla")),
        M("a", 2, "stay", "2018-10-17", "2018-10-24", link="publication", gran="week", place=P("Huixtla")),
    ], [rel])])
    (stay,) = by_type(tl, "stay")
    assert stay.date == "2018-10-23" and stay.derived_from_relations
    assert any(d.decision == "dated-by-relation" and d.event_id == stay.id for d in tl.decisions)
    assert [(r.type, r.lag_days) for r in tl.relations] == [("BEFORE", (1, 1))]


def test_nothing_is_dated_after_its_last_report_unless_planned():
    tl = build_timeline([A("a", "2018-10-15", [
        M("a", 1, "arrive", "2018-10-14", "2018-10-20", link="context", gran="week", place=P("Tijuana")),
        M("a", 2, "arrive", "2018-10-20", "2018-10-25", link="own", modality="planned", place=P("Mexicali")),
    ])])
    actual = by_type(tl, "arrive")[0]
    assert actual.end <= date(2018, 10, 15)
    planned = by_type(tl, "arrive", actual=False)[0]
    assert planned.end == date(2018, 10, 25)


# ------------------------------------------------------------ fields and ids


@pytest.mark.parametrize("start,end,value", [
    ("2018-10-15", "2018-10-15", "2018-10-15"),
    ("2018-10-08", "2018-10-14", "2018-W41"),
    ("2018-04-01", "2018-04-30", "2018-04"),
    ("2018-01-01", "2018-12-31", "2018"),
    ("2018-10-12", "2018-10-13", "2018-10-12/2018-10-13"),
])
def test_timeml_values_of_intervals(start, end, value):
    assert timeml_value(date.fromisoformat(start), date.fromisoformat(end))[0] == value


def test_ids_are_stable_and_every_mention_is_explained():
    arts = [A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-12", place=SPS), M("a", 2, "block", "2018-10-15")]),
            A("b", "2018-10-24", [M("b", 1, "depart", "2018-10-13", place=SPS)])]
    one, two = build_timeline(arts), build_timeline(list(arts))
    assert [e.id for e in one.events] == [e.id for e in two.events]
    explained = {d.mention_id for d in one.decisions}
    assert explained == {m for e in one.events for m in e.mentions}
    for e in one.events:
        assert e.place is None or e.lat is not None
        assert 0 < e.confidence < 1


def test_generators_are_consumed_once():
    arts = (A(f"a{i}", "2018-10-15", [M(f"a{i}", 1, "block", "2018-10-15")]) for i in range(3))
    tl = build_timeline(arts)
    (e,) = tl.events
    assert len(e.sources) == 3


def test_blocking_keeps_the_cost_near_linear():
    def corpus(n_articles):
        out = []
        for i in range(n_articles):
            d0 = date(2015, 1, 1) + timedelta(days=(i * 7) % 2000)
            ms = [M(f"x{i}", j, t, (d0 + timedelta(days=j % 3)).isoformat(), place=p, size=1000 if t == "size" else None)
                  for j, (t, p) in enumerate([("depart", SPS), ("march", None), ("block", P("Tapachula")),
                                              ("size", None), ("arrive", P("Tijuana"))])]
            out.append(A(f"x{i}", (d0 + timedelta(days=3)).isoformat(), ms))
        return out

    small, big = corpus(400), corpus(1600)
    t0 = time.process_time()
    build_timeline(small)
    t1 = time.process_time()
    build_timeline(big)
    t2 = time.process_time()
    assert (t2 - t1) < 8 * max(t1 - t0, 0.05)  # 4x the mentions, well under 16x the time
    assert t2 - t1 < 10


# ------------------------------------------------- wire articles, real pipeline


@pytest.fixture(scope="module")
def wire_timeline():
    arts = []
    for p in sorted((FIXTURES / "wire").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        arts.append(resolve(extract(Article(**d))))
    return build_timeline(arts)


def test_wire_conflict_across_two_reports(wire_timeline):
    deps = [e for e in by_type(wire_timeline, "depart") if e.caravan == "2020-01 San Pedro Sula"]
    (dep,) = deps
    assert dep.conflict and dep.date == "2020-01-14/2020-01-15"
    assert dep.sources == ["wire-2020-01-16-caravan-leaves", "wire-2020-01-18-caravan-border"]


def test_wire_caravans_are_kept_apart(wire_timeline):
    labels = {c.label for c in wire_timeline.caravans}
    assert {"2020-01 San Pedro Sula", "2020-06 San Pedro Sula"} <= labels
    earlier = [e for e in wire_timeline.events if e.date == "2018-10"]
    assert earlier and all(e.caravan.startswith("2018-10") for e in earlier)


def test_wire_statement_dated_by_the_day_after(wire_timeline):
    st = [e for e in by_type(wire_timeline, "statement") if "officials" in e.summary]
    assert st and st[0].date == "2020-01-14"


def test_sources_reporting_different_sizes_for_one_event_disagree():
    tl = built(
        ("one", "2018-10-16", "About 2,000 Honduran migrants crossed into Guatemala at Agua Caliente on Monday."),
        ("two", "2018-10-16", "Some 3,000 Hondurans crossed into Guatemala through Agua Caliente on Monday."),
    )
    (cross,) = [e for e in tl.events if e.type == "cross_border"]
    assert cross.conflict
    assert "sources disagree on the size: one: about 2,000; two: about 3,000" in cross.conflict_note


def test_one_article_naming_two_places_for_two_clashes_tells_two_events():
    text = ("Guatemalan police broke up a caravan of about 7,000 Honduran migrants on Sunday, firing tear gas at a "
            "roadblock near the village of Vado Hondo.\n\nThe migrants had entered Guatemala on Friday and Saturday, "
            "many of them pushing past police at the El Florido border crossing.")
    tl = built(("e1", "2021-01-18", text))
    blocks = sorted((e.start.isoformat(), e.end.isoformat(), e.place) for e in tl.events if e.type == "block")
    crossings = sorted((e.start.isoformat(), e.end.isoformat(), e.place) for e in tl.events if e.type == "cross_border")
    # the participle after the comma happens while the crossing does: Friday and Saturday (pushing past police at a
    # border crossing is how they crossed, no block of its own)
    assert blocks == [("2021-01-17", "2021-01-17", "Vado Hondo")]
    assert ("2021-01-15", "2021-01-16", "El Florido") in crossings


def test_a_background_event_from_another_year_belongs_to_another_caravan():
    """An article about one caravan recalls an older one ("In October 2018, a caravan of some 7,000 people
    crossed ..."): dated wholly outside the article's caravan, it is kept out of it."""
    tl = built(("jan", "2020-01-16",
                 "Hundreds of Hondurans left San Pedro Sula's main bus terminal before dawn on Wednesday, the first "
                 "large migrant caravan of the year.\n\nIn October 2018, a caravan of some 7,000 people crossed into "
                 "Guatemala at Agua Caliente."))
    (dep,) = [e for e in tl.events if e.type == "depart"]
    (old,) = [e for e in tl.events if e.type == "cross_border"]
    assert dep.date == "2020-01-15TMO" and dep.caravan == "2020-01 San Pedro Sula"
    assert old.date == "2018-10" and old.caravan != dep.caravan


def test_an_event_months_before_a_caravan_set_off_is_not_that_caravans():
    """Only a departure may be misdated by months ("since departing Honduras in mid-July"); a clash in the
    October before a caravan that set off in January is another caravan's."""
    tl = built(("jan", "2019-01-18",
                 "Hundreds of Honduran migrants left San Pedro Sula on Monday night in a new caravan.\n\n"
                 "The calm scene contrasted sharply with October, when federal police in riot gear used pepper "
                 "spray to hold back a caravan on the border bridge."))
    (dep,) = [e for e in tl.events if e.type == "depart"]
    (old,) = [e for e in tl.events if e.type == "block"]
    assert dep.date == "2019-01-14TNI" and old.date == "2018-10"
    assert old.caravan != dep.caravan


def test_competing_estimates_in_one_sentence_are_one_size_the_sources_disagree_on():
    tl = built(("tap", "2022-06-07",
                 "Thousands of migrants set out from Tapachula on Monday. Organizers put the number at about 11,000, "
                 "while Mexican officials said it was closer to 6,000."))
    (size,) = [e for e in tl.events if e.type == "size"]
    assert size.group_size == 11000 and size.conflict
    assert ("sources disagree on the size: tap (Mexican officials): about 6,000; tap (Organizers): about 11,000"
            in size.conflict_note)
    # two groups of one story are two sizes, not a disagreement
    tl = built(("sps", "2020-01-16",
                 "About 600 migrants set off on foot on Wednesday. A second group of around 1,000 gathered at the "
                 "terminal on Wednesday."))
    assert sorted(e.group_size for e in tl.events if e.group_size) == [600, 1000]
    assert not any(e.conflict for e in tl.events)


def test_a_count_set_against_the_sentence_before_is_one_size_the_sources_disagree_on():
    tl = built(("gua", "2018-10-18",
                 "GUATEMALA CITY — Guatemala's interior ministry put the size of the group moving through the country "
                 "at about 3,000 on Thursday. Organizers, who try to keep a count at each stop, said it was closer "
                 "to 4,000."))
    (size,) = [e for e in tl.events if e.type == "size"]
    assert size.group_size == 3000 and size.conflict and len(size.mentions) == 2
    assert "gua (sentence 1): about 3,000; gua (sentence 2): about 4,000" in size.conflict_note
    # without a rival's words, two counts of one story on one day stay two sizes
    tl = built(("gua", "2018-10-18",
                 "GUATEMALA CITY — About 3,000 migrants gathered in the plaza on Thursday. About 500 migrants "
                 "gathered at the shelter on Thursday."))
    assert not any(e.conflict for e in tl.events)


def test_an_undated_mention_of_an_earlier_caravan_is_not_dated_at_publication():
    tl = built(("k2", "2019-01-17",
                 "More than 1,000 Honduran migrants entered Guatemala on Wednesday in the first caravan of the year."
                 "\n\nLast year's caravan, which left San Pedro Sula on Oct. 13, grew to more than 7,000 people as it "
                 "crossed Guatemala and Mexico.\n\nIn October 2018, a caravan of some 7,000 people crossed into "
                 "Guatemala."))
    (dep,) = [e for e in tl.events if e.type == "depart"]
    assert dep.date == "2018-10-13"
    # (it joins the count of the caravan told in October 2018, and takes no date of its own)
    (grew,) = [e for e in tl.events if e.type == "size" and e.group_size == 7000]
    assert grew.caravan == dep.caravan and (grew.start is None or grew.end.isoformat() <= "2018-10-31")
    assert "2019" not in grew.date  # not "the week before publication"
    (old,) = [e for e in tl.events if e.type == "cross_border" and e.date == "2018-10"]
    assert old.caravan == dep.caravan  # the month-level mention joins the caravan that set off that month


MAIN_CARAVAN = ("tap", "2018-10-22",
                "The caravan of some 7,000 migrants that set out from San Pedro Sula on Oct. 13 crossed into Mexico "
                "on Friday and reached Tapachula on Sunday.")
SECOND_CARAVAN = ("sec", "2018-10-29",
                  "A second caravan of about 1,000 Central American migrants crossed the Suchiate River into Mexico "
                  "on rafts on Sunday.\n\nThe group, which set out from San Salvador on Oct. 28, joined Hondurans in "
                  "Tecun Uman.\n\nMeanwhile, the main caravan of some 4,000 people resumed its trek north from "
                  "Tapachula on Monday.")
LATE_SMALL_GROUP = ("tij", "2018-11-26",
                    "U.S. agents fired tear gas on Sunday at hundreds of migrants who rushed the border fence near the "
                    "San Ysidro port of entry. Most arrived in Tijuana last week after a monthlong trek from Honduras "
                    "that began Oct. 13 in San Pedro Sula.\n\nEarly Saturday, a smaller group of about 200 Salvadorans "
                    "left the capital, San Salvador, hoping to join the caravan in Tijuana.")


def test_concurrent_caravans_keep_their_own_events():
    tl = built(MAIN_CARAVAN, SECOND_CARAVAN, LATE_SMALL_GROUP)
    main = caravan_of(tl, "depart", "2018-10-13")
    second = caravan_of(tl, "depart", "2018-10-28")
    assert main == "2018-10 San Pedro Sula" and second == "2018-10 San Salvador"
    by = {(e.type, e.date): e.caravan for e in tl.events}
    assert by[("cross_border", "2018-10-28")] == second  # "A second caravan ... crossed ... on Sunday"
    assert by[("march", "2018-10-29")] == main  # "the main caravan ... resumed its trek"
    # a small group setting off late takes no events from the caravan the article is about
    assert by[("block", "2018-11-25")] == main
    assert [e.caravan for e in tl.events if e.type == "depart" and e.date == "2018-11-24"] == [
        "2018-11 San Salvador"]


def test_a_caravan_is_only_where_it_can_have_got_to():
    """About 200 Salvadorans leaving San Salvador on Saturday cannot be at the San Ysidro fence on Sunday:
    the clash belongs to the caravan that set off from San Pedro Sula on Oct. 13."""
    tl = built(("tij", "2018-11-26",
                 "Migrants clashed with U.S. agents at the San Ysidro port of entry on Sunday. They arrived in Tijuana "
                 "last week after a monthlong trek from Honduras that began Oct. 13 in San Pedro Sula.\n\nEarly "
                 "Saturday, about 200 Salvadorans left San Salvador, hoping to reach Tijuana by mid-December."))
    by = {(e.type, e.date): e.caravan for e in tl.events}
    assert by[("depart", "2018-11-24")] == "2018-11 San Salvador"
    assert by[("block", "2018-11-25")] == by[("depart", "2018-10-13")] == "2018-10 San Pedro Sula"


def test_the_main_caravan_in_an_article_about_it_is_the_articles_caravan():
    tl = built(("juc", "2018-10-30",
                 "Thousands of Central American migrants left San Pedro Sula on Oct. 13. The main caravan, now about "
                 "4,000 people, arrived in Juchitan on Sunday night after a long walk from Niltepec."))
    assert len({e.caravan for e in tl.events}) == 1


def test_a_crossing_is_located_where_it_ends_not_where_the_group_came_from():
    tl = built(("jan", "2019-01-20", "The caravan that set out from San Pedro Sula on Monday night crossed into "
                                      "Mexico on Thursday."))
    (cross,) = [e for e in tl.events if e.type == "cross_border"]
    assert cross.place == "Mexico"


def test_a_recalled_caravan_keeps_its_events_before_the_articles_caravan_set_off():
    """An article about the January 2019 caravan recalls the October one: "arrived in Tijuana in
    mid-November", a coarse date wholly before the article's caravan set off, stays with the October one."""
    tl = built(("jan", "2019-01-20",
                 "The caravan of some 2,000 Hondurans that set out from San Pedro Sula on Monday night crossed into "
                 "Mexico on Thursday.\n\nThe largest group left San Pedro Sula on Oct. 13, 2018, and arrived in "
                 "Tijuana in mid-November, where thousands camped in a sports complex."))
    by = {(e.type, e.date): e.caravan for e in tl.events}
    assert by[("depart", "2019-01-14TNI")] == by[("cross_border", "2019-01-17")] == "2019-01 San Pedro Sula"
    assert by[("depart", "2018-10-13")] == by[("arrive", "2018-11-11/2018-11-20")] == "2018-10 San Pedro Sula"


def test_the_lead_caravan_is_the_articles_and_a_second_group_is_one_other_caravan():
    tl = built(("sal", "2018-11-01",
                 "SAN SALVADOR, El Salvador (Wire) — About 1,500 Salvadorans set out from the capital's main plaza "
                 "early Wednesday, the third caravan of Central American migrants to head for the United States this "
                 "month.\n\nThe group walked west along the coastal highway and reached La Hachadura by nightfall. "
                 "Some 300 others had left San Salvador on Sunday.\n\nA second group of about 2,000 Hondurans crossed "
                 "into Mexico on Monday after clashing with Mexican police on the bridge over the Suchiate River."))
    by = {(e.type, e.date): e.caravan for e in tl.events}
    lead = by[("depart", "2018-10-31")]
    assert lead.startswith("2018-10 San Salvador") and by[("arrive", "2018-10-31TEV")] == lead
    assert by[("depart", "2018-10-28")] != lead
    second = by[("cross_border", "2018-10-29")]
    assert by[("block", "2018-10-29")] == second and second not in (lead, by[("depart", "2018-10-28")])


def test_leaving_a_town_of_a_country_the_article_says_was_entered_before_is_a_waypoint():
    tl = built(("chi", "2019-04-23",
                 "The caravan, which had numbered about 3,000 when it crossed from Guatemala into Mexico on April 12, "
                 "had dwindled to a few hundred people.\n\nOn Sunday, about 600 migrants left the town of Huixtla "
                 "before dawn."))
    assert [e.type for e in tl.events if e.place and e.place.startswith("Huixtla")] == ["march"]
    assert {e.caravan for e in tl.events} == {"2019-04 caravan"}


def test_a_vague_size_is_kept_in_words_and_a_reported_number_wins_over_it():
    from timeline.graph.records import Decoder, encode_records, records_from

    one = ("one", "2018-10-21", "Several hundred migrants crossed into Mexico at Ciudad Hidalgo on Saturday.")
    tl = built(one, ("two", "2018-10-21", "Hundreds of migrants crossed into Mexico at Ciudad Hidalgo on Saturday."))
    (cross,) = [e for e in tl.events if e.type == "cross_border"]
    assert cross.group_size is None and not cross.conflict
    assert (cross.size_vague, cross.size_min) == ("several hundred", 200)
    tl = built(one, ("two", "2018-10-21", "About 400 migrants crossed into Mexico at Ciudad Hidalgo on Saturday."))
    (cross,) = [e for e in tl.events if e.type == "cross_border"]
    assert (cross.group_size, cross.size_vague, cross.size_min) == (400, None, None)
    # the compact records the store keeps carry it too
    art = resolve(extract(Article(id=one[0], text=one[2], published=datetime.fromisoformat(one[1]))))
    (rec,) = [r for r in Decoder().article(encode_records(art), 0) if r.type == "cross_border"]
    (direct,) = [r for r in records_from(art, 0)[0] if r.type == "cross_border"]
    assert (rec.size, rec.vague, rec.vague_low) == (direct.size, direct.vague, direct.vague_low) == (
        None, "several hundred", 200)


def test_an_article_telling_where_its_caravan_set_off_keeps_to_that_caravan():
    # a January story from Tijuana: "nearly three months after their caravan left Honduras" -- the Honduran
    # caravan, not the one that set off from San Salvador on Oct. 31 and also covers late November
    honduras = A("a", "2018-10-15", [M("a", 1, "depart", "2018-10-13", place=SPS)])
    salvador = A("b", "2018-11-01", [M("b", 1, "depart", "2018-10-31", place=P("San Salvador"))])
    tijuana = A("c", "2019-01-03", [
        M("c", 1, "block", "2018-11-25", place=P("Tijuana")),
        M("c", 2, "stay", "2018-11-25", place=P("Tijuana")),
        M("c", 3, "depart", "2018-09-24", "2018-10-14", link="relation", place=P("Honduras")),
    ])
    tl = build_timeline([honduras, salvador, tijuana])
    caravans = {e.type + e.date: e.caravan for e in tl.events}
    assert caravans["block2018-11-25"] == caravans["stay2018-11-25"] == "2018-10 San Pedro Sula"
    (dep,) = [e for e in by_type(tl, "depart") if e.caravan == "2018-10 San Pedro Sula"]
    assert set(dep.sources) == {"a", "c"}  # the coarse departure supports the precise one
    # without the departure, the late-November dates go to the newest caravan under way
    tl = build_timeline([honduras, salvador, A("c", "2019-01-03", tijuana.mentions[:2])])
    assert {e.caravan for e in tl.events if e.type == "block"} == {"2018-10 San Salvador"}


_SPS = ("sps", "2018-10-16", "SAN PEDRO SULA, Honduras (AP) — About 1,600 Hondurans left San Pedro Sula on Saturday, "
        "bound for the United States.")


def test_the_groups_nationality_keeps_caravans_apart():
    tl = built(_SPS, ("sv", "2018-10-31",
                       "SAN SALVADOR, El Salvador (AP) — A first group of about 300 Salvadorans left the main square "
                       "on Sunday and is now making its way through Guatemala. Further north, a second caravan of "
                       "Hondurans forced its way into Mexico on Monday. Its members waded across the Suchiate River "
                       "after police closed the bridge. The main caravan rested in Juchitan on Tuesday."))
    deps = {e.date: e.caravan for e in by_type(tl, "depart")}
    # the Salvadorans' departure, two weeks after the Hondurans', is no waypoint of theirs
    assert set(deps) == {"2018-10-13", "2018-10-28"} and deps["2018-10-13"] != deps["2018-10-28"]
    assert "El Salvador" in deps["2018-10-28"]
    (cross,) = by_type(tl, "cross_border")
    assert cross.date == "2018-10-29" and cross.caravan not in deps.values()  # the second Honduran caravan
    (stay,) = by_type(tl, "stay")
    assert stay.caravan == deps["2018-10-13"]  # "the main caravan"


def test_leaving_a_town_months_after_a_caravan_set_off_is_another_caravan():
    tap = P("Tapachula")
    tl = build_timeline([
        A("a", "2023-11-01", [M("a", 1, "depart", "2023-10-30", place=tap)]),
        A("b", "2023-11-10", [M("b", 1, "depart", "2023-11-10", place=P("Huixtla"))]),
        A("c", "2023-12-26", [M("c", 1, "depart", "2023-12-24", place=tap)]),
    ])
    assert [(e.type, e.date) for e in tl.events] == [("depart", "2023-10-30"), ("march", "2023-11-10"),
                                                      ("depart", "2023-12-24")]
    assert len(tl.caravans) == 2


def test_a_mention_goes_to_the_caravan_whose_departure_its_sentence_tells():
    tl = built(_SPS, ("ju", "2018-10-31",
                       "JUCHITAN, Mexico — The caravan that left Honduras in mid-October spent Tuesday resting in "
                       "this Oaxaca town. And early Sunday, about 300 Salvadorans set out from the Salvador del "
                       "Mundo monument in San Salvador."))
    deps = {e.date: e.caravan for e in by_type(tl, "depart")}
    (stay,) = by_type(tl, "stay")
    assert stay.date == "2018-10-30" and stay.caravan == deps["2018-10-13"] != deps["2018-10-28"]


def test_setting_off_from_no_named_place_days_into_the_journey_is_a_march():
    tl = built(_SPS, ("ch", "2018-10-21",
                       "CIUDAD HIDALGO, Mexico (AP) — Thousands of Central American migrants regrouped in this river "
                       "town early Sunday and set off toward the city of Tapachula, 23 miles to the north."))
    assert [(e.type, e.date) for e in tl.events if e.type in ("depart", "march")] == [
        ("depart", "2018-10-13"), ("march", "2018-10-21")]
    assert len(tl.caravans) == 1


_CHRONOLOGY = ("explainer", "2024-10-21",
               "Some 2,000 migrants left the southern Mexican city of Tapachula on foot on Sunday.\n\n"
               "A short timeline\n"
               "- Oct. 13, 2018: About 160 Hondurans leave San Pedro Sula. A week later, thousands of them cross "
               "the Suchiate River into Mexico on rafts.\n"
               "- Jan. 15, 2019: A new caravan departs San Pedro Sula; Mexico's new government later hands out "
               "humanitarian visas to many of its members.\n")


def test_an_explainers_chronology_keeps_its_caravans_apart():
    tl = built(_CHRONOLOGY)
    deps = {e.date: e.caravan for e in by_type(tl, "depart")}
    # a list entry's date is its events' own: the 2019 departure starts its own caravan
    assert {"2018-10-13", "2019-01-15", "2024-10-20"} <= set(deps)
    assert len({deps["2018-10-13"], deps["2019-01-15"], deps["2024-10-20"]}) == 3
    # the 2018 crossing into Mexico does not make the 2024 departure from Tapachula a waypoint
    assert not [e for e in by_type(tl, "march") if e.date == "2024-10-20"]


def test_a_group_leaving_the_caravans_own_starting_town_days_later_is_another_caravan():
    tl = built(("wire", "2021-09-05",
                 "TAPACHULA, Mexico (AP) — About 500 migrants left Tapachula on foot on Aug. 28, bound for the "
                 "United States.\n\nAnother 400 migrants set out from Tapachula on Thursday and reached Huixtla "
                 "late Friday."))
    deps = {e.date: e.caravan for e in by_type(tl, "depart")}
    assert set(deps) == {"2021-08-28", "2021-09-02"}  # not a waypoint of the first: no march
    assert deps["2021-08-28"] != deps["2021-09-02"]


def test_groups_leaving_one_town_on_different_days_are_different_caravans():
    tl = built(("wire", "2021-09-05",
                 "TAPACHULA, Mexico (AP) — About 400 migrants set out from Tapachula on Thursday and reached "
                 "Huixtla late Friday.\n\nThe first caravan of the series, some 500 people, left Tapachula on "
                 "Aug. 28. A second group that departed on Tuesday was stopped within hours at a checkpoint."))
    deps = {e.date: e.caravan for e in by_type(tl, "depart")}
    # the second group (no place of its own) set off from the town the article's departures set off from
    assert set(deps) == {"2021-08-28", "2021-08-31", "2021-09-02"}
    assert len(set(deps.values())) == 3


def test_a_later_group_in_an_explainers_chronology_is_the_caravan_under_way_then():
    tl = built(
        ("wire", "2018-11-03", "CIUDAD HIDALGO, Mexico (AP) — About 2,000 Salvadorans set out from San Salvador on "
                               "Wednesday. Hundreds of them waded across the Suchiate River into Mexico late Friday."),
        ("explainer", "2019-04-25",
         "TAPACHULA, Mexico (AP) — About 3,000 migrants left Tapachula on April 15.\n\nA short history\n"
         "- Oct. 31, 2018: A second Salvadoran caravan leaves San Salvador.\n"
         "- Nov. 2, 2018: The second group wades across the Suchiate River into Mexico.\n"))
    crossings = by_type(tl, "cross_border")
    # one crossing, told by both articles, in the Salvadoran caravan (no caravan made up for the explainer)
    assert len(crossings) == 1 and len(crossings[0].mentions) == 2
    (dep,) = [e for e in by_type(tl, "depart") if e.date == "2018-10-31"]
    assert crossings[0].caravan == dep.caravan


def test_two_sources_dating_an_arrival_from_their_context_a_day_apart_are_one_disputed_arrival():
    tl = built(
        ("brief", "2018-11-06", "PUEBLA, Mexico (AP) — Several hundred caravan members spent Saturday night at a "
                                "church shelter and continued on Sunday to Mexico City, where the first groups "
                                "reached a sports complex."),
        ("diary", "2018-11-20", "TIJUANA, Mexico — Notes from the road.\n\nNov. 5, Mexico City. The caravan "
                                "reaches the capital and fills the stadium."))
    arrivals = [e for e in by_type(tl, "arrive") if e.date.startswith("2018-11")]
    assert len(arrivals) == 1 and arrivals[0].conflict


def test_a_crossing_and_a_town_35_km_apart_are_two_places_but_a_bridge_and_its_town_one():
    tl = built(
        ("one", "2020-10-03", "Thousands of Honduran migrants left San Pedro Sula on Wednesday night. On Thursday "
                              "Guatemalan police blocked hundreds of them at the El Florido crossing."),
        ("two", "2020-10-03", "Thousands of Honduran migrants left San Pedro Sula on Wednesday night. On Friday "
                              "Guatemalan police and soldiers stopped the caravan at Vado Hondo."),
    )
    blocks = [e for e in tl.events if e.type == "block" and e.modality == "actual"]
    assert sorted(e.date for e in blocks) == ["2020-10-01", "2020-10-02"]
    tl = built(
        ("one", "2018-10-20", "Mexican police blocked the migrant caravan on the Suchiate River bridge on Friday."),
        ("two", "2018-10-20", "Mexican police stopped the migrant caravan in Tecun Uman on Friday."),
    )
    assert len([e for e in tl.events if e.type == "block" and e.modality == "actual"]) == 1


def test_an_institutions_acronym_and_its_name_are_one_speaker():
    tl = built(
        ("one", "2021-09-07", "Migrants left Tapachula on Saturday in a caravan. On Sunday, the INM said it had "
                              "suspended two agents seen kicking a migrant."),
        ("two", "2021-09-05", "Migrants left Tapachula on Saturday in a caravan. The National Migration Institute "
                              "said Sunday that it had suspended two agents involved in the incident."),
    )
    (st,) = [e for e in tl.events if e.type == "statement"]
    assert sorted(st.sources) == ["one", "two"]
    from timeline.graph.merge import _actor_ok
    assert _actor_ok("CBP", "Customs and Border Protection") and not _actor_ok("INM", "Donald Trump")


_REALIZED_STAY = ("letter", "2024-01-04", "The caravan rested in Huixtla on Dec. 27 and walked to Escuintla the next day.")


def test_a_plan_that_came_true_as_told_is_a_mention_of_the_realized_event():
    tl = built(
        ("newsletter", "2023-12-27", "At dawn the organizers said the caravan would rest in Huixtla today."),
        _REALIZED_STAY,
    )
    (stay,) = [e for e in tl.events if e.type == "stay"]
    assert stay.sources == ["letter", "newsletter"] and stay.modality == "actual"
    assert stay.start.isoformat() == stay.end.isoformat() == "2023-12-27"
    assert not stay.conflict


def test_a_plan_for_another_day_stays_a_plan():
    tl = built(
        ("newsletter", "2023-12-27", "At dawn the organizers said the caravan would rest in Huixtla tomorrow."),
        _REALIZED_STAY,
    )
    stays = sorted((e.modality, e.sources) for e in tl.events if e.type == "stay")
    assert stays == [("actual", ["letter"]), ("planned", ["newsletter"])]


def test_a_young_group_is_not_the_one_far_ahead_when_an_older_caravan_is_on_the_road():
    tl = built(
        ("hn", "2018-10-14", "About 1,600 Hondurans left San Pedro Sula on Saturday, heading for the United States."),
        ("sv", "2018-11-01", "About 2,000 Salvadorans left San Salvador on Wednesday to follow the caravan."),
        ("mx", "2018-11-05", "Thousands of migrants reached Mexico City on Sunday and camped at a sports stadium."),
    )
    (arrival,) = [e for e in tl.events if e.type == "arrive" and e.place == "Mexico City"]
    (hn,) = [c.label for c in tl.caravans if c.origin == "San Pedro Sula"]
    # San Salvador is about 1,100 km from Mexico City: five days at the usual pace is too soon
    assert arrival.caravan == hn


def test_a_planned_departure_belongs_to_the_caravan_that_set_off_that_day_and_joins_its_departure():
    tl = built(
        ("weather", "2024-10-24", "The caravan that left Tapachula on Sunday rested in Huixtla on Wednesday. Some "
                                  "are already calling for a second caravan to leave Tapachula on Nov. 5."),
        ("minutes", "2024-11-08", "A second caravan of about 1,500 people left Tapachula on Tuesday, Nov. 5."),
    )
    deps = sorted((e.start.isoformat(), e.modality, e.sources) for e in tl.events if e.type == "depart")
    assert deps == [("2024-10-20", "actual", ["weather"]), ("2024-11-05", "actual", ["minutes", "weather"])]


def test_the_place_of_a_verb_coordinated_before_is_not_the_arrivals():
    tl = built(
        ("coast", "2024-10-24", "The caravan that left Tapachula on Sunday covered only 18 kilometres on Monday, "
                                "to Álvaro Obregón, and reached Huixtla on Tuesday afternoon."),
        ("minutes", "2024-11-08", "The caravan that left Tapachula on 20 October reached Huixtla on Monday 21 "
                                  "October in the evening."),
    )
    (arr,) = [e for e in tl.events if e.type == "arrive"]
    assert arr.place == "Huixtla" and arr.conflict and sorted(arr.sources) == ["coast", "minutes"]
    assert (arr.start.isoformat(), arr.end.isoformat()) == ("2024-10-21", "2024-10-22")


def test_a_tally_after_a_second_caravans_departure_counts_that_caravan():
    text = ("The caravan that left Tapachula on 20 October reached Huixtla on 21 October. A second caravan left "
            "Tapachula on Tuesday of this week. Municipal police counted some 1,500 people; organizers say 3,000. "
            "It arrived here at about 15:00 on Wednesday and is camped in the same field.")
    ra = resolve(extract(Article(id="minutes", text=text, published=datetime(2024, 11, 8))))
    later = [(m.type, m.later_caravan) for m in ra.mentions if m.type in ("size", "arrive")]
    # the two counts (the police's, and the organizers' bare "say 3,000") and "It arrived" (past the tally
    # sentence, which names no group "it" could stand for)
    assert later == [("arrive", False), ("size", True), ("size", True), ("arrive", True)]
    tl = build_timeline([ra])
    (size,) = [e for e in tl.events if e.type == "size"]
    (dep,) = [e for e in tl.events if e.type == "depart" and e.start.isoformat() == "2024-11-05"]
    assert size.caravan == dep.caravan


def test_a_newer_caravan_from_the_same_town_takes_its_days_from_the_article_s_own():
    # a text about the October 2020 caravan also tells the January 2021 one: tear gas at Vado Hondo on 17 January
    # is the January caravan's, though the October one is still counted as under way (120 days)
    vado = P("Vado Hondo")
    text = A("a", "2021-04-12", [
        M("a", 1, "depart", "2020-09-30", place=SPS),
        M("a", 2, "cross_border", "2020-10-01", place=P("Guatemala"), role="into"),
        M("a", 3, "return", "2020-10-05", place=P("Honduras"), role="to"),
        M("a", 4, "depart", "2021-01-14", place=SPS),
        M("a", 5, "block", "2021-01-17", place=vado),
        M("a", 6, "return", "2021-01-21", place=P("Honduras"), role="to"),
    ])
    caravans = {e.type + e.date: e.caravan for e in build_timeline([text]).events}
    assert caravans["return2020-10-05"] == "2020-09 San Pedro Sula"
    assert caravans["block2021-01-17"] == caravans["return2021-01-21"] == "2021-01 San Pedro Sula"


def test_a_month_names_the_caravan_that_set_off_in_it():
    # "tear gas at the January 2021 caravan" (2021-01) in a text about 2018: the caravan that left in that
    # January, not the one of the autumn before still counted as under way on 1 January
    autumn = A("a", "2020-10-03", [M("a", 1, "depart", "2020-09-30", place=SPS)])
    january = A("b", "2021-01-16", [M("b", 1, "depart", "2021-01-14", place=SPS),
                                     M("b", 2, "block", "2021-01-17", place=P("Vado Hondo"))])
    label = A("c", "2023-03-08", [
        M("c", 1, "depart", "2018-10-13", place=SPS),
        M("c", 2, "block", "2021-01-01", "2021-01-31", value="2021-01", gran="month", place=P("Guatemala")),
    ])
    caravans = {e.type + e.date: e.caravan for e in build_timeline([autumn, january, label]).events}
    assert caravans["block2021-01-17"] == "2021-01 San Pedro Sula"
    assert "2020-09 San Pedro Sula" not in {caravans[k] for k in caravans if k.startswith("block")}


def test_a_second_caravan_told_by_one_article_does_not_take_another_articles_mentions_of_its_days():
    # a play's programme about the spring caravan and, in its scene list, the walkers of the caravan that set off
    # on 13 October, at El Chaparral on 25 November; a driver's log tells, in passing, of "a second caravan" on
    # the bridge on 28 October
    tl = built(("sps", "2018-10-20", "The caravan left San Pedro Sula on Saturday, Oct. 13, and crossed into "
                                      "Guatemala on Monday, Oct. 15."),
                ("log", "2018-10-31", "On Sunday, Oct. 28, a second caravan fought with the police on the bridge."),
                ("play", "2019-11-21", "The play also remembers the Via Crucis caravan that left Tapachula on "
                                       "25 March 2018.\n\nScene 8, Sunday 25 November 2018. The march toward the "
                                       "port ends in tear gas."))
    main = caravan_of(tl, "depart", "2018-10-13")
    second = caravan_of(tl, "block", "2018-10-28")
    assert second != main
    assert {e.caravan for e in tl.events if e.date == "2018-11-25"} == {main}


def test_an_earlier_caravans_day_goes_to_the_caravan_under_way_then_not_to_one_first_told_days_later():
    # a strike bulletin about January 2020 recalls the first caravan forcing the gate on 19 October 2018 and a
    # second caravan on the bridge on 28 October; a homily tells of the first caravan's departure and the
    # second caravan's clash
    tl = built(("homily", "2019-04-14", "The first Honduran caravan left San Pedro Sula on Friday 12 October "
                                         "2018.\n\nA week later, on Sunday 28 October 2018, a second caravan fought "
                                         "with the police on that same bridge."),
                ("bulletin", "2020-01-22", "The caravan that left San Pedro Sula on Wednesday 15 January found the "
                                           "gate shut on Saturday 18 January.\n\nWe have seen this before. On 19 "
                                           "October 2018 the first caravan forced the gate at the Mexican end of "
                                           "the bridge."))
    first = caravan_of(tl, "depart", "2018-10-12")
    second = caravan_of(tl, "block", "2018-10-28")
    forced = caravan_of(tl, "block", "2018-10-19")
    assert second != first
    assert forced == first


def _sizes_of_21_october(state_count: str, other_count: str) -> list:
    """The size events of 21 October 2018 when a homily and a caption count the caravan's arrival in Tapachula."""
    tl = built(("homily", "2019-04-14", "The caravan left San Pedro Sula on Friday 12 October 2018. On Sunday "
                                         f"21 October they came into Tapachula at noon, {state_count} by the state "
                                         "count."),
                ("photos", "2019-01-10", "The caravan left San Pedro Sula on Saturday 13 October 2018. On Sunday "
                                         "21 October at midday the caravan came into Tapachula, 7,000 strong "
                                         f"according to {other_count}."))
    return [e for e in tl.events if e.type == "size" and e.date.startswith("2018-10-21")]


def test_two_sources_sizes_of_one_day_are_one_size_they_disagree_on():
    sizes = _sizes_of_21_october("five thousand", "the state police")
    assert len(sizes) == 1 and sizes[0].conflict and len(sizes[0].mentions) == 2


def test_an_organizers_count_up_to_three_times_the_official_one_is_one_size_they_disagree_on():
    sizes = _sizes_of_21_october("2,500", "its organizers")
    assert len(sizes) == 1 and sizes[0].conflict and len(sizes[0].mentions) == 2


def test_sizes_far_apart_stay_two_groups():
    tl = built(("homily", "2019-04-14", "The caravan left San Pedro Sula on Friday 12 October 2018. On Sunday "
                                         "21 October they came into Tapachula at noon, 2,000 by the state "
                                         "count."),
                ("photos", "2019-01-10", "The caravan left San Pedro Sula on Saturday 13 October 2018. On Sunday "
                                         "21 October at midday the caravan came into Tapachula, 7,000 strong "
                                         "according to the state police."))
    sizes = [e for e in tl.events if e.type == "size" and e.date.startswith("2018-10-21")]
    assert len(sizes) == 2


def test_a_plan_without_a_place_that_came_true_joins_the_one_realized_event_of_its_day():
    tl = built(("plan", "2022-06-05", "The caravan left Tapachula on Monday 6 June 2022, the organizers said. "
                                       "The caravan plans to reach Huixtla in the afternoon of Tuesday 7 June."),
                ("later", "2022-06-09", "The caravan left Tapachula on Monday 6 June 2022. Carmelina said the "
                                        "caravan walked into her town on Tuesday 7 June in the afternoon."))
    arrivals = [e for e in tl.events if e.type == "arrive" and e.date.startswith("2022-06-07")]
    assert len(arrivals) == 1 and {m.split("#")[0] for m in arrivals[0].mentions} == {"plan", "later"}


def test_a_statement_by_the_president_and_one_by_the_country_on_one_day_are_one_statement():
    tl = built(("embassy", "2020-10-02", "On Thursday night the President declared a state of prevention in six "
                                          "departments to stop the caravan."),
                ("review", "2021-03-02", "On 1 October 2020 Guatemala declared a state of prevention in six "
                                         "departments as the caravan entered."))
    statements = [e for e in tl.events if e.type == "statement"]
    assert len(statements) == 1 and len(statements[0].mentions) == 2


def test_a_plan_dated_only_by_its_storys_context_stays_a_plan():
    # the seed article's "migrants who do not want to seek asylum in Mexico" (a plan dated by its story's context)
    # is no mention of the asylum claims already lodged
    art = json.loads((SEEDS / "caravan-mexico-2018-10-24.json").read_text())
    resolved = resolve(extract(Article(id=art["id"], text=art["text"],
                                       published=datetime.fromisoformat(art["published"]))))
    context_plans = {m.id for m in resolved.mentions if m.modality == "planned" and m.time_link == "context"}
    assert context_plans
    tl = build_timeline([resolved])
    for e in tl.events:
        if e.modality == "actual":
            assert not context_plans & set(e.mentions), e


def test_the_first_caravan_told_after_the_articles_own_caravan_ended_is_the_first_one_under_way():
    # a choir's calendar of December 2018 ends with the spring's Via Crucis (whose departure makes it the
    # article's own caravan); "the first caravan" reaching Mexico City on 4 November is the one under way then,
    # not a caravan made up for it
    tl = built(("sps", "2018-10-20", "The caravan left San Pedro Sula on Saturday, Oct. 13, and crossed into "
                                      "Guatemala on Monday, Oct. 15."),
                ("vc", "2018-03-27", "About 1,200 migrants of the Via Crucis caravan left Tapachula on Sunday, "
                                     "March 25."),
                ("choir", "2018-12-04", "Spring 2018, for the archive: our Palm Sunday concert (25 March) was the "
                                        "day the Via Crucis left Tapachula, some 1,200 strong.\n\nRepertoire note. "
                                        "Nine days before the buses came, on Sunday 4 November, the first caravan "
                                        "had reached the Jesús Martínez stadium in Mexico City."))
    main = caravan_of(tl, "depart", "2018-10-13")
    stadium = caravan_of(tl, "arrive", "2018-11-04")
    assert stadium == main


def test_a_second_caravan_weeks_after_the_one_under_way_set_off_is_another_caravan_in_a_later_article():
    # a customs register of January 2020 (its own caravan that month) recalls "a second caravan" on the bridge on
    # 28 October 2018, sixteen days after the first set off: not the first one
    tl = built(("sps", "2018-10-20", "The caravan left San Pedro Sula on Friday, Oct. 12, and crossed into "
                                      "Guatemala on Monday, Oct. 15."),
                ("register", "2020-01-31", "The caravan that left San Pedro Sula on Wednesday 15 January found the "
                                           "gate shut on Saturday 18 January.\n\nOn Sunday 28 October 2018 a second "
                                           "caravan clashed with federal police on the bridge."))
    first = caravan_of(tl, "depart", "2018-10-12")
    second = caravan_of(tl, "block", "2018-10-28")
    assert second != first
