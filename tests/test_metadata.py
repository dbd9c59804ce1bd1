"""Unit tests for metadata extraction: evidence-based values, null when unknown."""
from __future__ import annotations

from datetime import date

import pytest

from archive.cleaning import clean
from archive.metadata import detect_script, extract, find_genre, find_themes, parse_date
from archive.metadata.dates import dates_in
from archive.metadata.speakers import from_byline, from_title
from tests.corpus_eval import read_corpus_document
from tests.test_cleaning import corpus_clean
from archive.reading import read_source
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"

TODAY = date(2026, 1, 1)


def meta(raw: str):
    return extract(clean(raw), today=TODAY)


def corpus_meta(name: str):
    """The metadata of a real document of the corpus, read as the importer reads it."""
    raw = read_corpus_document(name)
    return extract(clean(raw.text, raw.title_hints, raw.declared), today=TODAY)


def test_date_line_under_the_title_is_the_document_date():
    found = meta("在全县大会上的讲话\n（2011年6月30日）\n同志们:\n今天开会。")
    assert (found.date, found.date_source) == ("2011-06-30", "text")


def test_chinese_numeral_date_at_the_end_is_read():
    found = meta("全县开展学习活动实施方案\n同志们:\n今天开会。\n二〇一〇年五月")
    assert (found.date, found.date_source) == ("2010-05", "text")


def test_impossible_date_is_reported_not_guessed():
    found = meta("在全县大会上的讲话\n王和涛202223年6月5日\n同志们:\n今天开会。")
    assert found.date is None and found.date_source == "none"
    assert any("202223年6月5日" in warning for warning in found.warnings)


def test_a_page_stamp_crediting_many_editors_dates_the_page_and_leaves_the_text():
    found = meta("国家卫健委:我国人均预期寿命达到78.6岁\n"  # 125.65.46.38
                 "时间:2024-08-29 14:44:44 来源:<新程序_sjbxin> 责任编辑:卡雅·斯考达里奥,妮可拉·伯利,Steve Evets,奥列佛·米尔本,James Howson\n\n"
                 "  国家卫生健康委今天(8月29日)发布《2023年我国卫生健康事业发展统计公报》。根据《公报》,我国人均预期寿命达到78.6岁。")
    assert (found.date, found.date_source) == ("2024-08-29", "page")


def test_page_publish_date_is_used_only_when_the_text_has_none():
    found = meta("在全县大会上的讲话\n时间:2022-07-20 08:18:00\n同志们:\n今天开会。")
    assert (found.date, found.date_source) == ("2022-07-20", "page")


def test_a_date_mentioned_in_a_sentence_is_not_the_document_date():
    assert meta("在全县大会上的讲话\n同志们:\n2010年5月以来，我们开展了活动。").date is None


def test_parse_date_keeps_precision_and_rejects_the_impossible():
    assert parse_date("2011", "6", None, TODAY) == "2011-06"
    assert parse_date("2011", "13", "1", TODAY) is None
    assert parse_date("2011", "2", "30", TODAY) is None
    assert parse_date("二〇一〇", "十二", "三十一", TODAY) == "2010-12-31"
    assert parse_date("2030", "1", "1", TODAY) is None


def test_unit_is_the_issuer_named_before_about_in_the_title():
    found = meta("国务院办公厅关于做好防汛工作的通知\n各省、自治区、直辖市人民政府:\n请认真贯彻执行。")
    assert found.unit == "国务院办公厅"


def test_a_body_named_in_a_speech_title_is_the_meeting_not_the_issuer():
    assert meta("在市科学技术局动员大会上的讲话\n同志们:\n今天开会。").unit is None


def test_unit_from_the_signature_keeps_traditional_characters():
    found = meta("關於加強檔案管理的通知\n各單位:\n請認真辦理。\n臺北市政府\n中華民國110年3月5日")
    assert found.unit == "臺北市政府"
    assert (found.date, found.date_kind) == ("2021-03-05", "成文")


def test_unit_named_once_in_passing_is_not_guessed():
    assert meta("在全县大会上的讲话\n同志们:\n省委统战部同志作了讲话。工商联也参加。").unit is None


def test_speaker_from_the_title_or_byline():
    assert meta("李源潮在全国创先争优活动大会上的讲话\n同志们:\n今天开会。").speaker == "李源潮"
    assert meta("在全县大会上的讲话\n王和涛 2011年6月5日\n同志们:\n今天开会。").speaker == "王和涛"
    assert meta("在大会上的讲话\n同志们:\n今天开会。").speaker is None


def test_places_mentioned_in_the_text_are_not_the_place():
    examples = "深圳速度。深圳市特区。张家港精神。乌鲁木齐市建设。"
    assert meta(f"在全县大会上的讲话\n同志们:\n{examples}").place is None


def test_place_down_to_county_from_the_issuers_name():
    found = meta("中共余姚市委组织部关于开展学习活动的通知\n各乡镇党委:\n请认真组织实施。")
    assert found.place == "浙江省宁波市余姚市"


def test_genre_from_the_title_before_the_file_name():
    assert find_genre("对台办创先争优工作讲课稿", None) == "讲课稿"
    assert find_genre("在大会上的讲话", "在大会上的致辞1.docx") == "讲话"
    assert find_genre(None, "在大会上的致辞1.docx") == "致辞"
    assert find_genre("无题", None) is None


def test_themes_are_ranked_and_capped_at_four():
    text = "创先争优" * 5 + "对台工作台胞台商" * 3 + "非公有制经济" * 2
    assert find_themes("", text)[:3] == ("对台工作", "创先争优", "非公有制经济")
    assert len(find_themes("", text * 10 + "党组织" * 10 + "科技工作" * 5 + "精神文明" * 5)) == 4


def test_announced_sections_missing_mark_the_text_incomplete():
    found = meta("在全县大会上的讲话\n同志们:\n下面我讲三点意见。\n一、第一点\n内容。\n二、第二点\n内容。")
    assert found.complete is False
    assert "讲三点意见" in found.extracted_from["complete"]


def test_doc_number_is_read():
    assert meta("关于开展学习活动的通知\n中组发〔2010〕12号\n各地:\n请认真贯彻。").doc_number == "中组发〔2010〕12号"


def test_traditional_script_is_recorded():
    assert detect_script("在全縣創先爭優活動動員大會上的講話，認真學習，鞏固成果。") == "zh-Hant"
    assert detect_script("在全县创先争优活动动员大会上的讲话") == "zh-Hans"


def test_place_named_in_the_closing_signature_counts():
    found = meta("关于开展活动的通知\n各单位:\n请认真组织实施。\n中共湖南省委组织部\n2010年5月28日")
    assert found.place == "湖南省"


def test_place_names_that_are_everyday_words_need_their_full_name():
    speech = "各位来宾：\n欢迎各位来宾。来宾们远道而来。感谢来宾。"
    assert meta(f"在新年招待会上的致辞\n{speech}").place is None


def test_a_city_written_in_full_and_short_is_counted_once_per_mention():
    found = meta("在全县大会上的讲话\n同志们:\n长春市的工作很好。长春市要发展。长沙很远。")
    assert found.place is None


def test_a_provincial_body_without_its_province_is_placed_by_its_doc_number():
    found = meta("省人民政府关于进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府:\n请认真贯彻执行。\n省人民政府\n2018年6月25日")
    assert (found.unit, found.place, found.doc_number) == ("省人民政府", "湖北省", "鄂政发〔2018〕26号")


def test_a_city_office_is_not_placed_by_a_province_abbreviation_that_also_names_its_city():
    found = corpus_meta("njdaily-nanjing-ningzhengbanguizi-2023-2-anxin-yongqi-yijian")  # 宁政办规字 of 南京's 市政府办公厅, not 宁夏's
    assert (found.unit, found.doc_number, found.place) == ("市政府办公厅", "宁政办规字〔2023〕2号", None)


def test_a_local_title_names_the_division_its_issuer_leaves_unnamed():
    assert corpus_meta("ahscrd-shucheng-15jie-3ci-renda-zhaokai-tongzhi-2009").place == "安徽省六安市舒城县"  # 关于召开舒城县第十五届……的通知
    assert corpus_meta("yangdong-2024-shijian-minsheng-shishi-wancheng-tongbao").place == "广东省阳江市阳东区"  # 关于2024年阳东区十件……的通报


def test_a_national_bodys_title_names_the_place_it_concerns_not_its_own():
    found = meta("农业农村部办公厅关于公布第一批农业生产全程机械化示范县创建名单的通知\n各省、自治区、直辖市农业农村厅:\n河南省范县入选。")
    assert found.place is None
    found = meta("国家教育督导检查组对山西省申报的21个县督导检查反馈意见\n山西省人民政府:\n现将意见反馈如下。")
    assert found.place is None


def test_a_two_character_district_that_is_a_common_word_needs_a_division_beside_it():
    from archive.gazetteer import place_of
    assert place_of("運輸署公告中區贊善里臨時交通安排") is None  # Hong Kong's Central, not 台中市中区 (www.td.gov.hk)
    assert place_of("阳泉市矿区人民政府") == "山西省阳泉市矿区"


def test_a_document_dated_in_the_republic_of_china_calendar_is_placed_in_taiwan():
    found = meta("行政院第3595次院會決議\n民國107年4月12日第3595次會議\n院長提示:\n一、請各部會注意疫情。")
    assert found.place == "台湾省"


@pytest.mark.parametrize(
    "opening",
    [
        "6日上午,参加市政府全体会议的各部门领导,个个聚精会神",  # gytoday.cn, 2007
        "3月1日下午,参加县十四届人民代表大会第五次会议的人大代表们汇聚一堂",  # shenqiu, 2015
        "1月27日,我院第五屆二次職工代表大會在學術報告廳隆重召開",  # a hospital's page in Traditional script, 2011
        "3月15日上午9时,第十二届全国人民代表大会第五次会议在人民大会堂举行闭幕会",  # huanqiujujiao.com, 2017
    ],
)
def test_a_text_opening_with_a_dated_news_lede_is_a_news_report(opening):
    assert find_genre(None, None, None, [opening, "会议指出,要进一步提高认识。"]) == "新闻报道"


def test_a_text_that_tells_what_was_said_is_a_news_report():
    # after sd.sina.com.cn 2016: no title printed, no dated lede, but reported speech throughout
    paragraphs = ["今天,记者从中央纪委监察部网站获悉,《五一端午期间纠正“四风”情况》已经公布。", "据了解,各地共查处问题三百余起。"]
    assert find_genre(None, None, None, paragraphs) == "新闻报道"


def test_a_resolution_speaking_of_its_own_meeting_is_not_a_news_report():
    # yfxrd.gov.cn 2022: 会议听取和审议了…… 会议决定…… is how a 决议 speaks
    paragraphs = ["永丰县第十七届人民代表大会第二次会议听取和审议了县人民法院工作报告。", "会议认为,过去一年工作卓有成效。会议决定,批准这个报告。"]
    assert find_genre(None, None, None, paragraphs) is None


def test_a_chinese_year_with_latin_o_for_zero_is_a_date():
    # 政协天长市委员会's notice is signed 二OO八年一月七日 (tests/corpus/tcszx-tianchang-zhengxie-8-2-huiyi-tongzhi-2008.txt)
    assert dates_in("二OO八年一月七日", date(2026, 1, 1)) == ["2008-01-07"]


def test_a_work_department_is_a_body():
    from archive.bodies import is_body_name

    assert is_body_name("党委学生工作部")  # bm.cugb.edu.cn, signing a 民主评议 notice
    assert not is_body_name("党委工作会议")
    assert is_body_name("中共重慶市黔江區委農村工作暨實施鄉村振興戰略領導小組")  # www.8m9cc.com, signing a 方案's issuing notice
    assert not is_body_name("关于做好农村工作的领导小组")
    assert not is_body_name("南关区永吉街道办事处政府")  # changchun: ……办事处 / 政府信息公开工作年度报告
    assert is_body_name("大涌镇政府") and is_body_name("交口县人民政府")
    assert not is_body_name("静海区法治政府")  # 2020年静海区法治政府建设情况报告 (www.tjjh.gov.cn): an aim, not a government
    assert not is_body_name("人代会")  # a congress's session (www.dfrd.js.cn)


def test_the_office_in_a_byline_is_the_longest_body_before_a_position():
    from archive.metadata.units import unit_from_byline

    assert unit_from_byline("市人大常委会秘书长 赵 英") == "市人大常委会"  # www.zzrd.gov.cn, not 市人大 before 常委
    assert unit_from_byline("国务院新闻办公室主任 王晨") == "国务院新闻办公室"
    assert unit_from_byline("珠海市人大常委会常务副主任 陈英") == "珠海市人大常委会"  # zh.focus.cn: 常务 opens the office


def test_a_report_whose_share_prompt_stands_between_title_and_byline_still_has_its_speaker_and_salutation():
    found = corpus_meta("focus-zh-zhuhai-renda-changweihui-gongzuo-baogao-2021")  # 扫一扫…… / 更加方便分享给朋友 / ……常务副主任 陈英
    assert (found.speaker, found.unit) == ("陈英", "珠海市人大常委会")
    assert corpus_clean("focus-zh-zhuhai-renda-changweihui-gongzuo-baogao-2021").blocks[0].text == "各位代表:"


@pytest.mark.parametrize(
    "title, unit",
    [
        ("2021年余姚市人民代表大会常务委员会工作报告", "余姚市人民代表大会常务委员会"),  # rd.yy.gov.cn
        ("东风汽车集团有限公司2020年新春贺辞", "东风汽车集团有限公司"),  # www.kqbev.com
        ("红河州数据发展中心2024年度项目支出绩效单位自评报告", "红河州数据发展中心"),  # www.hh.gov.cn
        ("镇巴县人民政府工作规则", "镇巴县人民政府"),
        ("社区党支部书记2020年述职报告", None),
        ("臺中市政府文書處理作業要點", "臺中市政府"),  # lawsearch.taichung.gov.tw: not 臺中市政府文書處 (文書處|理)
        ("臺北市北投區北投國民小學校務會議實施要點", "臺北市北投區北投國民小學"),  # www.ptes.tp.edu.tw: not ……學校務會 (會|議)
        ("华中科技大学校长李培根院士演讲", "华中科技大学"),  # www.okb.net.cn: the head of the body, not ……大学校 (校|长)
        ("浙江艺术职业学院党委书记毕业典礼致辞", "浙江艺术职业学院"),  # www.yanjianggu.com: the body whose 党委书记 spoke
        ("各著名大學校長開學致辭", None),  # mlvmservice.com: each of several bodies, not one
        ("中央銀行理監事聯席會議決議", "中央銀行"),  # www.cbc.gov.tw: a Taiwan body named without a place
        ("勞工事務局在颱風、暴雨及特殊天氣情況下所採取的措施", "勞工事務局"),  # www.dsal.gov.mo
        ("運輸署公告中區贊善里臨時交通安排", "運輸署"),  # www.td.gov.hk: 公告 after the name cuts no word of it
        ("桃園縣議會第17屆第8次定期大會開幕致詞", "桃園縣議會"),  # a Taiwan county's council, after its county's name
        ("中央银行独立性研究", None),  # in Simplified script, the common noun of a mainland essay
        ("教育局召开2023年工作会议", None),  # every county's 教育局: no one body
    ],
)
def test_a_body_opening_a_title_after_its_year_or_before_the_year_of_its_text_is_the_issuer(title, unit):
    from archive.metadata.units import unit_leading_title

    assert unit_leading_title(title) == unit


@pytest.mark.parametrize("name, place", [
    ("渠务署", "香港特别行政区"),  # www.dsd.gov.hk, in Simplified script
    ("食物環境衞生署", "香港特别行政区"),
    ("勞工事務局", "澳门特别行政区"),
    ("經濟部", "台湾省"),
    ("经济部", None),  # Taiwan's bodies print Traditional script; in Simplified it is a mainland essay's word
    ("香港天文台", "香港特别行政区"),  # after its region's name, though 台 ends no organ's name
    ("臺東縣政府", "台湾省"),
    ("立法會", None),  # Hong Kong's and Macao's: not which region
    ("本港政府", None),
    ("教育局", None),
])
def test_a_hong_kong_macao_or_taiwan_body_named_without_a_mainland_place_is_placed_in_its_region(name, place):
    from archive.bodies import regional_place

    assert regional_place(name) == place


def test_a_traditional_script_notice_naming_a_regions_own_body_is_placed_in_that_region():
    found = meta("停課通知\n各位家長:\n天文台已發出八號烈風或暴風信號,本校今日停課。\n校務處\n2024年3月5日")
    assert found.place == "香港特别行政区"  # 天文台: Hong Kong's Observatory, though the notice names no place


