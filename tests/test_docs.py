"""Every CLI command and option is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

import argparse

from conftest import REPO
from timeline.cli import COMMANDS, make_parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_and_option_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    subs = _subparsers(make_parser())
    assert set(subs) == set(COMMANDS)
    missing = []
    for name, sub in subs.items():
        if f"timeline {name}" not in readme:
            missing.append(f"command {name}")
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in readme:
                    missing.append(f"{name} {opt}")
    assert not missing, f"undocumented in README.md: {missing}"


def test_architecture_doc_names_every_stage_module():
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    for module in ("ingest", "extract", "resolve", "graph", "store", "render", "cli"):
        assert f"timeline/{module}" in doc or f"timeline.{module}" in doc, module
