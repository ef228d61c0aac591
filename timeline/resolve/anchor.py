"""Anchoring: from underspecified time expressions to dated intervals.

Two passes, like HeidelTime: the extractor wrote underspecified values
(docs/tagger.md); here each is completed on

* the speech time: the publication date (DCT), or the date of a tweet
  signature / dated photo caption covering that line (``local anchors``);
* the story's reference time (``REF:`` values: "the day after", "that night"):
  the latest day-precise date resolved before it in the text, or -- for an
  appositive ("on Friday, the day after ...") -- the date it stands beside;

with the tense of the clause choosing the direction of bare weekdays and
month names.  ``resolve_article`` then dates the event mentions (see
:mod:`timeline.resolve.mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.extract.text import (LIST_NUMBER, UNTIL_BEFORE, alternation, in_relative_clause, line_bounds, opens_line,
                                   speech_before, timestamp_line)
from timeline.extract.timex_build import no_cyclic_gc, trusted
from timeline.models import (
    ExtractedArticle,
    Resolution,
    ResolvedArticle,
    ResolvedTimex,
    Sentence,
    Timex,
)
from timeline.resolve import calendar as cal
from timeline.resolve import values
from timeline.resolve.event_anchors import JOURNEY_NIGHT, EventAnchors
from timeline.resolve.history import history_entries
from timeline.resolve.month_headings import HEADER_JOIN, month_headings
from timeline.resolve.week_headings import week_sections
from timeline.resolve.ical import ical_blocks
from timeline.resolve.quotes import (QuoteSpans, intro_label, introduced_quote_anchors, quote_anchors,
                                     said_then_quote_anchors, same_voice_between)
from timeline.resolve.tense import TenseReader, caption_marks, tense_at
from timeline.resolve.told_year import (group_noun_at, group_of_before, in_year_value, listed_value, of_year_value,
                                        told_years)
from timeline.resolve.story_year import (BESIDE, Paragraphs, closes_quote, feast_in_season, feasts_beside_days,
                                         frame_day, takes_story_year)
from timeline.resolve.weekday_date import (day_on_weekday_back, month_on_weekday, restates_day, story_day_weekday,
                                           weekday_dates, weekday_in_told_month, weekday_of_dates, year_on_weekday)
from timeline.resources import load_yaml

NO_DATE_WARNING = "no publication date; relative expressions left unresolved"

_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_ENTRY_DAY = re.compile(r"^(?:\d{4}|XXXX|XX\d\d)-\d\d-\d\d$")  # (XX18: a two-digit year, "18/10/18")
_ENTRY_CLOCK = re.compile(r"^T\d\d:\d\d$")  # an entry stamped with its day and hour: "UPDATE 1 — 24/12/2023, 20:30."
# a numbered entry's label before its day: "UPDATE 2 — 26/12/2023, 08:30.", "SHIFT 3 · Tue 26 Dec · 07:00–19:00."
# ... or an alert's number: "#041 — 15-01-2020 21:40"
# ... or a register's numbered row: "01 | mar 26/12, 17:40 | bench by the bandstand | ..."
# ... or a file's row of a metadata export: "A_0877.JPG | 2018:04:30 02:14:09 | UTC | San Ysidro, ..."
# ... or a register's record number or a column's code: "0412/2018 · 19.10.2018 · 14:35 · ...", "BD Sat 23/10/2021 · ..."
# ... or a row's first fields, perhaps with a word before the day: "1012 · Recd Mon 15.10 · 08:10 · ...",
# "B-1118 · 14-NOV-18 · Samsung phone · ..."
_ENTRY_LABEL = re.compile(r"[ \t]*(?:(?:[A-Z][A-Za-z]+\.?[ \t]+|#|No\.[ \t]*)\d{1,3}[ \t]*(?:[—–:·•|-]|\.(?=[ \t]))|"
                          r"\d{1,3}[ \t]*[|·•]|"
                          r"\d{1,6}/\d{2,4}[ \t]*[|·•]|(?!(?:ON|AT|BY|IN|TO|OF|FOR|THE|AND|FROM|SINCE|UNTIL)[ \t])[A-Z]{2,4}[ \t]+|"
                          r"[\w-]{1,30}\.[A-Za-z0-9]{2,5}[ \t]*\||"
                          r"(?:[^\n·•|!?]{1,24}[·•|][ \t]*){1,2}(?:[A-Za-z]{2,8}\.?[ \t]+)?)[ \t]*")
_ENTRY_LABEL_AFTER = re.compile(r"[ \t]*(?:[,.:·•|]|—|–|\s-\s|$)", re.M)
# a log's or a table's row: "04/11/2018 07:10 [LS] First group ...", "12/10/2018 | Taxi to the terminal | ..."
# ... or a radio log's: "150215Z JAN 21 · TG9 Chiquimula relay · Guatemala declared ..."
_ENTRY_ROW_AFTER = re.compile(r"[ \t]*(?:\||[·•][ \t]|\[[A-Z]{1,4}\])")
_STAMP_ALONE = re.compile(r"[ \t]*$", re.M)  # the stamp has its own line: the entry is the paragraph under it
# ... or heads a short line with no sentence in it ("THU 17 JAN 2019 · shift 07:30–15:00"), or a release's
# version line ("3.4.1 (2022-06-07, 06:30)")
_HEADER_REST = re.compile(r"[ \t]*[·•|][^\n.!?]{0,60}?(?<![.!?])[ \t]*$", re.M)
_ENTRY_VERSION = re.compile(r"[ \t]*(?:v(?:ersion)?[ \t]*)?\d+(?:\.\d+){1,3}[a-z]?[ \t]*\(")
_ENTRY_VERSION_AFTER = re.compile(r"[^)\n]{0,12}\)[ \t]*$", re.M)
_CHAT_STAMP_OPEN = re.compile(r"[ \t]*\[")  # a chat export's message stamp: "[18/10/18, 07:12] Ana: ..."
_DEICTIC = re.compile(r"^(?:DCT:[DWMY][+-]\d+(?:T\w+)?|PRESENT_REF)$")  # today, this week, this year, now
_NEXT_SPAN = re.compile(r"^(?:the\s+)?(?:next|following)\b", re.I)  # "the next two days": after a time
_YEAR_BACK_VALUE = re.compile(r"^DCT:Y-\d+$")  # "Last year", "Two years ago"
_OF_BEFORE = re.compile(r"\bof\s+$")  # "the first caravan of the year"
_SPEECH_DAY = re.compile(r"^DCT:D[+-]\d+(?:T\w+)?$")  # today, yesterday, this morning, tonight
_QUOTED_DAY_TRIM = " \t\"“”'‘’,.;:"
_DAY_PREFIX = re.compile(r"^(\d{4}-\d\d-\d\d)")
_ROW_DAY = re.compile(r"^XXXX-XX-(\d\d)$")  # a row's weekday and day of the month: "Sat 4 ·", "Thursday 14th,"


@lru_cache(maxsize=None)
def _anchor_rx():
    data = load_yaml("timex/anchors.yaml")
    return (
        re.compile(data["tweet_signature"], re.IGNORECASE | re.MULTILINE),
        caption_marks(),
        re.compile("|".join(data["not_publication_marks"]), re.IGNORECASE),
        int(data.get("caption_max_chars", 400)),
    )


@dataclass
class LocalAnchor:
    lo: int
    hi: int
    day: date
    source: str  # "caption", "quote" or "section"
    label: str
    entry: bool = False  # a dated entry (a diary's, a notice's update): times told inside it count on from there
    chronicle: bool = False  # a chronology's section (month_headings): its weekdays count on from the days it tells
    day_of: str | None = None  # the expression whose resolved day it takes, once resolved (``day`` until then)


def _prev_paragraph(text: str, lo: int) -> int:
    """Start of the non-blank line before offset ``lo`` (or ``lo``)."""
    j = lo - 1
    while j > 0 and text[j - 1] in "\n\r \t":
        j -= 1
    if j <= 0:
        return lo
    return text.rfind("\n", 0, j) + 1


def local_anchors(text: str, timexes: list[Timex]) -> list[LocalAnchor]:
    """Tweet signatures and dated captions: the lines they date.

    Only lines holding a day-precise expression can date anything, so only
    those are looked at (a 1 MB text with no such line costs nothing here).
    """
    sig_rx, cap_rx, _, cap_max = _anchor_rx()
    out: list[LocalAnchor] = []
    dated = [tx for tx in timexes if _DAY_PREFIX.match(tx.value)]
    if not dated:
        return out
    lines: dict[tuple[int, int], str | Timex] = {}  # (lo, hi) -> "tweet" / "caption" / the date closing it
    seen: set[tuple[int, int]] = set()
    dated_starts = [t.start for t in dated]
    for tx in dated:
        lo, hi = line_bounds(text, tx.start)
        if (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        if "@" in text[lo:hi] and sig_rx.match(text, lo, hi):
            lines[(lo, hi)] = "tweet"
        elif hi - lo <= cap_max and cap_rx.search(text, lo, hi):
            lines[(lo, hi)] = "caption"
        elif hi - lo <= cap_max and (tail := _caption_tail(text, lo, hi, dated, dated_starts)) is not None:
            lines[(lo, hi)] = tail
    if not lines:
        return out
    starts = [t.start for t in timexes]
    for (lo, hi), kind in sorted(lines.items()):
        if isinstance(kind, Timex):
            day = date.fromisoformat(kind.value[:10])
            out.append(LocalAnchor(lo, hi, day, "caption", f"caption dated {day} at its end ({kind.id})"))
            continue
        for tx in timexes[bisect_right(starts, lo - 1) :]:
            if tx.start >= hi:
                break
            if not _DAY_PREFIX.match(tx.value):
                continue
            day = date.fromisoformat(tx.value[:10])
            if kind == "tweet":
                out.append(LocalAnchor(_prev_paragraph(text, lo), hi, day, "caption", f"tweet dated {day} ({tx.id})"))
            else:
                out.append(LocalAnchor(lo, hi, day, "caption", f"caption dated {day} ({tx.id})"))
    return out


_TAIL_BEFORE = re.compile(r",[ \t]*(?:[A-Z][a-z]+,[ \t]*)?$")  # ", Nov. 2, 2023", ", Thursday, Nov. 2, 2023"
_TAIL_AFTER = re.compile(r"[ \t]*\.?[ \t]*$")
_INNER_SENTENCE_END = re.compile(r"[a-z\d][.!?][ \t]+[A-Z]")


def _caption_tail(text: str, lo: int, hi: int, dated: list[Timex], dated_starts: list[int]) -> Timex | None:
    """The full date closing a one-sentence line after a comma, as a photo caption is dated ("8. Migrants walk
    before sunrise on the highway toward Escuintla, Nov. 2, 2023."): that date, else None."""
    k = bisect_right(dated_starts, hi) - 1
    if k < 0:
        return None
    tx = dated[k]
    if tx.start < lo or not _FULL_DAY.match(tx.value[:10]) or not _TAIL_AFTER.fullmatch(text, tx.end, hi) or \
            _TAIL_BEFORE.search(text, max(lo, tx.start - 14), tx.start) is None:
        return None
    body = LIST_NUMBER.match(text, lo)
    if _INNER_SENTENCE_END.search(text, body.end() if body else lo, tx.start):
        return None  # two sentences: the date closes the last one only
    return tx


_LISTED_AFTER = re.compile(r"[ \t]+\S")


def _dated_lines(text: str, timexes: list[Timex]) -> set[int]:
    """Starts of the full dates (with their year, and perhaps an hour) that open two or more lines and run on
    into text: a list of dated quotations or citations ("2018 Oct. 13 Northern Post (online) The caravan left
    ... last night"), a tracking page's stamps ("01/12/2018 09:05 TIJUANA: ... moved there yesterday"), each
    line told from its own date."""
    found = [tx.start for tx in timexes if (
                 (tx.type == "DATE" and _FULL_DAY.match(tx.value)) or
                 # a tracking page's or a log's stamps: "03/12/2018 16:40 TIJUANA: Delivered."
                 (tx.type == "TIME" and _FULL_DAY.match(tx.value[:10]) and _ENTRY_CLOCK.match(tx.value[10:])))
             and (tx.start == 0 or text[tx.start - 1] == "\n") and _LISTED_AFTER.match(text, tx.end)]
    return set(found) if len(found) >= 2 else set()


def entry_anchors(text: str, timexes: list[Timex], dct: date | None,
                  datelines: list[tuple[int, int, date, Timex]]) -> list[LocalAnchor]:
    """Paragraphs opened by a day ("Oct. 31, Juchitán. After resting on Tuesday, the caravan leaves ..."; a
    diary's or a chronology's entries): the paragraph is told from that day, as a dated caption is.
    ``datelines``: the text's dated datelines (``_dated_datelines``), whose paragraphs are theirs."""
    out: list[LocalAnchor] = []
    if dct is None:
        return out
    listed = _dated_lines(text, timexes)
    dateline_los = {lo for lo, _, _, _ in datelines}
    # (the weekdays told with days are looked up only when a row's bare day needs one)
    told_weekday = weekday_of_dates(text, timexes) if any(_ROW_DAY.match(tx.value) for tx in timexes) else {}
    for tx in timexes:
        row_day = _ROW_DAY.match(tx.value) if tx.id in told_weekday else None  # "Sat 4 · L 02:27 ..."
        if tx.type not in ("DATE", "TIME") or not (_ENTRY_DAY.match(tx.value[:10]) or row_day) or \
                (tx.type == "TIME" and not _ENTRY_CLOCK.match(tx.value[10:])):
            continue
        lo = text.rfind("\n", 0, tx.start) + 1
        if lo == 0:
            continue  # (not the text's first line: a dateline or a headline)
        if not (tx.start in listed or opens_line(text, tx.start, tx.end, heading=True) or (
                _ENTRY_LABEL.fullmatch(text, lo, tx.start) and _ENTRY_LABEL_AFTER.match(text, tx.end)) or (
                _CHAT_STAMP_OPEN.fullmatch(text, lo, tx.start) and text.startswith("]", tx.end)) or (
                not text[lo:tx.start].strip() and _ENTRY_ROW_AFTER.match(text, tx.end)) or (
                _ENTRY_VERSION.fullmatch(text, lo, tx.start) and _ENTRY_VERSION_AFTER.match(text, tx.end))):
            continue
        hi = text.find("\n", tx.end)
        hi = len(text) if hi < 0 else hi
        if hi < len(text) and (_STAMP_ALONE.match(text, tx.end) or _HEADER_REST.match(text, tx.end) or
                               _ENTRY_VERSION.fullmatch(text, lo, tx.start)) and \
                _line_after(text, hi + 1) not in dateline_los:
            # (not a paragraph opened by a dated dateline: "The Linthorpe Clarion · Friday, January 22, 2021" above
            # "CHIQUIMULA, Guatemala, Jan. 20 — ... pulled eleven teeth yesterday": that paragraph is the dateline's)
            hi = _paragraph_end(text, hi + 1)
        if out and out[-1].lo == lo:  # the row's first day heads it: "No. 118 · taken mié 15/1 · for vie 17/1, 05:00"
            out[-1].hi = max(out[-1].hi, hi)
            continue
        if row_day is not None:
            if (got := day_on_weekday_back(int(row_day.group(1)), told_weekday[tx.id], dct)) is None:
                continue
            day = got
        else:
            comp = values.complete(tx.value, dct, "past") if tx.value.startswith("XX") else None
            try:
                day = date.fromisoformat(comp.value[:10] if comp is not None else tx.value[:10])
            except ValueError:
                continue
        if day == dct and text.find("\n\n", 0, lo) < 0:
            continue  # (the byline's own date, "The Saltmarsh Courier · Tuesday, October 6, 2020": no entry's day)
        out.append(LocalAnchor(lo, hi, day, "caption", f"entry dated {day} ({tx.id})", entry=True))
    return out


_DAY_OFFSET = re.compile(r"^DCT:D([+-]\d+)$")  # "5 days ago", "yesterday", "today" as the extractor values them
_POST_STAMP_LINE_MAX = 100  # a post's stamp line is short ("kofi_on_wheels · posted 5 days ago")


def post_anchors(text: str, timexes: list[Timex], dct: date | None) -> list[LocalAnchor]:
    """The posts of a saved forum thread or comment page, each under a line ending in a relative stamp
    ("laura.tx · posted 4 days ago", "ch_rivera · posted yesterday"): a post is told from its own day, the
    stamp counted back from the day the page was saved ("Page saved on Wednesday 27 October 2021"), else from
    publication; it runs to the next stamp (the last one to the end of its paragraph)."""
    if dct is None:
        return []
    stamps: list[tuple[int, int, Timex, int]] = []
    for tx in timexes:
        m = _DAY_OFFSET.match(tx.value)
        if m is None:
            continue
        lo, hi = line_bounds(text, tx.start)
        if hi - lo > _POST_STAMP_LINE_MAX or text[tx.end : hi].strip() or \
                _post_stamp_rx().search(text, lo, tx.start) is None:
            continue
        stamps.append((lo, hi, tx, int(m.group(1))))
    if not stamps:
        return []
    base, base_label = dct, f"publication date {dct}"
    for tx in timexes:
        if tx.start >= stamps[0][0]:
            break
        if tx.type in ("DATE", "TIME") and _EXPLICIT_DAY.match(tx.value) and \
                _saved_on_rx().search(text, max(0, tx.start - 30), tx.start) is not None:
            base, base_label = date.fromisoformat(tx.value[:10]), f"the page saved on {tx.value[:10]} ({tx.id})"
            break
    out: list[LocalAnchor] = []
    for k, (lo, hi, tx, off) in enumerate(stamps):
        day = base + timedelta(days=off)
        end = stamps[k + 1][0] if k + 1 < len(stamps) else _paragraph_end(text, hi + 1)
        if base != dct:
            out.append(LocalAnchor(lo, hi, base, "caption", base_label))  # the stamp itself counts from the save
        out.append(LocalAnchor(hi, end, day, "caption", f"post stamped '{tx.text}' ({tx.id}), counted from "
                                                        f"{base_label}: {day}", entry=True))
    return out


def _line_after(text: str, pos: int) -> int:
    """Start of the first line with text at or after ``pos`` (blank lines skipped)."""
    while pos < len(text) and text[pos] in "\n\r":
        pos += 1
    return pos


def _paragraph_end(text: str, pos: int) -> int:
    """End of the paragraph that starts at or after ``pos`` (a blank line or the end of the text)."""
    m = _BLANK_LINE.search(text, _line_after(text, pos))
    return m.start() if m else len(text)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


class _LocalIndex:
    """Local anchors by kind, in order of precedence, each kind sorted by start: the anchor covering a position
    is found by bisection (a text of thousands of dated lines or section headers stays linear)."""

    _BACK = 4  # anchors of one kind seldom overlap: a few before the last start at or before the position

    def __init__(self, kinds: list[list[LocalAnchor]]):
        self.kinds = [(sorted(k, key=lambda a: a.lo), sorted(a.lo for a in k)) for k in kinds if k]

    def at(self, pos: int) -> LocalAnchor | None:
        for anchors, los in self.kinds:
            k = bisect_right(los, pos)
            for a in reversed(anchors[max(0, k - self._BACK) : k]):
                if a.lo <= pos < a.hi:
                    return a
        return None


DATELINE_MAX_DAYS = 45  # how far before publication a letter's or a communiqué's own date line may be
# "San Pedro Sula, Thursday 21 January 2021", "Guatemala City, 18 January 2021": a place, then the full date
_DATELINE_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?[ \t]*,")
_EXPLICIT_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
SECTION_MAX_DAYS = 7  # how far before publication a section header's day may be (a live blog, a weekly roundup)
_LOG_HEADERS_MIN = 3  # day headers in ascending order that make a log, dated however long before publication
SECTION_AHEAD_DAYS = 14  # how far after publication it may be (an agenda's or a programme's days)
# a heading with no date ("GENERAL", "WHAT WE NEED") closes the dated section above it
_PLAIN_HEADING = re.compile(r"^[ \t]*[A-Z][A-Z0-9 ,&/()'’–—-]{2,50}[ \t]*$", re.M)
_HEADER_TRIM = " \t\r*#:.-—–"


def section_anchors(text: str, timexes: list[Timex], dct: date | None,
                    datelines: list[tuple[int, int, date, Timex]]) -> list[LocalAnchor]:
    """Day headers of a live blog or a roundup: a line that is nothing but a day ("THURSDAY, OCTOBER 1",
    "Monday") dates the lines after it, up to the next such header, as publication dates the rest: "this
    afternoon" under Thursday's header is Thursday afternoon.  A header of two days ("WEDNESDAY AND
    THURSDAY") dates its section by the later one, so that either day named in it is found on or before it.
    Only days at most ``SECTION_MAX_DAYS`` before publication (and not after it) head sections: older ones
    are a chronology's, whose entries tell their own time."""
    if dct is None:
        return []
    heads: list[tuple[int, int, date, Timex]] = []
    day_heads: list[tuple[int, int, date, Timex]] = []  # lines that are nothing but a day
    line_days: list[tuple[int, int, date, Timex]] = []  # the days of the current line
    for tx in timexes + [None]:
        if line_days and (tx is None or tx.start >= line_days[0][1]):
            lo, hi = line_days[0][0], line_days[0][1]
            rest = text[lo:hi]
            for _, _, _, t in reversed(line_days):
                rest = rest[: t.start - lo] + rest[t.end - lo :]
            if (HEADER_JOIN.fullmatch(rest.strip(_HEADER_TRIM)) or _mail_date_rx().fullmatch(rest.strip(_HEADER_TRIM))) \
                    and len(line_days) <= 2:
                day, last = max(d for _, _, d, _ in line_days), line_days[-1][3]
                day_heads.append((lo, hi, day, last))
            elif len(line_days) == 1 and _DATELINE_PLACE.fullmatch(rest.strip(_HEADER_TRIM)) and \
                    _EXPLICIT_DAY.match(line_days[0][3].value):
                day, last = line_days[0][2], line_days[0][3]
                if dct - timedelta(days=DATELINE_MAX_DAYS) <= day <= dct:
                    heads.append((lo, hi, day, last))  # "San Pedro Sula, Thursday 21 January 2021": a letter's date
            line_days = []
        if tx is None:
            break
        if not (tx.type == "DATE" and (_ENTRY_DAY.match(tx.value) or tx.value.startswith("DCT:WD")) or
                tx.type == "TIME" and _ENTRY_DAY.match(tx.value[:10]) and _ENTRY_CLOCK.match(tx.value[10:])):
            continue
        lo, hi = line_bounds(text, tx.start)
        if hi - lo > 80:
            continue  # a line of prose, not a header
        value = tx.value if tx.value[:4].isdigit() else values.complete(tx.value, dct, "past").value
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            continue
        line_days.append((lo, hi, day, tx))
    # a log's or a diary's day headers, three or more in ascending order, date their sections however long
    # before publication ("SAT 13/10", "MON 15/10", "FRI 19/10" in a log copied out on 31 October)
    days = [d for _, _, d, _ in day_heads]
    log = len(days) >= _LOG_HEADERS_MIN and all(a < b for a, b in zip(days, days[1:]))
    heads += [h for h in day_heads
              if log or dct - timedelta(days=SECTION_MAX_DAYS) <= h[2] <= dct + timedelta(days=SECTION_AHEAD_DAYS)]
    dateline_ids = {tx.id for _, _, _, tx in datelines}
    heads += datelines
    heads.sort(key=lambda h: h[0])
    out = []
    for k, (lo, hi, day, tx) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if (plain := _PLAIN_HEADING.search(text, hi + 1, end)) is not None:
            end = plain.start()
        what = "dateline" if tx.id in dateline_ids else "section"
        out.append(LocalAnchor(hi, end, day, "section", f"{what} dated {day} ({tx.id})"))
    return out


def _dated_datelines(text: str, timexes: list[Timex], dct: date) -> list[tuple[int, int, date, Timex]]:
    """A wire dateline with its day ("CIUDAD HIDALGO, Mexico, Jan. 31 — For the forty-odd men ..."): the story
    is told from that day ("yesterday" is the day before it), a day or a few before publication."""
    out = []
    for tx in timexes:
        if tx.start > _DATELINE_HEAD_MAX:
            break  # (the expressions come in text order)
        if tx.type != "DATE" or not _ENTRY_DAY.match(tx.value):
            continue
        lo = text.rfind("\n", 0, tx.start) + 1
        if not _DATELINE_CAPS.fullmatch(text, lo, tx.start) or not _DATELINE_DASH.match(text, tx.end):
            continue
        value = tx.value if tx.value[:4].isdigit() else values.complete(tx.value, dct, "past").value
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            continue
        if dct - timedelta(days=SECTION_MAX_DAYS) <= day <= dct:
            out.append((lo, tx.end, day, tx))
    return out


# "CIUDAD HIDALGO, Mexico, " / "WASHINGTON, " before a dateline's day, " (AP) —" or " —" after it
_DATELINE_CAPS = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]*[A-ZÀ-Ý.]"
                            r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?,[ \t]+")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([A-Za-z .]{1,24}\)[ \t]*)?(?:[—–]|-[ \t])")
