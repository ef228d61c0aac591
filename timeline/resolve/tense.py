"""Tense of the clause around a time expression (past / future / None).

A light, lexicon-driven reading (resources/timex/tense.yaml): the tense cue
nearest to the expression inside its sentence decides.  Used to choose the
direction of bare weekday and month names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from timeline.extract.text import DATELINE_HEAD, alternation, lower_same_length
from timeline.resources import load_yaml

_WORD = re.compile(r"[A-Za-z']+")
# "was scouting faces", "counted heads": an object (not "Nothing goes on a plate after noon")
_VERB_FORM_BEFORE = re.compile(r"\b(?!(?:no|some|any|every)thing\b)[a-z]{3,}(?:ing|ed)\s+$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|new)\s+$")
# what makes a base-form verb no finite plural present ("to meet", "did not meet", "the meet", "will meet")
_NOT_FINITE_BEFORE = re.compile(
    r"\b(?:to|the|a|an|its|their|his|her|our|do|does|did|don['’]t|doesn['’]t|didn['’]t|not|never|can|could|may|might"
    r"|must|shall|should|will|would|won['’]t|let|let['’]s|help|helps|helped|make|makes|made)\s+$"
)
_PAST_MODALS = frozenset(("should", "would", "could", "might", "must", "may"))  # (+ "have": not "will have left")
_PERFECT_AFTER = re.compile(r"\s+have\s+(?:been|\w+ed|had|gone|come|left|done|seen|made|taken)\b")  # "should have been"
_MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|would|could|may|might|must|shall|should|can|['’]ll)\s+$")
_NOT_PAST_BEFORE = re.compile(r"\b(?:to|be|been|being|is|are|will|a|an|the|still|very|most|its|their|his|her)\s+$")
_PAST_AUX_BEFORE = re.compile(
    # "had been scheduled to expire Friday", "as previously planned Saturday night": a plan already past
    r"\b(?:had\s+(?:been\s+)?(?:\w+\s+){0,2}|(?:previously|originally)\s+)$",
    re.IGNORECASE,
)
# past cues that are never participles ("was" and "had" are past whatever precedes them)
_AUXILIARIES = frozenset(["was", "were", "had", "did", "since", "has been", "have been", "didn't", "wasn't", "weren't", "hadn't", "yesterday", "ago", "earlier"])
_REACH = 250  # characters of the sentence looked at on each side
_CLAUSE_REACH = 80  # a modal this close before, in the same clause, decides alone
# what may stand before a sentence-opening date: "On Tuesday, ...", "In January, ..." (perhaps after a dateline,
# "TAPACHULA, Mexico — In January, ...")
# (a fronted month or day before it: "In March, on Palm Sunday, she gave cones to the walkers", "On Palm Sunday, in
# March, a Via Crucis set out")
@lru_cache(maxsize=None)
def _fronted() -> re.Pattern:
    """What may open a sentence before a fronted date: a dateline, a month or a season told first ("In October, ",
    "In the spring, "), then up to two of the last words ("And in October, on the 23rd, a bigger column moved
    off")."""
    seasons = alternation(load_yaml("timex/lexicon.yaml")["seasons"])
    return re.compile(r"\s*" + DATELINE_HEAD + r"?(?:[\"“`']+\s*)?"
                      r"(?:(?:[Ii]n|[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s+(?:[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?"
                      rf"|(?:the\s+)?(?:{seasons}))(?:\s+\d{{1,4}})?,\s+)?"
                      r"(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Aa]t|[Ss]tarting|[Bb]eginning|[Ff]rom|[Aa]s\s+of|[Ll]ate|[Ee]arly"
                      r"|[Aa]nd|[Bb]ut|[Tt]hen|[Ll]ater|[Ee]arlier|[Aa]lso|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter)"
                      r"\s+){0,2}")


# after a fronted date, its subject and a relative clause on it set off by commas: "In March her son, who drives a
# minibus ..., watched"
_SUBJECT_RELATIVE = re.compile(r"[ \t]+[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3},"
                               r"[ \t]+(?:who|which|whose)[ \t][^,;:\"“”(]*,[ \t]+")
_FRONT_SKIP_STOP = re.compile(r"[;:\"“”(]|''|``")  # what a fronted date does not reach past to find its verb
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:\"“”(]|''|``|\b(?:and|but)\s+(?![A-Z])|\b(?:if|unless)\s")
# a clause opened by "that" after the expression has verbs of its own ("said on Monday that it would ...")
_THAT_CLAUSE = re.compile(r"\bthat\s")
_SET_OFF_DATE = re.compile(r"\w,[ \t]+(?:on|in)[ \t]+$")  # "Mexico, on Jan. 17, opened": set off after a subject
_WHEN_AFTER = re.compile(r",?[ \t]+when[ \t]")  # a clause on the date itself: "Oct. 19, when the crowd broke through"
# a clause on the group the date names: "the pilgrims of the Holy Week caravan, who went out on Palm Sunday"
_NAMED_GROUP_CLAUSE = re.compile(r"[ \t]+[a-z][\w'’-]*,?[ \t]+(?:who|which|that)[ \t]")
_COLON_BREAK = re.compile(r":\s")
# a label announcing what comes next, right before the expression: "Next club ride: Thursday", "Next census: ..."
_NEXT_LABEL = re.compile(r"(?<![\w'’-])[Nn]ext[ \t]+(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+:[ \t]*$")
# "The next firing is on Monday": the next of something, told in the present, is ahead
_NEXT_IS = re.compile(r"(?<![\w'’-])[Nn]ext[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?:is|are)[ \t]+(?:on[ \t]+)?$")
_LABEL_OPENERS = frozenset(("", "\n", ".", ";", "·", "|", "•"))  # what may stand right before such a label
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")  # a quotation opens or closes between a cue and the expression
# between a past verb and the infinitive it governs (quotes may stand there: "was kidnapped'' to make the trip")
_PHRASE_BREAK = re.compile(r"[,;:(]|\b(?:and|but)\s+(?![A-Z])")


