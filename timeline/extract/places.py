"""Places: gazetteer lookup and disambiguation for the migration corridor.

The gazetteer is data: ``resources/places/gazetteer.tsv`` (generated from
GeoNames by ``scripts/build_gazetteer.py``), ``curated.tsv`` (crossings,
borders, rivers, bridges, shelters, small towns) and ``demonyms.tsv``; the
word lists consulted around names (common words that are also names,
prepositions and their roles, words between a preposition and a name) are in
``words.yaml``.

``ArticlePlaces(text)`` finds every place name of an article once:

* names are matched on word tokens, longest first, starting with a capital
  letter ("San Pedro Sula" before "San Pedro");
* a name right after a capitalised first name is a person's name
  ("Jari Dixon"), and that surname is then blocked for the whole article;
* ambiguous names are resolved by a qualifier ("Chiquimula, Guatemala"), by
  "state"/"department" next to them, then by the article's other places
  (same country or state, or nearest to the unambiguous ones), then by kind
  (country over state over city), the corridor's own place of a shared name
  (``corridor_homonyms``: Ciudad Hidalgo, Chiapas) and population;
* demonyms ("Guatemalan police") give the country with role ``mention``.

The role of a place for an event comes from the preposition before it
(from / to / into / towards / at / in / through ...), see ``role_before``.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.extract.event_models import fast
from timeline.extract.event_lexicon import _FOLD_CACHE, Tok, fold, tokenize
from timeline.models import Place, PlaceRef
from timeline.resources import load_tsv, load_yaml

KIND_RANK = {"country": 0, "region": 1, "state": 2, "city": 3, "town": 4, "border": 2, "river": 3,
             "crossing": 5, "bridge": 5, "shelter": 6, "stadium": 6}

CAPITAL_REACH = 300  # characters between "the capital" and the country named before it in its sentence
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z]")


@lru_cache(maxsize=None)
def _lexicon() -> dict:
    """The word lists of ``resources/places/words.yaml``."""
    return load_yaml("places/words.yaml")


@lru_cache(maxsize=None)
def _corridor_homonyms() -> dict[str, str]:
    """Folded name -> the state of the corridor's place of that name (``corridor_homonyms`` in words.yaml)."""
    return {fold(k): str(v) for k, v in _lexicon().get("corridor_homonyms", {}).items()}


@lru_cache(maxsize=None)
def _word_set(key: str) -> frozenset[str]:
    """A word list of words.yaml as a set."""
    return frozenset(str(w) for w in _lexicon()[key])


@lru_cache(maxsize=None)
def _business_nouns() -> frozenset[str]:
    """Words that name a business after the place name that follows them ("Ferretería Los Olivos")."""
    return frozenset(fold(str(w)) for w in _lexicon()["business_nouns"])


@lru_cache(maxsize=None)
def _common_names() -> frozenset[str]:
    """Names that are also common words or first names, folded as gazetteer keys are."""
    return frozenset(fold(str(w)) for w in _lexicon()["common_names"])


@lru_cache(maxsize=None)
def _role_prepositions() -> dict[str, str]:
    return {str(k): str(v) for k, v in _lexicon()["role_prepositions"].items()}


@lru_cache(maxsize=None)
def _role_fillers() -> frozenset[str]:
    return _word_set("role_fillers") | _word_set("locative_nouns")


@lru_cache(maxsize=None)
def _place_nouns() -> frozenset[str]:
    return _word_set("place_nouns") | _word_set("locative_nouns")


@dataclass(frozen=True)
class Entry:
    place: Place
    countries: frozenset[str]
    population: int


@dataclass
class Gazetteer:
    by_key: dict[str, list[Entry]] = field(default_factory=dict)
    first_tokens: dict[str, int] = field(default_factory=dict)  # first token -> max name length
    by_name: dict[str, Entry] = field(default_factory=dict)  # canonical name -> best entry
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> place name
    prefixes: set[str] = field(default_factory=set)  # every leading part of every key ("san", "san pedro")


def _key(name: str) -> tuple[str, ...]:
    if name.isascii() and not any(c in name for c in ".-'’"):
        return tuple(name.lower().split())  # fast path: plain names
    return tuple(fold(t.low) for t in tokenize(name) if t.word or t.text in "-–")


def _add(g: Gazetteer, name: str, e: Entry) -> None:
    k = _key(name)
    if not k:
        return
    ks = " ".join(k)
    lst = g.by_key.setdefault(ks, [])
    if all(x.place != e.place for x in lst):
        lst.append(e)
    g.first_tokens[k[0]] = max(g.first_tokens.get(k[0], 0), len(k))
    for m in range(1, len(k) + 1):
        g.prefixes.add(" ".join(k[:m]))


