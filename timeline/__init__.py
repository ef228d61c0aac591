"""timeline: a sourced, dated, deduplicated timeline of migrant caravans from news articles."""

__version__ = "0.1.0"

# Bumped whenever extraction or resolution output changes, so that stored
# analyses made by an older pipeline are recomputed on the next build.
PIPELINE_VERSION = "1"
