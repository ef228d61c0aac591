"""The resource files: YAML reads a bare on / off / yes / no as a boolean, which silently drops a word
from a word list ("on" was lost from two lists that way).  Booleans may only be values of the few
flag keys."""

from __future__ import annotations

from pathlib import Path

import yaml

RESOURCES = Path(__file__).resolve().parents[1] / "timeline" / "resources"
FLAG_KEYS = {"fuzzy", "week", "origin_only", "weak", "place_or_time", "in_time", "by_country", "from_dateline"}


def _booleans(node, path):
    if isinstance(node, bool):
        yield path
    elif isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, bool):
                yield path + [k]
            yield from _booleans(v, path + [k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _booleans(v, path + [i])


def test_no_word_of_a_word_list_was_read_as_a_boolean():
    bad = []
    for p in sorted(RESOURCES.rglob("*.yaml")):
        for path in _booleans(yaml.safe_load(p.read_text(encoding="utf-8")), []):
            if not path or path[-1] not in FLAG_KEYS:
                bad.append(f"{p.relative_to(RESOURCES)}: {path}")
    assert bad == []


def test_every_word_list_of_the_event_and_tagger_cues_is_read_by_the_code():
    """A cue list nothing reads is dead data that looks like a rule: every top-level key of these files is
    named somewhere in the code."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (RESOURCES.parent).rglob("*.py"))
    files = ["events/cues.yaml", "events/merge.yaml", "events/sizes.yaml", "timex/guards.yaml", "timex/anchors.yaml",
             "timex/tense.yaml"]
    unread = [f"{f}: {k}" for f in files
              for k in yaml.safe_load((RESOURCES / f).read_text(encoding="utf-8"))
              if f'"{k}"' not in code and f"'{k}'" not in code]
    assert unread == []
