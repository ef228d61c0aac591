"""Dating event mentions from the resolved time expressions.

Each mention gets a ``time`` (a Resolution) and a ``time_link``, tried in
this order:

own          its own expression (``mention.timex_id``), when that is a date or
             a time (a DURATION / SET is not a date: fall through);
relation     an extracted Relation with ``lag_days`` to a mention that has a
             date ("set off on Friday, the day after Pence urged" dates the
             urging on Friday - 1 day); and a stay with no date in its
             sentence, at a town the text told an arrival at before it, from
             that arrival on ("reached Matías Romero on April 2 ... stayed in
             Matías Romero for four days": April 2-5); a count "at the
             start" after a departure told in its sentence, on that
             departure's date; a count dated by its own week or month in
             the sentence of the departure told last or the one after it,
             on that departure's day when it falls in the span;
context      the story's reference time at that point: the nearest dated
             expression in the same sentence, or the last one of the nearest
             of the three sentences before it in its paragraph that has one
             (a paragraph that opens "The group ..." goes on with the one
             before: its first sentence looks back into it);
             for a count naming "the column" or "that caravan" in the paragraph
             right after a departure's, with no date between them, that
             departure's (marked ``+at_departure``, as the extractor marks the
             counts told with their departure); for a departure, the departure
             the article told before it; otherwise
             the article's main event time (the lede's dated event closest to
             publication);
publication  the publication date widened to [published - 7 days, published]
             (planned events: [published, published + 30 days]);
unresolved   nothing to anchor on.

No mention is dated after the publication date unless it is planned.  A headline's event with no date of its own
is dropped when the story below tells that kind of event as done at the same place (or names none): the story's
telling dates it.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract.text import (DATELINE_HEAD, UNTIL_BEFORE, after_by, alternation, dates_a_noun, gives_year_of,
                                   headline_end, in_insertion, in_relative_clause, likened, main_clause_after,
                                   pluperfect_relative_before, speech_before, timestamp_line)
from timeline.models import Article, EventMention, Relation, Resolution, ResolvedTimex, Sentence
from timeline.resources import load_yaml

LEDE_SENTENCES = 6  # sentences that count as the lede for the main event time
CONTEXT_SENTENCES = 3  # sentences of its paragraph a mention with no date looks back for the story's time
PUBLICATION_WINDOW = 7  # days before publication for undated past reports
PLANNED_WINDOW = 30


_NARROW_DAYS = 8  # an own span of at most this many days may narrow to a day its sentence tells inside it
# what may stand before the day that opens a sentence: quotation marks, a dateline ("SAN PEDRO SULA, Honduras — ")
_DATELINE_HEAD = re.compile(r"\s*" + DATELINE_HEAD + r"?[\"“‘']?")


def _is_date(rt: ResolvedTimex) -> bool:
    r = rt.resolution
    return (
        rt.type in ("DATE", "TIME")
        and r.resolved
        and r.start is not None
        and r.end is not None
        and r.value not in ("PAST_REF", "FUTURE_REF")
    )


def _is_anchored_span(rt: ResolvedTimex) -> bool:
    """A duration anchored on the calendar ("in recent days"): an interval, usable as a mention's own time."""
    r = rt.resolution
    return rt.type == "DURATION" and r.resolved and r.start is not None and r.end is not None


_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+(?:next|following)\s+)?$", re.I)
_DAYS_OF = re.compile(r"^P(\d+)([DW])$")


def _days_in(value: str) -> int | None:
    """The days of a duration of days or weeks ("P4D" -> 4, "P2W" -> 14), else None."""
    d = _DAYS_OF.match(value)
    return int(d.group(1)) * (7 if d.group(2) == "W" else 1) if d is not None else None


def _within_spans(text: str, timexes: list[ResolvedTimex]) -> dict[int, list[tuple[ResolvedTimex, int]]]:
    """The durations opened by "within" ("Within four days ... had sent most of its members home", "within days":
    ``WITHIN_DAYS_VAGUE``) and their days, by sentence (found once per article)."""
    out: dict[int, list[tuple[ResolvedTimex, int]]] = {}
    for tx in timexes:
        if tx.type == "DURATION" and (n := _days_in(tx.value) or (WITHIN_DAYS_VAGUE if tx.value == "PXD" else None)) \
                is not None and _WITHIN_BEFORE.search(text, max(0, tx.start - 24), tx.start):
            out.setdefault(tx.sentence, []).append((tx, n))
    return out


WITHIN_DAYS_VAGUE = 7  # "within days": at most about a week
_WITHIN_AFTER = 12  # characters from a trigger's end to a "within" span after it ("was turned back within a week")


def _stay_spans(text: str, mentions: list[EventMention], timexes: list[ResolvedTimex]
                ) -> dict[str, tuple[ResolvedTimex, int]]:
    """mention id -> (the duration in days inside its trigger or right after it, the days) for the stays told with
    their length ("stayed two full days", "stayed for three days", "rested for two days", "rested there two
    days")."""
    days = sorted((tx for tx in timexes if tx.type == "DURATION" and _days_in(tx.value) is not None),
                  key=lambda tx: tx.start)
    if not days:
        return {}
    starts = [tx.start for tx in days]
    out: dict[str, tuple[ResolvedTimex, int]] = {}
    for m in mentions:
        if m.type != "stay":
            continue
        k = bisect.bisect_left(starts, m.start)  # the first duration inside the trigger or right after it, if any
        if k < len(days) and (days[k].end <= m.end or _LENGTH_AFTER.fullmatch(text, m.end, days[k].start)):
            tx = days[k]
            n = _days_in(tx.value)
            if 1 <= n <= _STAY_DAYS_MAX:
                out[m.id] = (tx, n)
    return out


_LENGTH_AFTER = re.compile(r"\s+(?:(?:here|there)\s+)?(?:for\s+)?")  # "rested [there] [for] two days"
_STAY_DAYS_MAX = 31  # a stay told with a longer length is no span of days the story tells


def _value_for(start: date, end: date) -> tuple[str, str]:
    """A TimeML value and granularity covering [start, end]."""
    if start == end:
        return start.isoformat(), "day"
    if start.isocalendar()[:2] == end.isocalendar()[:2] and (end - start).days <= 6:
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}", "week"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", "month"
    if start.year == end.year:
        return f"{start.year:04d}", "year"
    return f"{start.year // 10:03d}", "decade"


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_DAY_WORD_OFFSET = re.compile(r"^DCT:D([+-]\d+)$")  # yesterday, today, "two days ago"


_LINE_STAMP_REACH = 40  # characters from a line's start to the stamp that dates it ("A_0877.JPG | 2018:...")


def _told_until(tx: ResolvedTimex, pub: date, text: str, dated: list[ResolvedTimex],
                dated_starts: list[int]) -> tuple[date, str]:
    """The day a state "since" ``tx`` is told to hold until: publication, or the day of the entry, caption or
    section that ``tx`` is counted from ("25.10.2021. The caravan has been resting in Huixtla since yesterday"
    in a guestbook transcribed years later: until 25 October 2021), or the day of the stamp opening its line
    ("01/12/2018 09:05 TIJUANA: ... where the caravan has camped since Sunday")."""
    r = tx.resolution
    m = _DAY_WORD_OFFSET.match(tx.value)
    if m is not None and r.start is not None and r.anchor_source in ("caption", "section", "quote"):
        day = r.start - timedelta(days=int(m.group(1)))
        if day < pub:
            return day, f"the day it is told from, {day} ({r.anchor})"
    lo = text.rfind("\n", 0, tx.start) + 1
    if lo == 0 or r.start is None:
        return pub, f"publication {pub}"
    # (only the expressions between the line's start and its stamp reach: dated is in text order)
    for t in dated[bisect.bisect_left(dated_starts, lo) : bisect.bisect_right(dated_starts, lo + _LINE_STAMP_REACH)]:
        if t.start >= tx.start:
            break
        if t.resolution.start is not None and t.resolution.start == t.resolution.end and \
                r.start <= t.resolution.start < pub:
            return t.resolution.start, f"the day of the stamp opening its line, {t.resolution.start} ({t.id} '{t.text}')"
    return pub, f"publication {pub}"
