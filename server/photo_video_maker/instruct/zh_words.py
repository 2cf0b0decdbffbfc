"""More of the ways Chinese speakers say what they want (pure data, read like ``lexicon`` and
``words``), kept apart so that each table's English and Chinese grow without touching each
other: each entry's phrases join the phrases of the same kind in ``words.WORDS`` and
``lexicon.ENTITIES``, and ``ZH_TEMPLATES`` join ``templates.TEMPLATES``.

People say the same thing with colloquial verbs (整, 弄, 搞, 调), measure words, 的/了/一下/吧,
and as a result after a story ("派对很吵，所以把音乐调大声点"); the phrases here are families
of such phrasings, not single sentences.
"""

from __future__ import annotations

from .zh_asked_plain import ASKED_ENTITIES, ASKED_FILLER, ASKED_WORDS
from .zh_chat import CHAT_WORDS
from .zh_chat_turns import CHAT_TURN_WORDS
from .zh_colloquial import COLLOQUIAL_ENTITIES, COLLOQUIAL_FILLER, COLLOQUIAL_WORDS
from .zh_draft_said import DRAFT_ENTITIES, DRAFT_WORDS
from .zh_effects import EFFECT_ENTITIES, EFFECT_WORDS
from .zh_effects_said import SAID_ENTITIES, SAID_FILLER, SAID_WORDS
from .zh_format_said import FORMAT_ENTITIES, FORMAT_FILLER, FORMAT_WORDS
from .zh_kept import KEPT_WORDS
from .zh_made_sent import MADE_ENTITIES, MADE_WORDS
from .zh_made_shaped import MADE_SHAPED_ENTITIES, MADE_SHAPED_FILLER, MADE_SHAPED_WORDS
from .zh_more import MORE_ENTITIES, MORE_FILLER, MORE_WORDS
from .zh_moves_typed import MOVES_ENTITIES, MOVES_FILLER, MOVES_WORDS
from .zh_picture import PICTURE_ENTITIES, PICTURE_FILLER, PICTURE_WORDS
from .zh_plain import PLAIN_ENTITIES, PLAIN_WORDS
from .zh_remarks import REMARK_FILLER, REMARK_WORDS
from .zh_said_plainly import SAID_PLAINLY_WORDS
from .zh_spoken import SPOKEN_WORDS
from .zh_templates import ZH_TEMPLATES
from .zh_time_sound import TIME_SOUND_ENTITIES, TIME_SOUND_WORDS
from .zh_typed import TYPED_ENTITIES, TYPED_WORDS
from .zh_wechat import WECHAT_ENTITIES, WECHAT_FILLER, WECHAT_WORDS

__all__ = ["ZH_ENTITIES", "ZH_FILLER", "ZH_TEMPLATES", "ZH_WORDS"]

# the verbs of "背景换成模糊的": the background made blurred
BLURRED_VERBS = (
    "换成",
    "改成",
    "变成",
    "弄成",
    "调成",
    "搞成",
    "设成",
    "要",
    "还是要",
    "换回",
    "改回",
)