_DATELINE_HEAD_MAX = 600  # a dateline opens the story: its day lies this close to the text's start

_OCCASION_HEAD = 400  # characters of the text's head that may name the occasion it reports


@lru_cache(maxsize=None)
def _words_rx(key: str, tail: str = "", lead: str = r"\b") -> re.Pattern:
    """A word list of anchors.yaml as a case-insensitive regex: ``lead``, one of the words, ``tail``."""
    return re.compile(rf"{lead}(?:{_anchor_words(key)}){tail}", re.I)


def _post_stamp_rx() -> re.Pattern:
    """The verb right before a post's relative stamp ("kofi · posted 5 days ago"; ``post_stamp_verbs``)."""
    return _words_rx("post_stamp_verbs", r"[ \t]+$")


def _saved_on_rx() -> re.Pattern:
    """The label right before the day a page was saved ("Page saved on Wednesday 27 October 2021")."""
    return _words_rx("saved_on_labels", r"(?:[ \t]+on)?[ \t]*:?[ \t]*$")


def _occasion_rx() -> re.Pattern:
    """The verb right before an occasion's date ("broadcast Wednesday, June 8"; ``occasion_verbs``)."""
    return _words_rx("occasion_verbs", r"(?:[ \t]+on)?[ \t]+$")


def _mail_date_rx() -> re.Pattern:
    """An e-mail header's label ("Date:"; ``mail_date_labels``)."""
    return _words_rx("mail_date_labels", lead="")


def _written_on_rx() -> re.Pattern:
    """The label right before the day a piece inside the text was written ("Written 27 October 2021";
    ``written_on_labels``)."""
    return _words_rx("written_on_labels", r"(?:[ \t]+on)?[ \t]*:?[ \t]*$")


def _latest(a: ResolvedTimex | None, b: ResolvedTimex | None) -> ResolvedTimex | None:
    """The one of two dates told later in the text (either may be missing)."""
    return a if b is None or a is not None and a.start >= b.start else b


def _anchor_words(key: str) -> str:
    """A word list of anchors.yaml as a regex alternation."""
    return "|".join(re.escape(str(w)) for w in load_yaml("timex/anchors.yaml")[key])


def occasion_anchor(text: str, timexes: list[Timex], dct: date | None) -> list[LocalAnchor]:
    """The body after a header that dates the occasion it reports, at most ``SECTION_MAX_DAYS`` before
    publication (a summary posted the morning after a show, minutes of a meeting)."""
    if dct is None:
        return []
    for tx in timexes:
        if tx.start > _OCCASION_HEAD:
            break
        if tx.type not in ("DATE", "TIME") or not _EXPLICIT_DAY.match(tx.value) or \
                _occasion_rx().search(text, max(0, tx.start - 30), tx.start) is None:
            continue
        day = date.fromisoformat(tx.value[:10])
        if dct - timedelta(days=SECTION_MAX_DAYS) <= day <= dct:
            _, hi = line_bounds(text, tx.start)
            return [LocalAnchor(hi, len(text), day, "section", f"the occasion reported, dated {day} ({tx.id})")]
    return []


_DATED_HEADER_MAX = 100  # a line this short that holds a full date heads the next piece ("Response from the owner, 10 June 2022")


def written_on_anchors(text: str, timexes: list[Timex], dct: date | None) -> list[LocalAnchor]:
    """A piece inside the text stamped with the day it was written (a guest review "Written 27 October 2021"
    on a page saved months later): what it says is told from that day, up to the next line that dates
    another piece."""
    if dct is None:
        return []
    out: list[LocalAnchor] = []
    full = [tx for tx in timexes if tx.type in ("DATE", "TIME") and _EXPLICIT_DAY.match(tx.value)]
    for k, tx in enumerate(full):
        if _written_on_rx().search(text, max(0, tx.start - 20), tx.start) is None:
            continue
        day = date.fromisoformat(tx.value[:10])
        if day >= dct:
            continue
        _, hi = line_bounds(text, tx.start)
        end = len(text)
        for nxt in full[k + 1 :]:
            lo2, hi2 = line_bounds(text, nxt.start)
            if hi2 - lo2 <= _DATED_HEADER_MAX:
                end = lo2
                break
        out.append(LocalAnchor(hi, end, day, "section", f"written on {day} ({tx.id})"))
    return out


def _sentence_bounds(sentences: list[Sentence], starts: list[int], tx: Timex, text: str) -> tuple[int, int]:
    i = bisect_right(starts, tx.start) - 1
    if 0 <= i < len(sentences) and sentences[i].start <= tx.start < sentences[i].end:
        return sentences[i].start, sentences[i].end
    return line_bounds(text, tx.start)


def _resolution_from_value(
    value: str, mod: str | None, anchor_day: date | None
) -> tuple[str, date | None, date | None]:
    """(granularity, start, end) of a complete value (cached: a pure function)."""
    return _interval_of(value, mod, anchor_day)


@lru_cache(maxsize=50_000)
def _interval_of(value: str, mod: str | None, anchor_day: date | None) -> tuple[str, date | None, date | None]:
    if value == "PRESENT_REF":
        return "day", anchor_day, anchor_day
    if value == "PAST_REF":
        return "none", None, anchor_day
    if value == "FUTURE_REF":
        return "none", anchor_day, None
    gran, start, end = cal.interval(value)
    if start is not None and mod in ("START", "MID", "END") and gran not in ("day", "part_of_day", "hour", "minute"):
        start, end = cal.narrow(start, end, mod)
    elif start is not None and end is not None and mod in _OPEN_MODS and gran != "part_of_day":
        # ("before dawn" is the small hours of that day, not every day before it)
        # "1990 or later" = [1990-01-01, open), "post-1959" = [1960-01-01, open), "pre-1990" = (open, 1989-12-31]
        after, inclusive = _OPEN_MODS[mod]
        if after:
            start, end = (start if inclusive else end + timedelta(days=1)), None
        else:
            start, end = None, (end if inclusive else start - timedelta(days=1))
    return gran, start, end


@lru_cache(maxsize=None)
def _habitual_rx() -> re.Pattern:
    words = sorted((str(w).lower() for w in load_yaml("timex/tense.yaml")["habitual"]), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alt})\b(?P<gap>[^.;:!?]*)$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _durative_rx() -> re.Pattern:
    words = sorted((str(w).lower() for w in load_yaml("timex/tense.yaml")["durative_past"]), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{alt})\b[^.;:!?,]*$", re.IGNORECASE)


def _durative_before(text: str, start: int) -> bool:
    """Whether a past verb of a lasting state ("stayed", tense.yaml's durative_past) governs the
    clause that ends at ``start`` ("stayed in the square until Sunday")."""
    return _durative_rx().search(text, max(0, start - _HABITUAL_REACH), start) is not None


def _habitual_cue(text: str, tx: Timex) -> str | None:
    """The habitual adverb ("usually", "typically", tense.yaml) of the clause a yearless date stands in."""
    m = _habitual_rx().search(text, max(0, tx.start - _HABITUAL_REACH), tx.start)
    if m is None or _HABITUAL_BREAK.search(m.group("gap")):
        return None
    return m.group(0)[: m.start("gap") - m.start()]


_BARE_CLOCK = re.compile(r"^REF:D\+0T\d\d:\d\d$")  # "at five", "at noon": an hour of the day told


def _clocks_of_sets(text: str, timexes: list[Timex]) -> set[str]:
    """ids of the hours told right before a set ("at five each morning", "at noon every day"): habits."""
    return {a.id for a, b in zip(timexes, timexes[1:]) if a.type == "TIME" and _BARE_CLOCK.match(a.value)
            and b.type == "SET" and not text[a.end : b.start].strip()}


_HABITUAL_REACH = 80
_HABITUAL_BREAK = re.compile(r",|\b(?:but|while|whereas|although|though)\b")  # ends the adverb's clause


# open-ended mods: (points after the value, the value itself included)
_OPEN_MODS = {"AFTER": (True, False), "ON_OR_AFTER": (True, True), "BEFORE": (False, False), "ON_OR_BEFORE": (False, True)}


def _resolution(value, granularity, start, end, anchor, anchor_source, reason, resolved=True) -> Resolution:
    return trusted(
        Resolution,
        {
            "value": value,
            "granularity": granularity,
            "start": start,
            "end": end,
            "anchor": anchor,
            "anchor_source": anchor_source,
            "reason": reason,
            "resolved": resolved,
        },
    )


def _resolved(tx: Timex, res: Resolution, type_: str | None = None) -> ResolvedTimex:
    values_ = dict(tx.__dict__)
    values_["resolution"] = res
    if type_ is not None:
        values_["type"] = type_
    return trusted(ResolvedTimex, values_)


def _copy_for_appositive(prev: ResolvedTimex | None, tx: Timex, text: str) -> bool:
    """'on Friday, the day after ...': the REF phrase restates the date before it."""
    if prev is None or not prev.resolution.resolved:
        return False
    if prev.type not in ("DATE", "TIME") or prev.resolution.start is None:
        return False
    if _CLOCK_OF_DAY.match(tx.value) and prev.resolution.granularity in ("hour", "minute", "second"):
        return False  # "05:30–21:00": the end of a span of hours, not the start told again
    return _APPOSITIVE_GAP.fullmatch(text, prev.end, tx.start) is not None


_UNSEEN = object()
_DAWN_AFTER_NIGHT = re.compile(r"\b(?:at|by|before|until|till|for|in)\s+$", re.I)  # "left at dawn" after a night
_UNIT_NOW = {"DCT:W+0": "week", "DCT:M+0": "month"}  # "the end of the week / month"
# "by the end of the week" ("until / before the end of the month": ahead)
_BY_THE_END = re.compile(r"\b(?:[Bb]y|[Aa]t|[Tt]owards?|[Aa]round)\s+$")


def _past_end_of_unit(txv: str, ref: ResolvedTimex | None, dct: date) -> tuple[values.Completion, date | None]:
    """"By the end of the week" (month) in a past clause, its end still ahead of publication: the week of the day
    told before (``ref``), if that week's end is past, else the week before; with the day counted from, if any."""
    unit = _UNIT_NOW[txv]
    day = ref.resolution.start if ref is not None and ref.resolution.granularity in _DAY_OR_FINER else None
    if day is not None and day < dct and not _end_ahead(values.complete_uncached(txv, day, None).value, dct):
        comp = values.complete_uncached(txv, day, None)
        comp.reason += f"; a past clause, and the end of the publication's {unit} is still ahead: the {unit} of the " \
                       f"day told before"
        return comp, day
    comp = values.complete_uncached(txv.replace("+0", "-1"), dct, None)
    comp.reason += f"; a past clause, and the end of the publication's {unit} is still ahead: the {unit} before"
    return comp, None


def _end_ahead(value: str, day: date) -> bool:
    """Whether the end part of a week or month value (its last three days; a month's last ten) starts after day."""
    _, _, last = cal.interval(value)
    return last is not None and last - timedelta(days=2 if "W" in value else 9) > day


_FOR_BEFORE = re.compile(r"\b[Ff]or\s+(?:the\s+)?$")
_PERFECT_FOR = re.compile(r"\b(?:has|have)\s+(?:already\s+)?[a-z]+ed\b[^.;!?]*$")
# "climbed to the loft to get it ready for Easter Sunday": what is readied for is the nearest one
_READIED_FOR = re.compile(r"\b(?:ready|prepar(?:e|es|ed|ing)|in\s+time)\b(?:\s+[\w'’]+){0,2}\s+for\s+(?:the\s+)?$")
_CALLED_OFF = re.compile(r"\b(?:called\s+off|cancell?ed|postponed|scrapped|suspended)\s+(?:the\s+)?$", re.I)
_SINCE = re.compile(r"\b[Ss]ince\s+$")
_WHEN_CLAUSE = re.compile(r",[ \t]+when[ \t]")
# "... since Tuesday both have crossed it at walking pace. That was the day the caravan reached here": the
# sentence after it goes back to that day; so does one telling how the state began ("... camped at the complex since
# Nov. 16. At first they slept on cardboard. He took the offcuts to the gate the next evening")
_THAT_WAS_THE_DAY = re.compile(r"\s*(?:(?:That|It) was the (?:day|night|morning|afternoon|evening)|At first|"
                               r"In the first (?:days|hours|nights|weeks))\b")
_AFTER_WORD = re.compile(r"\b[Aa]fter\s+$")  # "shortly after midnight Sunday"
_ON_AFTER = re.compile(r"\s+on\s")  # "just after midnight on Thursday, Oct. 1": the day told after it
_FLASHBACK = re.compile(r"^REF:(?!YD)[A-Z]+-")  # "the day before", "two days earlier" (not "the same date last year")
_ENTRY_STAMP_REACH = 40  # characters from an entry's start to its own stamp ("A_0877.JPG | 2018:04:30 ...")
_MORNING_CLOCK = re.compile(r"^REF:D\+0T(?:(?:0\d|1[01]):\d\d|12:00)$")  # "at 5 a.m.", "at noon" on the story's day
# "left at about 8 p.m. ... was back at the hotel at 1 a.m.": the small hours after an evening are the next day's
_SMALL_HOURS = re.compile(r"^REF:D\+0T0[0-4]:\d\d$")
_SMALL_HOURS_VALUE = re.compile(r"T0[0-4]:\d\d$")  # a resolved time past midnight
_NEXT_DAYS = re.compile(r"^REF:D\+[1-9]\d*(?:T[A-Z]{2})?$")  # "the next afternoon", "two days later"
_EVENING_OF = re.compile(r"T(?:EV|1[89]:\d\d|2\d:\d\d)$")
_POD_OF_DAY = re.compile(r"^REF:D\+0(T(?:MO|AF|EV|NI))$")  # "before dawn", "that night": a part of the day
_CLOCK_OF_DAY = re.compile(r"^REF:D\+0T\d\d:\d\d$")
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")  # a month or a day of a month
# "on Saturday at 10 a.m.", "tomorrow at 6 a.m.", "Friday, around 9 p.m.": the clock time of the day just told
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at|from|by|until|around|about|after|before|near)?\s*(?:about|around|roughly)?\s*", re.I)
_NIGHT_VALUE = re.compile(r"T(?:NI|2[1-4]:\d\d)$")
_MORNING_OF = re.compile(r"T(?:MO|0\d:\d\d|1[01]:\d\d)$")  # a morning hour of a day
_SPENDING_NOW = re.compile(r"\b(?:is|are|will\s+be|'s|'re)\s+spending\s+$", re.I)  # "It is spending the night in ...": tonight
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending|passed)\s+$", re.I)  # "spent the night"
_DURING_BEFORE = re.compile(r"\b(?:during|in|through)\s+$", re.I)  # "had bent during the night"


def _night_like(rt: ResolvedTimex) -> bool:
    """A night, a late hour or "late Friday": what the next morning's hours come after (not an evening: "did
    not resume until the evening. The march set out at about 10 a.m." goes back in the day)."""
    return bool(_NIGHT_VALUE.search(rt.resolution.value)) or (
        rt.mod == "END" and rt.resolution.granularity == "day")
_WEEKS_AGO = re.compile(r"DCT:W-(\d+)")
# "over the past week", "for the last week", "this past week": the seven days up to the anchor,
# not the calendar week before it (a bare "last week" is that calendar week)
_PAST_SEVEN_DAYS = re.compile(r"(?:the|this)\s+(?:past|last)\s+week", re.I)
# a past verb, "in" or "on", then the date: the verb governs it ("left in November", "crossed on
# Nov. 3"): the date is then before the anchor, even eleven months back
# "left (Tapachula) on", "scattered (at Vado Hondo) on"; "arrived there on", "arrived in the city on", "poured out of
# San Pedro Sula with the rest on": an adverb of place and up to two phrases of place or company between
_CLOSE_PAST = re.compile(r"\s+(?:(?:there|here|home|back|away|north|south|east|west)\s+)?"
                         r"(?:(?:at|near|outside|from|into|in|to|toward|towards|out\s+of|through|across|along|past|with)"
                         r"\s+(?:(?:the|a|an|its|their|this|that)\s+)?"
                         r"(?:[A-Z][\w'’.-]*(?:\s+(?:de\s+)?[A-Z][\w'’.-]*){0,2}|[a-z][\w'’-]*)\s+){0,2}"
                         r"(?:[A-Z][\w'’.-]*(?:\s+(?:de\s+)?[A-Z][\w'’.-]*){0,2}\s+|"
                         # ("had quit the Salvadoran capital on Wednesday")
                         r"(?:the|its|their)\s+(?:[A-Z][\w'’.-]*\s+)?[a-z][\w'’-]*\s+)?(?:in|on)\s+")
