"""Word tokens and the compiled trigger lexicon of the event extractor.

The lexicon lives in ``resources/events/triggers.yaml`` (patterns) and
``resources/events/verbs.tsv`` (irregular verb forms); this module compiles it
once into an index keyed by the first token, and matches it over a sentence's
tokens in linear time (a pattern has at most a handful of slots and gaps of at
most six tokens, so the work per position is bounded).
"""

from __future__ import annotations

import bisect
import unicodedata
from itertools import compress
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from timeline.resources import load_tsv, load_yaml

# Numbers with digit grouping first, then words (with inner apostrophes, dots,
# hyphens: "U.S.", "vice-president", "don't"), then any other single character.
_TOKEN = regex.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?(?:%)?"
    r"|\w+(?:['’.\-]\w+)*\.?"
    r"|[^\w\s]"
)


@dataclass(slots=True)
class Tok:
    text: str
    low: str  # lower-cased, final period dropped (except abbreviations like "u.s.")
    start: int
    end: int
    word: bool  # a word or number (not punctuation)
    index: int = 0


_FOLD_CACHE: dict[str, str] = {}


def fold(s: str) -> str:
    """Lower-case and strip accents: 'Tecún Umán' -> 'tecun uman' (cached for short strings)."""
    r = _FOLD_CACHE.get(s)
    if r is None:
        if s.isascii():
            r = s.lower()
        else:
            r = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
        if len(s) <= 64 and len(_FOLD_CACHE) < 100_000:
            _FOLD_CACHE[s] = r
    return r


# The token pattern with the white space before each token: offsets follow from the lengths.  Every
# character that is not white space starts a token, so the white space before a token is always
# followed by one and nothing is ever tried twice -- except trailing white space, which is left out of
# the scan (found by a search backwards from the end, ``_LAST_NON_SPACE``).
_SPACED_TOKEN = regex.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_LAST_NON_SPACE = regex.compile(r"(?r)\S")
# token string -> (kind, text, low): 0 punctuation, 1 word or number, 2 a word with a final period
# ("Friday." -> "Friday" + "."); most tokens of an article were met before
_TOKEN_INFO: dict[str, tuple[int, str, str]] = {}


def _token_info(t: str) -> tuple[int, str, str]:
    c = t[0]
    if c.isalnum() or c == "_":
        if t[-1] == "." and len(t) > 1 and t.count(".") == 1:
            # "Friday." -> "Friday" + "."; abbreviations with inner dots ("U.S.", "a.m.") stay whole
            w = t[:-1]
            low = w.lower()
            if "’" in low:
                low = low.replace("’", "'")
            info = (2, w, low)
        else:
            low = t.lower()
            if "’" in low:
                low = low.replace("’", "'")
            info = (1, t, low)
    else:
        info = (0, t, "'" if t == "’" else t.lower())
    if len(t) <= 64 and len(_TOKEN_INFO) < 100_000:
        _TOKEN_INFO[t] = info
    return info


# White space as ``str.split`` sees it (``str.isspace``) and as the token pattern sees it (``\s``) differ
# for a few characters (the information separators U+001C..U+001F are white space to Python only).
# Texts whose white space is all of the kinds both agree on are split at white space first, and each
# piece is tokenised on its own (``_piece_tokens``, remembered per distinct piece): the pattern matches
# no white space, so its matches are the same.  Other texts are scanned whole.
_AGREED_SPACE = "".join(c for c in " \t\n\r\x0b\x0c\xa0\u2002\u2003\u2009\u200a\u202f"
                        if c.isspace() and regex.match(r"\s", c))
# every other white-space character, by either definition (all of them are below U+3001; a test
# checks every code point)
_OTHER_SPACE = regex.compile("[" + "".join(
    f"\\u{ord(c):04x}" for c in map(chr, range(0x3001))
    if (c.isspace() or regex.match(r"\s", c)) and c not in _AGREED_SPACE) + "]")
# piece -> its tokens as (start, end, text, low, word), offsets within the piece
_PIECES: dict[str, tuple[tuple[int, int, str, str, bool], ...]] = {}