_TALLY_TYPES = frozenset({"return", "asylum", "size", "arrive", "cross_border"})  # counts that add up over days
_SINCE_REACH = 80  # characters from a state's verb to its "since" date


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n\n", 0, pos) if "\n\n" in text else text.count("\n", 0, pos)


def date_mentions(
    article: Article,
    sentences: list[Sentence],
    timexes: list[ResolvedTimex],
    mentions: list[EventMention],
    relations: list[Relation],
) -> list[EventMention]:
    text = article.text
    pub = article.published.date() if article.published else None
    pub_src = "inferred-publication" if article.published_inferred else "publication"
    by_id = {t.id: t for t in timexes}
    dated = [t for t in timexes if _is_date(t)]
    dated_starts = [t.start for t in dated]
    times: dict[str, tuple[Resolution, str]] = {}
    head = headline_end(text)

    # 1. own expression ("had camped on the road since Saturday": from that day until publication)
    for m in mentions:
        tx = by_id.get(m.timex_id) if m.timex_id else None
        if tx is not None and m.start < head and _TIME_OF_TODAY.match(tx.value):
            continue  # a headline's "left before dawn": the lede's event, whose day the story tells (below)
        if tx is not None and (_is_date(tx) or _is_anchored_span(tx)):
            r = tx.resolution
            if pub is not None and tx.type == "DATE" and r.start is not None and r.start < pub and \
                    _SINCE_BEFORE.search(text, max(0, tx.start - 8), tx.start) and \
                    not (m.start >= tx.end and _apposed_time().match(text, tx.end, m.start)):
                if m.type in ("return", "depart") and r.start == r.end:
                    # "since Monday Guatemala has been taking them back": the returns began that day; "walkers from El
                    # Salvador, out of their capital since Jan. 16": they left that day
                    began = "the returns began" if m.type == "return" else "it left"
                    times[m.id] = (r.model_copy(update={
                        "reason": f"since {tx.id} '{tx.text}' ({r.value}): {began} that day"}), "own")
                    continue
                until, until_why = _told_until(tx, pub, text, dated, dated_starts)
                value, gran = _value_for(r.start, until)
                times[m.id] = (r.model_copy(update={
                    "value": value, "granularity": gran, "end": until,
                    "reason": f"since {tx.id} '{tx.text}' ({r.value}) until {until_why}"}), "own")
                continue
            times[m.id] = (
                r.model_copy(update={"reason": f"own expression {tx.id} '{tx.text}': {r.reason}"}),
                "own",
            )

    # 1'. "The night before last, a group ... set off on foot toward the border, in the middle of Holy Week": an own
    # week (or a span of days) narrowed to the one day that opens its sentence, set off by a comma, inside it, that
    # no other mention owns
    owned = {m.timex_id for m in mentions if m.timex_id}
    opening = {s.index: s.start for s in sentences}
    dated_in: dict[int, list[ResolvedTimex]] = {}  # the dated expressions of each sentence
    for t in dated:
        dated_in.setdefault(t.sentence, []).append(t)
    for m in mentions:
        got = times.get(m.id)
        if got is None or got[1] != "own":
            continue
        r = got[0]
        if r.start is None or r.end is None or not 1 <= (r.end - r.start).days <= _NARROW_DAYS:
            continue
        day = next((t for t in dated_in.get(m.sentence, ()) if t.end <= m.start and t.id not in owned and
                    t.resolution.start is not None and t.resolution.start == t.resolution.end and
                    r.start <= t.resolution.start <= r.end and text[t.end : t.end + 1] == "," and
                    _DATELINE_HEAD.fullmatch(text, opening.get(m.sentence, t.start), t.start)), None)
        if day is not None:
            times[m.id] = (day.resolution.model_copy(update={
                "reason": f"the day {day.id} '{day.text}' ({day.resolution.value}) its sentence tells, within its own "
                          f"{r.value}: {day.resolution.reason}"}), "own")

    # 1a. a state in the present perfect "since" a date ("where they have camped since Saturday"): from that
    # day until publication
    if pub is not None:
        by_sentence: dict[int, list[ResolvedTimex]] | None = None
        for m in mentions:
            # ... and a state told as lasting on a day ("the gate was still shut on Wednesday, as it has been since
            # Saturday"): from that day on
            still = m.type in ("stay", "block") and "still" in m.trigger.lower().split()
            perfect_stay = m.type == "stay" and ("+perfect" in m.rule or "+present" in m.rule)
            if not still and (m.id in times or not perfect_stay):
                continue
            if by_sentence is None:  # (once, and only for an article that has such a state)
                by_sentence = {}
                for t in dated:
                    by_sentence.setdefault(t.sentence, []).append(t)
            tx = next((t for t in by_sentence.get(m.sentence, ()) if m.end <= t.start <= m.end + _SINCE_REACH
                       and _SINCE_BEFORE.search(text, max(0, t.start - 8), t.start)), None)
            r = tx.resolution if tx is not None else None
            if r is None or r.start is None or r.start > pub:
                continue
            until, until_why = _told_until(tx, pub, text, dated, dated_starts)
            value, gran = _value_for(r.start, until)
            times[m.id] = (
                r.model_copy(update={"value": value, "granularity": gran, "end": until,
                                     "reason": f"since {tx.id} '{tx.text}' ({r.value}) until {until_why}"}),
                "own",
            )

    # 1b. a state told in the present with no date of its own ("migrants remain in shelters", "about 200 people
    # remain in the town"): publication
    if pub is not None:
        for m in mentions:
            if m.id not in times and m.type in ("stay", "size") and "+present" in m.rule and \
                    not _historic_present(text, m, dated, pub):
                why = f"present tense, no date of its own: the state at publication {pub}"
                times[m.id] = (_at_publication(pub, pub_src, pub, pub, "day", why), "publication")

    # 1c. "The caravan crossed into Guatemala at Corinto that afternoon. By Monday most of the walkers had been sent
    # back to Honduras": done by a day, in the past perfect, after the day told before it: between the two
    _done_by(text, mentions, by_id, times, dated)

    # 2. relations with a lag, propagated until nothing changes
    lagged = [r for r in relations if r.lag_days is not None]
    for _ in range(len(lagged) + 1):
        changed = False
        for rel in lagged:
            lo, hi = rel.lag_days  # type: ignore[misc]
            src, tgt = rel.source, rel.target
            if src in times and tgt not in times and any(m.id == tgt for m in mentions):
                shifted = _shift(times[src][0], lo, hi, src, "after", rel.rule)
                if shifted is None:
                    continue
                times[tgt] = (shifted, "relation")
                changed = True
            elif tgt in times and src not in times and any(m.id == src for m in mentions):
                shifted = _shift(times[tgt][0], -hi, -lo, tgt, "before", rel.rule)
                if shifted is None:
                    continue
                times[src] = (shifted, "relation")
                changed = True
        if not changed:
            break

    # 2b. a stay with no date of its own, at a town the article told the group reach before, begins on that
    # arrival ("reached Matías Romero on April 2 ... The caravan stayed in Matías Romero for four days")
    if any(m.type == "stay" for m in mentions):
        _stay_after_arrival(text, mentions, timexes, dated, times)

    # 2c. a count "at the start", after a departure told in its sentence, is dated by that departure
    if any(m.type == "size" for m in mentions):
        _size_at_start(text, mentions, times)

    # 2d. a count dated by a week or a month of its own, right after a departure on a day of that span: that day's
    at_departure: set[str] = set()  # counts dated by their caravan's departure here (their rule says so below)
    if any(m.type == "size" for m in mentions):
        at_departure |= _size_in_departure_span(mentions, times)

    # 3. context: same sentence, the sentences before it in its paragraph, main event time
    main = _main_event_time(text, sentences, dated, mentions, times, pub, head)
    not_narrative = _not_narrative(dated, mentions)
    owned_at = {o.timex_id: o.start for o in mentions if o.timex_id}
    sent_of = {s.index: s for s in sentences}
    stamps = _entry_stamps(text, dated)
    # (not a time the story is likened to: "left from the same park as in October")
    by_sentence: dict[int, list[ResolvedTimex]] = {}
    for t in dated:
        if not likened(text, t.start):
            by_sentence.setdefault(t.sentence, []).append(t)
    # (not the headline's: "Candles on the chapel steps: ... the caravan that left before dawn" tells the lede's
    # departure again)
    departs = sorted((d for d in mentions if d.type == "depart" and d.modality == "actual" and not d.earlier_caravan
                      and not d.later_caravan and d.start >= head), key=lambda d: d.start)
    depart_starts = [d.start for d in departs]
    for m in mentions:
        if m.id in times:
            continue
        ctx = _local_context(text, m, sent_of, by_sentence, not_narrative, owned_at)
        stamp = _stamp_of(text, m, stamps) if ctx is None and stamps else None
        if stamp is not None and stamp.resolution.start is not None:
            # a live page's entry: "11:40 a.m. / Crowds have broken through at El Florido." happened that day
            r, day = stamp.resolution, stamp.resolution.start
            times[m.id] = (r.model_copy(update={
                "value": day.isoformat(), "granularity": "day", "start": day, "end": day,
                "anchor": f"{stamp.id} = {r.value}", "anchor_source": "reference",
                "reason": f"the day of its entry's time stamp '{stamp.text}' ({stamp.id} = {r.value})"}), "context")
            continue
        if ctx is not None and pub is not None and m.type in _TALLY_TYPES and ctx.sentence == m.sentence and \
                ctx.start > m.start and ctx.type == "DATE" and ctx.resolution.start is not None and \
                ctx.resolution.start < pub and _SINCE_BEFORE.search(text, max(0, ctx.start - 8), ctx.start):
            # "Mexico has deported 2,303 members of the caravan since Saturday": a tally from that day on
            r = ctx.resolution
            value, gran = _value_for(r.start, pub)
            times[m.id] = (r.model_copy(update={
                "value": value, "granularity": gran, "end": pub, "anchor": f"{ctx.id} = {r.value}",
                "anchor_source": "reference",
                "reason": f"a tally since {ctx.id} '{ctx.text}' ({r.value}) until publication {pub}"}), "context")
        elif ctx is not None:
            r = ctx.resolution
            times[m.id] = (
                r.model_copy(
                    update={
                        "anchor": f"{ctx.id} = {r.value}",
                        "anchor_source": "reference",
                        "reason": f"narrative context: '{ctx.text}' ({ctx.id}) = {r.value} nearby",
                    }
                ),
                "context",
            )
            if m.type == "size" and _counted_departure(
                    text, m, sent_of.get(m.sentence), departs, bisect.bisect_left(depart_starts, m.start), times,
                    dated_starts, r.start) is not None:
                at_departure.add(m.id)  # "... came past the building on its way north out of the city. Migration
                # agents put its size at about 5,000": the count at that departure
            elif m.type == "size" and ctx.sentence == m.sentence - 1 and _dates_saying(text, ctx) and (
                    dep := _counted_departure(text, m, sent_of.get(m.sentence), departs,
                                              bisect.bisect_left(depart_starts, m.start), times,
                                              dated_starts, said=ctx)) is not None:
                # '"... they set off from Tapachula," she said on Wednesday. The migration institute estimated the
                # new caravan at about 1,500 people': the count of the departure the quote told, not the saying's day
                d = times[dep.id][0]
                times[m.id] = (d.model_copy(update={
                    "anchor": f"{dep.id} = {d.value}", "anchor_source": "reference",
                    "reason": f"a count of the caravan whose departure {dep.id} ({d.value}) the sentence before told "
                              f"('{ctx.text}' dates its saying)"}), "context")
                at_departure.add(m.id)
        elif m.type == "size" and (dep := _counted_departure(
                text, m, sent_of.get(m.sentence), departs, bisect.bisect_left(depart_starts, m.start), times,
                dated_starts)) is not None:
            r = times[dep.id][0]
            times[m.id] = (r.model_copy(update={
                "anchor": f"{dep.id} = {r.value}", "anchor_source": "reference",
                "reason": f"a count of the caravan whose departure {dep.id} ({r.value}) the paragraph before told"}),
                "context")
            at_departure.add(m.id)
        elif (told := _departure_told(m, departs, bisect.bisect_left(depart_starts, m.start), times)) is not None:
            d, r = told
            times[m.id] = (r.model_copy(update={
                "anchor": f"{d.id} = {r.value}", "anchor_source": "reference",
                "reason": f"the departure the article told before it ({d.id} = {r.value}); no date of its own "
                          "nor in the sentences before it"}), "context")
        elif main is not None and pluperfect_relative_before(text, m.start) is None:
            # (not an earlier event told in a pluperfect relative clause: "... where the Hondurans had been turned
            # back" is no event of the article's main time)
            r, label = main
            times[m.id] = (
                r.model_copy(
                    update={
                        "anchor": label,
                        "anchor_source": "reference",
                        "reason": f"the article's main event time ({label}); no date in the mention's sentence or the one before",
                    }
                ),
                "context",
            )

    # 3b. "Within four days Guatemala had sent most of its members home", "was turned back within a week": from the
    # day the context tells to that many days after it
    within = _within_spans(text, timexes)
    for m in mentions if within else ():
        got = times.get(m.id)
        if got is None or got[1] != "context" or got[0].start is None or got[0].start != got[0].end:
            continue  # (counted from a day: not from "since 2018")
        span = next(((tx, days) for tx, days in within.get(m.sentence, ())
                     if tx.start < m.start or 0 <= tx.start - m.end <= _WITHIN_AFTER), None)
        if span is not None:
            tx, days = span
            r = got[0]
            end = r.start + timedelta(days=days)
            value, gran = _value_for(r.start, end)
            times[m.id] = (r.model_copy(update={
                "value": value, "granularity": gran, "end": end,
                "reason": f"within {tx.id} '{tx.text}' ({tx.value}) of {r.value}: {r.reason}"}), "context")

    # 3c. "reached Huixtla the same evening and stayed two full days": a stay of N days, from the day its context
    # tells (the day after, when that day is told by its evening or night)
    stay_days = _stay_spans(text, mentions, timexes)
    for k, m in enumerate(mentions if stay_days else ()):
        got = times.get(m.id)
        if m.id not in stay_days or got is None or got[1] != "context":
            continue
        # (the arrival it goes on from, in its sentence: "reached Huixtla the same evening and stayed two full days";
        # or told right before it, in the sentence before: "... and reached Huixtla's park that evening. It stayed
        # two full days")
        came = next((o for j, o in ((j, mentions[j]) for j in range(k - 1, -1, -1))
                     if (o.sentence == m.sentence or o.sentence == m.sentence - 1 and j == k - 1)
                     and o.type == "arrive" and o.modality == m.modality and o.id in times
                     and times[o.id][0].start is not None), None)
        r = times[came.id][0] if came is not None else got[0]
        if r.start is None or r.start != r.end:
            continue
        tx, days = stay_days[m.id]
        start, late = _stay_start(r)
        end = start + timedelta(days=days - 1)
        value, gran = _value_for(start, end)
        times[m.id] = (r.model_copy(update={
            "value": value, "granularity": gran, "start": start, "end": end,
            "reason": f"a stay of {tx.id} '{tx.text}' ({tx.value}) from {'the day after ' if late else ''}{r.value}"
                      f"{f' (the arrival {came.id} it goes on from)' if came is not None else ''}: {r.reason}"}), "context")

    # 3d. "arrived there around midday on Tuesday, Dec. 26; it rested in the town's park through Wednesday": a stay
    # told only by its last day, right after an arrival in its sentence, runs from the arrival's day
    _stays_through(text, mentions, by_id, times)

    # 4./5. publication date, unresolved; and never after publication unless planned
    out: list[EventMention] = []
    for m in mentions:
        res, link = times.get(m.id, (None, None))
        if res is not None and pub is not None and m.modality != "planned" and res.start is not None:
            if res.start > pub:
                res, link = None, None
            elif res.end is not None and res.end > pub:
                res = res.model_copy(update={"end": pub, "reason": res.reason + f"; clipped at publication {pub}"})
        if res is None:
            if pub is not None:
                if m.modality == "planned":
                    s, e = pub, pub + timedelta(days=PLANNED_WINDOW)
                    why = f"no date of its own; planned: within {PLANNED_WINDOW} days after publication {pub}"
                else:
                    s, e = pub - timedelta(days=PUBLICATION_WINDOW), pub
                    why = f"no date of its own; reported by publication {pub}: within the {PUBLICATION_WINDOW} days before"
                res = _at_publication(pub, pub_src, s, e, "week", why)
                link = "publication"
            else:
                res = Resolution(
                    value="",
                    granularity="none",
                    anchor=None,
                    anchor_source="unanchored",
                    reason="no date in the text and no publication date",
                    resolved=False,
                )
                link = "unresolved"
        if link == "publication" and not m.places and m.group_size is None and _topic_noun(m.trigger):
            continue  # a noun with nothing to date or place it: a topic ("a matter ... of repatriation")
        update = {"time": res, "time_link": link}
        if m.id in at_departure and "+at_departure" not in m.rule:
            update["rule"] = m.rule + "+at_departure"  # the count at the departure, as the extractor marks its own
        out.append(m.model_copy(update=update))
    return _departures_from_stops(text, _without_headline_repeats(text, out))


