"""The resource files: YAML reads a bare on / off / yes / no as a boolean, which silently drops a word
from a word list ("on" was lost from two lists that way).  Booleans may only be values of the few
flag keys.  And the trigger lexicon's irregular verbs have their forms in verbs.tsv."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

RESOURCES = Path(__file__).resolve().parents[1] / "timeline" / "resources"
FLAG_KEYS = {"fuzzy", "week", "origin_only", "weak", "place_or_time", "in_time", "by_country", "from_dateline",
             "subject_place", "after_reach", "newer"}


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


# Common English verbs whose past the regular rules get wrong (irregular, or a doubled last consonant after a
# stressed last syllable): a trigger "~give" with no row in verbs.tsv matched "gived", never "gave".
_IRREGULAR = set("""arise awake be bear beat become begin bend bet bid bind bite bleed blow break breed bring build burn
burst buy cast catch choose cling come cost creep cut deal dig do draw drink drive eat fall feed feel fight find flee
fling fly forbid forget forgive freeze get give go grind grow hang have hear hide hit hold hurt keep kneel know lay lead
leap leave lend let lie light lose make mean meet overrun pay put quit read ride ring rise run say see seek sell send
set shake shed shine shoot show shrink shut sing sink sit sleep slide sling speak speed spend spin spit split spread
spring stand steal stick sting stride strike swear sweep swell swim swing take teach tear tell think throw tread
understand wake wear weep win wind withdraw write repel expel compel propel dispel patrol control submit commit
admit permit omit transmit refer prefer occur""".split())


def test_every_irregular_verb_of_the_trigger_lexicon_has_its_forms():
    text = (RESOURCES / "events" / "triggers.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"~([a-z]+)", text))
    rows = {line.split("\t")[0] for line in (RESOURCES / "events" / "verbs.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}
    assert sorted((used & _IRREGULAR) - rows) == []