_UNTIL = re.compile(r"\b(?:[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hru)\s+$")
# "until after the vote on", "until after the U.S. inauguration on"
_UNTIL_AFTER = re.compile(r"\b[Uu]ntil\s+after\s+(?:the\s+)?(?:[^.;,!?]|(?<=[A-Z])\.){0,50}?\s+on\s+$")
# a state holding at the time of telling: "is closed", "are shut", "has stopped taking", "have suspended"
_STATE_NOW = re.compile(r"\b(?:is|are|has|have|remains|remain|stays|stay)\s+(?:(?:still|not|also|now)\s+)?"
                        r"(?:been\s+)?[a-z]+(?:ed|en|ut|ing)\b")
_PAST_AFTER_STATE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")  # "has been closed ... and stayed shut until"


def _state_now(text: str, lo: int, hi: int) -> bool:
    """Does a state told as holding now ("is closed", "has stopped taking tenants") run up to ``hi`` in
    [lo, hi), with no past verb after it?"""
    m = None
    for m in _STATE_NOW.finditer(text, lo, hi):
        pass
    return m is not None and not _PAST_AFTER_STATE.search(text, m.end(), hi)

@lru_cache(maxsize=None)
def _moved_to() -> re.Pattern:
    """"The shoot was moved to August", "postponed to Monday": the new date, the nearest such (told in June: this
    August) (``moved_to_verbs``)."""
    verbs = alternation(load_yaml("timex/anchors.yaml")["moved_to_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:to|until|till)\s+$", re.I)


@lru_cache(maxsize=None)
def _subject_present() -> re.Pattern:
    """"He writes every morning", "She still sends her releases": a present verb after "he" / "she", perhaps after
    one of ``habit_adverbs``."""
    adverbs = alternation(load_yaml("timex/anchors.yaml")["habit_adverbs"])
    return re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:(?:{adverbs})\s+)?[a-z]+[^s\W]s\b")


_CLOCK_TO = re.compile(r"(?:\d\s*[ap]\.?m\.?|\d:\d\d)\s+to\s+$", re.I)  # "6:30 a.m. to 2:10 a.m. Sunday": a span's end
_APPOSITIVE_GAP = re.compile(r"\s*[,(—–-]\s*")
_PRENOMINAL_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
# "the Friday round she had missed": the noun after a weekday, then a pluperfect on it
_MISSED_AFTER = re.compile(r"\s+[a-z]{3,}\s+(?:that\s+|which\s+)?(?:he|she|they|we|i|it)\s+had\s+[a-z]+ed\b")


def _week_back(text: str, value: str, start: date, end: date, anchor: date, why: str) -> tuple[str, date, date, str]:
    """'the past week': the seven days up to the anchor, valued as the ISO week holding most of
    them; other readings of 'DCT:W-1' unchanged."""
    if _PAST_SEVEN_DAYS.fullmatch(text):
        start, end = anchor - timedelta(days=7), anchor
        value = cal.iso_week(anchor - timedelta(days=3))
        return value, start, end, f"the seven days up to the anchor: {start} to {end} (mostly {value})"
    return value, start, end, why


def resolve_timexes(
    text: str,
    sentences: list[Sentence],
    timexes: list[Timex],
    published: datetime | None,
    *,
    published_inferred: bool = False,
) -> list[ResolvedTimex]:
    """Anchor every expression (see module doc); never drops one."""
    with no_cyclic_gc():
        return _resolve(text, sentences, timexes, published, published_inferred)


_YEARLESS_FEAST = re.compile(r"^DCT:HOL:(?P<hol>[a-z_']+)$")  # "Palm Sunday", its year to be told
_FEAST_THEN_DATE = 40  # characters from a feast to the full date that names its day ("... caravan of Dec. 24, 2023")


def _feasts_dated_after(text: str, timexes: list[Timex]) -> dict[str, Timex]:
    """A feast or a day named without its year, followed in its sentence by a full date of that same day ("the
    Christmas Eve caravan of Dec. 24, 2023", "Palm Sunday, March 24, 2024"): the id of each -> that date."""
    out: dict[str, Timex] = {}
    for tx, nxt in zip(timexes, timexes[1:]):
        if nxt.sentence != tx.sentence or not 0 <= nxt.start - tx.end <= _FEAST_THEN_DATE or \
                not _FULL_DAY.match(nxt.value) or "\n" in text[tx.end : nxt.start]:
            continue
        if tx.value.startswith("XXXX-") and tx.value[4:] == nxt.value[4:]:
            out[tx.id] = nxt
        elif (m := _YEARLESS_FEAST.match(tx.value)) is not None and \
                values.year_holiday(f"{nxt.value[:4]}:HOL:{m.group('hol')}") == nxt.value:
            out[tx.id] = nxt
    return out