def _f(x: str) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    rows = list(load_tsv("places/gazetteer.tsv"))
    for r in rows:
        place = Place(
            name=r["name"],
            country=r["country"] or None,
            admin1=r["admin1"] or None,
            lat=_f(r["lat"]),
            lon=_f(r["lon"]),
            kind=r["kind"],
            geonameid=int(r["geonameid"]) if r.get("geonameid") else None,
        )
        e = Entry(place, frozenset([r["country"]]) if r["country"] else frozenset(), int(r["population"] or 0))
        _add(g, r["name"], e)
        for a in (r["aliases"] or "").split("|"):
            if a and a != "-":
                _add(g, a, e)
                if "-" in a and all(p[:1].isupper() for p in a.split("-")):
                    _add(g, a.replace("-", " "), e)  # "Matias-Romero": also "Matias Romero"
        cur = g.by_name.get(r["name"])
        if cur is None or KIND_RANK.get(e.place.kind, 9) < KIND_RANK.get(cur.place.kind, 9):
            g.by_name[r["name"]] = e
    for r in load_tsv("places/curated.tsv"):
        country = r["country"] if r["country"] not in ("", "-") else None
        place = Place(
            name=r["name"],
            country=country,
            admin1=r["admin1"] if r["admin1"] not in ("", "-") else None,
            lat=_f(r["lat"]),
            lon=_f(r["lon"]),
            kind=r["kind"],
        )
        countries = frozenset(c for c in r["countries"].split("|") if c and c != "-")
        e = Entry(place, countries, 10_000_000 if r["kind"] in ("border", "region") else 20_000)
        _add(g, r["name"], e)
        for a in (r["aliases"] or "").split("|"):
            if a and a != "-":
                _add(g, a, e)
        g.by_name.setdefault(r["name"], e)
    for r in load_tsv("places/demonyms.tsv"):
        g.demonyms[fold(r["demonym"])] = r["place"]
    return g


@lru_cache(maxsize=4096)
def _lookup_key(name: str) -> str:
    return " ".join(_key(name))


@lru_cache(maxsize=None)
def _demonym_first_words() -> frozenset[str]:
    """The first words of the demonyms of more than one word."""
    return frozenset(k.split(" ", 1)[0] for k in gazetteer().demonyms if " " in k)


def lookup(name: str) -> list[Entry]:
    """Gazetteer entries for a name or alias (accent- and case-insensitive)."""
    return list(gazetteer().by_key.get(_lookup_key(name), []))


@lru_cache(maxsize=None)
def _borders() -> dict[frozenset[str], Place]:
    out: dict[frozenset[str], Place] = {}
    for lst in gazetteer().by_key.values():
        for e in lst:
            if e.place.kind == "border" and len(e.countries) == 2:
                out.setdefault(e.countries, e.place)
    return out


def border_between(a: str | None, b: str | None) -> Place | None:
    """The border line between two countries (ISO codes), when the gazetteer has it."""
    if not a or not b:
        return None
    return _borders().get(frozenset((a, b)))


def place_by_name(name: str) -> Place | None:
    e = gazetteer().by_name.get(name)
    return e.place if e else None


@lru_cache(maxsize=None)
def country_place(iso: str) -> Place | None:
    for e in gazetteer().by_key.values():
        for x in e:
            if x.place.kind == "country" and x.place.country == iso:
                return x.place
    return None


@lru_cache(maxsize=None)
def _capital_cities() -> dict[str, Place]:
    """Country code -> capital city: the gazetteer gives a country the coordinates of its capital (see
    scripts/build_gazetteer.py), so the capital is the city of that country at those coordinates."""
    g = gazetteer()
    at: dict[tuple, Place] = {}
    for lst in g.by_key.values():
        for e in lst:
            p = e.place
            if p.kind in ("city", "town") and p.country and p.lat is not None:
                at.setdefault((p.country, p.lat, p.lon), p)
    out: dict[str, Place] = {}
    for lst in g.by_key.values():
        for e in lst:
            p = e.place
            if p.kind == "country" and p.country and (got := at.get((p.country, p.lat, p.lon))) is not None:
                out[p.country] = got
    return out


def capital_of(iso: str) -> Place | None:
    return _capital_cities().get(iso)