@lru_cache(maxsize=None)
def _base_like_past() -> frozenset[str]:
    """Past forms that are also the bare verb (events/cues.yaml's ``base_like_past``): after "will ... and" they are
    the modal's second verb ("will rest in Huixtla today and set out on Tuesday")."""
    return frozenset(str(w) for w in load_yaml("events/cues.yaml")["base_like_past"])


_MODAL_AND = re.compile(r"\b(will|would|shall|should|must|'ll|’ll)\s[^,;:.!?\"“”()]*\band\s+$")
_INF_GOVERNOR_REACH = 60  # a past verb this close before "to + verb" takes the infinitive's direction away


@lru_cache(maxsize=None)
def _modal_before() -> re.Pattern:
    words = sorted((str(w).lower() for w in load_yaml("timex/tense.yaml")["modals"]), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    return re.compile(rf"(?<![\w'’])(?:{alt})$")


@lru_cache(maxsize=None)
def caption_marks() -> re.Pattern:
    """The marks of a photo caption line (anchors.yaml; the caption anchors use the same pattern)."""
    return re.compile("|".join(load_yaml("timex/anchors.yaml")["caption_marks"]), re.IGNORECASE)


def _is_modal(low: str, end: int) -> bool:
    """Whether the cue ending at ``end`` is a modal auxiliary ("will", "would"...; tense.yaml)."""
    return _modal_before().search(low, max(0, end - 12), end) is not None


@lru_cache(maxsize=None)
def _cues():
    data = load_yaml("timex/tense.yaml")
    fut = [str(w).lower() for w in data["future"]]
    past = [str(w).lower() for w in data["past"]]
    exc = frozenset(str(w).lower() for w in data["past_ed_exceptions"])

    def alt(ws):
        ws = sorted({str(w).lower() for w in ws}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ws)

    # over lower-cased text, case-sensitive (several times faster than IGNORECASE)
    rx = re.compile(
        rf"(?<![\w'’])(?=[a-z'’])(?:(?P<ctl>(?:{alt(data['control_verbs'])})\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[a-z]+\s+)?to\s+[a-z]+)"
        rf"|(?P<fut>{alt(fut)})|(?P<sched>{alt(data['scheduled_present'])})|(?P<sbase>{alt(data['scheduled_present_plural'])})|(?P<past>{alt(past)})|(?P<pres>{alt(data['present'])})|(?P<ed>[a-z]{{3,}}ed)"
        rf"|to\s+(?P<inf>{alt(data['infinitive_verbs'])}))(?![\w'’])"
    )
    return rx, exc


_SEEN_REACH = 48  # characters before a bare verb in which a verb of seeing stands (tense.yaml's ``seen_verbs``)


@lru_cache(maxsize=None)
def _seen_before() -> re.Pattern:
    """A verb of seeing and up to four words, right before a bare verb: "She watched the Via Crucis go on Palm
    Sunday" (tense.yaml's ``seen_verbs``)."""
    words = alternation(load_yaml("timex/tense.yaml")["seen_verbs"])
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’.-]+\s+){{1,4}}$")


