"""Regions: the place a sentence or article is about (`东丰县`, `全国`, `吉林省`), or the paper's home.

Named places come from a small gazetteer (provinces, Jilin's cities and counties, provincial capitals) plus
a generic county form (`XX县`); `我市/全市/本市` stand for the paper's city and `全省/我省` for its province.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import regex

PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 "
    "河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 "
    "广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区").split()
CITIES = (
    "长春市 吉林市 四平市 辽源市 通化市 白山市 松原市 白城市 延吉市 图们市 敦化市 珲春市 龙井市 和龙市 梅河口市 "
    "公主岭市 集安市 临江市 扶余市 洮南市 大安市 舒兰市 磐石市 蛟河市 桦甸市 榆树市 德惠市 双辽市 "
    "沈阳市 大连市 哈尔滨市 石家庄市 太原市 呼和浩特市 南京市 杭州市 合肥市 福州市 南昌市 济南市 郑州市 "
    "武汉市 长沙市 广州市 深圳市 南宁市 海口市 成都市 贵阳市 昆明市 拉萨市 西安市 兰州市 西宁市 银川市 "
    "乌鲁木齐市 苏州市 宁波市 青岛市 厦门市 延边朝鲜族自治州").split()
DISTRICTS = (
    "东丰县 东辽县 龙山区 西安区 九台区 双阳区 农安县 伊通满族自治县 梨树县 柳河县 辉南县 通化县 抚松县 "
    "靖宇县 长白朝鲜族自治县 前郭尔罗斯蒙古族自治县 长岭县 乾安县 镇赉县 通榆县 汪清县 安图县 永吉县 "
    "南关区 宽城区 朝阳区 二道区 绿园区 船营区 昌邑区 丰满区 龙潭区 铁西区 铁东区 东昌区 二道江区 "
    "浑江区 江源区 宁江区 洮北区 海淀区 浦东新区").split()
_NATIONAL = ("全国", "我国")  # not 国内: `国内统一刊号`, `国内生产总值` name no place
_CITY_WORDS = ("我市", "全市", "本市")
_PROVINCE_WORDS = ("全省", "我省", "本省")
_STEMS = {name: name for name in PROVINCES + CITIES + DISTRICTS}
# The text layer's table of cities, their counties and unambiguous short names (places.toml) adds to these.
for _city in tomllib.loads((Path(__file__).with_name("places.toml")).read_text(encoding="utf-8")).get("city", []):
    _STEMS.setdefault(_city["name"], _city["name"])
    for _county in _city.get("counties", []):
        _STEMS.setdefault(_county, _county)
    for _alias in _city.get("aliases", []):
        _STEMS.setdefault(_alias, _city["name"])
# short province names, as national bulletins list them (`本土病例65例(吉林36例,广东5例)`)
_SHORT = {regex.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p): p for p in PROVINCES}
# `吉林省` is also written `吉林`; a city's stem stands for it when followed by a typical word.
_NAMES = sorted(_STEMS, key=len, reverse=True)
_NOT_COUNTY = "全本我该各每一个市郡州"
_FIRST = "".join(sorted({n[0] for n in _NAMES} | {"县", "全", "国", "我", "本"}))
# A large literal alternation: the standard `re` engine scans it about four times faster than `regex`.
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]"
_REGION = re.compile(
    f"(?=[{_FIRST}])(?:"
    + "(?P<name>" + "|".join(map(regex.escape, _NAMES)) + ")"
    # a county is matched at its 县 (so the scan can skip ahead cheaply); its name is the two characters before
    + rf"|(?P<county>(?<=(?<![{_NOT_COUNTY}]){_HAN}{{2}})县(?![委长级城域区]))"
    # `在全省率先`, `居全国第20位`: a comparison with the wider area, not the place the figure is about
    + "|(?<![在居列于])(?:(?P<national>" + "|".join(_NATIONAL) + ")"
    + "|(?P<city>" + "|".join(_CITY_WORDS) + ")"
    + "|(?P<province>" + "|".join(_PROVINCE_WORDS) + ")))"
)
# Place words that open a subject (`全市地区生产总值`); `国内生产总值` keeps its 国内.
REGION_PREFIX = regex.compile(
    "^(?:在)?(?:" + "|".join(map(regex.escape, _NAMES)) + "|全国|我国|" + "|".join(_CITY_WORDS + _PROVINCE_WORDS)
    + r"|全县|全区|全州)")


def find_regions(text: str, start: int, end: int, city: str | None, province: str | None) -> list[tuple[int, str]]:
    """(position, region name) for every place named in text[start:end]."""
    return [(a, name) for a, _, name in region_spans(text, start, end, city, province)]


def region_spans(text: str, start: int, end: int, city: str | None,
                 province: str | None) -> list[tuple[int, int, str]]:
    """(start, end, region name) for every place named in text[start:end]."""
    out = []
    for m in _REGION.finditer(text, start, end):
        if m["name"]:
            name = _STEMS[m["name"]]
        elif m["county"]:
            name = text[m.start() - 2:m.end()]
            if name[1] in _NOT_COUNTY or name[0] in "年月日的和与及在是为":
                continue  # `今年全县`: not a county's name
        elif m["national"]:
            name = "全国"
        elif m["city"]:
            name = city
        else:
            name = province
        if name:
            out.append((m.start(), m.end(), name))
    return out


def place_name(word: str) -> str | None:
    """The full name of a word that is only a place (`广东` → 广东省, `长春` → 长春市, `东丰县`), else None."""
    return _STEMS.get(word) or _SHORT.get(word)
