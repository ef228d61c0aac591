"""A small deterministic corpus of wire-style caravan articles for store tests."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = [
    ("San Pedro Sula", "Honduras"), ("Tegucigalpa", "Honduras"), ("Esquipulas", "Guatemala"),
    ("Tecún Umán", "Guatemala"), ("Ciudad Hidalgo", "Mexico"), ("Tapachula", "Mexico"), ("Huixtla", "Mexico"),
    ("Juchitán", "Mexico"), ("Mexico City", "Mexico"), ("Tijuana", "Mexico"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(i: int, rng: random.Random) -> dict:
    published = date(2018, 10, 15) + timedelta(days=rng.randrange(0, 40))
    a, b = rng.sample(PLACES, 2)
    day = WEEKDAYS[(published.weekday() - rng.randrange(1, 4)) % 7]
    size = rng.choice([800, 1600, 2300, 4000, 7000])
    text = (
        f"About {size:,} migrants left {a[0]} on {day} and walked towards {b[0]}, {b[1]}.\n\n"
        f"Police blocked the road outside {b[0]} for about two hours before the group pushed through. "
        f"\"We will not go back,\" said one woman, who had spent the night in a shelter.\n\n"
        f"The caravan reached {b[0]} two days later, officials said on {WEEKDAYS[published.weekday()]}."
    )
    return {"id": f"wire-{i:04d}", "source": "Wire", "title": f"Caravan heads for {b[0]}",
            "published": published.isoformat(), "text": text}


def write_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"a{i:04d}.json").write_text(json.dumps(article(i, rng), ensure_ascii=False), encoding="utf-8")
    return folder
