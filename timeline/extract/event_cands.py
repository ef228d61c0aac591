"""The extractor's working state: a trigger candidate (``Cand``) and the per-article context (``ArticleCtx``)
that the event passes share, with the small word-list helpers they all use."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from timeline.extract.event_context import (account_goes_on, cited_quotation, dated_account, dated_attribution,
                                            dates_inside, quote_spans, segment_hits, set_out_quotation)
from timeline.extract.event_lexicon import Tok, Trigger, cues, lexicon, phrase_set, tokenize
from timeline.extract.places import ArticlePlaces, Found, caption_heads, dateline_place
from timeline.extract.sizes import Size, size_cue_words, size_first_words, starts_number, starts_vague
from timeline.models import Article, PlaceRef, Sentence, Timex

DETERMINERS = frozenset(
    "a an the this that these those their its his her our my your first last next one another each every no any "
    "such".split()
)
# the words opening a clause's own subject ("as the Summit of the Americas met", ", and the square empty by noon")
SUBJECT_DETERMINERS = frozenset(("the", "its", "their", "his", "her"))
# the words opening a relative clause ("the caravan that left", "the pilgrims who marched")
RELATIVE_PRONOUNS = frozenset(("that", "who", "which"))
# the subject of a relative clause with no "that": "the one he remembers", "the terminal he can see"
PERSON_PRONOUNS = frozenset(("i", "he", "she", "we", "they", "you"))


@dataclass
class Cand:
    trig: Trigger
    ti: int  # token index in sentence
    tj: int
    sent: Sentence
    toks: list[Tok]
    seg: list[int]
    type: str
    modality: str = "actual"
    cue: str | None = None
    places: list[PlaceRef] = field(default_factory=list)
    size: Size | None = None
    timex: Timex | None = None
    timex_end: Timex | None = None  # "starting X and continuing through Y": the own interval ends with Y
    actor: str | None = None
    earlier: bool = False
    later: bool = False
    nation: str | None = None
    twin: Cand | None = None  # the trigger this crossing was copied from (also_crossings)
    start: int = 0
    end: int = 0
    rule: str = ""
    trigger_text: str = ""
    extra_rules: list[str] = field(default_factory=list)
    unplaced: bool = False  # a place_or_time trigger without its place: kept only with its own time


_COMMA = frozenset({","})
_COORD = frozenset({"and", "or", "but"})


def _positions(lows: list[str], hits) -> list[int]:
    """Indices of ``lows`` whose word is in ``hits`` (a set or dict; in order)."""
    return list(compress(range(len(lows)), map(hits.__contains__, lows)))


def _opinions(text: str, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The direct quotations whose triggers are not events: all but quoted documents, cited texts and witnesses'
    dated accounts (and the quotation that goes on with an account's voice right after its attribution)."""
    out: list[tuple[int, int]] = []
    account: tuple[int, int] | None = None
    attributed: tuple[int, int] | None = None  # the quotation before, when an attribution with its day closed it
    for q in quote_spans(text):
        if dated_account(text, q, dates) or account is not None and account_goes_on(text, account, q) or \
                attributed is not None and account_goes_on(text, attributed, q) and dates_inside(q, dates):
            # (the last: '"They took the shirts," she said on Friday, folding two skirts. "Yesterday, he says, the
            # Mexicans started writing down people's names at the bridge"': the voice goes on with a dated account)
            account = q
            continue
        account = None
        attributed = q if dated_attribution(text, q, dates) else None
        if not set_out_quotation(text, q) and not cited_quotation(text, q):
            out.append(q)
    return sorted(out)


