"""The one wall-clock helper of the storage layer: timestamps of rows, in UTC."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """The current UTC time as ISO 8601 to the second, as stored in every *_at column."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
