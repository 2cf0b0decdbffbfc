"""ICC v2 display profiles written by hand (matrix and curves), and the colour maths to check
what a conversion to sRGB should give. LittleCMS through Pillow can only create sRGB, so a
Display P3 or Adobe RGB (1998) test photo needs its profile made here, from the published
primaries; the expected sRGB values are computed in float from the same numbers.
"""

from __future__ import annotations

import struct

import numpy as np

D65 = (0.3127, 0.3290)
D50_XYZ = np.array([0.9642, 1.0, 0.8249])
SRGB_PRIMARIES = ((0.64, 0.33), (0.30, 0.60), (0.15, 0.06))
P3_PRIMARIES = ((0.680, 0.320), (0.265, 0.690), (0.150, 0.060))
ADOBE_PRIMARIES = ((0.64, 0.33), (0.21, 0.71), (0.15, 0.06))
ADOBE_GAMMA = 563 / 256  # 2.19921875, as Adobe's own profile stores it
_BRADFORD = np.array(
    [[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367], [0.0389, -0.0685, 1.0296]]
)


def _xyz(xy: tuple[float, float]) -> np.ndarray:
    x, y = xy
    return np.array([x / y, 1.0, (1 - x - y) / y])


def rgb_to_xyz(primaries: tuple[tuple[float, float], ...]) -> np.ndarray:
    """The linear RGB -> XYZ matrix (D65 white) of the given primaries."""
    m = np.column_stack([_xyz(p) for p in primaries])
    return m * np.linalg.solve(m, _xyz(D65))


def srgb_eotf(v: np.ndarray) -> np.ndarray:
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)


def srgb_oetf(v: np.ndarray) -> np.ndarray:
    v = np.clip(v, 0, 1)
    return np.where(v <= 0.0031308, v * 12.92, 1.055 * v ** (1 / 2.4) - 0.055)


def expected_srgb(
    rgb: tuple[int, int, int] | np.ndarray,
    primaries: tuple[tuple[float, float], ...],
    gamma: float | None,
) -> np.ndarray:
    """What ``rgb`` (one colour or an (..., 3) array) encoded with ``primaries`` (and a pure
    ``gamma``, or the sRGB curve when None) is in sRGB 0-255, clipped to the sRGB gamut."""
    v = np.asarray(rgb, float) / 255
    linear = v**gamma if gamma else srgb_eotf(v)
    to_srgb = np.linalg.solve(rgb_to_xyz(SRGB_PRIMARIES), rgb_to_xyz(primaries))
    return srgb_oetf(linear @ to_srgb.T) * 255


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz_tag(v: np.ndarray) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(c) for c in v)


def _curve_tag(gamma: float | None) -> bytes:
    if gamma is not None:  # one u8Fixed8 entry: a pure power
        return b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"
    table = np.round(srgb_eotf(np.linspace(0, 1, 1024)) * 65535).astype(">u2")
    return b"curv\0\0\0\0" + struct.pack(">I", len(table)) + table.tobytes()


def _desc_tag(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    body = struct.pack(">I", len(ascii_)) + ascii_ + struct.pack(">II", 0, 0) + bytes(3 + 67)
    return b"desc\0\0\0\0" + body


def rgb_profile(
    description: str, primaries: tuple[tuple[float, float], ...], gamma: float | None
) -> bytes:
    """A minimal valid ICC v2 RGB display profile: D50-adapted colorants (Bradford), curves."""
    d65 = _xyz(D65)
    cone = np.diag((_BRADFORD @ D50_XYZ) / (_BRADFORD @ d65))
    adapted = np.linalg.inv(_BRADFORD) @ cone @ _BRADFORD @ rgb_to_xyz(primaries)
    curve = _curve_tag(gamma)
    tags = [
        (b"desc", _desc_tag(description)),
        (b"wtpt", _xyz_tag(D50_XYZ)),
        (b"rXYZ", _xyz_tag(adapted[:, 0])),
        (b"gXYZ", _xyz_tag(adapted[:, 1])),
        (b"bXYZ", _xyz_tag(adapted[:, 2])),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text\0\0\0\0No copyright, made for tests\0"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for sig, body in tags:
        body += bytes(-len(body) % 4)
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
        + b"acsp"
        + bytes(4 + 4 + 4 + 4 + 8)  # platform, flags, manufacturer, model, attributes
        + struct.pack(">I", 0)  # rendering intent: perceptual
        + b"".join(_s15(c) for c in D50_XYZ)
        + bytes(4 + 16 + 28)  # creator, profile ID, reserved
    )
    assert len(header) == 128
    return header + table + data
