"""Fixtures for the content tests."""

from __future__ import annotations

import pytest

from tests.content.content_views import Marked, find_marked


@pytest.fixture(scope="session")
def marked() -> tuple[Marked, ...]:
    """Every QT_TRANSLATE_NOOP call in src/wrapdesk/content."""
    return find_marked()
