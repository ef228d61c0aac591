"""timeline: a sourced, dated, deduplicated timeline of migrant caravans from news articles."""

__version__ = "0.1.0"