def distance_km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=None)
def _places_in(iso: str) -> tuple[Place, ...]:
    """The gazetteer's places with coordinates in country ``iso`` (the country's own point left out), each once."""
    seen: dict[int, Place] = {}
    for lst in gazetteer().by_key.values():
        for e in lst:
            q = e.place
            if q.country == iso and q.lat is not None and q.kind != "country":
                seen.setdefault(id(q), q)
    return tuple(seen.values())


@lru_cache(maxsize=4096)
def km_to_country(lat: float, lon: float, iso: str) -> float | None:
    """How far a point lies from the nearest place of the gazetteer in country ``iso`` (0 inside it; None when
    the gazetteer has no place there): a country is reached at its border, not at the capital its point stands
    for."""
    here = Place(name="", lat=lat, lon=lon, kind="point")
    return min((d for q in _places_in(iso) if (d := _km(here, q)) is not None), default=None)


_KM_CACHE: dict[tuple, float | None] = {}


def _km(a: Place, b: Place) -> float | None:
    """``distance_km(a, b)``, remembered by coordinates (the gazetteer's places meet again and again)."""
    key = (a.lat, a.lon, b.lat, b.lon)
    got = _KM_CACHE.get(key, _KM_CACHE)
    if got is _KM_CACHE:
        got = distance_km(a, b)
        if len(_KM_CACHE) < 100_000:
            _KM_CACHE[key] = got
    return got  # type: ignore[return-value]


_COUNTRIES_CACHE: dict[tuple, frozenset[str]] = {}


def countries_of(p: Place) -> frozenset[str]:
    """Countries a place touches (two for a border or a boundary river)."""
    key = (p.name, p.country, p.kind, p.lat, p.lon)
    got = _COUNTRIES_CACHE.get(key)
    if got is not None:
        return got
    got = frozenset([p.country]) if p.country else frozenset()
    for e in lookup(p.name):
        if e.place == p:
            got = e.countries
            break
    if len(_COUNTRIES_CACHE) < 100_000:
        _COUNTRIES_CACHE[key] = got
    return got


_COMPAT_CACHE: dict[tuple, bool] = {}


def places_compatible(a: Place | None, b: Place | None, max_km: float = 60.0) -> bool:
    """Could two place descriptions refer to the same location of an event?

    Yes when either is missing, when they are the same place, when one
    contains the other (country / state / border / region containing a city),
    or when two points lie within ``max_km`` of each other.
    """
    if a is None or b is None:
        return True
    if a.name == b.name and a.country == b.country:
        return True
    key = (a.name, a.country, a.kind, b.name, b.country, b.kind, max_km)
    got = _COMPAT_CACHE.get(key)
    if got is None:
        got = _compatible(a, b, max_km)
        if len(_COMPAT_CACHE) < 200_000:
            _COMPAT_CACHE[key] = got
    return got


def _compatible(a: Place, b: Place, max_km: float) -> bool:
    ca, cb = countries_of(a), countries_of(b)
    broad = ("country", "region", "border", "river")
    if a.kind in broad or b.kind in broad:
        wide, narrow = (a, b) if KIND_RANK.get(a.kind, 9) <= KIND_RANK.get(b.kind, 9) else (b, a)
        cw, cn = countries_of(wide), countries_of(narrow)
        if wide.kind == "country":
            if wide.country in cn:
                return True
        elif cw & cn:
            if wide.kind in ("border", "river") and narrow.kind not in ("country", "region", "border", "river"):
                d = distance_km(wide, narrow)
                return d is None or d <= 150
            return True
        return False
    if a.kind == "state" or b.kind == "state":
        st, other = (a, b) if a.kind == "state" else (b, a)
        if other.kind == "state":
            return False
        return st.country == other.country and st.admin1 == other.admin1
    d = distance_km(a, b)
    if d is not None:
        return d <= max_km
    return bool(ca & cb)


# ---------------------------------------------------------------- in a text


@dataclass
class Found:
    start: int  # char offsets
    end: int
    text: str
    tok_start: int  # token indices (into the article token list)
    tok_end: int
    candidates: list[Entry]
    place: Place | None = None
    demonym: bool = False
    qualifier: str | None = None  # country / state name after a comma