def _resolve(
    text: str, sentences: list[Sentence], timexes: list[Timex], published: datetime | None, published_inferred: bool
) -> list[ResolvedTimex]:
    dct = published.date() if published else None
    dct_source = "inferred-publication" if published_inferred else "publication"
    # the first kind that covers an expression dates it: captions and tweets, entries, quotations, sections
    history = history_entries(text, timexes)
    history_day = {e.label.id: e for e in history}  # "April 22" / "2019 — ...": the label means 2019-04-22
    history_heads = {e.heading.id for e in history}  # the heading names the day of several years
    set_clocks = _clocks_of_sets(text, timexes)
    history_lines = {e.lo for e in history}
    headings = month_headings(text, timexes, dct)
    heading_month = {tid: value for h in headings for tid, value in h.values}  # "JANUARY" heads 2021's January
    named_by_date = _feasts_dated_after(text, timexes)  # "the Christmas Eve caravan of Dec. 24, 2023"
    datelines = _dated_datelines(text, timexes, dct) if dct is not None else []  # (for entries and sections)
    locals_ = _LocalIndex([[LocalAnchor(e.lo, e.hi, e.day, "caption",
                                        f"entry dated {e.day}: '{e.heading.text}' ({e.heading.id}) in the year of "
                                        f"its label '{e.label.text}' ({e.label.id})") for e in history],
                           local_anchors(text, timexes),
                           entry_anchors(text, timexes, dct, datelines) + post_anchors(text, timexes, dct)
                           + [LocalAnchor(lo, hi, day, "caption", label, entry=True) for lo, hi, day, label in ical_blocks(text)],
                           quote_anchors(text, timexes, dct) + introduced_quote_anchors(text, timexes)
                           + said_then_quote_anchors(text, timexes, dct),
                           [LocalAnchor(h.hi, h.section_end, h.day, "section", h.label, chronicle=True) for h in headings],
                           section_anchors(text, timexes, dct, datelines)
                           + [LocalAnchor(lo, hi, day, "section", label) for lo, hi, day, label in week_sections(text, timexes, dct)],
                           occasion_anchor(text, timexes, dct),
                           written_on_anchors(text, timexes, dct)])
    reader = TenseReader(text) if timexes else None
    events = EventAnchors(text, reader.low) if reader is not None else None
    starts = [s.start for s in sentences]
    dct_label = f"{'inferred ' if published_inferred else ''}publication date {dct}" if dct else ""
    ref: ResolvedTimex | None = None  # latest day-precise date so far
    plan_ref: ResolvedTimex | None = None  # latest day-precise date after publication (a plan's; never ``ref``)
    flash_clocks: set[str] = set()  # hours of a flashback's day ("the night before, and by 10 p.m.")
    year_of_ref: set[str] = set()  # "that year" right after a date it gives the year of: no time of its own
    # a date told inside a quotation ("I got here on the 1st of December") is the story's time only
    # inside that quotation: outside it the latest date told outside quotations stays the reference
    quoted = QuoteSpans(text)
    ref_outside: ResolvedTimex | None = None
    since_span: tuple[int, int] | None = None  # the when-clause after a "since" date, told at that date
    ref_span: tuple[int, int] | None = None  # the quotation of ``ref``, if it was told in one
    period: ResolvedTimex | None = None  # latest quarter/half/month named, for "the 1988 period"
    base: ResolvedTimex | None = None  # the same, not itself a year-back comparison: for "a year earlier"
    ref_any: ResolvedTimex | None = None  # latest resolved calendar date of any granularity
    ref_month: ResolvedTimex | None = None  # latest resolved date that names a month (a month, a day, an hour)
    prev: ResolvedTimex | None = None
    night: ResolvedTimex | None = None  # latest night told ("the night of Thursday, Jan. 2")
    pluperfect_days: set[str] = set()  # weekdays a pluperfect tells before the story's day: no story time
    other_year: ResolvedTimex | None = None  # the latest day told in a year that is not the speech time's
    needs_of: dict[str, str | None] = {}
    out: list[ResolvedTimex] = []
    counted_from = _counted_from(text, timexes)
    told_of = told_years(text, timexes)
    beside = weekday_dates(text, timexes, dct)  # "Friday evening, Oct. 12, 2018": that Friday
    evening_of = {src.id for _, suffix, src in beside.values() if suffix in ("TEV", "TNI")}
    weekday_of = weekday_of_dates(text, timexes)  # "Sunday, Nov. 4": the weekday tells the year
    story: tuple[ResolvedTimex, date] | None = None  # the latest date framing a clause in a year not the publication's
    paragraphs = Paragraphs(text)
    story_week: set[str] = set()  # ids of days told with their weekday ("Thursday, Jan. 14") or counted from one
    after_night: set[str] = set()  # ids of morning hours counted as the morning after a night told ("until 2 a.m.")
    told_with_weekday = set(beside) | {src.id for _, _, src in beside.values()}
    tx_starts = [t.start for t in timexes]
    # sentences telling a day counted from the speech time ("It left late on Monday ... and more were on the road
    # this morning"): their weekdays are the speech time's week, not a story's told before
    speech_day_sentences = {t.sentence for t in timexes if _SPEECH_DAY.match(t.value)}

    def story_days_between(ref: ResolvedTimex, tx: Timex) -> bool:
        """Are all the dates and times told between ``ref`` and ``tx`` days of the story's week ("this week",
        "now", "February" bring the story back to the speech time; so does a habit, "He came back every Sunday
        afternoon. On Monday Mexico stopped ...": the weeks went by)?"""
        i, j = bisect_right(tx_starts, ref.start), bisect_left(tx_starts, tx.start)
        return all(t.type != "SET" and (t.type not in ("DATE", "TIME") or t.id in story_week or
                                        counted_from.get(t.id) == tx.id)  # ("at 4 a.m. on Tuesday": its hour)
                   for t in timexes[i:j])

    def compared_with(tx: Timex, period: ResolvedTimex) -> str | None:
        """The period one year before ``period`` when ``tx`` ("a year earlier") compares with it; not in a
        present-tense clause ("it has 13 facilities in operation, up from seven a year ago": the present)."""
        shifted = _comparable_period(tx, period, text)
        if shifted is None:
            return None
        lo, hi = _sentence_bounds(sentences, starts, tx, text)
        if period.resolution.granularity == "month" and not text[lo:tx.start].strip(" \"'\u201c\n"):
            # "The list began in October 2018 ... A year ago, when Mexico handed out visas, ...": opening its
            # sentence after a month it tells its own time ("A year earlier UniFirst earned $2.4 million", after
            # "the fourth quarter", still compares)
            return None
        return None if reader.tense(tx.start, tx.end, lo, hi, keep_present=True) == "present" else shifted

    done: dict[str, ResolvedTimex] = {}

    def habit_clock(tx: Timex, local: LocalAnchor | None) -> bool:
        """Is ``tx`` an hour of a habit: right after a set ("on Mondays and Wednesdays from three to five"), or in a
        present-tense sentence (no tense cue: with a set, or a present verb after "he" / "she") that tells no day
        ("He starts at half past six"); not in a quotation, a log line, a list item or "It is five in the
        morning"?"""
        if not _BARE_CLOCK_REF.match(tx.value) or local is not None or quoted.at(tx.start) is not None or \
                _LISTED_LINE.match(text, line_bounds(text, tx.start)[0], tx.start) or \
                _IT_IS.search(text, max(0, tx.start - 24), tx.start):
            return False
        same = [o for o in timexes if o.sentence == tx.sentence and o is not tx]
        if any(o.type == "DATE" and not _YEAR_VALUE.match(o.value) or
               o.type == "TIME" and not _BARE_CLOCK_REF.match(o.value) for o in same):
            return False  # ("since 2012" tells no day)
        if any(o.type == "SET" and 0 <= tx.start - o.end <= _SET_CLOCK_REACH for o in same):
            return True
        before = [o for o in same if o.end <= tx.start]
        if before and before[-1].rule == "time_word_hour_range_from" and \
                (b := done.get(before[-1].id)) is not None and b.resolution.value.startswith("XXXX-XX-XXT"):
            return True  # ("from three to five": the end of a habit's hours)
        lo, hi = _sentence_bounds(sentences, starts, tx, text)
        tense = reader.tense(tx.start, tx.end, lo, hi, keep_present=True, keep_scheduled=True)
        return tense in ("present", "scheduled") or tense is None and (
            any(o.type == "SET" for o in same) or _subject_present().search(text, lo, tx.start) is not None)

    def keep_as_told(tx: Timex, value: str, why: str) -> None:
        """An expression no anchor dates (a heading of several years, a habit), kept as ``value``, with the reason."""
        rt = _resolved(tx, _resolution(value, "none", None, None, None, "none", why, False))
        out.append(rt)
        done[tx.id] = rt

    for tx in _in_anchoring_order(timexes, counted_from):
        told = tx  # the expression as extracted (its value may carry a month part)
        if ref_span is not None and not ref_span[0] <= tx.start < ref_span[1]:
            if (q := quoted.at(tx.start)) is not None and q[0] >= ref_span[1] and \
                    same_voice_between(text, ref_span[1], q[0]):
                # '"On the 23rd I sold until the lamps came on," he said. "The next morning the square was
                # empty"': the same speaker goes on with the story of the quotation before
                ref_span = q
            else:
                ref, ref_span = ref_outside, None
        part = None
        if tx.value[-3:-2] == ":" and (mp := values.MONTH_PART_RE.match(tx.value)):
            # "the first week of November" = XXXX-11:W1: the month is resolved as any month, then narrowed
            part, tx = mp.group("part"), tx.model_copy(update={"value": mp.group("month")})
        if tx.id in history_heads:
            keep_as_told(tx, tx.value, f"'{tx.text}' heads entries of several years (history list): no year of its "
                                       f"own; kept as {tx.value}")
            continue
        if (entry := history_day.get(tx.id)) is not None:
            tx = tx.model_copy(update={"value": entry.day.isoformat()})
        if (heading := heading_month.get(tx.id)) is not None:
            tx = tx.model_copy(update={"value": heading})
        if (after := named_by_date.get(tx.id)) is not None:
            tx = tx.model_copy(update={"value": after.value})
        shifted = None
        story_year_used = False
        days_after = False  # a span of days counted from the day after the story's day ("the next two days")
        bounds: tuple[int, int] | None = None  # the expression's sentence, computed when first needed
        # a set ("each July" = XXXX-07) recurs: nothing to anchor (though "July" alone, the same value, needs one)
        need = None if tx.type == "SET" else needs_of.get(tx.value, _UNSEEN)
        if need is _UNSEEN:
            need = needs_of[tx.value] = values.needs_anchor(tx.value)
        local = locals_.at(tx.start)
        if local is not None and local.lo in history_lines and _DEICTIC.match(tx.value):
            local = None  # "Today is the fifth anniversary" in a history entry: the list's own today
        if local is not None and local.day_of is not None and (src_rt := done.get(local.day_of)) is not None and \
                src_rt.resolution.start is not None and src_rt.resolution.start != local.day:
            # "In a message on Dec. 26 [the one of last year's story] she wrote: 'Yesterday ...'": that Dec. 26
            day = src_rt.resolution.start
            local = replace(local, day=day, label=intro_label(day, src_rt.text, src_rt.id))
        speech_day, speech_src, speech_label = (local.day, local.source, local.label) if local else (dct, dct_source, dct_label)
        tense = None
        anchor_day: date | None = None
        anchor_src = "none"
        anchor_label: str | None = None
        why = ""
        if (
            tx.type == "DURATION"
            and speech_day is not None
            and (ahead := _point_ahead(tx, text)) is not None
            and reader.tense(tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) == "future"
        ):
            # "would be redeemed in five years", "will reach the border in two weeks": a point that far ahead
            comp = values.complete(ahead, speech_day, None)
            gran, start, end = _resolution_from_value(comp.value, tx.mod, speech_day)
            if comp.start is not None:
                start, end = comp.start, comp.end  # "in four to six weeks": from the fourth week to the sixth
            why = f"'in {tx.text}' in a future clause: {comp.reason} from the speech time"
            res = _resolution(comp.value, gran, start, end, speech_label, speech_src, _sentence(tx, comp.value, why, speech_label))
            rt = _resolved(tx, res, type_="DATE")
            out.append(rt)
            done[tx.id] = rt
            prev = rt
            continue
        if tx.id in set_clocks:
            # "it reaches him at five each morning": the hour of every morning, no day of its own
            value = "XXXX-XX-XX" + tx.value[-6:]
            keep_as_told(tx, value, f"'{tx.text}' told with the set right after it: any day's, not one; kept as {value}")
            continue
        if habit_clock(tx, local):
            # "He starts at half past six", "She works from eight to two, six days a week", "They practised on
            # Mondays and Wednesdays from three to five": a habit's hour, any day's
            keep_as_told(tx, "XXXX-XX-XX" + tx.value[-6:], f"'{tx.text}' in a sentence of a habit that tells no day: "
                         f"a habit's hour, any day's, not one; kept as XXXX-XX-XX{tx.value[-6:]}")
            continue
        if tx.type == "DATE" and tx.value.startswith("XXXX-") and (cue := _habitual_cue(text, tx)) is not None:
            # "is usually conducted in the second and fourth quarters": any year's, not one date
            keep_as_told(tx, tx.value,
                         f"'{tx.text}' in a habitual clause ('{cue}'): any year's, not one date; kept as {tx.value}")
            continue
        # a season, a feast or a month named without its year after a day of a story of an earlier year than the
        # speech time's (the two story-year branches below)
        # (not past a year that frames a sentence after that day: "In 2018 ... on Palm Sunday, March 25 ... In 2019
        # the Holy Week walkers"; nor a span up to now: "... the one of Jan. 15 last year ... // Since Easter the
        # market has been quiet")
        yearless = _YEARLESS.match(tx.value) if (
            need == "dct" and dct is not None and ref is not None and ref.resolution.start is not None and
            ref_span is None and tx.id not in told_of and ref.resolution.start.year < dct.year and
            (local is None or local.source == "section") and not (story is not None and story[0].start > ref.start)
            and not _SINCE_OPENS.search(text, max(0, tx.start - 8), tx.start)) else None
        if tx.value.endswith(":PERIOD"):
            value, why = _period_of_year(tx.value[:4], period)
        elif need is None:
            value = tx.value
            if (feast := values.year_holiday(value)) is not None:
                value = feast  # "Palm Sunday 2018": 2018-03-25
            anchor_day = speech_day  # for PRESENT_REF & co.
            if tx.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and speech_day:
                anchor_src, anchor_label = speech_src, speech_label
            why = "explicit expression" if tx.type in ("DATE", "TIME") else ""
            if feast is not None:
                why = f"a movable feast told with its year: its day in {value[:4]}"
            if after is not None:
                why = f"the day of the date told right after it ('{after.text}')"
            if heading is not None:
                why = (f"a month heading of a chronology read back from the publication date: the latest such month "
                       f"on or before the next heading's ({heading})")
            if entry is not None:
                why = (f"the label of a history entry under the heading '{entry.heading.text}' "
                       f"({entry.heading.id}): that day in {told.text}")
        elif base is not None and not _compares_with_own_sentence(tx, prev, base) and \
                (shifted := compared_with(tx, base)) is not None:
            value = shifted
            anchor_day = base.resolution.start
            anchor_src, anchor_label = "reference", f"{base.id} = {base.resolution.value}"
            why = f"the same period one or more years before ('{base.text}' = {base.resolution.value})"
        elif (tx.rule in ("rel_the_weekday", "rel_ref_weekday") or tx.value.startswith("DCT:WD")) and \
                prev is not None and prev.resolution.granularity == "day" and prev.sentence == tx.sentence and \
                prev.resolution.start is not None and (_ON_THE_GAP.fullmatch(text, prev.end, tx.start) or
                                                       prev.rule == "rel_before_event" and
                                                       _EVENT_ON_THE_GAP.fullmatch(text, prev.end, tx.start)) and \
                (wd_m := _WEEKDAY_OF_VALUE.match(tx.value)) is not None and \
                prev.resolution.start.isoweekday() == int(wd_m.group(1)):
            # "Two days later, on the Sunday, the column met a wall of soldiers", "Two days earlier, before dawn on
            # Friday, several thousand Hondurans had taken to the highway", "A week after it left, on the following
            # Saturday, the column reached the Suchiate": the day just counted, named
            value = prev.resolution.value[:10] + tx.value[wd_m.end() :]
            anchor_day, anchor_src = prev.resolution.start, "reference"
            anchor_label = f"{prev.id} = {prev.resolution.value}"
            why = f"restates the day told right before it ('{prev.text}'), a {prev.resolution.start:%A}"
        elif need == "dct" and prev is not None and prev.resolution.granularity in ("day", "part_of_day") and \
                restates_day(text, tx, prev.resolution.value, prev.end):
            value = prev.resolution.value[:10]
            anchor_day, anchor_src, anchor_label = prev.resolution.start, "reference", f"{prev.id} = {prev.resolution.value}"
            why = f"restates the day told before it ('{prev.text}'), a {prev.resolution.start:%A}"
        elif yearless is not None and yearless.lastgroup == "feast" and prev is not None and \
                prev.sentence == tx.sentence and (on := feast_in_season(tx.value, prev)) is not None:
            # "And that spring [2019], the caravan that left Tapachula on Holy Monday came past", after "That
            # October, on the 12th": the feast of the season told with it, not the one nearest the day before
            value = on
            anchor_day, anchor_src = prev.resolution.start, "reference"
            anchor_label = f"{prev.id} = {prev.resolution.value}"
            why = f"in the season told before it in its sentence ('{prev.text}' = {prev.resolution.value})"
        elif (yearless is not None and tx.sentence - _STORY_WEEK_SENTENCES <= ref.sentence <= tx.sentence and
              _pluperfect().search(text, _clause_start(text, (bounds := bounds or _sentence_bounds(
                  sentences, starts, tx, text))[0], tx.start), tx.start)
              or yearless is None and need == "dct" and _MONTH_DAY.match(tx.value) and ref is not None and
              ref.resolution.start is not None and dct is not None and ref.resolution.start.year < dct.year and
              ref_span is None and tx.id not in told_of and (local is None or local.source == "section") and
              ref.resolution.granularity in ("day", "part_of_day") and tx.sentence - 1 <= ref.sentence < tx.sentence
              and _main_pluperfect(text, _clause_start(text, (bounds := bounds or _sentence_bounds(
                  sentences, starts, tx, text))[0], tx.start), tx.start)) and \
                (cal.interval(on := values.complete_uncached(tx.value, ref.resolution.start, "past").value)[1]
                 or dct) <= ref.resolution.start:
            # "... was crossing on rafts at first light the next morning [28-29 October 2018]. Walking had worked
            # before. The spring caravan had set out from Tapachula on Palm Sunday", told in 2019: a pluperfect
            # tells a time before the story's, the last such feast, month or season before its day; so does one
            # right after a day of an earlier year for a day ("The Via Crucis of that spring set off on the Monday
            # of Holy Week, April 11 [2022] ... The first caravan of that year had left the same park on Jan. 29",
            # told in 2023; not a relative clause's pluperfect: ``_main_pluperfect``)
            value = on
            anchor_day, anchor_src = ref.resolution.start, "reference"
            anchor_label = f"{ref.id} = {ref.resolution.value}"
            why = (f"a pluperfect clause after '{ref.text}' ({ref.resolution.value}), a day of an earlier year than "
                   f"the speech time's: the last one before that day") if yearless is not None else \
                (f"a pluperfect clause right after '{ref.text}' ({ref.resolution.value}), a day of an earlier year "
                 f"than the speech time's: the last such day before it")
        elif yearless is not None and tx.sentence - 1 <= ref.sentence <= tx.sentence and \
                not (ref.sentence != tx.sentence and _OPENS_PARAGRAPH_IN.search(text, max(0, tx.start - 8), tx.start)
                     and not paragraphs.same(ref.end, tx.start)) and not _other_year_between(out, ref, tx) and \
                not _DETERMINER_BEFORE.search(text, max(0, ref.start - 6), ref.start) and \
                not _SINCE_NOW.search(text, max(0, tx.start - _SINCE_NOW_REACH), tx.start) and \
                reader.tense(tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) \
                != "future" and \
                (cal.interval(on := _in_story_year(tx.value, yearless, ref.resolution.start))[1] or dct) <= dct:
            # "It was Sunday, April 29, 2018, and the spring caravan had reached ...", "on Palm Sunday, March 25 ...
            # President Trump tweeted about it on Easter Sunday", "in November 2018 ... deported in February", told
            # years on: a season, a feast or a month named without its year right after a day of an earlier year
            value = on
            anchor_day, anchor_src = ref.resolution.start, "reference"
            anchor_label = f"{ref.id} = {ref.resolution.value}"
            why = (f"named without its year right after '{ref.text}' ({ref.resolution.value}), a day of an earlier "
                   f"year than the speech time's: {_STORY_YEAR_HOW[yearless.lastgroup]}")
        elif need == "dct" and (wd_ref := (
                ref if ref is not None and ref.resolution.start is not None and story_day_weekday(
                    text, tx, ref.resolution.value,
                    ref.rule in _weeks_ago_today_rules() and tx.sentence - 1 <= ref.sentence <= tx.sentence) else
                # ("six days before that, on a Sunday, another group had been scattered": the day counted just
                # before it, in its sentence)
                prev if prev is not None and prev.sentence == tx.sentence and prev.resolution.start is not None and
                prev.resolution.granularity == "day" and story_day_weekday(text, tx, prev.resolution.value) else
                None)) is not None:
            value = wd_ref.resolution.value[:10] + (tx.value[7:] if "T" in tx.value else "")
            anchor_day, anchor_src = wd_ref.resolution.start, "reference"
            anchor_label = f"{wd_ref.id} = {wd_ref.resolution.value}"
            why = f"a {wd_ref.resolution.start:%A}, the story's day ('{wd_ref.text}')"
        elif need == "dct" and _PLAIN_WEEKDAY.match(tx.value) and ref is not None and speech_day is not None \
                and tx.id not in beside and ((ref.sentence == tx.sentence or ref.sentence == tx.sentence - 1 and paragraphs.same(ref.end, tx.start)
                      and _with_told_year(ref, done, text))  # (a day told with its year in the sentence before)
                     and (local is None or local.source == "section")
                     and ref.resolution.start is not None and ref.resolution.start < speech_day - timedelta(days=_STORY_BACK_DAYS)
                     or local is not None and local.chronicle and ref.start >= local.lo and paragraphs.same(ref.end, tx.start)) \
                and ref.resolution.granularity in _DAY_OR_FINER and ref.resolution.start is not None \
                and reader.tense(tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) != "future":
            # "walked out on the Monday night, January 14th, and the big group went on Tuesday" told two years
            # on: the Tuesday after the day the sentence tells, not the one before publication (news tells a
            # weekday of the last days even beside an older date: "since ... on Feb. 20 ... found Sunday")
            comp = values.complete_uncached(tx.value, _weekend_from(tx.value, ref), "future")
            value = comp.value
            anchor_day, anchor_src, anchor_label = ref.resolution.start, "reference", f"{ref.id} = {ref.resolution.value}"
            why = (f"the first {_day_name(value)} from the day its paragraph tells ('{ref.text}'), "
                   f"in a chronology's section" if local is not None and local.chronicle else
                   f"the first {_day_name(value)} from the day "
                   f"{'its sentence' if ref.sentence == tx.sentence else 'the sentence before'} tells ('{ref.text}'), "
                   f"which is more than {_STORY_BACK_DAYS} days before the speech time")
        elif need == "dct" and ref is not None and speech_day is not None and ref.resolution.start is not None and (
                (noun_day := _pluperfect_noun_day(text, tx, ref, speech_day)) or
                _PLAIN_WEEKDAY.match(tx.value) and tx.id not in beside and (local is None or local.source == "section")
                and ref.sentence == tx.sentence - 1 and ref.resolution.granularity in _DAY_OR_FINER
                and ref.resolution.start < speech_day
                and _pluperfect_governs(text, (bounds := bounds or _sentence_bounds(sentences, starts, tx, text))[0],
                                        tx.start)
                and reader.tense(tx.start, tx.end, *bounds) == "past"):
            # "The latest reached the town on the evening of Tuesday, April 25. It had left Tapachula, 25 miles back
            # down the coastal road, on Monday morning": a pluperfect's weekday is the one on or before the story's
            # day, not the one before publication; so is a weekday naming a noun a pluperfect tells after it, in a
            # sentence about an earlier day ("On Sunday, Jan. 17, she drove out to make up the Friday round she had
            # missed")
            comp = values.complete_uncached(tx.value, ref.resolution.start, "past")
            value = comp.value
            anchor_day, anchor_src = ref.resolution.start, "reference"
            anchor_label = f"{ref.id} = {ref.resolution.value}"
            why = f"the {_day_name(value)} on or before " + (
                f"the day its sentence tells ('{ref.text}'), a pluperfect's noun" if noun_day else
                f"the story's day ('{ref.text}'), in a pluperfect clause")
            pluperfect_days.add(tx.id)
        elif need == "dct" and _PLAIN_WEEKDAY.match(tx.value) and ref is not None and speech_day is not None \
                and ref.id in story_week and tx.id not in beside and (local is None or local.source == "section") \
                and speech_before().search(text, max(0, tx.start - 40), tx.start) is None \
                and tx.sentence - _STORY_WEEK_SENTENCES <= ref.sentence <= tx.sentence and story_days_between(ref, tx) \
                and not _back_to_now().search(text, ref.end, tx.start) \
                and tx.sentence not in speech_day_sentences \
                and ref.resolution.start is not None and ref.resolution.start < speech_day - timedelta(days=_STORY_WEEK_DAYS) \
                and (cal.interval((comp := values.complete_uncached(
                    tx.value, _weekend_from(tx.value, ref),
                    "past" if (since := _SINCE.search(text, max(0, tx.start - 8), tx.start)) else "future")
                                   ).value)[1] or speech_day) <= speech_day \
                and reader.tense(tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) == "past":
            # a story told day by day with the weekdays of an earlier week ("on the evening of Thursday, Jan. 14
            # ...; the rest followed before dawn on Friday", told on 8 February): the first such day after the
            # day told just before it, not the one before publication
            value = comp.value
            anchor_day, anchor_src, anchor_label = ref.resolution.start, "reference", f"{ref.id} = {ref.resolution.value}"
            # ("... he was among the thousands who crossed on the following Saturday, after waiting on the bridge
            # since Friday": since points back, to the Friday before it)
            counted = "the weekend of the day" if _weekend_from(tx.value, ref) != ref.resolution.start else \
                f"the {_day_name(value)} on or before the day" if since else \
                f"the first {_day_name(value)} after the day"
            why = (f"{counted} told before it ('{ref.text}'), in a "
                   f"past clause of a story told day by day more than {_STORY_WEEK_DAYS} days before the speech time")
        elif need in ("dct", "ref") and (wd_day := beside.get(tx.id)) is not None:
            day_, suffix, src = wd_day
            value = day_.isoformat() + suffix
            anchor_day, anchor_src, anchor_label = day_, "reference", f"{src.id} = {src.value}"
            why = f"the date beside it ('{src.text}'), a {day_:%A}"
        elif need == "dct" and _MONTH_DAY.match(tx.value) and prev is not None and prev.resolution.start is not None \
                and prev.resolution.value[4:10] == tx.value[4:10] and _copy_for_appositive(prev, tx, text):
            # "It left the next day, June 6": the day counted just before it, named
            value = prev.resolution.value[:4] + tx.value[4:]
            anchor_day, anchor_src, anchor_label = prev.resolution.start, "reference", \
                f"{prev.id} = {prev.resolution.value}"
            why = f"names the day beside it ('{prev.text}' = {prev.resolution.value})"
        elif need == "dct" and (told_by := told_of.get(tx.id)) is not None and told_by[1] == "that_year" and \
                (told_in := _latest(_latest(ref, ref_any), story[0] if story is not None else None)) is not None and \
                told_in.resolution.start is not None:
            # "the day he walked out of San Pedro Sula, 13-10-18 ... slept at the sports complex from Nov. 16 that
            # year": the Nov. 16 of the year of the story's time; "the one of October 2019 ..., who left on Oct. 12
            # that year": of the latest date told, a month will do; "came the year before. On Oct. 20 of that
            # year": the story's year that sentence set
            value = in_year_value(tx.value, told_in.resolution.start.year)
            anchor_day, anchor_src, anchor_label = told_in.resolution.start, "reference", \
                f"{told_in.id} = {told_in.resolution.value}"
            why = f"the year of the story's time ('{told_in.text}'), told by '{told_by[0].text}' right after it"
            year_of_ref.add(told_by[0].id)
        elif need == "dct" and dct is not None and (told_by := told_of.get(tx.id)) is not None and \
                told_by[1] == "of_year":
            src = told_by[0]
            value = of_year_value(tx.value, src.value, dct.year, dct.month)
            if src.rule == "date_the_year" and (src_rt := done.get(src.id)) is not None and \
                    src_rt.resolution.value.isdigit() and src_rt.resolution.value != f"{dct.year:04d}":
                # "Last year ...: the first caravan of the year, which set off on Jan. 29": the year 'the year' took
                value = in_year_value(tx.value, int(src_rt.resolution.value))
            anchor_day, anchor_src, anchor_label = dct, "publication", f"publication date {dct}"
            why = f"the year of '{src.text}' " + ("right after it" if src.start > tx.start else "told before it")
            if src.start > tx.start:
                # ("on Jan. 15 this year ... two days later": the year tells no time of its own)
                year_of_ref.add(src.id)
        elif need == "dct" and (told_by := told_of.get(tx.id)) is not None and told_by[1] in ("group_year", "in_year"):
            src = told_by[0]
            value = in_year_value(tx.value, int(src.value))
            anchor_day, anchor_src, anchor_label = date(int(src.value), 12, 31), "reference", f"{src.id} = {src.value}"
            why = f"the year of the caravan named before it ('... of {src.text}')" if told_by[1] == "group_year" else \
                f"the year told right after it ('in {src.text}')"
        elif need == "dct" and (told_by := told_of.get(tx.id)) is not None and told_by[1] == "ref_year" and \
                (src_rt := done.get(told_by[0].id)) is not None and src_rt.resolution.granularity == "year" and \
                src_rt.resolution.start is not None:
            value = in_year_value(tx.value, src_rt.resolution.start.year)
            anchor_day, anchor_src, anchor_label = src_rt.resolution.start, "reference", \
                f"{src_rt.id} = {src_rt.resolution.value}"
            why = f"the year of '{src_rt.text}' ({src_rt.resolution.value}), which opens its sentence"
        elif need == "dct" and (told_by := told_of.get(tx.id)) is not None and told_by[1] == "of_month" and \
                (src_rt := done.get(told_by[0].id)) is not None and \
                (value := _of_month_value(tx, src_rt.resolution, weekday_of, dct)) is not None:
            anchor_day, anchor_src, anchor_label = src_rt.resolution.start, "reference", \
                f"{src_rt.id} = {src_rt.resolution.value}"
            why = f"the year of '{src_rt.text}' ({src_rt.resolution.value}), the month or season told just before it"
        elif need == "dct" and (told_by := told_of.get(tx.id)) is not None and \
                told_by[1] not in ("of_month", "that_year", "ref_year") and \
                cal.interval(told_by[0].value)[1] is not None and \
                not _told_year_off_weekday(tx, told_by, weekday_of) and (told_by[1] != "told" or reader.tense(
                tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) != "future"):
            # (a future clause is told from the speech time: "invited in July 1997, will join on March 12")
            src, how = told_by
            src_day = cal.interval(src.value)[1]  # (told_years only gives explicit month or day values)
            anchor_day, anchor_src, anchor_label = src_day, "reference", f"{src.id} = {src.value}"
            if how == "listed":
                value = listed_value(tx.value, src.value)
                why = f"the year of '{src.text}', the date it is listed with"
            elif how == "told" and src.sentence == tx.sentence and src.start < tx.start and src.value[:4].isdigit() \
                    and _MONTH_DAY_TIME.match(tx.value) and reader.tense(
                    tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) == "past":
                # "one in January 2020, ..., and one in the autumn, which pulled away ... on Oct. 1": a day told
                # after a date of the sentence, in the past, is the first such day from it (not the Oct. 1 nearest
                # before it; not "the same route in late January 2023; deposits by 30 September", a deadline)
                comp = values.complete_uncached(tx.value, src_day, "future")
                value = comp.value
                why = f"the year of '{src.text}', told before it in the sentence: the first such day from it"
            elif src.value.isdigit() and len(src.value) == 4 and _MONTH_DAY.match(tx.value):
                # "The Christmas Eve caravan of 2023 came first": the day in that year (not the one nearest the
                # year's first day, in the year before)
                value = in_year_value(tx.value, int(src.value))
                why = f"the year of '{src.text}', told {'after' if src.start > tx.start else 'before'} it"
            else:
                comp = values.complete_uncached(tx.value, src_day, None)
                value = comp.value
                where = "in the sentence" if src.sentence == tx.sentence else "in the sentence before"
                how = "told with the date it is listed with" if how == "partner" else \
                    f"told {'after' if src.start > tx.start else 'before'} it {where}"
                why = f"the year of '{src.text}', {how}: {comp.reason}"
        elif need == "dct" and _MONTH_DAY.match(tx.value) and (start_rt := _span_start(tx, out, text)) is not None:
            # "from the 16th the walkers are sheltered in the sports complex, used until 30 November": the end of
            # a span whose start its sentence tells is the first such day from that start
            comp = values.complete_uncached(tx.value, start_rt.resolution.start, "future")
            value = comp.value
            anchor_day, anchor_src, anchor_label = start_rt.resolution.start, "reference", \
                f"{start_rt.id} = {start_rt.resolution.value}"
            why = (f"the end of a span from '{start_rt.text}' ({start_rt.resolution.value}) told before it: "
                   f"{comp.reason}")
        elif need == "dct" and (month_src := _month_of_bare_day(tx, ref_month, paragraphs,
                                                                weekday_of.get(tx.id))) is not None and not (
                # "told me on Tuesday [Jan. 2] ... 'On the 23rd I sold until the lamps came on'": a day gone by,
                # not the 23rd still ahead in Tuesday's month
                dct is not None and month_src[1] > dct and reader.tense(
                    tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) == "past"):
            value, anchor_day = month_src
            anchor_src, anchor_label = "reference", f"{ref_month.id} = {ref_month.resolution.value}"
            why = f"day {int(tx.value[8:10])} of the month told before it ('{ref_month.text}')"
            value, why = _on_its_weekday(tx, value, why, weekday_of)  # "Monday the 20th": that month's 20th
        elif need == "ref" and prev is not None and _copy_for_appositive(prev, tx, text):
            value = prev.resolution.value
            if tx.value.startswith("REF:D") and "T" not in tx.value and _DAY_PREFIX.match(value):
                value = value[:10]  # "at dawn on Wednesday, two days after ...": the day, not its dawn
            elif _CLOCK_OF_DAY.match(tx.value) and _DAY_PREFIX.match(value):
                value = value[:10] + tx.value[7:]  # "Wednesday, June 8, 2022, 19:00": that day at that hour
            elif (pod := _POD_OF_DAY.match(tx.value)) and _DAY_PREFIX.match(value) and len(value) == 10:
                value += pod.group(1)  # "Two days ago, before dawn,": that day's morning
            anchor_day = prev.resolution.start
            anchor_src, anchor_label = "reference", f"{prev.id} = {prev.resolution.value}"
            why = f"restates the date beside it ('{prev.text}' = {prev.resolution.value})"
        else:
            # a live page's time stamp ("9:45 a.m." on a line of its own) is a time of the page's (or its
            # section's) day, not of the story told above it
            use = None if tx.type == "TIME" and timestamp_line(text, tx.start, tx.end) else ref
            on_a_day = False  # the anchor is a day or finer ("a week later" is then a day)
            if need == "ref" and use is ref and plan_ref is not None and (ref is None or plan_ref.start > ref.start) \
                    and tx.sentence - plan_ref.sentence <= 1 and (reader.tense(
                        tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text)))) in (
                        "future", None if plan_ref.sentence == tx.sentence and _CLOCK_OF_DAY.match(tx.value) else "future"):
                # "a rally ... on Sunday at noon. After that they plan to ... ask for asylum the same afternoon":
                # a plan's relative time is counted from the plan's day told just before it; so is the hour of
                # a programme's day in its sentence ("This Thursday, Holy Thursday, we wash feet at 7 p.m.")
                use = plan_ref
            event_word = None
            origin = done.get(counted_from.get(tx.id, ""))
            if need == "ref" and _COARSE_REF.match(tx.value) and ref_any is not None:
                use = ref_any  # "the following month", "later that year": any calendar date will do
            if need == "ref" and origin is not None and origin.resolution.start is not None:
                use = origin  # "the day before last Tuesday's hearing": counted from the date that follows
            elif need == "ref" and prev is not None and _CLOCK_OF_DAY.match(tx.value) and \
                    prev.resolution.granularity in ("day", "part_of_day") and prev.resolution.start is not None and \
                    _DAY_THEN_CLOCK.fullmatch(text, prev.end, tx.start):
                use = prev  # "A Mass will be held on Saturday at 10 a.m.": that Saturday, though it is still ahead
            elif need == "ref" and prev is not None and _CLOCK_OF_DAY.match(tx.value) and _FLASHBACK.match(prev.value) \
                    and prev.sentence == tx.sentence and prev.resolution.start is not None and \
                    prev.resolution.granularity in ("day", "part_of_day"):
                use = prev  # "They had come for their bags the night before, and by 10 p.m. she had handed back 61"
                flash_clocks.add(tx.id)  # (a flashback's hour: the story does not move back to it)
            elif need == "ref" and prev is not None and _CLOCK_OF_DAY.match(tx.value) and prev.id in pluperfect_days \
                    and prev.sentence == tx.sentence and prev.resolution.start is not None:
                use = prev  # "had gone north on Monday ..., and he had sent her a message from the road at six in the
                flash_clocks.add(tx.id)  # morning": the hour of the day the pluperfect told, no story time
            elif need == "ref" and events.dated:
                bounds = lo, hi = _sentence_bounds(sentences, starts, tx, text)
                got = events.anchor_for(tx, lo, hi, ref is not None and ref.start >= lo)
                if got is not None and local is not None and (local.entry or local.source == "section") and \
                        got[0].start < local.lo:
                    got = None  # a dated entry's (a day header's) "reached ... by mid-afternoon" is its own day's
                if got is not None and tx.rule in JOURNEY_NIGHT and ref is not None and ref.resolution.start is not None \
                        and got[0].resolution.start is not None and \
                        not timedelta(0) <= ref.resolution.start - got[0].resolution.start <= timedelta(days=_JOURNEY_DAYS):
                    got = None  # a first night a week or more after the departure told is another journey's
                if got is not None:
                    use, event_word = got  # "in the weeks before the shooting": the day the shooting was told with
            coarse_here = (ref_any is not None and ref_any is not ref and ref_any.sentence == tx.sentence
                           and (ref is None or ref_any.start > ref.start)
                           and ref_any.resolution.granularity not in _DAY_OR_FINER  # (not "on the night of Jan. 14")
                           and not _restates_day(ref_any, ref, tx.sentence))
            if need == "ref" and (use is None or coarse_here) and event_word is None \
                    and tx.rule == "rel_later_earlier" and _SHORT_OFFSET.match(tx.value):
                # "The group set off a month ago ... and crossed about a week later": counted from a time the
                # text gives no day of (or from nothing: the speech time is no reference for a story's
                # "later"): only the length is known
                value = _offset_as_duration(tx.value)
                res = _resolution(value, "none", None, None, None, "none",
                                  _sentence(tx, value, "an offset from a time the text does not date to the day", None))
                rt = _resolved(tx, res, type_="DURATION")
                out.append(rt)
                done[tx.id] = rt
                prev = None
                continue
            if tx.rule == "rel_before_event" and event_word is None:
                # "13 days after the embassy bombings" with the bombings not dated: only the length is known
                value = _offset_as_duration(tx.value)
                res = _resolution(value, "none", None, None, None, "none", _sentence(tx, value, "an offset from an event the text does not date", None))
                rt = _resolved(tx, res, type_="DURATION")
                out.append(rt)
                prev = None
                continue
            if need == "ref" and use is not None and _THAT_YEAR.match(tx.value) and "that year" in tx.text.lower() \
                    and other_year is not None and dct is not None and use.resolution.start is not None and \
                    use.resolution.start.year == dct.year and tx.sentence - other_year.sentence <= _THAT_YEAR_SENTENCES:
                # "Palm Sunday six years ago ... Today, Easter Sunday, ... it drew angry tweets on Easter Sunday that
                # year": "that year" is not this year; it is the year of the day told before in another year
                use = other_year
            if need == "ref" and use is not None and _THAT_YEAR.match(tx.value) and story is not None and \
                    story[0].start > use.start and story[0].resolution.start is not None:
                # "It was the second time this year. ... on Easter Sunday ... // The first he remembers came the year
                # before. On Oct. 20 of that year": the year the story moved to since the day told last
                use = story[0]
            if need == "ref" and use is not None:
                # a caption or a quotation dates its own short line; a section only until a time is told in it
                own = local is None or event_word is not None or (
                    # '"Yesterday at midday you could not cross the road"': a day the quotation tells dates the
                    # hours of its sentence, and of the next ('"Yesterday they came past before it was light ... At
                    # seven I opened the shutter and they were still coming"')
                    local.source == "quote" and local.lo <= use.start and (use.sentence == tx.sentence or (
                        use.sentence == tx.sentence - 1 and _CLOCK_OF_DAY.match(tx.value)))) or (
                    (local.source == "section" or local.entry) and use.start >= local.lo and not (
                        # "Nelson closed the show at 9 p.m." after a caller's memory of 2021 told in the paragraph
                        # before: a section's day comes back in a new paragraph, a story told in it does not go on
                        local.source == "section" and _CLOCK_OF_DAY.match(tx.value) and
                        not paragraphs.same(use.end, tx.start) and
                        use.resolution.start is not None and abs((use.resolution.start - local.day).days) > (
                            # ("TAPACHULA, Oct. 21 — ... Yesterday many of them crossed the Suchiate. // At 3 p.m.
                            # the first walkers turned into the park": a dateline's day after its yesterday)
                            0 if use.value == "DCT:D-1" and local.label.startswith("dateline") else 2)) and not (
                        # "THU 17 JAN · Most had left on the night of Monday the 14th ... At 09:00 officers opened
                        # the gate": a diary entry's hour after a day recalled before the entry's is the entry's
                        local.entry and _CLOCK_OF_DAY.match(tx.value) and use.sentence != tx.sentence and
                        use.resolution.start is not None and (local.day - use.resolution.start).days > 1))
                anchor_day = use.resolution.start if own else local.day
                on_a_day = not own or use.resolution.granularity in _DAY_OR_FINER
                anchor_src = "reference" if own else local.source
                anchor_label = f"{use.id} = {use.resolution.value}" if own else local.label
                if event_word:
                    anchor_label += f", the date of the {event_word.lower()}"
                elif own and tx.value == "REF:D+0TMO" and use is ref and (use.resolution.value.endswith("TEV") or _night_like(use)
                                                                   or use.id in evening_of) \
                        and anchor_day is not None and (_DAWN_AFTER_NIGHT.search(text, max(0, tx.start - 12), tx.start)
                                                   or tx.text.lower().startswith("before ")):
                    # "slept overnight in the plaza ... and left at dawn", "gathered on Friday evening and set off
                    # before dawn": the dawn that ends that night
                    anchor_day = anchor_day + timedelta(days=1)
                    anchor_label += ", the morning after that night"
                    after_night.add(tx.id)
                # ("until 3 a.m. on Monday": that Monday's; a flashback's night: "had slept there the night before,
                # and at three in the morning")
                elif own and (use is ref or tx.id in flash_clocks) and anchor_day is not None and \
                        _MORNING_CLOCK.match(tx.value) and tx.id not in counted_from and (
                        _night_like(use) or (_SMALL_HOURS.match(tx.value) and (
                            _EVENING_OF.search(use.resolution.value) or (
                                # "the port was closed for hours; we cooked rice until 2 a.m.": past midnight (or
                                # "rolling again the same afternoon, and he worked until 2 a.m.")
                                (use.resolution.granularity == "day" or use.resolution.value.endswith("TAF")) and
                                _UNTIL.search(text, max(0, tx.start - 10), tx.start))))) \
                        and use.rule != "time_clock_24_range_second" and (
                            tx.rule != "time_clock_24_opening" or (
                                # a run sheet's "21:30 First dance. 01:00 End of music": past midnight
                                use.rule == "time_clock_24_opening" and _SMALL_HOURS.match(tx.value) and
                                _EVENING_OF.search(use.resolution.value))) \
                        and (dct is None or anchor_day < dct or tx.rule == "time_clock_24_opening" or reader.tense(
                            tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) == "future"):
                    # "straggled into Huixtla late Friday ... Shortly after 5 a.m., agents surrounded the square":
                    # the morning hours after a night told are the next day's: a night gone before the publication
                    # day, or any night in a future clause ("will leave at 4 in the morning"); not the publication
                    # day's own night in a report ("would rest there tonight" above a live page's "9:05 a.m.")
                    anchor_day = anchor_day + timedelta(days=1)
                    anchor_label += ", the morning after that night"
                    after_night.add(tx.id)
                elif own and use is ref and anchor_day is not None and _NEXT_DAYS.match(tx.value) and \
                        _SMALL_HOURS_VALUE.search(use.resolution.value) and \
                        use.id in after_night:
                    # "came into town on the night of Oct. 18 ... ferried families until 2 a.m. The next afternoon
                    # ...": the hours past midnight end the night told; the next day is counted from that night's day
                    anchor_day = anchor_day - timedelta(days=1)
                    anchor_label += f", the day of the night those hours end ({anchor_day})"
                elif own and tx.value == "REF:D+0TNI" and use is ref and anchor_day is not None and \
                        tx.text.lower().startswith("that ") and _MORNING_OF.search(use.resolution.value) and \
                        night is not None and tx.sentence - night.sentence <= 2 and \
                        night.resolution.start == anchor_day - timedelta(days=1):
                    # "left on the night of Thursday, Jan. 2 ...; most accounts put the start before dawn on
                    # Friday. She had put 120 jars by her gate that night": the night told, which that dawn ended
                    anchor_day = night.resolution.start
                    anchor_label = f"{night.id} = {night.resolution.value}, the night told before that morning"
                elif own and tx.value == "REF:D+0TNI" and tx.rule == "rel_overnight" and anchor_day is not None and \
                        local is not None and local.entry and use.resolution.granularity == "day" and \
                        local.lo <= use.start <= local.lo + _ENTRY_STAMP_REACH and reader.tense(
                            tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) != "future":
                    # a dated row's or entry's "Drizzle overnight." (07 | 2.4 | ...): the night that ended on its day
                    anchor_day = anchor_day - timedelta(days=1)
                    anchor_label += ", the night before that day"
                elif own and tx.value == "REF:D+0TNI" and tx.rule != "rel_first_night" and anchor_day is not None \
                        and _MORNING_OF.search(
                        use.resolution.value) and (
                        (_SPENT_BEFORE.search(text, max(0, tx.start - 12), tx.start)
                         and not _SPENDING_NOW.search(text, max(0, tx.start - 24), tx.start)) or
                        (tx.rule == "rel_overnight" or _DURING_BEFORE.search(text, max(0, tx.start - 8), tx.start))
                        and reader.tense(
                            tx.start, tx.end, *(bounds := _sentence_bounds(sentences, starts, tx, text))) == "past"):
                    # "9:20 a.m. ... migrants who spent the night on the roadside", "07:05 Groups crossed into
                    # Guatemala overnight", "reached the dome this morning to check whether the roof had bent during
                    # the night": the night that ended that morning
                    anchor_day = anchor_day - timedelta(days=1)
                    anchor_label += ", the night before that morning"
            else:
                anchor_day, anchor_src, anchor_label = speech_day, speech_src, speech_label
                if need == "dct" and story is not None and (local is None or local.source == "section") and \
                        takes_story_year(tx.value) and \
                        paragraphs.same(story[0].end, tx.start) and (story_tense := reader.tense(
                            tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text)))
                        ) != "future" and (story_tense == "past" or not story[0].value.startswith("DCT:Y-")):
                    # "On Oct. 13, 2018, a few hundred met ... On Nov. 9, Trump signed": the story's year
                    # a story goes forward: the first such date from a month before the frame on (frame_day)
                    # (a year counted back frames past clauses only: "Last year, she said, a customs officer asked her
                    # ... In February, when the caravans have gone north, she will go back")
                    anchor_day, anchor_src = story[1], "reference"
                    anchor_label = f"{story[0].id} = {story[0].resolution.value}, the story's time"
                    story_year_used = True
                if need == "dct" and tx.type == "DURATION" and tx.value.endswith(">DCT") and \
                        _NEXT_SPAN.search(tx.text) and ref is not None and ref.resolution.start is not None and \
                        ref.resolution.granularity in _DAY_OR_FINER and speech_day is not None and \
                        ref.resolution.start < speech_day and tx.sentence - 1 <= ref.sentence <= tx.sentence and \
                        reader.tense(tx.start, tx.end, *(bounds := bounds or _sentence_bounds(
                            sentences, starts, tx, text))) == "past":
                    # "recorded on the night of Tuesday, Jan. 14 ... counted about 3,500 people entering the country
                    # over the next two days": the days after the day told, not the ones after publication
                    anchor_day, anchor_src = ref.resolution.start + timedelta(days=1), "reference"
                    anchor_label = f"{ref.id} = {ref.resolution.value}, the day after it"
                    days_after = True
                if need == "ref" and speech_day is not None and _AFTER_REF.match(tx.value):
                    bounds = bounds or _sentence_bounds(sentences, starts, tx, text)
                    if reader.tense(tx.start, tx.end, *bounds) == "past":
                        # "The migrants crossed the river. The next morning, they walked on." with no day told
                        # before: the morning after some untold day, not the one after publication
                        value = values.timeml_fallback(tx.value, tx.type)
                        why = "after a time the text does not date, in a past clause: not after the publication date"
                        res = _resolution(value, "none", None, speech_day, None, "none", _sentence(tx, value, why, None), False)
                        rt = _resolved(tx, res)
                        out.append(rt)
                        done[tx.id] = rt
                        prev = None
                        continue
                if need == "ref" and speech_day is not None and (
                    tx.value in ("REF:D+0T24:00", "REF:D+0TNI") or tx.rule == "rel_overnight"
                ):
                    bounds = bounds or _sentence_bounds(sentences, starts, tx, text)
                    if reader.tense(tx.start, tx.end, *bounds) == "past":
                        # "police cleared the camp around midnight", "crossed overnight", "spent the night on
                        # the bridge": the midnight (night) that began the publication day (the one that ends
                        # it is still ahead)
                        anchor_day = speech_day - timedelta(days=1)
                        anchor_label = f"the day before the {speech_label} (a past clause: the night already gone)"
            if anchor_day is None:
                value = tx.value
            elif need == "ref" and use is not None and _finer_than_anchor(tx.value, use.resolution.granularity):
                # "the weeks before the shooting" told as "last fall": no finer than the fall
                value = use.resolution.value
                why = f"within the anchor's {use.resolution.granularity.replace('_', ' ')} (no finer date is told)"
            else:
                if story_year_used:
                    tense = "future"  # on or after a month before the story's date
                elif values.uses_tense(tx.value):
                    bounds = lo, hi = bounds or _sentence_bounds(sentences, starts, tx, text)
                    tense, gap = reader.tense_and_gap(tx.start, tx.end, lo, hi)
                    tense_raw = tense
                    if tense == "past" and gap is not None and _CLOSE_PAST.fullmatch(text, max(0, tx.start - gap), tx.start):
                        tense = "past_close"  # "left in November": the past verb governs the date itself
                    elif tense == "past" and _pluperfect_close().search(text, max(0, tx.start - 80), tx.start):
                        tense = "past_close"  # "The caravan that had left Tapachula on Christmas Eve reached ...": told
                    elif tense == "past" and group_of_before(text, tx.start):
                        tense = "past_close"  # "He left with the caravan of Jan. 15": it had set out by then
                    elif tense is None and tx.value.startswith("DCT:HOL:") and prev is not None and \
                            prev.sentence == tx.sentence and dct is not None and prev.resolution.start is not None \
                            and prev.resolution.granularity == "day" and prev.resolution.start < dct and \
                            BESIDE.fullmatch(text, prev.end, tx.start):
                        tense = "past"  # "Six days later, on Easter Sunday, federal police split it": the day set
                        # before the feast, already past, tells the clause's time (no tense cue of its own)
                    if text[tx.end : tx.end + 2] in ("'s", "’s") and tx.value.startswith("DCT:WD"):
                        # "Wednesday's ruling": a day named as a noun's owner is already past; "have called off
                        # Saturday's home game": what is called off is still ahead
                        tense = "future" if _CALLED_OFF.search(text, max(0, tx.start - 20), tx.start) else "past"
                    elif _SINCE.search(text, max(0, tx.start - 8), tx.start):
                        tense = "past_close"  # "on patrol since March": since points back
                    elif tense != "future" and tx.value.startswith("DCT:WD") and (
                            (m_until := _UNTIL_AFTER.search(text, max(0, tx.start - 70), tx.start)) or
                            (m_until := _UNTIL.search(text, max(0, tx.start - 10), tx.start))) and \
                            _state_now(text, _clause_start(text, bounds[0], m_until.start()), m_until.start()):
                        tense = "future"  # "is closed until Monday", "has stopped taking tenants until after the
                        # inauguration on Monday": a state holding now ends on a day still ahead
                    elif (
                        (_UNTIL.search(text, max(0, tx.start - 10), tx.start) or
                         _CLOCK_TO.search(text, max(0, tx.start - 16), tx.start) or
                         _moved_to().search(text, max(0, tx.start - 24), tx.start))
                        and tense != "future"
                        and not (tense == "past" and _durative_before(text, tx.start))
                    ):
                        # ("postponed until Tuesday morning" stays ahead: the cue says so)
                        tense = "nearest"  # "extended the loans through January": an end point, after the verb's time
                        if tense_raw == "past" and tx.value.startswith("DCT:WD") and need == "dct" and \
                                prev is not None and prev.sentence == tx.sentence and dct is not None and \
                                prev.resolution.start is not None and prev.resolution.start == prev.resolution.end \
                                and prev.resolution.start < dct:
                            # "Last Sunday, Nov. 25, ... she closed at noon and did not reopen until Monday": the
                            # first such day after the day its sentence tells
                            anchor_day, anchor_src = prev.resolution.start + timedelta(days=1), "reference"
                            anchor_label = f"{prev.id} = {prev.resolution.value}, the day after it"
                            tense = "after"
                    elif tx.rule == "date_month" and _PRENOMINAL_BEFORE.search(text, max(0, tx.start - 8), tx.start) and _NOUN_AFTER.match(text, tx.end) \
                            and not group_noun_at(text, tx.end):
                        tense = None  # "under a June agreement": the noun's own time, not the clause's: the nearest June
                    elif tense == "past" and tx.value.startswith("DCT:HOL:") and \
                            _FOR_BEFORE.search(text, max(0, tx.start - 8), tx.start) and \
                            (_PERFECT_FOR.search(text, max(0, tx.start - 60), tx.start)
                             or _READIED_FOR.search(text, max(0, tx.start - 40), tx.start)):
                        # "has already ordered turkeys for Thanksgiving": what a present perfect prepares for is the
                        # nearest one ("his shutter was down for Palm Sunday" stays past)
                        tense = None
                if tense is None and need == "dct" and dct is not None and _BARE_WEEKDAY.match(tx.value) and any(
                        o.value == tx.value and o.sentence >= tx.sentence - 2 and o.resolution.start is not None
                        and o.resolution.start > dct for o in out[-6:]):
                    tense = "future"  # "... until after the inauguration on Monday. 'Nobody knows what Monday means'":
                    # a weekday named again with no tense of its own is the one just told, still ahead
                    told_again = True
                else:
                    told_again = False
                txv = tx.value
                if tx.rule.startswith("rel_same_date_") and (lede := next((
                        o for o in out if o.type in ("DATE", "TIME") and o.resolution.granularity in _DAY_OR_FINER
                        and o.resolution.start is not None and o.resolution.start != dct), None)) is not None:
                    # "picked up his first fare at 1:15 a.m. on Friday ... On the same date last year the January
                    # 2020 caravan set out": the day the story is about (its first), not the last one told
                    anchor_day, anchor_src = lede.resolution.start, "reference"
                    anchor_label = f"{lede.id} = {lede.resolution.value}, the story's first day"
                if txv == "DCT:W+0" and need == "dct" and anchor_day.isoweekday() == 7:
                    bounds = lo, hi = bounds or _sentence_bounds(sentences, starts, tx, text)
                    if reader.tense(tx.start, tx.end, lo, hi) == "future":
                        txv = "DCT:W+1"  # "hope to reach Mexico by the end of the week", told on a Sunday
                # speech-time values repeat (cached); values on a moving reference time do not
                comp = (values.complete if need == "dct" else values.complete_uncached)(txv, anchor_day, tense)
                if need == "ref" and on_a_day and tx.rule in ("rel_later_earlier", "rel_before_event") and \
                        _WEEKS_ON.match(txv):
                    # "left on Nov. 5 ... and the shelter sent its pads a week later": seven days after a day is a day
                    comp = values.complete_uncached(f"REF:D{txv[5]}{7 * int(txv[6:])}", anchor_day, None)
                    comp.reason += f" ({txv[6:]} week(s) {'after' if txv[5] == '+' else 'before'} a day told as a day)"
                if (in_week := _weekday_of_week_told(out, tx, txv, text)) is not None:
                    # "In Holy Week, on the Monday, a Via Crucis moved off", "Last week, on Tuesday, ...": the weekday
                    # of the week named just before it
                    wk, day, suffix = in_week
                    story_week.add(tx.id)  # (a day of the story: "Five weeks ago, on a Saturday, ... on Monday")
                    anchor_day, anchor_src = day, "reference"
                    anchor_label = f"{wk.id} = {wk.resolution.value}"
                    comp = values.complete_uncached(day.isoformat() + suffix, anchor_day, tense)
                    comp.reason = f"'{tx.text}': that weekday of the week told just before it ('{wk.text}')"
                elif tx.rule == "rel_the_weekday" and anchor_day is not None and txv[6:7].isdigit() and \
                        (told_wd := _weekday_told_just_before(out, tx, int(txv[6]), paragraphs)) is not None:
                    # "On the feast of the Black Christ, last Wednesday, ... The Hondurans chose it to set out. Their
                    # caravan started north ... before daybreak on the Wednesday": the Wednesday just told, itself
                    # (also past another day told since: "on Thursday, Nov. 18; the spokesman gave the day as
                    # Friday. Ms. Aquino had an opening booked for the Thursday evening")
                    anchor_day, anchor_src = told_wd.resolution.start, "reference"
                    anchor_label = f"{told_wd.id} = {told_wd.resolution.value}"
                    comp = values.complete_uncached(txv.replace(">", "=", 1), anchor_day, tense)
                    comp.reason += f"; the {anchor_day:%A} told just before it ('{told_wd.text}')"
                elif tx.rule == "rel_the_weekday" and _DAY_PREFIX.match(comp.value) and \
                        not _BY_BEFORE.search(text, max(0, tx.start - 4), tx.start) and (_pluperfect().search(
                        text, tx.end, _main_clause_end(text, tx.end, (bounds := bounds or _sentence_bounds(
                            sentences, starts, tx, text))[1])) or
                        _main_pluperfect(text, _clause_start(text, bounds[0], tx.start), tx.start, near=True)):
                    # "It walked on to Escuintla on Friday the 29th. On the Wednesday, officials had met in Mexico
                    # City": a pluperfect tells a day before the story's (its main clause's: not "On the Sunday she saw
                    # on her phone how it had been broken up"); so does one governing it ("a woman she had fitted for
                    # a band on the Monday"); not after "by", which the pluperfect completes ("By the Sunday, soldiers
                    # had met the walkers at Vado Hondo")
                    comp = values.complete_uncached(txv.replace(">", "<"), anchor_day, tense)
                    comp.reason += "; a pluperfect clause: the one before"
                elif tx.rule == "rel_the_weekday" and speech_day is not None and _DAY_PREFIX.match(comp.value) and \
                        date.fromisoformat(comp.value[:10]) > speech_day and reader.tense(
                            tx.start, tx.end, *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) != "future":
                    # "We spoke on Thursday ... I decided on the Wednesday": no story day after the speech time
                    comp = values.complete_uncached(txv.replace(">", "<"), anchor_day, tense)
                    comp.reason += "; the one after it would be after the speech time"
                elif tx.rule in ("rel_that_weekday", "rel_ref_weekday") and txv.endswith("=") and \
                        anchor_day is not None and anchor_day.isoweekday() != int(txv[6]) and \
                        (told_wd := _told_weekday(out, txv, tx, paragraphs, anchor_day)) is not None and \
                        told_wd.resolution.value != comp.value:
                    # "On Oct. 28, a Sunday, a second group ... Then the Salvadorans came: a first group, who had left
                    # San Salvador that same Sunday": the Sunday told before it, not the one of the story's week (a
                    # story's day that is a Sunday is that Sunday: "The next day ... robbed that Saturday")
                    comp = values.complete_uncached(told_wd.resolution.value, anchor_day, tense)
                    comp.reason = f"'{tx.text}': the {told_wd.resolution.start:%A} told before it ('{told_wd.text}')"
                elif tx.rule in ("rel_that_weekday", "rel_ref_weekday") and "=" in txv and dct is not None \
                        and _DAY_PREFIX.match(comp.value) and date.fromisoformat(comp.value[:10]) >= dct and \
                        reader.tense(tx.start, tx.end, *(bounds := bounds or _sentence_bounds(
                            sentences, starts, tx, text))) != "future":
                    # "From Monday, Guatemala returned thousands ... Two neighbours turned back that Saturday": "that"
                    # points away from the publication day, so not to it or after it: the week before
                    comp = values.complete_uncached(txv.replace("=", "=-1", 1), anchor_day, tense)
                    comp.reason += "; the one of that week would not be before the publication date"
                if tx.rule == "rel_part_of_the_unit" and tx.mod == "END" and txv in _UNIT_NOW and dct is not None \
                        and anchor_day == dct and _end_ahead(comp.value, dct) and \
                        _BY_THE_END.search(text, max(0, tx.start - 10), tx.start) and reader.tense(
                            tx.start, tx.end,
                            *(bounds := bounds or _sentence_bounds(sentences, starts, tx, text))) == "past":
                    # "sent an extra van on Thursday afternoon ... by the end of the week there was no flour", told on
                    # a Monday: a past clause does not tell the end of a week still ahead
                    comp, told_day = _past_end_of_unit(txv, ref, dct)
                    if told_day is not None:
                        anchor_day, anchor_src = told_day, "reference"
                        anchor_label = f"{ref.id} = {ref.resolution.value}"
                if tx.rule == "date_the_year" and txv == "DCT:Y+0" and story is not None and \
                        story[0].sentence == tx.sentence and _YEAR_BACK_VALUE.match(story[0].value) and \
                        _OF_BEFORE.search(text, max(0, tx.start - 4), tx.start):
                    # "Last year she hung cranes for three departures: the first caravan of the year, which set off on
                    # Jan. 29": the year its sentence opened with, not the publication's
                    comp = values.Completion(story[0].resolution.value, comp.needs,
                                             f"the year its sentence tells ('{story[0].text}')")
                if story_year_used and story[0].resolution.granularity == "year" and comp.value[:4].isdigit() and \
                        int(comp.value[:4]) < story[1].year:
                    # "Last year the caravans came one on the heels of another ... On Nov. 2 the Salvadorans did the
                    # same": a day told in a year's story is of that year
                    comp = values.Completion(in_year_value(txv, story[1].year), comp.needs,
                                             f"in the year of the story's time ('{story[0].text}')")
                if need == "dct" and tense in ("past", "past_close") and comp.reason.endswith(
                        values.NEAREST) and ref is not None and ref.sentence == tx.sentence and \
                        ref.resolution.start is not None and ref.resolution.start < anchor_day:
                    # "left Tapachula on 25 March [2018], stalled in Matías Romero in early April": told in a
                    # past clause after a past day of its sentence, the first such month from that day on
                    after = values.complete_uncached(txv, ref.resolution.start, "future")
                    a0 = cal.interval(after.value)[1] if _MONTH_VALUE.match(after.value) else None
                    if a0 is not None and a0 <= anchor_day and (a0 - ref.resolution.start).days <= 92:
                        comp = values.Completion(after.value, after.needs,
                                                 f"the first one after '{ref.text}' ({ref.resolution.value}), the "
                                                 f"past day its sentence tells before it")
                        anchor_day, anchor_src = ref.resolution.start, "reference"
                        anchor_label = f"{ref.id} = {ref.resolution.value}"
                if story_year_used and story_tense == "past" and dct is not None and speech_day is not None and \
                        story[0].resolution.granularity in _DAY_OR_FINER and (cal.interval(comp.value)[1] or dct) > dct:
                    # "In November, on the day the Americans went to the polls, some 1,500 people had walked out ...
                    # In June, on Thursday the 6th, a column ... started north", told in January: a past clause's June
                    # going forward from the story's November would be after the telling; the last one before it (a
                    # story framed by a day, not by a month: "Last year ... in November ... a grant that runs out in
                    # March" still goes forward)
                    story_year_used = False
                    anchor_day, anchor_src, anchor_label = speech_day, speech_src, speech_label
                    comp = values.complete(txv, anchor_day, "past")
                value = comp.value
                why = comp.reason
                if told_again:
                    why = why.replace(values.dir_word("future"), "the one just told ahead, named again")
                if story_year_used:
                    why = why.replace(values.dir_word("future"), "the first one from a month before the story's time on")
                if need == "dct" and _BARE_DAY.match(tx.value):
                    value, why = _on_its_weekday(tx, value, why, weekday_of)  # "By Thursday the 17th"
                elif need == "dct" and tx.id in weekday_of and \
                        (moved := year_on_weekday(value, weekday_of[tx.id], tense, anchor_day)) is not None:
                    value, moved_why = moved  # "on Sunday, Nov. 4" told in 2024: the Nov. 4 of 2018
                    why = f"{why}; {moved_why}"
                if txv != tx.value:
                    why = f"{why}; told on a Sunday of what is ahead: the week that starts the next day"
                if comp.start is not None:
                    # an anchored duration ("in recent days") or a vague offset ("a few days later", a DATE)
                    gran = _value_granularity(value) if tx.type in ("DATE", "TIME") else "none"
                    c_end = comp.end - timedelta(days=1) if days_after and comp.end is not None else comp.end
                    if need == "ref" and dct is not None and comp.start <= dct < c_end:
                        lo, hi = bounds or _sentence_bounds(sentences, starts, tx, text)
                        if reader.tense(tx.start, tx.end, lo, hi) != "future":
                            c_end = dct  # "several weeks later it reached Tijuana": told, so not after publication
                            why += f"; not after the publication date {dct}"
                    res = _resolution(
                        value, gran, comp.start, c_end, anchor_label, anchor_src, _sentence(tx, value, why, anchor_label)
                    )
                    out.append(_resolved(tx, res))
                    continue
        if need is not None and anchor_day is None:
            res = _resolution(
                tx.value,
                "none",
                None,
                None,
                None,
                "unanchored",
                f"'{tx.text}' needs an anchor and the article has no publication date; kept as {tx.value}",
                False,
            )
        elif tx.type in ("DURATION", "SET"):
            res = _resolution(
                value,
                "none",
                None,
                None,
                anchor_label if need else None,
                anchor_src if need else "none",
                _sentence(tx, value, why or tx.type.lower(), anchor_label if need else None),
            )
        else:
            if value.endswith("T24:00") and (tx.value.startswith("DCT:WD") or tx.value == "REF:D+0T24:00" and
                                             _ON_AFTER.match(text, tx.end)) and (
                _AFTER_WORD.search(text, max(0, tx.start - 8), tx.start) or (
                    ref is not None and _night_like(ref) and ref.resolution.start is not None
                    and (ref.resolution.start + timedelta(days=1)).isoformat() == value[:10])):
                # "Shortly after midnight Sunday", "By 11 p.m. on Saturday ... at midnight Sunday", "just after
                # midnight on Thursday, Oct. 1": the midnight that begins that day, the one the story's night runs
                # into (not the one that ends it)
                value = value[:-5] + "00:00"
                why = f"{why}; the midnight that begins that day"
            elif value.endswith("T24:00") and tx.value == "REF:D+0T24:00" and prev is not None and \
                    prev.resolution.granularity == "day" and prev.resolution.value == value[:10] and \
                    _APPOSED_AFTER.fullmatch(text, prev.end, tx.start):
                # "On Oct. 1, 2020, a Thursday, shortly after midnight, a few thousand people streamed away": the
                # midnight that begins the day told right before it
                value = value[:-5] + "00:00"
                why = f"{why}; after the midnight that begins the day told right before it"
            gran, start, end = _resolution_from_value(value, tx.mod, anchor_day)
            if tx.mod in ("START", "END") and anchor_day is not None and (el := _EARLIER_LATER.match(tx.text)):
                # "earlier this month": from the month's start to the day before the anchor, not its first third
                _, u0, u1 = _resolution_from_value(value, None, anchor_day)
                if u0 is not None and u0 <= anchor_day <= u1:
                    one = timedelta(days=1)
                    start, end = (u0, max(u0, anchor_day - one)) if el.group(1).lower() == "earlier" else \
                        (min(u1, anchor_day + one), u1)
                    why = f"{why}; {el.group(1).lower()} than the anchor within it: {start} to {end}"
                elif u0 is not None and anchor_day < u0 and el.group(1).lower() == "later":
                    start, end = u0, u1  # "later this week" told on a Sunday: all of the week ahead
            if tx.rule == "rel_ago" and start is not None and anchor_day is not None and \
                    (wk := _WEEKS_AGO.fullmatch(tx.value)):
                # "which the caravan crossed one week ago": about seven days before, not any day of that ISO
                # week (the value stays the week); a day either side, more for "about" or more weeks
                n = int(wk.group(1))
                slack = min(3, n + (1 if tx.mod == "APPROX" or "or so" in tx.text.lower() else 0))
                day = anchor_day - timedelta(days=7 * n)
                start, end = max(start, day - timedelta(days=slack)), min(end, day + timedelta(days=slack))
                why = f"{why}; {7 * n} days before the anchor, give or take {slack}: {start} to {end}"
            if tx.value == "DCT:W-1" and anchor_day is not None and start is not None:
                value, start, end, why = _week_back(tx.text, value, start, end, anchor_day, why)
            if part is not None and start is not None and (got := values.month_part(value, part)) is not None:
                start, end, what = got
                gran = "week" if part[0] == "W" else "month"
                why = f"{why}; {what}: {start} to {end}" if why else f"{what}: {start} to {end}"
            res = _resolution(value, gran, start, end, anchor_label, anchor_src, _sentence(tx, value, why, anchor_label))
        rt = _resolved(told, res)
        out.append(rt)
        done[tx.id] = rt
        if tx.id in weekday_of or tx.id in told_with_weekday or _anchor_id(res) in story_week:
            story_week.add(tx.id)  # a day told with its weekday, or counted from one
        if events is not None:
            events.note(rt, *(bounds or _sentence_bounds(sentences, starts, tx, text)))
        # "the 1988 period", "the year-earlier period": comparisons, not a new base period
        derived = (
            shifted is not None
            or (tx.value.endswith(":PERIOD") and (dct is None or tx.value[:4] < f"{dct.year:04d}"))
            or _year_back().search(tx.text) is not None and not _SAME_DAY_BACK.match(tx.value)
        )
        if (
            tx.type in ("DATE", "TIME")
            and res.resolved
            and res.start is not None
            and res.granularity not in ("none", "decade", "century")
            and value != "PRESENT_REF"
        ):
            if not derived and tx.id not in year_of_ref:
                ref_any = rt
                if res.granularity in _NAMES_MONTH or res.granularity == "week":
                    ref_month = rt  # (a week too: "A year ago this week ... had crossed the Suchiate on the 20th")
            if res.granularity in ("quarter", "half", "month"):
                period = rt
                if not derived:
                    base = rt  # the period "a year earlier" compares with
        if tx.type in ("DATE", "TIME"):
            prev = rt
            if _NIGHT_VALUE.search(rt.resolution.value) and rt.resolution.start is not None:
                night = rt
            if dct is not None and rt.resolution.start is not None and rt.resolution.start.year != dct.year and \
                    rt.resolution.granularity in _DAY_OR_FINER:
                other_year = rt
            told_year = value if tx.id in weekday_of or tx.id in told_of else told.value  # a year the text tells
            if (local is None or local.source == "section") and (
                    quoted.at(tx.start) is None or closes_quote(text, tx.end)) and \
                    (fd := frame_day(text, rt, told_year)) is not None:
                story = (rt, fd) if dct is None or rt.resolution.value[:4] != f"{dct.year:04d}" else None
            if _SINCE.search(text, max(0, tx.start - 8), tx.start) and not _THAT_WAS_THE_DAY.match(
                    text, (bounds or _sentence_bounds(sentences, starts, tx, text))[1]):
                # "The caravan has grown steadily since Saturday, when ... set off. Most of the group slept
                # overnight in Esquipulas": the start of a span up to now is no time the story moves on from;
                # only the when-clause right after it is at that time ("Since the first Friday of the year, when a
                # caravan walked out of the square before dawn, ...")
                if ref_span is None and _WHEN_CLAUSE.match(text, tx.end) and res.start is not None and \
                        res.start == res.end and res.granularity in _DAY_OR_FINER:
                    ref, ref_span = rt, (tx.end, (bounds or _sentence_bounds(sentences, starts, tx, text))[1])
                    since_span = ref_span
                elif (ref is None or not paragraphs.same(ref.end, tx.start)) and res.start is not None and \
                        res.start == res.end and res.granularity == "day" and dct is not None and res.start < dct and \
                        _PAST_SINCE.search(text, max(0, tx.start - _PAST_SINCE_REACH), tx.start) and \
                        not _SINCE_NOW.search(text, max(0, tx.start - _PAST_SINCE_REACH), tx.start):
                    # "Last January, walkers from El Salvador, out of their capital since Jan. 16, came through ...
                    # and on the following day Mexico had opened a registration": a paragraph that tells a past time
                    # with no day of its own yet goes on from the start its past since-phrase tells
                    ref, ref_span, ref_outside = rt, None, rt
                continue
            if since_span is not None and since_span[0] <= tx.start < since_span[1]:
                continue  # (what the when-clause tells does not move the story either)
            if res.resolved and res.start is not None and res.start == res.end and res.granularity in (
                "day",
                "part_of_day",
                "hour",
                "minute",
                "second",
            ) and value not in ("PRESENT_REF",) and (dct is None or res.start <= dct) and not _FLASHBACK.match(tx.value) \
                    and not _TOMORROW.match(tx.value) \
                    and tx.id not in flash_clocks and tx.id not in pluperfect_days \
                    and not (tx.rule == "date_holiday" and _feast_as_modifier().match(text, tx.end)) \
                    and not (ref is not None and ref.sentence == tx.sentence and ref.resolution.start is not None
                             and res.start < ref.resolution.start
                             and (in_relative_clause(text, tx.start)
                                  or _SINCE_CLAUSE.search(text, max(0, tx.start - _SINCE_CLAUSE_REACH), tx.start)
                                  or _pluperfect_after_semicolon().search(text, max(0, tx.start - _SEMICOLON_REACH),
                                                                          tx.start))) \
                    and not (ref is not None and ref.resolution.start is not None and res.start < ref.resolution.start
                             and (ref.resolution.start - res.start).days <= _FLASHBACK_DAYS
                             and _pluperfect_close().search(text, max(0, tx.start - 80), tx.start)
                             and in_relative_clause(text, tx.start)):
                # (a date after publication is a plan's: "decide on Thursday whether to go on"; a time before the
                # story's is a flashback: "Oct. 19. We reached the town the evening before. Shortly after noon ...")
                # (nor does an earlier day inside a relative clause move the story back: "On Saturday the caravan
                # that left San Pedro Sula on Wednesday reached the bridge ... suspended the crossing that afternoon")
                # (nor one in a since-clause: "left the square ..., the first to leave since Mexicans chose a new
                # president last Sunday"; nor in a pluperfect clause after a semicolon: "On Oct. 20 the first caravan
                # had crossed on rafts ...; its people had begun walking a week earlier, on Oct. 13. Many of them came
                # up past her corner that afternoon")
                # (nor an earlier day a pluperfect tells: "His busiest day was Christmas Day. The caravan that had
                # left Tapachula on Christmas Eve reached Huixtla that afternoon")
                ref, ref_span = rt, quoted.at(tx.start)
                if ref_span is not None and text[ref_span[0] : ref_span[1]].strip(_QUOTED_DAY_TRIM) == tx.text:
                    ref_span = None  # a day quoted as written, no speech: a postmark's '"01 OCT 2020"'
                if ref_span is None:
                    ref_outside = rt
            elif res.resolved and res.start is not None and res.start == res.end and dct is not None and \
                    (res.start > dct or _TOMORROW.match(tx.value)) and \
                    res.granularity in ("day", "part_of_day", "hour", "minute"):
                plan_ref = rt
        else:
            prev = None
    if counted_from:
        out.sort(key=lambda r: r.start)
    _restated_day_words(text, out)
    weekday_in_told_month(text, out)  # "June 2022, when thousands went north on a Monday morning"
    feasts_beside_days(text, out)  # "The next Monday, the day after Easter, ..."
    return out