@lru_cache(maxsize=None)
def _topic_endings() -> tuple[str, ...]:
    """``topic_noun_endings`` of events/cues.yaml."""
    return tuple(str(w) for w in load_yaml("events/cues.yaml")["topic_noun_endings"])


def _topic_noun(trigger: str) -> bool:
    """Is the trigger one noun of ``topic_noun_endings`` ("repatriation", "rest stop")?"""
    low = trigger.lower()
    return (" " not in low or low in _topic_endings()) and low.endswith(_topic_endings())


def _without_headline_repeats(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """A headline's event with no date of its own that the story below tells as done, dated from the story
    ("Laid-off gold miners walked with the caravan Guatemala sent back" over "From Friday, soldiers ... put them on
    buses back to the Honduran border"), at the same place or at none named: the story's telling dates it; the
    headline's, dated from the lede's context, would be a second event on another day."""
    head = text.find("\n")
    if head <= 0 or not any(m.start < head and m.time_link != "own" for m in mentions):
        return mentions
    told: dict[str, list[set[str]]] = {}
    for m in mentions:
        if m.start > head and m.time_link in ("own", "relation", "context") and m.modality == "actual":
            told.setdefault(m.type, []).append({p.place.name for p in m.places})

    def repeated(m: EventMention) -> bool:
        where = {p.place.name for p in m.places if p.role != "mention"}  # ("Guatemala" of "Guatemalan police")
        return any(not where or not places or where & places for places in told.get(m.type, ()))

    return [m for m in mentions if not (m.start < head and m.time_link != "own" and repeated(m))]


_STANDS_FOR = re.compile(r"(?:the|this|that|here)\b", re.I)
STOP_DAYS = 10  # an arrival or a stay at most this many days before a departure from the same place makes it a stop


_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+){0,2}$")
_DONE_BY_TYPES = ("return",)  # done over days: "was bused home by Oct. 5" (not "were in Tecún Umán by the 18th")
DONE_BY_DAYS = 14  # the day told before a "by" day must be at most this many days before it