class ArticlePlaces:
    """Every place named in one article, resolved with the article's context."""

    def __init__(self, text: str, toks: list[Tok] | None = None):
        self.text = text
        self.toks = toks if toks is not None else tokenize(text)
        self.found: list[Found] = []
        self._by_tok: dict[int, Found] = {}
        self._scan()
        self._resolve()
        self._find_capitals()

    # -- scanning
    def _scan(self) -> None:
        g = gazetteer()
        toks = self.toks
        blocked: set[str] = set()
        n = len(toks)
        nxt = 0  # the next token a name may start at (names do not overlap)
        first_tokens, prefixes, by_key, demonyms = g.first_tokens, g.prefixes, g.by_key, g.demonyms
        demonym_firsts = _demonym_first_words()
        not_first_names, common_names = _word_set("not_first_names"), _common_names()
        folded = _FOLD_CACHE.get
        # only capitalised words start names
        for i in [k for k, x in enumerate(toks) if x.word and x.text[0].isupper()]:
            if i < nxt:
                continue
            t = toks[i]
            first = folded(t.low) or fold(t.low)
            first_poss = first.endswith(("'s", "’s"))  # "Tijuana's mayor"
            if first_poss:
                first = first[:-2]
            maxlen = first_tokens.get(first, 0)
            hit = None
            if maxlen:
                # the longest name; names may contain hyphen tokens (punctuation is passed over), and
                # the span grows only while it is the beginning of some name
                key = first
                for k in range(i, min(i + maxlen + 2, n)):
                    x = toks[k]
                    if k > i and "\n" in self.text[toks[k - 1].end : x.start]:
                        break  # a name does not run over a line break ("... southern Mexico\nBy MARIA VERZA")
                    if k > i and (x.word or x.text in "-–"):
                        w = folded(x.low) or fold(x.low)
                        poss = w.endswith(("'s", "’s"))
                        key = key + " " + (w[:-2] if poss else w)  # "San Pedro Sula's bus terminal"
                        if key not in prefixes:
                            break
                    if x.word:
                        cands = by_key.get(key)
                        if cands:
                            hit = (k + 1 - i, cands)
                        if (k > i and poss) or (k == i and first_poss):
                            break  # a possessive ends the name
            if hit is None:
                dem = demonyms.get(first)
                if i + 1 < n and toks[i + 1].word:
                    # two-word demonyms ("Costa Rican") start with a word of their own
                    dem2 = demonyms.get(first + " " + fold(toks[i + 1].low)) if first in demonym_firsts else None
                    if dem2:
                        dem, L2 = dem2, 2
                    else:
                        L2 = 1
                else:
                    L2 = 1
                if dem:
                    p = place_by_name(dem)
                    if p:
                        f = Found(t.start, toks[i + L2 - 1].end, self.text[t.start : toks[i + L2 - 1].end], i,
                                  i + L2, [], p, demonym=True)
                        self.found.append(f)
                        nxt = i + L2
                        continue
                continue
            L, cands = hit
            end = toks[i + L - 1].end
            if self.text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # "San Pedro Sula's bus terminal": the name without its possessive
            span_text = self.text[t.start : end]
            key = fold(span_text)
            # a capitalised word before it (not a preposition/determiner): a person's name
            prev = toks[i - 1] if i > 0 else None
            person = (
                prev is not None
                and prev.word
                and prev.text[0].isupper()
                and prev.low not in not_first_names
                and not (self.found and self.found[-1].tok_end == i)  # (not the end of a place named before it)
                and prev.start > 0
                and self.text[prev.end : t.start] == " "
                and not _sentence_initial(self.text, prev.start)
                and L == 1
            )
            if person or (prev is not None and fold(prev.text) in _business_nouns() and
                          self.text[prev.end : t.start] == " "):
                blocked.add(key)
                nxt = i + L
                continue
            if key in blocked:
                nxt = i + L
                continue
            if i + L < n and toks[i + L].low in _word_set("named_facility_nouns") and \
                    self.text[end : toks[i + L].start] == " ":
                # "the city's Miguel Hidalgo park", "the Benito Juárez sports complex": a name, not the town
                nxt = i + L
                continue
            if L == 1 and key in common_names and not self._qualified(i + 1) and not self._after_place_noun(i):
                nxt = i + L
                continue
            f = Found(t.start, end, span_text, i, i + L, list(cands))
            q = self._qualifier(i + L) if i + L + 1 < n and toks[i + L].text == "," else None
            if q:
                f.qualifier = q
            self.found.append(f)
            nxt = i + L
        for f in self.found:
            for k in range(f.tok_start, f.tok_end):
                self._by_tok[k] = f

    def _find_capitals(self) -> None:
        """"the Guatemalan capital", "the capital's main square": the capital city of the country the
        demonym names, else of the nearest country named before it (the dateline's, at worst); not when
        the name follows ("the Honduran capital, Tegucigalpa": found already)."""
        if "apital" not in self.text:
            return  # (most articles: no token loop)
        toks = self.toks
        added: list[Found] = []
        dropped: set[int] = set()  # ids of demonyms merged into "the Guatemalan capital"
        char_starts = [f.start for f in self.found]
        for i, t in enumerate(toks):
            if t.low not in ("capital", "capital's", "capital’s") or i == 0 or i in self._by_tok:
                continue
            j = i - 1
            dem = self._by_tok.get(j)
            if dem is not None and not dem.demonym:
                continue  # "the Guatemala City capital": a name already
            if dem is not None:
                j = dem.tok_start - 1
            if j < 0 or toks[j].low != "the":
                continue
            if i + 2 < len(toks) and toks[i + 1].text == "," and self._by_tok.get(i + 2) is not None:
                continue
            if i + 1 < len(toks) and toks[i + 1].low in _word_set("capital_not_before"):
                continue  # "the capital of Tanzania" (named), "the capital requirements" (money)
            if j >= 2 and toks[j - 1].text == "," and self._by_tok.get(j - 2) is not None:
                continue  # "Nairobi, the capital ...": an apposition to a place named already
            iso = dem.place.country if dem is not None and dem.place is not None else \
                self._country_before(toks[i].start, char_starts)
            cap = capital_of(iso) if iso else None
            if cap is None:
                continue
            a = toks[j + 1] if dem is not None else t
            end = t.end - 2 if t.low.endswith(("'s", "’s")) else t.end
            f = Found(a.start, end, self.text[a.start : end], j + 1, i + 1, [], cap)
            if dem is not None:
                dropped.add(id(dem))
            added.append(f)
        if added:
            self.found = [f for f in self.found if id(f) not in dropped] + added
            self.found.sort(key=lambda f: f.tok_start)
            for f in added:
                for k in range(f.tok_start, f.tok_end):
                    self._by_tok[k] = f
            self._starts = [f.tok_start for f in self.found]

    def _country_before(self, pos: int, char_starts: list[int]) -> str | None:
        """The country of the nearest country, state, city or demonym named before ``pos`` in its sentence
        (at most ``CAPITAL_REACH`` characters back), else of the dateline (a place opening the text);
        ``char_starts``: the start of every found place, in order."""
        k = bisect.bisect_left(char_starts, pos) - 1
        while k >= 0 and pos - char_starts[k] <= CAPITAL_REACH:
            f = self.found[k]
            k -= 1
            if f.place is not None and f.place.country and (f.demonym or f.place.kind in ("country", "state", "city")):
                if not _SENTENCE_END.search(self.text, f.end, pos):
                    return f.place.country
                break  # the nearest one is in another sentence
        first = self.found[0] if self.found else None
        if first is not None and first.start < pos and first.place is not None and first.place.country and (
                first.start == 0 or self.text[first.start - 1] == "\n"):
            return first.place.country  # the dateline
        return None

    def _qualified(self, j: int) -> bool:
        return self._qualifier(j) is not None

    def _qualifier(self, j: int) -> str | None:
        toks = self.toks
        if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].word and toks[j + 1].text[0].isupper():
            for L in (3, 2, 1):
                span = toks[j + 1 : j + 1 + L]
                if len(span) < L:
                    continue
                key = " ".join(fold(x.low) for x in span)
                for e in gazetteer().by_key.get(key, []):
                    if e.place.kind in ("country", "state"):
                        return e.place.name
        return None

    def _after_place_noun(self, i: int) -> bool:
        toks = self.toks
        return i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in (
            "city", "town", "village", "locality", "municipality", "state", "department", "port")

    # -- disambiguation
    def _resolve(self) -> None:
        # context: countries and states named unambiguously, and anchor points
        ctx_countries: dict[str, int] = {}
        ctx_states: dict[tuple[str, str], int] = {}
        anchors: dict[int, Place] = {}  # distinct places (a long text names the same places again and again)
        for f in self.found:
            if f.demonym:
                continue
            countries = [e for e in f.candidates if e.place.kind == "country"]
            if countries and len(f.candidates) > 1:
                f.place = countries[0].place  # "Guatemala": the country, not Guatemala City
                f.candidates = countries
            if len(f.candidates) == 1:
                p = f.candidates[0].place
                if p.kind == "country" and p.country:
                    ctx_countries[p.country] = ctx_countries.get(p.country, 0) + 1
                elif p.kind == "state" and p.country:
                    ctx_states[(p.country, p.admin1 or p.name)] = 1
                    ctx_countries[p.country] = ctx_countries.get(p.country, 0) + 1
                elif p.lat is not None:
                    anchors[id(p)] = p
                    for c in f.candidates[0].countries:
                        ctx_countries[c] = ctx_countries.get(c, 0) + 1
            if f.qualifier:
                for e in lookup(f.qualifier):
                    if e.place.country:
                        ctx_countries[e.place.country] = ctx_countries.get(e.place.country, 0) + 1
        anchor_list = list(anchors.values())
        self._starts = [f.tok_start for f in self.found]
        # The choice depends on the name, its candidates, its qualifier, the two neighbourhood tests and
        # the article's context: a name met again with the same evidence gets the same place.
        chosen: dict[tuple, Place] = {}
        nearest: dict[int, float] = {}  # id(candidate place) -> km to the nearest anchor (see score)
        state_named: dict[int, bool] = {}  # id(found) -> is it the name of a state candidate?
        for f in self.found:
            if f.place is not None:
                continue
            f.place = self._choose(f, ctx_countries, ctx_states, anchor_list, chosen, nearest, state_named)

    def _choose(self, f: Found, ctx_countries, ctx_states, anchors, chosen: dict | None = None,
                nearest: dict | None = None, state_named: dict | None = None) -> Place:
        cands = f.candidates
        if len(cands) == 1:
            return cands[0].place
        toks = self.toks
        state_words = _word_set("state_words")
        state_word = any(
            toks[k].low in state_words
            for k in list(range(max(0, f.tok_start - 3), f.tok_start)) + list(range(f.tok_end, min(len(toks), f.tok_end + 1)))
        )
        # "from Chiapas into Oaxaca": a name between states is a state (names within five words)
        lo = bisect.bisect_left(self._starts, f.tok_start - 5)
        hi = bisect.bisect_right(self._starts, f.tok_start + 5)
        named = {} if state_named is None else state_named
        near_state = False
        # "push past police at Agua Caliente into Guatemala": a country named beside the name, within five
        # words, favours the candidates on its soil (the border crossing, not the Californian town)
        near_countries = frozenset(g.candidates[0].place.country for g in self.found[lo:hi]
                                   if g is not f and not g.demonym and abs(g.tok_start - f.tok_start) <= 5
                                   and len(g.candidates) == 1 and g.candidates[0].place.kind == "country"
                                   and g.candidates[0].place.country)
        for g in self.found[lo:hi]:
            if g is not f and not g.demonym and abs(g.tok_start - f.tok_start) <= 5:
                got = named.get(id(g))
                if got is None:
                    got = named[id(g)] = any(e.place.kind == "state" and fold(e.place.name) == fold(g.text)
                                             for e in g.candidates)
                if got:
                    near_state = True
                    break
        # "crossed the Suchiate": a name after "the" is a river's rather than a town's (towns take no article)
        the_before = f.tok_start > 0 and toks[f.tok_start - 1].low == "the"
        key = (f.text, f.qualifier, state_word, near_state, near_countries, the_before, tuple(map(id, cands)))
        if chosen is not None:
            got_place = chosen.get(key)
            if got_place is not None:
                return got_place
        if f.qualifier:
            q = [e for e in lookup(f.qualifier) if e.place.kind in ("country", "state")]
            if q:
                qp = q[0].place
                sel = [e for e in cands if e.place.country == qp.country and
                       (qp.kind == "country" or e.place.admin1 == qp.name)]
                if sel:
                    cands = sel
        said = fold(f.text)
        near = {} if nearest is None else nearest
        # a place known by this very name beats one merely also called so ("San Salvador": the
        # capital, not the Puebla town it is an alternate name of, however Mexican the article)
        alias_cost = 4.0 if any(fold(e.place.name) == said for e in cands) else 0.0

        def score(e: Entry) -> float:
            p = e.place
            s = 2.0 if fold(p.name) == said else -alias_cost  # the name itself, not an alternate name
            if p.admin1 and _corridor_homonyms().get(fold(p.name)) == p.admin1:
                s += 1  # "Ciudad Hidalgo": the border town of Chiapas, not the larger one of Michoacán
            if p.kind == "river" and the_before:
                s += 4
            if p.kind == "country":
                s += 6
            elif p.kind == "state":
                s += 4 if (state_word or near_state) else -1
            elif p.kind in ("city", "town", "crossing", "bridge", "shelter", "stadium") and not state_word:
                s += 1  # a named point of the corridor (curated.tsv) counts as much as a town of that name
            # every country the place touches counts (the Agua Caliente crossing is Honduran and Guatemalan)
            s += 2 * min(2, max((ctx_countries.get(c, 0) for c in (e.countries or (p.country,)) if c), default=0))
            if p.country and (p.country, p.admin1 or "") in ctx_states:
                s += 3
            if near_countries and near_countries & (e.countries or {p.country}):
                s += 5  # as strong as the article's whole context and a place nearby
            if anchors and p.lat is not None:
                d = near.get(id(p))
                if d is None:
                    d = near[id(p)] = min(((_km(p, a) or 1e9) for a in anchors if a is not p), default=1e9)
                if d < 300:
                    s += 3 * (1 - d / 300)
            s += math.log10(max(e.population, 1)) / 4
            return s

        best = max(cands, key=score).place
        if chosen is not None:
            chosen[key] = best
        return best

    # -- queries
    def in_span(self, tok_start: int, tok_end: int) -> list[Found]:
        return [f for f in self.found if f.tok_start >= tok_start and f.tok_end <= tok_end]

    def ref(self, f: Found, role: str) -> PlaceRef:
        assert f.place is not None
        return fast(PlaceRef, place=f.place, role=role, start=f.start, end=f.end, text=f.text)  # type: ignore[arg-type]


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:—–-"