class ArticleCtx:
    """Per-article state shared by the sentence passes."""

    def __init__(self, article: Article, sentences: list[Sentence], timexes: list[Timex]):
        self.article = article
        self.text = article.text
        self.sentences = sentences
        self.toks = tokenize(self.text)
        self.tok_starts = [t.start for t in self.toks]
        self.places = ArticlePlaces(self.text, self.toks)
        self.dateline = dateline_place(self.text, self.toks, self.places)
        self.caption_heads = caption_heads(self.text, self.places)  # (line start, line end, place), in text order
        self.caption_head_los = [lo for lo, _, _ in self.caption_heads]
        self.timexes = sorted(timexes, key=lambda t: t.start)
        dates = [(t.start, t.end) for t in self.timexes if t.type in ("DATE", "TIME")]
        self.quotes = _opinions(self.text, dates)
        self.timex_starts = [t.start for t in self.timexes]
        self.place_tok: dict[int, Found] = {}
        for f in self.places.found:
            for k in range(f.tok_start, f.tok_end):
                self.place_tok[k] = f
        self.place_positions = sorted(self.place_tok)  # tokens inside a place name
        self.lows = lows = [t.low for t in self.toks]
        self._topical: dict[int, bool] = {}
        self._title_group: bool | None = None
        self._group_toks: list[int] | None = None
        self.last_speaker: tuple[int, str] | None = None  # (sentence, actor) of the last statement's speaker
        self.titled_names: list[tuple[int, int, frozenset[str]]] | None = None  # (see event_statements.titled_surname)
        # where a size may start and its cue words (group nouns, size frames): with the triggers, what
        # makes a sentence worth reading.  (A punctuation token is never a numeral, a number word or a
        # trigger word: the words among them need no test.)
        first = size_first_words()
        starts = [i for i, w in enumerate(lows) if w[0].isdecimal() or w in first]
        self.number_starts = [i for i in starts if starts_number(lows[i])]
        self.vague_starts = [i for i in starts if starts_vague(lows, i)]
        self.size_starts = sorted(set(self.number_starts) | set(self.vague_starts))
        self.size_cues = _positions(lows, size_cue_words())
        # words where a trigger may start
        self.trigger_starts = _positions(lows, lexicon().by_first)
        self.segment_hits = segment_hits(lows)  # tokens that may open or close a clause segment
        # ", and" / ", or" / ", but": where a clause's place window ends (see places_for)
        self.coord_commas = [k for k in _positions(lows, _COMMA) if k + 1 < len(lows) and lows[k + 1] in _COORD]

    def title_names_group(self) -> bool:
        """Does the text's first line name a migrant group ("Talk: October 2018 Central American migrant
        caravan")?  (computed once)"""
        got = self._title_group
        if got is None:
            end = self.text.find("\n")
            end = len(self.text) if end < 0 else end
            k = bisect.bisect_left(self.tok_starts, end)
            groups = phrase_set("group_nouns")
            got = self._title_group = any((w,) in groups for w in self.lows[:k])
        return got

    def group_named_before(self, pos: int) -> bool:
        """Is a migrant group named on the line of offset ``pos``, before it?  (the group words' positions are
        found once)"""
        if self._group_toks is None:
            groups = phrase_set("group_nouns")
            self._group_toks = [i for i, w in enumerate(self.lows) if (w,) in groups]
        lo = self.text.rfind("\n", 0, pos) + 1
        k = bisect.bisect_left(self.tok_starts, pos)
        j = bisect.bisect_left(self._group_toks, k)
        return j > 0 and self.toks[self._group_toks[j - 1]].start >= lo

    def topical(self, sidx: int) -> bool:
        """Does sentence sidx hold a migration topic word?  (computed once per sentence)"""
        got = self._topical.get(sidx)
        if got is None:
            a, b = self.sentence_tokens(self.sentences[sidx])
            topic = _topic_words()
            got = self._topical[sidx] = not topic.isdisjoint(self.lows[a:b])
        return got

    @staticmethod
    def within(xs: list[int], a: int, b: int) -> list[int]:
        """The positions of xs in [a, b), made relative to a."""
        lo, hi = bisect.bisect_left(xs, a), bisect.bisect_left(xs, b)
        return [x - a for x in xs[lo:hi]]

    def may_have_size(self, a: int, b: int) -> bool:
        """Could token range [a, b) hold a size: a vague quantity, or a number and a cue word?"""
        def within(xs: list[int]) -> bool:
            k = bisect.bisect_left(xs, a)
            return k < len(xs) and xs[k] < b

        return within(self.vague_starts) or (within(self.number_starts) and within(self.size_cues))

    def sentence_tokens(self, s: Sentence) -> tuple[int, int]:
        a = bisect.bisect_left(self.tok_starts, s.start)
        b = bisect.bisect_left(self.tok_starts, s.end)
        return a, b


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """A one-word cue list of cues.yaml as a set."""
    return frozenset(str(w) for w in cues()[key])


@lru_cache(maxsize=None)
def estimating_verbs() -> frozenset[str]:
    """cues.yaml's ``competing_estimates.verbs``: the verbs a source gives a count with ("said", "reckoned")."""
    return frozenset(str(w) for w in cues()["competing_estimates"]["verbs"])


def counter_after(toks: list[Tok], k: int, reach: int = 1) -> bool:
    """Does a verb of counting or saying (``estimating_verbs``) stand at token ``k`` or in the ``reach`` words from
    it, with no punctuation before it ("a group in Honduras said", "a shelter in Tapachula reckoned")?"""
    for t in toks[k : k + reach]:
        if not t.word:
            return False
        if t.low in estimating_verbs():
            return True
    return False


@lru_cache(maxsize=None)
def _topic_words() -> frozenset[str]:
    return frozenset(str(w) for w in cues()["topic_words"])
