"""Stage 1: ingest.

``read_inputs(paths)`` walks files and directories (recursively, in sorted
order) and yields one :class:`Article` per article read, or one
:class:`IngestError` per problem -- a one-line reason naming the file (and the
line, for JSON Lines).  A bad input never stops the others.

Formats:

* ``.json``  -- one article object (or a list of them);
* ``.jsonl`` -- one article object per line;
* ``.txt`` / ``.md`` -- plain text with an optional front matter block
  (``---`` lines around ``published:``, ``title:``, ``source:``, ``url:``, ``id:``).

Article fields: ``id, url, source, title, published, text``.  ``published``
is an ISO date or datetime (timezone optional).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

import yaml

from timeline.limits import LIMITS
from timeline.models import Article, IngestError

SUFFIXES = {".json", ".jsonl", ".txt", ".md"}
FIELDS = ("id", "url", "source", "title", "published", "text")
_STR_FIELDS = ("id", "url", "source", "title")


class BadInput(Exception):
    """A problem with one input; its message is the user-facing reason."""


# ----------------------------------------------------------------- walking


def iter_files(
    paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()
) -> Iterator[Path | IngestError]:
    """Expand directories (recursively, sorted); report missing paths.

    Files in ``exclude`` (the store's own database files) are passed over
    when met inside a directory.
    """
    skip = {os.path.realpath(x) for x in exclude}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for sub in sorted(_walk(p)):
                if skip and os.path.realpath(sub) in skip:
                    continue
                yield sub
        elif p.is_file():
            yield p
        elif p.exists():
            yield IngestError(origin=str(p), reason="not a regular file")
        else:
            yield IngestError(origin=str(p), reason="no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                yield Path(dirpath) / name


# ----------------------------------------------------------------- reading


def read_inputs(
    paths: Iterable[str | os.PathLike],
    default_published: datetime | date | None = None,
    now: datetime | None = None,
    exclude: Iterable[str | os.PathLike] = (),
) -> Iterator[Article | IngestError]:
    """Yield articles and errors for every input path, in a stable order."""
    if isinstance(default_published, date) and not isinstance(default_published, datetime):
        default_published = datetime.combine(default_published, time())
    for item in iter_files(paths, exclude):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from read_file(item, default_published=default_published, now=now)


def read_file(
    path: Path, default_published: datetime | None = None, now: datetime | None = None
) -> Iterator[Article | IngestError]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield IngestError(
            origin=origin,
            reason=f"unknown file type {suffix or '(no extension)'!r}; expected .json, .jsonl, .txt or .md",
        )
        return
    try:
        size = path.stat().st_size
        if size > LIMITS.max_file_bytes:
            raise BadInput(f"file is {size / 1e6:.1f} MB, over the {LIMITS.max_file_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
        text, warning = decode(data)
    except BadInput as exc:
        yield IngestError(origin=origin, reason=str(exc))
        return
    except OSError as exc:
        yield IngestError(origin=origin, reason=f"cannot read: {exc.strerror or exc}")
        return
    if warning:
        yield IngestError(origin=origin, reason=warning, fatal=False)

    if suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{origin}:{lineno}"
            try:
                obj = _loads(line)
                yield _article(obj, where, f"{path.stem}-{lineno}", default_published, now)
            except BadInput as exc:
                yield IngestError(origin=where, reason=str(exc))
            else:
                yield from _future_warning(obj, where, now)
        return

    try:
        if suffix == ".json":
            obj = _loads(text)
            objs = obj if isinstance(obj, list) else [obj]
            if not objs:
                raise BadInput("empty JSON list: no article")
            for i, one in enumerate(objs):
                fallback = path.stem if len(objs) == 1 else f"{path.stem}-{i + 1}"
                where = origin if len(objs) == 1 else f"{origin}[{i}]"
                try:
                    yield _article(one, where, fallback, default_published, now)
                except BadInput as exc:
                    yield IngestError(origin=where, reason=str(exc))
                else:
                    yield from _future_warning(one, where, now)
        else:
            meta, body = split_front_matter(text)
            meta.setdefault("text", body)
            yield _article(meta, origin, path.stem, default_published, now)
            yield from _future_warning(meta, origin, now)
    except BadInput as exc:
        yield IngestError(origin=origin, reason=str(exc))


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (BOM stripped), else a detected legacy encoding.

    Returns the text and a warning when a legacy encoding was used.  Binary
    data raises BadInput.
    """
    if b"\x00" in data[:65536]:
        raise BadInput("binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text, enc = _decode_legacy(data, exc)
        return _normalise_newlines(text), f"not valid UTF-8 (byte {exc.start}); decoded as {enc}"
    return _normalise_newlines(text), None


def _decode_legacy(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str]:
    """Legacy single-byte news copy: Windows-1252 (a superset of Latin-1's
    printable range), else Latin-1 itself.  Garbage is refused."""
    try:
        text, enc = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, enc = data.decode("latin-1"), "latin-1"
    if _looks_binary(text):
        raise BadInput(f"not valid UTF-8 (byte {exc.start}) and not readable as text")
    return text, enc


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample) > 0.05


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _loads(s: str) -> Any:
    try:
        return json.loads(s)
    except RecursionError:
        raise BadInput("invalid JSON: nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise BadInput(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a ``---`` front matter block from the body of a text file."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :]).lstrip("\n")
            try:
                meta = yaml.safe_load(block) if block.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" at line {mark.line + 2}" if mark else ""
                raise BadInput(f"invalid front matter{where}") from None
            if meta is None:
                meta = {}
            if not isinstance(meta, dict):
                raise BadInput("front matter is not a block of 'key: value' lines")
            meta = {str(k).strip().lower(): v for k, v in meta.items()}
            unknown = sorted(set(meta) - set(FIELDS))
            for k in unknown:
                meta.pop(k)
            meta.pop("text", None)
            return meta, body
    raise BadInput("front matter opened with '---' is never closed")