_DAY_WORD = re.compile(r"^DCT:(?:D[+-]\d+|HOL:\w+)$")  # today, yesterday, tomorrow; a feast ("Palm Sunday, 25/03/2018")
_DAY_WORD_GAP = re.compile(r"[ \t]*,[ \t]*")
_REF_DAY = re.compile(r"^REF:D[+-]\d+$")  # the same day, the next day, the day before
_WEEK_OFFSET = re.compile(r"^REF:W[+-]\d+$")  # "a week later", "two weeks earlier"
_WEEKS_ON = re.compile(r"^REF:W[+-][1-9]\d*$")  # (not "that week")
_DAYS_ON = re.compile(r"^REF:D[+-](?P<n>[1-9]\d*)$")  # "nine days later", "the day before" (not "that day")
_WEEK_ON_GAP = re.compile(r"[ \t]*,[ \t]*(?:on[ \t]+)?")


def _restated_day_words(text: str, out: list[ResolvedTimex]) -> None:
    """A day word followed by the date it names ("moved from today, Friday 8 March"; "yesterday, Monday 18
    January") is that date, wherever the day word's own anchor put it (an entry under a later heading), and so is a
    day of the story's ("was stopped on the highway the same day, Oct. 12"; "The next day, June 6"); so is an
    offset of weeks or days set beside the date it comes to ("a week later, on Saturday, Oct. 20")."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if b.type != "DATE" or not _FULL_DAY.match(b.resolution.value) or \
                a.resolution.value[:10] == b.resolution.value:
            continue  # (the same day: "before dawn on Palm Sunday, March 24" keeps its dawn)
        if not ((_DAY_WORD.match(a.value) or _REF_DAY.match(a.value)) and
                _DAY_WORD_GAP.fullmatch(text, a.end, b.start)) and not (
                # "It had left on Oct. 13, and a week later, on Saturday, Oct. 20, ...": the day inside the week (or
                # within three days of the day a week on)
                _WEEK_OFFSET.match(a.value) and _WEEK_ON_GAP.fullmatch(text, a.end, b.start) and
                a.resolution.start is not None and a.resolution.end is not None and b.resolution.start is not None and
                (a.resolution.start <= b.resolution.start <= a.resolution.end if a.resolution.granularity == "week"
                 else abs((b.resolution.start - a.resolution.start).days) <= 3)) and not (
                # "On Oct. 20 the first caravan floated over ...; on Oct. 13 its people had begun their march. Nine
                # days later, on Oct. 29, a second group ...": an offset of days beside the date it comes to, less
                # than the offset away from where its anchor put it (the anchor was the wrong day told before)
                (days := _DAYS_ON.match(a.value)) is not None and _WEEK_ON_GAP.fullmatch(text, a.end, b.start) and
                a.resolution.granularity == "day" and a.resolution.start is not None and
                b.resolution.start is not None and
                abs((b.resolution.start - a.resolution.start).days) <= int(days.group("n"))):
            continue
        res = b.resolution.model_copy(update={
            "reason": f"'{a.text}' = {b.resolution.value}: restates the date beside it ('{b.text}'); "
                      f"counted from its anchor it would be {a.resolution.value}",
            "anchor": f"{b.id} = {b.resolution.value}", "anchor_source": "reference"})
        out[k] = a.model_copy(update={"resolution": res})


@lru_cache(maxsize=None)
def _feast_as_modifier() -> re.Pattern:
    """A noun right after a feast that the feast names ("their Christmas lights": anchors.yaml's
    ``feast_modified_nouns``): a thing, no time of the story."""
    return re.compile(rf"\s+(?:{alternation(load_yaml('timex/anchors.yaml')['feast_modified_nouns'])})\b", re.I)


@lru_cache(maxsize=None)
def _weeks_ago_today_rules() -> frozenset[str]:
    """anchors.yaml's ``weeks_ago_today_rules``: a story day told as some weeks ago today."""
    return frozenset(load_yaml("timex/anchors.yaml")["weeks_ago_today_rules"])