@pytest.mark.parametrize("text, counts", [
    ("按教青局指引,由地球物理暨氣象局發出暴雨警告", {"澳门特别行政区": 2}),  # www.fuluen.edu.mo: after 按 and 由
    ("北京教育考試院機關團支部", {}),  # the end of a mainland body's name, not Taiwan's 考試院
    ("黨辦院辦法務部、門診部", {}),  # a hospital's legal office (www.www9948x.com), not Taiwan's ministry
    ("依据内政部营建署委托", {}),  # Taiwan's bodies print Traditional script
    ("依據內政部營建署委託", {"台湾省": 1}),
])
def test_a_regions_own_bodies_are_counted_where_a_sentence_names_them(text, counts):
    from archive.bodies import regional_bodies_named
    assert regional_bodies_named(text) == counts


def test_a_regional_departments_notice_has_the_department_as_issuer_and_its_region_as_place():
    found = corpus_meta("td-gov-hk-zhongqu-zanshanli-linshi-jiaotong-gonggao-2024")  # 運輸署公告中區贊善里臨時交通安排
    assert (found.unit, found.place) == ("運輸署", "香港特别行政区")


@pytest.mark.parametrize(
    "body, place",
    [
        ("红河州数据发展中心", "云南省红河哈尼族彝族自治州"),  # www.hh.gov.cn
        ("维西县纪委监委", "云南省迪庆藏族自治州维西傈僳族自治县"),  # dqzjw.gov.cn
        ("黔东南州人民政府", "贵州省黔东南苗族侗族自治州"),
        ("湘西自治州人大常委会法工委", "湖南省湘西土家族苗族自治州"),  # www.hnxxrd.gov.cn
        ("广西自治区商务厅", "广西壮族自治区"),  # www.chinacir.com
    ],
)
def test_an_autonomous_division_named_by_its_short_name_is_placed(body, place):
    from archive.gazetteer import place_of

    assert place_of(body) == place


def test_a_speech_title_naming_the_year_of_its_occasion_dates_the_speech_to_that_year():
    found = meta("市委书记在2025年全市三级干部大会上的讲话\n同志们:\n今天召开全市三级干部大会,主要任务是总结去年工作。")  # laowenmi.com
    assert (found.date, found.date_kind) == ("2025", "讲话")


@pytest.mark.parametrize("name, year", [
    ("qz26-daxue-xiaozhang-2017-biye-dianli-jianghua", "2017"),  # 大学校长在2017毕业典礼上的讲话
    ("jsycsy-2017-xinchun-zhici", "2017"),  # 2017年新春致辞
    ("sec-tainan-laiqingde-suimo-guangbo-2015", "2015"),  # 2015年賴清德市長對市府同仁歲末廣播
])
def test_a_speech_title_naming_the_year_of_its_occasion_or_season_dates_the_speech(name, year):
    assert corpus_meta(name).date == year


def test_a_year_a_site_put_in_a_speech_title_or_a_year_reported_on_is_no_date():
    assert meta("2021年党课讲稿范文:当好党支部书记\n同志们:\n今天和大家谈谈怎样当好党支部书记。").date is None  # m.wenke99.com
    assert meta("在2023年度总结表彰大会上的讲话\n同志们:\n今天我们召开总结表彰大会。").date is None
    assert meta("在2016级研究生开学典礼上的讲话\n同学们:\n今天我们在这里举行开学典礼。").date is None  # a class's year (chazidian.com)


def test_a_taiwan_county_body_is_placed_in_taiwan_as_gb_t_2260_lists_it():
    from archive.gazetteer import place_of

    assert place_of("雲林縣政府") == "台湾省"  # www.yunlin.gov.tw: GB/T 2260 lists no division under 台湾省
    assert place_of("余姚市人民政府") == "浙江省宁波市余姚市"


def test_a_promulgation_date_printed_as_eight_digits_dates_a_law():
    found = meta("江苏省《国家行政机关公文处理办法》实施细则\n【颁布单位】 江苏省政府\n【颁布日期】 19891016\n第一条 为做好公文处理工作,制定本实施细则。")  # www.cgcq.net
    assert (found.date, found.date_kind, found.unit) == ("1989-10-16", "通过", "江苏省政府")


def test_an_office_named_with_chu_is_a_body():
    from archive.bodies import is_body_name

    assert is_body_name("教务处")  # jwc.xjtu.edu.cn signs its holiday notice 教务处
    assert not is_body_name("关于做好中秋节放假的通知")


def test_the_issuer_before_a_quoted_title_is_the_unit():
    from archive.metadata.units import unit_from_title

    assert unit_from_title("最高人民法院《关于来信来访中不服人民法院判决的申诉案件应按审级处理的通知》的通知") == "最高人民法院"  # xsba.vip


def test_the_body_adopting_a_law_is_read_from_a_traditional_note():
    from archive.metadata.units import unit_from_law_notes

    note = "(1992年10月24日安徽省第七屆人民代表大會常務委員會第三十三次會議通過)"  # mzt333.com
    assert unit_from_law_notes((note,)) == "安徽省第七屆人民代表大會常務委員會"


@pytest.mark.parametrize("opening", ["主任、各位副主任、各位委员:", "亲爱的同学们:", "各位领导:"])
def test_a_text_addressing_its_hearers_is_a_speech(opening):
    assert find_genre(None, None, None, [opening, "今天我们在这里隆重集会。"]) == "讲话"  # www.zzrd.gov.cn; www.upkao.com


def test_a_notices_addressees_are_no_hearers():
    assert find_genre(None, None, None, ["各乡镇人民政府,县政府各部门:", "经县政府同意,现将有关事项明确如下。"]) == "通知"


def test_an_office_in_traditional_script_is_read_from_a_byline():
    from archive.metadata.units import unit_from_byline

    assert unit_from_byline("中國全國人大常委會委員長 吳邦國") == "中國全國人大常委會"  # nakedoat.com


def test_a_speech_in_traditional_script_is_a_speech():
    assert find_genre(None, None, None, ["同志們:", "剛才,書記作了重要講話。"]) == "讲话"


def test_a_headline_about_holding_a_meeting_is_not_a_body_name():
    from archive.bodies import is_body_name

    assert not is_body_name("县委书记申文霞主持召开县委常委(扩大)会")  # www.fcwmw.cn news headline
    assert is_body_name("县委常委会")


def test_a_traditional_script_notice_naming_hong_kong_only_is_placed_in_hong_kong():
    found = meta("運輸署公告\n各位市民:\n香港仔道將於下星期封閉,市民請改乘其他交通工具。\n運輸署\n2024年3月5日")
    assert found.place == "香港特别行政区"


def test_a_traditional_script_notice_naming_two_regions_gets_no_place():
    found = meta("渡輪服務公告\n各位市民:\n往來香港與澳門的渡輪將暫停,市民請改乘其他交通工具。\n辦公室\n2024年3月5日")
    assert found.place is None  # (運輸署 as the issuer would place it: Hong Kong's, named without a place)


def test_a_simplified_script_text_mentioning_hong_kong_is_not_placed_there():
    found = meta("关于组织赴港交流的通知\n各单位:\n请做好赴香港交流的准备工作。\n办公室\n2024年3月5日")
    assert found.place is None


def test_a_three_digit_republic_year_places_a_notice_in_taiwan():
    # hike.taiwan.gov.tw: 公告自107年9月29日中午12時起……
    found = meta("玉管處公告\n主旨:公告自107年9月29日中午12時起至10月2日上午5時止,禁止進入本園生態保護區。\n依據:國家公園法。")
    assert found.place == "台湾省"


def test_the_date_under_a_cover_letter_dates_a_notice_whose_end_the_copy_lacks():
    # kqyc.com (dev half): an excerpt of 关于印发……预案的通知, cut off inside the attached plan
    found = meta("\n".join([
        "修水县人民政府办公室关于印发修水县处置重大森林火灾应急预案的通知",
        "各乡镇人民政府,县政府各部门:",
        "《修水县处置重大森林火灾应急预案》已经县人民政府同意,现印发给你们,请认真组织实施。",
        "二〇〇八年四月三日",
        "修水县处置重大森林火灾应急预案",
        "为切实做好重大森林火灾的应急处置工作,制定本预案。",
        "一、适用范围",
        "本预案适用于修水县行政区域内发生的重大",
    ]))
    assert (found.date, found.date_kind) == ("2008-04-03", "成文")


def test_a_signature_and_date_run_into_a_flattened_text_date_it():
    # chddh.com (dev half)
    found = meta("\n".join([
        "双凤乡人民政府关于修订印发《双凤乡突发性地质灾害应急预案(试行)》的通知",
        "各村、乡属各部门:新修订的应急预案已经乡人民政府同意,现印发给你们,请认真遵照执行。 邵东市双凤乡人民政府 2022 年 2 月 27 日 -1- 双凤乡突发性地质灾害应急预案(试行)",
    ]))
    assert (found.date, found.date_kind) == ("2022-02-27", "成文")


def test_a_date_inside_a_sentence_after_a_body_name_is_not_a_signature():
    # bo.io.gov.mo (dev half): ……市政署市政管理委員會於二零二三年八月四日決議
    found = meta("\n".join([
        "為市政署轄下地點設置自助售賣機",
        "現就設置自助售賣機進行公開諮詢。市政署市政管理委員會於二零二三年八月四日決議開展諮詢。",
        "有意競投者可於辦公時間內索取有關諮詢章程。",
    ]))
    assert found.date is None


def test_a_working_group_named_for_its_work_is_an_issuer():
    # www.crsrw.com (dev half): ……疫情工作領導小組辦公室關於……的通知
    found = meta("保定市清苑區應對新冠肺炎疫情工作領導小組辦公室關於3月3日停止國營廟會的通知\n各鄉鎮:\n經研究決定,停止廟會。")
    assert found.unit == "保定市清苑區應對新冠肺炎疫情工作領導小組辦公室"


def test_a_presidential_order_number_with_its_session_is_the_doc_number():
    # law633.infoeach.com (dev half)
    found = meta("\n".join([
        "中华人民共和国国家通用语言文字法", "中华人民共和国主席令(九届第37号)",
        "《中华人民共和国国家通用语言文字法》已由全国人民代表大会常务委员会第十八次会议于2000年10月31日通过,现予公布,自2001年1月1日起施行。",
        "第一条 为推动国家通用语言文字的规范化、标准化,制定本法。",
    ]))
    assert found.doc_number == "中华人民共和国主席令(九届第37号)"


def test_the_date_under_a_promulgating_order_dates_the_text_it_promulgates():
    # law823.infoeach.com (dev half): the order, its date, then the decision with its own title
    found = meta("\n".join([
        "广州市人民政府令第5号",
        "《广州市人民政府关于修改〈广州市行政规范性文件管理规定〉的决定》已经市政府常务会议讨论通过,现予公布,自2006年1月1日起施行。",
        "二○○五年十一月二十九日",
        "广州市人民政府关于修改《广州市行政规范性文件管理规定》的决定",
        "广州市人民政府决定对《广州市行政规范性文件管理规定》作如下修改:",
        "一、第三条修改为:本规定所称行政规范性文件,是指市人民政府制定的文件。",
    ]))
    assert (found.date, found.date_kind) == ("2005-11-29", "通过")


def test_an_office_ending_on_the_first_character_of_a_name_leaves_the_name_whole():
    # jlgjxh.com.cn (dev half): ——华东师范大学校长陈群在……上的讲话
    found = meta("师大“范”是母校所能给予最好的馈赠\n——华东师范大学校长陈群在2014届毕业典礼上的讲话\n亲爱的2014届毕业生同学们:\n大家上午好!")
    assert (found.speaker, found.unit) == ("陈群", "华东师范大学")


def test_a_headline_that_says_a_meeting_was_held_makes_a_news_report():
    # wxy.hebeinu.edu.cn (dev half)
    found = meta("文学院召开党委(扩大)会议部署新学期党建工作\n8月29 日下午,文学院在东校区C305召开党委(扩大)会议,安排部署新学期党建工作。")
    assert found.genre == "新闻报道"


def test_a_notice_convening_a_meeting_is_a_notice_not_a_report():
    found = meta("关于召开全县安全生产工作会议的通知\n各乡镇:\n经研究,定于5月6日召开全县安全生产工作会议。\n特此通知。")
    assert found.genre == "通知"


def test_a_speech_at_an_opening_is_a_speech_not_a_report():
    found = meta("在全县人大会议开幕式上的讲话\n各位代表:\n今天,大会隆重开幕了。")
    assert found.genre == "讲话"


def test_the_body_signing_a_cover_letter_is_the_unit_when_the_copy_lacks_the_title():
    # www.fjmx.gov.cn (dev half): the portal's table, the cover letter, then the plan it issues
    found = meta("\n".join([
        "经县政府同意,现将《明溪县防洪防台风应急预案(修订)》印发给你们,请认真贯彻执行。2012年9月印发的《明溪县防洪防台风应急预案》(明政办〔2012〕116号)同时废止。",
        "明溪县人民政府办公室", "2018年3月16日", "(此件主动公开)", "明溪县防洪防台风应急预案", "(2018年修订)", "目 录",
        "1总则…………………………1", "1.1编制目的…………………………1",
    ]))
    assert (found.unit, found.place, found.date) == ("明溪县人民政府办公室", "福建省三明市明溪县", "2018-03-16")


def test_a_title_ending_with_the_variant_zhici_is_a_congratulatory_speech():
    assert find_genre("迎春联谊会致词", None) == "致辞"


def test_an_issuers_name_wrapped_over_two_signature_lines_is_read_whole():
    # jwbk.com (dev half)
    found = meta("\n".join([
        "关于加强新型冠状病毒肺炎疫情防控工作的通告", "近期,国内疫情形势异常严峻,现将有关事项通告如下。", "一、严格落实防控措施。",
        "特此通告。", "天台县新型冠状病毒肺炎", "疫情防控指挥部", "2022年3月23日",
    ]))
    assert found.unit == "天台县新型冠状病毒肺炎疫情防控指挥部"


def test_a_closing_formula_above_the_signature_is_not_part_of_the_issuers_name():
    found = meta("腰山镇人民政府关于取消庙会的通告\n为做好疫情防控工作,现决定取消庙会。\n特此通告\n腰山镇人民政府\n2020年1月25日")
    assert found.unit == "腰山镇人民政府"


def test_the_genre_word_a_title_ends_with_outranks_a_genre_named_inside_it():
    assert find_genre("关于继续深入开展“我来讲党课”活动的通知", None) == "通知"
    assert find_genre("2023年专题党课:坚定理想信念", None) == "讲课稿"


def test_the_genre_a_title_declares_before_its_colon_is_its_genre():
    assert find_genre("创先争优调研论文:开展创先争优活动的几点思考", None) == "调研报告"


def test_a_university_named_at_the_head_of_its_rules_is_the_unit():
    found = meta("清华大学规章制度管理办法\n第一条 为规范学校规章制度的管理,制定本办法。\n第二条 本办法适用于学校各单位。")
    assert found.unit == "清华大学"


def test_a_university_a_title_reports_on_is_not_the_unit():
    found = meta("武汉大学违规同城吃请被通报\n近期,省纪委通报了一批违反中央八项规定精神的问题。")
    assert found.unit is None


def test_the_university_hosting_the_occasion_of_a_speech_is_the_unit():
    found = meta("永远做合格的南开毕业研究生\n——在南开大学硕士研究生毕业典礼上的讲话\n亲爱的同学们:\n今天我们在这里隆重集会。")
    assert found.unit == "南开大学"


def test_a_rules_heading_in_a_set_of_rules_names_no_speaker():
    assert from_byline("晨检制度") is None  # under 幼儿园管理制度 (zuowen.c321.cn)


def test_an_office_and_a_spaced_out_name_under_the_occasion_names_the_speaker():
    assert corpus_meta("moxiqu-jinyun-2003-zhengfu-gongzuo-baogao").speaker == "武昌"  # 缙云县人民政府县长 & 武 昌


def test_a_reporters_credit_under_the_headline_names_no_speaker_and_makes_a_news_report():
    # 本报记者谭卫平 / 通讯员鲁来顺报道 above a report on 述职报告 (tests/corpus/taosugar-beijing-shuzhi-baogao-qieji-gongzuo-baogao.txt)
    assert from_byline("通讯员鲁来顺报道") is None
    meta = extract(clean("述职报告要求切忌写成工作报告\n通讯员鲁来顺报道\n北京市副市长今年将向市人大常委会述职,记者昨天从市人大常委会获悉,今年对述职报告提出了新的要求。"), today=TODAY)
    assert (meta.speaker, meta.genre) == (None, "新闻报道")


def test_a_byline_giving_the_name_then_the_office_names_speaker_and_unit():
    # www.hkma.gov.hk (dev half): 風眼 / 演講辭 / 1998年03月11日 / 風眼 / 任志剛, 香港金融管理局總裁
    found = meta("\n".join(["風眼", "演講辭", "1998年03月11日", "風眼", "任志剛, 香港金融管理局總裁", "1. 在主權移交前的過渡期,經常有人會問1997年以後會怎樣。"]))
    assert (found.title, found.speaker, found.unit, found.date) == ("風眼", "任志剛", "香港金融管理局", "1998-03-11")


