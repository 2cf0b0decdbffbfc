"""The draft -> frames plan and the slideshow layout (pure)."""

from __future__ import annotations

import pytest

from photo_video_maker.errors import DraftError, NothingToRender
from photo_video_maker.model.draft import Draft, parse_draft
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow, relayout
from photo_video_maker.model.plan import make_plan
from photo_video_maker.model.summary import summarize

SPEC_EXAMPLE = {
    "v": 1,
    "d": 10000,
    "m": {"w": 1920, "h": 1080, "fps": 30, "aspect": "16:9"},
    "t": [
        {
            "id": "trk-video",
            "tt": 0,
            "m": {"name": "Video"},
            "sg": [
                {
                    "id": "seg-1",
                    "s": 0,
                    "d": 5375,
                    "m": {
                        "src": "med-1",
                        "name": "beach.jpg",
                        "kind": "image",
                        "transition": "none",
                        "fit": "blur",
                        "motion": {"type": "kenburns", "zoom": [1.0, 1.1]},
                    },
                },
                {
                    "id": "seg-2",
                    "s": 4625,
                    "d": 5375,
                    "m": {
                        "src": "med-2",
                        "name": "city.jpg",
                        "kind": "image",
                        "transition": {"type": "crossfade", "d": 750},
                        "fit": "blur",
                        "motion": {"type": "kenburns", "zoom": [1.1, 1.0]},
                    },
                },
            ],
        },
        {
            "id": "trk-bgm",
            "tt": 1,
            "m": {"name": "BGM", "role": "bgm"},
            "sg": [
                {
                    "id": "seg-3",
                    "s": 0,
                    "d": 10000,
                    "m": {
                        "src": "med-3",
                        "name": "Lo-fi",
                        "volume": 0.35,
                        "fade_in": 0,
                        "fade_out": 1500,
                    },
                }
            ],
        },
        {
            "id": "trk-text",
            "tt": 7,
            "m": {"name": "Titles"},
            "sg": [
                {
                    "id": "seg-4",
                    "s": 0,
                    "d": 3000,
                    "m": {"text": "Urban Dreams", "role": "title", "pos": "center"},
                }
            ],
        },
    ],
}


def _photos(n: int) -> list[MediaRef]:
    return [
        MediaRef(id=f"m{i}", name=f"p{i}.jpg", kind="image", width=4000, height=3000)
        for i in range(n)
    ]


def test_the_spec_example_parses_and_summarises_as_the_spec_shows_in_plain_words() -> None:
    draft = parse_draft(SPEC_EXAMPLE, known_media={"med-1", "med-2", "med-3"})
    # the spec's "BGM" is a word people don't use: the line says Music
    assert summarize(draft) == (
        "Timeline (3 tracks, 10 s, 1920x1080 16:9):\n"
        "  1. Video: 2 photos (0-10s), crossfade\n"
        "  2. Music: Lo-fi (0-10s, 35%)\n"
        '  3. Title: "Urban Dreams" (0-3s)'
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["t"][0]["sg"][0].update(s=-1), "t.0.sg.0.s"),
        (lambda d: d["t"][0].update(tt=5), "t.0.tt"),
        (lambda d: d["t"][0]["sg"][1]["m"].update(src="nope"), "unknown media"),
        (lambda d: d["t"][0]["sg"][1].update(s=4000), "overlaps"),
    ],
)
def test_a_draft_that_breaks_the_contract_is_rejected_naming_key_and_reason(
    change: object, message: str
) -> None:
    import copy

    data = copy.deepcopy(SPEC_EXAMPLE)
    change(data)  # type: ignore[operator]
    with pytest.raises(DraftError, match=message):
        parse_draft(data, known_media={"med-1", "med-2", "med-3"})


def test_the_standard_job_lays_out_to_23_25_seconds_and_698_frames() -> None:
    draft = build_slideshow(_photos(10), SlideshowOptions(seconds_per_photo=3.0))
    assert draft.d == 23250
    plan = make_plan(draft)
    assert plan.frames == 698
    for before, after in zip(plan.visuals, plan.visuals[1:], strict=False):
        assert before.end - after.start == after.transition_frames == 23  # 22.5 rounds up


def test_a_transition_never_takes_more_than_half_of_a_neighbour() -> None:
    draft = build_slideshow(_photos(3), SlideshowOptions(seconds_per_photo=1.0, transition_ms=3000))
    segments = draft.t[0].sg
    assert all(seg.m.transition.d <= 500 for seg in segments[1:])


def test_random_transitions_are_resolved_once_and_stay_the_same() -> None:
    draft = build_slideshow(_photos(6), SlideshowOptions(transition="random"))
    names = [seg.m.transition.type for seg in draft.t[0].sg[1:]]
    assert "random" not in names
    assert [s.m.transition.type for s in relayout(draft).t[0].sg[1:]] == names


def test_total_length_fits_the_photos_to_it() -> None:
    draft = build_slideshow(_photos(5), SlideshowOptions(total_seconds=20))
    assert abs(draft.d - 20000) <= 5


def test_an_empty_timeline_has_nothing_to_render() -> None:
    with pytest.raises(NothingToRender):
        make_plan(Draft())


def test_titles_fade_in_and_out_within_their_time() -> None:
    draft = build_slideshow(_photos(3), SlideshowOptions(title="Hello"))
    text = make_plan(draft).texts[0]
    assert text.opacity(text.start - 1) == 0 and text.opacity(text.end) == 0
    assert 0 < text.opacity(text.start) < 1
    assert text.opacity((text.start + text.end) // 2) == 1


def test_default_motion_varies_from_photo_to_photo() -> None:
    draft = build_slideshow(_photos(6), SlideshowOptions())
    motions = {repr(seg.m.motion) for seg in draft.t[0].sg}
    assert len(motions) >= 4


def test_vertical_1080p_is_1080_by_1920_and_uses_a_blurred_background() -> None:
    draft = build_slideshow(_photos(2), SlideshowOptions(aspect="9:16"))
    assert (draft.m.w, draft.m.h) == (1080, 1920)
    assert draft.t[0].sg[0].m.fit == "blur"
