"""Events from the forty-fourth round: a count "on the figures of" someone, two counts of one sentence each by
its own counter, "turned them back", a weekday named again, "the current" of a river, and a stay since a day of its
own. Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, timexes
from event_helpers import mentions_of as _of


def test_a_count_on_the_figures_of_someone_is_a_size():
    text = ("TECUN UMAN, Guatemala — The new Honduran caravan left San Pedro Sula on Jan. 15, some 3,500 people on the "
            "figures of Guatemala's migration institute.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-01-23", "size")] == [(3500, "2020-01-15")]


def test_two_counts_of_one_sentence_on_two_counters_make_one_disputed_size():
    text = ("The second wave came on Nov. 5, when a caravan of some 1,500 on the migration institute's figures, nearly "
            "3,000 on its organizers' tally, left the central square before dawn.")
    assert [(m.group_size, m.actor) for m in _of(text, "2025-01-16", "size")] == [
        (1500, "migration institute"), (3000, "its organizers")]
    sizes = [e for e in built(("a", "2025-01-16", text)).events if e.type == "size"]
    assert len(sizes) == 1 and len(sizes[0].mentions) == 2


def test_turned_them_back_is_a_block():
    text = ("CIUDAD HIDALGO, Mexico — On Jan. 20, 2020, more than a thousand walkers waded the Suchiate at dawn and the "
            "National Guard turned them back on the Mexican bank.")
    assert [(m.trigger, m.time.value[:10]) for m in _of(text, "2022-06-08", "block")] == [
        ("turned them back", "2020-01-20")]


def test_a_weekday_named_again_is_the_one_just_told_ahead():
    text = ('He has stopped taking new tenants until after the U.S. inauguration on Monday. "Nobody knows what Monday '
            'means for them," he said.')
    got = [(tx.start, tx.resolution.value) for tx in _resolved(text, "2025-01-16") if tx.text == "Monday"]
    assert got == [(71, "2025-01-20"), (98, "2025-01-20")]
    # a weekday with no tense after a past one stays past
    text = "The shop closed on Monday. Monday was quiet."
    assert {tx.resolution.value for tx in _resolved(text, "2025-01-16")} == {"2025-01-13"}


def test_the_current_of_a_river_is_no_time():
    text = "The National Guard turned them back; the raft men pulled several out of the current."
    assert "current" not in timexes(text, "2022-06-08")
    assert timexes("The current rules apply.", "2022-06-08")["current"].value == "PRESENT_REF"


def test_a_stay_since_a_day_of_its_own_keeps_that_day():
    text = ("TIJUANA, Mexico — The caravan has been camped at the Benito Juárez sports complex since Nov. 16, several "
            "thousand people on a ball field. At first they slept on cardboard.\n\nOn Sunday several hundred walkers "
            "marched from the camp toward the El Chaparral crossing, and U.S. agents fired tear gas, and the San "
            "Ysidro port of entry was shut for several hours.")
    stays = [e for e in built(("a", "2018-11-28", text)).events if e.type == "stay"]
    assert [(e.start.isoformat(), e.end.isoformat()) for e in stays] == [("2018-11-16", "2018-11-28")]


def _resolved(text: str, published: str):
    from datetime import datetime

    from timeline.extract import extract
    from timeline.models import Article
    from timeline.resolve import resolve

    return resolve(extract(Article(id="t", text=text, published=datetime.fromisoformat(published)))).timexes


def test_crossed_here_under_a_border_town_dateline_is_a_crossing():
    text = ("CIUDAD HIDALGO, Mexico — The Salvadorans, who had left San Salvador on Oct. 28, 2018, crossed here on All "
            "Saints' Day, some on rafts, some wading.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2018-11-05", "cross_border")] == [
        ("crossed here on", "2018-11-01")]
