"""Every word the interpreter knows, English and Chinese synonyms together (pure data).

``ENTITIES`` maps an entity kind to its values and the phrases that say each value;
``WORDS`` maps a keyword kind (a word with no value, such as "music" or "louder") to its
phrases. Phrases are separated by commas; "|" only separates English from Chinese for the
reader; "photo(s)" stands for "photo" and "photos". English phrases match whole words, Chinese
ones anywhere; the longest phrase at a place wins. Adding a synonym is adding it here.
"""

from __future__ import annotations

from .chat_words import CHAT_ENTITIES
from .en_said_pace import EN_SAID_PACE_ENTITIES
from .en_time_words import EN_TIME_ENTITIES
from .en_weak_words import EN_WEAK_ENTITIES
from .en_words import EN_ENTITIES
from .music_kinds import MUSIC_KINDS
from .smart_words import SMART_ENTITIES
from .text_case_words import CASE_ENTITIES
from .visual_words import VISUAL_ENTITIES
from .zh_words import ZH_ENTITIES

ENTITIES: dict[str, dict[str, str]] = {
    "color": {
        "white": "white | 白色, 白字",
        "black": "black | 黑色, 黑字",
        "yellow": "yellow | 黄色, 黄字, 黄",
        "gold": "gold, golden | 金色, 金黄色",
        "orange": "orange | 橙色, 橘色, 橙",
        "red": "red | 红色, 红字, 红",
        "pink": "pink | 粉色, 粉红色, 粉红",
        "purple": "purple, violet | 紫色, 紫",
        "light blue": "light blue, sky blue, baby blue | 浅蓝色, 天蓝色, 浅蓝",
        "blue": "blue | 蓝色, 蓝",
        "green": "green | 绿色, 绿",
        "grey": "grey, gray | 灰色",
    },
    "look": {
        "bw": "grey scale, gray scale, no color, colorless, black n white, 黑白色, 灰度, 去色, "
        "no colour, colourless, without colour, without color, "
        "black and white, black & white, black-and-white, b&w, b/w, bw, monochrome, "
        "greyscale, grayscale, noir | 黑白, 黑白片, 黑白照, 黑百, 黑白的, "
        "black and whte, black and wite, black n whte, blk and white, blk & white, "
        "blak and white, blak & white, blak n white, black an white, balck and white, "
        "black and whit, blacknwhite, "
        "black white, blackandwhite, black/white",
        "sepia": "棕褐色, 棕色, 棕褐, "
        "faded film, faded vintage, faded retro, a faded look, faded look, 胶片, 胶片感, 胶片风, "
        "brown tint, brown tone, brown tones, brownish tint, vintage brown, sepia tint, "
        "the 50s, the 60s, the 70s, the 80s, the fifties, the sixties, the seventies, "
        "the eighties, "
        "old movie, an old movie, old movies, 老胶片, 胶片滤镜, 年代感滤镜, "
        "sepia, vintage, retro, old-fashioned, old fashioned, old film, old-timey, "
        "nostalgic, old photo look | 复古, 怀旧, 老照片, 泛黄, 褐色, 老电影, 年代感, brownish, "
        "怀旧风, old, older, aged, look old, old looking, old-looking, 做旧, 旧一点, 旧照片",
        "warm": "cozier, cosier, golden hour, golden hour look, golden tones, golden light, "
        "暖一点, 暖色系, 温暖, "
        "warm, warmer, warm tone(s), warm color(s), warm colour(s), warm look, "
        "like sunset, like a sunset, sunset colours, sunset colors, sunset tones, sunset look, "
        "warm filter | 暖色, 暖色调, 暖调, 暖, reddish, yellowish, golden tones, looks cold, "
        "too cold, too blue, 偏蓝, 太冷, 发蓝, 太蓝, 偏暖一点",
        "cool": "cold blue, icy blue, icy, "
        "cool blue, cool blue tone, blue tone, blue tones, bluish tone, "
        "清冷, 冷一点, 冷色系, "
        "cool tone(s), cool color(s), cool colour(s), cooler, cool look, cool filter, "
        "like winter, winter look, winter colours, winter colors, "
        "cold tone(s), colder, cold look | 冷色, 冷色调, 冷调, 冷, bluish, bluer, blue tint, "
        "colder, looks warm, too warm, too yellow, too orange, 偏黄, 太黄, 发黄, 太暖, 偏冷一点, "
        "冷色一点",
        "vivid": "有点灰, 太灰, 灰蒙蒙, 灰蒙蒙的, 发灰, 灰灰的, 颜色灰, 画面灰, 太灰了, "
        "too dull, a bit dull, washed out, too washed out, "
        "boost the colors, boost the colours, boost colors, boost colours, color boost, "
        "colour boost, bright and colorful, bright and colourful, "
        "looks dull, looks so dull, dull colors, dull colours, colors are dull, "
        "colours are dull, looks flat, looks washed out, photos pop, pics pop, pictures pop, "
        "艳一点, 艳, 更艳, 鲜艳些, 色彩浓, 饱和一点, 色彩饱和, "
        "vivid, vibrant, colorful, colourful, saturated, punchy colors, bright colors, "
        "make the photos pop, make the pics pop, "
        "brighter colors, brighter colours, colors brighter, colours brighter, punchier colors, "
        "punchier colours, colors punchier, colours punchier, colors brighter and punchier, "
        "colours brighter and punchier, colors more punchy, colours more punchy, "
        "more vibrant colors, more vibrant colours, colors more vibrant, colours more vibrant, "
        "more color, more colour | 鲜艳, 色彩鲜艳, 饱和, 艳丽, 鲜亮, make the colors pop, "
        "colors pop, colours pop, more pop, poppy colors, 太淡, 淡了, 太素, 没颜色, 颜色太淡, "
        "浓, 浓一点, 浓郁, 饱和度高, 饱和度高一点, 饱和度调高",
        "none": "恢复成原来的颜色, 恢复成原色, 恢复颜色, 恢复成原来的色彩, "
        "no filter, no look, original color(s), original colour(s), normal color(s), "
        "natural color(s), remove the filter, no color effect, back to color, in color, "
        "back to colour, go back to color, go back to colour, colour again, color again, "
        "more natural colors, more natural colours, colors more natural, colours more natural, "
        "look natural, looks natural, more natural look, a more natural look, "
        "too saturated, oversaturated, over saturated, over-saturated, too colorful, "
        "too colourful, too vivid, "
        # "bring back the colors" after black and white: the photos' own colours again
        "bring back the color(s), bring back the colour(s), bring the color(s) back, "
        "bring the colour(s) back, give me the color(s) back, give me the colour(s) back, "
        "want the color(s) back, want the colour(s) back, "
        "full color | 去掉滤镜, 不要滤镜, 取消滤镜, 原色, 原来的颜色, 彩色, 恢复原来的颜色, "
        "恢复原色, 原来的颜色, 原来的色调, 恢复正常, 色彩恢复正常, 正常颜色, 正常的颜色, "
        "颜色正常, 别用滤镜, 不用滤镜, 滤镜去掉, 去除滤镜, back to normal, normal again, "
        "go back to normal",
    },
    "fit": {
        "cover": "切边, 裁边, "
        "stretch the photos to fit, stretch them to fit, stretch to fit, stretch it to fit, "
        "stretch the pics to fit, stretch to fill, stretch the photos to fill, "
        "crop to fit the screen, crop to fit the frame, crop them to fit the screen, crop to fit, "
        "crop them to fit, crop the photos to fit, crop the pics to fit, "
        "fill the frame, fill the screen, fills the frame, crop to fill, crop, "
        "crop them, full screen, fullscreen, no black bars, no bars, no borders, zoom to fill, "
        "no bars no blur, no bars and no blur, no blur no bars, no blur and no bars, "
        "stretch to fill, stretch it to fill, stretch them to fill, stretch the photos to fill, "
        "stretch the pictures to fill, stretch the pics to fill, stretched to fill, "
        "edge to edge | 铺满, 裁剪, 填满, 全屏, 不要黑边, 填充, 充满, 铺满屏幕, 裁, 裁满, 裁掉, "
        "裁一下, fill",
        "contain": "别被裁掉, 不要被裁掉, 不被裁, 别被裁, 不要被裁, "
        # "两边被裁掉了": the sides (or a head) cut off by the frame, so the whole photo shown
        "两边被裁掉了, 两边被裁了, 两边被切掉了, 两边被切了, 两边都被裁了, 两边都被切了, "
        "头被裁掉了, 头被切掉了, 头被裁了, 脑袋被裁掉了, 脸被裁掉了, 脚被裁掉了, "
        "show all of it, show it all, "
        "no crop, without crop, nothing cut off, keep the "
        "whole photo, 全部显示, 显示全, 显示全部, 不要切, 别切掉, 完整的, 别裁掉, 不要裁掉, "
        "show the whole photo, show the whole picture, whole photo, whole picture, "
        "entire photo, don't crop, dont crop, do not crop, no cropping, without cropping, "
        "fit in the frame, fits in the frame, fit into the frame, fit in the screen, "
        "fit into the screen, fit on the screen, fits on the screen, fit on screen, "
        "fit the screen, "
        "fit inside, fit the frame, letterbox, with bars, black bars, uncropped, "
        "show everything | 完整显示, 不要裁剪, 显示完整, 完整, 不裁剪, 加黑边, 别裁剪, "
        "black borders, 黑边, 黑边框, don't cut off, dont cut off, not cut off, without cutting, "
        "uncut, full photo, full photos, full picture, 别裁, 不要裁, 别裁剪, 不裁, whole image, "
        "entire image, entire picture, whole pic, whole pics, whole images, whole photos, "
        "whole pictures, entire photos, entire pictures, entire pics, the whole picture, "
        "can't see the whole, cant see the whole, can't see all of, cant see all of, "
        "show them whole, show it whole, show em whole, shown whole, show them in full, "
        "show it in full, inside the screen, inside the frame, "
        "within the frame, on the screen without cropping, fit on screen, fit on the screen, "
        "fit to screen, fit to the screen, stop cropping, quit cropping, stop cutting off, "
        "black background, a black background, plain black background, black behind them, "
        "background black, fit to the frame, zoom to fit, pillarbox, pillarboxed, "
        "cuts off the top, cuts off the sides, cuts off the edges, cuts off their heads, "
        "just black, plain black, "
        # "keep the whole image visible": all of it left to be seen; "should show completely"
        "show completely, shows completely, shown completely, show fully, shows fully, "
        "shown fully, fully shown, show entirely, shown entirely, "
        "shown in full, be shown in full, show in full, seen in full, be seen in full, "
        # a part of the photo lost to the frame: the whole photo shown (never a removal)
        "chopped off, gets chopped, get chopped, getting chopped, sides chopped, edges chopped, "
        "top chopped, head chopped, heads chopped, losing the edges, losing the sides, "
        "losing the top, losing the bottom, lose the edges, losing part of, "
        "show more of it, show more of the photo, show more of the picture, show more of them, "
        "see more of it, see more of the photo, "
        # "cutted" as people learning English write "cut off" (never the photo removed)
        "is cutted, are cutted, gets cutted, get cutted, getting cutted, cutted off, "
        "is cutted off, are cutted off, been cutted, "
        "photos in full, photo in full, pics in full, pic in full, pictures in full, "
        "picture in full, images in full, image in full, "
        "whole image visible, whole photo visible, whole picture visible, whole pic visible, "
        "whole photos visible, whole pictures visible, whole pics visible, whole images visible, "
        "entire photo visible, entire image visible, entire picture visible, whole image in view, "
        "whole photo in view, whole picture in view, whole pic in view, entire photo in view, "
        "full photo visible, full picture visible, full pic visible, full image visible, "
        "full photos visible, full pictures visible, full pics visible, full images visible, "
        "everything visible, all of it visible, all of them visible, "
        # cropped more than wanted: the whole photo asked for
        "cropped too much, are cropped too much, is cropped too much, get cropped too much, "
        "gets cropped too much, cut off too much, too cropped, too much cropping, "
        "cropped way too much, cropped so much, "
        # people say what they fear cropping will do to the faces in them
        "cut off anyone's head, cut off anyones head, cut off their heads, cut off heads, "
        "cut anyone's head off, cut off people's heads, cut off peoples heads, crop heads, "
        "crop anyone's head, crop their heads, crop out heads, chop off heads, "
        "don't cut off anyone's head, dont cut off anyones head, don't cut off anyones head, "
        "dont cut off anyone's head, don't cut off heads, dont cut off heads, "
        "don't cut off their heads, dont cut off their heads, don't crop heads, dont crop heads, "
        "don't crop their heads, dont crop their heads, "
        "show all of, show the whole of, show the entire, "
        # a complaint about cropping asks for the whole photo
        "getting cropped, being cropped, get cropped, gets cropped, are cropped, is cropped, "
        "getting cut off, being cut off, are cut off, get cut off, "
        "chopped off, its top chopped off, show the whole thing, show the whole pic, "
        "black stripes, black strips, black lines on the sides, "
        # where it is cut off says it is the photo's edge, not a place for the text
        "cut off at the top, cut off at the bottom, cut off at the sides, cut off on the sides, "
        "cut off on the side, cut off at the edges, is cut off at the top, "
        "is cut off at the bottom, is cut off at the sides, gets cut off at the top, "
        "gets cut off at the bottom, gets cut off at the sides, are cut off at the top, "
        "are cut off at the bottom, are cut off at the sides, "
        "fit the whole thing in, fit it all in, fit everything in, fit all of it in, "
        "fit the whole photo in, fit the whole pic in, fit the whole picture in",
        "blur": "blurry borders, blurred borders, blur borders, blurry border, "
        "with blur behind, with a blur behind, with blur behind them, "
        "with blur, with a blur, blur them instead, blur it instead, blur instead, "
        "background blurry, background behind the photos blurry, blurry behind the photos, "
        # the blur taken back as the fit, not a blurred look: "bring back the blur"
        "bring back the blur, bring the blur back, put the blur back, the blur back, "
        "blurred background, blurry background, blur background, blur the background, "
        "blurred bars, blurred edges, blur fill, blurred sides | 模糊背景, 背景模糊, 模糊填充, "
        "blurry sides, blurry edges, blurry bars, 背景用模糊的, 背景用模糊, 模糊的背景, "
        "用模糊背景, blur the edges, blur the sides, blurred sides, blur on the sides, "
        "blur at the sides, blur on the edges, blur behind, blur behind them, blurred behind, "
        "blur behind the photos, blur behind the pics, blur behind the pictures, "
        "blur behind the images, blur behind each photo, blurred behind the photos, "
        "blurry behind the photos, blurred behind the pics",
    },
    "aspect": {
        "9:16": "vertical, portrait, upright, portrait mode, vertical video | 竖屏, 竖版, 竖向, "
        "竖着, 竖的, 竖, tall, phone video, 手机竖屏, 竖瓶, 数屏, 竖频, "
        # "tiktok needs tall videos": videos in general, not the clip
        "tall videos, vertical videos, portrait videos, tall vids, vertical vids",
        "16:9": "wide, "
        "horizontal, landscape, widescreen, wide screen, landscape mode | 横屏, 横版, "
        "横向, 横着, 横的, 宽屏, 横, horizontal videos, landscape videos, wide videos",
        "1:1": "square | 正方形, 方形, 方的, 方屏, 正方的, 1 to 1, one to one, one-to-one, 1-to-1, "
        "1 by 1, 1比1, 一比一, "
        "square format, square shape, squared, square videos, square vids",
        "21:9": "cinematic widescreen, "
        "ultrawide, ultra wide, ultra-wide, cinemascope, cinema format, cinematic format, "
        "movie format, film format, cinema shape, movie theater shape | 超宽, 宽银幕",
        # the shape of old televisions (and of most phone photos)
        "4:3": "old tv shape, old tv format, old tv size, old-school tv shape, classic tv shape, "
        "old tv screen shape",
    },
    "platform": {
        "TikTok": "tiktok, tik tok, tik-tok",
        "Douyin": "douyin | 抖音",
        "Kuaishou": "kuaishou | 快手",
        "WeChat Channels": "wechat channels | 视频号",
        "Reels": "reels, reel, instagram reel(s), ig reel(s), insta reel(s)",
        "Instagram Stories": "instagram story, instagram stories, ig story, ig stories, "
        "insta story, insta stories, my story, for my story, stories, story format, story size, "
        "stories format, story mode, story-sized, story sized, "
        # "发ins快拍": Instagram's stories are called 快拍 in Chinese (never "fast")
        "ins快拍, ig快拍, instagram快拍, insta快拍",
        "Snapchat": "snapchat, snap, snapchat story, snap story",
        "WhatsApp Status": "whatsapp status, for whatsapp status, for my whatsapp status, "
        "for a whatsapp status, whatsapp story",
        # Pinterest's tallest video pin; its 2:3 is not a shape the engine makes
        "Pinterest": "pinterest, pinterest pin, a pin, pin size",
        "a LinkedIn post": "linkedin, linked in, linkedin post, linkedin feed | 领英",
        "TVs": "tv, a tv, my tv, the tv, television, smart tv, tv screen, big screen | 电视, "
        "电视上, 电视机",
        # a projector shows the wide shape a television does
        "projectors": "projected, projected on, on a projector, on the projector",
        "YouTube Shorts": "youtube shorts, youtube short, yt shorts, shorts",
        "an Instagram post": "insta feed, ig feed, feed post, my feed, instagram feed post, "
        "instagram, insta, ig, instagram post, instagram feed, ig post, "
        "insta post, ins, ins帖子, instagram帖子, ins上",
        "an Instagram portrait post": "instagram portrait, ig portrait, insta portrait, "
        "portrait post, instagram portrait post",
        "Xiaohongshu": "xiaohongshu, rednote, red note | 小红书",
        "YouTube": "youtube, yt, "
        # "upload it to my youtube channel" stays an upload we cannot do; "for" names the shape
        "for my youtube channel, for our youtube channel, for the youtube channel, "
        "for my yt channel, for our yt channel, for my channel, for our channel",
        "Bilibili": "bilibili | b站, 哔哩哔哩, b 站",
        # Meta's feed shape for video is 4:5; its stories and reels are full-screen
        "a Facebook post": "facebook, fb, facebook post, fb post, facebook feed, fb feed | 脸书, "
        "脸书帖子",
        "Facebook Stories": "facebook story, facebook stories, fb story, fb stories, "
        "facebook reel, facebook reels, fb reel, fb reels",
        "phones": "for phones, for my phone, for a phone, for mobile, phone screen, "
        "telephone screen, for a telephone, for the telephone | 手机, "
        "phone, phones, mobile",
    },
    "res": {
        "2160p": "4k, 4 k, uhd, ultra hd, 2160p, 2160 | 超高清",
        "1440p": "2k, qhd, 1440p, 1440",
        # "HD" is what people call 1080p (as 高清 is); "HD ready" and "HD 720" are 720p
        "1080p": "1080p, full hd, fhd, 1080, full-hd, hd, hd quality | 高清, 全高清, 超清, 蓝光",
        "720p": "720p, 720, hd ready, hd-ready, hd 720, 720 hd, hd 720p, 720p hd",
        "480p": "480p, 480, sd, low res, low resolution | 标清",
    },
    "quality": {  # an export's quality (model/quality.py): "draft" is the quick preview
        "draft": "preview it fast, quick preview, fast preview, quick draft, draft version, "
        "rough cut, quick export | 快速预览, 快速导出, 草稿版",
    },
    "format": {
        "mp4": "mp4, mpeg4, mpeg-4",
        "mov": "mov, quicktime",
        "webm": "webm",
        "gif": "gif, a gif, animated gif | 动图",
        "mkv": "mkv",
    },
    "builtin": {  # the built-in tracks by their titles
        "calm": "the piano, back to the piano, "
        "calm piano, piano music, piano track | 舒缓钢琴, 钢琴曲, 钢琴音乐, 钢琴",
        "upbeat": "upbeat pop | 欢快流行",
        "cinematic": "cinematic strings | 电影感弦乐",
        "lofi": "lo-fi chill, lofi chill | lo-fi 轻松曲",
        "acoustic": "acoustic sunshine | 阳光原声吉他",
    },
    "mood": {
        "calm": "温馨, 治愈, 浪漫, romantic, heartwarming, tender, 舒服, "
        "calm, calming, relaxing, relaxed, peaceful, gentle, tranquil, serene, soothing, "
        "ambient, sleepy, dreamy, piano, soft, solemn, respectful, reverent "
        "| 舒缓, 安静, 轻松, 平静, 宁静, 温柔, 抒情, "
        "轻柔, 平和",
        "upbeat": "birthday party, 生日派对, 派对音乐, 生日歌, 热闹的, "
        "something with a beat, music with a beat, with a good beat, a song with a beat, "
        "upbeat, happy, energetic, energy, party, fun, joyful, bright, dance, pop, "
        "lively, cheerful, exciting, festive, celebration, peppy, bouncy, groovy, uplifting "
        "| 欢快, 动感, 活泼, 快乐, 开心, 欢乐, 热闹, 喜庆, 有活力, 嗨, 带劲, 轻快, happier, "
        "cheerier, happy one, not boring, thats not boring, that's not boring, less boring, "
        "isn't boring, not so boring, not too boring, 不无聊, 别太无聊, 不那么无聊",
        "cinematic": "热血, powerful, motivational, 大片, 大片感, 史诗感, "
        "movie trailer, film trailer, movie soundtrack, film soundtrack, film score, "
        "movie score, hollywood, "
        "cinematic, epic, dramatic, emotional, orchestral, strings, trailer, grand, "
        "majestic, heroic, inspiring, inspirational, sentimental, touching | 史诗, 大气, "
        "电影感, 震撼, 感人, 壮观, 激昂, 弦乐, 煽情, sad, melancholy, 悲伤, 伤感",
        "lofi": "lofi, lo-fi, lo fi, chill, chilled, chillout, chillhop, mellow, jazzy, study, "
        "cozy, cosy, laid-back, laidback, laid back | 低保真, 慵懒, 惬意, 爵士, 爵士乐",
        "acoustic": "清新, 小清新, "
        "acoustic, guitar, folk, sunny, campfire, country | 吉他, 民谣, 原声吉他, 阳光",
    },
    "trans": {
        "wipedown": "wipe down",
        "wipeup": "wipe up",
        "pushdown": "push down | 向下推, 下推",
        "pushup": "push up | 向上推, 上推",
        "fadeblack": "fade between pics to black, fade between photos to black, fade between "
        "pictures to black, fade to black between, dip to black between, "
        "fade to black, fade through black, dip to black, black fade, fadeblack, "
        "fade black, fades to black, fade-to-black, fade each photo to black, "
        "fade every photo to black, fade each pic to black, fade each picture to black, "
        "fade each one to black, each pic fade to black, each photo fade to black, "
        "each picture fade to black, each one fade to black | 黑场, 闪黑, 黑色过渡, 淡入黑",
        "fadewhite": "白闪, "
        "fade to white, dip to white, white flash, flash, fade white, fadewhite | "
        "白场, 闪白, 白色过渡, flash white, fade through white",
        "crossfade": "淡入淡出转场, "
        "crossfade(s), cross-fade(s), cross fade(s), cross dissolve, dissolve(s), "
        "melt into each other, melt into one another, melt into the next, "
        "fade out and the next fade in, fades out and the next fades in, "
        "fade out and the next one fade in, fades out and the next one fades in, "
        "fade(s), blend(s) | 淡入淡出, 渐变, 溶解, 交叉淡化, 叠化, 淡化",
        "slideleft": "slides between, slides between the photos, slides between the pics, "
        "slides between photos, slides instead, "
        "slide left, slide to the left, slide, sliding, "
        "slide transition(s) | 向左滑, 左滑, 滑动, 滑入",
        "slideright": "slide right, slide to the right | 向右滑, 右滑",
        "slideup": "slide up | 向上滑, 上滑",
        "slidedown": "slide down | 向下滑, 下滑",
        "pushleft": "push to the left, push, push left, pushes | 推移, 推入, 推",
        "pushright": "push to the right, push right, 向右推, 右推",
        "wiperight": "wipe to the right, wipes to the right, "
        "wipe(s), wipe right | 擦除, 向右擦除, 右擦",
        "wipeleft": "wipe to the left, wipes to the left, wipe left, 向左擦除, 左擦",
        "circle": "circle wipe, circle, iris, circle open, circle reveal, circular reveal, "
        "iris wipe, iris in, iris out | 圆形, 圆圈",
        "random": "different one each time, a different one every "
        "time, vary the transitions, varied transitions, mixed transitions, "
        "mix up the transitions, mix the transitions, 每个都不一样, 随机转场, "
        "a different transition each time, different transition each time, different "
        "transitions, different transitions each time, 都不一样, 各不相同, 不重样, "
        "surprise me, random, mixed, different, various, varied, a mix of, assorted, all kinds of "
        "| 随机, 不同的, 多种, 各种",
        "none": "quick cut, quick cuts, a quick cut, "
        "cuts only, only cuts, plain cuts, simple cuts, just plain cuts, "
        "hard cut(s), straight cut(s), jump cut(s), just cut(s) | 硬切, 直接切, "
        "cuts would be better, cuts would be nicer, cuts are better, cuts look better, "
        "cuts hard, the cuts hard, cut hard, harder cuts, instant cut(s), "
        "cut straight, straight cuts, just cut, instant transition(s), transitions instant, "
        "transition instant, instant changes, instant switches",
    },
    "pos": {
        "top": "顶上, 最顶上, 上头, "
        "top, the top, at the top, upper, up top, on top, top of the screen | 顶部, 上面, "
        "上方, 最上面, 顶端, 上边",
        "center": "center, centre, middle, the middle, centered, centred, in the middle | 中间, "
        "居中, 正中, 中央",
        "bottom": "bottom, the bottom, at the bottom, bottom of the screen | 底部, 下面, "
        "下方, 最下面, 底端, 下边",
    },
    "degree": {
        "small": "a bit, a little, a little bit, slightly, a touch, a tad, somewhat, bit, "
        "a smidge, just a bit, little bit | 一点, 一点点, 一些, 些, 稍微, 稍稍, "
        "点, 略微, 微微, 稍, a tiny bit, tiny bit, abit, 一丢丢, 一咪咪, 一丁点, a hair, "
        "a notch, one notch, a little notch, a wee bit, ever so slightly, marginally",
        "big": "much, a lot, way, far, lots, loads, a ton, significantly, considerably, "
        "a great deal | 很多, 多很多, 大大, 得多, "
        "非常, 特别, 超级, 很, 好多, 多得多, heaps, tons, loads more, massively, dramatically, "
        "drastically, hugely, a whole lot",
        "double": "twice, double, 2x, two times, twice as | 两倍, 翻倍, 加倍, 双倍, 一倍",
        "half": "half, halve, half as | 一半, 减半, in half, 降一半",
        "triple": "triple, tripled, thrice, treble, three times as",
    },
    "sort_key": {
        "date": "拍照的时间, 拍照时间, 拍摄的时间, "
        "in the order i took them, the order i took them, order i took them, as i took "
        "them, when i took them, order taken, date taken, by date taken, 按拍摄日期, 拍摄日期, "
        "按日期排列, "
        "by date, chronological, chronologically, by time, date order, in date order, "
        "oldest first, in the order they were taken, by when they were taken, by capture date, "
        "old to new, from old to new, older to newer, "
        "by the date | 按时间, 按日期, 按拍摄时间, 时间顺序, 从早到晚, 按时间顺序, 按照时间, "
        "oldest, earliest, when they were shot, by when they were shot, when they were taken, "
        "time order, in time order, 拍的先后, 拍摄先后, 先后顺序, 按先后, 最旧, "
        "oldest to newest, old to new, 从旧到新, 按拍摄顺序, 拍摄顺序, 按拍摄的顺序, "
        "in the order we took them, the order we took them, order we took them, as we took them, "
        "follow the dates, follow the date, go by the dates, go by date, go by the date, "
        "by their dates, by the dates, match the dates, in the order of the dates, "
        "in order of when they were taken, in the order i shot them, the order i shot them, "
        "order i shot them, as i shot them, in the order we shot them, the order we shot them, "
        "when i shot them, when we shot them, time taken, by time taken, by the time taken, "
        "by the date they were taken, the date they were taken, date they were taken, "
        "in the order of the date, order of the date, in order of date, in order of the date, "
        "like the day actually happened, as the day happened, the way the day happened, "
        "as it happened, in the order it happened, in the order things happened, "
        "the order they happened, in date sequence, by day, by the day they were taken, "
        "早的在前, 早的在前面, 早的放前面, 旧的在前, 旧的放前面, 按先后顺序, 先后顺序排, 按日子, "
        # "按时间正序", "按拍的时候来": in the order they were taken, said plainly
        "时间正序, 日期正序, 按正序, 按拍的时候, 按照拍的时候, 按拍照的时候, "
        "按拍的时间, 按拍照时间, "
        # "晚的放后面", "最晚的放最后": the latest last, the order they were taken
        "晚的放后面, 晚的在后, 晚的在后面, 最晚的放最后, 最晚的在最后, 晚拍的放后面, "
        "后拍的放后面, 新的放后面, 新的在后, 新的在后面, 最新的放最后, 最新的在最后",
        "date_desc": "晚的放前面, 晚的在前, 晚的在前面, 最晚的放最前面, 最晚的放第一张, "
        "旧的放后面, 旧的在后面, 早的放后面, 早的在后, 早的在后面, 最早的放最后, "
        "按日期倒序, 日期倒序, 按时间倒序, 时间倒序, "
        "newest first, latest first, most recent first, reverse chronological, "
        "newest to oldest, new to old, from new to old, newer to older | 最新的在前, 从新到旧, "
        "从晚到早, newest, most recent, latest, 最新的, "
        "最新, 新的在前, 新的在前面, 新的放前面, "
        "most recent photo at the start, most recent at the start, most recent photo first, "
        "latest photo first, newest photo first, go backwards in time, backwards in time, "
        "newest at the start, latest at the start, 新的照片放前面, 最近的放前面, 最近的在前",
        "name": "by name, alphabetical, alphabetically, a to z, a-z, by file name, by filename "
        "| 按名字, 按文件名, 按名称, by the file name, by file names, in alphabetical order, "
        "abc order, a through z, 按字母, 按字母排序, 按字母顺序, 字母顺序, 按首字母, 按文件名顺序",
        "name_desc": "从z到a, z到a, z to a, z-a, reverse alphabetical, 文件名倒序, 按文件名倒序, "
        "名字倒序, 按名字倒序, 字母倒序, 按字母倒序, reverse alphabetical order, z through a",
    },
    "dur": {  # value: milliseconds
        "1000": "a full second, one full second, a whole second, "
        "a second, one second, a sec | 一秒",
        "500": "half second, half-second, a half second, half a second, half a sec | 半秒",
        "250": "a quarter of a second, quarter of a second, quarter second, a quarter second",
        "1500": "one and a half seconds, a second and a half, one and a half second | 一秒半",
        "2500": "two and a half seconds | 两秒半",
        "30000": "half a minute, half a min, a half minute | 半分钟",
        "60000": "a minute, a min, one min | 一分钟",
    },
    "unsupported": {  # value: the topic it is about
        "export": "mail it, email it, email me, email this, email the video, burn, dvd, usb, "
        "pixelated, google drive, dropbox, youtube channel, my channel, "
        "cloud drive | 网盘, "
        "百度网盘, 云盘",
        # a part of the video, not a photo ("the second half drags"): no edit takes a part
        "timing": "the second half, second half, the first half, first half, the last half, "
        "the middle part, the middle bit, the end part, "
        "slow motion, slow-mo, slowmo, in slow motion, 慢动作, 慢镜头, "
        "a different random time, different random time, random time, random times, "
        "random length, random lengths, random durations, different lengths, 随机时长, 时长随机",
        "frame": "8k, 8 k, "
        "stretched, squished, distorted, rotate, mirror, upside down, sideways | 拉伸, "
        "被拉伸, 旋转, 变形",
        "look": "vhs, glitch, instagram filter, insta filter, ig filter, instagram filters, "
        "blur, "
        "brighter, darker, brightness, contrast, exposure, white balance, sharpen, "
        "saturation, hdr, beauty filter | 亮一点, 暗一点, 亮度, 对比度, 曝光, 美颜, 白平衡, "
        "lens flare, lens flares, light leak, light leaks, bokeh, vignette, grain, film grain, "
        "光晕, 漏光, 暗角, 颗粒感",
        "text": "翻译, 翻译成, translate, translate to, translate into, translated, "
        "font, fonts, comic sans, bold, italic, underline | 字体, 加粗, 斜体",
        "music": "sparkle",
        "motion": "spin, spinning, spin around, 转圈, 转圈圈, 打转, "
        "stabilize, stabilise, shaky, 3d | 防抖, wobble, wobbly, wobbling, bounce, bouncing, "
        "jiggle, shake, shaking, 抖动, 弹跳, 摇摆",
        "transition": "heart shaped, heart-shaped, star shaped, each transition differently, "
        # shapes of transition there are none of: never the wipe or the order they sound like
        "star wipe(s), heart wipe(s), clock wipe(s), diamond wipe(s), page flip(s), "
        "page turn(s), page curl(s), page peel(s), flip book, cube spin, 3d cube, cube(s), "
        "swirl(s), ripple(s), pixelate, checkerboard, barn door(s), morph, morphing, "
        "flip like pages, flip like a page, flip like a book, like pages, like a book, "
        "rainbow wipe(s)",
        "general": "boring, pop more, more professional, nicer, prettier, fancy, "
        "more interesting, make it pop | 无聊, 好看一点, 高级, 更好看, 高大上",
    },
    # where a video is sent, for its file-size limit (model/share_size.py)
    "share": {
        "whatsapp": "whatsapp, whats app, on whatsapp, by whatsapp, over whatsapp, "
        "whatsapp message, a whatsapp message, whatsapp messages, whatsapp chat, "
        "whatsapp group, the whatsapp group, our whatsapp group, the family whatsapp",
        "email": "email-able, emailable, e-mailable, email size, "
        "email, e-mail, an email, by email, by e-mail, as an email attachment, "
        "email attachment, mail attachment | 邮件, 电子邮件, 邮件附件, 邮箱, 发邮件",
        "discord": "discord, on discord",
    },
}