def _done_by(text: str, mentions: list[EventMention], by_id: dict[str, ResolvedTimex],
             times: dict[str, tuple[Resolution, str]], dated: list[ResolvedTimex]) -> None:
    """Step 1c of ``date_mentions``: an actual event in the past perfect dated by "by" a day ("By Monday most of the
    walkers had been sent back", "buses had carried most of them home by 5 October"), or a return so dated ("was
    bused home by Oct. 5"), happened after the latest day told before it that is earlier than that day (at most
    ``DONE_BY_DAYS`` earlier) and by that day: the interval between them.  Not when a day told before is that
    very day ("set off on Oct. 31 ... By Wednesday evening the column had crossed"), nor when the expression just
    before the mention (``DONE_BY_BACK`` characters) tells that day ("The test came early Monday, Jan. 20. ... By late
    morning most had been herded back": that Monday)."""
    told: list[Resolution] = []  # the days of the events told so far by their own expressions
    dated_starts = [t.start for t in dated]
    for m in mentions:
        got = times.get(m.id)
        if got is None or got[1] != "own" or got[0].start is None or m.modality != "actual":
            continue
        r = got[0]
        tx = by_id.get(m.timex_id) if m.timex_id else None
        if tx is not None and told and r.start == r.end and \
                after_by(text, tx.start) and \
                (m.type in _DONE_BY_TYPES or _HAD_BEFORE.search(text, max(0, m.start - 30), m.start) or
                 "had" in m.trigger.lower().split()) and \
                not any(o.start <= r.start <= o.end for o in told if o.end is not None) and \
                (last := max((o for o in told if o.end is not None and o.end < r.start <= o.end + timedelta(
                    days=DONE_BY_DAYS)), key=lambda o: o.end, default=None)) is not None and \
                not _told_that_day(dated, dated_starts, tx, r):
            start = last.end + timedelta(days=1)
            value, gran = _value_for(start, r.start)
            times[m.id] = (r.model_copy(update={
                "value": value, "granularity": gran, "start": start,
                "reason": f"done by {tx.id} '{tx.text}' ({r.value}), after the day told before it ({last.value}): "
                          f"{r.reason}"}), "own")
            continue
        told.append(r)


DONE_BY_BACK = 300  # characters before a "by" expression in which a day told makes it that very day


def _told_that_day(dated: list[ResolvedTimex], starts: list[int], tx: ResolvedTimex, r: Resolution) -> bool:
    """Does a day expression told just before ``tx`` (within ``DONE_BY_BACK`` characters) hold ``r``'s day?"""
    i = bisect.bisect_left(starts, tx.start) - 1
    while i >= 0 and tx.start - dated[i].end <= DONE_BY_BACK:
        o = dated[i].resolution
        if o.start is not None and o.end is not None and o.start == o.end == r.start:
            return True
        i -= 1
    return False