_BARE_DAY = re.compile(r"^XXXX-XX-(\d\d)(T\w+)?$")
_BARE_WEEKDAY = re.compile(r"^DCT:WD[1-7]$")
# "on Tuesday", "Friday morning", "the weekend"
_PLAIN_WEEKDAY = re.compile(r"^(?:DCT:WD[1-7](?:T[A-Z]{2}|T\d\d:\d\d)?|DCT:WE)$")
_DAY_OR_FINER = ("day", "part_of_day", "hour", "minute", "second")


def _day_name(value: str) -> str:
    """'Friday' for a day's value, 'weekend' for a weekend's ('2020-W03-WE')."""
    return "weekend" if value.endswith("-WE") else f"{date.fromisoformat(value[:10]):%A}"


_CLAUSE_JOINS = re.compile(r"(?:[,;]\s+(?:and|but|while|as)\b|;)")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ", and", ", but", "; " ... before it in [lo, pos)."""
    last = lo
    for m in _CLAUSE_JOINS.finditer(text, lo, pos):
        last = m.end()
    return last


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.I)
_GOVERNS_REACH = 6  # words from a pluperfect to the expression it governs ("had fitted for a band on the Monday")


def _main_pluperfect(text: str, lo: int, hi: int, near: bool = False) -> bool:
    """Is there a pluperfect in [lo, hi) that is no relative clause's ("The great column that had set out from San
    Pedro Sula on Oct. 13" describes the column)?  ``near``: it governs what stands at ``hi`` (no comma and at most
    _GOVERNS_REACH words between)."""
    for m in _pluperfect().finditer(text, lo, hi):
        if _RELATIVE_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
            continue
        gap = text[m.end() : hi]
        if near and ("," in gap or len(gap.split()) > _GOVERNS_REACH):
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _pluperfect() -> re.Pattern:
    """"had met", "had crossed", "had already left": a pluperfect (tense.yaml's irregular participles)."""
    words = "|".join(map(re.escape, load_yaml("timex/tense.yaml")["pluperfect_participles"]))
    return re.compile(rf"\bhad\s+(?:already\s+|just\s+|first\s+|not\s+)?(?:[a-z]+(?:ed|en|wn)|{words})\b")


# a past verb, then a word opening a clause of what it saw or told ("she saw on her phone how it had been broken up")
_SEEN_CLAUSE = re.compile(r"\b[a-z]+(?:ed|aw|ew|ld|ard)\b[^.;:!?,]{0,30}?\b(?:how|that|what)\b")


def _main_clause_end(text: str, lo: int, hi: int) -> int:
    """Where the main clause after ``lo`` ends: before a clause a past verb brings in ("she saw on her phone how
    ..."), or before a clause joined by ", and" ("was stopped outside Huixtla on the Sunday, and the following
    Saturday a second column that had walked out ..."), else at ``hi``."""
    m = _SEEN_CLAUSE.search(text, lo, hi)
    hi = m.end() if m is not None else hi
    j = _JOINED_CLAUSE.search(text, lo, hi)
    return j.start() if j is not None else hi


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+")


@lru_cache(maxsize=None)
def _pluperfect_after_semicolon() -> re.Pattern:
    """A clause after a semicolon whose verb is a pluperfect, up to the expression ("; its people had begun walking
    out of San Pedro Sula a week earlier, on")."""
    return re.compile(r";[^;.!?:\n]*" + _pluperfect().pattern + r"[^;.!?:\n]*$")


@lru_cache(maxsize=None)
def _pluperfect_close() -> re.Pattern:
    """A pluperfect verb governing the expression that follows: "had left (Tapachula) on", "had started walking on"."""
    return re.compile(_pluperfect().pattern + r"(?:\s+[a-z]+ing)?" + _CLOSE_PAST.pattern + "$")


_SEMICOLON_REACH = 120  # characters from a semicolon to an expression of its pluperfect clause
_PLUPERFECT_REACH = 80  # characters a pluperfect verb reaches to the weekday it governs
_PLUPERFECT_OPENS = 45  # ... whose "had" stands this close to its sentence's start ("It had left", "Four of her
# volunteers had")
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+$")
_CLAUSE_BETWEEN = re.compile(r"[.;:!?\"“”]|\b(?:and|but|that|when|which|who|while|after|before|until|said|says)\b")


def _pluperfect_governs(text: str, lo: int, pos: int) -> bool:
    """"It had left Tapachula, 25 miles back down the coastal road, on Monday morning": the pluperfect verb that
    opens the sentence starting at ``lo`` (after its subject) governs the weekday at ``pos``, in the same clause
    (not a deadline: "None had been admitted by Monday"; not a relative clause on the subject: "About 1,000 others
    who had slipped past the checkpoints slept in a park ... on Friday night")."""
    m = _pluperfect().search(text, lo, min(pos, lo + _PLUPERFECT_OPENS))
    return m is not None and pos - m.end() <= _PLUPERFECT_REACH and \
        _RELATIVE_BEFORE.search(text, max(lo, m.start() - 8), m.start()) is None and \
        _CLAUSE_BETWEEN.search(text, m.end(), pos) is None and _BY_BEFORE.search(text, max(0, pos - 4), pos) is None


# "In October, a caravan ..." opening a paragraph: a new part of the story, not the year of the day told at the end of
# the paragraph before
_OPENS_PARAGRAPH_IN = re.compile(r"\n[ \t]*In\s+$")
# "a banking app due for release tomorrow" under a dateline days before publication: a plan's day, no story time
_TOMORROW = re.compile(r"^DCT:D\+[1-9]\d*$")
_FLASHBACK_DAYS = 14  # a relative clause's pluperfect day this close before the story's: a flashback, no story time
_TOLD_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_STORY_BACK_DAYS = 60  # days before the speech time a sentence's day must be for its weekdays to count from it
_JOURNEY_DAYS = 7  # a journey's first night is counted from its departure only when the story is this close to it
_STORY_WEEK_SENTENCES = 4  # ... told in its sentence or in one of the four before it (a paragraph may end between)
_THAT_YEAR = re.compile(r"^REF:Y\+0(?:$|:HOL:|-\d\d-\d\d$)")  # "that year", "Easter Sunday that year"
_THAT_YEAR_SENTENCES = 4  # "that year": a day of another year told at most this many sentences before
_STORY_WEEK_DAYS = 7  # ... or, for a day told with its weekday (or counted from one), days before the speech time
_NAMES_MONTH = ("month", "day", "part_of_day", "hour", "minute", "second")
_MONTH_REACH = 2  # sentences a month told before a bare day reaches


@lru_cache(maxsize=None)
def _back_to_now() -> re.Pattern:
    """A paragraph opening with a sentence in the present perfect between a story's day and a weekday ("... walked
    into Tapachula's central park. // Others have followed. On Sunday, police held a second caravan"): the story is
    back at the speech time (not "A body that has walked for two days ...": a relative clause's).  Its irregular
    participles are tense.yaml's ``present_perfect_participles``."""
    words = alternation(load_yaml("timex/tense.yaml")["present_perfect_participles"])
    return re.compile(r"\n\s*[A-Z](?:(?!\b(?:that|who|which)\b)[^.!?\"“”\n])*?\b(?:have|has)\s+(?:\w+\s+)?"
                      rf"(?:\w+ed|{words})\b[^.!?\"“”\n]*[.!?](?=\s)")


def _with_told_year(rt: ResolvedTimex, done: dict[str, ResolvedTimex], text: str) -> bool:
    """Is ``rt`` told with its year, or does it restate the date told with one right before it ("Start: Saturday
    13 October 2018, before dawn")?"""
    if _TOLD_YEAR.search(rt.text):
        return True
    src = done.get(_anchor_id(rt.resolution) or "")
    return src is not None and _APPOSITIVE_GAP.fullmatch(text, src.end, rt.start) is not None and \
        _TOLD_YEAR.search(src.text) is not None


def _anchor_id(res: Resolution) -> str | None:
    """The id of the expression a value was counted from (its anchor label is "t3 = 2021-01-14"), else None."""
    if res.anchor_source != "reference" or not res.anchor:
        return None
    head, sep, _ = res.anchor.partition(" = ")
    return head if sep else None


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)  # "the Dec. 21, 1988, bombing": a noun's date
_YEARLESS = re.compile(r"^(?:DCT:(?:(?P<season>SP|SU|FA|WI)|(?P<feast>HOL:\w+))|XXXX-(?P<month>\d\d))$")
# a day a year or more back ("A year earlier to the day"): a day the story tells, not a period compared with
_SAME_DAY_BACK = re.compile(r"^(?:REF|DCT):YDY?[+-]")
_STORY_YEAR_HOW = {"season": "that season of its year", "feast": "the feast nearest that day",
                   "month": "the first such month from that day on"}


