"""Stage 3: resolution.

``resolve(extracted)`` anchors every time expression to an absolute value and
interval (publication date, story reference time, caption or quote dates;
tense-aware), then gives every event mention its time: its own expression, else
the story's reference time at that point, else the publication date with a
wider interval.  Every value carries its anchor and the reason it was chosen.
"""

from __future__ import annotations

from timeline.resolve.anchor import resolve_article as resolve

__all__ = ["resolve"]
