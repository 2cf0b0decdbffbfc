"""What a photo shows, in Chinese, for the English words of its file name: "把红酒那张放到
最后" names 03_Wine_by_Jakkub_Mede.jpg, "咖啡那张删掉" coffee-morning.jpg (pure data, joined to
``lexicon.SUBJECTS_ZH``; ``context.lookup_names`` gives each photo the words of its name).

Only everyday subjects of holiday, family and shop photos, each with the words people type.
"""

from __future__ import annotations

import re

from .chat_words import CHAT_SUBJECTS
from .lexicon import SUBJECTS_ZH

MORE_SUBJECTS: dict[str, str] = {
    "wine": "红酒, 葡萄酒",
    "beer": "啤酒",
    "coffee": "咖啡",
    "tea": "喝茶, 奶茶, 茶叶",
    "pizza": "披萨, 比萨",
    "sushi": "寿司",
    "burger": "汉堡",
    "noodles": "面条",
    "bread": "面包",
    "fruit": "水果",
    "dinner": "晚饭, 晚餐",
    "lunch": "午饭, 午餐",
    "breakfast": "早饭, 早餐",
    "restaurant": "餐厅, 饭店",
    "cafe": "咖啡店, 咖啡馆",
    "kitchen": "厨房",
    "bedroom": "卧室",
    "garden": "花园, 院子",
    "puppy": "小狗, 狗狗",
    "kitten": "小猫, 猫咪",
    "bird": "小鸟, 鸟儿",
    "bike": "自行车, 单车",
    "bicycle": "自行车, 单车",
    "road": "公路",
    "hills": "小山",
    "hill": "山坡",
    "mountains": "大山",
    "waterfall": "瀑布",
    "ocean": "大海, 海洋",
    "coast": "海边, 海岸",
    "sand": "沙滩",
    "pool": "泳池, 游泳池",
    "rain": "下雨",
    "clouds": "云彩",
    "moon": "月亮",
    "stars": "星星, 星空",
    "fireworks": "烟花",
    "christmas": "圣诞, 圣诞节",
    "graduation": "毕业, 毕业照",
    "selfie": "自拍",
    "portrait": "人像",
    "couple": "情侣, 合照",
    "group": "合照, 合影",
    "grandpa": "爷爷, 外公",
    "sister": "姐姐, 妹妹",
    "brother": "哥哥, 弟弟",
    "church": "教堂",
    "market": "市场, 集市",
    "shop": "店铺",
    "store": "店铺",
    "hotel": "酒店",
    "airport": "机场",
    "station": "车站",
    "skyline": "天际线, 城市",
    "sunflower": "向日葵",
    "roses": "玫瑰",
    "rose": "玫瑰",
    "tulips": "郁金香",
    "autumn": "秋天",
    "spring": "春天",
    "summer": "夏天",
    "winter": "冬天",
    "picnic": "野餐",
    "camping": "露营",
    "hiking": "徒步, 爬山",
    "ski": "滑雪",
    "skiing": "滑雪",
    "concert": "演唱会",
    "gift": "礼物",
    "gifts": "礼物",
    "balloons": "气球",
    "candles": "蜡烛",
    "dragonfly": "蜻蜓",
    "butterfly": "蝴蝶",
    "bee": "蜜蜂",
    "insect": "昆虫, 虫子",
    "horse": "马儿, 骏马",
}

SUBJECTS: dict[str, str] = {**MORE_SUBJECTS, **SUBJECTS_ZH}
for _stem, _said in CHAT_SUBJECTS.items():  # English pet names: "doggo" (chat_words)
    SUBJECTS[_stem] = f"{SUBJECTS[_stem]}, {_said}" if _stem in SUBJECTS else _said


def subject_words(names: list[str]) -> dict[str, str]:
    """Chinese words for what only one photo shows, by the English words of the file names
    ("03_Wine_by_Jakkub_Mede.jpg" -> "红酒", "葡萄酒"); a word two photos share names neither.
    Single characters are left out: "山" is also a part of many other words."""
    seen: dict[str, set[str]] = {}
    for name in names:
        for word in re.split(r"[^a-z]+", name.rsplit(".", 1)[0].lower()):
            said = SUBJECTS.get(word) or SUBJECTS.get(word[:-1] if word.endswith("s") else "")
            for zh in (w.strip() for w in (said or "").split(",")):
                if len(zh) >= 2:
                    seen.setdefault(zh, set()).add(name)
    return {zh: next(iter(found)) for zh, found in seen.items() if len(found) == 1}
