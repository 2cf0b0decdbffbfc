"""A question with a request in the same message: "what song is playing? can we change it to
summer breeze", "is there music? remove it pls" (the request said after the question is what
is wanted; answering only the question would drop it), and a request worded as a yes/no
question, "can the music be summer breeze?" (a change asked politely, not a question)."""

from __future__ import annotations

from ..model.edit_types import SetSecondsPerPhoto, SetTotalLength, Speed
from .intents import Out
from .match import Match

# English openers of a change asked for politely ("can the music be summer breeze?")
POLITELY = (
    "can the ", "could the ", "can we ", "could we ", "can u ", "can you ", "could you ",
    "could u ", "would you ", "can it ", "could it ", "can i have ", "can we have ",
    # "is it possible to have no transitions?": asked as a question, meant as a request
    "is it possible to ", "would it be possible to ", "is there a way to ", "is there any way to ",
    "could we have ", "could i have ", "can i get ", "could i get ", "please can ", "pls can ",
)  # fmt: skip

# a length limit the video already keeps ("under 30 secs with upbeat music" on a 19 s video): it
# answers how long the video is, and the rest of the message is still asked for
MET = ("total_cap", "total_floor")
TIMED = (SetTotalLength, SetSecondsPerPhoto, Speed)


def wants_edits(text: str, outs: list[tuple[Match, Out]]) -> bool:
    """Whether the edits asked for, not the question, are what the message wants."""
    made = [m for m, out in outs if out.edits]
    limits = [m.template.intent in MET for m, out in outs if out.question]
    # "有点长了，控制在20秒以内": the complaint is the limit said twice, not a change of its own
    timed = any(isinstance(e, TIMED) for _, out in outs for e in out.edits)
    if made and limits and all(limits) and "?" not in text and not timed:
        return True
    if not made or not text.isascii():
        return False
    asked_at = text.rfind("?")
    spots = [t.start for m in made for t in m.toks if t.start >= 0]
    if 0 <= asked_at < len(text.rstrip(" ?!.")) and any(s > asked_at for s in spots):
        return True  # "is there music? remove it pls": the request comes after the question
    asking = any(out.question for _, out in outs)
    return not asking and text.strip().lower().startswith(POLITELY)
