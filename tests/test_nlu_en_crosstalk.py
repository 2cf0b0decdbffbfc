"""English words of another intent said only as context, and the fillers around a request
(issue #15, nlu16enB): "the song is fine, just ..." asks nothing of the music, "move the clip,
don't delete it" only moves, an ordinal with whose it is ("her 60th") is an age, reasons and
niceties ("no rush", "thanks in advance") are not edits. Sentences that really ask two things
still give both edits."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


def test_a_subject_said_to_be_fine_asks_nothing_of_it() -> None:
    _does("the music is fine, just make the photos sepia", [{"kind": "look", "look": "sepia"}])
    _does(
        "the transitions can stay as they are, slow the video down",
        [{"kind": "speed", "factor": 1.25}],
    )


def test_a_subject_left_alone_asks_nothing_of_it() -> None:
    _does("leave the music alone, make it cooler", [{"kind": "look", "look": "cool"}])


def test_the_same_shape_as_now_is_no_new_shape() -> None:
    _does("make it 40 seconds, same shape as now", [{"kind": "total_length", "seconds": 40}])


def test_a_move_said_not_to_delete_only_moves() -> None:
    _does("put the dog one first, don't remove it", [{"kind": "move", "index": 3, "to": "start"}])


def test_a_step_said_not_for_the_video_is_not_done() -> None:
    reading = _read("slower transitions, not a slower video")
    kinds = [e.kind for e in reading.edits]
    assert kinds == ["transition"], reading


def test_an_ordinal_with_whose_it_is_is_an_age() -> None:
    _does("black and white please, for his 80th", [{"kind": "look", "look": "bw"}])
    _does("warmer colours, our 25th anniversary", [{"kind": "look", "look": "warm"}])


def test_a_colour_and_who_likes_it_is_no_title_text() -> None:
    _does(
        "make the title purple my sister loves purple",
        [{"kind": "text_style", "target": "title", "color": "purple"}],
    )


def test_niceties_around_a_request_are_not_left_over() -> None:
    _does("louder music please, no rush", [{"kind": "music_volume", "factor": 1.25}])
    _does("swap 1 and 2, thanks in advance", [{"kind": "swap", "i": 1, "j": 2}])


def test_two_requests_still_give_both_edits() -> None:
    _does(
        "black and white and slower please",
        [{"kind": "look", "look": "bw"}, {"kind": "speed", "factor": 1.25}],
    )


def test_a_shape_said_not_wanted_is_not_made() -> None:
    _does("make it 35 seconds, don't make it square", [{"kind": "total_length", "seconds": 35}])
    assert not _read("dont make it vertical").edits


def test_a_mood_said_of_the_look_changes_no_music() -> None:
    _does("soft warm look please", [{"kind": "look", "look": "warm"}])


def test_no_new_music_keeps_the_music() -> None:
    _does("sepia please, no new music", [{"kind": "look", "look": "sepia"}])
    _does(
        "i dont want another song, just make it quieter",
        [{"kind": "music_volume", "factor": 0.8}],
    )


def test_a_subject_not_to_be_touched_asks_nothing_of_it() -> None:
    _does("don't touch the transitions, make it vertical", [{"kind": "aspect", "aspect": "9:16"}])


def test_fine_but_a_bit_loud_is_quieter() -> None:
    _does("the song is great but a bit loud", [{"kind": "music_volume", "factor": 0.8}])
    _does("the music is fine but a little quiet", [{"kind": "music_volume", "factor": 1.25}])


def test_what_is_not_meant_after_a_transition_step_is_not_done() -> None:
    _does(
        "make the transitions longer, not the photos",
        [{"kind": "transition", "factor": 1.25}],
    )


def test_the_photos_kept_while_their_time_changes() -> None:
    _does("4 seconds each, keep all the photos", [{"kind": "seconds_per_photo", "seconds": 4}])
    _does(
        "each photo 2 seconds but don't lose any pics",
        [{"kind": "seconds_per_photo", "seconds": 2}],
    )


def test_a_closing_said_after_the_music_fades_is_at_the_end() -> None:
    _does("put 'See ya' after the music fades", [{"kind": "closing", "text": "See ya"}])


def test_a_fade_kept_as_it_is_asks_nothing_of_it() -> None:
    _does(
        "fade to black at the end over 3 seconds, keep the music fade how it is",
        [{"kind": "video_fade", "fade_out_ms": 3000}],
    )


def test_no_new_filter_is_no_look_change() -> None:
    _does(
        "no new filter, just the title in red",
        [{"kind": "text_style", "target": "title", "color": "red"}],
    )