def _stay_start(arrival: Resolution) -> tuple[date, bool]:
    """The first day of a stay that goes on from an arrival: the arrival's day, or the next one when the arrival is
    told by its evening or night (and whether it was)."""
    late = arrival.value.endswith(("TEV", "TNI"))
    return arrival.start + timedelta(days=1 if late else 0), late




def _stays_through(text: str, mentions: list[EventMention], by_id: dict[str, ResolvedTimex],
                   times: dict[str, tuple[Resolution, str]]) -> None:
    """Step 3d of ``date_mentions``: an actual stay whose own expression is its last day ("through Wednesday"),
    told right after an arrival in its sentence, runs from the arrival's day (the day after, for an arrival told
    by its evening or night) to that day."""
    for k, m in enumerate(mentions):
        got = times.get(m.id)
        if m.type != "stay" or m.modality != "actual" or got is None or got[1] != "own" or m.timex_end_id or \
                k == 0 or (tx := by_id.get(m.timex_id or "")) is None or \
                (word := UNTIL_BEFORE.search(text, max(0, tx.start - 14), tx.start)) is None:
            continue
        came = mentions[k - 1]
        # (or in the sentence before: "... and reached Huixtla the next afternoon. It camped on the town's sports
        # field until Friday, June 10")
        if came.type != "arrive" or not m.sentence - 1 <= came.sentence <= m.sentence or came.modality != "actual" \
                or came.id not in times:
            continue
        r, last = times[came.id][0], got[0]
        if r.start is None or r.start != r.end or last.end is None:
            continue
        start, _ = _stay_start(r)
        if not start <= last.end <= start + timedelta(days=_STAY_DAYS_MAX):
            continue
        value, gran = _value_for(start, last.end)
        times[m.id] = (last.model_copy(update={
            "value": value, "granularity": gran, "start": start, "end": last.end,
            "reason": f"from the arrival {came.id} ({r.value}) {word.group(0).strip()} '{tx.text}' ({last.value}): "
                      f"{last.reason}"}), "own")


_IN_RELATIVE = re.compile(r"\b(?:that|who|which)\s+(?:had\s+)?$")  # "a crowd that had spent the night there"


