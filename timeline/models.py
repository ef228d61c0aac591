"""Pydantic models: the contracts between the pipeline stages.

Data flows one way::

    ingest  -> Article
    extract -> ExtractedArticle   (sentences, Timex with underspecified values,
                                   EventMention without times, Relation)
    resolve -> ResolvedArticle    (ResolvedTimex, EventMention with .time)
    graph   -> Timeline           (Event, Relation, Caravan, MergeDecision)
    store   <- all of the above   (SQLite)
    render / export / cli read Timeline objects back from the store.

No stage reaches into another's internals: each consumes the models the
previous stage produced and returns new ones.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# Granularity of a resolved time value, coarsest to finest.  ``none`` is used
# for values that are not on the calendar (durations, PRESENT_REF, ...).
Granularity = Literal[
    "millennium",
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "day",
    "part_of_day",
    "hour",
    "minute",
    "second",
    "none",
]

EventType = Literal[
    "depart",
    "cross_border",
    "arrive",
    "stay",
    "march",
    "block",
    "asylum",
    "return",
    "size",
    "statement",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

# actual: reported as having happened (or happening);
# planned: intended / scheduled / expected; negated: reported as not having
# happened; hypothetical: conditional, threatened or speculative.
Modality = Literal["actual", "planned", "negated", "hypothetical"]

# How an event mention got its time:
#  own         - a time expression in its own clause
#  context     - the story's current reference time (narrative context)
#  relation    - derived from a relation to another event ("the day after X")
#  publication - the article's publication date, with a widened interval
#  unresolved  - nothing to anchor on (no publication date)
TimeLink = Literal["own", "context", "relation", "publication", "unresolved"]

AnchorSource = Literal[
    "none",  # absolute expression, needs no anchor
    "publication",  # the article's publication date
    "inferred-publication",  # publication date inferred from the text
    "reference",  # the story's reference time (another expression)
    "caption",  # a photo caption / tweet date
    "quote",  # a dated quotation
    "section",  # the day header of a live blog's or a roundup's section
    "unanchored",  # needed an anchor, none available
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------- ingest


class Article(_Model):
    """One news article as read from an input file."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_inferred: bool = False
    published_reason: str | None = None  # why this publication date
    text: str
    origin: str | None = None  # "file" or "file:line" it came from

    @property
    def content_hash(self) -> str:
        """Identity of the article in the store: same inputs, same hash."""
        h = hashlib.sha256()
        h.update(self.text.encode("utf-8"))
        h.update(b"\x00")
        h.update((self.published.isoformat() if self.published else "").encode())
        h.update(b"\x00")
        h.update((self.title or "").encode("utf-8"))
        return h.hexdigest()

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None


class IngestError(_Model):
    """A bad input: one line for the user, naming the file and the reason."""

    origin: str  # file, or file:line
    reason: str
    fatal: bool = True  # False for warnings (e.g. legacy encoding decoded)

    def __str__(self) -> str:  # the one-line message
        return f"{self.origin}: {self.reason}"


# -------------------------------------------------------------------- extract


class Sentence(_Model):
    index: int
    start: int
    end: int  # exclusive character offset into Article.text


class Timex(_Model):
    """A time expression as found by the extractor.

    ``value`` may be underspecified (see docs/tagger.md); the resolver turns it
    into a TimeML value.  Offsets are Python character offsets into the text.
    """

    id: str  # "t1", "t2", ... unique within the article
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None  # SET: EVERY, EACH ...
    freq: str | None = None  # SET: 1W, 2X ...
    low: str | None = None  # DURATION: the lower end of a range of lengths ("four to six weeks": P4W; value P6W)
    rule: str  # id of the pattern that fired
    sentence: int
    # the expression names which group it is, not when its clause happened ("the January caravan were camped",
    # "last year's caravan"): set by the event extractor, read by the resolver's narrative context
    names_group: bool = False


class Resolution(_Model):
    """An anchored time value with its uncertainty and the reason for it."""

    value: str  # final TimeML value ("2018-10-15", "2018-W41", "PXD", ...)
    granularity: Granularity
    start: date | None = None  # inclusive earliest day (None: open / not a date)
    end: date | None = None  # inclusive latest day
    anchor: str | None = None  # e.g. "publication 2018-10-15", "t3 = 2018-10-12"
    anchor_source: AnchorSource = "none"
    reason: str = ""  # human-readable: why this value
    resolved: bool = True  # False: kept underspecified (no anchor available)


