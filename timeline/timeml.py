"""TimeML in and out (TempEval-3 layout).

``read_timeml`` parses a document: the DCT is the TIMEX3 with
functionInDocument="CREATION_TIME" inside <DCT>; the text is the content of
<TEXT>.  Annotations inside TEXT (EVENT, TIMEX3, SIGNAL ...) are stripped,
and the plain text is decoded (only the five XML entities and numeric
character references -- entities declared by the input are never expanded;
the document is also checked with defusedxml, which refuses DTD tricks).

``tag_timeml`` runs THE tagger (find_timexes + resolve_timexes, the same
functions ``timeline build`` uses) over the text and writes TIMEX3 elements
(tid from t1, type, value, mod where it applies; double-quoted attributes).
Every character outside the new tags is byte-identical to the stripped
original (entities stay written as they were).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from defusedxml import ElementTree as SafeET

from timeline.models import ResolvedTimex

_TEXT_RE = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.S)
_TAG_RE = re.compile(r"<[^>]*>")
_ENTITY_RE = re.compile(r"&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3\s*>", re.S)
_ATTR_RE = re.compile(r'([\w:]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')

# TimeML values the writer accepts as they are (others fall back to XXXX forms).
_VALID_VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|WE|DE|CE|ML|L|E|C))*(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?"
    r"|(?:\d{4}|XXXX|\d{3}X?|\d\dXX|\d\d|XX\d\d)"
    r"(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W(?:\d\d|XX)(?:-(?:[1-7]|WE|X))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:MO|AF|EV|NI|DT|MI|\d\d(?::\d\d(?::\d\d)?)?|XX))?"
    r")$"
)


def valid_value(value: str) -> bool:
    return bool(value) and value != "P" and value != "PT" and bool(_VALID_VALUE.match(value))


@dataclass
class TimeMLDocument:
    raw: str  # the whole input document
    text_lo: int  # raw offsets of the content of <TEXT>
    text_hi: int
    stripped: str  # content of <TEXT> with the tags removed (still escaped)
    text: str  # decoded plain text
    offsets: list[int] = field(repr=False)  # offsets[i] = stripped offset of text[i]; + end
    dct: datetime | None = None
    docid: str | None = None
    gold: list[dict] = field(default_factory=list)  # TIMEX3 inside TEXT (plain-text offsets)

    @property
    def prefix(self) -> str:
        return self.raw[: self.text_lo]

    @property
    def suffix(self) -> str:
        return self.raw[self.text_hi :]


def _decode(stripped: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for mo in _ENTITY_RE.finditer(stripped):
        chunk = stripped[pos : mo.start()]
        out.append(chunk)
        offs.extend(range(pos, mo.start()))
        if mo.group(1):
            ch = chr(int(mo.group(1)))
        elif mo.group(2):
            ch = chr(int(mo.group(2), 16))
        else:
            ch = _NAMED[mo.group(3)]
        out.append(ch)
        offs.append(mo.start())
        pos = mo.end()
    out.append(stripped[pos:])
    offs.extend(range(pos, len(stripped)))
    offs.append(len(stripped))
    return "".join(out), offs


def _strip(content: str) -> tuple[str, list[tuple[int, int, dict, str]]]:
    """Content without tags, and the TIMEX3 spans (stripped offsets) found."""
    pieces: list[str] = []
    n = 0
    pos = 0
    timexes: list[tuple[int, int, dict, str]] = []
    open_tx: list[tuple[int, dict]] = []
    for mo in _TAG_RE.finditer(content):
        seg = content[pos : mo.start()]
        pieces.append(seg)
        n += len(seg)
        tag = mo.group()
        if tag.startswith("<TIMEX3"):
            attrs = {k: a or b for k, a, b in _ATTR_RE.findall(tag)}
            if not tag.endswith("/>"):
                open_tx.append((n, attrs))
        elif tag.startswith("</TIMEX3") and open_tx:
            s, attrs = open_tx.pop()
            timexes.append((s, n, attrs, ""))
        pos = mo.end()
    pieces.append(content[pos:])
    return "".join(pieces), timexes


def parse_timeml(raw: str) -> TimeMLDocument:
    SafeET.fromstring(raw.encode("utf-8"))  # well-formed, no entity expansion tricks
    mo = _TEXT_RE.search(raw)
    if not mo:
        raise ValueError("no <TEXT> element")
    lo, hi = mo.span(1)
    stripped, tx_spans = _strip(raw[lo:hi])
    text, offs = _decode(stripped)
    # plain-text offsets of the gold TIMEX3 spans
    inv = {o: i for i, o in enumerate(offs)}
    gold = []
    for s, e, attrs, _ in tx_spans:
        ps, pe = inv.get(s), inv.get(e)
        if ps is None or pe is None:
            continue
        gold.append({"start": ps, "end": pe, "text": text[ps:pe], **attrs})
    gold.sort(key=lambda g: g["start"])
    dct = None
    dm = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if dm:
        found = [{k: a or b for k, a, b in _ATTR_RE.findall(tm.group(1))} for tm in _TIMEX_RE.finditer(dm.group(1))]
        found.sort(key=lambda a: a.get("functionInDocument") != "CREATION_TIME")
        for attrs in found:
            dct = _parse_dct(attrs.get("value", ""))
            if dct:
                break
    idm = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    return TimeMLDocument(
        raw=raw,
        text_lo=lo,
        text_hi=hi,
        stripped=stripped,
        text=text,
        offsets=offs,
        dct=dct,
        docid=idm.group(1).strip() if idm else None,
        gold=gold,
    )


def read_timeml(path: str | Path) -> TimeMLDocument:
    return parse_timeml(Path(path).read_bytes().decode("utf-8"))


def _parse_dct(value: str) -> datetime | None:
    m = re.match(r"^(\d{4})-?(\d\d)-?(\d\d)", value)
    if not m:
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _attr(v: str) -> str:
    return v.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def timeml_value(rt: ResolvedTimex) -> str:
    """The value to write: the resolved one, or a TimeML fallback."""
    from timeline.resolve.values import timeml_fallback

    v = rt.resolution.value if rt.resolution.resolved else rt.value
    if valid_value(v):
        return v
    fb = timeml_fallback(v, rt.type)
    return fb if valid_value(fb) else ("PXX" if rt.type == "DURATION" else "XXXX-XX-XX")


def render(doc: TimeMLDocument, timexes: list[ResolvedTimex]) -> str:
    """The document with the stripped TEXT and new TIMEX3 elements."""
    parts: list[str] = []
    pos = 0
    n = 0
    for rt in sorted(timexes, key=lambda t: t.start):
        s, e = doc.offsets[rt.start], doc.offsets[rt.end]
        if s < pos:
            continue  # overlapping (never produced by the tagger)
        n += 1
        attrs = [f'tid="t{n}"', f'type="{rt.type}"', f'value="{_attr(timeml_value(rt))}"']
        if rt.mod:
            attrs.append(f'mod="{_attr(rt.mod)}"')
        if rt.type == "SET":
            if rt.quant:
                attrs.append(f'quant="{_attr(rt.quant)}"')
            if rt.freq:
                attrs.append(f'freq="{_attr(rt.freq)}"')
        parts.append(doc.stripped[pos:s])
        parts.append(f"<TIMEX3 {' '.join(attrs)}>")
        parts.append(doc.stripped[s:e])
        parts.append("</TIMEX3>")
        pos = e
    parts.append(doc.stripped[pos:])
    return doc.prefix + "".join(parts) + doc.suffix


def tag_document(doc: TimeMLDocument) -> tuple[str, list[ResolvedTimex]]:
    """Tag the TEXT of a document with the project's tagger."""
    from timeline.extract.text import split_sentences
    from timeline.extract.timex import find_timexes
    from timeline.resolve.anchor import resolve_timexes

    sentences = split_sentences(doc.text)
    timexes = find_timexes(doc.text, sentences, near=doc.dct.date() if doc.dct else None)
    resolved = resolve_timexes(doc.text, sentences, timexes, doc.dct)
    return render(doc, resolved), resolved


def strip_tags(tagged_text_content: str) -> str:
    """TEXT content without any tags (for the byte-identity check)."""
    return _TAG_RE.sub("", tagged_text_content)


def text_content(raw: str) -> str:
    mo = _TEXT_RE.search(raw)
    return mo.group(1) if mo else ""
