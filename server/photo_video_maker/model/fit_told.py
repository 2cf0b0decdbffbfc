"""How the photos sit in the frame, told when asked ("why is there a black bar on top?",
"how come there's blur around them?"): what fills the space a photo leaves, and how to change it.
Nothing changes."""

from __future__ import annotations

from .draft import Draft
from .lang import Lang, join, say

# what each way of fitting shows, and what else can be said
_SHOWN = {
    "contain": (
        "the rest of the frame shows black bars",
        "空出来的地方是黑边",
    ),
    "blur": (
        "the rest of the frame is filled with a blurred copy of the photo",
        "空出来的地方用照片的模糊版填满",
    ),
}
_OFFER = {
    "contain": (
        'Say "fill the frame" to zoom in so there are no bars (the edges get cropped), '
        'or "blurred background" to fill them with a blurred copy.',
        "想去掉黑边可以说“铺满画面”（照片边缘会被裁掉），或说“模糊背景”用模糊的照片填满。",
    ),
    "blur": (
        'Say "fill the frame" to zoom in so the photo covers it all (the edges get cropped), '
        'or "black bars" for plain black instead.',
        "想去掉模糊背景可以说“铺满画面”（照片边缘会被裁掉），或说“用黑边”。",
    ),
}


def fit_told(draft: Draft, lang: Lang) -> str:
    track = draft.video_track()
    segs = [seg for seg in (track.sg if track is not None else []) if seg.m.kind != "video"]
    if not segs:
        return say(lang, "There are no photos yet.", "还没有照片。")
    fits = {str(seg.m.fit) for seg in segs}
    frame = f"{draft.m.aspect}"
    if fits == {"cover"}:
        return say(
            lang,
            f"Every photo fills the {frame} frame, so the parts that stick out are cropped. "
            'Say "show the whole photo" to see all of it (with black bars), or "blurred '
            'background" to see it whole over a blurred copy.',
            f"每张照片都铺满了 {frame} 画面，超出的部分被裁掉了。"
            "想看到完整照片可以说“显示完整照片”（加黑边），或说“模糊背景”。",
        )
    if len(fits) == 1:
        fit = fits.pop()
        en, zh = _SHOWN[fit]
        offer_en, offer_zh = _OFFER[fit]
        return say(
            lang,
            f"The photos are shown whole, and where a photo's shape differs from the {frame} "
            f"frame, {en}. {offer_en}",
            f"照片是完整显示的，照片比例和 {frame} 画面不一样时，{zh}。{offer_zh}",
        )
    names = {"cover": ("fills the frame", "铺满"), "contain": ("black bars", "黑边")}
    names["blur"] = ("blurred background", "模糊背景")
    parts = [
        say(lang, f"photo {n}: {names[str(seg.m.fit)][0]}", f"第{n}张：{names[str(seg.m.fit)][1]}")
        for n, seg in enumerate(segs, 1)
    ]
    return say(
        lang,
        f"The photos fit the {frame} frame differently ({join(parts, lang)}). "
        'Say "fill the frame" to zoom every photo in (the edges get cropped).',
        f"照片在 {frame} 画面里的方式不同（{join(parts, lang)}）。"
        "想全部铺满可以说“铺满画面”（照片边缘会被裁掉）。",
    )
