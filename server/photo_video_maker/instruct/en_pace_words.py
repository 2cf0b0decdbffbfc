"""English words for how long photos stay and how fast the video goes (pure data, read like
``words``; kept apart so that file stays as it is): a photo that "flashes by" (it wants more
time), "don't rush" (slower), a step said against what was just done ("a bit less than that")."""

from __future__ import annotations

EN_PACE_WORDS: dict[str, str] = {
    # the complaint that a photo (or the video) goes by too fast: more time, as "too fast" is
    "slower": "flashes by, flash by, flashing by, flashed by, flashes past, flash past, "
    "zips by, zip by, zipping by, zips past, flies by, fly by, flying past, flies past, "
    "whizzes past, whizz by, whooshes by, over in a flash, gone in a flash, "
    "blink and you miss it, blink and u miss it, slower cuts, fewer cuts, less cuts, "
    "dont rush, don't rush, do not rush, no need to rush, stop rushing, quit rushing, "
    "not so rushed, not so hurried, too fast paced, too fast-paced, too speedy, "
    # "the third one goes by so quick": the complaint, never a request for quicker
    "goes by so fast, goes by so quick, goes by so quickly, go by so fast, go by so quick, "
    "go by so quickly, goes by really fast, goes by really quick, goes by super fast, "
    "goes by super quick, went by so fast, went by so quick, passes so fast, passes so quick, "
    "passes too fast, passes too quick, over so fast, over so quick, gone so fast, gone so quick, "
    # "the pictures switch too often": each one on too short a time
    "switch too often, switches too often, change too often, changes too often, "
    "switching too often, changing too often, switch too much, switches too much",
    # "the photos are on for ages": the complaint that they stay too long
    "shorter": "on for ages, up for ages, on screen for ages, there for ages, "
    "shorter than that, shorter than before, shorter than now, shorter than this",
    # "speed it up" said of a pace that drags
    "faster": "too slow paced, too slow-paced, too draggy, pick up the tempo, up the tempo, "
    "quicker tempo, faster tempo, faster cuts, snappier cuts, faster cutting, "
    "quicker cutting, faster edits, quicker edits",
    # a step measured against the last change ("a bit less than that", "longer than before";
    # "shorter than that" is with the complaints above)
    "less": "less than that, less than before, less than now, less than this",
    "more": "more than that, more than before, more than now, more than this",
    # "let each pic breathe a bit": room to be looked at, more time (en_said_pace has the rooms)
    "longer": "breathe, breathing space, stretch it out, stretch them out, stretch out, "
    "stretch things out, stretch the photos out, stretch the pics out, "
    "longer than that, longer than before, longer than now, longer than this",
}

# "they go by super fast", "the slides change really quick": how fast the photos pass, said as
# a complaint (a bare "fast" asks for faster); every way of saying it, not one sentence
_PASS = (
    "go by", "goes by", "went by", "going by", "fly by", "flies by", "flew by", "flying by",
    "pass", "passes", "passed", "passing", "change", "changes", "changing", "switch", "switches",
    "switching", "zip by", "zips by", "zoom by", "zooms by", "whizz by", "whizzes by",
    # "they go so fast", "the pics move really quick"
    "go", "goes", "going", "went", "move", "moves", "moving",
)  # fmt: skip
_SO = ("so", "super", "really", "very", "pretty", "kinda", "crazy", "insanely", "ridiculously")
_FAST = ("fast", "quick", "quickly")
EN_PACE_WORDS["slower"] += ", " + ", ".join(
    f"{verb} {so} {fast}" for verb in _PASS for so in _SO for fast in _FAST
)

# "the transitions feel super long", "the photos seem really short": said of how long they are
_SEEM = ("feel", "feels", "seem", "seems", "look", "looks", "is", "are")
_VERY = ("so", "super", "really", "very", "kinda", "pretty", "way too", "soo", "sooo")
EN_PACE_WORDS["shorter"] += ", " + ", ".join(f"{v} {so} long" for v in _SEEM for so in _VERY)
EN_PACE_WORDS["longer"] += ", " + ", ".join(f"{v} {so} short" for v in _SEEM for so in _VERY)