def _piece_tokens(piece: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    parts: list[tuple[int, int, str, str, bool]] = []
    pos = 0
    for t in _TOKEN.findall(piece):
        a = piece.find(t, pos)  # the tokens of a piece follow each other without a gap
        pos = b = a + len(t)
        kind, w, low = _TOKEN_INFO.get(t) or _token_info(t)
        if kind == 2:
            parts.append((a, b - 1, w, low, True))
            parts.append((b - 1, b, ".", ".", False))
        else:
            parts.append((a, b, t, low, kind == 1))
    got = tuple(parts)
    if len(piece) <= 64 and len(_PIECES) < 100_000:
        _PIECES[piece] = got
    return got


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word, number and punctuation tokens with their character offsets (linear time)."""
    end = len(text) if end is None else end
    if _OTHER_SPACE.search(text, start, end) is None:
        return _tokenize_pieces(text, start, end)
    return _tokenize_scan(text, start, end)


def _tokenize_pieces(text: str, start: int, end: int) -> list[Tok]:
    """``tokenize`` for a text whose white space both definitions agree on (see _OTHER_SPACE)."""
    piece_text = text if (start == 0 and end == len(text)) else text[start:end]
    out: list[Tok] = []
    app = out.append
    n = 0
    pos = 0
    find = piece_text.find
    known = _PIECES.get
    for piece in piece_text.split():
        a = find(piece, pos)
        pos = a + len(piece)
        a += start
        parts = known(piece) or _piece_tokens(piece)
        if len(parts) == 1:
            pa, pb, t, low, word = parts[0]
            app(Tok(t, low, a + pa, a + pb, word, n))
            n += 1
        else:
            for pa, pb, t, low, word in parts:
                app(Tok(t, low, a + pa, a + pb, word, n))
                n += 1
    return out


def _tokenize_scan(text: str, start: int, end: int) -> list[Tok]:
    """``tokenize`` by one scan of the whole text with the token pattern."""
    out: list[Tok] = []
    app = out.append
    n = 0
    pos = start
    info_of = _TOKEN_INFO.get
    last = _LAST_NON_SPACE.search(text, start, end)
    if last is None:
        return out
    # Everything between two tokens is white space, matched with the token.
    for space, t in _SPACED_TOKEN.findall(text, start, last.end()):
        a = pos + len(space)
        pos = b = a + len(t)
        info = info_of(t) or _token_info(t)
        kind = info[0]
        if kind == 1:
            app(Tok(t, info[2], a, b, True, n))
            n += 1
        elif kind == 0:
            app(Tok(t, info[2], a, b, False, n))
            n += 1
        else:
            app(Tok(info[1], info[2], a, b - 1, True, n))
            app(Tok(".", ".", b - 1, b, False, n + 1))
            n += 2
    return out


# ----------------------------------------------------------------- verb forms


_ONE_SYLLABLE_CVC = regex.compile(r"[^aeiou]*[aeiou][bdglmnprt]")  # one vowel, then one consonant: doubled


def _regular_forms(lemma: str) -> set[str]:
    v = lemma
    forms = {v}
    cons = "bcdfghjklmnpqrstvwxz"
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(v + "es")
    elif v.endswith("y") and len(v) > 1 and v[-2] in cons:
        forms.add(v[:-1] + "ies")
    else:
        forms.add(v + "s")
    if _ONE_SYLLABLE_CVC.fullmatch(v):
        forms.add(v + v[-1] + "ed")  # "drop" -> "dropped", "bed down" -> "bedded down"
        forms.add(v + v[-1] + "ing")
    elif v.endswith("e"):
        forms.add(v + "d")
        forms.add((v[:-1] if not v.endswith(("ee", "ye", "oe")) else v) + "ing")
    elif v.endswith("y") and len(v) > 1 and v[-2] in cons:
        forms.add(v[:-1] + "ied")
        forms.add(v + "ing")
    else:
        forms.add(v + "ed")
        forms.add(v + "ing")
    return forms


@lru_cache(maxsize=None)
def _irregular() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in load_tsv("events/verbs.tsv"):
        forms = {row["lemma"]}
        for col in ("third", "past", "participle", "gerund"):
            forms.update(f for f in (row.get(col) or "").split("|") if f)
        out[row["lemma"]] = forms
    return out


@lru_cache(maxsize=None)
def _irregular_pasts() -> frozenset[str]:
    """The past and participle forms of verbs.tsv's verbs that differ from their lemma ("bore", "borne")."""
    out: set[str] = set()
    for row in load_tsv("events/verbs.tsv"):
        for col in ("past", "participle"):
            out.update(f for f in (row.get(col) or "").split("|") if f and f != row["lemma"])
    return frozenset(out)


def irregular_past(low: str) -> bool:
    """Is the lower-case word a past or participle form of an irregular verb ("bore", "went")?"""
    return low in _irregular_pasts()


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> frozenset[str]:
    """Every inflected form of a verb (irregular table, else regular rules)."""
    irr = _irregular()
    return frozenset(irr[lemma] if lemma in irr else _regular_forms(lemma))


def _alternatives(spec: str) -> frozenset[str]:
    forms: set[str] = set()
    for alt in spec.split("|"):
        if alt.startswith("~"):
            forms |= verb_forms(alt[1:])
        else:
            forms.add(alt.lower())
    return frozenset(forms)


# ------------------------------------------------------------------ patterns


@dataclass(frozen=True)
class Slot:
    forms: frozenset[str] | None  # None for a gap
    optional: bool = False
    gap: int = 0  # max tokens skipped (gaps only)
    group: bool = False  # a gap of at least one word that holds the group acted on ("**g")


@dataclass(frozen=True)
class Trigger:
    rule: str  # "<type>.<id>"
    type: str
    pattern: str
    slots: tuple[Slot, ...]
    needs: str = "group"
    object_role: str | None = None
    needs_place: frozenset[str] | None = None
    needs_time: str | None = None
    place_or_time: bool = False  # needs_place, unless the clause has its own time expression
    weak: bool = False
    origin_only: bool = False
    also: str | None = None  # "cross_border": also a crossing when the trigger's clause enters a country
    into_country: str | None = None  # "cross_border": a crossing instead when the place it goes into is a country
    in_time: bool = False  # the trigger may start inside a time expression ("first night at Álvaro Obregón")
    from_dateline: bool = False  # a departure naming no place leaves the dateline's town ("It went before dawn")
    newer: bool = False  # the group is newer than the one told before it ("a second, larger one followed")
    subject_place: bool = False  # needs_place: the place may be the subject ("San Pedro Sula's terminal emptied")
    after_reach: bool = False  # crossing at the border post its sentence reached ("reached ... and walked past")


def compile_pattern(pattern: str) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    for part in pattern.split():
        if part == "*":
            slots.append(Slot(None, gap=3))
        elif part == "**":
            slots.append(Slot(None, gap=6))
        elif part == "**g":
            slots.append(Slot(None, gap=6, group=True))
        elif part.startswith("?"):
            if part[1:].startswith("*"):  # a gap already skips nothing at its shortest
                raise ValueError(f"a gap cannot be optional: {pattern!r}")
            slots.append(Slot(_alternatives(part[1:]), optional=True))
        else:
            slots.append(Slot(_alternatives(part)))
    if not slots or slots[0].forms is None or slots[0].optional:
        raise ValueError(f"pattern must start with a fixed token: {pattern!r}")
    return tuple(slots)


@dataclass
class Lexicon:
    triggers: list[Trigger]
    by_first: dict[str, list[Trigger]] = field(default_factory=dict)
    max_len: int = 0


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = load_yaml("events/triggers.yaml")
    defaults = data.get("defaults", {})
    trigs: list[Trigger] = []
    for etype, entries in data["triggers"].items():
        base = defaults.get(etype, {})
        for e in entries:
            opt = {**base, **e}
            for pat in e["patterns"]:
                trigs.append(
                    Trigger(
                        rule=f"{etype}.{e['id']}",
                        type=etype,
                        pattern=pat,
                        slots=compile_pattern(pat),
                        needs=opt.get("needs", "group"),
                        object_role=opt.get("object_role"),
                        needs_place=frozenset(opt["needs_place"]) if opt.get("needs_place") else None,
                        needs_time=opt.get("needs_time"),
                        place_or_time=bool(opt.get("place_or_time", False)),
                        weak=bool(opt.get("weak", False)),
                        origin_only=bool(opt.get("origin_only", False)),
                        also=opt.get("also"),
                        into_country=opt.get("into_country"),
                        in_time=bool(opt.get("in_time", False)),
                        from_dateline=bool(opt.get("from_dateline", False)),
                        newer=bool(opt.get("newer", False)),
                        subject_place=bool(opt.get("subject_place", False)),
                        after_reach=bool(opt.get("after_reach", False)),
                    )
                )
    lex = Lexicon(trigs)
    for t in trigs:
        for f in t.slots[0].forms or ():
            lex.by_first.setdefault(f, []).append(t)
    return lex


_BARRIER = frozenset(",;:()[]{}\"“”‘—–!?.")


def _rest(slots: tuple[Slot, ...], toks: list[Tok], n: int, si: int, ti: int) -> int | None:
    """End of a match of slots[si:] starting at token ti (tokens before n only); gaps shortest first."""
    if si == len(slots):
        return ti
    s = slots[si]
    if s.forms is None:  # gap: try the shortest skip first
        group = not s.group  # a group gap matches only once it holds a group word
        for k in range(s.gap + 1):
            j = ti + k
            if j > n:
                break
            if k and not toks[j - 1].word:
                break
            if k and not group:
                group = _group_word(toks[j - 1].low)
            if not group:
                continue
            r = _rest(slots, toks, n, si + 1, j)
            if r is not None:
                return r
        return None
    if ti < n and toks[ti].word and toks[ti].low in s.forms:
        r = _rest(slots, toks, n, si + 1, ti + 1)
        if r is not None:
            return r
    if s.optional:
        return _rest(slots, toks, n, si + 1, ti)
    return None


def _group_word(low: str) -> bool:
    """A word that can name the group a trigger acts on: a number, or a one-word group noun of cues.yaml that
    is not a subject pronoun ("returned more than 2,000 Hondurans home", "returned 300 migrants to Honduras")."""
    return low[:1].isdecimal() or ((low,) in phrase_set("group_nouns") and low not in cues()["group_gap_not"])


def _match_at(slots: tuple[Slot, ...], toks: list[Tok], i: int, n: int | None = None) -> int | None:
    """End token index (exclusive) of a match of ``slots`` starting at token i (tokens before n only)."""
    n = len(toks) if n is None else n
    if not toks[i].word or toks[i].low not in slots[0].forms:  # type: ignore[operator]
        return None
    if len(slots) == 1:
        return i + 1
    return _rest(slots, toks, n, 1, i + 1)


def match_triggers(toks: list[Tok], lo: int = 0, hi: int | None = None,
                   starts: list[int] | None = None) -> list[tuple[Trigger, int, int]]:
    """All (trigger, first token, end token) matches within tokens [lo, hi); longest match per start.

    Token indices are relative to ``lo``.  ``starts``, when given, lists (ascending) every index of
    ``toks`` whose lower-cased form begins some trigger: only those are tried.
    """
    by_first = lexicon().by_first
    hi = len(toks) if hi is None else hi
    out: list[tuple[Trigger, int, int]] = []
    if starts is not None:
        positions = starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    else:
        positions = range(lo, hi)
    for i in positions:
        tok = toks[i]
        if not tok.word:
            continue
        cands = by_first.get(tok.low)
        if not cands:
            continue
        best: tuple[Trigger, int, int] | None = None
        for trig in cands:
            end = _match_at(trig.slots, toks, i, hi)
            if end is None:
                continue
            if best is None or end - i > best[2] - best[1]:
                best = (trig, i, end)
        if best:
            out.append((best[0], best[1] - lo, best[2] - lo))
    return out


@lru_cache(maxsize=None)
def cues() -> dict:
    return load_yaml("events/cues.yaml")


@lru_cache(maxsize=None)
def phrase_set(key: str, sub: str | None = None) -> frozenset[tuple[str, ...]]:
    """A cue list as a set of token tuples (for multiword lookups)."""
    data = cues()[key] if sub is None else cues()[key][sub]
    out = set()
    for p in data:
        out.add(tuple(t.low for t in tokenize(str(p).lower())))
    return frozenset(out)


def past_form(low: str) -> bool:
    """Is the lower-case word a past verb form: one of cues.yaml's ``irregular_past_verbs`` ("left", "rode") or a
    regular one ("walked")?"""
    return (low,) in phrase_set("irregular_past_verbs") or (len(low) > 4 and low.endswith("ed"))


@lru_cache(maxsize=64)
def phrases_by_first(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases indexed by their first token, shortest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len):
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def phrases_by_last(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases indexed by their last token, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        if p:
            out.setdefault(p[-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _phrase_spans(lows: list[str], phrases: frozenset[tuple[str, ...]]):
    """Spans (i, j) of ``lows`` that equal one of the phrases, by position then length.

    The positions whose word starts some phrase are picked out in one C-level pass (a dictionary
    membership test per token); only the phrases starting with that word are compared there.
    """
    if not phrases:
        return
    first = phrases_by_first(phrases)
    n = len(lows)
    for i in compress(range(n), map(first.__contains__, lows)):
        for p in first[lows[i]]:
            k = len(p)
            if i + k > n:
                break
            if k == 1 or tuple(lows[i : i + k]) == p:
                yield (i, i + k)


def any_phrase(lows: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Does ``lows`` contain one of the phrases?"""
    return next(_phrase_spans(lows, phrases), None) is not None


def has_phrase(lows: list[str], phrases: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Spans (i, j) of ``lows`` that equal one of the phrases (by position, then length)."""
    return list(_phrase_spans(lows, phrases))
