"""The music named by its kind, feeling or instrument ("spa music", "chill hop", "the ukulele
one"), merged into ``lexicon.ENTITIES``, and the occasions a track is named for ("birthday
music", "wedding song", "a gym playlist": ``en_audio.occasion_music``) (pure data)."""

# words that name a track's kind alone, never the music noun after them ("spa music" is a
# mood and the music)
MUSIC_KINDS: dict[str, dict[str, str]] = {
    "mood": {
        "upbeat": "feel good, feel-good, feelgood, dancey, danceable, funky, "
        "high energy, high-energy, poppy, catchy",
        "calm": "spa, spa-like, meditation, meditative, zen, lullaby, lullabies, "
        "soft piano, gentle piano, relaxing piano, soothing piano, easy listening",
        "cinematic": "orchestra, violin, violins, cello, emotional piano, adventurous",
        "lofi": "chill hop, chill-hop, lofi hip hop, lo-fi hip hop, lofi hiphop, jazz hop, "
        "jazzhop, coffee shop, coffeeshop",
        "acoustic": "ukulele, uke, banjo, strumming, acoustic guitar, indie folk, folky, "
        "singer songwriter, singer-songwriter, unplugged",
    },
}

# an occasion or a use, said right before a music noun ("birthday music", "wedding vibes"):
# the mood of that track
OCCASIONS: dict[str, str] = {
    "birthday": "upbeat", "bday": "upbeat", "b-day": "upbeat", "summer": "upbeat",
    "summery": "upbeat", "dance": "upbeat", "workout": "upbeat", "gym": "upbeat",
    "fun": "upbeat", "hype": "upbeat", "party": "upbeat",
    "wedding": "calm", "love": "calm", "sleep": "calm", "bedtime": "calm", "yoga": "calm",
    "baby": "calm", "funeral": "calm", "memorial": "calm", "anniversary": "calm",
    "movie": "cinematic", "film": "cinematic", "trailer": "cinematic",
    "documentary": "cinematic", "adventure": "cinematic",
    "study": "lofi", "cafe": "lofi",
    "campfire": "acoustic",
}  # fmt: skip
# the nouns of a track that an occasion may come before
TRACK_NOUNS = (
    "music", "song", "songs", "tune", "tunes", "track", "tracks", "vibes", "vibe", "playlist",
    "beats", "soundtrack", "bgm",
)  # fmt: skip