def role_before(toks: list[Tok], tok_start: int, limit: int = 7, for_role: str | None = None) -> str | None:
    """The role a preposition before a place name gives it ("into Guatemala" -> into).

    ``for_role``: the role of a place after "for" when no word of ``for_destination_after`` stands right
    before it (the caller knows that a verb of leaving governs it: "left at dawn for Chiquimula")."""
    k = tok_start - 1
    steps = 0
    preps, fillers = _role_prepositions(), _role_fillers()
    while k >= 0 and steps < limit:
        t = toks[k]
        if not t.word:
            if t.text in "-–":
                k -= 1
                continue
            return None
        if t.low == "for":
            # "set out on foot for Guatemala", "left for the border", "bound for Tijuana": the destination
            return "towards" if k >= 1 and toks[k - 1].low in _word_set("for_destination_after") else for_role
        if t.low in preps:
            role = preps[t.low]
            if t.low == "to" and k >= 1 and toks[k - 1].low in ("according", "thanks", "due", "owing"):
                return "mention"  # "according to Guatemala's migration institute": who says, not where to
            if role == "at" and k >= 1 and toks[k - 1].low in _word_set("border_nouns"):
                # "toward the Guatemalan border at Corinto": the border's role, not a location of the event
                outer = role_before(toks, k - 1, limit, for_role)
                if outer is not None and outer != "at":
                    return outer
            return role
        if t.low == "of":
            # "the city of X", "the state of X" continue; "east of X", "outskirts of X" locate relative to X
            if k >= 1 and toks[k - 1].low in _place_nouns():
                k -= 1
                steps += 1
                continue
            return None
        if t.low not in fillers and not t.text[0].isupper():
            return None
        k -= 1
        steps += 1
    return None


