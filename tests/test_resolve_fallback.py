"""Values that stay underspecified still get a valid TimeML fallback."""

from __future__ import annotations

import pytest

from timeline.resolve.values import timeml_fallback


@pytest.mark.parametrize("value, expected", [("DCT:YEND", "XXXX-12-31"), ("REF:YEND", "XXXX-12-31")])
def test_unanchored_year_end(value, expected):
    assert timeml_fallback(value) == expected