@lru_cache(maxsize=None)
def _back_after() -> re.Pattern:
    """A verb of coming back or being back right before "back in" (tense.yaml's ``back_in_not_past_after``)."""
    words = alternation(load_yaml("timex/tense.yaml")["back_in_not_past_after"])
    return re.compile(rf"(?<![\w'’])(?:{words})\s+$")


@lru_cache(maxsize=None)
def _aside_verbs() -> frozenset[str]:
    """The verbs of a reporter's aside (", he said,"; tense.yaml's ``aside_verbs``)."""
    return frozenset(str(w).lower() for w in load_yaml("timex/tense.yaml")["aside_verbs"])


def _cue_list(
    text: str, lo: int, hi: int, *, low: str | None = None, until: int | None = None, clip: int | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the tense cues of text[lo:hi] (``low``: the text
    lower-cased; ``until``: keep only cues starting before it; ``clip``: the
    sentence start, when ``lo`` is a block inside it)."""
    rx, exc = _cues()
    if low is None:
        low = lower_same_length(text)
    if clip is None:
        clip = lo
    out: list[tuple[int, int, str]] = []
    for mo in rx.finditer(low, lo, hi):
        if until is not None and mo.start() >= until:
            break
        if mo.group("ctl"):
            j = mo.end()
            while j > mo.start() and low[j - 1].isalpha():
                j -= 1
            if text[j].isupper():
                # "were moved to El Barretal on Friday": a place after "to", no infinitive; the verb's own tense
                verb = mo.start()
                while verb < j and low[verb].isalpha():
                    verb += 1
                if not _NOT_PAST_BEFORE.search(low, max(clip, mo.start() - 8), mo.start()):
                    out.append((mo.start(), verb, "past" if low.startswith("ed", verb - 2) else "present"))
                continue
            # "decided to admit ... in March": the date belongs to the decided act, still ahead
            if _DETERMINER_BEFORE.search(low, max(clip, mo.start() - 8), mo.start()):
                # "extended their offers to acquire the company Friday": a noun, not a verb of deciding; its
                # infinitive is read like any other
                out.append((mo.start(), mo.end(), _purpose_after(out, text, mo.start())))
            else:
                out.append((mo.start(), mo.end(), "purpose"))
            continue
        if mo.group("pres"):
            if not _MODAL_RIGHT_BEFORE.search(low, max(clip, mo.start() - 8), mo.start()):
                # ("will have a crew there": the modal tells); "On Thursday she is taking her granddaughter to the
                # procession": the present progressive of an arrangement, a plan
                kind = "progressive" if _progressive_after(low, mo) else "present"
                out.append((mo.start(), mo.end(), kind))
            continue
        if mo.group("sched"):
            if not _DETERMINER_BEFORE.search(low, max(clip, mo.start() - 8), mo.start()) and \
                    not _VERB_FORM_BEFORE.search(low, max(clip, mo.start() - 16), mo.start()):
                out.append((mo.start(), mo.end(), "scheduled"))
            continue  # ("was scouting faces on Oct. 12", "the visits on Friday": a noun, no plan)
        if mo.group("sbase"):
            if not _NOT_FINITE_BEFORE.search(low, max(clip, mo.start() - 12), mo.start()) and \
                    not _seen_before().search(low, max(clip, mo.start() - _SEEN_REACH), mo.start()):
                out.append((mo.start(), mo.end(), "scheduled"))
            continue
        if mo.group("fut") == "may" and text[mo.start()] == "M":
            continue  # the month, not the modal
        if mo.group("past") and mo.group("past").startswith("back") and \
                _back_after().search(low, max(clip, mo.start() - 12), mo.start()):
            continue  # "If they come back in January": a return, no past time
        kind = "future" if (mo.group("fut") or mo.group("inf")) else "past"
        if mo.group("fut") in _PAST_MODALS and _PERFECT_AFTER.match(low, mo.end()):
            kind = "past"  # '"Holy Week should have been our best week"': what did not happen, in the past
        if (mo.group("fut") or mo.group("inf")) and _PAST_AUX_BEFORE.search(text[max(clip, mo.start() - 30) : mo.start()]):
            kind = "past"  # "had been scheduled to", "was due to": a plan told in the past
        if mo.group("ed") and mo.group("ed").lower() in exc:
            continue
        if mo.group("ed") or (mo.group("past") and mo.group("past") not in _AUXILIARIES):
            # "to be scheduled", "is heard", "a planned trip": participles and adjectives are not past tense
            pre = low[max(clip, mo.start() - 12) : mo.start()]
            if _NOT_PAST_BEFORE.search(pre):
                continue
        if mo.group("inf") and kind == "future":
            kind = _purpose_after(out, text, mo.start())
        out.append((mo.start(), mo.end(), kind))
    return out


_PROGRESSIVE = re.compile(r"\s+([a-z]{2,}ing)\b")
_NAMED_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b", re.I)
_BE_PRESENT = frozenset(("is", "are", "am"))


def _progressive_after(low: str, mo: re.Match) -> bool:
    """Is the present "is" / "are" of the cue ``mo`` the auxiliary of a present progressive ("she is taking"; not
    "is nothing", "is morning": tense.yaml's ``not_progressive``)?"""
    if mo.group("pres") not in _BE_PRESENT:
        return False
    m = _PROGRESSIVE.match(low, mo.end())
    return m is not None and m.group(1) not in _not_progressive()


@lru_cache(maxsize=None)
def _not_progressive() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("timex/tense.yaml")["not_progressive"])


@lru_cache(maxsize=None)
def _control_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("timex/tense.yaml")["control_verbs"])


