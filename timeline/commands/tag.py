"""`timeline tag`: run the temporal tagger alone.

    timeline tag INPUT... --format timeml --out-dir DIR
        INPUTs are TimeML documents (TempEval-3 layout); each is written to
        DIR under the same name with new TIMEX3 elements in its TEXT.
    timeline tag FILE... --format json [--published DATE]
        FILEs are articles in the ingest formats; prints one JSON object per
        article with every expression: offsets, type, value, interval,
        granularity, anchor, rule.

The tagger is the one ``timeline build`` uses (find_timexes + the resolver).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time
from pathlib import Path

from timeline.commands._common import INPUT_ERRORS, OK, USAGE, err, iso_date


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tag",
        help="tag time expressions (TimeML in/out, or JSON for articles)",
        description="Tag time expressions with timeline's temporal tagger: TimeML documents "
        "(--format timeml --out-dir DIR) or articles in the ingest formats (--format json).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="TimeML files/directories, or article files/directories")
    p.add_argument("--format", choices=("timeml", "json"), default="json", help="input/output kind (default: json)")
    p.add_argument("--out-dir", type=Path, metavar="DIR", help="directory for the tagged TimeML files (--format timeml)")
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date for articles that have none (--format json)")
    p.set_defaults(run=run)


def _timeml_files(inputs: list[str]):
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in (".tml", ".xml", ".timeml"))
        else:
            yield p


def run_timeml(args: argparse.Namespace) -> int:
    from timeline.timeml import read_timeml, tag_document

    if args.out_dir is None:
        err("--format timeml needs --out-dir DIR")
        return USAGE
    args.out_dir.mkdir(parents=True, exist_ok=True)
    status = OK
    n = 0
    for path in _timeml_files(args.inputs):
        try:
            doc = read_timeml(path)
            rendered, _ = tag_document(doc)
        except FileNotFoundError:
            err(f"{path}: no such file")
            status = INPUT_ERRORS
            continue
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            err(f"{path}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'unreadable'}")
            status = INPUT_ERRORS
            continue
        except Exception as exc:  # defusedxml / expat errors
            err(f"{path}: not a TimeML document ({type(exc).__name__})")
            status = INPUT_ERRORS
            continue
        (args.out_dir / path.name).write_text(rendered, encoding="utf-8")
        n += 1
    print(f"tagged {n} document(s) into {args.out_dir}", file=sys.stderr)
    return status


def article_json(article) -> dict:
    """Every expression of one article, resolved, as plain JSON."""
    from timeline.extract.text import split_sentences
    from timeline.extract.timex import find_timexes
    from timeline.resolve.anchor import NO_DATE_WARNING, infer_publication, resolve_timexes

    sentences = split_sentences(article.text)
    timexes = find_timexes(article.text, sentences, near=article.published.date() if article.published else None)
    published, inferred, reason, warnings = article.published, False, None, []
    if published is None:
        published, reason = infer_publication(article.text, sentences, timexes)
        inferred = published is not None
        if published is None:
            warnings.append(NO_DATE_WARNING)
    resolved = resolve_timexes(article.text, sentences, timexes, published, published_inferred=inferred)
    return {
        "article": article.id,
        "published": published.date().isoformat() if published else None,
        "published_inferred": inferred,
        "published_reason": reason,
        "warnings": warnings,
        "timexes": [
            {
                "id": r.id,
                "start": r.start,
                "end": r.end,
                "text": r.text,
                "type": r.type,
                "value": r.resolution.value,
                "underspecified": r.value,
                "mod": r.mod,
                "quant": r.quant,
                "freq": r.freq,
                "low": r.low,
                "interval": [
                    r.resolution.start.isoformat() if r.resolution.start else None,
                    r.resolution.end.isoformat() if r.resolution.end else None,
                ],
                "granularity": r.resolution.granularity,
                "anchor": r.resolution.anchor,
                "anchor_source": r.resolution.anchor_source,
                "resolved": r.resolution.resolved,
                "reason": r.resolution.reason,
                "rule": r.rule,
                "sentence": r.sentence,
            }
            for r in resolved
        ],
    }


def run_json(args: argparse.Namespace) -> int:
    from timeline.ingest import read_inputs
    from timeline.models import IngestError

    default = datetime.combine(args.published, time()) if args.published else None
    status = OK
    for item in read_inputs(args.inputs, default_published=default):
        if isinstance(item, IngestError):
            err(str(item))
            if item.fatal:
                status = INPUT_ERRORS
            continue
        print(json.dumps(article_json(item), ensure_ascii=False))
    return status


def run(args: argparse.Namespace) -> int:
    if args.format == "timeml":
        return run_timeml(args)
    return run_json(args)