ZH_WORDS: dict[str, str] = {
    # "所以", "于是": what comes before is the story, what follows the request (parse.story)
    "then": "所以, 所以说, 所以就, 因此, 因此就, 于是, 于是就, 所以呢",
    # "从30改到60": the value after "从" is the one replaced (zh_refs.replaced_value)
    "from_old": "从",
    # a step in the order: "狗狗往前挪一位" (ask_what.move_step)
    "earlier": "往前, 向前, 前移, 往前面, 靠前, 往前一点, 往前放, 往前移",
    "later": "往后, 向后, 后移, 往后面, 靠后, 挪后, 往后一点, 往后放, 往后移",
    "last_change": "做了哪些修改, 做了哪些改动, 改了哪些地方, 有哪些修改, 哪些修改, 最后改的, "
    "最后改了, 你最后改, 最后一次改, 上次改的, 刚改的, 刚刚改的, "
    "刚才改的, 刚才动了什么, 改了些什么, "
    # "刚刚是把啥删了": what the last turn took away
    "把啥删了, 把什么删了, 删了啥, 删了什么, 删的是哪张, 删了哪张, 把啥去掉了, 去掉了啥",
    "how_loud": "大不大, 响不响, 吵不吵, 声音多大, 有多响",
    "where": "视频呢, 我的视频呢, 成片呢, 文件呢, 去哪了, 去哪儿了, 跑哪去了, 在哪里下载, 在哪下载",
    "help": "让你干啥, 能让你干啥, 我能让你干啥, 可以让你干啥, 不知道该打什么, 不知道该说什么, "
    "不知道说什么, 不知道怎么说, 该打什么字, 该说什么, "
    "不知道怎么弄, 不会弄, 不知道怎么改",
    "upload": "补一张, 补张, 补一下照片, 再发几张, 发几张给你, 再发一些, 再发给你几张, 还有几张, "
    "补几张, 补传, 再补几张, 再上传, 还要传, 多传几张",
    "size_limit_word": "限制文件大小, 限制大小, 文件大小的限制, 大小的限制",
    "dupes": "长得差不多的, 长得差不多, 长得像的, 长得一样的, 一样的照片, 类似的照片, 雷同的",
    "remove": "只留一张, 只保留一张, 留一张就行, 留一张就好",
    "shuffle": "洗个牌, 洗下牌, 洗一下牌, 乱一乱, 打乱打乱, 混一混, 洗一洗, "
    "弄乱, 搞乱, 排乱, 弄乱一点, 洗牌, 重新洗牌, 乱一下, 随机排排, 随机排一排, "
    "打乱一下, 顺序随机, 随机顺序排, 随机排个序, 乱序播放, 乱着放, 随便放, 乱放, 混在一起, "
    "打乱重排, 随机重排, 顺序打散, 顺序搞乱, 顺序弄乱, 随机换个顺序, 换个随机顺序",
    "undo": "不要这个效果, 这个效果不要了, 这效果不要了, 去掉这个效果, 返回, 刚才那步不要了, "
    "刚才那一步不要了, 那步不要了, 这步不要了, 刚刚那步不要了, 刚才那步不要, 刚才那一步不要, "
    "刚刚那步不要, 那一步不要了, 上一步不要了, 上一步不要, "
    "刚刚的不要了, 刚才的取消, 刚才那步取消, 取消刚才那步, 放回来, 放回去, 还是放回来, 拿回来, "
    "恢复回来, 回到刚才, 回到刚才那样, 回到之前那样, 回到原来那样, 变回去, 变回原来那样, "
    "恢复到刚才, 恢复刚才, 恢复到之前, 撤掉刚才, 撤销掉, 退回去, 退回上一步, 后退一步, 回退一步, "
    "取消刚才的, 取消刚才的操作, 取消上一个操作, 取消上次的修改, 撤一下, 撤回一下, 撤回刚才, "
    "上一步撤销, 刚刚的不要, 刚才的撤销, 刚才那步撤销, 撤销刚才那步, 回到修改前, 改回原来的, "
    "改回原样, 还原回去, 恢复成刚才那样, 回到上一个版本, 上一个版本, 刚才那样就好, "
    # "还是刚才那样好": the way it was a moment ago, preferred
    "还是刚才那样, 刚才那样好, 还是刚刚那样, 刚刚那样好, 还是原来那样, 原来那样好, "
    "还是刚才那个好, 刚才那个好, 还是刚刚的好, 刚刚的好",
    "state": "设置是什么, 现在什么设置, 当前的设置, 视频里有什么, 视频里都有什么, 里面有什么, "
    "里面都有啥, "
    "效果怎么样, 看起来怎么样, 效果如何, 现在怎么样, 现在的设置, 当前设置, 所有设置, 看看设置, "
    "设置都给我看看, 列出, 列一下, "
    "都有哪些东西, 有哪些东西, 都有什么, 都有啥, 现在有什么, 现在有啥, "
    "什么情况, 啥情况, 现在啥样, 啥样了, 现在是什么样, 是什么样, 什么样了, 预览一下, 看一眼, "
    "瞅瞅, 瞧瞧, 瞅一眼, 让我看看, 当前状态, 目前状态, 当前情况, 现在的情况, 目前的情况, "
    "现在的进度, 做到哪了, 弄到哪了, 现在的时间线, 现在的草稿, 概况, 看看现在, 现在长啥样",
    "fade_in": "进来的时候慢一点, 进来慢一点, 出来的时候慢一点, 慢慢出现, 慢慢亮起来, 渐渐亮起来, "
    "亮起来, 慢慢变亮, 渐亮, "
    "渐入, 渐强, 渐渐变大, 逐渐变大, 慢慢变大, 慢慢响起, 渐渐响起, 渐起, 淡进, "
    "慢慢进入, 缓缓进入, 慢慢出来, 声音慢慢起来, 慢慢起来, 由小变大, 从小到大, 从无到有",
    "fade_out": "渐变黑, 渐变到黑, 渐变成黑, 渐变黑屏, 淡出黑场, 慢慢变暗, 渐暗, 暗下去, "
    "慢慢暗下去, "
    "黑下去, 渐出, 渐渐消失, 慢慢消失, 逐渐消失, 渐渐变小, 逐渐变小, 慢慢淡掉, 渐渐淡出, "
    "慢慢减弱, 逐渐减弱, 渐渐减弱, 渐渐停, 渐停, 慢慢停下, 慢慢停, 慢慢收尾, 由大变小, "
    "从大到小, 声音慢慢没了, 慢慢没了, 淡掉, "
    # "最后几秒音乐慢慢没声": the sound going away slowly
    "慢慢没声, 慢慢没声音, 渐渐没声, 渐渐没声音, 慢慢没有声音, 慢慢小声, 渐渐小声, 慢慢变没声",
    "motion": "放大的幅度, 放大幅度, 缩放的幅度, 推拉的幅度, 晃动的幅度, 移动的幅度, 缩放的效果, "
    "运动效果, 镜头效果, 动的效果, 动画的效果, 动态的效果, 缩放动画, 镜头缩放, 镜头推近, "
    "推近拉远, 推拉镜头, 放大动画, 拉近效果, 拉近, 推近, "
    # "照片别一直往里推了": the camera pushing in (往左推 is a transition's direction)
    "往里推, 向里推, 往里面推, 往里推进, 往前推近, "
    # "从远到近慢慢推": the camera closing in (从远到近 alone is the dates' way)
    "从远到近推, 从远到近慢慢推, 由远及近推, 由远及近地推, 由远到近推, 从远往近推, 从近到远拉, "
    "由近及远拉, 由近到远拉, 从近往远拉, 由远及近的推, 从远到近的推, "
    # "镜头往前推", "画面往外拉": with the camera named (a photo "往前推" moves earlier)
    "镜头往前推, 镜头向前推, 画面往前推, 镜头往外拉, 画面往外拉, 镜头往后拉, 画面往后拉, 拉镜头, "
    "往左平移, 往右平移, 向左平移, 向右平移, 往上平移, 往下平移",
    "still": "别一直晃, 不要一直晃, 别老晃, 不要推来推去, 别推来推去, 别晃来晃去, 不要晃来晃去, "
    "别让照片动, 不要让照片动, 别让它们动, 不要让它们动, 别让它动, 不要让它动, 照片静止, "
    "定住不动, 保持静止, 静止画面, 静态图片, 静态的, 别动了, 不动了, 不要动了, 静止的, 不要晃动, "
    "别晃动, 别晃了, 不要晃了, 停住不动, 停着不动, 静止不动",
    "add": "来段, 放段, 放一段, 整段, 整点, 搞点, 弄点, 整一个, 搞一个, 弄一个, 加一首, 加首, "
    "配一首, 配首, "
    "加一下, 添加一个, 加一条, 加条, 来一个, 标一下, 标上, 注明, 标注上",
    "swap": "对换, 互调, 调个位置, 换个位置, 交换位置, 互换位置, 位置对调, 位置互换, 位置换一下, "
    "调换位置, 换一换位置, 对调一下, 互换一下, 交换一下, 换下位置, 调下位置",
    "caption": "图片说明, 照片说明, 文字说明, 图注, 标注, 小字, 配的字, 配的文字, 配文案",
    # "分辨率低一点" is a lower resolution, "音乐低一点" quieter music: "低" is down
    "down": "低一点, 低点, 低些, 低一些",
    "up": "高一点, 高点, 高些, 高一些",
    "fps_word": "帧数, 每秒帧数, 帧速率, 格",
    "reason": "手机拍的, 用手机拍的, 相机拍的, 手机里的, 手机上拍的, 眼神不好, 眼神不太好, "
    "眼睛不好, 眼神差, 视力不好, 特别开心, 很开心, 非常开心, "
    "好开心, "
    "超开心, 玩得开心, 开心极了, 很高兴, 特别高兴, 拍的, 周末, 上周, 去年, 今年, 昨天, 前天, 那次, "
    "顺序有点乱, 顺序乱了, 顺序不对, 顺序太乱, 有点乱, 太乱了, 乱七八糟, 追思会, 纪念, 一岁, "
    "两岁, 生日, 开业, 店铺, 淘宝, 淘宝店, 网店, 小店, 产品视频, "
    # the kind of video being made ("做一个婚礼视频", "一岁成长视频": 成长 is not 成 + 长)
    "婚礼, 结婚, 成长, 成长记录, 周年, 商品, 新品, 年度, "
    "闺蜜, 老人家, 网慢, 网速慢, 传不上去, 挡脸, 挡住脸, 挡到脸, 挡住了, 遮住, 遮挡, 挡着, "
    "的感觉, 说实话, 老实说, 讲真, 那样更丑, 那样更难看, 那样不好看, 更丑, 更难看, 自己配音, "
    "配音, 后期配, 没耐心, 没有耐心, 手机老, 手机旧, 手机太老, 手机卡, 手机不好, 上电视, "
    "电视上放, 电视上播, 在电视上, 投屏, 投到电视, 高级一点, 高级感, 更高级, 有质感, 能看出, "
    "看得出, 看出, 下周, 咖啡店, 奶茶店, 要胶片感, 有胶片感, 胶片的感觉, 电影的感觉, "
    "方便说话, 方便聊天, 方便看, "
    "方便回忆, 方便以后回忆, 留个纪念, 留作纪念, "
    "好说话, 主推, 主推产品, 主打, 主打产品, 我要的, 我还要的, "
    "我要留着, "
    "我想留着, 要留着, 只要照片, 只留照片, 只要图片, 只保留照片, 漏了, 忘了传, 少传了, 漏传了, "
    "玩得很开心, 玩得很嗨, 很好玩, 大家都说, 朋友说, 同事说, 他们说, 有人说, "
    # who is asking ("我是开奶茶店的") and what it should let people do ("要听到视频里的声音")
    "我是开, 我是做, 我是卖, 我们是做, 我们是开, 我家是开, 我开了一家, 我开了个, 我们店, 我的店, "
    "我们公司, 有电影感, 更有电影感, 显得有电影感, 要听到, 想听到, 要能听到, 能听见",
    "full": "加到最大, 调到最大, 拉到最大, 开最大, 调最大, 开满",
    "quieter": "开小点, 开小一点, 开小, 别盖过人声, 不要盖过人声, 别盖住人声, 不要盖住人声, "
    "别盖过, 别盖住, 不要盖过, "
    "不要盖住, "
    "别压住人声, 别抢人声, 盖住说话, 听不清说话, "
    # "音乐有点炸耳朵": too loud for the ears
    "炸耳朵, 炸耳, 震耳朵, 震耳, 刺耳, 吵耳朵, 耳朵疼, 耳朵受不了",
    "slower": "慢慢放, 慢慢来放, 别那么急, 别太急, 不要那么急, 不用那么急, 太急了, 太急, 急匆匆, "
    "太赶了, 太赶, 别那么赶, 匆匆忙忙, 看不过来了, 放慢点, 放慢一点, 慢一些",
    "faster": "提一提, 提提速, 提速, 加加速, 快一快, 太磨叽, 磨叽, 太墨迹, 墨迹, 磨磨蹭蹭, "
    "太慢了, 慢吞吞, 节奏快点, 利落点, 干脆点",
    "softer": "慢慢过渡, 缓缓过渡, 慢慢转场, 平缓过渡, 自然过渡, 生硬, 太生硬, 很生硬, 有点生硬, "
    "有些生硬, 不自然, 太硬, 有点硬, 不够顺, 不顺, "
    "卡顿, 有点卡, 顺一点, 自然一点",
    "reverse": "反着排, 反过来排, 反一下, 顺序反一下, 反着来, 反着放, 倒一下, 倒一倒, 倒过来一下, "
    "顺序倒一下, "
    "倒个个, 最后的放最前, 最后的放最前面, "
    "从后往前, 后面的放前面, 首尾颠倒, 掉个头, 调个头",
    "end": "最后一屏, 最后一页, 最后一个画面, 最后画面, 结尾画面, 结尾处, 片尾处, 末尾处, "
    "最后的画面, 结束的时候, 收尾的地方, "
    # "视频结束前写一句 …": just before it ends is its end
    "结束前, 结束之前, 快结束的时候, 结束时, 播完的时候, 放完的时候",
    "start": "第一屏, 第一页, 第一个画面, 开头画面, 开场画面, 片头处, 开头处, 最前头, 前头, "
    "一开场, 刚开始, 一开头, 一开始, 一上来, 开头的时候, 开场的时候",
    "export": "导一个出来, 导出来一个, 导一份, 导一份出来, 再导一份, 再导出一个, 导个新的, "
    "出一个, 再出一个, 导出一份, 生成一个, 重新导出, 重新导一个",
    "done": "好了没, 好没好, 弄完没, 做完没, 导完没, 完成没, 导好了没, 出来了没, 好了吗, 弄好没",
    "mb_unit": "m, 兆的, m的, mb的",
    # "头尾两个换一下": the first and the last (zh_refs.ends)
    "ends": "头尾, 首尾, 一头一尾, 开头和结尾的, 第一张和最后一张, 第一个和最后一个",
    "instead": "等等, 等一下, 慢着, 不要这个了, 这个不好, 这个不行, 不喜欢这个",
    # "还不够": the step just taken, once more (again.py)
    "not_enough": "还不够, 不够, 还不太够, 还差点, 还差一点, 还是不够, 不太够, 再来点, 再来一点, "
    "再来一次",
    # "换一个", "换首歌": another of what was just chosen (the music, the transition ...)
    "one_more": "换一个, 换个别的, 换别的, 换个其他的, 来个别的, 换一种, 换种, 换个新的, "
    "换个不一样的",
    "one_song": "换一首, 换首, 换首歌, 换一首歌, 换个歌, 换一个歌, 换支歌, 换一首别的",
    # "只保留前三张": the others go (build_keep.keep_only)
    "only_keep": "只留, 只保留, 只留下, 仅保留, 只剩, 只剩下, 就留, 就保留, 只要留",
    "not": "不",
    "livelier": "活力十足, 有活力一点, 嗨一点, 更嗨一点",
    "fits_in": "压缩, 压缩一下, 压小, 压小一点, 能发的大小, 可以发的大小, 能发的, 可以发的, "
    "不要超过, 别超过, 不能超过, 最多",
    "date_only": "哪天拍的, 是哪天拍的, 拍照日期, 拍的日期, 什么时候拍的, 拍照的日期, "
    # "每张照片都加上拍的时间": when it was taken (拍的 alone says why: "去年拍的")
    "拍的时间, 拍的时候的日期",
}