def _departures_from_stops(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """"reached Huixtla on 26 December ... It stayed in Huixtla through 27 December. The caravan left Huixtla
    on 28 December": leaving a place the article has the group arrive at or stay in a few days before is the
    march going on from a stop, not a caravan setting off."""
    stops: dict[str, list] = {}  # place name -> days of arrivals and stays told so far
    out: list[EventMention] = []
    last: EventMention | None = None  # the last actual dated mention told
    left: EventMention | None = None  # the last actual dated departure told
    for m in sorted(mentions, key=lambda x: x.start):
        t = m.time
        if m.modality == "actual" and t is not None and t.start is not None:
            # ("he watched another caravan leave. The walkers had slept in the park, and at five in the morning they
            # ... set off": the departure just told, told again, leaves no stop)
            told_again = left is not None and left.sentence >= m.sentence - 1 and left.time.start == t.start
            if m.type == "depart" and not told_again:
                # (a place named, not "the city" standing for one)
                here = [r.place.name for r in m.places if r.role in ("from", "at") and not _STANDS_FOR.match(r.text)]
                if any(m.time.start - timedelta(days=STOP_DAYS) <= d <= t.start for p in here for d in stops.get(p, ())):
                    m = m.model_copy(update={"type": "march", "rule": m.rule + "+from_stop"})
                elif not any(r.role in ("from", "at") for r in m.places) and last is not None and \
                        last.sentence == m.sentence and last.type in ("arrive", "stay") and last.time.end is not None \
                        and t.start - timedelta(days=STOP_DAYS) <= last.time.end <= t.start and \
                        not _IN_RELATIVE.search(text, max(0, last.start - 16), last.start):
                    # "its vanguard arrived there around midday on Tuesday, Dec. 26; it rested in the town's park
                    # through Wednesday and walked out before dawn on Thursday toward Escuintla": leaving, from no
                    # place named, right after the sentence tells of the stop
                    # (not a night told in a relative clause on the leaving group: "a crowd that had spent the night
                    # in and around the main bus terminal began walking toward the border": where it gathered)
                    m = m.model_copy(update={"type": "march", "rule": m.rule + "+after_stop"})
            if m.type in ("arrive", "stay"):
                for r in m.places:
                    if r.role in ("at", "to", "into"):
                        stops.setdefault(r.place.name, []).append(t.end or t.start)
            elif m.type == "depart":
                left = m
            last = m
        out.append(m)
    by_id = {m.id: m for m in out}
    return [by_id[m.id] for m in mentions]


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_DAYS = re.compile(r"^P(\d+)([DW])$")


def _stay_after_arrival(text: str, mentions: list[EventMention], timexes: list[ResolvedTimex],
                        dated: list[ResolvedTimex], times: dict[str, tuple[Resolution, str]]) -> None:
    """Step 2b of ``date_mentions``: an actual stay with a place, no date of its own and no date in its
    sentence, after an arrival at the same place that has a date, begins on that arrival's first day; "for
    four days" after the stay's verb gives its end."""
    dated_sentences = {t.sentence for t in dated}
    spans: dict[int, list[ResolvedTimex]] = {}  # durations by sentence (looked up per stay, not scanned)
    for t in timexes:
        if t.type == "DURATION":
            spans.setdefault(t.sentence, []).append(t)
    last_arrival: dict[str, EventMention] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        names = {r.place.name for r in m.places if r.role != "mention"}
        if m.type == "arrive" and m.id in times and m.modality == "actual":
            for n in names:
                last_arrival[n] = m
            continue
        if m.type != "stay" or m.id in times or m.modality != "actual" or m.sentence in dated_sentences:
            continue
        arrival = next((last_arrival[n] for n in names if n in last_arrival), None)
        if arrival is None:
            continue
        base = times[arrival.id][0]
        if base.start is None:
            continue
        start, end = base.start, base.start
        span = next((t for t in spans.get(m.sentence, ()) if t.start >= m.end
                     and _FOR_BEFORE.search(text, max(0, t.start - 6), t.start)), None)
        got = _DAYS.match(span.resolution.value or "") if span is not None else None
        if got:
            days = int(got.group(1)) * (7 if got.group(2) == "W" else 1)
            end = start + timedelta(days=max(0, days - 1))
        value, gran = _value_for(start, end)
        why = f"a stay at the place of the arrival {arrival.id} ({base.value})" + (
            f", for '{span.text}'" if got else "")
        times[m.id] = (base.model_copy(update={"value": value, "granularity": gran, "start": start, "end": end,
                                               "anchor": f"{arrival.id} = {base.value}", "anchor_source": "reference",
                                               "reason": why}), "relation")


@lru_cache(maxsize=None)
def _soon_after() -> re.Pattern:
    """A sentence opener that sets it right after the sentence before (``soon_after_openers``: "Soon after,")."""
    return re.compile(rf"(?:{_cue_words('soon_after_openers')})\s*,", re.I)


def _cue_words(key: str) -> str:
    """The phrases of an anchors.yaml list as one regex alternation."""
    return alternation(load_yaml("timex/anchors.yaml")[key])


@lru_cache(maxsize=None)
def _apposed_time() -> re.Pattern:
    """", the month" between a date and the clause it dates (``appositive_time_nouns``)."""
    return re.compile(rf",\s+the\s+(?:{_cue_words('appositive_time_nouns')})\b[^,;.]*$", re.I)


@lru_cache(maxsize=None)
def _goes_on() -> re.Pattern:
    """The opening of a paragraph that goes on with the story of the one before (``paragraph_goes_on_openers``)."""
    return re.compile(rf"(?:{_cue_words('paragraph_goes_on_openers')})\b", re.I)


@lru_cache(maxsize=None)
def _at_start_cue() -> re.Pattern:
    """A count's clause going on to "at the start" (``size_at_start_cues``)."""
    return re.compile(rf"[^,;.!?]*?\b(?:{_cue_words('size_at_start_cues')})\b", re.I)


def _size_at_start(text: str, mentions: list[EventMention], times: dict[str, tuple[Resolution, str]]) -> None:
    """Step 2c of ``date_mentions``: a count with no date of its own and one of ``size_at_start_cues`` after it
    in its clause takes the date of the actual departure told before it in its sentence."""
    last_dep: EventMention | None = None
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type == "depart" and m.modality == "actual" and m.id in times:
            last_dep = m
            continue
        if m.type != "size" or m.id in times or last_dep is None or last_dep.sentence != m.sentence or \
                not _at_start_cue().match(text, m.end):
            continue
        base = times[last_dep.id][0]
        times[m.id] = (base.model_copy(update={"anchor": f"{last_dep.id} = {base.value}", "anchor_source": "reference",
                                               "reason": f"a count at the start of the departure {last_dep.id} "
                                                         f"({base.value}) told before it"}), "relation")


def _size_in_departure_span(mentions: list[EventMention], times: dict[str, tuple[Resolution, str]]) -> set[str]:
    """Step 2d of ``date_mentions``: a count dated by its own week or month ("On Wednesday the caravan began to pull
    out of the terminal. Roughly 3,500 crossed into Guatemala that week, by the reckoning of ...") in the sentence of
    the actual departure told last or the one after it, when that departure's day falls in the span, is the count of
    that departure, on its day.  Returns the ids of the counts so dated."""
    out: set[str] = set()
    last_dep: EventMention | None = None
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type == "depart" and m.modality == "actual" and not m.earlier_caravan and not m.later_caravan and \
                m.id in times:
            last_dep = m
            continue
        if m.type != "size" or last_dep is None or m.sentence - last_dep.sentence > 1 or \
                times.get(m.id, (None, ""))[1] != "own":
            continue
        own, dep = times[m.id][0], times[last_dep.id][0]
        if own.granularity not in ("week", "month") or own.start is None or own.end is None or \
                dep.start is None or dep.granularity not in ("day", "part_of_day") or \
                not own.start <= dep.start <= own.end:
            continue
        times[m.id] = (dep.model_copy(update={
            "anchor": f"{last_dep.id} = {dep.value}", "anchor_source": "reference",
            "reason": f"a count in '{own.value}' of the departure {last_dep.id} ({dep.value}) told just before it, "
                      f"a day of that span"}), "relation")
        out.add(m.id)
    return out


@lru_cache(maxsize=None)
def _told_caravan() -> re.Pattern:
    """A caravan named as the one just told (``size_told_caravan``): "the column", "that caravan"."""
    return re.compile(rf"\b(?:{_cue_words('size_told_caravan')})\b", re.I)


_QUOTE_SENTENCES = 3  # sentences from a departure told in a quote to the count after the quote's saying


_SAYING_REACH = 40  # characters before a day in which the speech verb of a saying it dates stands


def _dates_saying(text: str, tx: ResolvedTimex) -> bool:
    """Does ``tx`` date a saying ("she said on Wednesday")?"""
    return speech_before().search(text, max(0, tx.start - _SAYING_REACH), tx.start) is not None


def _counted_departure(text: str, m: EventMention, sentence: Sentence | None, departs: list[EventMention], k: int,
                       times: dict[str, tuple[Resolution, str]], dated_starts: list[int],
                       day: date | None = None, said: ResolvedTimex | None = None) -> EventMention | None:
    """The departure a count is of: the last one before it (``departs[k - 1]``), with no dated expression between
    the two, when the count's sentence names the caravan as the one just told (``size_told_caravan``).  A count with
    no date of its own nor in its paragraph (step 3 of ``date_mentions``): a departure told in the paragraph right
    before ("Federal migration agents estimated the column at roughly 5,000 people"); a count dated by its context
    on ``day``: one told in the sentence right before, on that day ("... on its way north out of the city. Migration
    agents put its size at about 5,000"); with ``said``, the date of the saying, in the sentence right before the
    count, of the quote that told the departure in its paragraph ('... they set off from Tapachula," she said on
    Wednesday. The migration institute estimated the new caravan at about 1,500 people')."""
    dep = departs[k - 1] if k else None
    if dep is None or sentence is None or dep.id not in times or said is None and \
            bisect.bisect_left(dated_starts, dep.end) != bisect.bisect_left(dated_starts, m.start):
        return None
    if said is not None:
        ok = said.start >= dep.end and dep.sentence <= said.sentence == m.sentence - 1 and \
            m.sentence - dep.sentence <= _QUOTE_SENTENCES and \
            _paragraph_of(text, dep.end) == _paragraph_of(text, m.start)
        return dep if ok and _told_caravan().search(text, sentence.start, sentence.end) else None
    if day is None and _paragraph_of(text, m.start) - _paragraph_of(text, dep.end) != 1 or \
            day is not None and (m.sentence - dep.sentence != 1 or times[dep.id][0].start != day):
        return None
    return dep if _told_caravan().search(text, sentence.start, sentence.end) else None


def _at_publication(pub: date, src: str, start: date, end: date, granularity: str, why: str) -> Resolution:
    """A time given by the publication date (``src``: publication or inferred publication)."""
    return Resolution(
        value=pub.isoformat(),
        granularity=granularity,  # type: ignore[arg-type]
        start=start,
        end=end,
        anchor=f"publication {pub}",
        anchor_source=src,  # type: ignore[arg-type]
        reason=why,
    )


def _narrative(dated: list[ResolvedTimex], m: EventMention, owners: dict[str, set[str]]) -> list[ResolvedTimex]:
    """Expressions that can date the narrative around ``m``.

    Not the own expression of a planned / hypothetical / negated mention ("hours before their intended
    Tuesday departure": Tuesday is not when anything reported happened).  ``owners`` maps such expressions
    to the mentions that own them (see ``_not_narrative``).
    """
    if not owners:
        return dated
    return [t for t in dated if not (owners.get(t.id, set()) - {m.id})]


@lru_cache(maxsize=None)
def _attempt_marks() -> tuple[str, ...]:
    """Rule suffixes of a mention told as a past attempt (" [tried to]"): see ``attempt_cues`` in anchors.yaml."""
    return tuple(f" [{w}]" for w in load_yaml("timex/anchors.yaml")["attempt_cues"])


def _not_narrative(dated: list[ResolvedTimex], mentions: list[EventMention]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for o in mentions:
        if o.timex_id and o.modality != "actual" and not o.rule.endswith(_attempt_marks()):
            owners.setdefault(o.timex_id, set()).add(o.id)
    return owners


def _historic_present(text: str, m: EventMention, dated: list[ResolvedTimex], pub: date) -> bool:
    """Is the mention's present tense a story told in the present ("Oct. 15, Agua Caliente. ... By evening people
    are sleeping on the steps of the basilica"): its paragraph opens with a day more than two days before
    publication?"""
    para = text.rfind("\n", 0, m.start) + 1
    first = next((t for t in dated if para <= t.start < m.start), None)
    return first is not None and first.start - para <= 3 and first.resolution.end is not None and \
        (pub - first.resolution.end).days > 2


def _dates_another_noun(text: str, t: ResolvedTimex, m: EventMention) -> bool:
    """"said Monday that 98 people detained during Sunday's attempt ... were being deported": a possessive date
    tells when its noun happened, not the mention (unless the noun is the mention's own trigger)."""
    return text[t.end : t.end + 2] in ("'s", "’s") and not (t.end + 2 <= m.start <= t.end + 4)


def _only_frame(others: list[ResolvedTimex], dropped: list[ResolvedTimex]) -> bool:
    """Does each of ``others`` hold one of ``dropped`` (January holds Jan. 15, 2020)?"""
    return all(any(_frames(o.resolution, d.resolution) for d in dropped) for o in others)


def _frames(outer: Resolution, inner: Resolution) -> bool:
    """Is ``outer`` a longer span holding all of ``inner`` (2018 holds March 25, 2018)?"""
    return None not in (outer.start, outer.end, inner.start, inner.end) and outer.start <= inner.start and \
        inner.end <= outer.end and (outer.end - outer.start) > (inner.end - inner.start)


_WHEN_AFTER = re.compile(r"\s*,?\s*when\s+(?:\w+\s+){0,2}", re.I)  # (up to the mention: "since Wednesday, when it ")


def _since_before(text: str, pos: int) -> bool:
    """Does the word *since* stand right before the expression at ``pos``?"""
    return text[max(0, pos - 7) : pos].rstrip().lower().endswith("since")


_FRONTED_AFTER_AND = re.compile(r",\s+and\s+(?:(?:on|by|from|at|in|early|late)\s+)?$", re.I)


def _without_years_of_dates(text: str, ts: list[ResolvedTimex],
                            told: list[ResolvedTimex] | None = None) -> list[ResolvedTimex]:
    """``ts`` without the expressions that only give the year of a date told before them in ``told`` (default:
    ``ts``): "on Jan. 15 this year"."""
    told = ts if told is None else told
    return [t for t in ts if not any(o.end <= t.start and gives_year_of(text, o.end, t) for o in told)]


_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:already\s+|just\s+)?$")


_NEXT_CLAUSE_MARK = re.compile(r";|:\s+\S")  # (not the colon of a clock time, "10:30")


def _local_context(text: str, m: EventMention, sent_of: dict[int, Sentence],
                   by_sentence: dict[int, list[ResolvedTimex]], owners: dict[str, set[str]], owned_at: dict[str, int]):
    """The expression dating the narrative around ``m``: its sentence's, else the sentences' before it in its
    paragraph (``by_sentence``: the dated expressions of each sentence; ``owners``: see ``_narrative``;
    ``owned_at``: where the mention an expression is the own time of starts)."""
    def dated(k: int) -> list[ResolvedTimex]:
        return _narrative(by_sentence.get(k, []), m, owners)

    # "Thousands of Hondurans had walked into the central park: the column that set out ... on Oct. 13": in the
    # past perfect, the own time of a verb told after the mention is that verb's, not the mention's
    later_own = _PLUPERFECT_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
    # "Yesterday she wrote two lines ... from checkpoints on the highway where the Hondurans had been turned back":
    # a pluperfect relative clause tells an earlier event than its sentence's time before it
    rel_at = pluperfect_relative_before(text, m.start)
    same = [t for t in dated(m.sentence) if t.resolution.value != "PRESENT_REF"
            and not dates_a_noun(text, t.start) and not timestamp_line(text, t.start, t.end)
            and not _dates_another_noun(text, t, m)
            and not (later_own and m.end <= owned_at.get(t.id, -1) < t.start)
            and not (rel_at is not None and t.end <= rel_at.start())]
    if not same and m.type == "size":
        # "the caravan of Christmas Eve 2023, which took some 7,000 walkers out of the square": the count of a group
        # named by a date, in a sentence with no other, is of that date
        same = [t for t in dated(m.sentence) if t.names_group and t.resolution.value != "PRESENT_REF"]
    # "on Jan. 15 this year": the year right after a date only gives that date's year
    same = _without_years_of_dates(text, same)
    # "the caravan that left San Pedro Sula on Wednesday, some 3,500 people, reached the bridge", "that had left
    # three days earlier reached the border": a date that closes a relative clause before the mention is that
    # clause's verb's, when the sentence has another
    # (not for a count whose sentence's other dates only frame that date: "In 2018 she walked with the spring
    # caravan that left Tapachula on Palm Sunday, March 25, roughly 1,200 people")
    closing = [t for t in same if t.end <= m.start and in_relative_clause(text, t.start)
               and ("," in text[t.end : m.start] or main_clause_after(text, t.end, m.start))]
    rest = [t for t in same if t not in closing]
    if rest and not (m.type == "size" and _only_frame(rest, closing)):
        same = rest
    elif closing and not rest and m.type != "size" and all(t.id in owned_at for t in closing) and \
            (sent := sent_of.get(m.sentence)) is not None and _soon_after().match(text, sent.start):
        # "Soon after, hundreds of Hondurans from the caravan that set off ... on the 15th came down the bank and
        # walked into the Suchiate": in a sentence its opener sets after the one before, the relative clause's own
        # day, its departure's, is no day of the main verbs; the sentences before date them (not "A second group
        # that departed on Tuesday was stopped within hours")
        same = []
    # a date inside a phrase set off by commas before the mention is the phrase's, when the sentence has another
    # (after the relative clauses' dates are set aside: "A caravan, people who had heard the week before that ...,
    # walked out past his tray a little after seven in the morning, heading north: some 400 people")
    # (not for a count whose sentence's other dates only frame that date: "Last year's January caravan, which left
    # San Pedro Sula on Jan. 15, 2020, ... some 3,500 walkers")
    inserted = [t for t in same if in_insertion(text, t.start, t.end, m.start)]
    outside = [t for t in same if t not in inserted]
    if outside and not (m.type == "size" and _only_frame(outside, inserted)):
        same = outside
    # "A second column, which had been on the road since Wednesday, when it left San Salvador, was coming over the
    # Suchiate": a state's start inside a phrase set off before the mention is not its time (the story's is)
    # (not for the verb of the "when" clause after it, which tells what began then: "since Wednesday, when it left")
    same = [t for t in same if not (t in inserted and _since_before(text, t.start) and
                                    not _WHEN_AFTER.fullmatch(text, t.end, m.start))]
    # "He had watched the first great caravan go over the river too, the one that left San Pedro Sula on Oct. 13": a
    # date in a relative clause after the mention, the own time of that clause's verb, is that verb's
    # (nor a state's start in a relative clause after it: "A caravan was coming down from the central park ...,
    # many of whom had waited in the city for papers since the spring")
    same = [t for t in same if not (t.start >= m.end and _APPOSED_RELATIVE.search(text, m.end, t.start) and (
        t.id in owned_at and owned_at[t.id] > m.end and in_relative_clause(text, t.start) or
        _since_before(text, t.start)))]
    # "Caravan still resting in Huixtla, second day running; we were told to expect it on our stretch tomorrow":
    # a date after a semicolon is the next clause's (so is one in a clause after a colon: "some of them left the city
    # sitting on nothing at all: he had sold out by New Year's Day"; not one right after it, as in a label's
    # "First asylum claims taken: the next evening")
    same = [t for t in same if not (t.start >= m.end and _NEXT_CLAUSE_MARK.search(text, m.end, t.start))]
    # "pushed most of them back onto the Guatemalan bank within hours, and on Tuesday Guatemala began busing
    # Hondurans home": a date fronted in the clause after ", and" is that clause's
    same = [t for t in same if not (t.start >= m.end and _FRONTED_AFTER_AND.search(text, m.end, t.start))]
    # "Late on Sunday, ... where hundreds of Hondurans from the January caravan were camped": a date naming which
    # group it is dates the clause only when the sentence has no other ("Mexico handed out visas to the January
    # caravan": January)
    same = [t for t in same if not t.names_group] or same
    if same:
        return min(same, key=lambda t: abs(t.start - m.start))
    # the sentences before it in its paragraph, nearest first (at most CONTEXT_SENTENCES back), and the last one of
    # the paragraph before when its paragraph's first sentence goes on with that one's story
    cur = sent_of.get(m.sentence)
    for back in range(1, CONTEXT_SENTENCES + 1):
        prev = sent_of.get(m.sentence - back)
        if prev is None or cur is None or ("\n" in text[prev.end : cur.start] and not _goes_on().match(text, cur.start)):
            return None  # (the previous sentence is in another paragraph)
        before = [t for t in dated(prev.index) if t.resolution.value != "PRESENT_REF"]
        # ("The caravan had gathered through Friday night, ... young men who had lost work in the hurricanes of the
        # autumn before last. On the evening of its first day the police stopped it": a noun's date is not the
        # story's, when the sentence tells another)
        before = [t for t in before if not dates_a_noun(text, t.start)] or before
        if before:
            # "walked into the river Monday morning, ... after camping on the bank since Saturday. Guardsmen
            # formed lines": a state's start ("since Saturday") is not the time the story is at
            told = [t for t in before if not _since_before(text, t.start)]
            told = [t for t in told if not t.names_group] or told
            # ("On Saturday 18 January, at about 14:00, the caravan that left San Pedro Sula on Wednesday ... reached
            # the bridge. The National Guard closed the Mexican end": the story's day, not the relative clause's)
            told = _without_earlier_relative_days(text, told)
            # ("On Jan. 15 this year, when the January caravan set out ...": the date, not the year after it)
            told = _without_years_of_dates(text, told, before)
            return (told or before)[-1]
        cur = prev
    return None


# ", the one that left ...", ", many of whom had waited"
_APPOSED_RELATIVE = re.compile(r",[^,;.]{0,40}\b(?:that|which|who|whom)\b")


def _without_earlier_relative_days(text: str, told: list[ResolvedTimex]) -> list[ResolvedTimex]:
    """``told`` without the days that close a relative clause before a later day of the main clause ("On Saturday
    18 January ... the caravan that left San Pedro Sula on Wednesday ... reached the bridge": Saturday; but "for the
    caravan that had left Tapachula on Oct. 23", told with "Last October" only, keeps its day)."""
    main_days = [t.resolution.start for t in told if t.resolution.start is not None and
                 t.resolution.start == t.resolution.end and not in_relative_clause(text, t.start)]
    return [t for t in told if not (t.resolution.start is not None and in_relative_clause(text, t.start) and
                                    any(d > t.resolution.start for d in main_days))] or told


def _entry_stamps(text: str, dated: list[ResolvedTimex]) -> dict[int, ResolvedTimex]:
    """A live page's entry time stamps ("11:40 a.m." on a line of its own), by the offset where the line after
    them starts."""
    out: dict[int, ResolvedTimex] = {}
    for t in dated:
        if t.type == "TIME" and timestamp_line(text, t.start, t.end):
            nl = text.find("\n", t.end)
            if nl >= 0:
                out[nl + 1] = t
    return out


def _stamp_of(text: str, m: EventMention, stamps: dict[int, ResolvedTimex]) -> ResolvedTimex | None:
    """The time stamp on the line right above the paragraph of ``m`` (an entry of a live page)."""
    para = text.rfind("\n", 0, m.start) + 1
    return stamps.get(para)


def _departure_told(m: EventMention, departs: list[EventMention], k: int, times: dict):
    """A departure with no date near it is the one the article told before it, if it told one.

    "... the caravan that left Tapachula on Sunday did not move. [...] It set out with some 2,500
    people": the setting out is Sunday's, not the day the story is at.  The departure told last before
    it, of the same caravan (neither an earlier nor a later one), actual, from the same place when both
    name one.
    """
    if m.type != "depart" or m.modality != "actual" or m.earlier_caravan or m.later_caravan:
        return None
    own = {p.place.name for p in m.places if p.role in ("from", "at")}
    for i in range(k - 1, -1, -1):  # (``departs[:k]``: the actual departures told before it; the last first)
        d = departs[i]
        if d.id not in times:
            continue
        theirs = {p.place.name for p in d.places if p.role in ("from", "at")}
        if own and theirs and not own & theirs:
            return None
        r = times[d.id][0]
        return (d, r) if r.start is not None else None
    return None


_TIME_OF_TODAY = re.compile(r"^REF:D\+0T")  # "before dawn", "this afternoon": a time of the day told, no day of its own
_PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def _lede_end(text: str, sentences) -> int:
    """The end of the lede: the first LEDE_SENTENCES sentences of prose (the header's lines above it, a headline, a
    byline, an outlet's name and date, have no full stop and do not count)."""
    if not sentences:
        return len(text)
    n = 0
    for s in sentences:
        if _PROSE_END.search(text, s.start, s.end):
            n += 1
            if n == LEDE_SENTENCES:
                return s.end
    return sentences[-1].end


def _main_event_time(text, sentences, dated, mentions, times, pub, head=0):
    """The lede's dated event closest to (not after) publication (not the headline's, which ends at ``head``)."""
    lede_end = _lede_end(text, sentences)
    cands: list[tuple[Resolution, str, int]] = []
    for m in mentions:
        if m.start < lede_end and m.id in times and m.modality == "actual":
            r = times[m.id][0]
            if r.start is not None and r.start == r.end:
                cands.append((r, f"main event {m.id} = {r.value}", m.start))
    if not cands:
        for t in dated:
            r = t.resolution
            if t.start < lede_end and r.start is not None and r.start == r.end and r.value != "PRESENT_REF" and \
                    not timestamp_line(text, t.start, t.end):
                cands.append((r, f"main event time {t.id} = {r.value}", t.start))
    if not cands:
        return None
    # (the headline tells the lede's event again, with a vaguer time: "... the caravan that left before dawn")
    cands = [c for c in cands if c[2] >= head] or cands
    if pub is not None:
        ok = [c for c in cands if c[0].start <= pub and (pub - c[0].start).days <= PUBLICATION_WINDOW]
        if not ok:
            return None
        best = max(ok, key=lambda c: (c[0].start, -c[2]))
    else:
        best = max(cands, key=lambda c: (c[0].start, -c[2]))
    return best[0], best[1]


def _shift(base: Resolution, lo: int, hi: int, other: str, direction: str, rule: str) -> Resolution | None:
    """``base`` moved by lo..hi days: the time a relation gives a mention from ``other``'s."""
    if base.start is None or base.end is None:
        return None
    s, e = base.start + timedelta(days=lo), base.end + timedelta(days=hi)
    night = ""
    if base.value.endswith(("TNI", "T24:00")) and base.start == base.end:
        # "crossed overnight, a day after police blocked the bridge": a night runs into the next day's small
        # hours, so a day's offset from it may land on either side of midnight
        e += timedelta(days=1)
        night = "; a night runs into the next day: one day more"
    v, g = _value_for(s, e)
    days = f"{lo}..{hi}" if direction == "after" else f"{-hi}..{-lo}"
    return Resolution(
        value=v,
        granularity=g,  # type: ignore[arg-type]
        start=s,
        end=e,
        anchor=f"{other} = {base.value}",
        anchor_source="reference",
        reason=f"{days} day(s) {direction} {other} ({base.value}) by relation {rule}{night}",
    )
