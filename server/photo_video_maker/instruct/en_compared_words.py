"""Templates of a photo's time said by another item's ("make the city pic as long as the party
clip", "give the dog photo the same time as the clip"); the builder is ``en_compared``."""

EN_COMPARED_TEMPLATES = """
# "make the city pic as long as the clip", "photo 2 twice as long as photo 1"
spp_like: put|keep|add? photo|ord says? degree=double/half? length says photo|ord
spp_like: put|keep|add? photo|ord same length says? photo|ord
# "the dog pic should stay up as long as the others": the others' time ("twice as long as the
# others": twice it)
spp_like: put|keep|add? photo|ord says? degree=double/half? length says each
spp_like: put|keep|add? photo|ord same length says? each
# "make the caption on the city pic bigger", "the text on photo 2 is too small": the caption
# named by its photo (never the photo's own size)
style: title|caption|closing|textnoun photo|ord degree? bigger|smaller
# "dont remove the dog photo, just move it to the end": what must not happen to that photo
noop: not remove|cut photo|ord
"""

# "the title needs to be bigger", "the caption has to be yellow": the copula of "should be" (a
# step or a text after it), never "needs" / "has" as the title's new words
# "the title looks small", "the music is kinda quiet", "the caption seems big": how it is now,
# a complaint that asks for the opposite step (never a smaller title, never quieter music)
# (never "to feel soft", "should look small": a wish, not how it is)
_IS = ("is", "are", "'s", "looks", "seems", "feels", "sounds")
_HOW: tuple[str, ...] = (
    "",
    "kinda ",
    "kind of ",
    "a bit ",
    "a little ",
    "slightly ",
    "pretty ",
    "really ",
    "so ",
)
_HOW += ("very ", "way ", "quite ", "rather ", "a tad ")


def _said(*words: str, leads: tuple[str, ...] = _IS) -> str:
    return ", ".join(f"{lead} {how}{word}" for lead in leads for how in _HOW for word in words)


# "the photos look tiny with all that blurry stuff around them" is the fit (en_visual_music)
_NOT_LOOKS = tuple(lead for lead in _IS if not lead.startswith("look"))


EN_COMPARED_WORDS: dict[str, str] = {
    "says": "needs to be, need to be, has to be, have to be, ought to be, gotta be, got to be, "
    "has got to be, needs to say, has to say, needs to read, has to read",
    "bigger": _said("small", "little") + ", " + _said("tiny", leads=_NOT_LOOKS),
    "smaller": _said("big", "huge", "large", "massive"),
    "quieter": _said("loud", "noisy"),
    "louder": _said("quiet"),  # ("soft" is gentle as often as not loud)
    # "the title is big enough": fine as it is (never smaller)
    "fine_as_is": ", ".join(
        f"{lead} {word} enough"
        for lead in _IS
        for word in ("big", "small", "loud", "quiet", "long", "short", "fast", "slow")
    ),
}