def test_names_with_zhi_are_names():
    from archive.names import plausible_name
    assert plausible_name("任志剛") and plausible_name("李志强")
    assert not plausible_name("同志们")


def test_a_congress_standing_committee_in_a_byline_is_the_unit_whole():
    found = meta("\n".join([
        "宁夏回族自治区人民代表大会常务委员会议事规则", "宁夏回族自治区人大常委会",
        "(2011年5月27日宁夏回族自治区第十届人民代表大会常务委员会第二十四次会议修订通过)", "第一条 为了规范常务委员会的议事活动,制定本规则。",
    ]))
    assert found.unit in ("宁夏回族自治区人大常委会", "宁夏回族自治区人民代表大会常务委员会")


def test_a_title_naming_its_rules_does_not_make_half_a_genre_word_an_office():
    found = meta("甘州区村级干部管理办法(试行)\n第一章总则\n第一条为规范村级干部管理,制定本办法。")
    assert found.unit is None and found.genre == "办法"


def test_a_speech_reprinted_under_a_news_note_is_a_speech_by_the_one_the_note_names():
    # crntt.com (dev half)
    found = meta("\n".join([
        "10月31日,國務院總理溫家寶出席中國2010年上海世博會高峰論壇開幕式并發表主旨演講。本次高峰論壇在世博中心舉行。以下是主旨演講全文:",
        "尊敬的各位來賓,女士們、先生們:", "舉世矚目的上海世博會即將落下帷幕。",
    ]))
    assert (found.genre, found.speaker) == ("讲话", "溫家寶")


def test_the_speaker_a_news_line_announces_is_read_after_the_last_office():
    from archive.metadata.speakers import from_announcement
    assert from_announcement("中共中央总书记、国家主席、中央军委主席习近平发表重要讲话") == "习近平"
    assert from_announcement("会议传达了上级精神") is None


def test_a_lede_that_names_the_subject_before_the_day_makes_a_news_report():
    assert find_genre(None, None, paragraphs=["嘉義縣政府今(3)日在府前舉辦新春團拜,縣議長共同出席互道新年恭喜。"]) == "新闻报道"
    assert find_genre(None, None, paragraphs=["今日是香港回歸28周年,灣仔金紫荊廣場舉行升旗儀式。"]) == "新闻报道"


def test_a_notice_that_opens_with_today_is_not_a_report():
    assert find_genre(None, None, paragraphs=["今天起,全县各单位要做好防汛准备工作。"]) is None


def test_a_local_text_whose_issuer_is_not_printed_is_placed_by_the_place_its_title_opens_with():
    found = meta("汕尾市制定地方性法规条例\n第一条 为了规范地方性法规制定活动,制定本条例。")
    assert found.place == "广东省汕尾市"


def test_a_news_report_is_not_placed_by_its_headline():
    found = meta("汕尾市召开防汛工作会议\n3月5日,汕尾市召开防汛工作会议。会议强调,要做好防汛准备。会议要求,各地压实责任。")
    assert found.place is None


def test_a_news_reports_headline_does_not_name_its_issuer():
    found = meta("应城市杨河镇科学精准部署秸秆禁烧工作\n8月22日,杨河镇召开秸秆禁烧工作会议。会议强调,要压实责任。会议要求,各村加强巡查。")
    assert found.genre == "新闻报道" and found.unit is None


def test_a_mainland_text_in_traditional_script_mentioning_hong_kong_is_not_placed_there():
    found = meta("學習體會\n北京教育考試院組織學習,大家表示要學習香港回歸以來的經驗,做好北京市的考試工作。")
    assert found.place != "香港特别行政区"


def test_a_central_bodys_text_is_not_placed_by_the_city_its_title_opens_with():
    found = meta("北京市冬奥会场馆建设工作方案\n为做好冬奥会场馆建设工作,制定本方案。\n一、总体要求。\n国务院办公厅\n2017年5月6日")
    assert (found.unit, found.place) == ("国务院办公厅", None)


def test_a_name_never_ends_in_or_one_character_into_a_word_that_only_looks_like_a_suffix():
    from archive.bodies import bodies_in, is_body_name
    assert not is_body_name("应城市杨河镇科学精准部署")
    assert bodies_in("庐江县国民经济和社会发展第十四个五年规划") == []
    assert bodies_in("中国社会科学院") == ["中国社会科学院"]
    assert not is_body_name("南阳市第二人民医院住院")  # ……住院须知 (www.medtranslation.cn): a stay, not a body
    assert not is_body_name("争做乌苏里奉献先锋建设成熟健康和谐社区")  # a community's aim (www.cepb.cn)
    assert is_body_name("鸿山街道鸿泰苑第二社区")  # a community signing its 告居民书 (m.qebk.com)


@pytest.mark.parametrize("line, body", [
    ("何明華會督銀禧中學校長", "何明華會督銀禧中學"),  # bhjsalumni.com: the school whose principal signs, not ……中學校
    ("华中科技大学校长", "华中科技大学"),
    ("中共余姚市委宣传部长", "中共余姚市委宣传部"),  # 宣传 names no body: the 部 is the department's
    ("西华大学党委书记", "西华大学党委"),
])
def test_a_signers_body_ends_where_the_position_after_it_begins(line, body):
    from archive.bodies import bodies_in
    assert bodies_in(line) == [body]


@pytest.mark.parametrize("names, first", [
    ("中共中央辦公廳國務院辦公廳", "中共中央辦公廳"),  # hujun: a central organ opens the second name
    ("中央机构编制委员会办公室中华人民共和国监察部", "中央机构编制委员会办公室"),  # law.infoeach.com
    ("中共罗武庄乡委员会罗武庄乡人民政府", "中共罗武庄乡委员会"),  # www.ynnh.gov.cn: the committee's own township again
    ("中共中央组织部民政部", "中共中央组织部"),  # www.fabao365.com: a ministry after a ministry
    ("财政部国家税务总局", "财政部"),
])
def test_joint_issuers_glued_together_are_told_apart(names, first):
    from archive.bodies import bodies_in
    assert bodies_in(names)[0] == first and "".join(bodies_in(names)) == names


def test_co_issuers_side_by_side_under_a_title_give_the_first_as_the_unit():
    assert corpus_meta("wanzai-tongjiju-2022-tongji-gongbao").unit == "万载县统计局"  # 万载县统计局    国家统计局万载调查队


def test_a_list_of_related_items_with_their_dates_above_the_text_is_chrome():
    raw = read_source(CORPUS / "wanzai-tongjiju-2022-tongji-gongbao.html")  # 关联稿件： / 图文解读：《……》 / 2023-07-12
    text = clean(raw.text, raw.title_hints)
    assert text.blocks[0].text.startswith("2022年，万载全县上下") and "图文解读：《万载县2022年国民经济和社会发展统计公报》" in text.removed


def test_a_body_in_brackets_under_the_text_signs_it():
    assert corpus_meta("wanzai-tongjiju-2015-tongji-gongbao").unit == "万载县统计局"  # (万载县统计局) under a communiqué


@pytest.mark.parametrize("title, genre", [
    ("2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)", "致辞"),  # www.doj.gov.hk
    ("承擔對於台灣的責任-中常會蘇貞昌主席致詞稿", "致辞"),  # www.dpp.org.tw
    ("对台办创先争优工作讲课稿", "讲课稿"),  # a genre that itself ends with 稿 keeps it
    ("××村村民自治章程示范文本", "章程"),  # yuan0.cn: a model for villages to follow
])
def test_the_genre_is_read_before_a_mark_of_the_copy(title, genre):
    assert find_genre(title, None) == genre


def test_a_speech_dated_before_its_title_and_addressed_to_a_list_of_guests():
    found = corpus_meta("doj-hk-zhengruohua-falv-niandu-kaiqi-zhici-2019")  # 2019年1月14日(星期一) 2019年法律年度開啓典禮……致辭全文 / 終審法院首席法官、……:
    assert found.title == "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)"
    assert found.date == "2019-01-14" and found.genre == "致辞"


def test_a_police_detachment_over_its_notices_title_is_its_issuer():
    found = corpus_meta("0561fc-zhangzhou-xuntejing-jingwu-yanlian-tonggao-2022")  # 漳州市公安局巡特警支队 / 关于开展警务演练的通告
    assert (found.title, found.unit) == ("漳州市公安局巡特警支队关于开展警务演练的通告", "漳州市公安局巡特警支队")


def test_a_release_dated_in_figures_glued_before_its_headline_is_dated_so():
    found = corpus_meta("urbanscapetw-xingzhengyuan-zengwen-shuiku-50-2023")  # 2023-10-29出席曾文水庫50週年慶…… under a blog's 2023年10月30日
    assert found.title.startswith("出席曾文水庫50週年慶") and found.date == "2023-10-29"


def test_joint_issuers_set_apart_by_a_space_in_a_title_give_the_first_as_unit():
    from archive.metadata.units import unit_from_title
    assert unit_from_title("旬阳县创建办 旬阳县公安局关于禁止燃放烟花爆竹倡议书") == "旬阳县创建办"  # gaj.ankang.gov.cn
    assert unit_from_title("中共庄浪县委办公室 庄浪县人民政府办公室关于印发《庄浪县创建省级文明县标兵集中落实活动实施方案》的通知") == "中共庄浪县委办公室"


def test_a_portals_footer_with_its_registration_numbers_is_chrome_below_the_text():
    raw = read_source(CORPUS / "jiyuan-jiaoyunju-15-4-di035hao-jianyi-dafu-2024.txt")  # 底部栏目 / 主办:…… 电话:…… / ……ICP备……
    assert clean(raw.text, raw.title_hints).blocks[-1].text == "衷心感谢您对我市交通事业的关心和支持。"


def test_the_date_under_an_order_opening_the_text_and_its_signer_dates_the_rules():
    found = corpus_meta("infoeach733-shaanxi-zongjiao-huodong-changsuo-banfa-1994")  # 现发布…… / 省长 白清才 / 一九九四年四月十日
    assert (found.date, found.date_kind) == ("1994-04-10", "通过")


def test_a_longer_name_alone_over_a_speechs_date_is_its_speaker():
    found = meta("在“献礼70周年2019草原丝路房车文化万里行”跨境商务考察活动晚宴上的致辞\n\n  巴达日拉图\n\n  (2019年7月7日)\n\n"
                 "  尊敬的各位领导、各位来宾,同志们、朋友们:\n\n  大家晚上好!七月的正蓝旗水草丰美、百花争艳。\n")  # www.zlq.gov.cn
    assert found.speaker == "巴达日拉图" and found.date == "2019-07-07"


@pytest.mark.parametrize("lede", [
    "12月11日上午,陇南市中级人民法院院长万建军在市第五届人民代表大会第二次会议上作了《市中级人民法院工作报告》。",  # longnan.chinagscourt.gov.cn
    "10月23日,福海县人大常委会主任沙恒别克·贾那提别克、政协主席古丽努尔·阿布勒以及部分自治区、伊犁州人大代表和政协委员对福海县重大项目进展情况进行视察。",  # www.fuhaizx.com
])
def test_a_dated_lede_reporting_a_meeting_or_a_report_makes_a_news_report(lede):
    assert find_genre(None, None, paragraphs=[lede]) == "新闻报道"


def test_a_signature_dated_in_eight_digits_signs_and_dates_a_notice():
    found = corpus_meta("whxy-jiaowuchu-2022-2023-1-qimo-kaoshi-tongzhi")  # 教务处 / 20221014
    assert (found.unit, found.date, found.date_kind) == ("教务处", "2022-10-14", "成文")


def test_a_body_issuing_its_own_plan_is_the_unit_when_the_title_names_no_other():
    assert corpus_meta("wuhu-jyj-2024-gongzuo-yaodian-tongzhi").unit == "芜湖市教育局"  # 关于印发《芜湖市教育局2024年工作要点》的通知


def test_a_laboratory_signs_as_a_body():
    assert corpus_meta("szlab-2023-zhongqiu-guoqing-fangjia-tongzhi").unit == "苏州实验室"


@pytest.mark.parametrize("title, genre", [
    ("创先争优之长征精神比赛演讲稿", "演讲稿"),  # yjbys.com
    ("“三送”工作总结报告", "总结"),  # www.wuyouwenku.com
    ("乡镇2011年创先争优总结汇报", "总结"),  # nayishi.com
    ("清水镇深入开展创先争优活动进展情况汇报材料", "报告"),
])
def test_a_speech_draft_and_a_report_of_a_summary_keep_their_own_genres(title, genre):
    assert find_genre(title, None) == genre


def test_a_special_dispatch_reporting_last_nights_event_is_news():
    assert corpus_meta("acgloria-aomen-nanhai-tongxianghui-jiuzhi-2011").genre == "新闻报道"  # 【特訊】澳門南海同鄉會昨晚假……舉辦