def object_of(toks: list[Tok], tok_start: int, stop: int, limit: int = 7) -> bool:
    """Whether the place at ``tok_start`` is the direct object of a verb ending at token ``stop``, through
    nothing but a description of it ("left the southern Mexican city of Tapachula", "reached the border
    town of Tecun Uman")."""
    k = tok_start - 1
    place_nouns, fillers = _place_nouns(), _role_fillers()
    while k >= stop:
        if tok_start - k > limit:
            return False
        t = toks[k]
        if (t.low == "of" or t.text == ",") and k >= 1 and toks[k - 1].low in place_nouns:
            k -= 1  # "the city of Tapachula", "the Honduran capital, Tegucigalpa"
            continue
        if not t.word or t.low not in fillers:
            return False
        k -= 1
    return True


DATELINE_MAX = 40


def dateline_place(text: str, toks: list[Tok], places: ArticlePlaces) -> Place | None:
    """The place of a wire dateline ("ESQUIPULAS, Guatemala — ...", "Ciudad Hidalgo, Mexico —")."""
    # a dateline opens a paragraph: PLACE, COUNTRY/STATE (AP)? followed by a dash
    for f in places.found:
        if f.demonym or f.place is None:
            continue
        if f.start and text[f.start - 1] != "\n":
            continue  # not at the start of a line
        j = f.tok_end
        # skip ", Country" and "(AP)"
        rest = text[f.end : f.end + DATELINE_MAX]
        dash = min((rest.find(c) for c in "—–" if rest.find(c) >= 0), default=-1)
        if dash < 0:
            m = rest.find(" - ")
            dash = m if m >= 0 else -1
        if dash < 0:
            continue
        head = rest[:dash]
        if "," not in head[:3] and "(" not in head and not (head.isspace() and text[f.start : f.end].isupper()):
            continue  # (a town in capitals right before the dash is one too: "SAN SALVADOR — For three weeks")
        del j
        return f.place
    return None


