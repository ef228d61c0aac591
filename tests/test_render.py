"""Human dates with their uncertainty, and the rich table."""

from __future__ import annotations

from datetime import date

from rich.console import Console

from timeline.models import Event
from timeline.render import render, when


def ev(value, start, end, gran="day", **kw):
    return Event(id=kw.pop("id", "e"), type=kw.pop("type", "depart"), date=value, start=start, end=end,
                 granularity=gran, summary=kw.pop("summary", "s"), sources=["a"], mentions=["a#e1"], **kw)


def test_when_shows_uncertainty():
    assert when(ev("2018-10-15", date(2018, 10, 15), date(2018, 10, 15))) == "Oct 15, 2018"
    assert when(ev("2018-10-12/2018-10-13", date(2018, 10, 12), date(2018, 10, 13))) == "Oct 12–13, 2018"
    assert when(ev("2018-04", date(2018, 4, 1), date(2018, 4, 30), "month")) == "Apr 2018"
    assert when(ev("2018-W41", date(2018, 10, 8), date(2018, 10, 14), "week")) == "week of Oct 8, 2018"
    assert when(ev("2018-10-23TNI", date(2018, 10, 23), date(2018, 10, 23), "part_of_day")) == "Oct 23, 2018 night"
    assert when(ev("2018-10-30/2018-11-02", date(2018, 10, 30), date(2018, 11, 2))) == "Oct 30 – Nov 2, 2018"


def test_render_marks_conflicts_and_groups_by_caravan():
    console = Console(record=True, width=140)
    render(
        [
            ev("2018-10-12/2018-10-13", date(2018, 10, 12), date(2018, 10, 13), id="d1", caravan="2018-10 San Pedro Sula",
               conflict=True, conflict_note="sources disagree on the date: a 2018-10-12; b 2018-10-13", summary="Caravan set off", place="San Pedro Sula"),
            ev("2018-04", date(2018, 4, 1), date(2018, 4, 30), "month", id="s1", type="statement",
               caravan="2018-03 Tapachula", summary="Trump threatened aid"),
        ],
        console=console,
    )
    out = console.export_text()
    assert "Caravan 2018-10 San Pedro Sula" in out and "Caravan 2018-03 Tapachula" in out
    assert "Oct 12–13, 2018 ⚠" in out and "sources disagree" in out
    assert out.index("Caravan 2018-03 Tapachula") < out.index("Caravan 2018-10 San Pedro Sula")


def test_a_days_events_follow_the_time_of_day_under_one_heading_each():
    d = date(2018, 10, 23)
    console = Console(record=True, width=140)
    render(
        [
            ev("2018-10-23TNI", d, d, "part_of_day", id="e4", type="stay", caravan="c", summary="slept in Huixtla"),
            ev("2018-10-23TAF", d, d, "part_of_day", id="e3", type="arrive", caravan="c", summary="reached Huixtla"),
            ev("2018-10-23", d, d, id="e1", type="statement", caravan="c", summary="officials said"),
            ev("2018-10-23T05:00", d, d, "minute", id="e2", type="march", caravan="c", summary="left Tapachula"),
            ev("2018-10-23", d, d, id="e0", type="block", caravan="c", summary="police stopped a bus"),
        ],
        console=console,
    )
    out = console.export_text()
    order = [out.index(s) for s in ("police stopped a bus", "officials said", "left Tapachula", "reached Huixtla",
                                    "slept in Huixtla")]
    assert order == sorted(order)
    assert out.count("Oct 23, 2018\n") == 1 and out.count("Oct 23, 2018 night") == 1


def test_a_week_valued_event_narrowed_to_days_shows_the_days():
    # "crossed one week ago" (published Oct. 27): value 2018-W42, interval Oct. 19-21
    assert when(ev("2018-W42", date(2018, 10, 19), date(2018, 10, 21), "week")) == "Oct 19–21, 2018"


def test_a_vague_size_is_shown_in_words_not_as_a_number():
    console = Console(record=True, width=140)
    d = date(2018, 10, 20)
    render([ev("2018-10-20", d, d, id="c1", type="cross_border", summary="Hundreds crossed the river",
               size_vague="hundreds", size_min=200),
            ev("2018-10-20", d, d, id="c2", type="depart", summary="Some left", size_vague="several thousand",
               size_min=2000),
            ev("2018-10-20", d, d, id="c3", type="march", summary="They walked", group_size=1500)], console=console)
    out = console.export_text()
    assert "[hundreds of people]" in out and "[several thousand people]" in out and "[1,500 people]" in out
    assert "200 people" not in out and "2,000 people" not in out
