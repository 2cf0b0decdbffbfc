"""Requests typed as a numbered list: "1) vertical 2) 3 sec each 3) upbeat music",
"1. make it square 2. remove the title". The markers are read as the breaks between requests,
never as numbers of the requests ("1) vertical" is no photo 1, "2) 3 sec" no 2 seconds).

Only a list is read so: markers 1, 2, 3 ... in order, the first at the start of the message,
each at the start of a word, so that "make photo 2. then export" keeps its 2 ("1) make it
vertical" alone is a list of one).
"""

from __future__ import annotations

import re

MARKER = re.compile(r"(?<!\S)(\d{1,2})(?:\)|\.(?=\s))(?=\s*[a-z0-9\u3400-\u9fff])")


def unnumbered(norm: str) -> str:
    """``norm`` with the markers of a numbered list turned into breaks (same length)."""
    found = list(MARKER.finditer(norm))
    marks: list[re.Match[str]] = []
    for m in found:
        if int(m.group(1)) != len(marks) + 1:
            break
        if not marks and norm[: m.start()].strip():
            return norm  # a list starts the message
        marks.append(m)
    if not marks:
        return norm
    out = norm
    for m in marks:  # a break where the marker was, the length kept
        out = out[: m.start()] + "\n" + " " * (m.end() - m.start() - 1) + out[m.end() :]
    return out