DATELINE_HEAD = 1500  # characters from the top of a text in which its dateline is looked for
_POSSESSIVE = re.compile(r"['’]s?$")


def dateline_country(text: str) -> str | None:
    """The country of a text's dateline ("TAPACHULA, Mexico — ..."), looked for near its top only."""
    head = text[:DATELINE_HEAD]
    toks = tokenize(head)
    place = dateline_place(head, toks, ArticlePlaces(head, toks))
    return place.country if place is not None else None


def country_named(word: str) -> str | None:
    """The country code a word names: a country ("Mexico", "Honduras's") or its demonym ("Mexican")."""
    word = _POSSESSIVE.sub("", word)
    name = gazetteer().demonyms.get(fold(word), word)
    return next((e.place.country for e in lookup(name) if e.place.kind == "country"), None)


_DATELINE_DASH = re.compile(r"[^.\n]{0,60}?\s[—–-]\s")
_CAPTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\.|#\d{1,3})?[ \t]*(?:[—–:-][ \t]*)?")


# a table row's last cell: "A_0877.JPG | 2018:04:30 02:14:09 | UTC | San Ysidro, Sunday evening: ..."
_CELL_BEFORE = re.compile(r"[^\n]*\|[ \t]*")
# a scene's head, its place then perhaps a short time or spot, then a colon: "San Ysidro, Sunday evening: the
# group reaches the gate", "Tapachula, central park at midday: the caravan comes in"
_SCENE_HEAD_AFTER = re.compile(r"(?:,[^.:;!?\n|]{1,40})?(?::[ \t]|"
                               # ... or a dash, then a short time, then a full stop: a programme's scene list
                               # ("6. Tijuana — Tuesday 13 November. The first buses arrive.")
                               # (the place may be named with its spot: "San Pedro Sula bus terminal — ...")
                               r"(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]+[—–][ \t]+[^.\n—–]{1,40}\.[ \t])")
