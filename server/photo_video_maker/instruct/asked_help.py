"""What can be done, asked in English in the many ways people put it: "what are the things i
can change here", "what else could i tweak", "any tips?", "what do you suggest", "how do i use
this". A sentence that is only such a question asks for help (the list of what can be said);
one that also asks for a change is that change ("any tips? make it vertical" is read as it is).
"""

from __future__ import annotations

import re

from .entities import Tok

_LEAD = r"(?:(?:ok|okay|so|um+|uh+|hmm+|hm|and|well|alright|right|hey|hi|cool|great|nice|lol)\W+)*"
_WHO = r"(?:i|we|you|u|one)"
_VERB = (
    r"(?:change|do|edit|tweak|adjust|say|type|try|fix|modify|customi[sz]e|improve|add|"
    r"ask(?: you)?(?: for| to do)?|tell you(?: to do)?|play with|mess with|mess around with|"
    r"do with (?:it|this|the video)|change about (?:it|this)|make you do|get you to do)"
)
_THINGS = (
    r"(?:things|stuff|edits|changes|settings|features|options|commands|"
    r"(?:kinds?|sorts?|types?) of (?:things|edits|stuff|changes))"
)
_PLACE = r"(?:\W+(?:here|now|next|then|else|too|also|exactly|with (?:it|this|the video)|"
_PLACE += r"in (?:it|this|the video)|on (?:it|this|the video)|for me))*"
HELP = re.compile(
    rf"^{_LEAD}(?:"
    # "what are the things i can change here", "what else could i tweak", "what can be changed"
    rf"what(?:\W+(?:else|other))?(?:\W+(?:is|are|'s))?(?:\W+(?:the|some|all the|all))?"
    rf"(?:\W+(?:other|else))?(?:\W+{_THINGS})?(?:\W+else)?(?:\W+that)?"
    rf"(?:\W+(?:can|could|should|do|may|might|am i able to|are we able to)(?:\W+{_WHO})?"
    rf"|\W+{_WHO}\W+(?:can|could|should|may|might|get to|am able to|are able to))"
    rf"(?:\W+(?:still|also|even|actually|really|possibly|else))?"
    rf"\W+(?:{_VERB}|be changed|be edited|be done)"
    # "what are my options", "what are the choices here"
    r"|what(?:\W+(?:are|is|'re|'s))?\W+(?:my|the|our|some|all the|all my)(?:\W+other)?"
    r"\W+(?:options|choices|possibilities)"
    # "any tips?", "got any suggestions", "do you have any ideas"
    r"|(?:(?:do\W+)?(?:you|u)\W+)?(?:have|got|gimme|give me)?\W*(?:any|some|a few)"
    r"(?:\W+(?:other|more|good))?"
    r"\W+(?:tips|suggestions|ideas|advice|pointers|recommendations|hints)"
    # "what do you suggest", "what would you recommend"
    r"|what(?:\W+else)?\W+(?:do|would|could|can)\W+(?:you|u)\W+(?:suggest|recommend|advise)"
    # "what else is possible", "what else you got", "help me out here"
    r"|what(?:'s|s|\W+is)?(?:\W+else)?(?:\W+is)?\W+possible"
    r"|what\W+else\W+(?:you got|have you got|do you have|you have|is there to do)"
    r"|help(?:\W+me)?\W+out"
    # "can you list what you can do", "tell me what i can change"
    rf"|(?:(?:can|could)\W+(?:you|u)\W+)?(?:list|tell me|show me|explain)\W+what\W+{_WHO}"
    rf"\W+(?:can|could)\W+{_VERB}"
    # "how do i use this", "how does this work"
    r"|how\W+(?:do|can|should)\W+i\W+use\W+(?:this|it|you|the app|this app|this thing)"
    rf"){_PLACE}(?:\W+(?:pls|please|lol|then))?\W*$"
)


# "how do i get the mp4", "how can i open the finished video": where the made file is
OUTPUT = re.compile(
    rf"^{_LEAD}how\W+(?:do|can|should)\W+(?:i|we)\W+(?:get|find|open|access|grab|get to)"
    r"\W+(?:the|my|our)?\W*(?:finished\W+|final\W+|exported\W+|made\W+)?"
    r"(?:file|video|mp4|export|slideshow|movie|result|render)(?:\W+(?:now|then))?\W*$"
)


def asked_help(toks: list[Tok], orig: str) -> list[Tok]:
    """A sentence that only asks what can be done is one help question; one that only asks
    how to get the made file asks where it is."""
    said = orig.strip().lower().replace("’", "'")
    if said.isascii() and OUTPUT.match(said):
        return [Tok("where", None, 0, len(orig), orig.strip())]
    if not said.isascii() or not HELP.match(said):
        return toks
    return [Tok("help", None, 0, len(orig), orig.strip())]