@pytest.mark.parametrize("name", [
    "5ch-nantou-17jie-xianzhang-xuanshi-jiuzhi-2014",  # 南投縣政府今天上午,舉辦……
    "isd-sc-sheli-qianren-xingzhengzhangguan-bangongshi-2022",  # 政府今日(六月二十二日)宣布……
    "dsnews-daishan-yanguan-fenshao-jigan-2018",  # ……,近日,县城市管理局……提前部署……
])
def test_a_report_whose_lede_names_the_day_after_its_subject_is_news(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("name", [
    "dqzy-lindian-fayuan-11ci-kaifangri-2018",  # 近日,林甸县人民法 (the page's text cut off there)
    "xajdfz-shaanxi-tuanshengwei-youxiu-tuanyuan-biaozhang-2013",  # 日前,共青团陕西省委在……文件中作出了表彰……
    "zjdj-jiangshan-qianren-dahui-fazhan-dangyuan-peixun-2018",  # a pulled quote, then 近日,江山市……召开了……培训会
])
def test_a_text_opening_on_lately_or_the_other_day_is_news(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("name, genre", [
    ("yjbys-chuangxianzhengyou-changzheng-jingshen-yanjianggao", "演讲稿"),  # 创先争优之长征精神比赛演讲稿 / 近日,观看电视剧《长征》,……
    ("zyx-gov-cn-changwuhui-queding-shixiang-duchatongbao-2022", "通报"),  # ……落实情况的通报 / 近期,县政府督查室……
])
def test_an_opening_on_lately_does_not_outrank_the_genre_a_title_declares(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("name, unit", [
    ("zoucheng-tangcunzhen-2010-xinxi-gongkai-nianbao", "唐村镇"),  # 唐村镇2010年政府信息公开工作年度报告
    ("dc-jinchangzhen-2025-xinxi-gongkai-nianbao", "金厂镇"),  # 2025年金厂镇政府信息公开工作年度报告
])
def test_an_open_government_yearly_report_is_the_named_bodys_own(name, unit):
    assert corpus_meta(name).unit == unit


def test_a_yearly_report_on_a_province_names_no_body():
    from archive.metadata.units import unit_of_disclosure_report

    assert unit_of_disclosure_report("2009年度黑龙江省政府信息公开工作报告") is None  # www.hlj.gov.cn: a province, not its government
    assert unit_of_disclosure_report("宣州区医疗保障局2022年政府信息公开年度报告") == "宣州区医疗保障局"


def test_a_report_on_a_meeting_in_a_county_is_not_placed_there_by_its_headline():
    found = corpus_meta("sxxycmw-qinxian-zhengxie-14jie-5ci-dierci-quanti-huiyi")  # 政协沁县第十四届五次会议举行第二次全体会议
    assert (found.genre, found.unit, found.place) == ("新闻报道", None, None)


def test_a_reply_titled_about_a_congress_session_is_not_issued_by_the_session():
    assert corpus_meta("zhoucun-18jie-4ci-44hao-daibiao-jianyi-dafu").unit is None  # 关于对周村区第十八届人民代表大会第四次会议第44号……的答复


def test_a_press_releases_date_with_its_weekday_under_the_text_is_its_date():
    assert corpus_meta("isd-sc-sheli-qianren-xingzhengzhangguan-bangongshi-2022").date == "2022-06-22"  # 2022年6月22日(星期三)


@pytest.mark.parametrize("title, genre", [
    ("村党支部书记的先进事迹", "经验材料"),  # www.taodocs.com
    ("魏多菊同志事迹报告", "经验材料"),  # www.teniu.cc
    ("街道2021年工作总结暨2022年工作计划", "总结"),  # www.haoword.com
])
def test_accounts_of_deeds_and_a_summary_joined_to_a_plan_are_named_by_their_genre(title, genre):
    assert find_genre(title, None) == genre


def test_a_law_named_only_in_its_note_takes_that_name_and_the_notes_last_date_of_making():
    found = corpus_meta("xianning-gjj-wenming-xingwei-cujin-tiaoli-2022")  # 《……条例》2021年12月21日……通过,2022年3月31日……批准,自2022年10月1日起施行。
    assert (found.title, found.date, found.genre) == ("咸宁市文明行为促进条例", "2022-03-31", "条例")
    assert corpus_meta("pjdwzx-dongao-guanling-zizhixian-zizhi-tiaoli-1989").date == "1989-11-25"  # not the day it came into force


def test_a_speech_credited_under_its_occasion_names_speaker_office_and_genre():
    found = corpus_meta("edb-gov-hk-sunmingyang-liangshengde-zhongxue-zhici-2008")  # 教育局局長孫明揚先生致辭全文
    assert (found.speaker, found.unit, found.genre) == ("孫明揚", "教育局", "致辞")


@pytest.mark.parametrize("name, unit", [
    ("html360-shanwei-zhiding-difangxing-fagui-tiaoli-2024", "汕尾市第七届人民代表大会"),
    ("globistica-haerbin-lishi-wenhua-mingcheng-baohu-tiaoli-2020", "哈尔滨市人民代表大会常务委员会"),  # 制定机关:……; ……通过 2020年4月9日黑龙江省……批准
    ("xianning-gjj-wenming-xingwei-cujin-tiaoli-2022", "咸宁市第五届人民代表大会常务委员会"),  # ……通过,……批准,自……起施行。
])
def test_a_citys_regulation_is_its_congress_act_as_printed_not_the_province_approving_it(name, unit):
    assert corpus_meta(name).unit == unit


@pytest.mark.parametrize("name", [
    "haojiayuan-dajiyuan-jiayi-xianfu-xinchun-tuanbai-2019",  # 嘉義縣政府於2月11日上午在縣府前廣場舉辦……
    "epochtimes-b5-lugang-gongsuo-xinchun-tuanbai-2012",  # 彰化縣鹿港鎮公所31日舉行……
])
def test_a_taiwan_report_is_news_and_not_placed_by_its_calendar(name):
    found = corpus_meta(name)
    assert (found.genre, found.place) == ("新闻报道", None)


@pytest.mark.parametrize("title, genre", [
    ("区人大代表分组审议区政府工作报告和区“两院”工作报告", "新闻报道"),  # www.sxyc.gov.cn
    ("仲军代检察长向区第十七届人民代表大会第四次会议作工作报告", "新闻报道"),  # jsjc.gov.cn
    ("政府工作报告", "工作报告"),  # www.yishui.gov.cn: 工作 is no 作
])
def test_a_headline_on_a_report_heard_or_given_is_news_not_the_report(title, genre):
    assert find_genre(title, None) == genre


def test_a_text_that_opens_on_a_day_is_a_report_of_that_day():
    assert find_genre(None, None, None, ["9月16日,市人大常委会开展主任接待代表日活动,副主任路文忠接待了代表。"]) == "新闻报道"  # xxrd.gov.cn


def test_a_government_work_report_marked_as_the_full_text_is_still_the_governments():
    found = corpus_meta("yangling-qu-zhengfu-gongzuo-baogao-2010-dongshengli")  # 2010年政府工作报告(全文) / ……在杨陵区第七届人民代表大会……
    assert (found.unit, found.place) == ("杨陵区人民政府", "陕西省咸阳市杨陵区")


def test_fan_and_wen_are_surnames_and_given_names_not_marks_of_a_sample_text():
    from archive.names import plausible_name

    assert plausible_name("范永星") and plausible_name("陈新文")  # www.jccq.gov.cn; a speaker the corpus labels
    assert not plausible_name("范文")
    assert corpus_meta("jccq-gov-cn-chengqu-fanyongxing-zhengfu-gongzuo-baogao-2023").speaker == "范永星"  # 区长范永星


@pytest.mark.parametrize("title, genre", [
    ("院長施政報告", "工作报告"),  # www.ndc.gov.tw
    ("主持会议的开场白", "主持词"),  # www.gdygsk.com
    ("立法院第10屆第1會期第15次會議紀錄", "纪要"),  # lysayit
])
def test_taiwan_work_reports_minutes_and_a_chairs_opening_words_are_named(title, genre):
    assert find_genre(title, None) == genre


@pytest.mark.parametrize("name", [
    "xjwq-chagantungexiang-2020-xinxi-gongkai-nianbao",  # 本报告中统计数据期限为……
    "huian-gov-cn-weijianju-2020-xinxi-gongkai-nianbao",  # 本报告的电子版可在……下载
    "gsliangzhou-zhangyizhen-2009-xinxi-gongkai-nianbao",  # 特向社会公布2009年度本机关信息公开年度报告
])
def test_an_untitled_yearly_report_is_known_by_how_it_speaks_of_itself(name):
    assert corpus_meta(name).genre == "报告"


@pytest.mark.parametrize("name", [
    "laowenmi-shiwei-shuji-sanji-ganbu-dahui-2025",  # 市委书记在2025年全市三级干部大会上的讲话
    "zuowendang-xian-yingchun-lianyihui-zhici",  # 县区委2022年新年致词
])
def test_a_sample_texts_office_without_a_place_names_no_issuer(name):
    assert corpus_meta(name).unit is None


@pytest.mark.parametrize("line", ["目 錄", "目錄", "列印圖示", "園地"])
def test_a_contents_heading_or_a_pages_button_is_never_a_speaker(line):
    from archive.metadata.speakers import from_byline

    assert from_byline(line) is None


@pytest.mark.parametrize("title, speaker", [
    ("刘玉村院长在新门诊楼落成典礼上的讲话", "刘玉村"),  # www.iiyiyi.com
    ("政府县长周峰在涞源县“脱贫攻坚先进典型”表彰暨“脱贫攻坚决战年”动员大会上的主持词", "周峰"),  # laiyuan
    ("县委书记在全县脱贫攻坚暨决胜摘帽“冲刺200天”行动誓师大会上的讲话", None),  # 7rdy: an office, no name
])
def test_a_speaker_is_named_in_a_title_with_the_office_before_or_after_the_name(title, speaker):
    from archive.metadata.speakers import from_title

    assert from_title(title) == speaker


def test_a_term_before_a_bare_body_in_a_note_is_no_part_of_its_name():
    from archive.metadata.units import unit_from_law_notes

    assert unit_from_law_notes(("(2021年4月13日第五届区政府第六十三次常务会议通过)",)) == "区政府"  # www.kongtong.gov.cn
    assert unit_from_law_notes(("(2010年7月30日大连市第十四届人民代表大会常务委员会第十七次会议通过)",)) == "大连市第十四届人民代表大会常务委员会"


@pytest.mark.parametrize("name", [
    "qzqjjjc-qinzhouqu-diliulun-xuncha-fankui-2021",  # 秦州区集中开展八届区委第六轮巡察反馈工作
    "jlncb-jiutai-qitamuzhen-cun-dangzhibu-gaizao-tisheng-2021",  # 九台区其塔木镇大力推进村党支部改造提升工程
    "longyao-shuiwuju-hezhangzhi-hehu-jingzhangzhi-2021",  # 水务局严格落实“河长制”“河湖警长制”
    "ghgregistry-moenv-tw-pancha-denglu-tixing-2024",  # 環境部提醒事業於4月30日前完成……
])
def test_a_headline_whose_place_or_body_acts_is_a_news_report(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("title", ["开展中央八项规定精神学习教育\"回头看\"自查问题清单", "万众一心 爬坡上行 开创推进“两个加快”新局面"])  # corpus titles: a list, a speech
def test_an_action_without_a_subject_is_no_headline(title):
    assert find_genre(title, None) is None


def test_a_long_note_in_brackets_under_a_laws_name_gives_its_latest_act_and_its_adopting_body():
    meta = corpus_meta("66zhonglv-suzhou-yangquan-guanli-tiaoli-2022")  # a 248-character note of four acts and a 决定
    assert (meta.date, meta.unit) == ("2022-07-29", "苏州市第十七届人民代表大会常务委员会")  # the body of the last act it names


def test_a_work_summary_without_its_title_is_a_summary_by_its_announcing_formula():
    assert corpus_meta("63jd-zhen-jinnian-yilai-gongzuo-zongjie").genre == "总结"  # 现将今年以来工作总结如下:


def test_a_tonggao_without_its_title_is_known_by_xianjiang_tonggao_ruxia():
    assert corpus_meta("o6s1-yiji-xiangying-jinzhi-qunti-jucan-tonggao-2020").genre == "通告"  # 現(xiàn)將有關(guān)事項(xiàng)通告如下


@pytest.mark.parametrize("name, place", [
    ("enb-gov-hk-huanjingju-juzhang-huanyingci", "香港特别行政区"),  # 本港
    ("gov-mo-laogongju-taifeng-chuqin-paka", "澳门特别行政区"),  # 本澳
    ("gsef-gov-mo-2017-10-waihui-chubei-aohui-zhishu", "澳门特别行政区"),  # Simplified: 澳门特别行政区的外汇储备
])
def test_a_hong_kong_or_macao_body_is_placed_by_its_own_words_for_its_territory(name, place):
    assert corpus_meta(name).place == place


def test_a_signatures_date_pushed_right_by_spaces_lost_as_question_marks_is_the_date():
    assert corpus_meta("www9948x-yiyuan-2024-zhongqiu-fangjia-tongzhi").date == "2024-08-19"  # 84 × ? before 2024年8月19日


@pytest.mark.parametrize("name, date", [
    ("xibaipo-huangping-xianwei-wuhao-dangzuzhi-biaozhang-2015", "2015-07-02"),  # 中红网贵州黄平2015年7月2日电(廖尚刚)
    ("epochtimes-b5-lugang-gongsuo-xinchun-tuanbai-2012", "2012-01-31"),  # 【大紀元2012年01月31日訊】
])
def test_a_reports_dated_dateline_gives_its_date(name, date):
    meta = corpus_meta(name)
    assert (meta.date, meta.date_kind) == (date, "发布")


@pytest.mark.parametrize("name, unit", [
    ("shishi-shizhengfu-bangongshi-2025-xinxi-gongkai-nianbao", "石狮市人民政府办公室"),  # 本年度报告由石狮市人民政府办公室根据……
    ("zhangzhou-sifaju-2021-xinxi-gongkai-nianbao", "漳州市司法局"),  # 现编制形成《漳州市司法局2021年政府信息公开工作年度报告》
    ("zhangzhou-sifaju-2023-xinxi-gongkai-nianbao", "漳州市司法局"),
    ("shuozhou-tongjiju-2019-xinxi-gongkai-niandu-baogao", "朔州市统计局"),  # 本报告根据……要求,由朔州市统计局编制
    ("hlx-shichang-jianguanju-2022-xinxi-gongkai-niandu-baogao", "黄龙县市场监督管理局"),  # ……局结合单位实际,编制本单位……年度报告
])
def test_a_disclosure_report_without_its_title_names_its_compiler_and_its_genre_in_its_opening(name, unit):
    meta = corpus_meta(name)
    assert (meta.title, meta.unit, meta.genre) == (None, unit, "报告")


@pytest.mark.parametrize("name, unit", [
    ("zgq-shuidongzhen-2019-xinxi-gongkai-niandu-baogao", "章贡区人民政府水东镇办公室"),  # 如对报告有任何疑问,请与……办公室联系
    ("huian-gov-cn-weijianju-2020-xinxi-gongkai-nianbao", "惠安县卫生健康局"),  # a bureau's office answers for the bureau
])
def test_a_disclosure_report_naming_no_compiler_is_the_office_its_readers_are_asked_to_contact(name, unit):
    assert corpus_meta(name).unit == unit


@pytest.mark.parametrize("name, title", [
    ("tongchuan-gov-cn-zhengfuling-1-senlin-fanghuo-jieyan-2024", "铜川市人民政府令第1号"),
    ("zenchang-tongchuan-zhengfuling-1-senlin-fanghuo-jieyan-2019", "銅川市人民政府令第1號"),
])
def test_an_order_titled_by_its_name_and_number_alone_is_a_titled_order(name, title):
    meta = corpus_meta(name)
    assert (meta.title, meta.genre) == (title, "命令")


def test_a_traffic_police_brigade_is_a_body_and_a_notices_number_may_lack_its_nian():
    assert corpus_meta("axnews-anxiang-shangdongmenjie-jiaotong-guanzhi-tonggao-2024").unit == "安乡县公安局交通警察大队"
    assert corpus_meta("zbxww-zhenping-yiqing-zhihuibu-tonggao-2021-8").doc_number == "2021第8号"  # (2021第8号)


@pytest.mark.parametrize("name", ["kds100-jishui-2021-xianzhi-gongkai-linxuan-gonggao", "zglinxuan-xishuangbanna-sifaju-gongkai-linxuan-gonggao"])
def test_a_gonggao_without_its_title_is_known_by_xianjiang_gonggao_ruxia(name):
    assert corpus_meta(name).genre == "公告"  # 现将有关事项(事宜)公告如下


def test_a_headline_saying_a_text_was_issued_is_a_news_report():
    assert corpus_meta("btbu-xuexiao-chuangxianzhengyou-gongzuo-anpai-2010").genre == "新闻报道"  # ……学校下一阶段创先争优活动工作安排出台


@pytest.mark.parametrize("name, date", [
    ("udn-liqiang-zhengfu-gongzuo-baogao-shetai-2026", "2026-03-05"),  # " date 2026-03-05 快訊"
    ("taiwannews-ershida-bimu-zhongyang-weiyuan-2022", "2022-10"),  # " date 2022-10 (台灣英文新聞 / ……"
])
def test_the_date_a_store_of_pages_records_before_the_first_line_is_the_pages_date(name, date):
    assert corpus_meta(name).date == date


def test_a_text_opening_buji_qian_then_a_meeting_is_a_news_report():
    assert corpus_meta("dhcdi-quanzhou-jingshi-jiaoyu-yian-sishuo-2024").genre == "新闻报道"  # 不久前,泉州市惠安县召开警示教育大会


def test_an_order_number_in_a_laws_note_does_not_take_the_day_of_the_date_before_it():
    assert corpus_meta("cnpre-guangxi-jiguan-shiwu-guanli-banfa-2017").doc_number == "广西壮族自治区人民政府令第119号"  # ……2017年10月27日广西壮族自治区人民政府令第119号


@pytest.mark.parametrize("name, date", [
    ("kmc-ebook-jilong-shiyihui-chenmingjian-zongzhixun-2019", "2019-05-27"),  # 日期:108 年 5 月 27 日
    ("hl-gov-tw-hualien-fazhi-zuoye-yaodian-2023", "2023-02-15"),
])
def test_a_page_stamps_republic_of_china_date_written_out_is_the_pages_date(name, date):
    assert corpus_meta(name).date == date


@pytest.mark.parametrize("name, speaker, date", [
    # 在全市教育工作座谈会上的讲话(2011年11月3日 根据录音整理)刘和平同志们: 今天召开…… on one line
    ("dajudeng-liuheping-quanshi-jiaoyu-zuotanhui-jianghua-2011", "刘和平", "2011-11-03"),
])
def test_a_speakers_byline_run_into_the_salutation_gives_the_speaker_and_the_day(name, speaker, date):
    found = corpus_meta(name)
    assert (found.speaker, found.date) == (speaker, date)


def test_a_speakers_office_and_name_before_the_day_in_brackets_give_the_speaker():
    # 县十七届人大五次会议表态发言 遂昌县县长童森军(2026 年 2 月 6 日)各位代表,同志们:今天,…… on one line (www.mishuzj.com)
    assert corpus_meta("mishuzj-suichang-tongsenjun-renda-biaotai-fayan-2026").speaker == "童森军"
    assert from_byline("遂昌县县长童森军(2026 年 2 月 6 日)") == "童森军"


def test_a_republic_of_china_day_printed_without_its_era_is_read():
    assert dates_in("中央銀行新聞稿 98年6月25日發布", TODAY) == ["2009-06-25"]
    assert dates_in("發稿時間:110年1月1日11:30", TODAY) == ["2021-01-01"]
    assert dates_in("2023年10月9日", TODAY) == ["2023-10-09"]  # a Gregorian year is never cut into one


def test_a_press_releases_head_dates_it():
    # 中央銀行理監事聯席會議決議新聞稿 / 中央銀行新聞稿 98年6月25日發布 / (98)新聞發布第119號 (www.cbc.gov.tw)
    assert corpus_meta("cbc-gov-tw-lijianshi-huiyi-jueyi-2009-06-25").date == "2009-06-25"


@pytest.mark.parametrize("name, day", [
    ("edb-gov-hk-sunmingyang-liangshengde-zhongxue-zhici-2008", "2008-12-05"),  # 二零零八年十二月五日 (星期五) above the title
    ("chazidian-fudan-xuningsheng-2016ji-yanjiusheng-kaixue", "2016-09-05"),  # 来自:查字典教育资讯网 2016-09-05 under it
])
def test_a_day_printed_alone_or_in_a_source_stamp_at_the_head_dates_the_text(name, day):
    assert corpus_meta(name).date == day


@pytest.mark.parametrize("name, genre", [
    ("kinmen-jinsha-zhengongsuo-zuzhi-zizhi-tiaoli", "条例"),  # 第一條 本自治條例依地方行政機關組織準則……制定之。, no title printed
    ("nfa-xiaofangfa-shixing-xize-1987", "细则"),  # 本細則依消防法(以下簡稱本法)第三十一條規定訂定之。
])
def test_a_law_without_its_title_names_its_kind_in_its_first_article(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("name", ["kinmen-jinsha-zhengongsuo-zuzhi-zizhi-tiaoli", "nfa-xiaofangfa-shixing-xize-1987"])
def test_a_laws_first_article_broken_at_a_space_is_never_its_title(name):
    text = corpus_clean(name)
    assert not text.title_found


@pytest.mark.parametrize("title, speaker", [
    ("李先念在十二大上的闭幕词", "李先念"),  # xndjw.gov.cn
    ("黄世芳总领事在2025年春节招待会上的致辞", "黄世芳"),  # kotakinabalu.china-consulate.gov.cn
    ("谢锋大使致2023年大休斯敦地区中秋晩宴的贺辞", "谢锋"),  # us.china-embassy.gov.cn
])
def test_a_speakers_name_in_a_closing_address_or_a_diplomats_message_is_read_from_the_title(title, speaker):
    assert from_title(title) == speaker


@pytest.mark.parametrize("name", [
    "hnxxfy-xinxian-fayuan-chuangxianzhengyou-chengnuoshu-xinwen",  # 为扎实推进创先争优活动,确保活动取得实效,近日,新县法 (cut off)
    "hncourt-kaifeng-zhongyuan-zhuanti-zhengzhi-xuexi",  # 为贯彻落实党的二十大精神,……,近期,开封市中级人民法
    "ycymcourt-yimei-fayuan-ganjing-jiashu-kaifangri",  # 为进一步……,5月23日,伊美区人民法院开
])
def test_a_lede_that_names_the_day_after_its_purpose_is_news_though_cut_off(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("name, genre", [
    ("rice-fudan-jingjixueyuan-zhangjun-2020ji-kaixue-fayan", "讲话"),  # ……寄语新生,以下为发言全文:
    ("sina-hk-lifahui-zhuxi-nianjie-jizhehui-fayan-2024", "讲话"),  # 以下是……在立法會年結記者會上的開場發言內容:
    ("fastread-lixianlong-2020-xinnian-xianci", "致辞"),  # 以下是獻詞原文:
    ("news-gov-hk-lijiachao-hesui-yanhua-yanci-2025", "致辞"),  # 以下是……在……賀歲煙花匯演的演辭: / …… / 大家新年好!
    ("zhonglian-zhongke-20zhounian-dongshizhang-zhici", "致辞"),  # ……以下為詹純新董事長致辭摘要:
    ("mingpaocanada-xijinping-huigui-20-huanying-wanyan-zhici", "致辞"),  # (編按︰以下為……的致辭全文,……) / ……同胞們,朋友們﹕
    ("naijabanger-xmjyxh-chenxiaoya-jiaoyu-xuehui-jianghua-2010", "讲话"),  # 以下为陈部长讲话的全文: above a working speech
])
def test_a_speech_printed_in_full_after_the_pages_note_is_the_speechs_kind(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("name, speaker", [
    ("rice-fudan-jingjixueyuan-zhangjun-2020ji-kaixue-fayan", "张军"),  # 经济学院院长张军教授寄语新生,以下为发言全文:
    ("fastread-lixianlong-2020-xinnian-xianci", "李顯龍"),  # 新加坡總理李顯龍發表了2020 年新年獻詞
    ("zhonglian-zhongke-20zhounian-dongshizhang-zhici", "詹純新"),  # 詹純新董事長首先發表致辭
    ("mingpaocanada-xijinping-huigui-20-huanying-wanyan-zhici", "習近平"),  # 以下為國家主席習近平昨天在……歡迎晚宴上的致辭全文
    ("news-gov-hk-lijiachao-hesui-yanhua-yanci-2025", "李家超"),  # 以下是行政長官李家超1月30日在……的演辭:
])
def test_the_pages_note_above_a_speech_printed_in_full_names_its_speaker(name, speaker):
    assert corpus_meta(name).speaker == speaker


def test_the_supreme_procuratorate_opening_a_rules_title_issues_it_and_places_it_nowhere():
    found = corpus_meta("fanpusoft-zuigaojian-gongwen-chuli-shishi-xize-2012")  # 最高人民检察院公文处理实施细则
    assert (found.unit, found.place) == ("最高人民检察院", None)


def test_a_message_titled_by_its_givers_name_office_and_occasion_names_its_speaker():
    assert from_title("黃循財總理新春獻詞(華文)") == "黃循財"  # www.sgnews.co
    assert from_title("有關校長在慶祝教師節會上講話") is None  # no one named before the office


@pytest.mark.parametrize("name, day", [
    ("hudazx-wyx-xijinping-jiandang-100-zhounian-jianghua-2021", "2021-07-01"),  # 2021年7月1日,庆祝……大会……隆重举行。 above the speech
    ("mingpaocanada-xijinping-huigui-20-huanying-wanyan-zhici", "2017-07-01"),  # [2017.07.01] 發表
    ("nxgy-guyuan-caoyuan-huozai-yingji-yuan-2016", "2016-07-04"),  # 索 引 号 …… 发文时间 2016-07-04
    ("zhongdou1-jinan-2000-zhengfu-gongzuo-baogao", "2000-02-25"),  # 2000年2月25日在济南市……会议上济南市市长谢玉堂发表……
])
def test_a_speechs_dated_note_a_bracketed_publication_stamp_and_a_portals_issue_time_date_the_text(name, day):
    assert corpus_meta(name).date == day


@pytest.mark.parametrize("name, genre", [
    ("btskw-baotou-zhengfu-gongzuo-baogao-sunweidong-2013", "工作报告"),  # 现在,我代表市人民政府,向大会报告工作
    ("hncnjx-chuangxianzhengyou-jiandang-90-yanjianggao-2011", "演讲稿"),  # 今天,我演讲的题目是《……》
    ("biganziwuyou-cunji-dangyuan-dangke-jianggao-2023", "讲课稿"),  # 按照组织安排,要我来给大家上党课
])
def test_a_speech_that_says_what_it_is_in_its_opening_takes_that_kind(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("title", [
    "省五届人大一次会议隆重开幕 定安代表团热议政府工作报告",  # dingan.hainan.gov.cn
    "市委巡察工作领导小组听取巡察工作情况汇报",  # www.tmjjjc.gov.cn
])
def test_a_headline_on_a_report_discussed_or_heard_is_news(title):
    assert find_genre(title, None) == "新闻报道"


def test_a_speakers_office_and_name_above_the_title_name_the_speaker_and_stay_out_of_the_title():
    found = corpus_meta("macaoppnr-hehouhua-2006-heping-tongyi-dahui-kaimu-yanci")  # 澳門特別行政區行政長官何厚鏵 / 在開幕式的演辭
    assert (found.title, found.speaker, found.genre) == ("在開幕式的演辭", "何厚鏵", "讲话")


def test_a_note_of_adoption_over_several_lines_is_read_whole_and_dates_the_rules_by_their_last_revision():
    found = corpus_meta("whla-wuhan-lvshi-xiehui-zhangcheng-2023")  # (1999年……通过; / …… / 2023年12月20日……修订。)
    assert (found.title, found.date, found.genre) == ("武汉市律师协会章程", "2023-12-20", "章程")


def test_a_chairs_heading_under_the_title_is_no_speakers_name():
    found = corpus_meta("2sdx-dang-zai-wo-xinzhong-wenyi-huiyan-zhuchici")  # ……主持词 / 开幕词 / 男:尊敬的各位领导
    assert (found.genre, found.speaker) == ("主持词", None)


@pytest.mark.parametrize("name, unit, place", [
    ("chengxiang-sifaju-2021-xinxi-gongkai-nianbao", "城厢区司法局", "福建省莆田市城厢区"),
    ("haikou-longhua-sifaju-2021-xinxi-gongkai-nianbao", "海口市龙华区司法局", "海南省海口市龙华区"),
])
def test_a_disclosure_report_without_its_title_is_the_bodys_whose_year_its_overview_opens_with(name, unit, place):
    found = corpus_meta(name)  # 一、总体情况 / 2021年,城厢区司法局进一步明确……
    assert (found.unit, found.place) == (unit, place)


def test_a_body_in_brackets_under_the_title_is_the_reports_author():
    found = corpus_meta("ccrd2023-guizhou-shengwei-kaili-maan-zhengfeng-baogao-1961")  # 文章全文: / title / (贵州省委调查组) / 1961.07.00
    assert (found.title, found.unit, found.place, found.genre) == ("凯里公社马鞍生产大队进行整风整社试点情况的报告", "贵州省委调查组", "贵州省", "报告")


def test_a_task_bodys_name_in_the_signature_is_the_issuer():
    assert corpus_meta("casagalleria-changde-fupin-zuimei-renwu-tongbao-2020").unit.startswith("常德市扶貧開發")  # ……領導小組 signs the 通报


@pytest.mark.parametrize("name", ["lyj-xinxiang-qingming-senlin-fanghuo-2023", "suixianwang-suixian-daibiao-canjia-shi-fudaihui"])
def test_a_text_opening_on_days_from_one_to_another_or_on_lianrilai_is_a_news_report(name):
    assert corpus_meta(name).genre == "新闻报道"  # 连日来,为确保……; 3月6日—7日,睢县……


@pytest.mark.parametrize("name, genre", [
    ("szcu-wenzheng-tuanwei-meili-tuanzhishu-biaozhang-2017", "决定"),  # 院团委决定授予……“魅力团支书”的荣誉称号
    ("wj-gov-cn-hutang-zhen-jihua-shengyu-biaozhang-2014", "决定"),  # 镇党委、政府决定对……进行表彰
    ("jendow-xishuixian-minzheng-xianjin-tongbao-2009", "通报"),  # 決定對……進行通報表彰: a 通报 praises by 通报
])
def test_a_commendation_without_its_title_is_a_decision_or_a_circular_by_what_it_decides(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("name", [
    "icps-cyc-2015-huikao-pingliang-zhunze-xiuzheng",  # a Taiwan 函 copied from its 說明:
    "ynzk-zhenkang-linyeju-17jie-2ci-zhuwacun-jianyi-dafu-2018",  # 马新强代表: / 您在……期间提出的《关于……的建议》
])
def test_a_letter_without_its_title_is_known_by_its_parts_or_by_replying_to_a_suggestion(name):
    assert corpus_meta(name).genre == "函"


@pytest.mark.parametrize("name, unit", [
    ("gaj-suizhou-zengdu-fenju-2019-juesuan-gongkai-baogao", "随州市公安局曾都区分局"),  # a branch named after its parent
    ("gosugo-zhanjiang-xingzheng-fuwu-zhongxin-2021-bumen-juesuan", "湛江市人民政府行政服务中心"),  # ……中心 / 部门决算
    ("shyp-gov-cn-changbai-xincun-jiedao-gongzuo-zongjie-2020", "上海市杨浦区人民政府长白新村街道办事处"),
    ("gzhxtc-xuesheng-weiji-chufen-xize-2024", "广州华夏职业学院"),  # ……学院 / 学生违纪处分细则: 处分 names no office
])
def test_a_title_opening_with_a_body_under_its_parent_names_the_whole_body(name, unit):
    assert corpus_meta(name).unit == unit


def test_a_signatures_short_name_gives_way_to_the_same_body_named_whole_in_the_title():
    found = corpus_meta("crsrw-qingyuan-yiqing-bangongshi-miaohui-tongzhi-2022")  # signed 領導小組辦公室
    assert found.unit == "保定市清苑區應對新冠肺炎疫情工作領導小組辦公室"


def test_an_office_of_an_office_holder_is_no_name():
    from archive.names import glued_office_name

    assert glued_office_name("设立前任行政长官办公室") is None  # sc.isd.gov.hk: 行政长官 then 办公室, no person
    assert glued_office_name("澳門特別行政區行政長官何厚鏵") == "何厚鏵"


def test_an_office_alone_before_the_occasion_names_no_speaker():
    from archive.metadata.speakers import from_title

    assert from_title("副盟长在盟几大班子综合调研座谈会上的讲话") is None  # dw.nmxhq.gov.cn, the names above lost
    assert corpus_meta("enb-gov-hk-huanjingju-juzhang-huanyingci").speaker != "履歷"  # a link to his record, under the speech


def test_a_signature_wrapped_over_two_lines_names_its_issuer_whole():
    # www.nhc.gov.cn PDF (dev half): 国务院应对新型冠状病毒肺炎 / 疫情联防联控机制综合组 / （国家卫生健康委代章）
    found = corpus_meta("diamonwoo-nhc-lianfang-zongfa-2022-71-fangkong-fangan-9ban")
    assert (found.unit, found.date) == ("国务院应对新型冠状病毒肺炎疫情联防联控机制综合组", "2022-06-27")


def test_a_law_pages_issuing_office_label_names_the_issuer_not_the_title():
    # www.defendlib.com (dev half): 发文单位:黄南藏族自治州人大常委会 / 发布日期:1993-9-18 above the articles
    found = corpus_meta("defendlib-huangnan-zangyu-wenzi-tiaoli-1993")
    assert (found.unit, found.date, found.place) == ("黄南藏族自治州人大常委会", "1993-09-18", "青海省黄南藏族自治州")


def test_a_laws_first_article_saying_what_it_enacts_names_its_kind():
    # m.mllesccreations.com (dev half): 第一條 為了保障……,根據……,結合工作實際,制定本規則。 with no title printed
    assert corpus_meta("mllesccreations-sheng-renmin-daibiao-dahui-yishi-guize").genre == "规则"


@pytest.mark.parametrize("name, day", [
    ("lysayit-lifayuan-10-1-15-huiyi-jilu-2020", "2020-05-29"),  # lysayit.openfun.app: 時  間 中華民國109年5月29日(星期五)10時 / 地  點 本院議場
    ("lydata-liyuan-neizheng-weiyuanhui-11-2-8-jilu-2024", "2024-11-11"),  # the same run together on one line (lydata.ronny-s3.click)
    ("chiayi-gov-tw-shiwu-huiyi-1015-jilu-2021", "2021-04-13"),  # 時間:民國110年4月13日(星期三)上午8時, dropped with the head table; not 上版日期:2021-04-20
])
def test_a_meetings_record_is_dated_by_when_it_met(name, day):
    assert corpus_meta(name).date == day


@pytest.mark.parametrize("name", [
    "dsz-jiguan-shiwu-2021-xinxi-gongkai-nianbao",  # zmhd.dsz.gov.cn: 现将年度政府信息公开工作报告如下:
    "hunnan-guoziju-2022-xinxi-gongkai-nianbao",  # www.hunnan.gov.cn: 现公布区政府国资局2022年政府信息公开工作年度报告。
])
def test_a_disclosure_report_without_its_title_that_announces_itself_is_a_report(name):
    assert corpus_meta(name).genre == "报告"


def test_a_ministrys_department_signing_as_司_is_the_issuer():
    # www.nmpa.gov.cn page kept by a web archive (dev half): 国家药监局综合司关于……的复函
    assert corpus_meta("historyarchive-nmpa-yaojian-zongyaoguanhan-2023-368-fuhan").unit == "国家药监局综合司"


@pytest.mark.parametrize("name", [
    "happy168-miaoli-tongluo-buxuan-xiangzhang-jiuzhi-2020",  # happy168.net: 銅鑼鄉第18屆補選鄉長謝昌年,5月28日上午宣誓就職。
    "beinan-gov-tw-xiangzhang-xuanshi-jiaojie-cunzhang-jiuzhi",  # beinan.gov.tw: ……就職典禮,於本月25日上午9點假卑南鄉公所……舉行
])
def test_a_lede_naming_its_subject_then_the_day_is_a_report(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("name", [
    "baihe-tainan-gov-tw-bingmeiwen-xuanchuan",  # 本所登革熱巡查小組今(30)日前往……
    "cfs-gov-hk-shian-zhongxin-henian-shipin-jiance-2009",  # 食物安全中心今日(一月十六日)公布
    "kmdn-taizhong-jinmen-tongxianghui-huiyuan-dahui-2017",  # 昨(26)日,台中市金門同鄉會召開……
    "kwongwah-binglingguan-mazhong-jianjiao-50-zhaodaihui-2024",  # 總領事館周五(5月31日)舉辦招待會
])
def test_a_lede_that_tells_the_day_from_the_day_of_writing_makes_a_news_report(name):
    assert corpus_meta(name).genre == "新闻报道"


def test_a_year_in_brackets_after_this_is_not_a_day_told_from_the_day_of_writing():
    assert find_genre(None, None, paragraphs=["各单位:", "自今年(2020年)起,全县实行新的考核办法。"]) is None


@pytest.mark.parametrize("name", [
    "jwc-xjtu-jiaowuchu-2018-zhongqiu-fangjia-tongzhi",  # 各院、处及有关单位:
    "yaozui-guangfeng-zhongyiyuan-2017-guoqing-fangjia-tongzhi",  # 各科室:
    "hctmhope-hk-zanting-mianshou-ketang-tonggao-2021",  # 各家長:
])
def test_a_text_sent_down_to_each_of_its_recipients_without_its_title_is_a_notice(name):
    assert corpus_meta(name).genre == "通知"


def test_a_text_sent_to_one_body_without_its_title_is_not_called_a_notice():
    assert meta("市人民政府:\n我局拟于明年开展农村公路改造,所需资金已列入预算。\n市交通运输局\n2020年5月6日").genre is None


@pytest.mark.parametrize("title", ["2009年新年寄語", "校长寄语", "歡迎辭"])
def test_a_message_of_good_wishes_or_welcome_is_an_address(title):
    assert find_genre(title, None) == "致辞"


@pytest.mark.parametrize("name", ["03115588-chengdu-2011-shiji-caizheng-juesuan-jueyi", "hkjmsy-shaoxing-2012-shiji-caizheng-juesuan-jueyi"])
def test_a_standing_committees_approval_of_a_final_account_without_its_title_is_a_resolution(name):
    assert corpus_meta(name).genre == "决议"  # ……会议听取了……的报告。……决定批准……市级财政决算。


def test_the_city_an_agency_filed_from_does_not_place_the_text():
    assert corpus_meta("crntt-ip-wenjiabao-shibohui-gaofeng-luntan-2010").place is None  # 中評社香港10月31日電/ over a Shanghai forum's speech


def test_a_new_year_address_announced_in_full_under_a_dateline_is_an_address():
    assert corpus_meta("mzuzx-xijinping-2021-xinnian-heci").genre == "致辞"  # ……发表了二〇二一年新年贺词。全文如下:


def test_a_report_that_goes_on_before_the_speech_it_prints_is_a_report():
    assert corpus_meta("sp-wenweipo-zhangguoliang-guoqing-jiuhui-zhici-2017").genre == "新闻报道"  # a paragraph, then 以下为张国良致辞全文:


@pytest.mark.parametrize("name, place", [
    ("ctibet-xizang-2020-tongji-gongbao", "西藏自治区"),  # 2020年西藏自治区国民经济和社会发展统计公报
    ("quyushuju-pingtan-2019-tongji-gongbao", "福建省福州市平潭县"),
])
def test_a_local_texts_title_places_it_after_the_year_it_opens_with(name, place):
    assert corpus_meta(name).place == place


def test_a_taiwan_announcement_whose_subject_opens_with_gonggao_is_an_announcement():
    assert corpus_meta("pma-taipei-bade-lu-lubian-tingche-feilv-gonggao-2004").genre == "公告"  # 主旨:公告本市……, not a 函


@pytest.mark.parametrize("name", ["sptv1-suiping-jinmeiqu-tonggao-2019", "hunanyuer-baoji-xian-yangquan-zhongdian-guanliqu-tonggao"])
def test_a_tonggao_without_its_title_is_known_by_xianjiu_tonggao_ruxia(name):
    assert corpus_meta(name).genre == "通告"  # 现就有关事项通告如下:


@pytest.mark.parametrize("name", ["shqp-gov-cn-qingpu-shipin-anquan-shifan-chengshi-fangan", "hnkjxy-xuexiao-dangshi-xuexi-jiaoyu-shishi-fangan-2021"])
def test_a_plan_that_names_itself_in_its_preamble_is_a_plan(name):
    assert corpus_meta(name).genre == "方案"  # ……特制定本方案。 / ……制定如下实施方案。


def test_a_report_that_a_body_drew_up_a_plan_is_not_a_plan():
    assert find_genre(None, None, paragraphs=["会议要求,要研究并制定实施方案和意见,明确工作重点。"]) != "方案"


def test_a_republic_of_china_day_in_chinese_figures_dates_the_text():
    assert corpus_meta("pma-taipei-bade-lu-lubian-tingche-feilv-gonggao-2004").date == "2004-02-20"  # 中華民國九十三年二月二十日


@pytest.mark.parametrize("name", [
    "aoweibang-dashiguan-shengming-cntv-bolanhui-2017",  # an embassy's statement reported, no dateline, no reporter's credit
    "arizonaweedmart-chengdu-huaxi-zhongxue-14ci-dangdaihui",  # a school's report of its party congress
    "australiafoshan-zhongqiu-lianhuan-wanhui-2017",  # an association's report of its Mid-Autumn party
])
def test_a_text_worded_as_a_news_report_is_one_though_no_rule_names_its_genre(name):
    assert corpus_meta(name).genre == "新闻报道"


@pytest.mark.parametrize("name", [
    "chuan360-xiangzhen-2023-niandu-gongzuo-jihua",  # a township's work plan
    "smejs-yancheng-shuzi-jingji-sannian-xingdong-jihua-2022",  # a city's three-year action plan
])
def test_a_plan_is_not_taken_for_a_news_report_by_its_words(name):
    assert corpus_meta(name).genre is None


def test_the_news_model_counts_only_pairs_seen_in_enough_documents_and_telling_enough():
    from archive.metadata import news

    reports = [({"召开", "出席", f"{index}会"}, True) for index in range(5)]
    others = [({"特此", "通知", f"{index}知"}, False) for index in range(5)]
    model = news.train(reports + others, threshold=1.0)
    assert model.weights["召开"] > 0 > model.weights["特此"]
    assert "0会" not in model.weights, "a pair in one document says nothing"
    assert news.is_news("县里召开大会", ["领导出席。"], model) and not news.is_news("关于放假的通知", ["特此通知。"], model)


def test_the_news_model_file_is_read_back_as_written_and_a_bad_line_is_named():
    from archive.metadata import news

    model = news.NewsModel(-0.5, 10.0, {"召开": 1.25, "特此": -2.0})
    assert news.from_table(news.to_table(model, "two pairs\nfor a test")) == model
    with pytest.raises(ValueError, match="line 4"):
        news.from_table("prior\t0\nthreshold\t1\n召开\t1\n特此 -2\n")


def test_pairs_never_span_a_line_break_or_a_space_and_numbers_are_one_pair():
    from archive.metadata import news

    pairs = news.pairs_of("全县 大会", ["2021年3月5日召开。"])
    assert not any(character.isspace() for pair in pairs for character in pair)
    assert {"0年", "年0", "0月"} <= pairs and "全县" in pairs and "大会" in pairs


def test_a_speech_announced_by_the_pages_note_takes_the_genre_the_note_names():
    assert corpus_meta("fastread-lixianlong-2020-xinnian-xianci").genre == "致辞"  # 以下是獻詞原文:
    assert corpus_meta("rice-fudan-jingjixueyuan-zhangjun-2020ji-kaixue-fayan").genre == "讲话"  # ……以下为发言全文:


def test_a_note_of_adoption_opening_an_untitled_text_gives_its_date_and_body():
    found = corpus_meta("ezrd-ezhou-renda-changweihui-2015-caizheng-juesuan-jueyi")  # (2016年10月27日鄂州市……会议通过) 鄂州市……听取了
    assert (found.date, found.unit) == ("2016-10-27", "鄂州市第七届人民代表大会常务委员会")


@pytest.mark.parametrize("name", [
    "crrcgc-zhongche-shandong-2023-xinchun-zhici",  # 值此新春佳节之际,我代表……致以诚挚的问候和新春的祝福!
    "instylerugs-lanzhou-dier-renmin-yiyuan-xinnian-zhici-2022",  # 值此辭舊迎新之際,……醫院向全院職工……致以新年的問候
])
def test_a_text_greeting_its_hearers_on_an_occasion_is_an_address(name):
    assert corpus_meta(name).genre == "致辞"


def test_a_headline_with_the_day_it_was_posted_beside_it_is_the_title_and_the_day_its_date():
    found = corpus_meta("ceic-epaper-weigui-chihe-yancha-2025")  # 违规吃喝,严查! 2025年06月18日: a comma, yet the page's headline
    assert (found.title, found.date) == ("违规吃喝,严查!", "2025-06-18")
    assert corpus_meta("sm-tc-qingshui-2023-fazhi-zhengfu-baogao-zhengce-jiedu").title.startswith("关于《")  # 清水县人民政府 2024年01月08日 below: a signature


def test_a_speaker_before_an_occasion_in_traditional_script_is_found_and_a_templates_about_is_no_one():
    from archive.metadata.speakers import from_title

    assert from_title("校長黃桂田在2022年畢業典禮暨學位授予儀式上的致辭") == "黃桂田"
    assert corpus_meta("baimashangsha-xiaozhang-qingzhu-jiaoshijie-jianghua").speaker is None  # 有關校長在慶祝教師節會上講話


@pytest.mark.parametrize("name, title, unit", [
    ("tianbaoxitong-putuo-wanli-jiedao-bumen-yusuan-2025", "上海市普陀区2025年区级部门预算", "上海市普陀区人民政府万里街道办事处"),
    ("tianbaoxitong-putuo-shehui-fuliyuan-danwei-yusuan-2024", "上海市普陀区社会福利院2024年单位预算", "上海市普陀区社会福利院"),
])
def test_a_budgets_label_naming_its_department_gives_the_unit_and_is_not_the_title(name, title, unit):
    found = corpus_meta(name)
    assert (found.title, found.unit) == (title, unit)


def test_a_label_naming_a_body_is_never_a_title_whatever_the_label():
    from archive.cleaning.title import rejects

    assert rejects("主办单位:常州市卫生健康委员会")  # changzhou wjw page
    assert rejects("发布机构: 浑源县人民政府")  # dtgov
    assert not rejects("组织部:关于做好3月份“支部主题党日”活动的通知")  # www.hbue.edu.cn: the poster, then the title


def test_a_number_whose_marks_the_page_lost_is_read_in_traditional_script_too():
    # cqkz's head (开州府办发〔2020115 alone under the title: www.cqkz.gov.cn), as a Traditional mirror prints it
    found = meta("重慶市開州區人民政府辦公室關於印發開州區重污染天氣應急預案的通知\n開州府辦發〔2020115\n各鎮鄉人民政府,各街道辦事處:\n現將《開州區重污染天氣應急預案》印發給你們,請認真貫徹執行。")
    assert found.doc_number == "開州府辦發〔2020115"


def test_a_table_of_contents_heading_in_traditional_script_opens_the_text():
    assert corpus_clean("legco-neiwu-shouze-2021").blocks[0].text == "目錄"  # www.legco.gov.hk 內務守則


def test_speakers_in_traditional_script_are_found_as_in_simplified():
    from archive.metadata.speakers import from_byline, from_title

    # the Simplified lines of jlgjxh.com.cn and dajudeng.com (tests/corpus), as a Traditional mirror prints them
    assert from_title("華東師範大學校長陳群在2014年畢業典禮上的講話") == "陳群"
    assert from_byline("(2011年11月3日 根據錄音整理)劉和平") == "劉和平"


def test_the_year_of_a_speechs_occasion_in_a_traditional_title_dates_it():
    found = meta("在2019年開學典禮上的講話\n同學們:\n今天我們在這裡隆重集會。")  # upkao's title (tests/corpus), in Traditional
    assert found.date == "2019"


def test_replies_written_with_the_traditional_variant_fold_to_their_genre():
    from archive.folding import fold

    assert fold("答覆") == "答复"  # legco.gov.hk 須答覆立法會議員的質詢
    # jiangjin's title (tests/corpus) as a Traditional mirror prints it
    assert find_genre("重慶市江津區林業局關於區第十八屆人民代表大會第四次會議第347號代表建議的覆函", None) == "函"


def test_the_day_a_page_was_posted_gives_way_to_the_day_it_was_sent():
    assert corpus_meta("papers-miaoli-zhunan-toufen-dushi-jihua-zhanlan-2023").date == "2023-06-27"  # 刊登日期:2023/6/30 above 發文日期:2023/6/27
    assert corpus_meta("bo-dsaj-gov-mo-xingzheng-mingling-1-2026-beijing-banshichu").date == "2026-01-19"  # the gazette's 刊登日期 alone


def test_a_law_under_the_announcement_that_promulgates_it_is_dated_by_its_own_note():
    found = corpus_meta("pkulaw-haikou-shizheng-sheshi-guanli-tiaoli-2025")  # 公告 signed 2025年12月10日, the law's note ends 2025年11月27日……批准
    assert (found.date, found.date_kind) == ("2025-11-27", "通过")


def test_rules_issued_by_a_notice_leave_the_notice_its_own_date():
    assert corpus_meta("nmg-gov-cn-neizhengfa-2013-62-zizhiqu-zhengfu-gongzuo-guize").date == "2013-07-02"


def test_the_day_a_law_comes_into_force_without_zi_is_not_the_day_it_was_made():
    assert meta("某省某某规定\n（1994年1月17日某省人大常委会第六次会议通过 1994年2月1日起施行）\n第一条 为了规范。").date == "1994-01-17"


def test_a_title_naming_a_kind_of_document_outside_the_genres_has_no_genre_and_is_no_news_report():
    assert find_genre("关于《市纪委突击检查教育局办公用房》有关情况的说明", None) is None
    assert find_genre("关于《沈阳市某某办法》的说明", None) is None  # not the 办法 it explains
    assert find_genre("关于印发某某说明的通知", None) == "通知"
    assert corpus_meta("33664-jinshi-shiwei-2018-jiwei-jiancha-qingkuang-shuoming").genre is None  # worded as news: 4月24日以来……


def test_a_taiwan_letters_letterhead_names_its_issuer_and_kind():
    found = corpus_meta("ckmissive-qiankun-cehui-han-taoyuan-gongwuju-2026")  # 乾坤測繪科技有限公司  函, in a real PDF
    assert (found.unit, found.genre, found.doc_number) == ("乾坤測繪科技有限公司", "函", "乾坤測字第1150000002號")


def test_a_message_opening_with_a_seasonal_greeting_is_an_address():
    assert find_genre(None, None, paragraphs=["玉兔辞岁结硕果,金龙献瑞迎新春。值此新春佳节来临之际,向关心支持历下发展的广大网友和社会各界的朋友们表示衷心的感谢!"]) == "致辞"  # dzwww.com
    assert find_genre(None, None, paragraphs=["2009年的鐘聲即將響起,在這辭舊迎新的美好時刻,我們向全校師生員工致以新年的祝福。"]) == "致辞"  # www.zhplaw.com
    assert find_genre(None, None, paragraphs=["春节前夕,县委书记走访慰问困难群众。"]) is None


def test_a_salutation_naming_several_hearers_with_commas_opens_a_speech():
    assert find_genre(None, None, paragraphs=["查爾斯王子,布萊爾首相,尊敬的各位嘉賓,女士們,先生們﹕", "中華人民共和國國旗……已在香港莊嚴升起。"]) == "讲话"  # big5.locpg.gov.cn
    assert find_genre(None, None, paragraphs=["各区县人民政府,市政府各部门:", "今年以来,全市经济运行总体平稳。"]) is None  # a 主送 line


@pytest.mark.parametrize("name", ["hujun-dangjian-renju-huanjing-wunian-fangan-xinhua-2021", "8ice-zhongban-guoban-renju-huanjing-wunian-fangan-2021"])
def test_a_report_that_prints_the_document_it_announces_in_full_carries_that_document(name):
    found = corpus_meta(name)  # 新華社北京12月5日電 近日,……印發了《……五年行動方案(2021—2025年)》…… / 《……》全文如下。
    assert (found.genre, found.unit) == ("方案", "中共中央辦公廳")


def test_a_text_opening_on_whose_behalf_it_is_said_is_a_speech():
    assert find_genre(None, None, paragraphs=["受黎權主席的委托,我代表市政協常委會作個講話。這是一次發揚民主的大會。"]) == "讲话"  # www.dybbs8.com
    assert find_genre(None, None, paragraphs=["我代表县政府向大会报告工作,请予审议。"]) != "讲话"  # a work report says 报告


def test_a_letter_greeting_its_readers_is_not_a_speech():
    assert find_genre("关于秸秆禁烧工作致广大农民朋友的公开信", None, paragraphs=["广大农民朋友们:", "秋收季节到了。"]) is None  # mip.010zaixian.com
    assert find_genre("致广大农户的一封信", None, paragraphs=["广大农户朋友们:", "为了保护环境……"]) is None  # m.yifengxin.org
    assert find_genre("告全市燃气用户安全用气书", None, paragraphs=["全市广大燃气用户:", "大家好!首先衷心感谢您和您的家人。"]) is None  # zjj.smx.gov.cn
    assert find_genre("××项目环境影响报告书", None, paragraphs=["同志们:", "大家好!"]) is not None  # a 报告书 is no letter
    assert find_genre("在全县秸秆禁烧工作会议上的讲话", None, paragraphs=["同志们:", "秋收季节到了。"]) == "讲话"


def test_a_first_sentence_greeting_its_hearers_opens_a_speech():
    assert find_genre(None, None, paragraphs=["市府的各位同仁們大家好,我是市長賴清德!很高興又來到溫馨的歲末年終時節。"]) == "讲话"  # sec.tainan.gov.tw
    assert find_genre(None, None, paragraphs=["這是總統府司法改革國是會議的SayIt。", "總統、還有各位委員、先進,大家午安。"]) == "讲话"  # justice.sayit
    assert find_genre(None, None, paragraphs=["活动现场,主持人向大家问好。随后,校长讲话时说:大家好,新学期开始了。"]) is None


def test_a_speech_opening_a_ceremony_or_greeting_the_season_is_an_address():
    assert find_genre(None, None, paragraphs=["尊敬的各位领导、各位嘉宾,女士们、先生们:", "今天,首届国际名湖大会在九江共青城市隆重开幕。"]) == "致辞"  # baijiaxingchina
    assert find_genre(None, None, paragraphs=["同志们、同事们、朋友们:", "爆竹声中一岁除,春风送暖入屠苏。在这辞旧迎新的日子里,我谨代表医院党委……"]) == "致辞"  # nmgzmyyy
    assert find_genre(None, None, paragraphs=["各位领导、各位嘉宾,", "女士们、先生们,朋友们:", "今天,我们相聚在兰州,隆重举行第二十四届兰洽会开幕式。"]) == "致辞"  # caigou0086
    assert find_genre(None, None, paragraphs=["親愛的開業同學們:", "首先,恭喜大家成功達陣人生的重要階段目標!"]) == "致辞"  # nctu.edu.tw
    assert find_genre(None, None, paragraphs=["各位领导、各位老师:", "大家好!", "首先,我代表学校向检查组的到来表示热烈的欢迎。"]) == "讲话"  # wuhaninfo: a welcome is said at work meetings too
    assert find_genre(None, None, paragraphs=["同志们:", "非常高兴参加今天这个会,向获奖的单位和个人表示衷心的祝贺!", "一是“联”。新年伊始,省委提出了……"]) == "讲话"  # agency.caiyes.cn


def test_a_headline_on_a_party_lecture_given_is_a_news_report_not_the_lecture():
    assert find_genre("文学院党委组织开展“两学一做”专题党课", None) == "新闻报道"  # www2.chnu.edu.cn
    assert find_genre("党委书记毛小明上党课----加强公立医院党的建设", None) == "新闻报道"  # www.sxzyy.cn
    assert find_genre("“党组织书记讲党课”活动实施方案", None) == "方案"
    assert find_genre("关于继续深入开展“我来讲党课”活动的通知", None) == "通知"
    assert find_genre("在全县党员干部大会上的专题党课", None) == "讲课稿"


def test_a_taiwan_laws_amendment_note_naming_its_articles_is_a_note_and_dates_the_law():
    # civil.taichung.gov.tw: ……令制定公布 / 中華民國101年6月4日……號令修正公布第13、19、25條條文 / 第一條 ……
    found = corpus_meta("civil-taichung-limin-dahui-zuotanhui-zizhi-tiaoli")
    assert (found.date, found.date_kind) == ("2012-06-04", "通过")
    assert corpus_clean("civil-taichung-limin-dahui-zuotanhui-zizhi-tiaoli").blocks[0].text.startswith("第一條 本自治條例依地方制度法")


def test_an_order_heading_the_page_promulgates_the_text_it_names_which_is_the_title():
    # women11.com: 中华人民共和国国务院令 / 第800号 / 《古树名木保护条例》已经……通过,现予公布…… / 总理 李强 / 2025年1月25日 / 古树名木保护条例
    found = corpus_meta("women11-guowuyuan-gushu-mingmu-baohu-tiaoli-2025")
    assert (found.title, found.genre, found.doc_number) == ("古树名木保护条例", "条例", "中华人民共和国国务院令第800号")
    assert found.unit in ("国务院", "中华人民共和国国务院")


def test_an_order_above_its_text_and_a_printing_office_above_its_day_are_read_in_traditional_script_too():
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    raw = read_source(CORPUS / "women11-guowuyuan-gushu-mingmu-baohu-tiaoli-2025.txt")
    found = extract(clean(to_traditional.convert(raw.text), raw.title_hints), today=TODAY)
    assert (found.title, found.doc_number) == ("古樹名木保護條例", "中華人民共和國國務院令第800號")
    raw = read_source(CORPUS / "635700-gansu-nongmuting-hezuoshe-shifan-zijin-tongzhi-2017.txt")
    assert "甘肅省農牧廳辦公室" in clean(to_traditional.convert(raw.text), raw.title_hints).cc


def test_the_issuer_a_wrapped_reports_title_names_after_its_year_is_its_unit():
    # 2024年南关区永吉街道办事处 / 政府信息公开工作年度报告: 政府 begins the report's subject, not the office's name
    assert corpus_meta("changchun-nanguan-yongji-jiedao-2024-xinxi-gongkai-nianbao").unit == "南关区永吉街道办事处"


def test_the_cppcc_named_in_full_opening_its_work_reports_title_issues_it():
    from archive.metadata.units import unit_leading_title

    # en84.com and hprc.org.cn: 政治协商会议 is an organ's name, not a meeting
    assert unit_leading_title("中国人民政治协商会议全国委员会常务委员会工作报告") == "中国人民政治协商会议全国委员会常务委员会"
    assert unit_leading_title("中国人民政治协商会议第九届全国委员会常务委员会工作报告") == "中国人民政治协商会议第九届全国委员会常务委员会"
    assert unit_leading_title("中华人民共和国城市居民委员会组织法") is None  # a law's name (www.ya.gov.cn)


def test_a_banners_work_report_under_a_reposts_province_tag_and_a_wrapped_byline_is_read_whole():
    # benet-wh.com.cn: (内蒙古)2022年苏尼特左旗人民政府工作报告(全文) / stamp / 2022年1月6日在苏尼特左旗第十六届 /
    # 人民代表大会第一次会议上 / 旗人民政府代旗长 双宝 / 各位代表:
    found = corpus_meta("benet-wh-sunitezuoqi-zhengfu-gongzuo-baogao-2022")
    assert (found.title, found.speaker, found.unit, found.date) == ("2022年苏尼特左旗人民政府工作报告(全文)", "双宝", "苏尼特左旗人民政府", "2022-01-06")


def test_the_second_line_of_a_wrapped_occasion_and_a_bracketed_note_are_no_titles_but_a_title_with_brackets_is():
    from archive.cleaning.title import rejects

    assert rejects("人民代表大会第一次会议上")
    assert rejects("(2011年6月30日)")
    assert not rejects("(内蒙古)2022年苏尼特左旗人民政府工作报告(全文)")


@pytest.mark.parametrize("name, genre", [
    ("ncwu-dangwei-lilun-zhongxinzu-gaige-kaifang-40-2018", "新闻报道"),  # ……王清义在……会议上讲话 / ……会议现场 / 12月25日下午,我校……召开……
    ("bjgkw-hujintao-zhengxie-60-zhounian-dahui-jianghua-2009", "讲话"),  # the same headline over the speech itself
    ("tongfahg-gongye-qiangxian-touzi-cujin-dahui-jianghua-2023", "讲话"),
])
def test_a_headline_saying_who_spoke_where_is_a_report_when_a_news_lede_follows(name, genre):
    assert corpus_meta(name).genre == genre


@pytest.mark.parametrize("name, day", [
    ("china-consulate-kotakinabalu-huangshifang-chunjie-2025", "2025-01-24"),
    ("gwxzwenku-shiwei-shuji-youhua-yingshang-huanjing-dahui-2026", "2026-03-18"),
    ("sxu-news-huangguitian-2022-biye-dianli-zhici", "2022-06-14"),
])
def test_a_speech_titled_with_its_years_occasion_is_dated_by_its_page_in_that_year(name, day):
    assert corpus_meta(name).date == day


def test_a_meetings_record_under_a_headline_on_the_meeting_is_a_record():
    meta = corpus_meta("tja-quanshan-jiedao-chuangcheng-gongjianhui-2022")  # 会议地点: / 会议主持人: / 参会人员: / 会议内容:
    assert (meta.genre, meta.date) == ("纪要", "2022-07-26")


def test_a_notice_of_a_meeting_listing_its_time_and_place_stays_a_notice():
    paragraphs = ["会议时间:2023年5月6日上午9时", "会议地点:县政府三楼会议室", "参会人员:各乡镇分管负责同志", "请准时参加。"]
    assert find_genre("关于召开全县安全生产工作会议的通知", None, paragraphs=paragraphs) == "通知"


def test_a_county_news_sites_menu_credit_and_days_around_a_headline_are_read_for_what_they_are():
    # 2025年12月16日 星期二 (the day it was read) / 网站首页 专题 详情 / headline / 2022-09-13 08:52:11 / ■ 融媒体记者 蒋 栋
    meta = corpus_meta("lsxw-lianshui-fuxianzhang-zhongqiu-anquan-jiancha-2022")
    assert (meta.title, meta.date) == ("县领导开展中秋节前安全生产大检查", "2022-09-13")
    assert corpus_meta("hbnews-xiangshanqu-quzhang-zhulong-wenming-chuangjian-ducha").title is None  # ■ 通讯员 强云 above 本报讯


def test_a_stamp_under_a_headline_ending_in_a_question_is_the_pages_not_the_texts():
    meta = corpus_meta("zjstv-huiqian-zhangzhishi-dangdaihui-2022")  # 会前涨知识丨党代会是什么会? / 中国蓝新闻 发布时间:2022-06-18
    assert meta.date == "2022-06-18"


def test_a_day_written_with_nian_or_sa_is_read():
    from archive.metadata.dates import dates_in

    def parse_date_text(text):
        return dates_in(text, TODAY)

    assert parse_date_text("中華民國九十一年七月廿八日第九十五次樞機使者會議通過") == ["2002-07-28"]  # www.tienti.tw
    assert parse_date_text("二〇〇三年五月卅日") == ["2003-05-30"]


@pytest.mark.parametrize("title", [
    "国家卫健委:以县域为单位打造15分钟医疗卫生服务圈",  # cuiru123.com
    "国家卫健委:我国人均预期寿命达到78.6岁",  # 125.65.46.38
])
def test_a_headline_quoting_a_body_before_a_colon_is_a_news_report(title):
    assert find_genre(title, None, paragraphs=["某某。"]) == "新闻报道"


def test_a_genre_word_before_a_colon_names_no_body_quoted():
    assert find_genre("干部培训心得体会:政治理论学习永无止境", None, paragraphs=["某某。"]) != "新闻报道"  # 体会 ends as 会 does


def test_a_text_opening_with_we_convene_is_a_speech_not_a_report():
    # laobiganer.com: 今天我们召开区委工作会议,专题研究部署……
    assert corpus_meta("laobiganer-quwei-jizhong-zhengzhi-buzheng-zhifeng-jianghua").genre == "讲话"
    assert find_genre(None, None, paragraphs=["今天上午,我县召开全县安全生产工作会议。", "会议强调……。"]) == "新闻报道"


@pytest.mark.parametrize("opening, genre", [
    ("中央决定,由我接替志浩同志担任山东省委书记,我深感责任大、担子重。", "讲话"),  # www.soulun.net
    ("在即将迎来中国共产党成立100周年之际,很高兴能与大家相聚在这里,共忆牡丹江奋斗历程。", "讲话"),  # hlj.people.com.cn
    ("“我代表全体师生向各位来宾表示感谢。”校长在致辞中说。", None),  # a speaker quoted in a report
])
def test_a_text_opening_in_its_speakers_own_voice_is_a_speech(opening, genre):
    assert find_genre(None, None, paragraphs=[opening, "这是第二段。"]) == genre


@pytest.mark.parametrize("title", ["社区建设科年度工作回顾", "乡镇委员会年度工作回顾及2023年民生实事发展工"])  # bigxun.com, m.xueke.org
def test_a_review_of_the_years_work_is_a_summary(title):
    assert find_genre(title, None) == "总结"


def test_an_adoption_note_printed_on_the_titles_line_dates_the_document_and_leaves_the_title():
    # jiubao.dongyingnews.cn: 【标题】= ……关于政府工作报告的决议  (一九九三年三月十二日……会议通过), under 【日期】= 1993.03.13
    meta = corpus_meta("dongyingnews-jiubao-1993-renda-zhengfu-baogao-jueyi")
    assert (meta.title, meta.date, meta.unit) == ("东营市第三届人民代表大会第一次会议关于政府工作报告的决议", "1993-03-12", "东营市第三届人民代表大会第一次会议")


def test_a_stamp_under_the_text_with_an_afternoon_time_dates_the_page():
    # www.tncc.gov.tw (dev half): 最後修改日期 2020/10/19 下午 04:25:10 / 延伸閱讀
    found = corpus_meta("tncc-dingqihui-shizheng-zongzhixun-zhibo-2020")
    assert found.date == "2020-10-19"


@pytest.mark.parametrize("title, genre", [
    ("松阳县发布森林消防禁火通告", "新闻报道"),  # bbs.songyangzx.com (dev half)
    ("平利县出台宪法宣誓制度具体规定", "新闻报道"),  # rd.ankang.gov.cn (dev half)
    ("泉州市人民检察院检务公开信息发布实施办法(试行)", "办法"),  # www.quanzhou.jcy.gov.cn (dev half): 发布 inside the name
    ("县人民政府关于发布森林防火期的通告", "通告"),  # a notice's own 关于发布
])
def test_a_headline_saying_a_body_or_place_issued_a_document_is_news(title, genre):
    assert find_genre(title, None) == genre


def test_a_stand_in_for_the_speaker_names_no_one():
    # www.peiji.com (dev half): ——领导在市十五届人大三次会议闭幕会上的讲话
    assert from_title("——领导在市十五届人大三次会议闭幕会上的讲话") is None
    assert corpus_meta("peiji-shi-15jie-renda-3ci-bimuhui-jianghua").speaker is None


@pytest.mark.parametrize("name, number", [
    ("gdwc-zhan-wu-huanfa-2022-10-xiongda-lvye", "湛(吴)环罚字〔2022〕10号"),  # www.gdwc.gov.cn (dev half)
    ("puning-gov-jieshihuan-puning-zegai-2025-26", "揭市环(普宁)责改〔2025〕26号"),  # www.puning.gov.cn (dev half)
    ("longquan-gov-yingjifa-2023-41", "(龙)应急罚〔2023〕41号"),  # www.longquan.gov.cn (dev half): printed ( 龙 )应急罚……
])
def test_an_authoritys_decision_on_a_case_is_a_decision_numbered_with_its_countys_office_in_brackets(name, number):
    found = corpus_meta(name)
    assert (found.doc_number, found.genre) == (number, "决定")


def test_a_stamp_under_the_text_in_the_republic_of_china_calendar_dates_the_page():
    # kccad.kinmen.gov.tw (dev half): • 點閱次數:268 / • 上版日期:112-02-04 under the notice
    assert corpus_meta("kinmen-kccad-minzhengchu-xuzhi-qianxi-dengji-xuanchuan-2023").date == "2023-02-04"


def test_a_mailbox_pages_heading_names_no_speaker():
    # www.dingcheng.gov.cn (dev half): 来信情况 above the letter
    assert from_byline("来信情况") is None


@pytest.mark.parametrize("name", ["mianchi-2022-tongji-gongbao", "111-229-73-81-qu-2021-tongji-gongbao", "xiaomonv0755-tongliao-2017-tongji-gongbao"])
def test_a_statistical_communique_without_its_title_is_known_by_how_it_opens_its_figures(name):
    # dev half: 初步核算,2022年实现地区生产总值231.66亿元,比上年增长2.……
    assert corpus_meta(name).genre == "公报"


def test_a_directive_served_on_a_case_is_a_notice():
    # wkm.edumine.net (dev half): 重大生产安全事故查处挂牌督办通知书
    assert find_genre("重大生产安全事故查处挂牌督办通知书", None) == "通知"


def test_a_meeting_record_opening_with_who_chaired_took_it_down_and_attended_is_a_record():
    # www.udd.gov.taipei (dev half): 主席:丁局長育群(黃一平代) / 紀錄:郭健峰 / 出席:黃一平、……
    assert corpus_meta("udd-taipei-dufaju-317ci-zhuguan-huibao-2009").genre == "纪要"


def test_a_reporters_credit_printed_apart_from_the_text_makes_it_a_report():
    # www.nmgttcy.com (dev half): 文/内蒙古日报社融媒体记者 戴宏 章奎 摄影/…… closing a report told in short lines
    assert corpus_meta("nmgttcy-neimenggu-daibiaotuan-24tiao-jianyi-huifu-2021").genre == "新闻报道"


def test_a_speakers_credit_with_a_space_before_its_speech_names_the_speaker_and_the_address():
    # www.moh.gov.sg (dev half): 卫生部长颜金勇 致辞全文 under the dinner's name
    found = corpus_meta("moh-gov-sg-yanjinyong-zongxiangbei-wanyan-zhici-2012")
    assert (found.speaker, found.genre, found.date) == ("颜金勇", "致辞", "2012-09-06")


def test_who_spoke_where_opening_a_title_names_no_issuer():
    # news.ecnu.edu.cn (dev half): 虞又铭在国际汉语文化学院2018届毕业典礼上的致辞
    assert corpus_meta("ecnu-news-yuyouming-guoji-hanyu-xueyuan-2018-biye-zhici").unit is None


@pytest.mark.parametrize("title", ["论机关效能建设", "略论台海安全局势及战略研判(一)", "论地方公共文化服务立法:类型、体例与技术准则"])
def test_an_essay_titled_as_a_discussion_of_its_subject_is_a_theory_article(title):
    # www.gdkjw.com, www.zhongguotongcuhui.org.cn, www.2016ccl.com (dev half); a 论坛's speech is not one
    assert find_genre(title, None) == "理论文章" and find_genre("论坛开幕式上的致辞", None) == "致辞"


def test_a_heads_name_and_post_under_a_draft_address_name_the_speaker():
    # www.kmuh.org.tw (dev half): 「高醫」是所有高醫人的高醫-60週年院慶院長致詞稿 / 【回本期目錄】 / 鍾飲文 院長 (106年7月)
    found = corpus_meta("kmuh-gaoyi-fuyuan-60-zhounian-yuanqing-yuanzhang-zhici-2017")
    assert (found.speaker, found.genre) == ("鍾飲文", "致辞")
    assert found.title.startswith("「高醫」是所有高醫人的高醫")


@pytest.mark.parametrize("name", ["cies-tyc-huihua-bisai-zhuanzhi-han-shuoming-2019", "nnkieh-guojiaoshu-hanzhuan-xiaoyuan-anquan-xuandao-2024",
                                  "stp-kh-jiaoyubu-110-hanzhuan-fagui-dianzidang"])
def test_a_taiwan_letter_opening_its_explanation_on_the_letter_it_answers_is_a_letter(name):
    # dev half: 一、依據教育部108年1月24日臺教社(一)字第1080011531A號函辦理。, the 主旨 line not on the page
    assert corpus_meta(name).genre == "函"


def test_an_office_and_name_byline_with_its_day_in_brackets_names_the_speaker():
    # cs0573.com (dev half): 省慈善总会会长 孙家贤 (2009年4月30日)
    found = corpus_meta("cs0573-jiaxing-cishan-zonghui-sun-jiaxian-jianghua-2009")
    assert (found.speaker, found.unit, found.date) == ("孙家贤", "省慈善总会", "2009-04-30")


def test_a_bodys_name_in_traditional_script_is_no_longer_name():
    # www.cdx.gov.cn (dev half), converted as a mirror prints it: 2008年工作謀劃 / 上谷鄉人民政府
    assert from_byline("上谷鄉人民政府") is None and from_byline("上谷乡人民政府") is None


def test_a_pages_headline_above_a_speechs_own_title_names_its_speaker():
    # news.sxu.edu.cn (dev half): 校长黄桂田在2022年毕业典礼暨学位授予仪式上的致辞 above 从我做起,从现在做起!
    found = corpus_meta("sxu-news-huangguitian-2022-biye-dianli-zhici")
    assert (found.speaker, found.genre) == ("黄桂田", "讲话")


@pytest.mark.parametrize("name, unit", [
    ("chaoxing-yingjing-bowuguan-linshi-biguan-2021", "荥经县博物馆"),
    ("csxlib-changshaxian-tushuguan-yuelanshi-zanting-kaifang-2018", "长沙县图书馆"),
    ("fangblog-chengdu-meishuguan-huayuan-biguan-gonggao-2022", "成都市美术馆"),
])
def test_a_library_or_museum_signing_its_own_notice_is_its_issuer(name, unit):
    assert corpus_meta(name).unit == unit


@pytest.mark.parametrize("name", ["ccb-xiamen-fenhang-2017-xitong-weihu-gonggao", "rzjtfz-rizhao-gongjiao-20-lu-linshi-tiaozheng-2022"])
def test_a_notice_greeting_the_customers_or_citizens_it_serves_is_no_speech(name):
    assert corpus_meta(name).genre != "讲话"  # 尊敬的客户: / 尊敬的广大市民:


@pytest.mark.parametrize("name, unit", [
    ("ahxx-dulou-zhen-linshi-jiuzhu-zhidu-2020", "杜楼镇人民政府"),  # 发布机构: 杜楼镇人民政府
    ("dongzhi-gov-cn-gegongzhen-fangxun-kanghan-yuan-2024", "葛公镇人民政府"),
    ("nbhtz-guisi-jiedao-diandong-zixingche-chongdian-tonggao-2024", "贵驷街道办事处"),
])
def test_a_township_body_named_in_full_as_the_pages_publisher_is_the_issuer(name, unit):
    assert corpus_meta(name).unit == unit


def test_a_lecture_names_its_lecturer_and_is_a_lecture():
    meta = corpus_meta("pdnet-gonggong-waijiao-jiangtan-liuyibin-xiaoguojia-2012")  # 主讲人:刘一斌
    assert (meta.speaker, meta.genre) == ("刘一斌", "讲课稿")


def test_a_charters_note_of_adoption_and_coming_into_force_dates_it_by_its_adoption():
    meta = corpus_meta("hzgsedu-hangzhou-qizheng-zhongxue-zhangcheng-2024")  # (2024年2月2日经……通过,……自2024年3月20日起正式生效。)
    assert meta.date == "2024-02-02"


def test_a_chamber_naming_its_members_meeting_in_a_title_is_the_chamber():
    assert corpus_meta("dongchong-dongyong-shanghui-huiyuan-dahui-zhidu").unit == "广州市南沙区东涌镇商会"  # ……商会会员大会制度, not ……商会会


@pytest.mark.parametrize("name, genre", [
    ("dachuan-2019-4hao-guifanxing-wenjian-qingli-tonggao", "通告"),  # ……有效规范性文件目录以本通告为准。
    ("weinan-swj-2022-hedao-caisha-jincaiqu-jincaiqi-gonggao", "公告"),  # 本公告规定……
])
def test_a_notice_without_its_title_that_names_itself_in_its_articles_has_that_genre(name, genre):
    assert corpus_meta(name).genre == genre


def test_a_text_opening_on_the_day_of_the_month_alone_is_a_report():
    meta = corpus_meta("hebei-baoding-hongshizihui-yaan-kangzhen-changyi-2013")  # 21日,河北保定市红十字会向此间媒体发布倡议书……
    assert (meta.genre, meta.unit) == ("新闻报道", None)


def test_an_official_chairing_a_meeting_on_a_day_is_reported():
    assert corpus_meta("morenews-nantou-xushuhua-fenghuang-taifeng-zhishi-2025").genre == "新闻报道"  # 縣長許淑華10日上午主持縣務會議時,……


@pytest.mark.parametrize("name, title", [
    ("cwwps-edu-hk-xiaozhang-dehua-2009", "校長的話"),  # the column's heading alone over the principal's letter
    ("dajiama-dongshizhang-dehua-zhengmingkun", "董事長的話"),
    ("wck-ccc-edu-hk-xiaozhang-dehua-zuihao-de-jiaoyu", "最好的教育"),  # 校長的話 / 最好的教育 / 莫苑萍校長
    ("keitsz-xiaozhang-dehua-xunxun-shanyou-zhi-jiazhang", "循循善誘勉勵 孜孜不倦傳薪"),  # 專業團隊.校長的話 above it
])
def test_a_heads_message_to_readers_is_an_address_titled_by_its_own_heading(name, title):
    meta = corpus_meta(name)
    assert (meta.title, meta.genre) == (title, "致辞")


def test_a_plans_drafting_is_a_plan():
    assert corpus_meta("wenxm-xiaoyuan-wusi-qingnianjie-huodong-fangan").genre == "方案"  # 校园五四青年节活动方案策划


def test_a_reporters_stamp_dated_with_slashes_and_a_count_dates_the_report_under_its_headline():
    meta = corpus_meta("formosa-ikh-chiayi-guanhu-xiehui-huiyuan-dahui-2025")  # 搜尋新聞關鍵字 / headline / 閻淳華 2025/05/19 187
    assert (meta.title, meta.date) == ("嘉義市觀護協會第四屆會員大會隆重登場 林長亨創會長再任理事長展現無私奉獻精神", "2025-05-19")


@pytest.mark.parametrize("name, unit", [
    ("changchun-yushu-danganguan-banqian-biguan-gonggao-2020", "榆树市档案馆"),  # an archive signing its closure notice
    ("xcswhg-xichang-wenhuaguan-youxiu-wenyi-shetuan-2022", "西昌市文化馆"),
    ("sumhs-zichanchu-nianzhong-yiqi-shebei-tingzhi-gouzhi-2017", "资产与设备管理处"),  # signed / 2017.10.31
    ("hqc-sdu-houqin-bangong-haocai-zhaobiao-caigou-tongzhi-2009", "后勤管理处"),  # signed / 2009、2、23
])
def test_archives_cultural_centres_and_signatures_dated_with_dots_name_the_issuer(name, unit):
    assert corpus_meta(name).unit == unit


@pytest.mark.parametrize("name", [
    "lnsfybjy-fuyou-baojianyuan-2024-guoqing-yiliao-gongzuo-anpai",  # 我院2024年国庆节期间医疗工作安排
    "shypzx-yangpu-zhongxin-yiyuan-laodongjie-menzhen-2017",  # 2017年劳动节门急诊安排
    "zzgushang-zhengzhou-gushang-yiyuan-qingming-zhiban-2019",  # ……清明节值班表(4月5日-4月7日)
])
def test_a_holidays_arrangements_are_a_notice(name):
    assert corpus_meta(name).genre == "通知"


def test_a_title_opening_with_its_announcement_or_with_the_office_that_announces_is_a_public_announcement():
    assert corpus_meta("td-gov-hk-zhongqu-zanshanli-linshi-jiaotong-gonggao-2024").genre == "公告"  # 運輸署公告中區贊善里臨時交通安排
    assert corpus_meta("hike-taiwan-gov-tw-yushan-qunfeng-jinzhi-ruyuan-gonggao-2018").genre == "公告"  # 公告自107年9月29日……
    assert corpus_meta("xcb-cusx-xiaoyuanwang-gonggao-fabu-guifan-tongzhi-2019").genre == "通知"  # 关于规范校园网公告公示发布的通知


def test_a_disclosure_report_whose_title_was_lost_is_known_by_the_templates_opening_section_or_its_preamble():
    assert corpus_meta("xiongxian-xiang-zhengfu-xinxi-gongkai-nianbao-2019").genre == "报告"  # 一、总体情况 / …… / 二、主动公开政府信息情况
    assert corpus_meta("lianhu-sifaju-xinxi-gongkai-nianbao").genre == "报告"  # 一、总体情况 / 我局……贯彻落实《中华人民共和国政府信息公开条例》……
    assert corpus_meta("zltq-baoligenhua-sumu-2025-xinxi-gongkai-niandu-baogao").genre == "报告"  # 本年度报告根据……制作。
    assert corpus_meta("cangyuan-gov-cn-2025-yijidu-zhengce-jiedu-jiancha-tongbao").genre == "通报"  # ……检查情况的通报 / 一、总体情况


def test_an_untitled_text_addressed_to_the_units_below_that_sets_out_arrangements_or_is_labelled_a_notice_is_a_notice():
    assert corpus_meta("glut-hqjt-pingfeng-xiaoqu-tingshui-tongzhi-2026").genre == "通知"  # 校属各单位、各部门,全体师生员工: / ……具体安排如下:
    assert corpus_meta("cjtennis-jituan-2014-wuyi-fangjia-anpai").genre == "通知"  # 各分公司、子公司、项目部,机关各部室 (no colon)
    assert corpus_meta("fuluen-edu-mo-jiaoqingju-baoyu-tingke-tongzhi-2018").genre == "通知"  # 【通知】因氣象局發出暴雨警告信號,……
    assert corpus_meta("glc-jwc-2025-qimo-kaoshi-qingkuang-tongbao").genre == "通报"  # addressed below, but a report on what happened


def test_a_news_headline_over_a_speech_opening_with_its_salutation_is_the_speech():
    found = corpus_meta("bjlianheng-shijie-hanshi-kenqinhui-kaimuci-2013")  # 第四届 世界韩氏恳亲会于中国海南隆重召开 / 尊敬的各位领导……
    assert found.genre == "致辞"


def test_a_government_pages_meta_tags_are_read_as_its_title_hint_posting_day_source_and_site():
    raw = read_corpus_document("wanzai-tongjiju-2022-tongji-gongbao")  # <meta name="ArticleTitle" ...>, PubDate, ContentSource, SiteIDCode
    assert raw.title_hints == ("万载县2022年国民经济和社会发展统计公报", "万载县人民政府-")
    assert dict(raw.declared) == {"site_code": "3609220011", "published": "2023-08-16 10:33:59", "publisher": "万载县统计局"}


SITE_DECLARED = (("site_code", "3609220011"), ("published", "2023-08-16 10:33:59"))
UNPLACED_NOTICE = "关于做好冬季防火工作的通知\n各单位:\n请切实做好冬季防火工作,确保安全。\n办公室"


def test_a_text_naming_no_place_is_placed_by_its_government_sites_division_code():
    meta = extract(clean(UNPLACED_NOTICE, (), SITE_DECLARED), today=TODAY)
    assert meta.place == "江西省宜春市万载县" and "3609220011" in meta.extracted_from["place"]
    assert extract(clean(UNPLACED_NOTICE), today=TODAY).place is None
    assert extract(clean(UNPLACED_NOTICE, (), (("site_code", "bm01000001"),)), today=TODAY).place is None  # a central body's site


def test_a_place_the_text_names_comes_before_its_sites_division():
    meta = extract(clean("关于做好冬季防火工作的通知\n各单位:\n请切实做好冬季防火工作,确保安全。\n宜丰县应急管理局", (), SITE_DECLARED), today=TODAY)
    assert meta.place == "江西省宜春市宜丰县"


def test_a_pages_declared_posting_day_dates_a_text_that_prints_none():
    meta = extract(clean(UNPLACED_NOTICE, (), SITE_DECLARED), today=TODAY)
    assert (meta.date, meta.date_kind) == ("2023-08-16", "发布")


@pytest.mark.parametrize("unit, context, place", [
    ("杜楼镇人民政府", "", "安徽省宿州市萧县"),  # www.ahxx.gov.cn: one township of that name in the country
    ("大涌鎮黨政辦公室", "", "广东省中山市"),  # Traditional script; a prefecture without counties
    ("慈溪掌起镇人民政府", "", "浙江省宁波市慈溪市"),  # the longest name that is a township's
    ("东湾镇人民政府", "靖远县东湾镇开展……", "甘肃省白银市靖远县"),  # four counties have a 东湾镇: the text names which
    ("东湾镇人民政府", "", None),
    ("城南新区(三江街道)", "", None),  # five counties have a 三江街道, and the text names none
])
def test_a_township_body_is_placed_at_its_county_by_the_national_division_codes(unit, context, place):
    from archive import gazetteer
    assert gazetteer.township_place(unit, context) == place


@pytest.mark.parametrize("name, place", [
    ("广州华夏职业学院", "广东省广州市"),  # www.gzhxtc.edu.cn: a city named without 市
    ("共青团广东茂名健康职业学院委员会", "广东省茂名市"),  # after its province's name, also without 省
    ("楚雄师范学院", "云南省楚雄彝族自治州"),  # an autonomous prefecture by its own part
    ("浙江大学", None),  # a province's name alone: the province's university, not its government's body
    ("中山区人大常委会办公室", None),  # 中山 goes on as a district's name (hylgyy.com, of 大连)
    ("吉林大学", None),  # 吉林 names a province and a city
])
def test_a_body_named_after_its_city_without_the_level_word_is_placed_there(name, place):
    from archive import gazetteer
    assert gazetteer.place_of_stem(name) == place


def test_a_township_governments_text_is_placed_at_the_townships_county():
    meta = corpus_meta("ahxx-dulou-zhen-linshi-jiuzhu-zhidu-2020")  # 发布机构: 杜楼镇人民政府
    assert meta.place == "安徽省宿州市萧县" and "杜楼镇" in meta.extracted_from["place"]