# a scene list's number, then perhaps "The": "2. The Rodolfo Robles bridge — Friday 19 October."
_SCENE_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}\.[ \t]+)?(?:[Tt]he[ \t]+)?")


def caption_heads(text: str, places: ArticlePlaces) -> list[tuple[int, int, Found]]:
    """Photo captions headed by their place in capitals ("2/8 — AGUA CALIENTE, Honduras–Guatemala border,
    Monday, Oct. 15. The group ... crosses in the afternoon."), or by their place in any case then a colon, at
    the start of a line or of a table row's last cell ("A_0877.JPG | ... | San Ysidro, Sunday evening: the
    group reaches the gate"): (line start, line end, the place) for each."""
    out: list[tuple[int, int, Found]] = []
    for f in places.found:
        if f.demonym or f.place is None or len(f.text) < 3:
            continue
        lo = text.rfind("\n", 0, f.start) + 1
        if lo == 0:
            continue
        if not f.text.isupper():
            if (_CAPTION_NUMBER.fullmatch(text, lo, f.start) or _SCENE_NUMBER.fullmatch(text, lo, f.start) or
                    _CELL_BEFORE.fullmatch(text, lo, f.start)) and _SCENE_HEAD_AFTER.match(text, f.end):
                hi = text.find("\n", f.end)
                out.append((lo, len(text) if hi < 0 else hi, f))
            continue
        if not _CAPTION_NUMBER.fullmatch(text, lo, f.start) or text[f.end : f.end + 1] != ",":
            continue
        if _DATELINE_DASH.match(text, f.end):
            continue  # a wire dateline ("CIUDAD HIDALGO, Mexico (ANW) — ..."): the story's town, not a caption's
        hi = text.find("\n", f.end)
        out.append((lo, len(text) if hi < 0 else hi, f))
    return out


def tokens_to_text(toks: list[Tok], a: int, b: int, text: str) -> str:
    return text[toks[a].start : toks[b - 1].end] if b > a else ""


_UPPER_NAME_CACHE: dict[str, str] = {}


def normalise_upper(text: str) -> str:
    """'ESQUIPULAS' -> 'Esquipulas' (datelines are often all capitals)."""
    return text.title()