# a since-phrase set off by commas after its subject, in a past story ("walkers from El Salvador, out of their
# capital since Jan. 16, came ...")
_PAST_SINCE = re.compile(r",[^,.;:!?\"“”]{0,40}\bsince\s+$", re.I)
_PAST_SINCE_REACH = 60
_SINCE_CLAUSE = re.compile(r"\bsince\s[^,.;:!?\"“”]*$", re.I)  # "since Mexicans chose a new president "
_SINCE_CLAUSE_REACH = 60
# "has been raking shrimp in Puerto Madero since the summer": a state lasting until now, from the last one before it
_SINCE_NOW = re.compile(r"\b(?:has|have|'ve)\b[^.;:!?\"“”]*\bsince\s+$", re.I)
_SINCE_NOW_REACH = 80
_SINCE_OPENS = re.compile(r"(?:^|[.!?\n]\s*)Since\s+$")  # "Since Easter the market has been quiet"


def _in_story_year(value: str, yearless: re.Match, day: date) -> str:
    """A season, a feast or a month without its year, told right after ``day`` of a story of an earlier year:
    the season of that year ("the spring", "the fall that followed"), the feast nearest it ("Easter Sunday"
    after Palm Sunday), the first such month from it on ("deported in February" after November 2018)."""
    if yearless.lastgroup == "season":
        return f"{day.year:04d}-{yearless.group('season')}"
    return values.complete_uncached(value, day, None if yearless.lastgroup == "feast" else "future").value


def _pluperfect_noun_day(text: str, tx: Timex, ref: ResolvedTimex, speech_day: date) -> bool:
    """Is ``tx`` a bare weekday naming a noun that a pluperfect tells after it ("the Friday round she had missed"),
    in the sentence of ``ref``, a day more than a week before the speech time?"""
    return bool(_BARE_WEEKDAY.match(tx.value)) and ref.sentence == tx.sentence and \
        ref.resolution.granularity == "day" and ref.resolution.start is not None and \
        ref.resolution.start < speech_day - timedelta(days=_STORY_WEEK_DAYS) and \
        _PRENOMINAL_BEFORE.search(text, max(0, tx.start - 6), tx.start) is not None and \
        _MISSED_AFTER.match(text, tx.end) is not None


def _other_year_between(out: list[ResolvedTimex], ref: ResolvedTimex, tx: Timex) -> bool:
    """Is a date of another year than ``ref``'s told between ``ref`` and ``tx`` ("In April of that year [2019] ...
    This April a smaller Via Crucis left Tapachula on Holy Monday": the feast is this April's)?"""
    year = ref.resolution.start.year if ref.resolution.start is not None else None
    for rt in reversed(out):
        if rt.start <= ref.start:
            return False
        if rt.start < tx.start and rt.resolution.start is not None and rt.type in ("DATE", "TIME") and \
                rt.resolution.start.year != year and not (rt.resolution.anchor or "").startswith(f"{ref.id} ="):
            return True  # (not one counted from ``ref`` itself: "... last year, ... the Holy Week caravan")
    return False


def _told_year_off_weekday(tx: Timex, told_by: tuple[Timex, str], weekday_of: dict[str, int]) -> bool:
    """Would the year told before a date put it on another weekday than the one written with it ("25 March
    2018 ... FRI 15 MAR": 15 March 2018 was a Thursday)?"""
    if tx.id not in weekday_of:
        return False
    src, how = told_by
    value = listed_value(tx.value, src.value) if how == "listed" else \
        values.complete_uncached(tx.value, cal.interval(src.value)[1], None).value
    return bool(_off_its_weekday(tx, value, weekday_of))


def _off_its_weekday(tx: Timex, value: str, weekday_of: dict[str, int]) -> bool | None:
    """Does the day ``value`` fall on another weekday than the one written with ``tx`` (False when none is
    written; None when ``value`` is no day of the calendar)?"""
    if tx.id not in weekday_of:
        return False
    try:
        return date.fromisoformat(value[:10]).isoweekday() != weekday_of[tx.id]
    except ValueError:
        return None


def _of_month_value(tx: Timex, span: Resolution, weekday_of: dict[str, int], dct: date | None = None) -> str | None:
    """The day ``tx`` in the year of the month or season told just before it (resolved as ``span``), unless the
    weekday told with it says otherwise ("In June the caravan of Wednesday, June 5", told in January 2025: the
    June the weekday tells, not the one nearest the publication date); a feast in that month, season or year; a day
    of the month alone in that month, or in the publication's month of that year."""
    if span.start is None:
        return None
    if _BARE_DAY.match(tx.value):
        # "A year ago, Friday the 15th": that day in the month told (a year counted back: the publication's month
        # that year, or the nearest month around it in which the day falls on the weekday told with it)
        if span.granularity == "month":
            value = f"{span.start:%Y-%m}-{tx.value[8:10]}"
        elif span.granularity == "year" and dct is not None:
            value = f"{span.start.year:04d}-{dct.month:02d}-{tx.value[8:10]}"
        else:
            return None
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
        if tx.id in weekday_of and span.granularity == "year":
            value, _ = _on_its_weekday(tx, value, "", weekday_of)
        return value if _off_its_weekday(tx, value, weekday_of) is not True else None
    if tx.value.startswith("DCT:HOL:"):
        # "six months ago, on Christmas Eve", "In the spring, on Palm Sunday": the feast in that month, season or
        # year (a winter's feast may fall in the year its December is followed by)
        end = span.end or span.start
        for year in sorted({span.start.year, end.year}):
            value = in_year_value(tx.value, year)
            _, first, last = cal.interval(value)
            if first is not None and last is not None and span.start <= first and last <= end:
                return value
        return None
    # (a winter's January is in the year its December is followed by)
    year = span.start.year if int(tx.value[5:7]) >= span.start.month or span.end is None else span.end.year
    value = f"{year:04d}{tx.value[4:]}"
    return value if _off_its_weekday(tx, value, weekday_of) is False else None


def _on_its_weekday(tx: Timex, value: str, why: str, weekday_of: dict[str, int]) -> tuple[str, str]:
    """A day of the month told with its weekday ("Monday the 20th") moved to the nearest month in which it
    falls on that weekday, with the reason."""
    if tx.id in weekday_of and (moved := month_on_weekday(value, weekday_of[tx.id])) is not None:
        return moved[0], f"{why}; {moved[1]}"
    return value, why