def _purpose_after(out: list[tuple[int, int, str]], text: str, start: int) -> str:
    """The kind of an infinitive of purpose starting at ``start`` after the cues ``out``."""
    if out and out[-1][2] == "past" and start - out[-1][1] <= _INF_GOVERNOR_REACH:
        if text[out[-1][0] : out[-1][1]].lower() in _control_words():
            return "purpose"  # "agreed on Monday to play the match on Wednesday": the act agreed on is ahead
        if not _PHRASE_BREAK.search(text, out[-1][1], start):
            # "placed orders to start the first day of November trading", "made it difficult for
            # Sun to meet demand well into the summer": the purpose of a past act may lie either
            # side of the publication date, so it gives no direction (the nearest date wins)
            return "present"
    return "purpose"


_BLOCK = 2048  # long sentences are read in blocks of this many characters
_OVERLAP = 200  # a cue starting in a block may end this far after it


class TenseReader:
    """Tense cues of each sentence, read once per sentence (in blocks, for a
    long one: a 1 MB "sentence" is read only around its expressions)."""

    def __init__(self, text: str):
        self.text = text
        self.low = lower_same_length(text)
        self._blocks: dict[tuple[int, int, int], list[tuple[int, int, str]]] = {}
        self._spans: dict[tuple[int, int, int, int], tuple[list[int], list[tuple[int, int, str]]]] = {}

    def _in_caption(self, pos: int) -> bool:
        lo = self.text.rfind("\n", 0, pos) + 1
        hi = self.text.find("\n", pos)
        hi = len(self.text) if hi < 0 else hi
        return caption_marks().search(self.text, lo, hi) is not None

    def _block(self, lo: int, hi: int, k: int) -> list[tuple[int, int, str]]:
        key = (lo, hi, k)
        got = self._blocks.get(key)
        if got is None:
            if k < 0:
                got = _cue_list(self.text, lo, hi, low=self.low)
            else:
                blo, bhi = max(lo, k * _BLOCK), min(hi, (k + 1) * _BLOCK)
                got = _cue_list(self.text, blo, min(hi, bhi + _OVERLAP), low=self.low, until=bhi, clip=lo)
            self._blocks[key] = got
        return got

    def _cues(self, lo: int, hi: int, a: int, b: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        """(starts, cues) of the sentence [lo, hi) covering at least [a, b), in order."""
        if hi - lo <= 2 * _BLOCK:
            k1 = k2 = -1
        else:
            k1, k2 = max(lo, a) // _BLOCK, (min(hi, b) - 1) // _BLOCK
        key = (lo, hi, k1, k2)
        got = self._spans.get(key)
        if got is None:
            cues = self._block(lo, hi, -1) if k1 < 0 else [c for k in range(k1, k2 + 1) for c in self._block(lo, hi, k)]
            got = self._spans[key] = ([c[0] for c in cues], cues)
        return got

    def tense(self, start: int, end: int, lo: int, hi: int, *, keep_present: bool = False,
              keep_scheduled: bool = False) -> str | None:
        return self.tense_and_gap(start, end, lo, hi, keep_present=keep_present, keep_scheduled=keep_scheduled)[0]

    def tense_and_gap(
        self, start: int, end: int, lo: int, hi: int, *, keep_present: bool = False, keep_scheduled: bool = False
    ) -> tuple[str | None, int | None]:
        """The tense and how many characters separate the expression from the cue that decided it
        (cues after the expression count 8 more).  ``keep_present``: "present" rather than None for a present
        tense; ``keep_scheduled``: "scheduled" rather than "future" for a present simple that could tell a plan
        ("the committee meets Friday") or a habit ("He starts at half past six")."""
        if (m := _NEXT_LABEL.search(self.text, max(lo, start - 48), start)) is not None and \
                (m.start() == lo or self.text[max(0, m.start() - 2) : m.start()].strip(" \t")[-1:] in _LABEL_OPENERS):
            return "future", 0  # "Next club ride: Thursday, 05:30 at the cathedral"
        if _NEXT_IS.search(self.text, max(lo, start - 48), start) is not None:
            return "future", 0
        starts, cues = self._cues(lo, hi, start - _REACH - _OVERLAP, end + _REACH + _OVERLAP)
        i = bisect_left(starts, start)
        best: tuple[int, str] | None = None
        # nearest cues before the expression
        j = i - 1
        while j >= 0 and start - cues[j][1] <= _REACH:
            cs, ce, kind = cues[j]
            kind = "future" if kind == "purpose" else kind
            if ce <= start:
                if _COLON_BREAK.search(self.text, ce, start):
                    break  # "What you should know: on Saturday evening the town filled up": the colon opens a clause
                if len(_QUOTE_MARK.findall(self.text, ce, start)) % 2:
                    j -= 1  # '"... would kill a lizard," after spending Monday night': another voice's tense
                    continue
                if self.text[ce : ce + 1] == "," and self.low[cs:ce] in _aside_verbs() and \
                        _ASIDE_BEFORE.search(self.low, max(lo, cs - _ASIDE_REACH), cs):
                    j -= 1  # "He will cook it all this weekend, he said, at cost, and start again on Tuesday": the
                    continue  # reporter's aside, not the clause's tense
                dist = start - ce
                if _CLAUSE_BREAK.search(self.text, ce, start):
                    # "Orders have arrived, and on Sunday he will deliver": a cue past a clause break weighs less
                    dist += 8
                if kind == "past" and self.low[cs:ce] in _base_like_past() and (
                        m := _MODAL_AND.search(self.low, max(lo, cs - _CLAUSE_REACH), cs)) is not None \
                        and _is_modal(self.low, m.end(1)):
                    kind = "future"  # "will rest in Huixtla today and set out for Escuintla on Tuesday"
                if best is None or dist < best[0]:
                    best = (dist, kind)
                break
            j -= 1
        if (
            best is not None
            and best[1] == "future"
            and best[0] <= _CLAUSE_REACH
            and _is_modal(self.low, start - best[0])
            and not _CLAUSE_BREAK.search(self.text, start - best[0], start)
        ):
            return "future", best[0]  # "will double its flights ... by August in the search for markets untouched ...": the clause's auxiliary
        # nearest cue after it, in the same clause; weighs a little less
        k = i
        while k < len(cues) and cues[k][0] < end:
            k += 1
        while k < len(cues) and cues[k][2] == "purpose":
            k += 1  # "... on Monday seeking to reach": an infinitive after it tells a purpose, not a tense
        if k < len(cues) and cues[k][2] in ("scheduled", "progressive") and not self.text[end : cues[k][0]].strip() \
                and not self.low.startswith("there", cues[k][0]):
            # "watched the caravan of Oct. 23 go": a bare verb right after the date, no plan; "Nobody who walked
            # past my gate on Saturday is staying here": the main verb after a relative clause (not "On Saturday
            # there is a tournament in the park": what is on that day)
            k += 1
        if k + 1 < len(cues) and cues[k][2] == "present" and cues[k + 1][2] == "future" and \
                cues[k + 1][0] - cues[k][1] <= 1:
            k += 1  # "On Saturday he is booked for a child's party": the present auxiliary of a plan
        while k < len(cues) and self.text[cues[k][1] : cues[k][1] + 1] == "," and \
                self.low[cues[k][0] : cues[k][1]] in _aside_verbs() and \
                _ASIDE_BEFORE.search(self.low, max(lo, cues[k][0] - _ASIDE_REACH), cues[k][0]):
            k += 1  # "By Saturday, he said, the volcano should have its snow": the reporter's aside after it
        after = end
        # (a clause a colon opens is fronted as a sentence is: "He remembers a few: in June, on Thursday the 6th, a
        # caravan headed north")
        colon = self.text.rfind(": ", lo, start)
        flo = colon + 1 if colon >= 0 else lo
        if _fronted().fullmatch(self.text, flo, start) and self.text[end : end + 1] == ",":
            after = end + 1  # "On Tuesday, the league plans to...": a fronted date belongs to the main clause
        if k < len(cues) and cues[k][0] - end <= _REACH:
            if not _CLAUSE_BREAK.search(self.text, after, cues[k][0]) and not _THAT_CLAUSE.search(self.text, after, cues[k][0]):
                dist = cues[k][0] - end + 8
                if best is None or dist < best[0]:
                    best = (dist, cues[k][2])
            elif (w := _WHEN_AFTER.match(self.text, end) or _NAMED_GROUP_CLAUSE.match(self.text, end)) is not None \
                    and cues[k][2] in ("past", "future") and \
                    (best is None or best[1] in ("present", "progressive", "scheduled")) and \
                    not _CLAUSE_BREAK.search(self.text, w.end(), cues[k][0]):
                # "Several return to Oct. 19, when the crowd broke through the gate": the clause on the date tells
                # its tense ("The poem ends on the Sunday, Jan. 17, when soldiers cleared the highway": not a plan)
                best = (cues[k][0] - end + 8, cues[k][2])
            elif best is None and after == end and _fronted().fullmatch(self.text, flo, start) and \
                    not _CLAUSE_BREAK.search(self.text, end, cues[k][0]):
                # "In January the groups that left San Pedro Sula crossed": a date opening its sentence has no
                # "said ... that" before it; the "that" after it opens a relative clause, whose verb is the story's
                best = (cues[k][0] - end + 8, cues[k][2])
            elif best is None and after == end and _fronted().fullmatch(self.text, flo, start) and \
                    (r := _SUBJECT_RELATIVE.match(self.text, end)) is not None and \
                    (v := next((c for c in cues[k:] if c[0] >= r.end()), None)) is not None and \
                    v[0] - end <= _REACH and not _CLAUSE_BREAK.search(self.text, r.end(), v[0]):
                # "In March her son, who drives a minibus between the border and Tapachula, watched the Via Crucis
                # walkers": the subject's relative clause set off by commas, then the main verb
                best = (v[0] - end + 8, v[2])
            elif best is None and _SET_OFF_DATE.search(self.text, lo, start) and \
                    self.text[end : cues[k][0]].strip() == ",":
                # "When Mexico, on Jan. 17, opened the bridge": a date set off by commas between the subject and its
                # verb takes that verb's tense
                best = (cues[k][0] - end + 8, cues[k][2])
            elif after > end and best is None and not _FRONT_SKIP_STOP.search(self.text, after, cues[k][0]):
                # "In January, a week after the anniversary, a clinic bombing ... killed a guard": a fronted
                # date with no verb of its own takes the main clause's, past the phrases set off by commas
                best = (cues[k][0] - end + 8, cues[k][2])
        if best and best[1] == "progressive":
            # "On Thursday she is taking her granddaughter to the procession": an arrangement for a named day (not
            # "We are processing in a week what ...": a present state)
            best = (best[0], "scheduled" if _NAMED_DAY.search(self.text, start, end) else "present")
        if best and best[1] == "scheduled" and keep_scheduled and not self._in_caption(start):
            return "scheduled", best[0]
        if best and best[1] == "scheduled":
            # "the committee meets Friday": a plan; but a photo caption tells what it shows in the present
            best = (best[0], "past" if self._in_caption(start) else "future")
        if best and best[1] == "present" and keep_present:
            return "present", best[0]
        if best is None or best[1] == "present":
            return None, None  # present tense: no direction
        return best[1], best[0]


_ASIDE_BEFORE = re.compile(r",[ \t]+(?:[\w'’.-]+[ \t]+){1,3}$")  # ", he said,", ", Ms. Pérez said,"
_ASIDE_REACH = 30  # characters of the aside before its verb


def tense_at(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """'past', 'future' or None for the expression [start, end) in [lo, hi)."""
    return TenseReader(text).tense(start, end, max(lo, start - _REACH), min(hi, end + _REACH))
