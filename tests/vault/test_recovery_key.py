"""The printed recovery key: round trips, and a mistyped group is named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wrapdesk.vault import RecoveryKey, RecoveryKeyMistyped

keys = st.binary(min_size=16, max_size=16).map(RecoveryKey)


@given(keys)
def test_round_trip_through_its_printed_form(key: RecoveryKey) -> None:
    text = key.formatted()
    assert len(text) == 8 * 6 + 7
    assert all(len(g) == 6 and g.isdigit() for g in text.split("-"))
    assert RecoveryKey.parse(text) == key
    assert RecoveryKey.parse(text.replace("-", " ")) == key
    assert RecoveryKey.parse(text.replace("-", "")) == key


@given(keys, st.integers(0, 47), st.integers(1, 9))
def test_any_single_mistyped_digit_names_its_group(key: RecoveryKey, at: int, delta: int) -> None:
    digits = list(key.formatted().replace("-", ""))
    digits[at] = str((int(digits[at]) + delta) % 10)
    with pytest.raises(RecoveryKeyMistyped) as info:
        RecoveryKey.parse("".join(digits))
    assert info.value.bad_groups == (at // 6 + 1,)


@given(keys, st.integers(0, 46))
def test_swapped_neighbouring_digits_are_caught(key: RecoveryKey, at: int) -> None:
    digits = list(key.formatted().replace("-", ""))
    if at % 6 == 5 or digits[at] == digits[at + 1]:
        return  # across groups, or swapping equal digits changes nothing
    digits[at], digits[at + 1] = digits[at + 1], digits[at]
    with pytest.raises(RecoveryKeyMistyped) as info:
        RecoveryKey.parse("".join(digits))
    assert info.value.bad_groups == (at // 6 + 1,)


@given(keys, st.integers(0, 7), st.integers(0, 7))
def test_groups_typed_in_the_wrong_order_are_caught(key: RecoveryKey, i: int, j: int) -> None:
    groups = list(key.groups)
    if i == j or groups[i] == groups[j]:
        return
    groups[i], groups[j] = groups[j], groups[i]
    with pytest.raises(RecoveryKeyMistyped) as info:
        RecoveryKey.parse("-".join(groups))
    assert set(info.value.bad_groups) == {i + 1, j + 1}


def test_too_few_digits_says_how_many() -> None:
    key = RecoveryKey.generate().formatted()
    with pytest.raises(RecoveryKeyMistyped) as info:
        RecoveryKey.parse(key[:-3])
    assert info.value.digit_count == 45
    assert 8 in info.value.bad_groups


def test_repr_never_shows_the_key() -> None:
    key = RecoveryKey.generate()
    assert key.groups[0] not in repr(key)
    assert "hidden" in repr(key)