class ResolvedTimex(Timex):
    resolution: Resolution


class Place(_Model):
    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # state / department name
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # country, state, city, town, crossing, river, bridge, shelter, region
    geonameid: int | None = None


class PlaceRef(_Model):
    place: Place
    role: Literal["from", "to", "towards", "at", "into", "via", "mention"] = "at"
    start: int
    end: int
    text: str


class EventMention(_Model):
    """One mention of a migration event in one article."""

    id: str  # f"{article_id}#e{n}"
    article_id: str
    type: EventType
    trigger: str
    start: int  # trigger span
    end: int
    sentence: int
    modality: Modality = "actual"
    rule: str  # trigger lexicon entry that fired
    places: list[PlaceRef] = Field(default_factory=list)
    group_size: int | None = None
    size_low: int | None = None
    size_high: int | None = None
    # APPROX, MORE_THAN, LESS_THAN, RANGE, EQUAL; VAGUE: "hundreds" (group_size None, size_low the least it
    # can mean, size_text the words)
    size_mod: str | None = None
    size_text: str | None = None
    actor: str | None = None
    timex_id: str | None = None  # the mention's own time expression, if any
    # "Starting Easter morning and continuing through Monday, ... tweeted": the expression its own
    # interval runs to (the interval starts with timex_id)
    timex_end_id: str | None = None
    earlier_caravan: bool = False  # text attributes it to an earlier caravan
    # "a second caravan", "another caravan": one newer than the caravan under way (with earlier_caravan: newer than
    # one told of long before, "the second caravan of October 2018" in a story of 2020)
    later_caravan: bool = False
    # the one nationality its sentence gives the people it is about ("a second caravan of Hondurans",
    # "300 Salvadorans", "Honduran migrants"): ISO country code; None when none or several
    nationality: str | None = None
    summary: str  # one line, built from the sentence
    # Filled in by the resolver:
    time: Resolution | None = None
    time_link: TimeLink | None = None


RelationType = Literal["BEFORE", "AFTER", "SIMULTANEOUS", "INCLUDES", "IS_INCLUDED", "SAME_EVENT"]


class Relation(_Model):
    """A temporal relation between two event mentions (or events)."""

    source: str
    target: str
    type: RelationType
    rule: str
    article_id: str | None = None
    offset: int | None = None  # evidence position in the article text
    # When known: (min, max) of (date of target - date of source) in days.
    # "X set off on Friday, the day after Y urged": Relation(source=Y,
    # target=X, type="BEFORE", lag_days=(1, 1)).
    lag_days: tuple[int, int] | None = None


class ExtractedArticle(_Model):
    article: Article
    sentences: list[Sentence]
    timexes: list[Timex]
    mentions: list[EventMention]
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ResolvedArticle(_Model):
    article: Article
    sentences: list[Sentence]
    timexes: list[ResolvedTimex]
    mentions: list[EventMention]
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------------- graph


class Claim(_Model):
    """What one mention says about an event's date."""

    mention_id: str
    article_id: str
    value: str
    start: date | None
    end: date | None
    time_link: TimeLink
    anchor: str | None = None


class Event(_Model):
    id: str
    caravan: str | None = None
    type: EventType
    date: str  # TimeML-style value of the merged interval
    start: date | None = None
    end: date | None = None
    granularity: Granularity
    place: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    group_size: int | None = None
    # when no number is reported: the vague quantity reported instead ("hundreds", "several thousand") and the
    # least it can mean (200, 2000); group_size stays None
    size_vague: str | None = None
    size_min: int | None = None
    summary: str
    sources: list[str]  # article ids
    mentions: list[str]  # mention ids
    conflict: bool = False
    conflict_note: str | None = None
    confidence: float = 0.5
    modality: Modality = "actual"
    claims: list[Claim] = Field(default_factory=list)
    derived_from_relations: bool = False  # date bounded by relations, not its own


class Caravan(_Model):
    label: str  # e.g. "2018-10 San Pedro Sula"
    start: date | None = None
    origin: str | None = None
    events: int = 0


class MergeDecision(_Model):
    event_id: str
    mention_id: str
    other: str | None = None  # the mention / event it was compared with
    decision: Literal["seed", "merged", "kept-apart", "attached-caravan", "dated-by-relation"]
    reason: str


class Timeline(_Model):
    events: list[Event]
    relations: list[Relation] = Field(default_factory=list)
    caravans: list[Caravan] = Field(default_factory=list)
    decisions: list[MergeDecision] = Field(default_factory=list)
