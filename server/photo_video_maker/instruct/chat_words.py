"""Phrasings heard in whole chats (pure data, read like ``words`` and ``lexicon``; kept apart so
those files stay as they are): "thru" for "through" in a transition ("fade thru white"), asking
what can be changed ("what are the things i can change here"), a video named by its occasion
("做成宝宝成长视频": the video, "成长" no reason), and a place to post that has no shape of its
own ("做成适合发朋友圈的": which shape is asked, ``any_shape``)."""

from __future__ import annotations

# who the video is for likes something: a reason, never the words of a text ("换成黄色 她最喜欢")
LIKING = ("她最喜欢", "他最喜欢", "她喜欢", "他喜欢", "她最爱", "他最爱")

CHAT_ENTITIES: dict[str, dict[str, str]] = {
    # fast-paced music is upbeat music ("加个快节奏的音乐"), never a faster video
    "mood": {
        "upbeat": "快节奏的音乐, 快节奏音乐, 快节奏的歌, 节奏快的音乐, 节奏快的歌, 节奏快点的歌, "
        "节奏快点的音乐, 节奏快一点的歌, 节奏快一点的音乐, 快节奏的曲子, 节奏感强的音乐, "
        "fast paced music, fast-paced music, fast music, fast song, a fast song",
    },
    "trans": {
        "fadewhite": "fade thru white, dip thru white, fade thru to white",
        "fadeblack": "fade thru black, dip thru black, fade thru to black",
    },
}

CHAT_WORDS: dict[str, str] = {
    # "my doggo deserves more screen time, 5 secs on his pic": the photo just named
    "it": "his pic, her pic, his photo, her photo, his picture, her picture, his pics, "
    "her pics, his one, her one",
    # "i miss the slow zooming, switch it back on": what is missed is told, the request follows
    "reason": "i miss the, i miss how, i miss that, i kinda miss the, i really miss the, "
    "i sort of miss the, miss the old, "
    # "the city pic is my store front, put it first": what a photo is, told before the request
    "is where, was where, thats my, that's my, thats his, "
    "that's his, thats her, that's her, thats our, that's our, "
    "store front, storefront, shop front, shopfront, front of the shop, front of my shop, "
    "front of the store, front of my store, "
    # "could be a bit slower? like it feels rushed at the start": how it feels, explained
    "like it feels, like it looks, like it sounds, like it kinda feels, "
    # "make it pink, she loves pink": who it is for, and what they like
    "she loves, he loves, they love, she likes, he likes, she really loves, he really loves, "
    "she's into, he's into, shes into, hes into, it's her favorite, it's his favorite, "
    "its her favorite, its his favorite, her favorite, his favorite, her favourite, "
    "his favourite, for kids, for the kids, for children, for little ones, kid friendly, "
    + ", ".join(LIKING),
    # "add upbeat music but not too loud": the music a little quieter than it comes
    "quieter": "but not too loud, but not loud, not too loud though, but not too loud pls, "
    "not too loud tho, not too loud pls, not too loud please, not too loud ok, "
    "but quietly, but keep it quiet, but keep it low, but not super loud, but not very loud",
    "help": "the things i can change, things i can change, the things i can edit, "
    "things i can edit, stuff i can change, what stuff can i change, what stuff can i edit, "
    "the things you can change, things you can change, the stuff i can change, "
    "what all can i change, what all can you do, which things can i change",
    # a video named by what it is of: the video itself, never a reason
    "video": "成长视频, 宝宝成长视频, 成长记录视频, 纪念视频, 生日视频, 回忆视频, "
    "旅行视频, 旅游视频, 毕业视频, 婚礼视频, 周年视频",
    # a place to post with no shape of its own: which shape is asked (any_shape)
    "free_shape": "适合发朋友圈, 适合朋友圈, 适合发到朋友圈, 发朋友圈的尺寸, "
    "朋友圈的尺寸, 朋友圈尺寸, "
    "朋友圈的比例, 朋友圈比例, 适合发微信, 适合微信, 适合发微信朋友圈, 适合微信朋友圈, "
    "朋友圈的格式, 朋友圈格式, for wechat moments, for my wechat moments, wechat moments size, "
    "suitable for wechat moments, good for wechat moments",
}

# what people call the subject of a photo named in English ("my doggo": dog.jpg), joined to
# ``zh_subjects.SUBJECTS`` (the words each photo's file name is also called)
CHAT_SUBJECTS: dict[str, str] = {
    "dog": "doggo, doggy, doggie, pupper, pup, the pup",
    "cat": "kitty, kitteh, the kitty",
    "beach": "the shore, seaside, the seaside",
    "city": "downtown",
    "forest": "the woods, woods",
}

CHAT_TEMPLATES = """
# a place to post with no shape of its own (any_shape.py)
shape_for: ~ put|change|to? free_shape video?
# "put music", "put some music on": which music is asked, as for "add music"
music_add: ~ put music on?
"""