# ----------------------------------------------------------------- fields


def parse_published(value: Any) -> datetime:
    """ISO date or datetime (timezone optional) -> datetime; BadInput otherwise."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if not isinstance(value, str):
        raise BadInput(f"'published' must be an ISO date string, not {type(value).__name__}")
    s = value.strip()
    if not s:
        raise BadInput("'published' is empty")
    try:
        if len(s) == 10:
            return datetime.combine(date.fromisoformat(s), time())
        return datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError as exc:
        detail = str(exc)
        if "out of range" in detail or "must be in" in detail:
            raise BadInput(f"'published' {s!r} is not a real date ({detail})") from None
        raise BadInput(f"'published' {s!r} is not an ISO date or datetime") from None


def _article(
    obj: Any, origin: str, fallback_id: str, default_published: datetime | None, now: datetime | None
) -> Article:
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object with a 'text' field, got {_kind(obj)}")
    text = obj.get("text")
    if text is None:
        raise BadInput("missing 'text'")
    if not isinstance(text, str):
        raise BadInput(f"'text' must be a string, not {_kind(text)}")
    if not text.strip():
        raise BadInput("empty text")
    if len(text) > LIMITS.max_article_chars:
        raise BadInput(
            f"text is {len(text):,} characters, over the {LIMITS.max_article_chars:,} character limit"
        )
    fields: dict[str, Any] = {}
    for name in _STR_FIELDS:
        v = obj.get(name)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise BadInput(f"'{name}' must be a string, not {_kind(v)}")
        v = str(v).strip()
        fields[name] = v or None
    published = obj.get("published")
    if published is None or (isinstance(published, str) and not published.strip()):
        pub = default_published
    else:
        pub = parse_published(published)
    art_id = fields.pop("id", None) or fallback_id
    return Article(
        id=art_id,
        published=pub,
        text=text,
        origin=origin,
        **fields,
    )


def _future_warning(obj: Any, origin: str, now: datetime | None) -> Iterator[IngestError]:
    if not isinstance(obj, dict) or not obj.get("published"):
        return
    try:
        pub = parse_published(obj["published"])
    except BadInput:
        return
    today = (now or datetime.now(timezone.utc)).date()
    if pub.date() > today:
        yield IngestError(
            origin=origin,
            reason=f"'published' {pub.date().isoformat()} is in the future; used as given",
            fatal=False,
        )


def _kind(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(v), "a number" if isinstance(v, (int, float)) else type(v).__name__
    )
