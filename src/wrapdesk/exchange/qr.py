"""The supporter's public key as a QR code (segno), for "My supporter key" to show or save."""

from __future__ import annotations

import io
from typing import Literal

import segno

from wrapdesk.exchange.keys import parse_recipient

QrKind = Literal["svg", "png"]


def recipient_qr(recipient: str, kind: QrKind = "svg", *, scale: int = 8) -> bytes:
    """A QR code holding exactly the public key text (``age1…``), as SVG or PNG bytes.

    Medium error correction and the standard four-module quiet zone, so a phone camera
    reads it off a screen or a printout; dark on white whatever the theme.
    """
    code = segno.make(parse_recipient(recipient), error="m", micro=False, boost_error=False)
    buffer = io.BytesIO()
    colours = {"dark": "#000", "light": "#fff"}
    if kind == "svg":
        code.save(buffer, kind="svg", scale=scale, border=4, xmldecl=False, **colours)
    else:
        code.save(buffer, kind="png", scale=scale, border=4, **colours)
    return buffer.getvalue()