# words that carry nothing here: "直接硬切吧" is a hard cut
ZH_FILLER = (
    "我后悔了, 后悔了, 后悔, 从头到尾, 全程, 自始至终, 的样子, 样子, 直接, 直接就, 之间, 那种, "
    "的那种, 那样的, 这样的, "
    "文件, 视频文件, "
    "两件事, 两个事, 几件事, "
    "一件事, "
    "几个事, 安排上, 安排一下, 给安排上, 传到, 上传到, 传上, "
    # "加个视频进去", "再传几张图进来": where what is added goes, said by the verb already
    # (a phrase that reads it, "音乐晚一点进来", "加进来", is longer and wins)
    "进去, 进来, "
    # "先把第二张和第四张换一下 再把视频静音": the order requests are said in, as "first" is
    "先, 首先, "
    # "比如5秒": the value that follows is the one meant
    "比如, 比如说, 比方说, 例如, 譬如"
)

ZH_ENTITIES: dict[str, dict[str, str]] = {
    "degree": {
        "double": "翻个倍, 翻一倍, 翻一番, 多一倍",  # "长一倍" is longer + 一倍
        "big": "一大截, 一大半, 好大一截",
    },
    "color": {
        "white": "白的, 白色的, 白",
        "red": "红的, 红色的",
        "yellow": "黄的, 黄色的",
        "blue": "蓝的, 蓝色的",
        "green": "绿的, 绿色的",
        "pink": "粉的, 粉色的, 粉",
        "purple": "紫的, 紫色的",
        "gold": "金的, 金色的",
    },
    # "转场用擦除，向右": the way a wipe, slide or push goes (zh_refs.directed)
    "direction": {
        "right": "向右, 往右, 朝右, 从左到右, 从左往右, 向右边, 往右边",
        "left": "向左, 往左, 朝左, 从右到左, 从右往左, 向左边, 往左边",
    },
    "res": {
        "2160p": "画质调到最高, 分辨率调到最高, 清晰度调到最高, 清晰度最高, 最高清晰度, "
        "画质最高, 最高画质, 最高分辨率, 分辨率最高, 最清晰, 最高清"
    },
    "mood": {
        "calm": "轻音乐, 纯音乐那种, 安静点的, 舒缓点的",
        "upbeat": "开派对, 开趴, 派对那种, 蹦迪, 节奏感, 有节奏感, 节奏感强, 动感的, "
        "电音, 电子乐, 电子音乐, 电音风",
    },
    "unsupported": {
        "motion": "转个圈, 转一圈, 旋转一圈, 跳舞, 抖一抖, 跳一跳, 蹦蹦跳跳, 飞进来, 飞入, 弹出来",
        "general": "专业一点, 专业点, 更专业, 看着办, 你看着办",
        "text": "毛笔字, 楷体, 宋体, 书法字, 手写体, 艺术字, 花体字, 换字体, 改字体, 描边, "
        "字幕动画",
        "timing": "每张时长随机, 时长都随机, 时间随机, 每张时间随机, 随机的时长, 随机停留, "
        "剪成两段, "
        "剪成几段, 分成两段, 分成几段, 拆成两段, 切成两段, 分割, 拆分, 分段, 倒计时",
        "frame": "镜像, 翻转画面, 镜像翻转, 水平翻转, 上下颠倒, 画中画, 分屏, 拼图, 九宫格, "
        "四宫格, "
        "横竖都要",
        "look": "电影色调, 电影调色, 港风, 日系, 韩系, ins风, 文艺风, 文艺一点, 饱和度低一点, "
        "降低饱和度, 饱和度调低, 有点暗, 暗了, 调亮, 调亮一点, 提亮, 亮度高一点, 变亮一点, "
        "太亮了, 雪花特效, "
        "烟花特效, 下雪效果, 粒子特效, 爱心特效, 红眼, 去红眼, 磨皮, "
        "美白, 瘦脸, 祛痘, 去痘, 去皱纹, 修图, p图, 抠图, 去水印, "
        "去路人, 天空调蓝, 天空蓝一点, 天调蓝, 天更蓝, 天空更蓝, 调蓝天空",
    },
    "aspect": {"16:9": "长方形, 长方形的, 宽的, 宽一点的, 横着的长方形"},
    "fps": {
        "60": "画面更顺滑, 画面更流畅, 画面流畅一点, 画面顺滑一点, 画面更顺滑一点, 画面更流畅一点, "
        "高帧率, 帧率高点, 帧率高一点, 帧率调高, 帧率提高, 更高帧率, 帧率高些, 更高的帧率"
    },
    "platform": {
        "WeChat Channels": "微信视频号, 微信的视频号, 视频号上",
        "YouTube": "油管, 油管频道, 油管上",
    },
    "sort_key": {
        "date": "最早的, 最旧的, 最老的, 按我拍的顺序, 我拍的顺序, 拍的顺序, 按拍的顺序, "
        "照我拍的顺序, 照时间, 照日期, "
        "依时间, 按拍的时间, 最早拍的, 先拍的, 早拍的, 早的先, "
        "老的放前面, 老的在前, 老的在前面, 老照片放前面, 老照片在前, 旧照片放前面, 旧照片在前, "
        "按照拍照的先后, 按拍照的先后, 拍照的先后, 拍摄的先后, 按拍摄的先后",
        "date_desc": "最近拍的, 最新拍的, 新拍的, 后拍的, 新的先, 最近的照片, "
        "新照片放前面, 新照片在前, 新照片在前面",
        "name": "照名字, 照文件名, 依名字, 依文件名, 按名字排, 按照名字, 按照文件名, 按照文件名字, "
        "按文件名字, 照文件名字",
    },
    "trans": {
        "slideleft": "滑过去, 滑过来, 滑进来, 划过去, 滑的, 滑动那种, 滑动的",
        "zoom": "放大那种, 放大的那种, 放大转场, 缩放转场, 推近转场, 拉近转场, 放大过渡, 缩放过渡",
    },
    "fit": {
        "cover": "裁切, 裁切铺满, 剪裁, 裁一裁, 裁掉边, "
        # "照片撑满整个屏幕", "铺满 不要留边": the frame filled, no edge left around the photo
        "撑满, 占满, 撑满屏幕, 占满屏幕, 撑满画面, 占满画面, 不要留边, 不留边, 别留边, 边都不要留, "
        "拉满屏幕, 拉满画面, 拉满整个屏幕, 拉满整个画面",
        "blur": "模糊边, 模糊边框, 模糊的边, 模糊边缘, 虚化背景, 背景虚化, 模糊的边框, "
        # "背景换成模糊的": the background made blurred (never the blurry photos culled)
        + ", ".join(f"背景{verb}模糊{de}" for verb in BLURRED_VERBS for de in ("的", ""))
        # "两边有黑边 不好看 用模糊的": the bars filled with the blurred photo (no photo culled)
        + ", "
        + ", ".join(f"{verb}模糊的" for verb in ("用", "换成", "改成", "弄成", "变成", "换回")),
        # "背景改成黑色": black around the photo is the whole photo on black (no text colour)
        "contain": ", ".join(
            f"背景{verb}黑{de}"
            for verb in ("换成", "改成", "变成", "弄成", "调成", "用", "要", "就用")
            for de in ("色", "的", "色的")
        )
        + ", 黑色背景, 黑色的背景, 背景黑色, 背景黑色的",
    },
    "look": {
        "bw": "去掉颜色, 不要颜色, 没有颜色, 黑白老照片, 黑白老电影, 老式黑白, 黑白复古",
        "none": "原图, 用原图, 原片, 原图就好, 太艳了, 太艳, 太鲜艳, 颜色太艳, 太花了, 恢复彩色, "
        "恢复成彩色, 变回彩色, 换回彩色",
        "cool": "冷淡, 冷淡一点, 蓝调, 冷冷的, 冷冷的蓝调, 蓝色调, 偏蓝色调, 清冷感, 冷淡风",
        "warm": "暖暖的, 暖黄色调, 黄调, 暖洋洋, 温暖的色调, 暖色的",
        "sepia": "复古色, 复古色调, 复古的颜色, 复古风",
    },
}