# What photos are often named after, and what Chinese speakers call them ("狗那张" is dog.jpg)
SUBJECTS_ZH: dict[str, str] = {
    "dog": "狗, 小狗, 狗狗",
    "cat": "猫, 小猫, 猫咪",
    "beach": "海滩, 沙滩, 海边",
    "city": "城市, 城里",
    "forest": "森林, 树林",
    "garden": "花园",
    "party": "派对, 聚会",
    "mountain": "山, 山上, 大山",
    "lake": "湖, 湖边",
    "sea": "大海, 海",
    "park": "公园",
    "sunset": "日落, 夕阳",
    "sunrise": "日出",
    "snow": "雪, 雪景",
    "flower": "花, 花朵",
    "flowers": "花, 花朵",
    "tree": "树",
    "car": "车",
    "house": "房子",
    "home": "家",
    "street": "街道, 街上",
    "river": "河, 河边",
    "bridge": "桥",
    "sky": "天空",
    "night": "夜景, 晚上",
    "food": "美食, 吃的",
    "cake": "蛋糕",
    "baby": "宝宝",
    "kids": "孩子们, 孩子",
    "family": "家人, 全家福",
    "wedding": "婚礼",
    "birthday": "生日",
    "friends": "朋友们, 朋友",
    "mom": "妈妈",
    "dad": "爸爸",
    "grandma": "奶奶, 外婆",
    "school": "学校",
    "office": "办公室",
    "desert": "沙漠",
    "island": "岛",
    "temple": "寺庙",
    "tower": "塔",
    "castle": "城堡",
    "museum": "博物馆",
    "train": "火车",
    "plane": "飞机",
}

ENTITIES.update(SMART_ENTITIES)  # the smart slideshow's values, kept in their own module
_MORE = [*ZH_ENTITIES.items(), *EN_ENTITIES.items(), *EN_TIME_ENTITIES.items()]
_MORE += CHAT_ENTITIES.items()  # heard in whole chats: chat_words
_MORE += VISUAL_ENTITIES.items()  # fit, transitions, shape: visual_words
_MORE += MUSIC_KINDS.items()  # the music by its kind, feeling, instrument or occasion
_MORE += EN_SAID_PACE_ENTITIES.items()  # "faster but not crazy fast": en_said_pace
_MORE += EN_WEAK_ENTITIES.items()  # a photo chopped, fit the whole thing: en_weak_words
_MORE += CASE_ENTITIES.items()  # "title in all caps": text_case
for _kind, _values in _MORE:  # kept in their own modules
    for _value, _spec in _values.items():
        _known = ENTITIES.setdefault(_kind, {}).get(_value)
        ENTITIES[_kind][_value] = f"{_known}, {_spec}" if _known else _spec