_RESTATED_WEEKDAY_SENTENCES = 2  # "On the Wednesday" this few sentences after the story's Wednesday told by name is it
_TOLD_WEEKDAY_REACH = 2  # "that same Sunday" looks back for its Sunday in its paragraph and the two before it
_TOLD_WEEKDAY_DAYS = 7  # ... for one within a week of the story's day


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_WEEKDAY_OF_VALUE = re.compile(r"^(?:DCT|REF):WD([1-7])[<>=]?")  # a bare weekday's value ("the Monday night": +TNI)
# "Oct. 1, shortly after", "Oct. 1, 2020, a little after"
_APPOSED_AFTER = re.compile(r"\s*,\s*(?:(?:shortly|just|soon|right|not\s+long|a\s+little|a\s+bit)\s+)?after\s+")
_ON_THE_GAP = re.compile(r"\s*,\s*(?:on\s+)?")  # "Two days later, on the Sunday"
_EVENT_ON_THE_GAP = re.compile(r"\s+(?:after|before)\s+[^,;.!?\n]{1,40},\s*(?:on\s+)?")  # "A week after it left, on the"
# "Last week, on Tuesday", "In Holy Week, on the Monday", "Five weeks ago, on a Saturday"
_WEEK_THEN_WEEKDAY = re.compile(r",?\s*(?:on\s+)?(?:the\s+|a\s+)?$")


def _weekday_of_week_told(out: list[ResolvedTimex], tx: Timex, txv: str,
                          text: str) -> tuple[ResolvedTimex, date, str] | None:
    """(the week, the day, the rest of the value: "TNI" ...) of the weekday ``tx`` in the week told right before it
    in its sentence, joined to it by a comma or "on" only ("In Holy Week, on the Monday", "last week, on Tuesday"),
    or by anything in its sentence when the weekday is definite ("During Holy Week of 2019 a column ... left the
    city behind a banner on the Monday"), or None."""
    m = _WEEKDAY_OF_VALUE.match(txv)
    if not out or m is None:
        return None
    wk = out[-1]
    res = wk.resolution
    iso = _ISO_WEEK.match(res.value)
    if wk.sentence != tx.sentence or res.granularity != "week" or res.start is None or res.end is None or \
            (res.end - res.start).days != 6 and iso is None or wk.end > tx.start or \
            not (tx.rule == "rel_the_weekday" or _WEEK_THEN_WEEKDAY.fullmatch(text, wk.end, tx.start)):
        return None
    # (a week counted back is narrowed to the days around it: "A week ago, on Thursday" is that ISO week's Thursday)
    first = date.fromisocalendar(int(iso.group(1)), int(iso.group(2)), 1) if iso is not None else res.start
    return wk, first + timedelta(days=int(m.group(1)) - 1), txv[m.end() :]


def _weekday_told_just_before(out: list[ResolvedTimex], tx: Timex, wd: int, paragraphs) -> ResolvedTimex | None:
    """The latest day told by the name of weekday ``wd`` in the sentence of "the <weekday>" ``tx`` or the
    ``_RESTATED_WEEKDAY_SENTENCES`` before it, or None: the last day told, or one before it in the paragraph of
    ``tx`` ("On Thursday, Nov. 18; the spokesman gave the day as Friday. ... booked for the Thursday evening"; not
    past a new paragraph's "A week later, on Sunday the 28th, ... On the Monday": the Monday after it)."""
    name = tx.text.split()[1].lower()  # ("the Thursday evening": its weekday)
    last = True
    for rt in reversed(out):
        if tx.sentence - rt.sentence > _RESTATED_WEEKDAY_SENTENCES or not (last or paragraphs.same(rt.end, tx.start)):
            return None
        res = rt.resolution
        if res.granularity not in ("day", "part_of_day") or res.start is None:
            continue
        if res.start.isoweekday() == wd and name in rt.text.lower():
            return rt
        last = False
    return None


def _told_weekday(out: list[ResolvedTimex], txv: str, tx: Timex, paragraphs, anchor_day: date) -> ResolvedTimex | None:
    """The latest day told before ``tx`` by its weekday's name ("On Oct. 28, a Sunday", "on Sunday, Oct. 28"), in
    its paragraph or the two before it, within a week of the story's day ``anchor_day``, that falls on the weekday
    of "that (same) <weekday>" (``txv``: 'REF:WD<n>='), or None."""
    wd = int(txv[6])
    name = tx.text.split()[-1].lower()
    for rt in reversed(out):
        res = rt.resolution
        if paragraphs.apart(rt.end, tx.start) > _TOLD_WEEKDAY_REACH:
            return None
        if res.granularity == "day" and res.start is not None and res.start == res.end and \
                _DAY_PREFIX.match(res.value) and len(res.value) == 10 and res.start.isoweekday() == wd and \
                name in rt.text.lower():
            return rt if abs((res.start - anchor_day).days) <= _TOLD_WEEKDAY_DAYS else None
    return None


def _month_of_bare_day(tx: Timex, src: ResolvedTimex | None, paragraphs,
                       weekday: int | None = None) -> tuple[str, date] | None:
    """("value", anchor day) of a bare day ("on the 17th", "the night of the 14th") in the month of the
    calendar date told just before it in its paragraph ("In January the caravan ... reached Tecún Umán on the
    17th", "On Oct. 28 it left ... and arrived on the 2nd": the first such day after the date told).  A day
    told with its weekday ("A week later, on Sunday the 28th") may take the month told in the paragraph
    before, when the day falls on that weekday in it."""
    bare = _BARE_DAY.match(tx.value)
    if bare is None or src is None or src.resolution.start is None or tx.sentence - src.sentence > _MONTH_REACH:
        return None
    if src.resolution.granularity not in _NAMES_MONTH and src.resolution.granularity != "week":
        return None
    text = paragraphs.text
    # (a numbered paragraph goes on from the one before: "2. On Saturday, the thirteenth of October 2018, I
    # left ... 3. On Monday, the fifteenth, we crossed")
    numbered = LIST_NUMBER.match(text, text.rfind("\n", 0, tx.start) + 1) is not None
    apart = paragraphs.apart(src.end, tx.start)
    if apart > (1 if numbered or weekday is not None else 0):
        return None
    day = int(bare.group(1))
    told = src.resolution.start
    y, m = told.year, told.month
    if src.resolution.granularity != "month" and day < told.day:
        # "left on Oct. 28 ... arrived on the 2nd": November's, the nearer one; "moves to Saturday 25 June,
        # the school is closed until the 24th": June's
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        try:
            if (date(ny, nm, day) - told).days <= (told - date(y, m, day)).days:
                y, m = ny, nm
        except ValueError:
            y, m = ny, nm
    try:
        got = date(y, m, day)
    except ValueError:
        return None
    if apart and not numbered and got.isoweekday() != weekday:
        return None
    return got.isoformat() + (bare.group(2) or ""), got


_COUNTED_FROM_GAP = re.compile(r"\s*(?:the\s+)?")


def _counted_from(text: str, timexes: list[Timex]) -> dict[str, str]:
    """id of an offset -> id of the date right after it that it is counted from ("the day before
    last Tuesday's hearing", "two days after Friday's vote", "the day after Christmas"); id of a
    time of day -> id of the date right after it ("at 6 a.m. ten days before the shooting")."""
    out: dict[str, str] = {}
    for tx, nx in zip(timexes, timexes[1:]):
        if (
            tx.value.startswith("REF:")
            and tx.text.lower().endswith(("before", "after"))
            and nx.type in ("DATE", "TIME")
            and not nx.value.startswith("REF:")
            and _COUNTED_FROM_GAP.fullmatch(text, tx.end, nx.start)
        ):
            out[tx.id] = nx.id
        elif (
            tx.type == "TIME"
            and tx.value.startswith("REF:D+0T")
            and tx.sentence == nx.sentence  # ("at about 4 a.m. The day before, ...": the period is the time's)
            and not text.startswith(("'s", "’s"), nx.end)  # ("Around 7 a.m. this year's first caravan left")
            and (nx.type == "DATE" and (text[tx.end : nx.start].isspace() or
                                        _SAME_CLAUSE_GAP.fullmatch(text, tx.end, nx.start))
                 or nx.type == "TIME" and _DAY_WITH_PART.match(nx.value) and (
                     text[tx.end : nx.start].isspace() or _SAME_CLAUSE_GAP.fullmatch(text, tx.end, nx.start)))
        ):
            # "at 6 a.m. ten days before the shooting", "at 6 a.m. near his home 10 days before the murder":
            # the time of that day; "at first light the next morning": the dawn of that morning ("Before five on
            # Wednesday morning": that Wednesday's)
            out[tx.id] = nx.id
        elif tx.type == "TIME" and tx.value.startswith("REF:D+0T") and _DAY_OF_MONTH_VALUE.match(nx.value) and \
                _APPOSED_DAY_GAP.fullmatch(text, tx.end, nx.start):
            # "a small column that had left Tapachula that morning, on the 4th": the morning of the day told after it
            out[tx.id] = nx.id
    return out


# a clock that opens its line or an item of a list, or sits between dots of a feed ("05:45 Group begins moving",
# "· The band ... leaves there at noon", "Calendar · 07:00 · Newsroom meeting"): a log's, a plan's, not a habit's
_LISTED_LINE = re.compile(r"\s*(?:$|[·•*-]|.*·\s*$)")
_IT_IS = re.compile(r"\b[Ii]t(?:\s+is|['’]s)\s+(?:\w+\s+)?$")  # "It is five in the morning": the hour now, no habit
_YEAR_VALUE = re.compile(r"^\d{4}$")
_SET_CLOCK_REACH = 12  # characters from a set to the hour of it: "on Friday evenings from seven"
_BARE_CLOCK_REF = re.compile(r"^REF:D\+0T\d\d:\d\d$")  # "at six", "from eight to two": an hour, no day of its own
_DAY_OF_MONTH_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-\d\d$")  # "the 4th", "Oct. 4", "Oct. 4, 2021"
_APPOSED_DAY_GAP = re.compile(r",[ \t]+(?:on[ \t]+)?")
_DAY_WITH_PART = re.compile(r"^(?:REF:D[+-]\d+|DCT:WD\d)T[A-Z]{2}$")  # "the next morning", "Friday night"
# a few words with no punctuation, no conjunction and no preposition of a span ("since Monday") before the date
_SAME_CLAUSE_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|then|since|until|till|from|after|before|by|while|when|through)\b)[\w'’]+){1,5}?\s+", re.IGNORECASE
)


_MONTH_DAY = re.compile(r"^XXXX-\d\d-\d\d$")
_MONTH_DAY_TIME = re.compile(r"^XXXX-\d\d-\d\d(?:T[A-Z]{2}|T\d\d:\d\d)?$")
_SPAN_BACK = 6  # resolved expressions looked back at for a span's start


def _span_start(tx: Timex, done: list[ResolvedTimex], text: str) -> ResolvedTimex | None:
    """The day a span ending at ``tx`` ("until 30 November") starts from: the last day resolved before it in its
    sentence, when "until", "till" or "through" stands right before it."""
    if UNTIL_BEFORE.search(text, max(0, tx.start - 12), tx.start) is None:
        return None
    for rt in reversed(done[-_SPAN_BACK:]):
        r = rt.resolution
        if rt.sentence == tx.sentence and rt.end <= tx.start and rt.type == "DATE" and r.start is not None \
                and r.granularity == "day":
            return rt
    return None


def _in_anchoring_order(timexes: list[Timex], counted_from: dict[str, str]) -> list[Timex]:
    """The expressions in text order, except that a date an offset is counted from comes first."""
    if not counted_from:
        return timexes
    out = list(timexes)
    for i in range(len(out) - 1):
        if counted_from.get(out[i].id) == out[i + 1].id:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _value_granularity(value: str) -> str:
    try:
        return cal.interval(value)[0]
    except (ValueError, KeyError):
        return "none"


@lru_cache(maxsize=None)
def _year_back() -> re.Pattern:
    return re.compile(load_yaml("timex/anchors.yaml")["year_back"])


# (... or a day of such a month: "In January, on the last Saturday of the month")
_COARSE_REF = re.compile(r"^(?:(?:NTHWD|DAYOFMONTH):[^:]+:)?REF:(?:(?:M|Q|HY|Y|DE|CE)[+-]|MO\d\d|(?:SP|SU|FA|WI)[<>=])")
_PERIOD_SUFFIX = re.compile(r"^\d{4}(-(?:Q[1-4]|H[12]|\d\d))$")
_REF_UNIT = re.compile(r"^REF:(?P<u>D|W|M|Q|HY|Y)[+-]")
# how fine a unit / granularity is (smaller = finer)
_FINENESS = {"D": 0, "W": 1, "M": 2, "Q": 3, "HY": 4, "Y": 5}
_GRAN_FINENESS = {"day": 0, "part_of_day": 0, "hour": 0, "minute": 0, "second": 0, "week": 1, "month": 2,
                  "season": 3, "quarter": 3, "half": 4, "year": 5}


_OFFSET = re.compile(r"^REF:(?P<u>D|W|M|Y)[+-](?:\d+(?:\.\d+)?\.\.)?(?P<n>\d+(?:\.\d+)?|X)$")


_SHORT_OFFSET = re.compile(r"^REF:[DW][+-]")  # days or weeks after / before the story's time
_AFTER_REF = re.compile(r"^REF:(?:D|WE|W|M|Q|HY|Y)\+(?:[1-9]|X)")  # "the next morning", "the following week"
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
_WHOLE_DURATION = re.compile(r"P(\d+)([DWMY])")
_OR_TWO = re.compile(r"\bor\s+two$", re.I)
_EARLIER_LATER = re.compile(r"(earlier|later)\s+(?:this|in\s+the)\s", re.I)


def _point_ahead(tx: Timex, text: str) -> str | None:
    """'DCT:Y+5' for "in five years" (a whole number of days, weeks, months or years after "in"),
    'DCT:W+4..6' for "in four to six weeks", else None."""
    m = _WHOLE_DURATION.fullmatch(tx.value)
    if m is None or not _IN_BEFORE.search(text, max(0, tx.start - 4), tx.start) or tx.text.lower().startswith("the "):
        return None  # ("expects net income in the year ending June 30": a period, not a year from now)
    if tx.mod:
        if m.group(1) == "1" and _OR_TWO.search(tx.text):
            return f"DCT:{m.group(2)}+1..2"  # "in a day or two", "in a week or two"
        return None
    low = _WHOLE_DURATION.fullmatch(tx.low) if tx.low else None
    if low is not None and low.group(2) == m.group(2):
        return f"DCT:{m.group(2)}+{low.group(1)}..{m.group(1)}"
    return f"DCT:{m.group(2)}+{m.group(1)}"


def _weekend_from(value: str, ref: ResolvedTimex) -> date:
    """The day a story's "the weekend" is counted from: a Sunday told just before it is in that weekend ("left on
    Sunday, Oct. 29 ... and it came the weekend he had set aside": that one, not the next)."""
    day = ref.resolution.start
    return day - timedelta(days=1) if value == "DCT:WE" and day.isoweekday() == 7 else day


def _restates_day(coarse: ResolvedTimex, day: ResolvedTimex | None, sentence: int) -> bool:
    """Does the coarse time only restate the month (year) of a day told before it in the sentence ("on Jan. 15 in
    the huge caravan of January ... two days later": counted from Jan. 15)?"""
    a, b = coarse.resolution, day.resolution if day is not None else None
    return b is not None and day.sentence == sentence and None not in (a.start, a.end, b.start) and \
        a.start <= b.start <= a.end


def _offset_as_duration(value: str) -> str:
    """'REF:D-13' -> 'P13D' (the length of an offset whose anchor is unknown)."""
    m = _OFFSET.match(value)
    return f"P{m.group('n')}{m.group('u')}" if m else value


def _finer_than_anchor(value: str, granularity: str) -> bool:
    """Whether a REF value asks for a finer unit than its anchor's granularity
    ("the same day" anchored on a month): the answer can then be no finer than the anchor."""
    m = _REF_UNIT.match(value)
    g = _GRAN_FINENESS.get(granularity)
    return m is not None and g is not None and _FINENESS[m.group("u")] < g



def _period_of_year(year: str, period: ResolvedTimex | None) -> tuple[str, str]:
    """'the 1988 period': the quarter (half, month) under discussion, in 1988."""
    m = _PERIOD_SUFFIX.match(period.resolution.value) if period is not None else None
    if m is None:
        return year, f"the period of {year} (no quarter, half or month named before)"
    return year + m.group(1), f"the period under discussion ('{period.text}' = {period.resolution.value}) in {year}"

_YEARS_BACK = re.compile(r"^(?:DCT|REF):Y-(\d+)$")


def _compares_with_own_sentence(tx: Timex, prev: ResolvedTimex | None, period: ResolvedTimex) -> bool:
    """"fetched about 2,600 lempiras last week, a little better than a year ago": a year-back comparison after a
    day or a week told in its own sentence compares with that, not with a month told sentences before."""
    return prev is not None and prev.sentence == tx.sentence and prev.sentence != period.sentence and \
        prev.resolution.granularity in ("day", "part_of_day", "week")


def _comparable_period(tx: Timex, period: ResolvedTimex | None, text: str) -> str | None:
    """'up from $4 million a year earlier' a few sentences after 'the third
    quarter': that period one year before, at the same granularity."""
    if period is None or tx.rule not in ("rel_ago", "rel_later_earlier", "date_year_ago_adjective"):
        return None
    m = _YEARS_BACK.match(tx.value)
    if not m or m.group(1) != "1" or tx.sentence - period.sentence > 3:
        return None
    v = period.resolution.value
    if not re.match(r"^\d{4}", v):
        return None
    return f"{int(v[:4]) - 1:04d}{v[4:]}"


def _sentence(tx: Timex, value: str, why: str, anchor: str | None) -> str:
    s = f"'{tx.text}' = {value}"
    if why:
        s += f": {why}"
    if anchor:
        s += f" (anchor: {anchor})"
    return s


# --------------------------------------------------------------- issue 2


def infer_publication(text: str, sentences: list[Sentence], timexes: list[Timex]) -> tuple[datetime | None, str]:
    """Guess a missing publication date from the text.

    The latest complete explicit day date (not in an "updated"/"added on"
    line, not in a future clause) whose written weekday, if any, agrees with
    the calendar; and no bare weekday of the text may then fall more than a
    week before it.  Returns (None, reason) when nothing qualifies.
    """
    _, _, notpub_rx, _ = _anchor_rx()
    starts = [s.start for s in sentences]
    cands: list[tuple[date, Timex]] = []
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or not _DAY_PREFIX.match(tx.value):
            continue
        try:
            d = date.fromisoformat(tx.value[:10])
        except ValueError:
            continue
        lo, hi = line_bounds(text, tx.start)
        if notpub_rx.search(text[lo:hi]):
            continue
        m = re.match(r"([A-Za-z]+)", tx.text)
        if m and tx.rule.startswith(("date_wd_", "rel_")):
            wd = m.group(1).lower()[:3]
            if wd != d.strftime("%A").lower()[:3]:
                continue
        s_lo, s_hi = _sentence_bounds(sentences, starts, tx, text)
        if tense_at(text, tx.start, tx.end, s_lo, s_hi) == "future":
            continue
        cands.append((d, tx))
    if not cands:
        return None, "no complete explicit date in the text"
    d, tx = max(cands, key=lambda c: (c[0], -c[1].start))
    return (
        datetime(d.year, d.month, d.day),
        f"inferred from the latest explicit date in the text, '{tx.text}' ({tx.id}) = {d}",
    )


def resolve_article(extracted: ExtractedArticle) -> ResolvedArticle:
    """Resolve the timexes and date the event mentions of one article."""
    from timeline.resolve.mentions import date_mentions

    article = extracted.article.model_copy(deep=True)
    warnings = list(extracted.warnings)
    if article.published is None:
        when, why = infer_publication(article.text, extracted.sentences, extracted.timexes)
        if when is not None:
            article.published = when
            article.published_inferred = True
            article.published_reason = why
        elif NO_DATE_WARNING not in warnings:
            warnings.append(NO_DATE_WARNING)
    rtx = resolve_timexes(
        article.text,
        extracted.sentences,
        extracted.timexes,
        article.published,
        published_inferred=article.published_inferred,
    )
    mentions = date_mentions(article, extracted.sentences, rtx, extracted.mentions, extracted.relations)
    return ResolvedArticle(
        article=article,
        sentences=[s.model_copy() for s in extracted.sentences],
        timexes=rtx,
        mentions=mentions,
        relations=[r.model_copy() for r in extracted.relations],
        warnings=warnings,
    )