# more of the same families, kept in their own module so that each stays small
_WORDS = [*MORE_WORDS.items(), *PLAIN_WORDS.items(), *COLLOQUIAL_WORDS.items(), *CHAT_WORDS.items()]
_WORDS += CHAT_TURN_WORDS.items()
_WORDS += TIME_SOUND_WORDS.items()
_WORDS += TYPED_WORDS.items()  # typed in a hurry: 顺便, 存到相册
_WORDS += SPOKEN_WORDS.items()  # the export's settings named, a vlog made
_WORDS += WECHAT_WORDS.items()  # typed in a chat
_WORDS += EFFECT_WORDS.items()  # the camera's move, transitions and fades (zh_effects)
_WORDS += MADE_WORDS.items()  # videos made, files sent
_WORDS += KEPT_WORDS.items()  # what stays as it is (zh_kept)
_WORDS += SAID_WORDS.items()  # effects typed in a chat (zh_effects_said)
_WORDS += ASKED_WORDS.items()  # plain requests said often (zh_asked_plain)
_WORDS += PICTURE_WORDS.items()  # 画面, the picture (zh_picture)
_WORDS += FORMAT_WORDS.items()  # the format said as typed (zh_format_said)
_WORDS += MOVES_WORDS.items()  # moves, transitions and sound beside another thing
_WORDS += MADE_SHAPED_WORDS.items()  # the video made and shaped (zh_made_shaped)
_WORDS += SAID_PLAINLY_WORDS.items()  # remarks beside a request (zh_said_plainly)
_WORDS += REMARK_WORDS.items()  # urgency, how it will look (zh_remarks)
_WORDS += DRAFT_WORDS.items()  # the draft as a whole (zh_draft_said)
_ENTITIES = [*MORE_ENTITIES.items(), *PLAIN_ENTITIES.items(), *COLLOQUIAL_ENTITIES.items()]
_ENTITIES += TIME_SOUND_ENTITIES.items()
_ENTITIES += TYPED_ENTITIES.items()
_ENTITIES += [*WECHAT_ENTITIES.items(), *EFFECT_ENTITIES.items()]
_ENTITIES += MADE_ENTITIES.items()
_ENTITIES += SAID_ENTITIES.items()
_ENTITIES += ASKED_ENTITIES.items()
_ENTITIES += PICTURE_ENTITIES.items()
_ENTITIES += FORMAT_ENTITIES.items()
_ENTITIES += MOVES_ENTITIES.items()
_ENTITIES += MADE_SHAPED_ENTITIES.items()
_ENTITIES += DRAFT_ENTITIES.items()  # the order said by which go first (zh_draft_said)
for _kind, _spec in _WORDS:
    ZH_WORDS[_kind] = f"{ZH_WORDS[_kind]}, {_spec}" if _kind in ZH_WORDS else _spec
for _kind, _values in _ENTITIES:
    for _value, _spec in _values.items():
        _known = ZH_ENTITIES.setdefault(_kind, {}).get(_value)
        ZH_ENTITIES[_kind][_value] = f"{_known}, {_spec}" if _known else _spec
ZH_FILLER += ", " + MORE_FILLER + ", " + COLLOQUIAL_FILLER + ", " + WECHAT_FILLER
ZH_FILLER += ", " + SAID_FILLER
ZH_FILLER += ", " + ASKED_FILLER
ZH_FILLER += ", " + PICTURE_FILLER
ZH_FILLER += ", " + FORMAT_FILLER  # the format said as typed (zh_format_said)
ZH_FILLER += ", " + MOVES_FILLER  # "玩玩": to try it (zh_moves_typed)
ZH_FILLER += ", " + MADE_SHAPED_FILLER  # the photos there already (zh_made_shaped)
ZH_FILLER += ", " + REMARK_FILLER  # greetings, thanks, laughter (zh_remarks)
