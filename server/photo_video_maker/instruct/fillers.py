"""Words that carry nothing, and kinds of words that may go unused (pure data).

``FILLER`` words (English and Chinese, read like ``lexicon``) are dropped before templates
are matched; ``SOFT`` kinds may sit inside a template's words unused and are never reported
as unplaced ("make", "it", "a bit", "please ... the video").
"""

from .en_context import CONTEXT_FILLER
from .zh_words import ZH_FILLER

# Words that carry nothing; they are dropped before templates are matched.
FILLER = (
    "the, a, an, please, pls, plz, can, could, would, will, you, u, i, i'd, i'm, me, my, we, "
    "we're, us, "
    "our, let's, lets, let, want, wanna, would like, like, need, now, right now, ok, okay, hey, "
    "two things, 2 things, three things, 3 things, a few things, a couple of things, "
    "couple things, couple of things, one thing, cn, lil, a lil, happy with it, im happy with it, "
    "i'm happy with it, happy with this, i'm happy with this, im happy with this, "
    "hi, hello, hmm, hm, um, uh, well, maybe, perhaps, kinda, sort of, kind of, really, very, "
    "pretty, quite, it's, its, is, are, was, be, been, do, does, did, get, got, go, going, "
    "gonna, have, has, of, for, on, from, onto, that's, thats, there, here, some, any, "
    "thing, things, something, stuff, yeah, yes, yep, thanks, thank you, thx, cheers, lol, haha, "
    "oh, ah, nice, good, great, awesome, beautiful, lovely, looks better, look better, better, "
    "should, must, try, give, using, totally, feel, feels, right, bit more, currently, "
    "current, looks, look, everything, whole, "
    "both, there are, there is, how about, what about, version, copy, as well, "
    "again, once more, teh, hte, seems, think, i think, guess, fine, cool, idea, okay so, alright, "
    "though, ever, even, yet, left, post, posting, share, sharing, upload it to, put it on, "
    "beneath, underneath, over, during, across, "
    "help me, for me, show, display, "
    # "wait a min, make it vertical": a pause, never a length of a minute
    "wait a minute, wait a min, wait a sec, wait a second, hang on a minute, hang on a min, "
    "hang on a sec, hang on a second, hold on a minute, hold on a sec, hold on a second, "
    "hold, stay, stays, appear, appears, shown, "
    "displayed, on screen, onscreen, together, about, up to, around, photos', pictures', "
    "请, 请问, 帮我, 帮忙, 给我, 麻烦, 一下, 我想, 我要, 想要, 想, 要, 可以, 能不能, 能, 把, 将, "
    "吧, 呢, 啊, 呀, 哦, 嗯, 了, 的, 得, 地, 一个, 个, 也, 就, 给, 弄, 做, 谢谢, "
    "好的, 好, 现在, 目前, 感觉, 觉得, 好像, 是, 在, 着, 过, 啦, 哈, 我, 你, 他, 们, 呗, 来, "
    "这, 那, 咱们, 我们, 下, 有, 挺, 比较, 还, 整个, 一共, 总共, 一首, 一段, 效果, "
    "看看, 看, 好看, 更好看了, 行, 那就, 这样, 就好, 就行, 即可, 当前, 之类, 首, 段, "
    "total, 搞, 版本, 都, 一会儿, 一会, 显示, 停留, 展示, 播放, 呈现, 设计, 吧吧, "
    "哎, 唉, "
    "喔, 么么, 发, 发到, "
    "发布, "
    "一份, 一版, 随便, 哈哈, stay up, stay on, be on screen, stay on screen, exactly, "
    "fit, putting it, proper, simple, classic, barely there, "
    "than that, than before, than now, than, behind the photos, behind them, behind it, "
    "behind the pics, behind the pictures, behind the images, behind each photo, "
    "behind every photo, "
    "between the photos, between pics, between each photo, between them, between photos, "
    "between each one, between the pics, between the pictures, between the images, "
    "between pictures, between images, between each pic, between each picture, "
    "between every photo, between all the photos, a different one each time, "
    "different each time, each time, "
    "from one to the next, ones, 's, oops, one step, a step, step, "
    "out of these, out of them, out of my photos, out of, come, not sure, idk, whatever, "
    "the voices, voices, here, slowly, 再, 正好, 拍得, 本身, 感, 也没事, 没关系, "
    "也可以, 喜欢, 很喜欢, 就是, 剩下的, 纠结, 一次, emm, 诶, 手机里, 屏幕, 看下, 看一下, "
    "投稿, 投稿用, 发布用, 当, 慢慢, 怪怪的, 奇怪, 查看, 查查, goes by, go by, goes, needs, "
    "needed, im, ive, id, i love it, love it, final, the final video, check, "
    "remind me, at the moment, files, all of the photo, "
    "the whole of it, definitely, probably, honestly, basically, literally, seriously, super, "
    "fairly, anyway, anyways, already, possibly, certainly, surely, absolutely, simply, kindly, "
    "umm, erm, uhh, ahh, yup, nah, okie, okey, k, kk, ty, tysm, thanks a lot, thank u, perfect, "
    "amazing, wow, hehe, pls pls, please please, mine, your, yours, their, his, her, am, were, "
    "being, had, shall, may, might, gotta, wants, gets, getting, trying, see, wonder, hope, "
    "mean, think so, suppose, if, when, while, although, whether, anything, someone, somebody, "
    "everybody, everyone, something like, stuff like that, etc, and so on, or so, kinda like, "
    "sort of like, right?, ok?, okay?, please?, if possible, if you can, when you can, "
    "if that's ok, for me please, thanks!, great job, good job, nice one, "
    "love this, i like it, i like this, for now, right away, asap, immediately, "
    "at once, this time, in general, generally, 咯, 嘞, 噢, 哇, 耶, 哈哈哈, 嘿, 嘻嘻, 帮, 被, "
    "又, 才, 的话, 什么的, 啥的, 希望, 需要, 应该, 他们, 她, 她们, 你们, 大家, 一下下, 下下, "
    "试试, 试一下, 谢啦, 谢谢你, 多谢, 辛苦了, 麻烦你, 烦请, 劳驾, 可不可以, 行不行, 好不好, "
    "可以吗, "
    "行吗, 好吗, 一点儿, 稍微点, 感谢, 然后呢, 对了, 另外呢, 还有就是, 那个啥, 就这样, 这样吧, "
    "那就这样, 先这样, 暂时这样, 呃, 额, 嗯嗯, 好嘞, 好哒, 么么哒, the frame, frame, the screen, "
    "screen, edges, the edges, on the sides, at the sides, in the background, 幅度, 强度, 力度, "
    "背景, suitable for, suitable, fit for, ready for, good for, "
    "optimized for, optimised for, 适合, merely, 每秒, 每次都不一样, 每次不一样, 不一样的, "
    "每次都不同, 适配, 那种, 这种, 镜头, 先后, 操作, 步骤, 缓缓, 轻轻, lowkey, tbh, "
    "imo, ngl, fr, btw, rn, ur, r, np, omg, lmao, yay, sure, wonderful, fantastic, gorgeous, cute, "
    "sweet, best, prefer, wish, watch, watching, part, kind, today, tomorrow, tonight, "
    "soon, okay then, instead please, for sure, of course, no worries, go ahead, please do, "
    "first of all, first off, firstly, first things first, for starters, to begin with, "
    "do it, just do it, let's go, lets go, let's do it, i guess, i suppose, i feel like, "
    "feels like, it seems, seems like, to me, in my opinion, right now please, real, "
    "really really, very very, so so, super duper, quite a bit, just a little, little, teeny, "
    "wee, smidge, exact, approximately, roughly, around about, or something, ish, -ish, "
    "maybe like, like maybe, 一下子, 赶紧, 马上, 稍后, 真的, 确实, 特意, 简直, 实在, 似乎, "
    "最好, 记得, 麻烦了, 搞定, 弄好, 做好, 整好, 改好, 调好, 处理, 处理一下, 帮个忙, 拜托, "
    "拜托了, 求求, 求你了, 亲, 宝, 哥, 姐, 老师, 大概, 差不多, 左右, 大约, 去, hmmm, mmm, aha, "
    "uh huh, gotcha, got it, cool cool, oh well, ooh, so yeah, yeah so, basically just, "
    "i mean it, the thing is, 嗯哼, 好吧, 行吧, 那好, 这样子, 就是说, 喽, 哟, 欸, 蛮, 超, 真, "
    "同, 于, 以, 因, 所, 之, 其, 此, 件, 样, 怎么, 如何, 整, 试, 点儿, 儿, 而已, 罢了, 算是, "
    "就够了, 够了, 就足够了, clean it up, tidy it up, "
    "就好了, 就可以, 可以了, 就行了, 行了, 哎呀, 哎哟, 天哪, 我觉得, 我感觉, 感觉有点, 总感觉, "
    "好像有点, 有点儿, 一丢, 稍稍微, 最后再, 另外再, 同时再, it's a, its a, it's the, "
    "its the, gives me, it's for, its for, it is for, this is for, that's for, for my, for our, "
    "普通, 形式, 格式, 还剩, 剩, 怪怪的, "
    # words that were read as slips of others ("back" is no "black", "close" no "lose")
    "by, back, close, closer, neither, pronounced, noticeable, entire, complete, "
    "的时候, 时候, how do i, how can i, how should i, drops, "
    "whiz by, zoom by, zooms by, zoom past, "
    "上, almost there, almost done, nearly there, getting there, that was fast, that was quick, "
    "太好了, 好极了, 真好, 很好, 太棒了, 棒, 不错, 挺好的, 挺好, filmic, more filmic, film-like, "
    "filmlike, no effects, no fancy effects, without effects, "
    "no fancy stuff, nothing fancy, nothing too fancy, any day, any day of the week, "
    "hang around, hang, stick around, "
    "hangs around, gently, softly, smoothly, real quick, "
    "quick question, quick favor, quick favour, quick one, quick thing, moves, "
    "听着, 听起来, still, i'm done, im done, i am done, we're done, all done, that's it, "
    "thats it, 特效, 两边, completely, altogether, dont stretch them, don't stretch them, "
    "dont stretch, don't stretch, no stretching, without stretching, "
    "stay the longest, be the longest, the longest one, "
    "两侧, "
    "左右两边, 边上, at all, ugh, argh, meh, enough, is enough, "
    "will do, "
    "is plenty, upload to, "
    "uploading to, "
    "post to, posting to, just silence, only silence, in silence, "
    "根本, 完全, 电影, 钟, 任何, 那步, 这步, 那一步, 好了好了, "
    "remain, remains, sit, pause, be shown, be displayed, gradually, gradual, stops, stopped, "
    # what kind of post it is, beside the platform that says the shape
    "as a normal post, as a regular post, a normal post, a regular post, as a post, anywhere, "
    # where it will be posted is said by the platform after these ("i'll post it on insta")
    "i'll post it on, i'll post it to, i'll post this on, i'll put it on, i'll share it on, "
    "i'll upload it to, i will post it on, i'll be posting it on, i'll be posting it to, "
    # where a saved file goes is not a shape ("save it to my phone")
    "to my phone, onto my phone, to my camera roll, to the camera roll, to my gallery, "
    "to my computer, to my laptop, to my desktop, anymore, "
    # who asked for it ("my teacher said max 15 seconds"): the request follows
    "said, told me, asked me, asked for, "
    # "nvm, undo it": the undo says what is meant; alone it changes nothing
    "nvm, never mind, nevermind, "
    # a greeting before the request ("Good morning. I would be most grateful if ...")
    "good morning, good afternoon, good evening, morning all, yo, "
    # what kind of video it is ("make a promo video for my cafe"): still the video of the photos
    "promotional, promo-style"
)
FILLER += ", " + CONTEXT_FILLER  # reasons and niceties: en_context
FILLER += ", " + ZH_FILLER  # Chinese ones kept beside their phrasings
SOFT = {
    "change", "put", "it", "to", "too", "order", "instead", "wrong", "q", "just", "degree",
    "more", "keep", "with", "colon", "sort", "pace", "video", "length", "position", "hash",
    "look_word", "size_word", "in", "says", "another", "or", "reason", "each", "ask", "it_text",
    "up", "down", "slideshow", "filter_word", "under", "fit_in", "fine_as_is",
}  # fmt: skip
