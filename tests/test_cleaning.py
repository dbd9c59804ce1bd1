"""Unit tests for the cleaning stage on small hand-made inputs."""
from __future__ import annotations

import re

import pytest

from archive.cleaning import clean, headline_shaped, join_chunk_numbers, join_tokens, remove_inline_markers, split_into_paragraphs
from archive.cleaning.lines import unwrap_hard_wrapped
from archive.cleaning.paragraphs import split_subtitles
from archive.cleaning.title import DOC_NUMBER_LINE
from archive import rules
from archive.folding import fold
from archive.reading import read_source
from tests.conftest import ROOT
from tests.corpus_eval import read_corpus_document

CORPUS = ROOT / "tests" / "corpus"


def corpus_raw(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def corpus_clean(name: str):
    """A real document of the corpus, read and cleaned as the importer does it."""
    raw = read_corpus_document(name)
    return clean(raw.text, raw.title_hints, raw.declared)

MARKERS = rules.boilerplate().inline_markers


def texts(cleaned):
    return [block.text for block in cleaned.blocks]


def test_header_chrome_and_tips_block_are_dropped_but_the_text_is_kept():
    raw = "\n".join([
        "分享", "在全县大会上的讲话.docx", "下载文档", "ID:123", "大小:18KB", "温馨提示:",
        "1. 下载前请阅读。", "2. 本文档由用户上传。", "网站客服:3074922707", "全县 大会 讲话",
        "在全县大会上的讲话", "同志们:", "今天我们召开大会。会议很重要。",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "在全县大会上的讲话"
    assert texts(cleaned) == ["同志们:", "今天我们召开大会。会议很重要。"]
    assert cleaned.original_name == "在全县大会上的讲话.docx"
    assert {"下载文档", "网站客服:3074922707", "全县 大会 讲话"} <= set(cleaned.removed)


def test_related_list_after_end_marker_is_dropped():
    raw = "在全县大会上的讲话\n" + "正文第一段写得很长很长。" * 10 + "\n你可能关注的文档\n某某讲话.docx\n另一篇.docx"
    assert texts(clean(raw)) == ["正文第一段写得很长很长。" * 10]


def test_end_marker_at_the_top_does_not_swallow_the_document():
    raw = "相关推荐\n一篇讲话\n同志们:\n今天开会。"
    assert "今天开会。" in texts(clean(raw))


def test_page_markers_inside_a_sentence_are_removed_and_the_sentence_rejoined():
    assert remove_inline_markers("提高党员素质, —1—加强党的建设", MARKERS) == "提高党员素质, 加强党的建设"
    assert remove_inline_markers("谢谢大家。 —7— 第8页 共8页", MARKERS) == "谢谢大家。"
    assert remove_inline_markers("第 1 页 共 4 页", MARKERS) == ""
    assert remove_inline_markers("本文2010-08-11发表", MARKERS) == "本文2010-08-11发表"


LONG_SENTENCE = "我们要认真学习，深刻领会，扎扎实实抓好贯彻落实。" * 8


def test_spaces_after_sentence_ends_split_a_flattened_page_and_other_spaces_join():
    line = f"同志们: 今天开会, 很重要。 一、统一思想,提高认识 深入开展活动。 {LONG_SENTENCE}"
    assert split_into_paragraphs([line]) == ["同志们:", "今天开会,很重要。", "一、统一思想,提高认识", "深入开展活动。", LONG_SENTENCE]


def test_spaces_inside_an_ordinary_line_are_text_not_paragraph_breaks():
    line = "第一条 为了实施 《中华人民共和国档案法》，制定本办法。"
    assert split_into_paragraphs([line]) == [line]


def test_space_between_latin_words_survives_joining():
    assert join_tokens("Word", "2007") == "Word 2007"
    assert join_tokens("质量", "提高") == "质量提高"


def test_chunk_numbers_that_interrupt_sentences_are_removed():
    lines = ["1、第一段开始", "2、接着说完。然后", "3、继续写下去", "4、结束了。"]
    assert join_chunk_numbers(lines) == ["第一段开始接着说完。然后继续写下去结束了。"]


def test_a_real_numbered_list_keeps_its_numbers():
    lines = ["1、加强领导。", "2、明确责任。", "3、狠抓落实。"]
    assert join_chunk_numbers(lines) == lines


def test_title_repeated_at_the_top_is_removed_once_even_when_glued_and_damaged():
    title = "开展创先争优活动的几点思考"
    raw = f"{title}_第1页\n{title}_第2页\n{title} 开展创先争优活动的几点思索创先争优活动是一项经常性工作。 {LONG_SENTENCE}"
    cleaned = clean(raw)
    assert cleaned.title == title
    assert texts(cleaned) == ["创先争优活动是一项经常性工作。", LONG_SENTENCE]


def test_byline_under_the_title_is_kept_apart_from_the_text():
    raw = f"在大会上的讲话1 在大会上的讲话 王某某2011年6月5日 同志们: 今天开会。 {LONG_SENTENCE}"
    cleaned = clean(raw)
    assert cleaned.title == "在大会上的讲话"
    assert cleaned.byline == ("王某某2011年6月5日",)
    assert texts(cleaned) == ["同志们:", "今天开会。", LONG_SENTENCE]


def test_short_numbered_lines_become_headings():
    cleaned = clean("在全县大会上的讲话\n同志们:\n一、认清形势\n形势很好。\n（一）抓住机遇\n机遇难得。")
    headings = [(block.level, block.text) for block in cleaned.blocks if block.kind == "heading"]
    assert headings == [(2, "一、认清形势"), (3, "（一）抓住机遇")]


def test_preview_cut_off_notice_marks_the_text_truncated():
    cleaned = clean("在全县大会上的讲话\n同志们:\n今天开会。\n全文预览已结束\n下载本文档")
    assert cleaned.truncated_by == "全文预览已结束"
    assert "全文预览已结束" not in texts(cleaned)


def test_text_ending_mid_sentence_is_truncated():
    assert clean("在全县大会上的讲话\n同志们:\n今天开会,我们要").truncated_by.startswith("正文在句中结束")


def test_publish_stamp_is_kept_as_page_date_not_text():
    cleaned = clean("在全县大会上的讲话\n时间:2022-07-20 08:18:00\n同志们:\n今天开会。")
    assert cleaned.published == "2022-07-20"
    assert all("2022" not in text for text in texts(cleaned))


def test_site_is_recognised_by_its_signature():
    assert clean("在全县大会上的讲话\n本文链接:https://www.wenmi123.com/a.html\n同志们:").site == "文秘网"


def test_a_sentence_that_mentions_downloading_is_kept():
    raw = "讲话\n同志们:\n请大家下载文档后认真学习。"
    assert "请大家下载文档后认真学习。" in texts(clean(raw))


def test_text_wrapped_at_a_fixed_width_is_rejoined_into_paragraphs():
    lines = ["同志们：", "这是一段被固定宽度折行的文字，它在句子", "中间断开了，需要重新连接起来才能阅读。", "短的一行结束段落。",
             "第二段同样被折行处理了，每行的长度都一", "样，直到段落结束的那一行比较短一些。", "结束。",
             "第三段也是这样，一行写满了就换到下一", "行继续写，读者看到的却是完整的一段。"]
    assert texts(clean("在全县大会上的讲话\n" + "\n".join(lines))) == [
        "同志们：",
        "这是一段被固定宽度折行的文字，它在句子中间断开了，需要重新连接起来才能阅读。短的一行结束段落。",
        "第二段同样被折行处理了，每行的长度都一样，直到段落结束的那一行比较短一些。结束。",
        "第三段也是这样，一行写满了就换到下一行继续写，读者看到的却是完整的一段。",
    ]


def test_a_notices_one_wrapped_paragraph_among_short_lines_is_rejoined_but_a_title_printed_three_times_is_not():
    # too few full lines for the page's width to be known (the wrapped copies of tests/robustness.py: xhyb…tonggao-2022)
    from archive.cleaning.lines import unwrap_hard_wrapped

    lines = ["永登县公安局关于对县城部分道路实施临时交通管制的通告", "", "为全力做好我县新冠疫情防控工作,从严从细落实防控措施,有",
             "效阻断疫情传播途径,切实保障人民群众生命安全,根据永登县", "新冠肺炎疫情联防联控办工作要求,现决定对以下路段实施临时",
             "交通管制。", "", "一、管制时间", "", "二、管制路段", "", "特此通告。"]
    assert unwrap_hard_wrapped(lines)[2] == (
        "为全力做好我县新冠疫情防控工作,从严从细落实防控措施,有效阻断疫情传播途径,切实保障人民群众生命安全,根据永登县"
        "新冠肺炎疫情联防联控办工作要求,现决定对以下路段实施临时交通管制。")
    title = "高校(大学)党委书记在全校教师干部大会上的讲话"
    assert unwrap_hard_wrapped([title, title, title, "同志们:"]) == [title, title, title, "同志们:"]


def test_addressees_ending_on_a_colon_stay_apart_and_a_two_line_paragraph_at_the_texts_width_is_rejoined():
    # the wrapped copy of www.54xsr.com's 通知 (tests/robustness.py)
    from archive.cleaning.lines import unwrap_hard_wrapped

    lines = ["各省、自治区、直辖市人民政府,国务院各部委、各直属机构:", "根据国务院《关于修改〈全国年节及纪念日放假办法〉的决定》",
             ",为便于各地区、各部门及早合理安排节假日旅游、交通运输、", "生产经营等有关工作,经国务院批准,现将2012年元旦、春节、",
             "清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体", "安排通知如下。", "一、元旦:", "2012年1月1日至3日放假调休,共3天。",
             "二、春节:", "1月22日至28日放假调休,共7天。", "三、清明节:", "4月2日至4日放假调休,共3天。", "四、劳动节:",
             "4月29日至5月1日放假调休,共3天。", "五、端午节:", "6月22日至24日放假公休,共3天。", "六、中秋节、国庆节:",
             "9月30日至10月7日放假调休,共8天。", "节假日期间,各地区、各部门要妥善安排好值班和安全、保卫等", "工作,遇有重大突发事件发生,要按规定及时报告并妥善处置,",
             "确保人民群众祥和平安度过节日假期。", "国务院办公厅", "二〇一一年十二月五日"]  # too few full lines for the width to be known
    unwrapped = unwrap_hard_wrapped(lines)
    assert unwrapped[0] == "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"
    assert unwrapped[1].startswith("根据国务院") and unwrapped[1].endswith("具体安排通知如下。")
    assert "节假日期间,各地区、各部门要妥善安排好值班和安全、保卫等工作,遇有重大突发事件发生,要按规定及时报告并妥善处置,确保人民群众祥和平安度过节日假期。" in unwrapped
    two_lines_alone = ["节假日期间,各地区、各部门要妥善安排好值班和安全、保卫等", "工作,遇有重大突发事件发生,要按规定及时报告并妥善处置,", "国务院办公厅"]
    assert unwrap_hard_wrapped(two_lines_alone) == two_lines_alone  # no wider paragraph showed the width


def test_a_blank_line_parts_paragraphs_where_a_text_prints_it_between_paragraphs_only():
    # the wrapped copy of hebnews.cn's report (tests/robustness.py): a full line ends a sentence, a blank line, a new paragraph
    from archive.cleaning.lines import lines_after_blank_lines, unwrap_hard_wrapped

    text = ("承德市两人及一社区在“三八”前被全国妇联表彰\n\n为表彰先进,培树巾帼楷模,用榜样的力量带动亿万妇女群众,\n"
            "以更加饱满的热情和昂扬的精神状态建功新时代,在“三八”国\n际妇女节前夕,全国妇联做出决定,授予承德市妇联主席赵春丽\n"
            "及塞罕坝机械林场总场工作人员陈彦娴全国“三八”红旗手荣誉\n称号,授予双滦区御祥园社区全国“三八”红旗集体荣誉称号。\n\n"
            "其中,全国共有10 位优秀女性被授予全国“三八”红旗手标兵\n荣誉称号,299 人被授予全国“三八”红旗手荣誉称号,河北\n"
            "省有10 人被授予此称号。")
    after_blank = lines_after_blank_lines(text)
    assert after_blank == {"为表彰先进,培树巾帼楷模,用榜样的力量带动亿万妇女群众,", "其中,全国共有10 位优秀女性被授予全国“三八”红旗手标兵"}
    lines = [line for line in text.split("\n") if line]
    assert unwrap_hard_wrapped(lines, after_blank=after_blank)[2].startswith("其中,")
    assert lines_after_blank_lines(text.replace("\n", "\n\n")) == frozenset()  # a blank line after every line parts nothing


@pytest.mark.parametrize("line, apart", [
    ("東皇鎮人民政府 醒民鎮人民政府 東寧鎮人民政府", True),  # columns of names
    ("作者 张三", True),
    ("进行视察。院党委书记、院长刘家珍陪同。 在二期项目施工现", False),  # after a sentence (oa.czdyrmyy.com)
    ("7月14日,长汀县“讲好家乡故事 共话乡村振兴”演讲比赛在", False),  # inside a quoted slogan (fjctw.net)
    ("比赛现场,各参赛队伍紧紧围绕“讲好家乡故事 共话乡村振兴", False),  # its quotation closing on the next line
    ("2021 年,全县上下坚持以习近平新时代中国特色社会主义思想", False),  # beside a figure (www.gzhezhang.gov.cn)
    ("第一条 为了规范市人民代表大会及其常务委员会的立法活动,", False),  # after a law's article number
])
def test_a_space_sets_words_apart_only_between_two_chinese_characters_outside_a_quotation(line, apart):
    from archive.cleaning.lines import _spaced_apart
    assert _spaced_apart(line) is apart


def test_a_wrapped_paragraph_keeping_a_space_after_a_sentence_is_rejoined_but_columns_of_names_are_not():
    # the wrapped copy of oa.czdyrmyy.com's report (tests/robustness.py): the page kept a space after 陪同。
    from archive.cleaning.lines import unwrap_hard_wrapped

    lines = ["12月9日上午,副市长刘茂松对我院儿童医院二期项目建设工程", "进行视察。院党委书记、院长刘家珍陪同。 在二期项目施工现",
             "场,刘茂松详细听取了我院及土建、监理等单位项目负责人关于", "工程建设的情况汇报,并询问了工程存在哪些问题和困难。针对",
             "我院提出的问题,他当场安排相关人员加以督促并尽快解决。", "院办 2015年12月10日"]
    assert unwrap_hard_wrapped(lines)[0].startswith("12月9日上午,副市长刘茂松对我院儿童医院二期项目建设工程进行视察。")
    names = ["東皇鎮人民政府 醒民鎮人民政府 東寧鎮人民政府", "東昇鎮人民政府 東海鎮人民政府 東華鎮人民政府",
             "東山鎮人民政府 東城鎮人民政府 東湖鎮人民政府"]
    assert unwrap_hard_wrapped(names) == names


@pytest.mark.parametrize("name, opening", [
    ("fanwen99-xuexiao-anquan-mubiao-zerenshu", "为进一步落实十二项育人制度,强化校园安全工作管理,严格落实"),
    ("zuomama-yingshang-yiqing-zhihuibu-tonggao-34-2022", "根据国务院联防联控机制和省市疫情防控有关规定,经专家组综合研判"),
    # full lines are too few among the page's own unless each paragraph's indented first line counts as one
    ("dsnews-daishan-yanguan-fenshao-jigan-2018", "夏季是秸秆焚烧的“旺季”,近日,县城市管理局(综合行政执法局)城区执法一中队"),
    # indented by four spaces, a first line is short by four characters, not two
    ("lfllg-yingsheng-suo-dangzhibu-pengzhen-jinianguan-2018", "2018年6月30日下午,我所党支部全体党员在支部书记李涛老师的带领下"),
])
def test_a_short_wrapped_paragraphs_indented_first_line_joins_the_lines_under_it(name, opening):
    # development-half texts wrapped at 28 characters as tests/robustness.py wraps them, too few lines for the text's width
    # to be known: the paragraph's first line is as wide as the others with its indent
    from tests.robustness import wrapped_as_in_a_pdf

    raw = read_source(next(path for path in CORPUS.glob(f"{name}.*") if path.suffix != ".yaml"))
    assert texts(clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints))[0].startswith(opening)


def test_a_wrapped_line_ending_on_a_colon_ends_its_paragraph():
    # www.kmyl.gov.cn's 宜良县地震应急预案 (dev half), wrapped at 28 characters as tests/robustness.py wraps it: the addressees
    # (各乡镇(街道)、产业园区,县直各单位、省市垂直管理单位:) stay a line of their own
    from tests.robustness import wrapped_as_in_a_pdf

    raw = read_source(CORPUS / "kmyl-yiliang-xian-dizhen-yingji-yuan-2023.txt")
    assert "各乡镇(街道)、产业园区,县直各单位、省市垂直管理单位:" in texts(clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints))


def test_text_with_ordinary_paragraph_lines_is_not_rewrapped():
    lines = ["第一段很短。", "第二段稍微长一些，但也是完整的一段。", "第三段。", "第四段内容比较多，写了好几句话。它有自己的结尾。"]
    assert texts(clean("在全县大会上的讲话\n" + "\n".join(lines))) == lines


def test_traditional_page_markers_and_comment_links_are_removed():
    raw = "關於加強檔案管理的通知\n各單位：\n請認真辦理，第 1 頁，共 2 頁 按時報送。\n來源：某某網 我來說兩句\n我來說兩句"
    assert texts(clean(raw)) == ["各單位：", "請認真辦理， 按時報送。"]


def test_distribution_lines_of_a_taiwan_letter_are_taken_out_of_the_text():
    raw = "關於檔案管理之函\n主旨：請查照。\n說明：依規定辦理。\n正本：各機關\n副本：本部秘書處"
    cleaned = clean(raw)
    assert cleaned.cc == ("正本：各機關", "副本：本部秘書處")
    assert texts(cleaned) == ["主旨：請查照。", "說明：依規定辦理。"]


def test_chrome_is_recognised_by_its_shape_not_only_by_listed_phrases():
    raw = "\n".join([
        "新闻 | 政务 | 服务 | 互动", "在全县大会上的讲话", "【字体：大 中 小】【打印】【关闭】", "print share",
        "同志们：", "今天开会。", "2019 2020 2021", "Copyright © 2020 某某县人民政府 版权所有",
    ])
    assert texts(clean(raw)) == ["同志们：", "今天开会。", "2019 2020 2021"]


def test_page_labels_carried_after_the_text_on_a_flattened_line_are_dropped():
    # swcszx.gov.cn: the report, its credits and a table border on one line
    text = clean("城区政协召开提案交办会\n4月18日,城区政协召开提案交办会,一批提案交由区有关部门落实。 要强化探索创新,进一步推动提案办理工作再上新台阶。 文:柯腾峰 编辑:陈静峰 责编:黄浩洋 周贵毓 编审:贾继业 |\n")
    assert text.blocks[-1].text.endswith("再上新台阶。")


def test_a_flattened_page_splits_its_headline_from_the_stamp_after_it_and_dates_itself_by_the_stamp():
    # mingshan.gov.cn: headline, 来源, 发布时间, counter and buttons, then the text, all on one line
    text = corpus_clean("mingshan-qu-shuiliju-zhuyao-heliu-xuncha-2018")
    assert text.title == "区水利局对辖区内主要河流进行巡查"
    assert text.published == "2018-08-01"
    assert texts(text)[0].startswith("为更好的落实区委、区政府对防汛工作的要求")


def test_a_bare_attachment_label_closing_the_page_is_dropped():
    # czedu.gov.cn: the links under 附件: were lost with the page's markup
    text = clean("关于2015年中秋、国庆放假的通知\n各班级:\n根据上级通知精神,现将放假安排通知如下,请各班级认真做好安全教育工作。\n2015年9月23日\n附件:\n")
    assert text.blocks[-1].text == "2015年9月23日"


def test_buttons_and_page_labels_run_together_on_one_line_are_chrome():
    from archive.cleaning.chrome import is_buttons_and_labels

    assert is_buttons_and_labels("以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【 】【加入会员")  # www.wmjy.net
    assert not is_buttons_and_labels("为深入贯彻【重要】精神,现通知如下")


def test_a_bracketed_note_is_not_joined_to_the_line_after_it():
    # www.html360.com 汕尾市制定地方性法规条例: its note of adoption, then 目 录
    note = "(2017年1月12日汕尾市第七届人民代表大会第一次会议通过 2017年3月29日广东省第十二届人民代表大会常务委员会第三十二次会议批准 根据2024年3月26日汕尾市第八届人民代表大会常务委员会第二十五次会议通过并经2024年5月30日广东省第十四届人民代表大会常务委员会第十次会议批准的《关于修改〈汕尾市制定地方性法规条例〉的决定》修正)"
    text = clean(f"汕尾市制定地方性法规条例\n{note}\n目  录\n第一章 总  则\n第一条 为了规范立法活动,提高立法质量,制定本条例。\n")
    assert note in text.byline


def test_a_page_stamp_with_a_chinese_date_and_time_is_chrome():
    from archive.cleaning.chrome import is_label_line

    assert is_label_line("2014年12月04日 22:30:55 访问量:336")  # a school site's repost of an inspection group's 反馈意见


def test_a_taiwan_document_number_with_a_letter_is_read():
    from archive.cleaning.title import DOC_NUMBER

    assert DOC_NUMBER.search("發文字號:府城都一字第1113614967B號").group(0) == "府城都一字第1113614967B號"  # www.yunlin.gov.tw


def test_page_stamps_with_labels_no_list_names_are_chrome_above_and_below_the_text():
    from archive.cleaning.chrome import is_stamp_line

    assert is_stamp_line("更新日期:2024-01-12")  # abrd.gov.cn
    assert is_stamp_line("录入者:未知")  # czedu.gov.cn
    assert is_stamp_line("栏目: 工作总结精选 / 发布于: / 人气:2.12W")  # mtfww.com
    assert is_stamp_line("公文种类 :其他")  # dscjxm
    assert is_stamp_line("信息来源:深圳市第五届人民代表大会第二次会议 信息提供日期:2011-03-08")  # sz.gov.cn
    assert not is_stamp_line("会议时间:2023年5月6日上午9时在县政府三楼会议室召开,请各单位准时参加。")
    assert not is_stamp_line("各位代表:")
    assert not is_stamp_line("联系人:张兴东")  # bm.cugb.edu.cn: the notice's own contact line


def test_a_day_under_a_news_items_credits_is_the_day_it_was_posted_not_its_last_line():
    text = corpus_clean("pdsdsgz-sangao-xinxueqi-quanti-jiaogong-dahui-2017")  # ……迈向新台阶。 / 文、图/李丹利 / 责任编辑:李丹利 / 2017年8月18日
    assert texts(text)[-1].endswith("学校的发展必将迈向新台阶。")
    assert text.published == "2017-08-18"
    signed = clean("关于召开会议的通知\n各单位:\n请准时参加。\n某某县人民政府办公室\n2023年5月1日\n")
    assert texts(signed)[-1] == "2023年5月1日"  # under a signature the day is the document's own


def test_a_taiwan_pages_accessibility_badge_qr_note_and_image_path_are_not_its_title_or_text():
    text = corpus_clean("gov-taipei-ca-lizhang-dingwei-zizhi-tiaoli")  # 通過AA2.1等級無障礙網頁檢測 / 手機掃描QR Code,…… / /001/Upload/….jpg
    assert not text.title_found
    assert texts(text)[0].startswith("一、里長之定位及職務")


def test_who_drafted_checked_signed_off_or_supplied_a_news_item_is_chrome_below_it():
    # a hospital's news (tests/corpus/phcc120-gongwei-zhongxin-zuofeng-zhengzhi-chuandahui-2018.txt; gssey-…-zuotanhui.txt: 供稿:院办)
    raw = "\n".join(["市卫生计生委召开作风整治传达会", "11月19日,会议传达了文件精神,切实保障人民群众健康权益。",
                     "稿件来源:医务科", "拟稿人:冯宪标", "校稿人:冯琛", "审核人:周晓飞", "签发领导:张仁卿", "供稿:院办"])
    assert [block.text for block in clean(raw).blocks] == ["11月19日,会议传达了文件精神,切实保障人民群众健康权益。"]


def test_a_stamp_above_the_text_is_dropped_and_its_date_kept_as_the_publish_date():
    text = clean("关于中秋国庆放假的通知\n录入者:未知 更新日期:2015-09-23\n各班级:\n根据上级通知精神,现将放假安排通知如下。\n")
    assert [block.text for block in text.blocks][0] == "各班级:"
    assert text.published == "2015-09-23"


def test_a_stamp_below_the_last_sentence_is_dropped_but_the_same_shape_inside_the_text_is_kept():
    text = clean("关于召开会议的通知\n各单位:\n会议时间:5月6日\n请准时参加。\n某某县人民政府办公室\n2023年5月1日\n人气:2.12W\n")
    assert [block.text for block in text.blocks] == ["各单位:", "会议时间:5月6日", "请准时参加。", "某某县人民政府办公室", "2023年5月1日"]


def test_a_laws_table_of_contents_under_its_note_opens_the_text_and_is_no_spaced_name():
    # www.html360.com 汕尾市制定地方性法规条例: 目  录 looks like a name printed letter-spaced (习 近 平)
    note = "(2017年1月12日汕尾市第七届人民代表大会第一次会议通过)"
    text = clean(f"汕尾市制定地方性法规条例\n{note}\n目  录\n第一章 总  则\n第二章 立法规划\n第一章 总  则\n第一条 为了规范立法活动,提高立法质量,制定本条例。\n")
    assert text.blocks[0].text == "目 录"
    assert "目 录" not in text.byline


def test_a_law_databases_bracketed_labels_are_read_as_metadata():
    # www.cgcq.net, a Discuz! forum reposting a law database page
    text = clean("江苏省《国家行政机关公文处理办法》实施细则\n  【颁布单位】 江苏省政府\n  【颁布日期】 19891016\n第一条 为做好公文处理工作,制定本实施细则。\n")
    assert text.field("issuer") == "江苏省政府"
    assert text.field("promulgated") == "19891016"
    assert text.blocks[0].text.startswith("第一条")


def test_a_forums_random_anti_copy_strings_are_removed_and_ascii_words_kept():
    from archive.cleaning.lines import remove_jammer_noise

    jammed = [  # www.opticsky.cn, a Discuz! forum reposting 国办发明电〔2012〕33号
        "国务院办公厅关于2013年部分节假日安排的通知", ")FqE8oN-", "*H", "RxC 国办 发明电〔2012〕33号",
        ":PaFC{O)* jWW2&cBm\\ 各省、自治区、直辖市人民政府,国务院各部委、各直属机构:",
        "afc?a-~Z 一、元旦:1月1日至3日放假调休,共3天。", "Vt* 三、清明节:4月4日至6日放假调休,共3天。",
        "_L!\"3 a}c(#ZLs 国务院办公厅 T+4Musu{V",
    ]
    assert [line for line in remove_jammer_noise(jammed) if line] == [
        "国务院办公厅关于2013年部分节假日安排的通知", "国办 发明电〔2012〕33号", "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:",
        "一、元旦:1月1日至3日放假调休,共3天。", "三、清明节:4月4日至6日放假调休,共3天。", "国务院办公厅",
    ]
    ordinary = ["PDF 文件下载", "Word 版本", "2012 年工作总结", "GB/T 9704 规定"]
    assert remove_jammer_noise(ordinary) == ordinary


def test_a_medias_own_dateline_opens_the_report_as_a_byline():
    # www.ahwang.cn: 大皖新闻讯 before the text, 编辑 许大鹏 under it
    text = clean("临泉县调整风险区\n大皖新闻讯 据临泉县人民政府网消息,县疫情防控应急指挥部发布通告。\n以上风险区后续将根据疫情防控形势变化适时调整。\n编辑 许大鹏\n")
    assert text.blocks[0].text.startswith("据临泉县人民政府网消息")
    assert text.blocks[-1].text == "以上风险区后续将根据疫情防控形势变化适时调整。"


def test_credits_and_tags_below_a_report_are_chrome():
    text = clean("县委全会分组讨论\n1月6日,县委十二届二次全体(扩大)会议隆重召开。\n全力做好各项工作。\n(記者:李雄 編輯:穆丁花)\n责编:王云贵 审核:陈 鑫\nTAG:疫情 指挥部 防控\n?\n")
    assert [block.text for block in text.blocks] == ["1月6日,县委十二届二次全体(扩大)会议隆重召开。", "全力做好各项工作。"]  # m.bmgjnxf.com; www.liufangtea.com; m.zuomama.com


def test_a_speech_byline_of_date_and_place_is_a_byline():
    from archive.cleaning.paragraphs import is_byline

    assert is_byline("(2010年10月1日,上海)")  # nakedoat.com: 吳邦國's speech at the Expo
    assert not is_byline("(2010年10月1日,上海世博会中国国家馆日仪式隆重举行)")


def test_a_lone_dash_above_the_breadcrumb_label_is_chrome():
    text = clean("-\n您当前所在的位置:\n关于暂停开展2020年人防避暑纳凉工作的公告\n根据疫情防控要求,决定暂停开展2020年人防避暑纳凉工作。\n特此公告。\n")  # rfb.lishui.gov.cn
    assert text.title == "关于暂停开展2020年人防避暑纳凉工作的公告"
    assert text.blocks[0].text.startswith("根据疫情防控要求")


def test_jammer_written_as_spaced_pairs_goes_and_section_numbers_stay():
    from archive.cleaning.lines import remove_jammer_noise

    jammed = [  # www.montrealchinese.com, a Discuz! portal reposting 国办发明电〔2013〕28号
        "; A6 L! k* W1 y0 ^/ ~' J% t - f9 y% t\" e5 f J4 S\" I", "! H5 y6 t& Q0 n4 n) G", "- |; d7 ~0 E+ s1 \\6 X4 k, O",
        "$ @1 e7 J A5 P6 f 国务院办公厅关于2014年", "- Z- K\" s% l/ _7 W' g) v 各省、自治区、直辖市人民政府:", "部分节假日安排的通知 2 B", "( L3 m% L, v3 f4 | 四、劳动节:5月1日至3日放假调休,共3天。",
        "r1 \\3 [' A8 A, d, F- y' l 五、端午节:6月2日放假,与周末连休。", "; S' ]( W$ l! _ 六、中秋节:9月8日放假,与周末连休。",
        "2 m1 ?% M& ^5 P- i 七、国庆节:10月1日至7日放假调休,共7天。",
    ]
    assert [line for line in remove_jammer_noise(jammed) if line] == [
        "国务院办公厅关于2014年", "各省、自治区、直辖市人民政府:", "部分节假日安排的通知", "四、劳动节:5月1日至3日放假调休,共3天。", "五、端午节:6月2日放假,与周末连休。",
        "六、中秋节:9月8日放假,与周末连休。", "七、国庆节:10月1日至7日放假调休,共7天。",
    ]
    numbered = ["1 总则", "1.1 目的", "1.2 依据", "1.3 适用范围", "1.4 工作原则", "2 组织体系"]  # zjkyx.gov.cn 应急预案
    assert remove_jammer_noise(numbered) == numbered


def test_jammer_glued_to_the_sentence_before_it_goes_and_the_sentence_keeps_its_colon():
    text = corpus_clean("0916001-zhenba-2020-weifan-zhengzhi-jilv-anli-tongbao")  # a county forum's Discuz! post
    opening = next(position for position, block in enumerate(texts(text)) if block.startswith("新冠肺炎疫情防控工作以来"))
    assert texts(text)[opening].endswith("典型案例通报如下:")
    assert texts(text)[opening + 1] == "1.镇巴县兴隆镇财政审计所所长陈国琴、镇巴县育才幼儿园教师符春黎在微信群散布疫情虚假信息的问题。"
    assert "2.镇巴县农业农村局党组成员、副局长何景林在微信群散布不当言论的问题。" in texts(text)
    assert "0 0" not in texts(text)
    assert not any(re.search(r"[A-Za-z]\d|\d [A-Za-z]", block) for block in texts(text))


@pytest.mark.parametrize("name, title, first", [
    # the text's first paragraph printed above the headline, its end mangled ("/>今天:)
    ("23v6-zhaodong-caoyuan-jinmu-gonggao-2024", "肇東市草原禁牧公告", "為切實做好我市草原禁牧工作"),
    # the headline run into the text's first words, above both; the copy below has lost words (泉州市局交通支队)
    ("kuyiso-quanzhou-licheng-yuanxiao-jiaotong-guanzhi-tonggao", "关于元宵节期间对西街、中山路实行适时交通管制的通告", "为确保元宵节期间道路交通安全"),
])
def test_a_teaser_above_the_headline_that_the_text_repeats_is_chrome(name, title, first):
    text = corpus_clean(name)
    assert text.title == title
    assert text.blocks[0].text.startswith(first)
    assert sum(block.text.startswith(first) for block in text.blocks) == 1


def test_a_sites_cut_off_summary_above_the_text_it_repeats_is_chrome():
    # www.casakenia.com: the page's summary runs the title into the text's first words, then the document follows
    raw = (
        "安徽省人民政府關于實施《國務院關于基礎教育改革與發展的決定》的意見\n"
        "安徽省人民政府關于實施《國務院關于基礎教育改革與發展的決定》的意見(皖政[2001]85號)各市、縣人民政府,省政府各部門、各直屬機構:為認真貫徹落實《國務院關于基礎教育改革與發展\n"
        "安徽省人民政府關于實施\n《國務院關于基礎教育改革與發展的決定》的意見\n(皖政[2001]85號)\n各市、縣人民政府,省政府各部門、各直屬機構:\n"
        "為認真貫徹落實《國務院關于基礎教育改革與發展的決定》(國發[2001]21號)和全國基礎教育工作會議精神,現結合實際,提出以下實施意見。\n"
    )
    text = clean(raw)
    assert [block.text for block in text.blocks][:2] == ["各市、縣人民政府,省政府各部門、各直屬機構:", "為認真貫徹落實《國務院關于基礎教育改革與發展的決定》(國發[2001]21號)和全國基礎教育工作會議精神,現結合實際,提出以下實施意見。"]
    assert text.doc_number == "皖政[2001]85號"


def test_a_whole_sentence_printed_above_the_text_that_repeats_it_stays():
    # ccckss.edu.hk: the notice's headline is its first sentence
    raw = "由於三號熱帶氣旋警告信號現正生效,幼稚園及特殊學校今日停課。\n由於三號熱帶氣旋警告信號現正生效,幼稚園及特殊學校今日停課。 教育局已發出書面准許。\n"
    assert clean(raw).blocks[0].text.startswith("由於三號熱帶氣旋警告信號現正生效")


def test_a_body_signing_after_the_closing_formula_without_a_readable_date_is_the_signature():
    text = clean("关于开展自评工作的通知\n各分党委(党总支部):\n请按要求做好自评工作。\n特此通知\n中国地质大学(武汉)党委组织部\n")  # zzb.cug.edu.cn
    assert text.signature == ("中国地质大学(武汉)党委组织部",)
    damaged = clean("关于暂停开展人防避暑纳凉工作的公告\n根据疫情防控要求,决定暂停开展人防避暑纳凉工作。\n特此公告。\n丽水市人民防空办公室\n202072\n")  # rfb.lishui.gov.cn
    assert damaged.signature == ("丽水市人民防空办公室",)


def test_a_list_of_bodies_closing_a_text_without_a_closing_sentence_is_no_signature():
    text = clean("参会单位名单\n一、县直单位\n县教育局\n县财政局\n")
    assert text.signature == ()


def test_a_chinese_date_typed_with_an_arabic_zero_is_read():
    from archive.metadata.dates import dates_in
    from datetime import date

    assert dates_in("二0一九年一月八日", date(2026, 1, 1)) == ["2019-01-08"]  # www.luyuan.gov.cn


def test_a_taiwan_notice_headed_by_its_subject_takes_the_subject_as_its_title():
    # hike.taiwan.gov.tw: the heading (with an archive note), the stamps, then 主旨: repeating it
    raw = (
        "公告自107年9月29日中午12時起至10月2日上午5時止,禁止本園生態保護區「玉山主、群峰線」之入園活動。(此為歷史消息,僅供參考,請以現況為準)\n"
        "發布日期:2018-09-28\n截止日期:2018-10-02\n發布單位:玉管處\n"
        "主旨:公告自107年9月29日中午12時起至10月2日上午5時止,禁止本園生態保護區「玉山主、群峰線」之入園活動。\n"
        "依據:國家公園法第十九條。\n公告事項:\n一、基於公共安全需要,暫時關閉。\n"
    )
    text = clean(raw)
    assert text.title == "公告自107年9月29日中午12時起至10月2日上午5時止,禁止本園生態保護區「玉山主、群峰線」之入園活動。"
    assert text.blocks[0].text.startswith("主旨:公告自107年9月29日")
    assert "截止日期:2018-10-02" in text.removed


def test_a_sites_contacts_under_a_signed_and_dated_notice_are_chrome_but_a_replys_contact_person_is_not():
    notice = clean("关于暂停部分科室门诊的通告\n根据有关要求,我院暂停部分科室门诊。\n特此通告。\n惠州仲恺高新区人民医院\n2020年4月9日\n"
                   "地址:惠州仲恺高新区陈江街道曙光路1号\n联系电话:0752-5750880\nE-mail:zkqrmyy@163.com")  # hzzkrmyy.com
    assert notice.blocks[-1].text == "2020年4月9日" and not any("电话" in block.text for block in notice.blocks)
    reply = clean("关于第105号建议的答复函\n杨代表:\n您提出的建议收悉,现答复如下。\n感谢您对交通运输工作的关心。\n"
                  "某县交通运输局\n2022年7月22日\n联系人及电话:杨谦堂 15126801666")  # ynmg.gov.cn: the 公文's own note
    assert reply.blocks[-1].text == "联系人及电话:杨谦堂 15126801666"


def test_a_hijacked_sites_spam_headline_is_chrome_and_the_portal_table_under_it_gives_the_title():
    cleaned = corpus_clean("8m9cc-qianjiang-nongzu-2021-5-fanpin-jiance-fangan-tongzhi")  # 日韩av影片在线观看_……, then • 文件標題 ……
    assert cleaned.title.startswith("中共重慶市黔江區委農村工作暨實施鄉村振興戰略領導小組關于印發")
    assert not any("在线观看" in line for line in cleaned.header + tuple(block.text for block in cleaned.blocks))
    assert corpus_clean("bored-shengrenshe-gaowen-jintie-240yuan").title.startswith("35℃以上室外露天作業可享高溫津貼")


def test_a_flattened_reports_bracketed_reporters_keep_their_spaces_and_are_its_credit():
    # www.7276660.com: the last paragraph's items parted by spaces, and the reporters' names in brackets after it
    found = clean("西园街道召开文明创建工作推进会\n9月10日上午,西园街道召开文明创建工作推进会,街道全体班子成员参会。\n"
                  "最后,街道党工委书记高峰提出三点要求: 一提高思想认识抓好责任落实。全街道自上而下,要提高站位。 "
                  "二强化问题整改。部办、社区要对检查出来的问题立行整改,深入推进全街道的文明创建工作。(张云龙 王洁 孙雨静)")
    assert found.credit == "(张云龙 王洁 孙雨静)"
    assert found.blocks[-1].text.endswith("深入推进全街道的文明创建工作。")


def test_a_newspaper_page_with_its_note_of_adoption_flattened_into_one_line():
    # rmrb.haitun.store, 人民日报 1996-10-12 第1版: list entry, headline with page and column, note, text on one line
    raw = (
        "第 1 版\n1. 中国共产党中央纪律检查委员会第七次全体会议公报\n"
        "第1版(要闻)专栏: 中国共产党中央纪律检查委员会第七次全体会议公报 (1996年10月11日 中国共产党中央纪律检查委员会第七次全体会议通过)"
        "中国共产党中央纪律检查委员会第七次全体会议,于1996年10月11日在北京举行。 中央纪委这次全会的议题是:学习、贯彻党的十四届六中全会精神。\n"
    )
    text = clean(raw)
    assert text.title == "中国共产党中央纪律检查委员会第七次全体会议公报"
    assert text.byline == ("(1996年10月11日中国共产党中央纪律检查委员会第七次全体会议通过)",)
    assert text.blocks[0].text == "中国共产党中央纪律检查委员会第七次全体会议,于1996年10月11日在北京举行。"


def test_a_laws_note_glued_to_its_first_chapter_is_split_from_it():
    from archive.cleaning.paragraphs import split_into_paragraphs

    note = "(1992年10月24日安徽省第七屆人民代表大會常務委員會第三十三次會議通過)"  # mzt333.com
    assert split_into_paragraphs([note + "第一章 總則"]) == [note, "第一章 總則"]


def test_a_traditional_law_printed_with_its_title_over_two_lines_and_its_note_wrapped():
    # mzt333.com 安徽省實施……代表法》辦法 (1992): title twice, the second over two lines; the note wrapped and glued to 第一章
    raw = (
        "安徽省實施《中華人民共和國全國人民代表大會和地方各級人民代表大會代表法》辦法\n"
        "安徽省實施《中華人民共和國全國人民代表大會和\n地方各級人民代表大會代表法》辦法\n"
        "(1992年10月24日安徽省第七屆人民代表大會\n常務委員會第三十三次會議通過)第一章 總則\n"
        "第一條 為保證代表依法行使職權,制定本辦法。\n"
    )
    text = clean(raw)
    assert text.byline == ("(1992年10月24日安徽省第七屆人民代表大會常務委員會第三十三次會議通過)",)
    assert text.blocks[0].text == "第一章 總則"


def test_reporters_credited_after_the_last_sentence_leave_the_text_and_mark_a_report():
    text = clean("縣人大代表審議政府工作報告\n1月5日,縣人大代表團審議政府工作報告。\n代表們一致表示,為全縣高質量發展努力奮斗。(記者:李雄 編輯:穆丁花)\n")  # m.bmgjnxf.com
    assert text.blocks[-1].text == "代表們一致表示,為全縣高質量發展努力奮斗。"
    assert text.credit == "(記者:李雄 編輯:穆丁花)"


def test_a_doc_number_with_a_space_after_the_issuers_abbreviation_is_read():
    from archive.cleaning.title import DOC_NUMBER_LINE

    assert DOC_NUMBER_LINE.match("国办 发明电〔2012〕33号").group("number") == "国办 发明电〔2012〕33号"  # www.opticsky.cn
    assert DOC_NUMBER_LINE.match("发文字号 湘政发〔2020〕1号") is None  # a label before the number is no part of it


def test_a_sites_name_before_its_staff_labels_and_a_counter_below_the_text_are_chrome():
    text = clean("关于实施交通管制的通告\n为确保道路施工安全,决定实施交通管制。\n特此通告。\n二○○八年十一月四日\n千岛湖新闻网 编辑:叶青 方耀\n149027\n")  # qdhnews.com.cn; www.eastca.com.cn
    assert text.blocks[-1].text == "二○○八年十一月四日"


def test_a_damaged_date_below_the_signature_is_no_counter():
    text = clean("关于暂停开展人防避暑纳凉工作的公告\n决定暂停开展人防避暑纳凉工作。\n特此公告。\n丽水市人民防空办公室\n202072\n")  # rfb.lishui.gov.cn
    assert text.blocks[-1].text == "202072"


def test_a_document_shops_page_furniture_is_chrome():
    raw = (  # m.jinchutou.com and m.zhuangpeitu.com pages around a town head's speech
        "镇长在全镇经济工作会上的讲话\n上传人:自*** 文档编号:29586289 上传时间:2018-01-24 格式:DOC 页数:9 大小:22KB\n"
        "点击查看更多>>\n资源描述\n1、第 1 页今天,我们在这里举行全镇经济工作会议,总结去年工作。\n"
        "亲,该文档总共4页,,如果喜欢就下载吧!\n"
    )
    text = clean(raw)
    assert [block.text for block in text.blocks] == ["今天,我们在这里举行全镇经济工作会议,总结去年工作。"]
    assert text.published == "2018-01-24"


def test_a_word_style_sheet_and_a_template_placeholder_leave_the_text():
    line = 'l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in } p.cjk { font-family: "宋体"; so-language: zh-CN } 同志们: 今天召开例会。'  # laojin123.com
    assert clean(f"市长在全市安全生产委员会例会上的讲话\n{line}\n").blocks[0].text.startswith("同志们:")


def test_the_date_in_chrome_above_the_text_is_the_pages_date():
    # huishang.com.cn: a 来源 row with the time in it; space.foodmate.net: 上一篇 / 下一篇 with the post's time
    assert clean("集团召开第三次党代会动员部署会议\n来源:徽商集团网 时间:2019-10-31 浏览量:2850\n10月30日,集团召开动员部署会议。\n").published == "2019-10-31"
    assert clean("国务院办公厅关于2009年部分节假日安排的通知\n上一篇 / 下一篇 2008-12-27 15:19:38\n各省、自治区、直辖市人民政府:\n经国务院批准,现将安排通知如下。\n").published == "2008-12-27"


def test_a_portal_row_dating_the_document_is_no_page_date():
    assert clean("关于做好放假工作的通知\n成文日期:2018-12-27 来源:市政府办公室\n各单位:\n现将有关事项通知如下。\n").published is None


def test_a_salutation_in_traditional_script_opens_the_speech():
    from archive.cleaning.paragraphs import SALUTATION

    assert SALUTATION.match("同志們:")  # 3du.tw
    text = clean("工業發展大會上的領導講話\n同志們:\n剛才,書記作了重要講話。\n")
    assert text.blocks[0].text == "同志們:"


def test_a_portals_name_and_section_above_a_title_that_names_its_issuer_stay_out_of_it():
    # www.heqing.gov.cn: the portal's name, its section, then the notice's own title
    text = clean("鹤庆县人民政府\n政府信息公开\n鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告(第1号)\n为切实做好疫情防控工作,现将有关事项通告如下。\n")
    assert text.title == "鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告(第1号)"


def test_an_issuers_name_above_a_title_wrapped_over_three_lines_opens_the_title():
    # www.ahrd.gov.cn: the issuer, 关于……, the genre word alone on the third line, the note of adoption
    text = clean("安徽省人民代表大会常务委员会\n关于批准《宣城市传统村落保护条例》\n的决议\n(2020年11月13日安徽省第十三届人民代表大会\n"
                 "常务委员会第二十二次会议通过)\n安徽省第十三届人民代表大会常务委员会第二十二次会议审查了《宣城市传统村落保护条例》,决定予以批准。\n")
    assert text.title == "安徽省人民代表大会常务委员会关于批准《宣城市传统村落保护条例》的决议"


def test_a_reporters_name_alone_keywords_and_related_articles_below_a_report_are_chrome():
    raw = (  # www.qdn.cn (龙金理); bd.hebei.com.cn 关键词; m.ruiwen.com 【公文批复】相关文章 and dated items
        "南寨乡撤乡设镇\n近日,省政府批复同意撤销南寨乡,设立南寨镇,以原南寨乡的行政区域为南寨镇的行政区域,镇人民政府驻地不变。"
        "撤乡设镇后,南寨镇将进一步完善基础设施,提升公共服务水平,推动城乡融合发展,加快建设宜居宜业的美丽乡镇。(龙金理)\n关键词:南寨,撤乡设镇\n"
        "【公文批复】相关文章:\n公文批复的结构11-13\n"
    )
    text = clean(raw)
    assert text.blocks[-1].text.endswith("加快建设宜居宜业的美丽乡镇。")
    assert len(text.blocks) == 1
    assert text.credit == "(龙金理)"


def test_a_note_in_brackets_closing_a_document_is_no_credit():
    # a scoring note closing a contest's rules (bluu-changxiang-guoge-qichang-bisai-zhuchici)
    text = clean("唱响国歌主持词\n女:第四项,宣布比赛及评分规则:\n1、上下场安静,有序,快速。(10分)\n2、精神饱满,有朝气,无交头接耳、东张西望。(10分)\n")
    assert text.blocks[-1].text.endswith("(10分)")


def test_bylines_in_traditional_script_and_reporters_credits_are_never_titles():
    from archive.cleaning.title import rejects

    assert rejects("中國全國人大常委會委員長 吳邦國")  # nakedoat.com
    assert rejects("记者 余艳华")  # www.liufangtea.com
    assert not rejects("在2010年上海世博會中國國家館日儀式上的致辭")


def test_a_traditional_script_document_header_is_read_as_the_simplified_one():
    text = clean("國務院辦公廳文件\n國辦發〔2000〕12號\n簽發人:王某\n國務院辦公廳關於加強管理的通知\n各省、自治區、直轄市人民政府:\n現將有關事項通知如下。\n")
    assert text.title == "國務院辦公廳關於加強管理的通知"
    assert "簽發人:王某" in text.header


@pytest.mark.parametrize(
    "dateline, text",
    [
        ("苍南新闻网11月8日消息:", "今天上午9时,中国共产党第十八次全国代表大会在北京人民大会堂隆重召开。"),  # cnxw.com.cn
        ("長城網滄州1月25日訊(記者龔磊 徐亮)", "今天, 河北省第十三屆人民代表大會第一次會議在省會石家莊隆重召開。"),  # www.cnread.news
    ],
)
def test_a_local_medias_dateline_with_its_place_opens_the_report(dateline, text):
    cleaned = clean(f"县四套班子收看十八大开幕盛况\n{dateline}{text}\n全县干部群众认真收看大会开幕盛况。\n")
    assert cleaned.blocks[0].text == text
    assert cleaned.dateline


def test_a_title_glued_twice_to_the_first_paragraph_is_dropped_both_times():
    from archive.cleaning import clean

    raw = "镇长在全镇经济工作会上的讲话\n镇长在全镇经济工作会上的讲话镇长在全镇经济工作会上的讲话今天,我们在这里举行全镇经济工作会议。\n"
    assert clean(raw).blocks[0].text.startswith("今天,我们在这里举行")  # jinchutou.com


def test_an_office_with_a_masked_name_is_a_byline():
    from archive.names import office_and_name

    assert office_and_name("党委书记 **")  # www.uedoc.net masks the speaker's name
    assert office_and_name("创先争优 **") is None  # no office before the mask


def test_a_labelled_date_in_a_source_row_above_the_text_dates_the_page():
    from archive.cleaning import clean

    raw = ("县委书记申文霞主持召开县委常委(扩大)会\n来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:\n"
           "1月5日,县委书记申文霞主持召开县委常委(扩大)会,县四大班子主要领导参加会议。\n")
    assert clean(raw).published == "2021-01-06"  # www.fcwmw.cn
    inside = "关于召开会议的通知\n各单位:\n现将有关事项通知如下。\n会议时间: 2021-01-06 上午九时。\n"
    assert clean(inside).published is None  # the text's own 会议时间 is not the page's date


def test_a_headline_with_a_place_and_a_colon_is_a_title_not_a_label():
    # the head of a real news page (www.qdn.cn, dev half of the corpus)
    raw = "\n".join([
        "剑河:南寨乡撤乡设镇 更名为南寨镇",
        "时间:2016-03-31 10:44:48  来源:黔东南信息港",
        "本网讯 3月30日,是南寨乡举乡同乐的日子,南寨乡七届人大七次会议审议通过了决议。南寨乡正式更名为南寨镇。",
    ])
    assert clean(raw).title == "剑河:南寨乡撤乡设镇 更名为南寨镇"


def test_a_page_label_before_a_colon_still_rejects_the_line_as_a_title():
    raw = "\n".join(["来源:宣传部", "在全县大会上的讲话", "同志们:", "今天我们召开大会。"])
    assert clean(raw).title == "在全县大会上的讲话"


def test_a_comma_inside_quotation_marks_does_not_make_a_headline_a_sentence():
    # a school's news page (www.tc.edu.tw, dev half)
    raw = "\n".join([
        "「迎光,飛翔」",
        "報導日期:2025-06-12",
        "點閱數:77",
        "潭陽國小於今(12)日盛大舉行第32屆畢業典禮,以「迎光,飛翔」為主題。典禮於業勤樓三樓大禮堂舉行。",
    ])
    assert clean(raw).title == "「迎光,飛翔」"


def test_the_line_right_above_the_page_stamp_wins_over_a_repeated_source_name():
    # a county portal's news page (www.kailu.gov.cn, dev half): the source's name is printed twice
    raw = "\n".join([
        "全县生态保护大会暨毁林毁草专项整治工作推进会议召开",
        "发布时间:", "2025-05-22 10:03", "信息来源:", "今日开鲁", "分享到:",
        "发布时间:", "2025-05-22 10:03", "信息来源:", "今日开鲁", "分享到:",
        "5月21日,全县生态保护大会暨毁林毁草专项整治工作推进会议召开。县政府副县长主持会议。",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "全县生态保护大会暨毁林毁草专项整治工作推进会议召开"
    assert texts(cleaned)[0].startswith("5月21日")


def test_a_source_label_alone_on_its_line_takes_the_next_short_line_as_its_value():
    # www.ahnews.com.cn (dev half): 来源: / 田宣, 责编: / 纵强 许梦源 张波
    raw = "\n".join([
        "田集镇推进村(居)两委换届工作", "来源:", "田宣", "2021-10-26 15:28:30", "责编:", "纵强 许梦源 张波",
        "10月21日至22日,阜南县田集镇12个村(居)分别召开民主推荐会,扎实有序进入换届工作。",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "田集镇推进村(居)两委换届工作"
    assert texts(cleaned) == ["10月21日至22日,阜南县田集镇12个村(居)分别召开民主推荐会,扎实有序进入换届工作。"]


def test_a_counter_label_alone_does_not_swallow_the_issuer_line_after_it():
    # www.jiaxiang.gov.cn (dev half): 浏览次数: has no value in a copy; the issuer's line follows
    raw = "\n".join([
        "- 发布日期:2021-07-19", "- 浏览次数:", "济宁市人民政府", "关于持续深化“市县同权”改革的实施意见", "济政字〔2021〕30号",
        "各县(市、区)人民政府,市政府各部门:", "为持续深入推进简政放权、放管结合、优化服务改革,现提出如下实施意见。",
    ])
    assert clean(raw).title == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"


def test_a_menu_printed_one_item_a_line_above_the_text_is_dropped():
    # www.nmg.gov.cn (dev half): the site's menu, then the document
    menu = ["登录 注册", "蒙古文版", "无障碍浏览", "长者模式", "微信公众号", "客户端", "手机版", "首页", "要闻动态", "政务公开", "政务服务", "亮丽内蒙古"]
    raw = "\n".join([
        *menu,
        "内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知",
        "发布日期:2013-07-02 12:41 信息来源:自治区人民政府办公厅",
        "各盟行政公署、市人民政府,各旗县人民政府:",
        "现将《内蒙古自治区人民政府工作规则》印发给你们,请认真贯彻执行。",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知"
    assert texts(cleaned)[0] == "各盟行政公署、市人民政府,各旗县人民政府:"
    assert set(menu) <= set(cleaned.removed)


def test_a_chapter_list_above_the_text_is_not_taken_for_a_menu():
    chapters = ["目录", "第一章 总则", "第二章 组织", "第三章 职责", "第四章 程序", "第五章 监督", "第六章 附则"]
    raw = "\n".join(["某某县公文处理办法", *chapters, "第一章 总则", "第一条 为规范本县公文处理工作,制定本办法。"])
    assert "第二章 组织" in texts(clean(raw))


def test_a_long_title_ending_with_its_genre_word_is_not_joined_to_the_address_line_below():
    title = "内蒙古自治区农牧厅关于印发《内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则》《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知"
    raw = "\n".join([title, "发布日期:2025-10-27 09:45 字体: 访问量:207 分享到: 微信", "微博 qq 空间", "各盟市农牧局,相关单位:", "为进一步加强和规范项目管理,现印发给你们,请遵照执行。"])
    cleaned = clean(raw)
    assert cleaned.title == title
    assert texts(cleaned)[0] == "各盟市农牧局,相关单位:"


def test_a_title_a_shop_printed_several_times_on_one_line_is_taken_once():
    # www.bimogu.com (dev half)
    raw = "\n".join([
        "2022年學校師德師風工作總結(精選6篇)2022年學校師德師風工作總結(精選6篇)2022年學校師德師風工作總結1",
        "根據上級文件精神,我校開展了師德師風教育月活動。現總結如下。",
    ])
    assert clean(raw).title == "2022年學校師德師風工作總結"


def test_a_year_in_brackets_after_a_title_is_not_part_of_it():
    # www.flfgdq.com (dev half)
    raw = "\n".join(["国务院办公厅关于2013年部分节假日安排的通知(2012年)", "各省、自治区、直辖市人民政府:", "经国务院批准,现将2013年节假日安排通知如下。"])
    assert clean(raw).title == "国务院办公厅关于2013年部分节假日安排的通知"


def test_a_row_of_table_labels_whose_values_were_lost_is_chrome():
    # www.yishui.gov.cn (dev half)
    raw = "\n".join(["政府工作报告", "浏览次数: | 有 效 性: |", "各位代表:", "现在,我代表镇政府向大会报告工作,请予审议。"])
    assert texts(clean(raw))[0] == "各位代表:"


def test_a_label_with_its_value_inside_a_sentence_is_text():
    raw = "\n".join(["关于召开全县大会的通知", "各单位:", "会议时间:5月6日上午,会议地点:县政府三楼会议室。", "特此通知。"])
    assert "会议时间:5月6日上午,会议地点:县政府三楼会议室。" in texts(clean(raw))


def test_a_subtitle_wrapped_onto_a_second_line_is_joined_and_kept_out_of_the_text():
    # www.yishui.gov.cn (dev half)
    raw = "\n".join([
        "政 府 工 作 报 告", "——2021年2月27日在沙沟镇第十六届人民代表大会", "第六次会议上", "沙沟镇镇长 刘彦成",
        "各位代表:", "现在,我代表镇政府向大会报告工作,请予审议。",
    ])
    cleaned = clean(raw)
    assert cleaned.subtitle == "——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上"
    assert texts(cleaned)[0] == "各位代表:"


def test_a_stamp_line_that_opens_with_its_date_and_names_a_checker_is_chrome():
    # www.thnews.gov.cn (dev half)
    raw = "\n".join([
        "县政协十一届一次会议举行预备会议",
        "2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2287 |",
        "12月28日,县政协十一届一次会议举行预备会议。会议应到委员246人。",
    ])
    cleaned = clean(raw)
    assert texts(cleaned) == ["12月28日,县政协十一届一次会议举行预备会议。会议应到委员246人。"]
    assert cleaned.published == "2021-12-29"


def test_a_reporters_credit_with_a_spaced_role_is_kept_out_of_the_last_paragraph():
    raw = "\n".join(["县政协召开会议", "12月28日,县政协召开会议。会议要求确保会议安全有序进行。(记 者:吴阳金 张志彬 见习记者 汪子妍)"])
    assert texts(clean(raw))[-1] == "12月28日,县政协召开会议。会议要求确保会议安全有序进行。"


def test_a_division_name_alone_is_a_letterhead_not_a_title():
    raw = "\n".join(["澳 門 特 別 行 政 區", "行政長官辦公室", "法規:", "第1/2026號行政命令", "公報編號:", "3/2026", "刊登日期:", "2026.1.19",
                     "行政長官行使《澳門特別行政區基本法》第五十條(四)項規定的職權,發佈本行政命令。"])
    assert clean(raw).title == "第1/2026號行政命令"


def test_a_repository_disclaimer_under_the_text_is_chrome():
    # m.bsmz.net (dev half)
    raw = "\n".join([
        "关于规范社区居委会公示栏设置的通知", "各社区居委会:", "现将公示栏规范化设置有关事项通知如下。", "xxx街道办事处", "201*年9月4日",
        "来源:网络整理 免责声明:本文仅限学习分享,如产生版权问题,请联系我们及时删除。", "由互联网用户整理提供,转载分享请保留原作者信息,谢谢!",
    ])
    assert texts(clean(raw))[-1] == "201*年9月4日"


def test_a_full_width_line_ending_a_sentence_is_not_joined_to_the_signature_below():
    # www.fjmx.gov.cn (dev half): the cover letter's last line is as long as the wrapped lines around it
    wrapped = ["为切实做好防洪防台风工作,保障人民群众生命财产安全,县政府决定修订本预案,各乡镇要"] * 6
    closing = "认真贯彻执行,原二〇一二年九月印发的本预案同时废止,请各单位各部门遵照执行为要求。"
    assert len(closing) == len(wrapped[0])
    lines = unwrap_hard_wrapped([*wrapped, closing, "明溪县人民政府办公室", "2018年3月16日"])
    assert lines[-2:] == ["明溪县人民政府办公室", "2018年3月16日"]


def test_a_column_label_above_a_title_is_not_its_first_half():
    # www.cso.gov.hk (dev half): 網誌 / 新年新氣象
    raw = "\n".join(["網誌", "", "新年新氣象", "2022年1月1日", "今天是2022年元旦,我向全港市民送上祝福,祝願大家新年進步、身體健康。"])
    assert clean(raw).title == "新年新氣象"


def test_a_section_named_by_the_breadcrumb_and_printed_as_a_heading_is_chrome():
    # www.mississippipowerwasher.com (dev half)
    raw = "\n".join([
        "當前位置:首頁 > 新聞資訊 > 本地要聞", "", "本地要聞", "", "市委理論學習中心組舉行2023年度第二次集體學習",
        "發布日期:2023-02-25 來源:宜都融媒 編輯:宜都融媒體", "今天上午,市委理論學習中心組舉行2023年度第二次集體學習。",
    ])
    assert clean(raw).title == "市委理論學習中心組舉行2023年度第二次集體學習"


def test_a_breadcrumb_ending_with_the_headline_leaves_the_headline():
    # www.zhishi5.com (dev half)
    raw = "\n".join(["首页 > 教育学习 > 好词好句 > 市长欢迎词", "", "市长欢迎词", "2008-06-10 08:33:49   来源:   点击:", "尊敬的亚奥理事会评估团成员:", "欢迎你们来广州。"])
    assert clean(raw).title == "市长欢迎词"


def test_a_date_with_a_time_of_day_above_the_text_is_the_pages_stamp():
    # www.ccckss.edu.hk (dev half)
    raw = "\n".join(["停課安排", "2024年9月5日 (星期四) 05:00", "由於三號熱帶氣旋警告信號現正生效,幼稚園今日停課。"])
    cleaned = clean(raw)
    assert texts(cleaned) == ["由於三號熱帶氣旋警告信號現正生效,幼稚園今日停課。"]
    assert cleaned.published == "2024-09-05"


def test_a_schedule_line_with_a_time_inside_a_notice_is_kept():
    raw = "\n".join(["关于召开全县大会的通知", "各单位:", "现将会议安排通知如下。", "2024年9月5日 (星期四) 09:00", "请准时参加。"])
    assert "2024年9月5日 (星期四) 09:00" in texts(clean(raw))


def test_empty_labels_closing_a_line_are_cut_from_it():
    # www.bjzhk.com (dev half)
    raw = "\n".join(["关于表彰先进集体的决定", "各县(市、区)人民政府:", "现予以表彰。", "嘉興市人民政府辦公室 2013年12月27日 作者: 信息來源: |"])
    assert texts(clean(raw))[-2:] == ["嘉興市人民政府辦公室", "2013年12月27日"]  # the signature and its date, apart


def test_a_pages_note_above_a_speech_is_kept_out_of_the_speech():
    # www.cfgrc.com (dev half)
    raw = "\n".join([
        "最后一课:校长的期盼记心头", "来源:宣传部",
        "校长的讲话是大学毕业典礼的重要一环,也是莘莘学子在大学的最后一课。现将讲话摘录如下,希望全体毕业生牢记校长的教诲!",
        "亲爱的同学们:", "盛火六月,是收获的时节。",
    ])
    cleaned = clean(raw)
    assert texts(cleaned)[0] == "亲爱的同学们:"
    assert "现将讲话摘录如下" in "".join(cleaned.header)


def test_a_salutation_broken_over_two_lines_stays_whole_in_the_text():
    raw = "\n".join(["在X市第20届人民代表大会第一次会议闭幕式上的讲话", "各位代表、", "同志们:", "会议即将胜利闭幕。"])
    assert texts(clean(raw))[:2] == ["各位代表、", "同志们:"]


def test_a_reports_headline_is_whole_and_its_subheadline_kept_out_of_the_text():
    # hbxfw.gov.cn (dev half)
    raw = "\n".join(["全市组织部长会议召开", "覃卫国作出批示", "发布时间:2023-03-01 08:29:37", "2月28日下午,全市组织部长会议召开。市委书记作出批示。"])
    cleaned = clean(raw)
    assert cleaned.title == "全市组织部长会议召开"
    assert texts(cleaned)[0] == "2月28日下午,全市组织部长会议召开。市委书记作出批示。"


def test_a_shops_listing_line_led_by_its_upload_date_is_the_pages_stamp():
    # max.book118.com (dev half)
    raw = "\n".join(["乡镇政府镇长工作总结.docx", "约4.99千字", "约 11页", "2026-01-22 发布于四川", "举报", "乡镇政府镇长工作总结",
                     "2025年,在县委、县政府的坚强领导下,我团结带领镇政府班子成员奋力拼搏。"])
    cleaned = clean(raw)
    assert cleaned.published == "2026-01-22"
    assert cleaned.title == "乡镇政府镇长工作总结"
    assert texts(cleaned)[0].startswith("2025年,在县委")


def test_a_column_name_before_a_page_stamp_does_not_keep_it_in_the_text():
    # www.nayishi.com (dev half)
    raw = "\n".join(["镇政府领导班子五年工作总结", "工作总结范文 发布时间:2013/8/11", "五年来,镇政府在县委、县政府的领导下,团结奋斗。"])
    cleaned = clean(raw)
    assert cleaned.published == "2013-08-11"
    assert texts(cleaned) == ["五年来,镇政府在县委、县政府的领导下,团结奋斗。"]


def test_a_title_printed_three_times_is_not_taken_for_text_wrapped_at_its_width():
    title = "高校(大学)党委书记在全校教师干部大会上的讲话"
    lines = [title, title, title, "党委书记 **", "尊敬的各位老师、各位同事:"]
    assert unwrap_hard_wrapped(lines) == lines


def test_review_credits_under_a_report_are_chrome():
    # m.ysxw.cn (dev half)
    raw = "\n".join(["县委召开记者节座谈会", "11月8日,县委召开座谈会。4名新闻工作者代表作了发言。", "一审:刘锦芮", "二审:黄炎", "三审:王进"])
    assert texts(clean(raw)) == ["11月8日,县委召开座谈会。4名新闻工作者代表作了发言。"]


def test_a_site_stamp_naming_the_website_is_chrome():
    # m.zmiw.cn (dev half): the site's name, the stamp, the title twice, the text
    raw = "\n".join([
        "公文写作素材驿站", "2023-09-05 15:50:46 网站:公文荟萃", "村党支部党课讲稿:发挥党员先锋作用,助推乡村振兴",
        "村党支部党课讲稿:发挥党员先锋作用,助推乡村振兴", "同志们:", "今天是个好日子。",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "村党支部党课讲稿:发挥党员先锋作用,助推乡村振兴"
    assert cleaned.published == "2023-09-05"
    assert texts(cleaned)[0] == "同志们:"


def test_a_sites_tag_after_a_title_is_not_part_of_it():
    raw = "\n".join(["2023年专题党课:坚定理想信念,争做最美党员【精选推荐】", "同志们:", "今天我们召开专题党课。"])
    assert clean(raw).title == "2023年专题党课:坚定理想信念,争做最美党员"


def test_the_documents_own_title_under_a_sites_shorter_copy_is_not_cut_as_a_repeat():
    # m.bsmz.net (dev half)
    raw = "\n".join(["关于规范社区居委会公示栏的通知", "时间:2019-05-21 22:23:59 网站:公文素材库", "关于规范社区居委会公示栏设置的通知", "各社区居委会:", "现将有关事项通知如下。"])
    cleaned = clean(raw)
    assert cleaned.title == "关于规范社区居委会公示栏设置的通知"
    assert texts(cleaned)[0] == "各社区居委会:"


def test_a_headline_naming_journalists_day_is_not_a_reporters_credit():
    from archive.names import STAFF_CREDIT
    assert not STAFF_CREDIT.match("县委召开记者节座谈会")
    assert STAFF_CREDIT.match("中新社记者 李鹏 齐彬")
    assert STAFF_CREDIT.match("记者 余艳华")


def test_a_reporters_credit_in_brackets_after_the_dateline_is_not_text():
    # yhg994208.cn (dev half)
    raw = "\n".join(["市四屆人大七次會議今日開幕", "本報訊【記者魏曉文 董剛 楊曉斌】2月28日的秦州劇院彩旗飄展,三百多名人大代表參加會議。"])
    assert texts(clean(raw))[0] == "2月28日的秦州劇院彩旗飄展,三百多名人大代表參加會議。"


def test_a_title_glued_to_the_first_chapter_is_split_from_it_and_preferred():
    # www.360docs.net (dev half)
    raw = "\n".join(["加强社区民主自治建设大力推进依法治区", "社区自治章程", "社区居民自治章程第一章总则第一条为保障社区居民依法实行自治,制定本章程。", "第二条 本章程适用于本社区。"])
    cleaned = clean(raw)
    assert cleaned.title == "社区居民自治章程"
    assert texts(cleaned)[0].startswith("第一章总则")


def test_a_columns_tag_before_a_title_is_dropped():
    from archive.cleaning.title import clean_title
    assert clean_title("【应急预案】葛公镇防汛抗旱应急预案") == "葛公镇防汛抗旱应急预案"


def test_a_row_of_unknown_labels_above_the_text_is_chrome_and_never_a_title():
    # www.ccac.org.mo (dev half)
    raw = "\n".join(["範疇: 年度報告 發佈方式: 新聞稿", "date-icon 發佈:2024年06月12日", "《2023澳門廉政公署工作報告》刊登公報",
                     "《2023澳門廉政公署工作報告》今天刊登於《澳門特別行政區公報》第二組。"])
    cleaned = clean(raw)
    assert cleaned.title == "《2023澳門廉政公署工作報告》刊登公報"
    assert cleaned.published == "2024-06-12"
    assert texts(cleaned) == ["《2023澳門廉政公署工作報告》今天刊登於《澳門特別行政區公報》第二組。"]


def test_a_news_note_above_a_speech_may_end_with_the_line_that_announces_it():
    # www.hudazx.com (dev half)
    raw = "\n".join(["在庆祝中国共产党成立100周年大会上的讲话", "2021年7月1日,庆祝中国共产党成立100周年大会在北京天安门广场隆重举行。",
                     "中共中央总书记、国家主席习近平发表重要讲话", "同志们,朋友们:", "今天,是中国共产党历史上的一个十分重大而庄严的日子。"])
    assert texts(clean(raw))[0] == "同志们,朋友们:"


def test_the_number_under_a_notices_title_is_its_doc_number():
    from archive.cleaning import clean as clean_text
    raw = "\n".join(["嘉鱼县人民代表大会常务委员会公告", "第7号", "根据《中华人民共和国选举法》的规定,现予公告。"])
    cleaned = clean_text(raw)
    assert cleaned.doc_number == "第7号"
    assert texts(cleaned)[0].startswith("根据")


def test_a_portal_table_row_apart_by_pipes_is_not_a_menu_that_takes_the_title_with_it():
    # www.gsgz.gov.cn (dev half)
    raw = "\n".join(["甘州区村级干部管理办法(试行)", "索引号 | 620702069/2023-00096 | 发文字号 | 号 |", "生成日期 | 2023-07-28 11:50:28 | 是否有效 | 是 |",
                     "第一章总则", "第一条为规范村级干部管理,制定本办法。"])
    cleaned = clean(raw)
    assert cleaned.title == "甘州区村级干部管理办法(试行)"
    assert cleaned.field("published") == "2023-07-28 11:50:28"


def test_site_residue_of_new_kinds_is_chrome():
    raw = "\n".join([
        "今天是:", "全县安全生产会议上的讲话", "08-23 11:23 应城市融媒体中心 王梦瑜", "会议现场_副本.jpg", "同志们:", "今天我们召开会议,部署安全生产工作。",
        "/enpproperty-->", "预览结束,免费获取全文", "请点击👉 mbgs777 👈联系老师",
    ])
    cleaned = clean(raw)
    assert cleaned.title == "全县安全生产会议上的讲话"
    assert texts(cleaned) == ["同志们:", "今天我们召开会议,部署安全生产工作。"]
    assert cleaned.truncated_by


def test_a_long_bracketed_credit_closing_a_report_is_not_text():
    raw = "\n".join(["杨河镇部署秸秆禁烧工作", "8月22日,杨河镇召开会议,部署秸秆禁烧工作。(来源:应城市杨河镇 通讯员:王梦瑜 一审编辑:唐会军 二审校对:程国辉 终审核发:董雪)"])
    assert texts(clean(raw)) == ["8月22日,杨河镇召开会议,部署秸秆禁烧工作。"]


def test_the_full_form_of_a_title_with_its_year_and_body_is_preferred_to_the_short_form():
    # xxgk.dc.gov.cn (dev half)
    raw = "\n".join(["2025年金厂镇政府信息公开工作年度报告", "发布日期:2026-01-12    点击数:", "政府信息公开工作年度报告",
                     "根据《中华人民共和国政府信息公开条例》规定,现将我镇2025年度政府信息公开工作情况报告如下。"])
    assert clean(raw).title == "2025年金厂镇政府信息公开工作年度报告"


def test_a_labelled_copy_of_a_title_is_not_its_full_form():
    raw = "\n".join(["文件标题: 县人民政府关于印发工作规则的通知", "县人民政府关于印发工作规则的通知", "各乡镇人民政府:", "现将工作规则印发给你们。"])
    assert clean(raw).title == "县人民政府关于印发工作规则的通知"


def test_a_notice_titled_only_with_its_genre_spaced_out_is_titled_so():
    # www.zhuji.gov.cn (dev half)
    raw = "\n".join(["通 知", "2022-09-09 16:49", "浏览次数:", "各驻村分中心、行政村(社区):", "近期,我镇秸秆露天焚烧现象较多,现要求如下。"])
    assert clean(raw).title == "通 知"


def test_a_sites_footer_naming_who_runs_it_is_chrome():
    raw = "\n".join(["我乡开展秸秆禁烧督查", "近日,我乡组织检查组对禁烧工作进行督查。", "嵊州市融媒体中心主办 浙江在线新闻网站平台支持", "技術支持 029-63912478"])
    assert texts(clean(raw)) == ["近日,我乡组织检查组对禁烧工作进行督查。"]


def test_a_sentence_saying_who_hosted_an_event_is_text():
    raw = "\n".join(["全县运动会开幕", "本次运动会由县教育局主办,县体育中心承办。", "全县共有20支代表队参赛。"])
    assert "本次运动会由县教育局主办,县体育中心承办。" in texts(clean(raw))


def test_a_doc_number_spaced_out_is_a_number_not_a_tag_line():
    # law308.infoeach.com (dev half)
    raw = "\n".join(["国务院关于同意建立烟花爆竹安全监管部际联席会议制度的批复", "国函 〔2011〕 50 号", "安全监管总局:", "你局《关于建立烟花爆竹安全监管部际联席会议制度的请示》收悉。"])
    assert clean(raw).doc_number == "国函〔2011〕50号"


def test_a_mirror_sites_pinyin_glosses_are_removed_from_the_text():
    from archive.cleaning.lines import remove_pinyin_glosses
    glossed = "關(guān)于印發(fā)2006年政府工作報(bào)告的通知"
    assert remove_pinyin_glosses(glossed) == "關于印發2006年政府工作報告的通知"
    assert remove_pinyin_glosses("附件(a)与附件(b)、第(1)项") == "附件(a)与附件(b)、第(1)项"
    assert remove_pinyin_glosses("只有一處(chù)讀音") == "只有一處(chù)讀音"  # one alone is not a mirror's habit


def test_a_mirror_sites_pinyin_glosses_without_tone_marks_are_removed_too():
    from archive.cleaning.lines import remove_pinyin_glosses
    glossed = "新華社北京12月(yue)5日電 近日,中共中央辦(ban)公(gong)廳(ting)印發方案。改善(shan)(shan)農村(cun)(cun)(cun)人居環境"  # hujun, 8ice
    assert remove_pinyin_glosses(glossed) == "新華社北京12月5日電 近日,中共中央辦公廳印發方案。改善農村人居環境"
    assert remove_pinyin_glosses("附件(a)与附件(e)、附件(o)") == "附件(a)与附件(e)、附件(o)"  # not before a character or a mark
    assert remove_pinyin_glosses("甲方(an)乙方") == "甲方(an)乙方"  # one alone


def test_a_title_wrapped_over_three_lines_inside_an_open_book_title_is_joined():
    # www.olshare.net (dev half)
    raw = "\n".join(["關(guān)于印發(fā)《昌吉州落實(shí)〈自治區(qū)“十四五”", "城鄉(xiāng)社區(qū)服務(wù)體系建設(shè)規(guī)劃〉", "實(shí)施方案》的通知",
                     "各縣市人民政府,州人民政府各工作部門(mén):", "現(xiàn)印發(fā)你們,請(qǐng)認(rèn)真抓好落實(shí)。"])
    assert clean(raw).title == "關于印發《昌吉州落實〈自治區“十四五”城鄉社區服務體系建設規劃〉實施方案》的通知"


def test_an_address_and_date_line_with_the_pages_buttons_is_its_stamp():
    # dsnews.zjol.com.cn (dev half)
    raw = "\n".join(["我县严管焚烧秸秆行为", "http://www.daishan.com  岱山新闻网     2018年7月14日 10:05    放大 正常 缩小 打印",
                     "夏季是秸秆焚烧的“旺季”,近日,县城市管理局开展专项整治。"])
    cleaned = clean(raw)
    assert cleaned.published == "2018-07-14"
    assert texts(cleaned) == ["夏季是秸秆焚烧的“旺季”,近日,县城市管理局开展专项整治。"]


def test_a_sites_name_alone_and_a_shops_categories_above_the_text_are_chrome():
    raw = "\n".join(["三味园范文网", "汇报体会/工作汇报", "全县安全生产工作会议上的讲话", "同志们:", "今天我们召开全县安全生产工作会议。"])
    cleaned = clean(raw)
    assert cleaned.title == "全县安全生产工作会议上的讲话"
    assert texts(cleaned) == ["同志们:", "今天我们召开全县安全生产工作会议。"]


def test_a_list_of_names_after_the_address_line_is_text_not_a_menu():
    names = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九"]
    raw = "\n".join(["关于表彰优秀共产党员的决定", "各党支部:", "经研究,决定表彰以下同志:", *names, "特此决定。"])
    assert set(names) <= set(texts(clean(raw)))


def test_a_short_headline_ending_with_a_network_word_is_not_a_sites_name():
    raw = "\n".join(["加快建设农村电网", "发布时间:2023-03-01", "3月1日,县政府召开会议,部署农村电网改造工作。"])
    assert clean(raw).title == "加快建设农村电网"


def test_an_events_organiser_line_in_a_plan_is_text():
    raw = "\n".join(["全县读书月活动方案", "为营造读书氛围,制定本方案。", "一、主办单位", "主办单位:县文明办", "承办单位:县图书馆", "二、活动时间"])
    assert "主办单位:县文明办" in texts(clean(raw))


def test_a_blank_forms_labels_in_an_attachment_are_text():
    raw = "\n".join(["关于举办培训班的通知", "各单位:", "请于5月6日前报送报名表。" * 8, "附件:报名表", "姓名: 性别: 年龄:", "单位: 职务:"])
    found = texts(clean(raw))
    assert "姓名: 性别: 年龄:" in found and "单位: 职务:" in found


def test_a_sentence_citing_an_article_of_some_rules_is_not_split_as_a_title():
    raw = "\n".join(["关于规范公文处理的通知", "各单位:", "依据公文处理办法第一条规定现将有关事项通知如下", "一、严格执行公文处理规定。"])
    cleaned = clean(raw)
    assert cleaned.title == "关于规范公文处理的通知"
    assert "依据公文处理办法第一条规定现将有关事项通知如下" in texts(cleaned)


def test_credits_of_news_outlets_are_credits():
    from archive.names import STAFF_CREDIT
    assert STAFF_CREDIT.match("澎湃新闻记者 王小明") and STAFF_CREDIT.match("本报记者 张三")  # 澎湃新闻记者: a page of the corpus


def test_a_portal_column_before_a_documents_title_is_dropped_but_a_news_column_is_part_of_the_headline():
    from archive.cleaning.title import clean_title
    assert clean_title("政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见") == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"
    assert clean_title("方圆谈丨制定目标任务切不可脱离实际") == "方圆谈丨制定目标任务切不可脱离实际"


def test_a_news_outlet_and_its_writer_under_the_headline_are_a_byline_not_the_text():
    from archive.cleaning.layout import is_byline_line
    assert is_byline_line("中央纪委国家监委网站 赵林")
    assert not is_byline_line("中央纪委国家监委网站")


def test_a_share_widgets_instructions_are_chrome():
    text = corpus_clean("ccdi-fangyuantan-mubiao-renwu-tuoli-shiji-2023")  # 微信扫一扫：分享 / 微信里点“发现”，扫一下 / 二维码便可将本文分享至朋友圈。
    assert text.blocks[0].text.startswith("日前，中央纪委国家监委公开通报了")
    assert not any("扫一" in block.text or "朋友圈" in block.text for block in text.blocks)


@pytest.mark.parametrize("preface, name", [
    ("前言:本站為你精心整理了落實有序供電工作通知范文,希望能為你的創作提供參考價值", "落實有序供電工作通知"),  # sdfengxin.com
    ("下面是小编为大家整理的2023年在市十八届人大二次会议闭幕式上讲话,供大家参考。", "2023年在市十八届人大二次会议闭幕式上讲话"),  # bfdj6688.com
    ("以下是为大家整理的关于农村集体经济发展调研报告的文章3篇 , 欢迎大家参考查阅!", "农村集体经济发展调研报告"),  # fanwenwang
])
def test_a_sharing_sites_preface_names_the_document(preface, name):
    from archive.cleaning.chrome import prefaced_title
    assert prefaced_title(["首页", preface]) == name


def test_a_page_without_a_title_of_its_own_takes_the_name_its_preface_gives():
    text = corpus_clean("sdfengxin-youxu-gongdian-gongzuo-tongzhi")  # 前言:本站為你精心整理了落實有序供電工作通知范文,……
    assert text.title == "落實有序供電工作通知" and text.blocks[0].text.startswith("由于目前降水")


def test_a_sites_description_of_its_collection_is_not_a_documents_name():
    from archive.cleaning.chrome import prefaced_title
    assert prefaced_title(["网站专门开设了“法律法规”栏目，收集整理了现行的主要法律、2000年以来的行政法规，供公众查阅。"]) is None


def test_a_line_announcing_the_text_below_it_is_not_where_the_text_begins():
    text = clean("公文批复\n2024-07-05 批复\n"
                 "行政公文,是公务文书的简称,是人类在治理社会、管理国家的公务实践中使用的具有法定权威和规范格式的应用文。\n范文如下:\n"
                 "国务院关于同意将江苏省南通市列为国家历史文化名城的批复\n国函〔2009〕2 号\n江苏省人民政府:\n"
                 "你省《关于申报南通市为国家历史文化名城的请示》(苏政发〔2007〕96 号)收悉。现批复如下:\n")  # m.ruiwen.com
    assert text.title == "国务院关于同意将江苏省南通市列为国家历史文化名城的批复" and text.blocks[0].text == "江苏省人民政府:"


def test_a_pages_headline_above_its_stamp_is_not_joined_to_the_documents_title_below():
    text = clean("请输入关键字\n国家管网集团党组向全体管网人及家属送上新春祝福\n来源: 国家管网\n时间: 2021-02-10\n字号:\n\n新春致辞\n\n"
                 "集团公司董事长、党组书记      张  伟\n\n国家管网的各位同事:\n\n在新春佳节即将到来之际,我向大家致以诚挚的问候和新春的祝福!\n")
    assert text.title == "新春致辞"


def test_a_menus_heading_above_its_row_of_items_is_chrome_but_a_page_label_over_names_is_not():
    text = corpus_clean("dsnews-daishan-yanguan-fenshao-jigan-2018")  # 乡镇巡礼: / 高亭镇  衢山镇 东沙镇 ……
    assert text.title == "我县严管焚烧秸秆行为" and "乡镇巡礼:" in text.removed
    from archive.cleaning.chrome import Chrome, _drop_menu_labels
    credit = ["责编:", "纵强 许梦源 张波"]  # ahnews.com.cn: a page label and its names, taken with their own rule
    assert _drop_menu_labels(credit, Chrome(kept=[])) == credit


def test_a_spaced_display_title_beats_a_pictures_text_and_the_items_of_a_table_of_contents():
    text = clean("香 港 特 別 行 政 區\n立 法 會\n\n圖:內務守則\n\n內 務 守 則\nHouse Rules\n\n圖:內務守則\n\n至2021年9月3日的修訂本\n"
                 "*按此下載整份文件 (PDF 檔案)\n\n目錄\n\n守則編號\n\n立法會會議\n\n1.議員作宗教式或非宗教式宣誓的次序\n\n1A.立法會主席的選舉\n\n"
                 "1B.選舉議員主持立法會會議的程序\n\n1C.默哀\n\n2.就提交立法會省覽的文件、法案委員會報告、附屬法例及文書發言\n")  # www.legco.gov.hk
    assert text.title == "內務守則"
    assert "圖:內務守則" in text.removed and "*按此下載整份文件 (PDF 檔案)" in text.removed
    assert "至2021年9月3日的修訂本" in text.byline


def test_a_listings_year_beside_a_title_and_its_selector_are_not_part_of_it():
    text = corpus_clean("hongheiku-zunyi-tongjiju-1998-tongji-gongbao")  # ……统计公报 1998 / 选择区域:>>>
    assert text.title == "遵义市统计局关于1998年国民经济和社会发展的统计公报" and "选择区域:>>>" in text.removed


def test_a_line_opening_with_a_comma_goes_on_with_the_line_above():
    from archive.cleaning.paragraphs import merge_broken_lines
    assert merge_broken_lines(["第二条 国家行政机关的公文(包括电报,电脑和传真机传送的文件", ",下同),是传达贯彻党和国家的方针、政策。"]) == [
        "第二条 国家行政机关的公文(包括电报,电脑和传真机传送的文件,下同),是传达贯彻党和国家的方针、政策。"]  # www.cgcq.net


def test_the_order_that_puts_rules_in_force_opens_their_text():
    text = corpus_clean("infoeach733-shaanxi-zongjiao-huodong-changsuo-banfa-1994")
    assert text.blocks[0].text == "现发布《陕西省实施〈宗教活动场所管理条例〉办法》,自发布之日起施行。"


def test_the_text_an_opening_order_promulgates_is_the_title_printed_under_it():
    text = clean("2021年9月29日,内蒙古自治区第十三届人民代表大会常务委员会第三十次会议通过《内蒙古自治区人民代表大会常务委员会关于修改"
                 "<内蒙古自治区人民代表大会常务委员会工作条例>等2件地方性法规的决定》,现予公布,自公布之日起施行。\n2021年9月29日\n"
                 "内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规的决定\n"
                 "(2021年9月29日内蒙古自治区第十三届人民代表大会常务委员会第三十次会议通过)\n"
                 "内蒙古自治区第十三届人民代表大会常务委员会第三十次会议决定对《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规作如下修改:\n")
    assert text.title == "内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规的决定"  # www.nmgrd.gov.cn
    assert text.blocks[0].text.startswith("2021年9月29日,内蒙古自治区")


def test_a_hijacked_mirrors_spam_line_is_chrome_and_a_law_note_without_years_is_a_note():
    text = corpus_clean("yingzhe-liupanshui-difang-lifa-tiaoli")  # 99青草青草久热精品视频,…… / (2月21日……通過,5月27日……批準)
    assert text.title == "六盤水市地方立法條例" and text.blocks[0].text == "第一章總則"


def test_a_news_sites_footer_and_a_photo_and_text_credit_below_the_text_are_chrome():
    footer = corpus_clean("xzxw-luosangjiangcun-rikaze-tongzhan-minzong-diaoyan")  # 关于我们 丨联系我们 丨…… / 制作单位:……
    assert footer.blocks[-1].text.endswith("地区政协主席参木群及自治区有关部门的负责同志陪同调研。")
    credited = corpus_clean("zgwc-wangcang-shehui-fupin-zuotanhui-2019")  # (图/文:县新闻中心 张坤)
    assert not any("图/文" in block.text for block in credited.blocks)


def test_a_portal_table_set_out_in_columns_is_read_and_taken_out_of_the_text():
    text = clean("索引号 | 公开方式 | 发布机构 |\n116223010139324488/2010-00023 | 主动公开 | 凉州区张义镇人民政府 |\n"
                 "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《武威市政府信息公开实施意见》,特向社会公布2009年度本机关信息公开年度报告。\n")
    assert text.field("publisher") == "凉州区张义镇人民政府" and text.blocks[0].text.startswith("根据《中华人民共和国政府信息公开条例》")  # www.gsliangzhou.gov.cn


def test_the_documents_own_title_beats_a_portal_name_that_only_says_what_it_is_about():
    # 名称: 市政府第8次常务会议(邀请市政府法律顾问参会) / …… / 关于召开市政府第8次常务会议的通知
    assert corpus_clean("xuancheng-gov-cn-shizhengfu-8-changwu-huiyi-tongzhi-2022").title == "关于召开市政府第8次常务会议的通知"


def test_a_portal_tables_labels_in_ascii_brackets_are_read():
    text = clean("您当前的位置:首页>政务公开>法定主动公开内容>应急管理>应急预案\n\n"
                 "[ 索引号 ]11500384008682034F/2021-00035 [ 发文字号 ]南川府办发〔2018〕55号 [ 发布机构 ]南川区政府办公室 [ 主题分类 ]应急管理 [ 成文日期 ]2018-06-11 [ 发布日期 ]2021-02-27 [ 体裁分类 ]预案\n\n"
                 "重庆市南川区人民政府办公室关于印发重庆市南川区空气重污染天气应急预案的通知\n\n各乡镇人民政府、街道办事处,区政府各部门,有关单位:\n\n"
                 "《重庆市南川区空气重污染天气应急预案》已经区政府同意,现印发给你们,请认真遵照执行。\n")  # www.cqnc.gov.cn
    assert text.field("doc_number") == "南川府办发〔2018〕55号" and text.field("written") == "2018-06-11"
    assert text.blocks[0].text.startswith("各乡镇人民政府")


def test_a_forums_noise_closing_lines_or_standing_alone_is_taken_out():
    from archive.cleaning.lines import remove_jammer_noise
    lines = corpus_raw("laomiw-qunzhong-luxian-dierpi-jiaoyu-shijian-huodong-tan").splitlines()[:13]  # …一些问题 : P* C; / ) e# p6 p8 P& ~9 ]+ A" o
    cleaned = remove_jammer_noise(lines)
    assert cleaned[1] == "一、第一批党的群众路线教育实践活动存在的一些问题" and cleaned[2] == cleaned[4] == ""
    assert cleaned[3] == lines[3] and cleaned[5] == lines[5]


def test_an_associations_news_dateline_a_reporters_credit_and_rows_of_asterisks_are_not_text():
    report = corpus_clean("5ch-nantou-17jie-xianzhang-xuanshi-jiuzhi-2014")  # 台灣新聞網記者李華峻/南投報導 … 返回上一頁
    assert report.title == "南投第17屆縣長宣誓就職" and report.blocks[0].text.startswith("南投縣政府今天上午")
    assert not any("返回上一" in block.text or "記者" in block.text for block in report.blocks)
    assert corpus_clean("shangbao-shangzong-yangguoliang-gongcan-jiaoliu-2023").blocks[0].text.startswith("中國駐菲大使館")  # 菲華商聯總會訊:
    assert corpus_clean("isd-sc-sheli-qianren-xingzhengzhangguan-bangongshi-2022").blocks[0].text.startswith("政府今日")  # ***********


def test_a_press_release_of_short_paragraphs_keeps_its_headline_and_its_text():
    text = corpus_clean("kanhan-qianren-xingzhengzhangguan-bangongshi-2007")  # it was refused as empty
    assert text.title == "前任行政长官办公室坐落于庄严的历史建筑物"
    assert text.blocks[0].text.startswith("一座外观庄严的三级历史建筑物") and len(text.blocks) >= 5

def test_a_forum_posts_tagged_headline_is_its_title_though_it_holds_a_comma():
    text = corpus_clean("0916001-zhenba-2020-weifan-zhengzhi-jilv-anli-tongbao")
    assert text.title == "汉中一副局长在微信群散布不当言论,被处分"
    assert texts(text)[0].startswith("新冠肺炎疫情防控工作以来")


def test_a_reposted_report_without_a_headline_takes_the_one_its_original_title_line_names():
    assert corpus_clean("222-162-163-66-jilinshi-wangji-shulan-panshi-diaoyan-2022").title == (
        "市长王吉到舒兰市、昌邑区、高新区、磐石市调研时强调 强化举措狠抓落实 高效统筹重点工作"
    )
    assert corpus_clean("sxgov-changzhi-liangzhongxin-tuijinhui-2019").title.startswith("孙刘琳主持召开县级融媒体中心")  # after (记者 解婷)


def test_a_headline_that_sets_up_an_office_is_a_title_not_the_offices_name():
    text = corpus_clean("isd-sc-sheli-qianren-xingzhengzhangguan-bangongshi-2022")
    assert text.title == "设立前任行政长官办公室"


@pytest.mark.parametrize("name, title", [
    ("gcdr-sichuan-shengwei-youxiu-xianwei-shuji-zuotanhui", "省委召开优秀县(市、区)委书记座谈会"),  # / 张学忠讲话 张中伟……出席
    ("jnsw-jinan-shiwei-changweihui-kuoda-huiyi-yiqing-2020", "市委常委会召开扩大会议"),  # / 传达学习…… / 王忠林主持并讲话 孙述涛……出席
    ("dalidaily-dali-daibiaotuan-quanti-huiyi-2020", "省十三届人大三次会议大理代表团举行全体会议"),  # / 陈坚李雄等出席
])
def test_a_papers_line_of_who_spoke_and_attended_is_neither_title_nor_text(name, title):
    text = corpus_clean(name)
    assert text.title == title
    assert not texts(text)[0].endswith("出席")


def test_a_members_only_cut_inside_a_one_line_page_ends_the_text_without_its_links():
    text = corpus_clean("fanwy-shengwei-shuji-shicha-qixiangju-jianghua")
    assert text.truncated_by
    assert not any(word in block for block in texts(text) for word in ("正式会员", "上一篇", "下一篇"))


def test_an_empty_portal_field_is_not_the_first_line_of_the_text():
    assert texts(corpus_clean("dtgov-hunyuan-2025-fazhi-zhengfu-jianshe-niandu-baogao"))[0].startswith("2025年,浑源县坚持")


def test_a_title_wrapped_after_its_about_keeps_its_book_marks_and_its_genre_line():
    text = corpus_clean("tjhd-hedong-shengtai-huanjing-15wu-guihua-pifu-2026")  # ……人民政府关于 / 《……规划》 / 的批复
    assert text.title == "天津市河东区人民政府关于《河东区生态环境保护“十五五”规划》的批复"


@pytest.mark.parametrize("name, dateline, first", [
    ("dcgdxww-dongchangfu-quwei-zhongxinzu-di7ci-xuexi-2023", "东昌府讯", "7月6日,区委理论学习中心组"),
    ("hbysjl-jiangling-xuanchuan-wenhua-lianhe-diaoyanzu", "云上江陵报道:", "5月19日,由中宣部文改办"),
    ("sxxycmw-qinxian-zhengxie-14jie-5ci-dierci-quanti-huiyi", "本报讯 记者 李洋", "4月27日下午,7名政协委员"),
])
def test_a_local_outlets_dateline_and_an_unbracketed_credit_are_cut_from_the_lede(name, dateline, first):
    text = corpus_clean(name)
    assert text.dateline == dateline
    assert texts(text)[0].startswith(first)


def test_a_portals_footer_and_link_menus_under_a_notice_are_not_text():
    for name in ("rongchang-2024-changzhou-jiedao-zhengshou-tudi-yugonggao", "rongchang-lantianban-2024-di9ci-kongqi-wuran-yingdui-tongzhi"):
        blocks = texts(corpus_clean(name))
        assert not {"其他网站", "政务微博", "微信公众号", "国务院部门网站"} & set(blocks)


@pytest.mark.parametrize("name, issued", [
    ("heze-juancheng-xunshi-huitoukan-zhenggai-fankui-2020", "2020-06-04"),  # 2020年06月04日 / 第JCB01版:鄄城报 / headline
    ("xtrb-xiangtan-renda-liangji-dangzu-jizhong-xuexi-2022", "2022-05-14"),
])
def test_an_e_papers_issue_date_and_page_above_the_headline_are_the_pages(name, issued):
    text = corpus_clean(name)
    assert text.published == issued
    assert not text.title.startswith("第")


def test_an_outlets_name_with_the_time_it_posted_is_a_page_stamp_under_the_headline():
    text = corpus_clean("dztcqrm-tongchuan-12jie-renda-6ci-kaimu-zhengfu-baogao-2026")  # 通川新闻 2026-01-27 17:04 693
    assert text.published == "2026-01-27"
    assert not any("2026-01-27" in block for block in texts(text))
    assert corpus_clean("hatu-jiaowuchu-2019-2020-1-qimo-kaoshi-anpai-tongzhi").blocks[0].text.startswith("期末考试临近")  # 本站 2019-11-26 09:44:50


def test_a_news_lists_noscript_message_and_search_form_are_not_the_page():
    text = corpus_clean("ghgregistry-moenv-tw-pancha-denglu-tixing-2024")
    assert text.title == "環境部提醒事業於4月30日前完成溫室氣體排放量盤查登錄"
    assert not any("JavaScript" in block or "關鍵字" in block for block in texts(text))


@pytest.mark.parametrize("name, first", [
    ("epochtimes-b5-lugang-gongsuo-xinchun-tuanbai-2012", "彰化縣鹿港鎮公所31日舉行新春團拜活動"),  # 【大紀元2012年01月31日訊】(大紀元記者……報導)
    ("life-information-taidong-xianfu-113-xinchun-tuanbai", "為延續傳統習俗"),  # 【臺東訊】
])
def test_a_bracketed_dateline_of_a_place_or_an_outlet_and_its_day_is_cut_from_the_lede(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


@pytest.mark.parametrize("name, title", [
    ("zjgrrb-zhejiang-lianghui-yicheng-2022", "省两会1月16日起举行"),  # 浙江工人日报 数字报纸 / 00001版:一版要闻 / headline
    ("ndc-yuanzhang-shizheng-baogao-2025", "院長施政報告"),  # 手機版選單 above it
    ("neimou-daxiangxiang-liangwei-huanjie-dongyuanhui-jianghua", "换届选举工作动员会上的讲话"),  # 安装后可以在桌面快捷访问
])
def test_app_prompts_greetings_and_e_paper_mastheads_are_never_part_of_the_title(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, number, first", [
    ("dachaidan-xingwei-caoyuan-jinmu-ling-2024-3hao", "第3号", "为深入贯彻落实习近平生态文明思想"),
    ("dachuan-2019-4hao-guifanxing-wenjian-qingli-tonggao", "〔2019〕第4号", "为维护法制统一"),
    ("bjwhseo-yanpingqu-senlin-fanghuo-jinhuoling-2025-2hao", "2025年第2號", "我區未來幾天將持續晴好天氣"),  # (2025年第2號)我區……
])
def test_an_orders_bare_number_is_its_number_not_its_text(name, number, first):
    text = corpus_clean(name)
    assert text.doc_number == number
    assert texts(text)[0].startswith(first)


def test_a_stamp_with_a_tag_after_its_time_is_the_pages():
    text = corpus_clean("gongwensou-yizheng-shizhang-yingshang-zaichufa-dongyuan")  # 公文搜 2022-08-29 12:36:23 营商
    assert text.published == "2022-08-29" and texts(text)[0] == "同志们:"


@pytest.mark.parametrize("name, first", [
    ("m-78911-xiangzhen-chunjie-tuanbaihui-zhici-p2", "在新的一年里,我们要牢牢把握"),  # 发言稿2018-06-11李一老师
    ("qebk-wuxi-hongtaiyuan-dier-shequ-gao-jumin-shu-2022", "亲爱的居民朋友:"),  # 社会热点2022-10-24 23:39:38未知
    ("wangchao-baike-dalian-xunhuan-jingji-cujin-tiaoli-2010", "(2010年6月22日大连市"),  # 王朝百科·作者佚名 2012-05-26
])
def test_a_stamp_of_column_and_day_without_the_hour_or_with_the_writer_glued_is_the_pages(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_an_editors_credit_beside_the_writers_is_the_pages():
    text = corpus_clean("magichtml-021east-shanghai-lvyouri-menpiao-banjia-2024")  # 作者：曹磊 / 来源:东方网 / 选稿：曾炟
    assert "选稿：曾炟" not in texts(text)


def test_a_reporters_dateline_with_the_day_and_a_one_character_papers_are_cut_from_the_lede():
    text = corpus_clean("magichtml-021east-shanghai-lvyouri-menpiao-banjia-2024")
    assert text.dateline == "东方网记者曹磊5月13日报道：" and texts(text)[0].startswith("2024年5月19日是第14个中国旅游日")
    text = corpus_clean("orangenews-kejia-zonghui-guoqing-75-lianhuanhui-2024")
    assert text.dateline == "【橙訊】" and texts(text)[0].startswith("由香港客屬總會主辦")


def test_a_photos_caption_naming_who_supplied_it_or_a_group_photo_is_no_text():
    assert texts(corpus_clean("kmdn-taizhong-jinmen-tongxianghui-huiyuan-dahui-2017"))[0].startswith("走過廿九個年頭")  # ……合影。(縣府社會處提供)
    assert "香港客屬總會首長與各位嘉賓在酒會上大合照。" not in texts(corpus_clean("orangenews-kejia-zonghui-guoqing-75-lianhuanhui-2024"))


def test_a_sites_name_with_its_buttons_and_a_read_aloud_player_under_the_headline_are_no_title_or_text():
    text = corpus_clean("12371-dijiuci-guiqiao-qiaojuan-daibiao-dahui-bimushi-ceji")  # 共产党员网 打印 纠错 / 收听本文 00:00/00:00
    assert text.title == "中国梦更将凝聚起侨心侨力——第九次全国归侨侨眷代表大会闭幕式侧记"
    assert texts(text)[0].startswith("12月5日下午,冬日的阳光")


def test_a_column_name_and_a_detail_label_above_the_headline_are_not_run_into_the_title():
    assert corpus_clean("ahcfrcb-changfeng-nongshang-yinhang-zhangcheng-2017").title == "安徽长丰农村商业银行股份有限公司章程"  # 新闻中心 / 详情展示 / ……
    assert corpus_clean("cqcsyy-changyi-2020-niandu-zongjie-biaozhang-dahui").title.startswith("求实创新 奋发有为")


def test_a_two_digit_year_in_a_page_stamp_is_this_centurys_not_the_republic_of_chinas():
    assert corpus_clean("ahcfrcb-changfeng-nongshang-yinhang-zhangcheng-2017").published == "2017-09-26"  # 时间:17-09-26 09:37:03


def test_a_laws_name_of_three_characters_is_its_title():
    assert corpus_clean("sunshine-new-taiwan-xiaofangfa-2011-xiuzheng").title == "消防法"  # 消防法 / 100/12/21 修正 / 總則


def test_qr_prompts_a_most_read_list_and_poll_counts_under_a_report_are_not_its_text():
    blocks = texts(corpus_clean("xinshishe-dijiuci-qiaodaihui-xinwen-fabuhui"))
    assert blocks[-1].endswith("具有十分重大的现实意义和深远的历史意义。")
    assert texts(corpus_clean("hebnews-chengde-quanguo-fulian-sanba-hongqishou-biaozhang"))[0].startswith("为表彰先进")  # 进入移动版,省流量,体验好


@pytest.mark.parametrize("name, last", [
    ("huangshanonline-huibo-jiben-chenlie-linshi-biguan-2021", "继续做好公共文化服务工作。"),  # 页: [1] / 查看完整版本: ……
    ("quzaobao-hanguoyu-lifayuan-jinshe-chunlian-2025", "各县市限量约2000份开放民众索取。"),  # 您查看的内容可能不完整,……请对本站关闭广告拦截和阅读模式……
    ("zaobao-wangyikang-shunian-xinchun-tuanbai-2020", "互赠祝福。"),  # LIKE我们的官方脸书网页以获取更多新信息
])
def test_a_forums_archive_links_an_ad_block_plea_and_a_follow_us_line_under_the_text_are_not_its_end(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_news_sites_footer_opening_with_its_icp_filing_ends_the_text():
    assert texts(corpus_clean("zaxww-zhaoan-chengguanju-zhatu-chuzhi-guanli-2019"))[-1].endswith("确保安全行驶。")  # 闽ICP备案号…… / 许可证 / 地址 / ……


def test_a_forums_greeting_and_software_credit_and_a_file_photos_placeholder_are_not_text():
    assert texts(corpus_clean("gongjiaomi-gongjiao-10-xianlu-linshi-tiaozheng-2010"))[-1] == "二〇一〇年六月九日"  # 欢迎光临 …… Powered by Discuz! X3.2
    assert texts(corpus_clean("17car-yongxing-bianjiangnan-daqiao-fengbi-tonggao-2022"))[0].startswith("根据湖南省公路事务中心")  # (资料图片仅供参考)


def test_a_reporters_dateline_is_no_title_and_a_post_inside_a_headline_makes_no_byline():
    text = corpus_clean("rocseattle-blogspot-xiyatu-zhonghua-huiguan-chunyan-2012")  # ……金縣縣長春宴聯歡 圓滿落幕 / 記者王又春西雅圖13日報導
    assert text.title == "中華會館歡迎金縣縣長春宴聯歡 圓滿落幕"
    assert text.dateline == "記者王又春西雅圖13日報導"


def test_the_media_centre_keeping_a_portal_page_is_a_table_field_not_text():
    text = corpus_clean("jingyuan-dongwanzhen-loudao-dianpingche-jinji-tishi-2024")  # 所属机构: 靖远县融媒体中心 发布机构:
    assert text.title == "关于禁止楼道堆放杂物及停放电瓶车的紧急提示"
    assert texts(text)[0] == "尊敬的村民小区住户们:"


@pytest.mark.parametrize("name, last", [
    ("gowuai-wuai-jituan-dangwei-chengli-xuanchuan-huiyi-2020", "需报大会领导组(筹备组)审批。"),  # 党办 任晓峰
    ("tzc-marx-chenyongyuan-qiyi-jianghua-zhuanti-baogao", "搭建了一个直观的交流平台。"),  # 新闻部 周红燕
])
def test_an_office_and_its_writer_under_a_report_are_its_credit(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_headlines_first_clause_repeated_under_it_and_a_view_count_are_not_the_title():
    text = corpus_clean("ctzntalk-tainan-liejie-yiyuan-lianyi-guoxinliang-2022")  # …… / 2022-10-07 / 332 人氣 / 南市歷屆議員聯誼
    assert text.title == "南市歷屆議員聯誼 郭信良議長力薦現任議員"
    assert texts(text)[-1].endswith("珍惜彼此的緣份。")  # 查看原始文章


@pytest.mark.parametrize("name, last", [
    ("hcceiu-baihui-zhaomen-guoxiao-chenjingyi-2014", "孵夢並逐夢踏實的成長天堂。"),  # Printer Friendly Page …… / 樹狀展開
    ("jiningshizx-jining-gongxinju-zhuanjingtexin-mingdan-xinwen", "年度济宁市“专精特新”中小企业名单"),  # 闪电新闻记者贾鑫济宁报道
])
def test_a_news_modules_print_links_and_a_reporters_credit_under_the_text_are_not_its_end(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_lecturers_line_under_a_lectures_own_title_is_its_byline():
    text = corpus_clean("pdnet-gonggong-waijiao-jiangtan-liuyibin-xiaoguojia-2012")  # 小国家 大友谊 / 主讲人:刘一斌
    assert text.byline == ("主讲人:刘一斌",) and texts(text)[0] == "国家特点"


def test_a_day_and_body_in_brackets_under_a_title_is_its_byline():
    text = corpus_clean("law265-infoeach-lvyouju-yanji-bianjing-siriyou-fuhan-1992")  # (1992年6月15日 国家旅游局)
    assert "(1992年6月15日 国家旅游局)" in text.byline and texts(text)[0] == "吉林省人民政府:"


def test_a_column_label_and_a_reporters_credit_before_the_lede_are_not_text():
    text = corpus_clean("kuaixiaopin-kaifeng-zhengxie-11-1-tijiao-tian-2014")  # 热点: / 记者王好连报道 记者从……
    assert texts(text)[0].startswith("记者从市政协十一届一次会议提案组了解到")


@pytest.mark.parametrize("name, last", [
    ("lc123-ningzhengfa-2009-7-yuanlin-chengshi-jueding", "二○○九年一月十三日"),  # I 相关 / Other / I 热点 / Hot
    ("addcny-xuexiao-2017-guoqing-zhongqiu-fangjia-tongzhi", "特此通知。"),  # 文 章来源
    ("dotdotnews-zhengfu-xinguan-liugan-tixing-2023", "(優先組別市民除外)。"),  # 相關報道: / 收藏 / 取消收藏 / 稿件由上傳 · 文責自負 ……
    ("iosaprovall-yanjiuyuan-dangwei-zhongxinzu-2021-7-xuexi", "共31人参加学习。"),  # 今日关注:聚焦重点新闻 关注你所关注
])
def test_list_headings_labels_tags_and_disclaimers_under_the_text_are_not_its_end(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_share_widgets_targets_are_no_title():
    text = corpus_clean("qinbei-namengzhen-2023-bumen-yusuan-sangong-shuoming")  # 分享 微信 / 头条 / 微博 空间 qq
    assert text.title == "钦北区那蒙镇人民政府2023年部门预算及 “三公”经费预算编制说明"


def test_a_note_that_a_charter_was_adopted_and_came_into_force_is_its_byline():
    text = corpus_clean("hzgsedu-hangzhou-qizheng-zhongxue-zhangcheng-2024")  # (……通过,……自2024年3月20日起正式生效。)
    assert texts(text)[0] == "第一章 总则" and text.byline[0].startswith("(2024年2月2日")


def test_a_rules_title_flattened_onto_its_first_article_is_split_from_it():
    text = corpus_clean("dongchong-dongyong-shanghui-huiyuan-dahui-zhidu")  # ……商会会员大会制度 第一条 为规范…… 第二条 ……
    assert text.title == "广州市南沙区东涌镇商会会员大会制度" and texts(text)[0].startswith("第一条")


def test_prompts_to_enlarge_a_picture_and_follow_a_link_are_not_text():
    blocks = texts(corpus_clean("cnscm-gansu-yixuehui-2021-yixue-kejijiang-gongshi-tongzhi"))  # 可点击图片放大查看 / ↓↓↓ / 点击链接查看详情↓
    assert not {"可点击图片放大查看", "点击链接查看详情↓"} & set(blocks)


def test_a_model_text_shops_collection_name_yields_to_the_first_texts_own_title():
    text = corpus_clean("miekuo-shizhongqu-quzhang-lingdao-ganbu-dahui-jianghua")  # 领导在校长在考务会上讲话(优质13篇) / …… / 区长在领导干部大会上的讲话
    assert text.title == "区长在领导干部大会上的讲话" and texts(text)[0] == "同志们:"


def test_a_salutation_under_a_pages_stamp_is_no_label_of_it():
    assert texts(corpus_clean("csxlib-changshaxian-tushuguan-yuelanshi-zanting-kaifang-2018"))[0] == "各位读者:"  # 2018-07-21 18:00:05 管理员 / 各位读者:


def test_a_datelines_comma_goes_with_it():
    assert texts(corpus_clean("cls-nongyebu-qiudongji-shengzhu-yibing-fangkong-2022"))[0].startswith("农业农村部办公厅印发")  # 财联社10月21日电,农业农村部……


def test_a_stamp_ending_on_a_share_widgets_empty_label_is_the_pages():
    text = corpus_clean("dongfangdj-basuozhen-dangwei-huanjie-dongyuanhui-2016")  # 时间:2016-08-12 分享到:
    assert text.published == "2016-08-12" and texts(text)[0].startswith("根据市委部署")


def test_a_rules_title_over_its_first_article_and_a_shops_collection_name_are_read_folded():
    from tests.robustness import TO_TRADITIONAL

    raw = read_source(CORPUS / "dongchong-dongyong-shanghui-huiyuan-dahui-zhidu.txt")  # ……會員大會制度 第一條 ……
    assert clean(TO_TRADITIONAL.convert(raw.text), raw.title_hints).title == "廣州市南沙區東涌鎮商會會員大會制度"
    raw = read_source(CORPUS / "miekuo-shizhongqu-quzhang-lingdao-ganbu-dahui-jianghua.txt")  # ……講話(優質13篇)
    assert clean(TO_TRADITIONAL.convert(raw.text), raw.title_hints).title == "區長在領導幹部大會上的講話"


def test_an_outlets_dateline_with_a_dotted_name_before_the_reporters_lede_is_cut():
    text = corpus_clean("jiningshizx-jining-gongxinju-zhuanjingtexin-mingdan-xinwen")  # 齐鲁网·闪电新闻5月18日讯记者从……
    assert text.dateline == "齐鲁网·闪电新闻5月18日讯" and texts(text)[0].startswith("记者从济宁工信局获悉")


def test_a_markdown_pictures_long_description_alone_on_its_line_is_what_it_says_once():
    text = corpus_clean("2udn-xincheng-xiang-yuanxiao-wanhui-helitai-2025")  # ![headline headline](https://17news.net/……)
    assert text.title == "新城蛇來運轉慶元宵晚會五千人齊聚 何禮臺與鄉親歡喜同樂慶元宵"
    assert texts(text)[0].startswith("新城鄉公所於2月11日")


@pytest.mark.parametrize("name, credit", [
    ("10100-gongsi-gaige-fazhan-yantaohui-sanzhuan-santisheng", "一 审:张 婷"),  # 文 图: / 编 校: / 一 审: / 二 审: / 三 审:
    ("10100-gongsi-gaige-fazhan-yantaohui-sanzhuan-santisheng", "编 校:林亍涵 叶露蔓"),
    ("imnu-lib-biguan-kaifang-shijian-tiaozheng-2025", "复审:穆晓艳、李世勇"),
])
def test_a_pages_checking_credits_under_the_text_go_even_spaced_to_one_width(name, credit):
    assert not any(credit in block for block in texts(corpus_clean(name)))


def test_print_and_close_links_printed_twice_each_go():
    text = corpus_clean("gaotongwater-jituan-anquan-shengchan-zhuanti-huiyi-2022")  # 打印本文 打印本文  关闭窗口 关闭窗口
    assert texts(text)[-1].endswith("确保公司安全生产形势持续稳定。")


@pytest.mark.parametrize("name, first", [
    ("lgq224-beijing-xinzeng-15li-yinni-chuanbo-2022", "4月23日,在北京召開的第312場"),  # 健康時報網 | 2022-04-24 11:36:55
    ("cnppa-yibao-xiehui-lishihui-jieci-tiaozheng-tongzhi", "各会员单位:"),  # 本站原创 2014/03/07 16:35:23
    ("todayguizhou-qiandongnan-shuiyuan-baohuqu-pifu-2022", "经研究,近日,省政府"),  # 贵州日报报刊社 2022-06-23 11:50 热度:
])
def test_an_outlets_stamp_with_a_pipe_slashes_or_an_empty_counter_is_the_pages(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_a_headline_with_its_day_in_slashes_stays_the_title():
    assert corpus_clean("chungai-yejian-jizhen-fuwu-shiduan-gengdong-2024").title == "夜間急診服務時段更動"  # 夜間急診服務時段更動  2024/01/23


@pytest.mark.parametrize("name, first", [
    ("dpwlh-guojia-dongwu-bowuguan-biguan-gonggao", "各位观众:"),  # 最新文章 / 推荐文章 / 热点文章 / 本文转自:北京日报
    ("cqhctsg-hechuan-tushuguan-xinguan-kaiguan-2019", "合川区图书馆新馆经过半年的试运行"),  # 您是第 5645100 位访客 / 跳至正文
    ("polymer-huaxuehui-dijiuci-quanguo-huiyuan-daibiao-dahui-2010", "2010年11月23-25日"),  # 搜索:
    ("wenxm-xiaoyuan-wusi-qingnianjie-huodong-fangan", "一、目的"),  # 彭永0 分享 时间:
])
def test_list_headings_counters_search_labels_and_reposts_above_the_text_go(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_list_headings_above_a_notice_are_not_its_title():
    assert corpus_clean("dpwlh-guojia-dongwu-bowuguan-biguan-gonggao").title is None  # not 推荐文章热点文章


def test_a_reposts_source_under_the_text_goes():
    assert texts(corpus_clean("wjw-huainan-weijianwei-gonggao-2023-7-houdou"))[-1] == "2023年9月15"  # 来源于:国家卫健委官网


def test_a_school_news_offices_dateline_with_a_slash_is_cut():
    text = corpus_clean("fzu-jiaoyu-fazhan-jijinhui-dierci-lishihui-2010")  # 新闻中心讯/ 3月29日上午,……
    assert texts(text)[0].startswith("3月29日上午,福州大学教育发展基金会")


def test_a_users_stamp_dated_with_slashes_before_a_report_button_is_the_pages():
    text = corpus_clean("base9174-caiyingwen-2020-jiuzhi-yanshuo-zhongying")  # headline / 十三先生 2020/05/20 檢舉 / lede
    assert text.title == "小英就職演講再看一次,發誓:打造一個很好的臺灣!期待ing"
    assert texts(text)[0].startswith("中華民國第15任總統蔡英文")


def test_an_outlets_credit_for_compiling_a_report_goes_and_makes_it_a_report():
    text = corpus_clean("caijingnews-ninghai-shuiwu-jituan-guanwang-chongxi-2023")  # ……敬请谅解。 / 潇湘晨报综合
    assert texts(text)[-1].endswith("不便之处,敬请谅解。") and text.credit == "潇湘晨报综合"


def test_a_collections_bare_number_before_the_salutation_is_not_the_texts():
    text = corpus_clean("llq66-daxue-xiaozhang-kaixue-zhici-huainan-lianda")  # 大学校长的开学精彩致辞1尊敬的各位老师、亲爱的同学们:
    assert texts(text)[0] == "尊敬的各位老师、亲爱的同学们:"


@pytest.mark.parametrize("name, first", [
    ("138071-sihong-xiangzhen-renda-xuexi-jiaoliuhui", "為推動新形勢下我縣鄉鎮(街道)人大工作"),  # 導讀 為推動……
    ("lushang-zhenggong-jiaokebu-dangyuan-jiang-dangke-2021", "3月29日,集团政工教科部党支部"),  # 返回列表发布时间:2021/3/31 21:45:31
])
def test_a_lead_in_mark_and_a_back_link_glued_to_the_stamp_are_not_the_text(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_who_made_the_web_page_under_the_text_goes():
    assert texts(corpus_clean("wsnews-wenshan-bawu-pufa-fabuhui-2021"))[-1].endswith("文山市融媒体中心等媒体出席发布会。")  # 制作:黄荷 冯明兰


def test_a_headline_before_a_space_and_a_lede_opening_on_ri_qian_is_the_title():
    text = corpus_clean("wallstreetcn-fagaiwei-changsanjiao-yitihua-zhuanxiang-2022")  # ……投资计划 日前,国家发展改革委下达……
    assert text.title == "国家发展改革委下达长三角一体化发展专项2022年中央预算内投资计划"
    assert texts(text)[0].startswith("日前,国家发展改革委下达")


@pytest.mark.parametrize("name, last", [
    ("miduzx-dangshan-tuiyi-junren-shiju-weiwen-kunnan-laobing", "生活中的实际困难。"),  # 来源:…… / 投稿邮箱: / qq.
    ("nmgyy-zhongzhi-zhongyao-yinpian-gongyingshang-linxuan-2026", "2026年3月17日"),  # 文化版 / 医院总机:0471-3283999 / 地址:……20号
])
def test_a_sites_footer_of_story_mailbox_switchboard_and_address_goes(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_text_size_buttons_above_the_text_go():
    assert not any("字体+" in block for block in texts(corpus_clean("nnjn-guangxi-hongshizihui-ziran-zaihai-yingji-yuan-2011")))  # 字体+ | 字体- 分享:


@pytest.mark.parametrize("name, title, first", [
    ("e23-licheng-danganguan-biguan-gonggao-2025", "济南市历城区档案馆闭馆公告", "济南市历城区档案馆因搬迁工作需要"),  # 12月8日,记者从……获悉,…… above it
    ("zggwy-lingtai-guangdian-2017-gongkai-linxuan-gonggao", "灵台县广播电视台公开遴选工作人员公告", "根据县广播电视台改版升级工作需要"),  # 摘要:…… above it
])
def test_a_notices_own_title_under_a_reporters_lede_or_a_summary_is_the_title(name, title, first):
    text = corpus_clean(name)
    assert text.title == title and texts(text)[0].startswith(first)


def test_a_work_reports_section_heading_under_its_salutation_is_no_title():
    assert corpus_clean("btskw-baotou-zhengfu-gongzuo-baogao-sunweidong-2013").title != "过去五年工作回顾"  # 各位代表: / 过去五年工作回顾


def test_a_dateline_of_two_outlets_and_the_sites_address_is_cut():
    text = corpus_clean("ahcaijing-hefei-lianhua-shequ-bayi-weiwen-tuiyi-junren-2020")  # 市场星报、安徽财经网(www.ahcaijing.com)讯 为进一步……
    assert texts(text)[0].startswith("为进一步弘扬拥军优属")


@pytest.mark.parametrize("name, last", [
    ("hmps-tn-2023-xinsheng-ruxue-qichengbiao-han", "辦理新生報到(登記)。"),  # ::: / 成語隨時背 / ㄎㄨ ˋ ㄎㄨ ˋ / 形容人勤勉努力……
    ("kbes-tn-edu-zhuanzhi-daili-jiaoshi-nianzi-tixu-2025", "逾期申請者,自申請之日生效。"),  # 快速登入 / 台灣即時空氣質量指數(AQI) / …… / 成語隨時背
])
def test_a_school_sites_login_air_quality_and_idiom_boxes_end_the_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_recommended_list_heading_under_a_schools_rules_ends_the_text():
    text = corpus_clean("hnng-nanyang-gongye-xuexiao-jiaozhigong-tijian-banfa-2016")  # …… / 二零一六年六月十五日 / (责任编辑:dwbgs) / ---- / 推荐内容
    assert texts(text)[-1] == "二零一六年六月十五日"


def test_addressees_whose_colon_was_lost_are_no_title_but_the_texts_first_line():
    text = corpus_clean("swpu-sbgl-2025-shiyanshi-qiping-zhuanxiang-jiancha-tongzhi")  # 各相关单位(学院、水合物实验室和工训中心) / 为进一步……
    assert text.title is None and texts(text)[0] == "各相关单位(学院、水合物实验室和工训中心)"


def test_a_shops_count_of_texts_after_a_genre_word_is_no_part_of_the_title():
    from archive.cleaning.title import clean_title
    collection = corpus_clean("gxlnz-mengzi-yanglao-fuwu-gongzuo-diaoyan-baogao")
    assert collection.title == "养老服务工作情况调研报告"
    assert texts(collection)[0].startswith("根据人大常委会工作要点安排")
    assert clean_title("2023二十八个“世界读书日”活动开展学习心得体会3篇") == "2023二十八个“世界读书日”活动开展学习心得体会"
    assert clean_title("107年6月份提供本府新聞稿47篇") == "107年6月份提供本府新聞稿47篇"  # a headline counting press releases


def test_an_order_under_its_preamble_and_publication_mark_is_the_title_but_an_issued_attachment_is_not():
    import opencc

    assert corpus_clean("dachaidan-xingwei-caoyuan-jinmu-ling-2024-3hao").title == "大柴旦行委关于全面做好草原禁牧工作的令"
    raw = read_corpus_document("dachaidan-xingwei-caoyuan-jinmu-ling-2024-3hao")
    assert clean(opencc.OpenCC("s2t").convert(raw.text), raw.title_hints).title == "大柴旦行委關於全面做好草原禁牧工作的令"  # (此件公開發布)
    cover_letter = corpus_clean("ningwu-xian-shuihan-zaihai-fangyu-yingji-yuan-2024")  # ……现印发给你们 / …… / (此件公开发布) / ……应急预案
    assert not cover_letter.title_found
    assert texts(cover_letter)[0] == "各乡(镇)人民政府,县防汛抗旱指挥部各成员单位:"


def test_a_stamp_opening_the_line_of_a_flattened_text_is_cut_off_and_the_text_kept():
    notice = corpus_clean("smsltx-sanming-laotixie-zhuanfa-jiankang-kangle-jiayuan-2015")  # 发表时间:2015-10-22 10:05 各县(市、区)……
    assert texts(notice)[0] == "各县(市、区)体育局、老龄办、老体协、市直及行业系统老体协:"
    assert notice.title.endswith("《关于推荐“老年人健身康乐家园”的通知》的通知")  # not ……的通知 二维码, its QR button's label
    assert notice.published == "2015-10-22"


@pytest.mark.parametrize("name, last_opening", [
    ("dsdeal-jidian-fenyuan-2015-tuanxue-xinlao-jiaojie", "在主持人的祝福声中"),  # 机电工程分院:徐程灿/稿 / 陈帆/摄 / 陈芳燕/审
    ("gzou-guizhou-zhiye-jishu-xueyuan-2023-biye-dianli", "典礼结束后"),  # 供文:学工部 汪皓萌 / 供图:学生记者团 陈华 薛佳欣 / 编辑:……
    ("hbuas-hbb-dangzheng-lianxihui-shitang-zhaobiao-2022", "鉴于翠园食堂二楼"),  # 综合办整理 / 】【打印繁体】 【关闭】 【返回顶部 / …… / 热门内容
    ("zafu-huanzi-xueyuan-kongjian-xinxi-xiehui-dihui-zhiye", "旨在促进会员与协会之间的交流"),  # 环资团学新闻中心 / 葛婧婧/图文
    ("trhos-tuanwei-guan-shuilifang-ganshou-aoyun-2008", "5月11日,团委组织07年度优秀团员"),  # 宣传中心/宫小飞
])
def test_a_school_news_items_credits_and_the_pages_furniture_under_it_are_not_text(name, last_opening):
    assert texts(corpus_clean(name))[-1].startswith(last_opening)


def test_a_headline_with_its_day_in_dots_beside_it_is_the_title():
    report = corpus_clean("scs-edu-hk-zhongqiu-wenhuari-jiazhang-jingshi-2025")  # 「中秋文化日」及「家長也敬師」 2025.10.06
    assert report.title == "「中秋文化日」及「家長也敬師」"
    assert texts(report)[0].startswith("今年的10月6日是中秋節")


def test_a_portals_address_line_with_its_day_source_and_text_size_buttons_is_not_text():
    report = corpus_clean("sxzhongyang-zhengxie-10-5-bimu-2025")  # 中阳县政府 www.…gov.cn 2025-03-21 09:27 来源:中阳县融媒体中心 放大 正常 缩小
    assert texts(report)[0].startswith("3月20日上午,政协第十届中阳县委员会第五次会议")


@pytest.mark.parametrize("name, last_line", [
    ("hyxnews-hengyang-xian-2024-weisheng-jiankang-gongzuo-huiyi", "县领导凌晓林、罗轶达出席会议。"),  # 三 审:李建华 监 制: 黄承慧 / 返 回 / 回顶部
    ("lsfz-shandong-xiangcun-zhili-shifan-cunzhen-gongshi-2023", "2023年7月31日"),  # …… / [免责声明] 本文来源于网络转载……
    ("ip-1-183-191-50-xiaoyuanwang-xinxi-fabu-2009", "2009年10月15日"),  # …… / (本文已被浏览 452 次)
])
def test_checking_credits_a_back_button_a_bracketed_disclaimer_or_view_counter_under_the_text_are_not_text(name, last_line):
    assert texts(corpus_clean(name))[-1] == last_line


def test_a_local_papers_dateline_with_the_reporter_in_brackets_is_no_part_of_the_first_line():
    report = corpus_clean("jjrb-duchang-zhouxi-zhen-jiuxiao-changsuo-paicha-2025")  # 都昌讯(黄千喜)近日,都昌县周溪镇……
    assert texts(report)[0].startswith("近日,都昌县周溪镇组织各村")


def test_a_column_heading_named_by_a_breadcrumb_with_broken_arrows_or_hyphens_is_not_the_title():
    report = corpus_clean("cupl-ltx-lituixiu-dangyuan-teshu-dangfei-2008")  # 您现在的位置是: < 首页 <>> 党建工作 / 离退休工作处 / 党建工作
    assert report.title == "2008年我校离退休党员交纳特殊党费11万余元支援抗震救灾"
    assert corpus_clean("jzefyy-2024-niandu-ganbu-shuzhi-dahui").title == "医院召开2024年度干部述职大会"  # 首页 - 新闻中心 - 医院新闻 - 正文 / 医院新闻
    assert corpus_clean("lc123-ningzhengfa-2009-7-yuanlin-chengshi-jueding").doc_number == "宁政发<2009>7号"  # no breadcrumb


def test_the_web_servers_message_for_an_include_it_could_not_run_is_not_the_last_line():
    notice = corpus_clean("gdjt-crmsc-2020-wuyi-fangjia")  # 综合办公室 / 2020年4月22日 / 关闭 / [an error occurred while processing this directive]
    assert texts(notice)[-1] == "2020年4月22日"


def test_a_writers_and_photographers_credit_in_brackets_opening_the_text_is_a_byline():
    report = corpus_clean("gh293-dangjian-shuzhi-pingyihui-2022")  # (文/图 陈慧平)1月14日上午,二九三大队党委……
    assert texts(report)[0].startswith("1月14日上午,二九三大队党委")


def test_a_headline_opening_with_its_day_and_ending_with_its_genre_is_a_title_but_a_sentence_cut_after_a_day_is_not():
    report = corpus_clean("njmu-jichu-yixueyuan-shiyanshi-anquan-jiancha-tongbao-2023")  # 1月10日实验室安全检查通报 / 发布者:…… / 各学系、中心:
    assert report.title == "1月10日实验室安全检查通报" and texts(report)[0] == "各学系、中心:"
    assert clean("月18日,城区政协召开工作会议并印发通知\n各委室:\n请按要求报送材料。").title is None


def test_a_title_glued_to_its_text_goes_on_past_a_plans_years_to_the_kind_of_document():
    cleaned = corpus_clean("001doc-tianjin-huangyaguan-fengjingqu-guihua-pifu-2022")
    assert cleaned.title == "天津市人民政府关于黄崖关长城风景名胜区总体规划(2020-2035年)的批复"
    assert texts(cleaned)[0].startswith("蓟州区人民政府:你区关于报审")


def test_a_headline_ending_at_the_school_visited_is_no_bodys_name():
    cleaned = corpus_clean("jrdxsw-shanda-xinghuo-xuanjiangtuan-henggang-zhongxue-2023")
    assert cleaned.title == "山大化院星火宣讲团走进湖南省衡钢中学"
    assert cleaned.title not in cleaned.byline


def test_a_sidebar_blurb_cut_off_with_a_link_to_the_rest_is_chrome():
    cleaned = corpus_clean("qiuyi-fenghua-weishengju-zhongyiyuan-banzi-zuotan-2012")
    assert cleaned.title == "卫生局领导与中医院领导班子座谈"
    assert texts(cleaned)[0] == "6月14日上午,市卫生局余磊局长一行到中医院与医院领导班子进行了座谈。"
    assert not any("详细" in text for text in texts(cleaned))


def test_a_repost_label_above_the_headline_is_chrome():
    cleaned = corpus_clean("bostonorange-nanjiazhou-qiaojie-qingzhu-xianggang-huigui-20")
    assert cleaned.title == "美国南加州侨界隆重庆祝香港回归20周年"
    assert texts(cleaned)[0].startswith("在香港回归20周年之际")


def test_a_bare_genre_word_over_the_pages_stamp_is_the_title():
    cleaned = corpus_clean("znmzjszzx-jiaxing-gongjiao-jianshao-banci-gonggao-2020")
    assert cleaned.title == "公告"
    assert texts(cleaned)[0] == "廣大市民乘客:"


def test_a_rule_line_under_the_doc_number_is_chrome_and_leaves_the_wrapped_title_whole():
    cleaned = corpus_clean("ustc-xiaoban-2003-29-jiechu-xiaoyou-fuwujiang-jueding")
    assert cleaned.title == "关于设立中国科学技术大学杰出校友服务奖和授予张上游、刘冬子首届杰出校友服务奖的决定"
    assert cleaned.doc_number == "校办字[2003]29号"


def test_a_headline_with_a_comma_is_the_title_when_no_other_line_is():
    assert corpus_clean("jiuzhoufazhi-xunshi-zhenggai-houbanpian-2025").title == "动真碰硬抓整改,做深做实巡视“后半篇文章”"
    assert corpus_clean("sres-tyc-senlin-huozai-ranliao-guanli-gonggao-2026").title == "為預防森林火災,請各單位協助於易發生森林火災區域進行燃料管理"
    assert corpus_clean("shiangchin-nantou-shi-duanwu-zongxiang-2016").title == "端節將近,投市粽香處處飄"  # over its day, under the page's


def test_a_sentence_broken_off_or_a_salutation_is_no_headline_with_a_comma():
    assert corpus_clean("qinfeng-qindu-18jie-quwei-diyilun-xuncha-gonggao-2022").title is None  # 按照……安排,……从6月9日至 / 8月23日,……
    assert corpus_clean("locpg-big5-1997-xianggang-jiaojie-yishi-jianghua").title is None  # ……女士們,先生們﹕
    assert corpus_clean("cjtennis-jituan-2014-wuyi-fangjia-anpai").title is None  # 各分公司、子公司、项目部,机关各部室


def test_a_run_of_short_links_or_captions_under_the_last_sentence_leaves_the_text():
    assert texts(corpus_clean("lianxi-qu-zhengfu-quanti-huiyi-zhengfu-gongzuo-baogao-2022"))[-1].startswith("会议审议通过了《政府工作报告(讨论稿)》。")  # 领导之窗 / …… / 走进濂溪
    assert texts(corpus_clean("mingshan-qu-shuiliju-zhuyao-heliu-xuncha-2018"))[-1].endswith("在确保安全度汛的同时保证其他工作的完成质量。")  # 【打印正文】 / 用户登录
    assert texts(corpus_clean("qmu-qiyi-shisheng-aoyun-huoju-chuandi-2008"))[-1].endswith("热爱家乡的情怀。")  # three photographs' captions


def test_one_short_line_under_the_last_sentence_stays_as_a_preview_may_cut_a_paragraph_there():
    assert texts(corpus_clean("gulin-2025-di4pici-jianshe-yongdi-zhengshou-yugonggao"))[-1] == "古蔺县人"


def test_a_signature_date_closing_words_or_a_bracketed_body_under_the_last_sentence_stay():
    assert texts(corpus_clean("cgmh-linkou-taifeng-menzhen-tiaozheng-gonggao-2020"))[-1] == "林口長庚紀念醫院 敬啟"
    assert texts(corpus_clean("kj-cy-xiang-daolu-weixiu-qingshi"))[-1] == "二〇XX年六月二十八日"
    assert texts(corpus_clean("wanzai-tongjiju-2015-tongji-gongbao"))[-1] == "（万载县统计局）"
    assert texts(corpus_clean("lawrefbook-qiye-daixin-nianxiujia-banfa-2008"))[-1].startswith("第十九条 本办法自发布之日起施行")
    assert texts(corpus_clean("peihua-jzyy-chengxin-kaoshi-zhuti-banhui-2021"))[-3:] == ["祝各位同学", "逢考必过", "凯旋而归"]


def test_the_texts_own_title_from_about_with_a_bare_year_number_after_it_is_the_header():
    cleaned = corpus_clean("jwbk-tiantai-xian-yiqing-fangkong-zhihuibu-tonggao-2022-20")
    assert cleaned.doc_number == "2022(20)号"
    assert texts(cleaned)[0].startswith("近期,国内、省内疫情形势异常严峻")


def test_datelines_of_a_city_dispatch_an_outlet_and_its_reporter_or_an_outlets_news_open_no_paragraph():
    assert texts(corpus_clean("seofeiyu-aomen-2025-2026-sifa-niandu-kaimu-dianli"))[0].startswith("澳门特区2025/2026年司法年度开幕典礼21日在澳门文化中心举行。")
    assert texts(corpus_clean("snjxww-shennongjia-linqu-renda-12jie-8ci-zhuren-huiyi"))[0].startswith("12月1日上午,林区人大常委会主任李波主持")
    assert texts(corpus_clean("itaiwannews-anyang-liwenbin-toumu-zhanglao-huanyingci-2014"))[0].startswith("日前,台湾少数民族(泰雅族)")


def test_a_releases_line_announcing_the_speech_below_it_is_its_preface():
    assert texts(corpus_clean("ogcio-gov-hk-chuangkeju-juzhang-kaichang-fayan-2020"))[0] == "主席、各位委员:"
    assert texts(corpus_clean("eeb-gov-hk-liaoxiudong-shizheng-baogao-zhixie-yian-2006"))[0] == "主席女士:"


def test_a_line_of_a_paragraph_hard_wrapped_at_one_width_is_no_headline_with_a_comma():
    wrapped = "经县政府同意,现将《明溪县防洪防台风应急预案(修订)》印\n发给你们,请认真贯彻执行。2012年9月印发的《明溪县防洪防\n台风应急预案》(明政办〔2012〕116号)同时废止。"
    assert clean(wrapped).title is None  # fjmx.gov.cn's notice, wrapped at 28 characters as a PDF prints it


def test_the_bare_year_number_after_the_texts_own_title_is_read_in_traditional_script_too():
    cleaned = clean("2022年天台縣關於加強新型冠狀病毒肺炎疫情防控工作的通告\n關於加強新型冠狀病毒肺炎疫情防控工作的通告 2022(20)號\n"
                    "近期,國內、省內疫情形勢異常嚴峻,我縣疫情防控任務更加艱鉅。爲進一步築牢天台疫情防控網,經縣疫情防控指揮部研究決定。")
    assert cleaned.doc_number == "2022(20)號"
    assert texts(cleaned)[0].startswith("近期,國內、省內疫情形勢異常嚴峻")


def test_a_headline_with_its_issue_after_a_dash_is_the_title_and_a_wordpress_themes_footer_ends_the_text():
    found = corpus_clean("shuj-shu-huzheng-xunhui-fuwuche-1887")  # shuj.shu.edu.tw: …… – 1887期 / …… / Posts created 8458 / Related Posts
    assert found.title == "戶政巡迴服務車 機動貼心好便民"
    assert found.blocks[-1].text.endswith("服務時間為上午九時至十二時。") and len(found.blocks) == 5
    english = corpus_clean("um-ebulletin-sijingju-xuexiao-anquan-lianwang-tebie-tongxun")  # an English headline with a dash stays a tag line
    assert not any("Safe School Network" in block.text for block in english.blocks)


def test_a_dash_before_the_speakers_office_and_name_is_a_byline_not_a_subtitle():
    found = corpus_clean("scecea-liupeng-qiye-dangjian-yantaohui-zhici")  # ——中国企业联合会党委委员、副理事长 刘鹏 (huodong.scecea.org.cn)
    assert found.subtitle is None and found.byline == ("——中国企业联合会党委委员、副理事长 刘鹏",)
    assert found.blocks[0].text == "各位来宾、企业家朋友们,大家好!"


@pytest.mark.parametrize("line, shaped", [
    ("3月8日,市六届人大五次会议隆重开幕", True),  # api.cfrd.gov.cn
    ("“12368”司法服务热线", True),  # tskpfy.hebeicourt.gov.cn
    ("發稿單位:新聞及國際關係處", False),  # a label (tnews.cc)
    ("全县教师和教育工作者:", False),  # a salutation
    ("潮起金秋。", False),  # a sentence
    ("澳門特別行政區政府消費者委員會-最新公佈 http://www.consumer.gov.mo/News/Public.", False),  # a link
])
def test_a_first_line_may_stand_in_for_a_missing_title_only_when_shaped_as_a_headline(line, shaped):
    assert headline_shaped(line) is shaped


def test_a_stamp_with_a_count_between_its_source_and_its_day_is_the_pages():
    text = corpus_clean("zgwyzxw-donggang-jiayuan-yezhu-dahui-yishi-guize-2022")  # 东港嘉苑物业管理委员会 阅读量:1050 2022-09-19 16:32:45
    assert text.published == "2022-09-19" and texts(text)[0].startswith("第一章")


def test_an_outlets_name_glued_to_the_stamps_day_is_the_pages_stamp_and_a_dashed_list_heading_is_chrome():
    text = corpus_clean("cri-cq-renda-weituo-quxian-zhifa-jiancha-2018")  # 重庆日报2018-12-04 10:00:59 / …… / —  相关新闻  —
    assert text.published == "2018-12-04" and texts(text)[0].startswith("近日,市人大常委会通报了")
    assert texts(text)[-1].endswith("定性、定量分析。")
    assert texts(corpus_clean("ndcaw-ningde-gongan-tejing-kuaquyu-yanlian-2023"))[-1].endswith("严明的组织纪律。")  # / 各地动态
    assert texts(corpus_clean("tceba-gonghui-zhangcheng-di5zhang-huiyi"))[-1].endswith("出席代表過半數之同意行之。")  # / 廣告專區
    assert texts(corpus_clean("81cn-qixiangju-lianghui-baozhang-tongzhi-2016"))[-1].endswith("气象保障服务工作。")  # / 轻触这里,加载下一页


@pytest.mark.parametrize("name, last", [
    ("jyj-wuhai-gov-cn-shuji-shai-dangjian-huodong-qidong-2022", "以基层党建优异成绩迎接党的二十大胜利召开。"),  # / 下一条:
    ("xxrd-xinxiang-renda-zhuren-jiedai-daibiao-ri-2021", "使代表真满意、群众真实惠、工作真提升。"),  # / 最新文章|更多
    ("tjj-hunan-tongjiju-shinian-chengjiu-baogao-2022", "发放宣传产品,向公众普及统计知识。"),  # / 主播:…… / 监制:终审
])
def test_links_and_credits_under_the_last_sentence_are_the_pages(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_portals_read_aloud_widget_is_not_the_text():
    text = corpus_clean("nyncw-cq-yucainong-2021-18-xianjie-zijin-yusuan-tongzhi")
    assert not any("播报" in block or "语音合成" in block for block in texts(text))


@pytest.mark.parametrize("name, first", [
    ("cnhan-hongshanqu-dangfeng-lianzheng-chengnuoshu-2017", "2月22日,笔者从武汉市洪山区"),  # 湖北日报(荆楚网)消息(通讯员 ……)
    ("hnr-hunan-shengjiwei-qiqi-zuofeng-wenti-tongbao-2014", "湖南省纪委日前对7起"),  # 新华网湖南频道长沙9月5日专电
    ("xibaipo-huangping-xianwei-wuhao-dangzuzhi-biaozhang-2015", "在全国热烈庆祝中国共产党成立94周年"),  # 中红网贵州黄平2015年7月2日电(廖尚刚)
    ("hxnews-putian-shijiwei-liangjie-lianjie-zilv-2016", "中秋、国庆“两节”将至"),  # 海都讯
    ("hnwnsw-xiangtan-huashi-zhen-zhibu-shuji-shuzhi-2018", "1月19日"),  # 红网湘潭县分站1月22日讯(通讯员 周星)
])
def test_more_outlets_datelines_are_cut_from_the_lede(name, first):
    text = corpus_clean(name)
    assert text.dateline and texts(text)[0].startswith(first)


@pytest.mark.parametrize("name, last", [
    ("zgsuixian-junchuanzhen-xuncha-zhenggai-huifang-ducha", "推动均川镇经济社会发展的强劲动力。"),  # 您访问的链接即将离开……是否继续?
    ("cjrbapp-hubei-13jie-renda-5ci-zhengfu-baogao-2021", "交出了疫情防控和经济社会发展双胜利的英雄答卷。"),  # 评论一下 / ……
    ("fsou-guohan-2000-31-quanzhou-quangang-qu-pifu", "所需人员编制和经费由你省自行解决。"),  # 上面法规内容为部分内容……查看全文
])
def test_a_leave_site_dialog_a_comment_box_and_a_partial_copy_note_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


@pytest.mark.parametrize("name, first", [
    ("sxfywcourt-renminfayuanbao-gonggao-geshi-xiuding-2011", "为进一步规范人民法院公告"),
    ("chinadaily-global-xizang-dangwei-changwei-huiyi-quanhui-2014", "日前召开的自治区党委常委会议决定"),
])
def test_a_sentences_opening_broken_at_a_line_end_is_text_not_a_title(name, first):
    text = corpus_clean(name)
    assert not text.title_found
    assert texts(text)[0].startswith(first)


def test_photo_captions_and_a_reporters_credit_are_not_the_report():
    text = corpus_clean("liufangtea-xianwei-12-2-quanhui-fenzu-taolun")  # 讨论会现场 / 记者 余艳华 / 1月6日,……
    assert not text.title_found
    assert texts(text)[0].startswith("1月6日,县委十二届二次全体(扩大)会议隆重召开。")
    assert not any(block.startswith("图为") for block in texts(corpus_clean("xingning-ningzhong-wenmingzhen-dongyuan-dahui-2017")))
    # captions with a comma in them under the last sentence (图为 社区办联合燃气公司在小区摆摊设点,发放宣传资料), and who supplied it
    assert texts(corpus_clean("scu-sqb-2019-dongji-tianranqi-anquan-xuanchuan"))[-1].endswith("共建平安小区。")
    assert texts(corpus_clean("primal-fury-jituan-guanlan-guoqing-70-zhounian-dahui-2019"))[-1].endswith("努力奮斗的信念和決心。")  # 黨群工作部 供稿


def test_an_issuing_notices_title_beats_the_attachments_title_printed_again_below_it():
    text = corpus_clean("hkfy-fafa-2020-26-sifa-zerenzhi-peitao-gaige-yijian")  # 最高人民法院 / 印发《关于……的实施意见》的通知
    assert text.title == "最高人民法院印发《关于深化司法责任制综合配套改革的实施意见》的通知"
    assert texts(text)[0].startswith("各省、自治区、直辖市高级人民法院")


def test_a_summary_boxs_label_glued_to_the_text_goes():
    assert texts(corpus_clean("guangfuqiang-jingzhou-wenming-xingwei-cujin-tiaoli"))[0].startswith("第一章")  # 核心提示第一章 总 则……


def test_a_note_of_adoption_after_a_title_glued_to_the_text_is_set_apart():
    text = corpus_clean("jccq-chengqu-10-renda-5-jianchayuan-baogao-jueyi-2023")  # ……的决议(2023年2月25日……通过)晋城市城区……
    assert texts(text)[0].startswith("晋城市城区第十届人民代表大会第五次会议,听取并审议了")
    assert any(line.endswith("全体会议通过)") for line in text.byline)


@pytest.mark.parametrize("name", [
    "scfzyj-pengxi-fayuan-gongzuo-baogao-quanpiao-tongguo-2016",  # 本网讯(王诗颖)2016年 / 3月12日上午,……
    "topnewsmedia-taoyuan-zhengwu-shouzhang-zongci-2022",  # 瞰新聞生活中心/桃園報導
    "ydjw-yongding-qujiwei-shenbian-anjian-jingshi-jiaoyu",  # “永定农机、医疗卫生和住建系统严重违纪违法 / 案件再次警示我们……”
    "114-215-188-214-jiyuan-gongkai-xuanba-ganbu-2006",  # 为了贯彻……精神,……市委决定面向全市公开选拔领导干部2名。
    "dahe-hnrb-xinxiangxian-hehexiang-baxiang-guiding-ducha-2020",  # 为深入贯彻落实中央八项规定 / 精神,……
])
def test_a_dateline_a_news_desks_credit_or_an_open_quotation_is_never_a_title(name):
    assert not corpus_clean(name).title_found


def test_a_reports_sentence_ending_in_tongguo_stays_in_the_text():
    text = corpus_clean("scfzyj-pengxi-fayuan-gongzuo-baogao-quanpiao-tongguo-2016")
    assert "获得全票通过。" in texts(text)[0]


def test_an_ornament_line_and_a_masked_line_are_not_text_and_a_title_wraps_after_yinfa():
    assert texts(corpus_clean("ycph-yiyuan-2023-qingming-menjizhen-anpai"))[0].startswith("根据《国务院办公厅关于2023年部分节假日安排的通知》")  # ❖
    assert texts(corpus_clean("qianlima-duozhuzhen-ni-zhengshou-tudi-yugonggao-2026"))[0].startswith("依照《中华人民**国土地管理法》")  # ****
    assert corpus_clean("xxgk-jl-jizhengbanfa-2021-11-lvhua-guihua-tongzhi").title == "吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划(2021-2030年)的通知"


@pytest.mark.parametrize("name, last", [
    ("dzng-dzrb-shandong-13jie-renda-6ci-kaimu-2021", "省政府组成部门主要负责人等列席会议。"),  # (大众日报客户端记者 …… 报道) / 责任编辑: 禹亚宁 签审: 梁开文
    ("sdkzjng-shandong-12jie-renda-6ci-kaimu-2017", "省人大代表滕玉云接受大众网记者采访。"),  # (大众网-山东24小时记者 李兆辉) / 初审编辑: / 责任编辑:赵曼
    ("ahtcjw-tongcheng-xuncha-cunji-quanfugai-2019", "本次巡察完成后,桐城市委巡察向村(社区)党组织延伸工作将实现全覆盖。"),  # …… (桂晗)
])
def test_credits_under_a_report_after_an_outlets_name_with_several_roles_or_a_name_alone_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


@pytest.mark.parametrize("name, title", [
    ("miluo-guihuaju-zhengxie-25hao-tian-dafu-2016", "对汨罗市政协九届四次会议第25号提案的答复"),  # 汨   罗   市   规   划   局 / 对……的答复
    ("miluo-guihuaju-zhengxie-weiyuan-yijian-dafu-han-2015", "关于答复市政协九届三次会议委员意见的函"),
])
def test_a_spaced_out_letterhead_is_not_the_first_line_of_the_title_under_it(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, title", [
    ("66laws-xining-yangquan-guanli-tiaoli-2019", "西宁市养犬管理条例"),  # 2023年西宁市养犬管理条例最新版【全文】
    ("66zhonglv-suzhou-yangquan-guanli-tiaoli-2022", "苏州市养犬管理条例"),  # 苏州市养犬管理条例2022修正【全文】
])
def test_a_law_sites_marks_of_its_copy_are_no_part_of_the_laws_name(name, title):
    assert corpus_clean(name).title == title


def test_a_headline_ending_in_ganbu_is_no_bodys_name_and_is_the_title():
    assert corpus_clean("zzb-haimen-shiwei-quanhui-piaojue-gongxuan-2011").title == "市委全会票决公选领导干部"


def test_the_link_to_a_policys_explainer_and_its_label_alone_above_it_are_not_text():
    text = corpus_clean("zhonglou-gov-cn-zhongzhengbanfa-2020-51-liangshi-yuan")  # 政策解读: / • 《常州市钟楼区粮食应急预案》政策解读
    assert texts(text)[0] == "开发区、高新园(邹区镇)、各街道,区各有关单位:"
    assert not any("政策解读" in block for block in texts(corpus_clean("gsml-gov-cn-minzhengfa-2020-110-tufa-shijian-yuan")))  # 政策解读链接:《……》政策解读


def test_a_bilingual_pages_english_lines_neither_join_the_chinese_ones_nor_end_the_head():
    text = corpus_clean("en84-quanguo-zhengxie-changweihui-gongzuo-baogao-2022")  # ……工作报告 / Report on the Work of…… / ——在……上 / 2022年3月4日 / Delivered at…… / 汪洋
    assert (text.subtitle, texts(text)[0]) == ("——在政协第十三届全国委员会第五次会议上", "各位委员:")
    assert not any("文章源自" in block for block in texts(text))  # 文章源自英文巴士-https://www.en84.com/13144.html after every line


@pytest.mark.parametrize("name", ["26835061-nanzheng-liangshi-yingji-yuan-tongzhi-2018", "4309432-xiangtan-caojiongfang-dushu-fenxiang-2019"])
def test_a_search_boxs_label_alone_is_not_text(name):
    assert not any(block.endswith(("搜索:", "搜索：")) for block in texts(corpus_clean(name)))


@pytest.mark.parametrize("name, last", [
    ("scgw-mumenzhen-2021-chunji-senlin-fangmiehuo-hui", "加强对近期春季农事用火的防范和烟花禁燃工作的管理力度。"),  # ……。(木门镇   赵立婷) / 站长统计
    ("guangde-lucunxiang-zhengxie-gongwei-lihui-2018", "做到参谋又参与、献策又献力、服从又服务!"),  # ……!(杨帆) / 扫一扫…… / 0条评论 / *正文:
    ("sxgov-changzhi-liangzhongxin-tuijinhui-2019", "严格规范管理,为高标准建好两中心提供强有力支撑。"),  # ……。(来源:长治日报 记者 解婷) / 原标题:……
])
def test_a_sentence_closed_by_its_credit_takes_no_page_line_after_it_into_the_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


@pytest.mark.parametrize("name, last", [
    ("pyxww-pyrb-shi-zhengxie-8jie-2ci-fenzu-taolun", "并指明了今后的工作方向。"),  # ……方向。(下转第四版)
    ("ksrykj-yunnan-zhengxie-kunming-zhongxin-chengshi-tian", "出席并講話。"),  # ……(云南日報 記者張瀟予)
    ("hnvtc-zongwuchu-zhishu-dangzhibu-huanjie-xuanju", "到会指导。"),  # ……(撰稿:田小香 审核:藏兰兰 发布:马敏)
])
def test_a_newspapers_jump_and_a_credit_after_an_outlets_name_end_no_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_an_e_papers_page_controls_and_a_share_label_are_not_text():
    assert texts(corpus_clean("yanews-yarb-zhengxie-5jie-6ci-tian-lian"))[0].startswith("2月23日")  # 通版阅读请点击: / 展开通版 / 收缩通版 / 当前版:03版
    assert texts(corpus_clean("yunnan-cn-kunming-zhengxie-weiyuan-baodao-2018"))[0].startswith("心系发展大计")  # 分享至:


@pytest.mark.parametrize("name, last", [
    ("axxrmyy-2021-dangzhibu-shuji-shuzhi-pingyi-hui", "以优异的成绩迎接党的二十大召开。"),  # 文 / 刘凌子
    ("lzit-cxcy-dangzongzhi-liangyou-yixian-pingxuan-dahui", "为学院事业发展提供坚强政治保证。"),  # 撰稿:张红梅 摄影:彭文 审稿:杨光鑫
    ("sxmu-xuanchuanbu-xueleifeng-shifandian-tuijian-tongzhi-2023", "2023年11月23日"),  # 共 2 个附件: / - > 附件2 推荐表.docx [下载次数:已下载次]
])
def test_writers_credits_and_a_list_of_files_to_download_under_the_text_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_back_to_list_button_above_the_headlines_copy_joins_no_title():
    assert corpus_clean("sxzyy-maoxiaoming-gongli-yiyuan-dangjian-dangke-2019").title == "党委书记毛小明上党课----加强公立医院党的建设"


def test_wen_is_a_writers_role_only_before_its_mark():
    from archive.names import STAFF_CREDIT
    assert STAFF_CREDIT.match("文 / 刘凌子") and not STAFF_CREDIT.match("文明城市")


def test_the_office_that_posted_a_notice_before_its_title_and_a_colon_is_no_part_of_the_title():
    assert corpus_clean("hbue-zuzhibu-2025-3-zhibu-zhuti-dangri-tongzhi").title == "关于做好3月份“支部主题党日”活动的通知"  # 组织部:关于……的通知


@pytest.mark.parametrize("name, first", [
    ("shangluo-swj-fangxun-baozhang-shichang-gongying-2017", "各县(区)商务主管部门:"),  # 发布日期:2017-08-02 17:25:01 / 14739
    ("chinacir-guangxi-shangwuting-guishangyunfa-2018-17", "各市商务局(委),自治区食品公司,各承储企业:"),  # 中国产业竞争情报网  2018-06-06  浏览:
])
def test_a_counters_bare_value_after_a_stamp_and_a_long_site_name_before_one_are_page_stamps(name, first):
    assert texts(corpus_clean(name))[0] == first


@pytest.mark.parametrize("name, last", [
    ("amagi-wuxi-anquan-shengchan-jinji-huiyi-2018", "市政府副市长高亚光主持会议。"),  # 电话咨询 / 邮件咨询 / 在线地图 / QQ客服
    ("tsinfo-taishan-yingchun-chahuahui-zhanglei-2013", "为台山的发展多献计多献策。"),  # 点击查浏览大图 under each photo
])
def test_a_pages_contact_and_photo_widgets_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_the_count_of_printed_copies_in_the_imprint_is_not_text():
    assert texts(corpus_clean("yangxian-fagaiju-2023-43-liangjiacun-daoxia-xiangmu-pifu"))[-1] == "2023年3月9日"  # 抄送:…… / ……印发 / 共印5份


def test_a_photo_caption_placing_the_people_it_names_is_not_text():
    text = corpus_clean("kwongwah-huazong-wutianquan-xijinping-fangma-wengao-2024")  # 吴添泉(左4)与华总领导层接领王永军(右4)赠送的纪念品。左起为……
    assert texts(text)[0].startswith("华总总会长丹斯里")


def test_an_e_papers_paywall_cuts_the_article_off():
    text = corpus_clean("ceic-epaper-weigui-chihe-yancha-2025")  # 本期报纸需要付费才能阅读,请您去网站购买
    assert text.truncated_by and texts(text)[-1].endswith("纪律规矩逐渐被抛在脑后。")


@pytest.mark.parametrize("name, line", [
    ("nx899-xiangzhen-zhengfu-gongzuo-baogao", "标签:政府工作报告,乡镇政府工作报告, 乡镇政府工作报告1,http://www.nx899.com"),
    ("upntoday-jiayi-zhanghuaguan-jiuzhi-xinwengao-2014", "發布時間2014/12/25"),
    ("yuan0-cunmin-zizhi-zhangcheng-shifan-wenben-2008", "本文简介:"),
])
def test_a_pages_tags_a_date_label_glued_to_its_date_and_a_summarys_label_are_not_text(name, line):
    assert all(line not in block for block in texts(corpus_clean(name)))


def test_a_link_to_a_file_under_the_signature_is_not_text():
    assert texts(corpus_clean("shisu-zuzhibu-2016-dangzhibu-anqi-huanjie-paicha-tongzhi"))[-1] == "2016年6月15日"  # 附表:未按期换届党支部情况表.xlsx


@pytest.mark.parametrize("name, last", [
    ("zzscdi-gov-cn-zhangpu-xiangzhen-jiwei-zhiji-shuiping-2017", "同比增长84.6%。"),  # ……84.6%。(漳浦县纪委)
    ("luoohu-cuiling-shequ-yishihui-xuanju-gonggao-2021", "2021年3月18日"),  # 手机扫扫打开当前页面 / 相关新闻
    ("146-56-203-80-xiyebiqi-cun-xuanmin-dengji-gonggao-2021", "2021年1月14日"),  # 用微信扫描二维码 / 一键分享
])
def test_a_source_glued_to_the_last_sentence_and_a_pages_phone_and_share_prompts_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_communiques_issuer_signing_in_brackets_on_its_own_line_stays():
    assert texts(corpus_clean("wanzai-tongjiju-2015-tongji-gongbao"))[-1] == "（万载县统计局）"


def test_a_forums_login_prompt_over_a_reposted_text_is_not_text():
    assert texts(corpus_clean("seclub-jianjiang-zhen-17jie-renda-1ci-huiyi"))[0].startswith("12月2日,鉴江镇第十七届人民代表大会第一次会议")  # 您需要 登录 才可以下载或查看,没有账号?会员注册


@pytest.mark.parametrize("name, last", [
    ("cqsdj-dianjiang-jixu-zhixing-fengshanling-tonggao-2024", "(此件公开发布)"),  # 部门解读: / ……的通告的政策解读 / 热点解读: / ……的政策咨询问答
    ("xixian-gaozhuangzhen-huanjing-weisheng-zhengzhi-tongzhi-2021", "2021年6月23日"),  # 陕公网安备 / 61042302000131号
])
def test_links_to_a_notices_explainers_and_a_split_police_registration_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1] == last


@pytest.mark.parametrize("name, last", [
    ("yxfy-yexian-fayuan-disanci-kaifangri-2010", "塑造法院公正高效、司法为民的良好形象。"),  # 文章出处:叶县法院网
    ("dqzy-lindian-fayuan-11ci-kaifangri-2018", "营造了崇尚法治的良好社会氛围。"),  # 责任编辑:刘鸿鹏 文章出处:林甸县法院网
    ("qqherls-longsha-fayuan-101ci-kaifangri-laoganbu-2020", "我们也要为司法事业做出自己力所能及的贡献!”"),  # 〖关闭窗口〗
])
def test_a_court_sites_source_line_and_close_button_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_comment_boxs_notice_under_the_text_is_not_text():
    assert not any("留言要注意语言文明" in block for block in texts(corpus_clean("cctv-news-zhufang-baozhang-zhuanti-caifang-qiji")))


def test_empty_fields_of_a_portals_table_above_a_notice_are_not_text():
    assert texts(corpus_clean("ledong-hainan-2024-6pi-feiyi-minglu-tongzhi"))[0] == "各镇人民政府,县政府直属各单位:"  # 备案登记号: / 废止日期:


def test_a_county_media_centres_reporters_are_a_credit_not_a_title():
    assert corpus_clean("qionghai-shizhengfu-141ci-changwuhui-2021").title != "琼海融媒记者 彭总岸 王应峰"
    assert not any("IE版本" in block for block in texts(corpus_clean("tjnh-ninghe-shiwuwu-guihua-zhengqiu-yijian-zuotanhui")))


@pytest.mark.parametrize("name", [
    "soulun-shandong-shengwei-shuji-jieren-jianghua",  # one Chinese paragraph, then its English
    "soolun-xinjiang-shuili-shuidian-gongzuo-huiyi-jianghua-1995",
    "formacion-mirror-liangzhenying-jiuzhi-yanshuo-2012-p4",  # English paragraphs first, then the Chinese
])
def test_a_bilingual_pages_english_translation_is_not_the_documents_text(name):
    assert all(re.search(r"[\u4e00-\u9fff]", block) for block in texts(corpus_clean(name)))


def test_a_breadcrumb_after_its_columns_name_is_chrome_and_its_sections_are_no_title():
    text = corpus_clean("htjtjt-guotie-duikou-zhiyuan-taining-laoqu")  # 信息传达 您的位置:首页>>通知公告>>信息传达 / 通知公告
    assert text.title == "做好铁路对口支援工作 推进革命老区振兴发展"


@pytest.mark.parametrize("name, title", [
    ("219-145-244-73-zhashui-shenjiju-2020-bumen-juesuan", "柞水县审计局2020年部门决算"),  # …… / 目 录 / 第一部分 部门概况
    ("xczw-gov-cn-xisazhen-2022-bumen-juesuan", "文山州西畴县西洒镇2022年度部门决算"),
])
def test_a_part_heading_of_a_budgets_contents_is_no_title(name, title):
    assert corpus_clean(name).title == title


def test_a_page_of_photos_keeps_its_captions_as_its_text_without_their_credits():
    blocks = texts(corpus_clean("takungpao-12jie-renda-3ci-3ci-quanti-huiyi-tupian"))  # every line ends 中新社发 …… 摄
    assert blocks[0].startswith("3月12日上午,第十二届全国人民代表大会第三次会议") and blocks[-1].endswith("赵宝刚、宋丹丹入场。")


@pytest.mark.parametrize("name, title", [
    ("hebcdi-shoujilv-zhexie-liwu-buneng-shou-2018", "守纪律,这些“礼物”不能收"),  # above 来源:……发布时间:……
    ("lyj-xinxiang-qingming-senlin-fanghuo-2023", "清明节里,林业部门紧盯森林防火不放松"),  # above 发布时间:…… 浏览次数:……
])
def test_a_headline_with_a_comma_right_above_the_pages_stamp_is_the_title(name, title):
    assert corpus_clean(name).title == title


def test_a_stamp_split_by_pipes_is_no_breadcrumb_and_the_headline_above_it_stays():
    # www.jllydj.gov.cn: 辽源 · 智慧党建 / 怎样理解和执行严重警告处分? / 发表时间: | 来源:本站原创 | 浏览:
    assert corpus_clean("jllydj-liaoyuan-yanzhong-jinggao-chufen-lijie").title == "怎样理解和执行严重警告处分?"


def test_the_attachment_label_run_into_a_speechs_title_is_no_part_of_it():
    assert corpus_clean("dajudeng-liuheping-quanshi-jiaoyu-zuotanhui-jianghua-2011").title == "在全市教育工作座谈会上的讲话"


@pytest.mark.parametrize("name, first", [
    ("dajudeng-liuheping-quanshi-jiaoyu-zuotanhui-jianghua-2011", "同志们:"),
    ("mishuzj-suichang-tongsenjun-renda-biaotai-fayan-2026", "各位代表,同志们:"),
])
def test_a_speech_text_starts_at_its_salutation_not_at_the_byline_run_into_it(name, first):
    assert corpus_clean(name).blocks[0].text.startswith(first)


def test_a_salutation_to_several_hearers_ends_a_byline_run_into_it():
    assert split_subtitles(["遂昌县县长童森军(2026 年 2 月 6 日)各位代表,同志们:今天,大会选举我担任县长。"]) == [
        "遂昌县县长童森军(2026 年 2 月 6 日)", "各位代表,同志们:今天,大会选举我担任县长。"]



@pytest.mark.parametrize("name, last", [
    ("changde-xihu-fulian-huanjie-3ci-funv-daibiao-dahui", "48个社会各界妇女代表共计100余人参加会议。"),  # then (报道:尹天赐) / 用户登录
    ("hnsjb-shangqiu-renda-fentuan-shenyi-baogao-2018", "优化财源结构,着力保障和改善民生。"),  # then 支持 / 反对 / 收藏 / 分享 / 精彩评论 / 手机快速登录
    ("shptwww-putuo-minzhengju-shengduhui-juweihui-baogao-2021", "2021年2月23日"),  # then 验证码 / 全部评论 / a hint for keyboard readers
])
def test_credits_buttons_and_widgets_under_the_text_are_chrome(name, last):
    assert corpus_clean(name).blocks[-1].text.strip().endswith(last)


def test_a_title_is_not_joined_with_its_copy_or_its_subtitle():
    # 叶青走进大学,你们的征途是星辰大海 / 走进大学,你们的征途是星辰大海 / ——在级本科生开学典礼上的讲话 / 华东政法大学校长叶青
    assert corpus_clean("szhuazhuangbao-huazheng-yeqing-benkesheng-kaixue-jianghua").title == "走进大学,你们的征途是星辰大海"


def test_an_editors_credit_split_by_a_slash_under_a_notice_is_chrome():
    # zmdtvw.cn: ……2023年12月13日 / 责任编辑 / 詹云清
    assert corpus_clean("zmdtvw-henan-shengzhengfu-bangongting-2024-yuandan-fangjia").blocks[-1].text.strip() == "2023年12月13日"


@pytest.mark.parametrize("name, first", [
    ("chicagochinesetimes-xujiaqing-baifang-zhonghuahuiguan-2023", "中華民國僑務委員會委員長徐佳青"),  # (芝加哥時報記者/郭笑榮/採訪報導) before it
    ("portlandchinesetimes-zhonghuahuiguan-yuandan-shengqi-2026", "波特蘭多個新老僑團"),  # （本報訊）
    ("news586-pingdong-panmengan-shizheng-zongbaogao-2021", "屏東縣長潘孟安2日"),  # 【News586/記者游建志報導】
    ("quweinews-pingdong-panmengan-shizheng-baogao-bukangao", "屏東縣長潘孟安14日"),  # 趣味新聞網記者特別報導:
])
def test_a_reporters_credit_opening_the_lede_is_its_dateline(name, first):
    text = corpus_clean(name)
    assert text.blocks[0].text.startswith(first)
    assert text.dateline


@pytest.mark.parametrize("name, title, first", [
    # a gallery's captions, each printed twice, and 僑務新聞志工……報導 / 給予愛星 19 between the headline and the text
    ("ocacnews-zhijiage-qiaoshe-sunzhongshan-shishi-jinian-2024", "芝加哥傳統僑社舉行孫中山逝世99週年紀念儀式", "3月12日為中華民國國父孫中山先生逝世紀念日"),
    ("ocacnews-shajiamiandu-zhonghuahuiguan-xinchun-2025", "沙加緬度中華會館新春聯歡 凝聚僑心和樂融融", None),
])
def test_a_gallerys_doubled_captions_and_a_volunteers_credit_are_not_the_report(name, title, first):
    text = corpus_clean(name)
    assert text.title == title
    if first:
        assert text.blocks[0].text.startswith(first)


@pytest.mark.parametrize("name, title, number", [
    ("csuft-jjxy-zhongnanlin-dangfa-2017-33-zhuti-dangri-fangan", "关于推行支部主题党日活动的实施方案", "中南林党发﹝2017﹞33号"),  # the number after a space
    ("sgf2-yuexian-jiaotizi-2022-12-huangshajie-jianyi-dafu", None, "嶽縣教體字﹝2022﹞12號"),  # 嶽縣教體字﹝2022﹞12號 A類 同意公開
    ("chazidian-weisheng-chengzhen-chuangjian-gongzuo-fangan", "卫生城镇创建工作方案", None),  # ……工作方案2022年
])
def test_a_titles_number_in_small_brackets_its_reply_marks_and_a_year_after_it_are_no_part_of_it(name, title, number):
    text = corpus_clean(name)
    assert (text.title if text.title_found else None, text.doc_number) == (title, number)


@pytest.mark.parametrize("name, first", [
    ("qionghai-shizhengfu-141ci-changwuhui-2021", "6月9日上午,十五届市政府召开第141次常务会议。"),  # 琼海融媒记者 彭总岸 王应峰 before it
    ("yam-tainan-yihui-dangtuan-xieshang-linshihui-2023", "臺南市議會6日下午"),  # 台灣好新聞/ 記者莊漢昌/台南報導 2023.01.06 16:18
    ("zwgk-shcn-changning-shijianju-2021-42-shipin-anquan-guihua", "区政府各委、办、局"),  # 公开属性:主动公开 above
    ("smejs-yancheng-shuzi-jingji-sannian-xingdong-jihua-2022", "为深入贯彻落实党中央"),  # 政策级别 / 政策主题 / 发文部门 / 点赞 / 转发
])
def test_reporters_bylines_and_a_portals_policy_labels_above_the_text_are_not_its_start(name, first):
    assert corpus_clean(name).blocks[0].text.startswith(first)


def test_a_policy_portals_issuing_department_is_the_issuer():
    text = corpus_clean("smejs-yancheng-shuzi-jingji-sannian-xingdong-jihua-2022")
    assert text.field("issuer") == "盐城市工业和信息化局"


@pytest.mark.parametrize("name, first", [
    ("hhml-mile-zhengwuju-2024-bumen-juesuan", "目录"),  # 监督索引号53250400249801000 above it
    ("ynrd-yunnan-nongzuowu-zhongzi-tiaoli-zhengqiu-yijian-2026", "为落实科学立法、民主立法、依法立法"),  # a sentence broken at a line
])
def test_a_portals_glued_index_label_and_a_broken_sentence_are_not_taken_for_chrome_or_title(name, first):
    text = corpus_clean(name)
    assert text.blocks[0].text.startswith(first)


def test_an_entry_of_a_table_of_contents_is_never_a_title():
    assert corpus_clean("xj9677948-xinjiang-tiaoma-banfa-deng-13-guizhang-2020").title != "新疆維吾爾自治區大風暴雨暴雪天氣災害防御辦法…………………………35"


def test_a_headline_of_two_balanced_halves_is_a_title_though_it_has_a_comma():
    # m8.malaysiakini.com: 《当今大马》标志 / 这篇文章是在5 年前刊登 / 灵鼠贺岁谷仓丰盈,冀中马携手再创佳绩 / 爆竹声声辞旧岁,……
    assert corpus_clean("malaysiakini-zhongguo-zhuma-shiguan-gengzi-xinchun-zhici").title == "灵鼠贺岁谷仓丰盈,冀中马携手再创佳绩"


def test_a_stamp_of_the_day_and_a_view_count_is_chrome():
    assert corpus_clean("iedusg-lixianlong-2020-guoqing-xianci").blocks[0].text != "2020-08-10 15:26 阅读量:3884"


def test_a_copyright_line_printed_with_every_character_apart_is_chrome():
    # www.jlncb.cn: ……智力支持。 / 相关信息 / …… / 吉 林 城 乡 网 版 权 所 有 , 未 经 书 面 授 权 禁 止 使 用
    assert corpus_clean("jlncb-jiutai-qitamuzhen-cun-dangzhibu-gaizao-tisheng-2021").blocks[-1].text.endswith("为社会主义新农村建设提供坚强的组织保障和智力支持。")


@pytest.mark.parametrize("name", [
    "fdxww-fuding-13jie-16ci-quanhui-huaxuan-banfa",  # 福鼎新闻网讯(谢树渊) alone on its line
    "akcjnk999-shi-9jie-renda-3ci-yubei-huiyi",  # 本報訊(記者張玉鳳)
])
def test_a_dateline_alone_on_its_line_is_never_a_title(name):
    text = corpus_clean(name)
    assert not text.title_found or "讯" not in text.title and "訊" not in text.title


def test_an_outlets_name_in_brackets_before_the_lede_and_a_writers_credit_are_no_part_of_the_text():
    assert corpus_clean("hk-mobi-yahoo-quanguo-zhengxie-kaimu-wanghuning-baogao").blocks[0].text.startswith("全國政協十四屆二次會議在北京開幕。")
    assert "陈友田" not in corpus_clean("fynews-fengyang-13jie-6ci-quanhui-disan-xiaozu-taolun").blocks[-1].text


@pytest.mark.parametrize("name, title", [
    ("fjsen-wangyi-2017-lianghui-jizhehui", "外交部长王毅就中国外交政策和对外关系回答中外记者提问"),  # 您所在的位置: 东南网 > 国内> 时政 > 正文
    ("hkcna-duoluntuo-zonglingguan-fayanren-tanhua-2023", "我駐多倫多總領館發聲:正大光明、無可指摘"),  # 首頁 -> 內地
])
def test_a_breadcrumb_after_its_label_or_with_arrows_is_never_part_of_the_title(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, first", [
    ("cppcc-renmin-zhengxie-xieshang-minzhu-zhongguohua-2010", "作为发展中国家"),  # 研究会介绍: / 联系方式: / 地址:…… / 邮编:…… above
    ("arkombiservisi-mashanzhen-fangxun-zhuanti-huiyi", "近期,萍鄉"),  # ![]()張威報道:近期,……
    ("zhilengw-minquan-hujixiang-fangxun-wudaowei-2014", "汛期已至"),  # 2014年07月10 08:50:50 来源:民权网
])
def test_a_columns_contact_box_a_markdown_image_a_reporters_name_and_a_written_day_stamp_are_not_the_text(name, first):
    assert corpus_clean(name).blocks[0].text.startswith(first)


@pytest.mark.parametrize("name, first", [
    ("cppjump-ershijie-sanzhong-zhongyang-xuanjiangtuan-zongshu", "党的二十届三中全会是在"),  # 新华社记者 alone above
    ("cntv-wangshengjun-zuigaofa-gongzuo-baogao-2010", "2010年3月11日15时"),  # 专题:2010年全国两会 above
])
def test_an_agencys_bare_credit_and_a_news_sites_topic_label_are_not_the_text(name, first):
    assert corpus_clean(name).blocks[0].text.startswith(first)


def test_a_news_sites_age_gate_and_photo_credits_are_chrome():
    text = corpus_clean("ltn-guogong-zhiku-luntan-songtao-luweihui-2026")  # news.ltn.com.tw: 限制級 / …… / 我已年滿18歲進入進入
    assert text.title == "國共智庫論壇登場》宋濤嗆懲獨 陸委會：像訓話 非交流"
    assert not any("攝" in block.text[-6:] for block in text.blocks)


@pytest.mark.parametrize("name, credit", [
    ("nvns-tainan-yihui-3jie-5ci-dinghui-jilu-2021", "翻攝照片"),  # (記者黃雋淮翻攝照片)
    ("udn-liqiang-zhengfu-gongzuo-baogao-shetai-2026", "攝影）"),  # （記者廖士鋒／攝影）
    ("rfi-shibajie-qizhong-quanhui-gongbao-2017", "法新社圖片"),  # 本周二習近平出席會議資料圖片 法新社圖片
])
def test_photo_credits_and_file_photo_captions_are_chrome(name, credit):
    assert not any(credit in block.text for block in corpus_clean(name).blocks)


def test_a_papers_news_mark_in_brackets_before_the_lede_is_its_dateline():
    assert corpus_clean("sjtef-aomen-ribao-fujian-zhengxie-12jie-4ci-kaimu").blocks[0].text.startswith("今天上午,福建省政協")  # 【澳門日報消息】


def test_a_deck_above_the_headline_and_its_dated_line_is_no_part_of_the_text():
    # www.sgnews.co: 新春獻詞 / 新加坡總理黃循財按傳統……發表新春獻詞,…… / 黃循財總理新春獻詞(華文) / 2025年01月28日 / 我們即將迎來乙巳蛇年,……
    text = corpus_clean("sgnews-huangxuncai-xinchun-xianci-2025")
    assert text.title == "黃循財總理新春獻詞(華文)"
    assert text.blocks[0].text.startswith("我們即將迎來乙巳蛇年")


@pytest.mark.parametrize("name, credit", [
    ("rd-glgxq-qixingqu-renda-daibiao-buxuan-2018", "(李连胜、张哲)"),
    ("jsycjw-diqi-jijian-jianchashi-kaifaqu-duijie-diaoyan", "(嵇洋、王颖、杨晔明)"),
    ("qinfeng-weinan-hubei-chachu-tingji-ganbu-21ren", "(中国纪检监察报)"),
])
def test_writers_apart_by_commas_and_the_outlet_in_brackets_under_a_report_are_credits(name, credit):
    assert credit not in corpus_clean(name).blocks[-1].text


@pytest.mark.parametrize("name, title", [
    ("bw8-shaanxi-xiugai-feizhi-zhengfu-guizhang-jueding-2018", "陕西省人民政府关于修改、废止部分省政府规章的决定"),  # a year tag after the genre word
    ("hl-gov-tw-yuanmin-chu-107-zhuzhai-buzhu-shouli-qicheng", "107年度經濟弱勢原住民建購及修繕住宅補助"),  # ⊙ marks around it
    ("baigecn-4yue-lianzheng-jiaoyu-zhuanti-dangke-jianggao", "4月份廉政教育专题党课讲稿"),  # a month that opens it is no list number
    ("haozongjie-xiangshan-shequ-dangjian-gongzuo-zongjie", "2023年社区党建工作总结报告"),  # 第1篇 before it: a piece of a collection
])
def test_a_sites_marks_around_a_title_go_and_its_own_opening_number_stays(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, last", [
    ("ankang-anzhenghan-2018-60-weisheng-zhen-cun-mingming-tongbao", "2018年4月2日"),  # a reading-aloud assistant under the date
    ("cn3x-sanxia-ribao-shi-zhengxie-6jie-21ci-changwei-2021", "秘书长郑龙参加会议。"),  # 热点专题
    ("suzhou-jiguan-gongwei-2018-dangjian-shuzhi-huiyi", "不断推动机关党的建设取得更大成效。"),  # 图片新闻 / 最新更新
    ("klcg-xiewuoliang-shiwu-huiyi-shengge-zhixiashi-2022", "讓基隆市民的各項福利能夠有所提升。"),  # stamps, then 回頁首
    ("yanjianggao-wang-jiaoyu-xitong-chongyangjie-zhici", "健康长寿、节日愉快、阖家欢乐!"),  # footer links run together
    ("222-216-5-17-jiagongsuo-2018-niandu-shuzhi-ceping", "评定出了2018年度加工所优秀职工。"),  # Word's settings as text, then 供稿/供图/审核
    ("hcx-zhengning-kaochatuan-huachi-kaocha-jiaoliu", "山庄十万只湖羊繁育基地建设运营情况。"),  # 账号+密码登录 / 手机+密码登录
])
def test_link_lists_and_widgets_under_the_text_are_not_its_last_line(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_flattened_notice_splits_its_number_and_day_in_figures_from_the_text():
    text = corpus_clean("shui5-zhezhengfa-2009-69-changsanjiao-shishi-yijian")  # ……实施意见 浙政发[2009]69号 2009-11-03 为贯彻……
    assert (text.doc_number, texts(text)[0][:3]) == ("浙政发[2009]69号", "为贯彻")
    assert "2009-11-03" in text.byline


def test_a_flattened_notice_keeps_its_number_addressees_signature_and_date_as_lines():
    # ……挂牌督办通知书 安委督〔2023〕13号 山西省人民政府 2023年11月16日,你省……。 国务院安全生产委员会 2023年11月18日
    text = corpus_clean("edumine-guowuyuan-anweihui-guapai-duban-2023")
    assert (text.title, text.doc_number) == ("重大生产安全事故查处挂牌督办通知书", "安委督〔2023〕13号")
    assert texts(text)[0].startswith("山西省人民政府2023年11月16日,你省")  # the addressees without their colon stay with the text
    assert (text.signature, text.signed_date) == (("国务院安全生产委员会",), "2023年11月18日")


def test_a_flattened_notices_addressees_end_its_title_after_the_number():
    line = "邵双政发〔2022〕60 号 双凤乡人民政府 关于修订印发《双凤乡突发性地质灾害应急预案 (试行) 》的通知 各村、乡属各部门: 新修订的预案已经同意,现印发给你们,请认真遵照执行。"
    assert split_into_paragraphs([line])[:3] == [  # doc.chddh.cn
        "邵双政发〔2022〕60号", "双凤乡人民政府关于修订印发《双凤乡突发性地质灾害应急预案(试行)》的通知", "各村、乡属各部门:"]


def test_html_tags_kept_in_a_stored_text_go_and_a_blocks_tag_ends_its_line():
    blocks = texts(corpus_clean("h-ceramic-zhanggong-5jie-renda-4ci-kaimu-2019"))  # <h3> 2月26日上午9時,……</h3><h3></h3><h3> 大會執行主席……
    assert blocks[0].startswith("2月26日上午9時")
    assert not any("<" in block or ">" in block for block in blocks)


def test_a_sample_sites_line_under_the_text_naming_it_goes_and_gives_the_title_the_page_lacks():
    text = corpus_clean("xuexue6-zhen-niandu-gongzuo-zongjie-p4")  # 《镇年度工作总结》来源于www.xuexue6.com,欢迎阅读镇年度工作总结。
    assert text.title == "镇年度工作总结"
    assert texts(text)[-1].endswith("为全面建设社会主义新农村而不懈奋斗。")


def test_a_lede_glued_after_a_dateline_is_never_cut_inside_its_day():
    text = corpus_clean("duobangwang-changle-quwei-1jie-19ci-changweihui-2021")  # 長樂新聞網(wǎng)訊 11月22日,……
    assert texts(text)[0].startswith("11月22日,福州新區")
    assert not text.title_found


@pytest.mark.parametrize("name, day", [
    ("kbes-tn-edu-zhuanzhi-daili-jiaoshi-nianzi-tixu-2025", "2025-10-07"),  # 轉知 蕭夙君 - 人事 | 2025-10-07 | 點閱數: 41
    ("icps-cyc-2015-huikao-pingliang-zhunze-xiuzheng", "2015-02-06"),  # 公告 蘇佩君 - 學校公告 | 2015-02-06 | 點閱數: 297
    ("ningdong-ningdongzhen-5jie-renda-3ci-huiyi-2024", "2024-01-29"),  # 1. 发布时间:2024-01-29 / 2. 来源:…… / 3. 作者:
])
def test_a_stamp_in_piped_pieces_or_in_a_numbered_list_dates_the_page_and_leaves_the_text(name, day):
    text = corpus_clean(name)
    assert text.published == day
    assert not any(label in texts(text)[0] for label in ("點閱數", "发布时间"))


def test_a_sample_texts_blank_speaker_and_date_under_the_title_are_its_byline():
    text = corpus_clean("mmgw-shiweishuji-jianguo-heping-jiefang-lilun-yantaohui")  # 联系客服提示-墨墨公文 / XXX / (X年X月X日) / 同志们:
    assert texts(text)[0] == "同志们:"
    assert "(X年X月X日)" in text.byline


def test_a_note_of_adoption_whose_day_lost_its_year_and_month_marks_is_still_the_note():
    text = corpus_clean("abrd-gov-cn-gongwen-chuli-banfa-2024")  # 2017822日阿坝藏族羌族自治州第十二届人民代表大会 / 常务委员会第六次主任会议修订
    assert texts(text)[0] == "第一章"
    assert any(line.startswith("2017822日") for line in text.byline)


@pytest.mark.parametrize("name, first", [
    ("cqtl-tongliang-18jie-renda-changweihui-24ci-huiyi", "1月6日,铜梁区人大常委会主任朱华伦主持召开"),  # 铜梁区融媒体中心 01-07 09:29
    ("hnsjb-shangqiu-renda-fentuan-shenyi-baogao-2018", "1月11日下午,出席市五届人大二次会议的代表"),  # 河南手机报 01-11 22:50 责编:…… 我要分享
    ("956968-dlu-zhongshan-yiyuan-liangxue-yizuo-bushuhui-2017", "2017年5月25日15:00"),  # - 審校:宋曉妮
])
def test_a_news_apps_source_and_time_and_a_checkers_credit_above_a_report_are_not_its_text(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


@pytest.mark.parametrize("name", ["hljszw-daqing-4jie-renda-changweihui-20ci-huiyi", "hljszw-daqing-renda-daibiao-jianyi-banli-1991"])
def test_the_title_printed_again_in_lenticular_brackets_above_the_text_is_not_text(name):
    text = corpus_clean(name)  # 市四届人大常委会第20次会议 / …… / 【市四届人大常委会第20次会议】 / 2月5日至7日,……
    assert texts(text)[0] != f"【{text.title}】"
    assert not texts(text)[0].startswith("【")


@pytest.mark.parametrize("name, last", [
    ("dzwww-lixia-quwei-shuji-leitiantai-xinchun-heci-2012", "更有尊严。"),  # 中共历下区委书记雷天太 signs the message
    ("rard-ruian-renda-daibiao-zuotanhui-xueyaodi", "并将办理结果反馈代表。"),  # 市人大常委会代表工委 谢晶晶 wrote the report
    ("dc2011-baishan-shiwei-zhengfa-gongzuo-huiyi", "在分會場參加會議。"),  # 初審:徐 超 / 復審:…… / 終審:張 濤, a name spaced out
    ("fuhaizx-fuhaixian-renda-zhengxie-zhongda-xiangmu-shicha", "宣传好项目的重大意义。"),  # credits run on after the last sentence
])
def test_signatures_and_staff_credits_under_the_last_sentence_are_not_text(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


def test_a_title_wrapped_after_the_named_plans_genre_word_goes_on_through_its_years():
    text = corpus_clean("xxgk-jl-jizhengbanfa-2021-11-lvhua-guihua-tongzhi")  # ……关于印发 / ……规划 / (2021-2030年)的通知
    assert text.title == "吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划(2021-2030年)的通知"
    assert texts(text)[0].startswith("各市(州)人民政府")


def test_a_lecture_that_names_its_own_title_in_its_opening_takes_that_title_whole_across_a_wrapped_line():
    # 廉政党课:充分认识……重大意义,着 / 力营造……政治生态 / ……今天,我以《充分认识……,着力营造……政治生态》为题,……
    assert corpus_clean("51gongwen-lianzheng-dangke-quanmian-congyan-zhidang").title == "廉政党课:充分认识全面从严治党的重大意义,着力营造高质量发展良好政治生态"


def test_the_part_number_left_of_a_title_printed_over_the_first_text_of_a_collection_is_not_text():
    text = corpus_clean("aihuau-xian-sanbajie-biaozhanghui-lingdao-jianghua")  # 县三八节表彰会领导讲话(一): / 在“三八”节即将到来之际,……
    assert texts(text)[0].startswith("在“三八”节即将到来之际")


def test_a_long_pdfs_measures_are_not_a_forums_noise_and_its_figures_stay():
    # www.nhc.gov.cn (dev half): 23 of some 5,000 lines of a 159-page 防控方案 end in 20mL/m, 0.1g or IgM
    cleaned = corpus_clean("diamonwoo-nhc-lianfang-zongfa-2022-71-fangkong-fangan-9ban")
    assert cleaned.signed_date == "2022 年 6 月27 日"
    assert any("按 20mL/m" in text for text in texts(cleaned))


def test_a_date_spaced_out_is_never_a_tag_line():
    from archive.cleaning.chrome import _is_chrome_line
    line = "2020 年 5 月 12 日"  # under the signature of a 批复 (xzqh.info, dev half)
    assert not _is_chrome_line(line, True, rules.boilerplate())
    assert _is_chrome_line("2023 台办创先争优 工作 讲课", True, rules.boilerplate())


def test_an_office_and_a_name_spaced_out_is_a_byline_not_a_tag_line():
    from archive.cleaning.chrome import _is_chrome_line
    assert not _is_chrome_line("缙云县人民政府县长 & 武 昌", True, rules.boilerplate())  # under a work report's occasion (www.moxiqu.com)


def test_an_edition_on_its_own_line_under_the_title_ends_the_title():
    # www.nhc.gov.cn PDF (dev half): 新型冠状病毒肺炎防控方案 / （第八版）
    assert corpus_clean("diamonwoo-nhc-xinguan-fangkong-fangan-8ban-2021").title == "新型冠状病毒肺炎防控方案（第八版）"


def test_a_relative_time_under_a_pages_stamp_is_the_pages():
    # yanqitong.cn (dev half): 来源: 市政府办 / 1年前 above the 主送 line
    assert texts(corpus_clean("yanqitong-yanan-diwupi-feiyi-minglu-tongzhi-2023"))[0] == "各县(市、区)人民政府,市政府各工作部门、各直属机构:"


def test_a_doc_number_in_brackets_glued_to_the_addressees_is_the_number():
    # worldlii.org (dev half): (新政发〔1994〕103号)伊犁哈萨克自治州,各州、市、县(市)人民政府,……
    cleaned = corpus_clean("worldlii-xinjiang-xinzhengfa-1994-103-wenbao-gongcheng")
    assert cleaned.doc_number == "新政发〔1994〕103号"
    assert texts(cleaned)[0].startswith("伊犁哈萨克自治州,各州、市、县(市)人民政府")


def test_a_sample_sites_collection_marks_leave_the_title_and_the_text():
    # tcysjy.com (dev half): 小学学校校长述职报告范文锦集八篇 / …… / 小学学校校长述职报告 篇1尊敬的各位领导、各位同仁:
    cleaned = corpus_clean("tcysjy-xiaoxue-xiaozhang-shuzhi-baogao")
    assert cleaned.title == "小学学校校长述职报告"
    assert texts(cleaned)[0] == "尊敬的各位领导、各位同仁:"
    assert corpus_clean("hljyxjs-tuixiu-gaobie-fayan-2023").title == "关于退休告别发言"  # ……[本文共4615字] (www.hljyxjs.com)
    assert corpus_clean("xuefen-zhongxue-kaixue-dianli-xiaozhang-zhicigao").title == "中学开学典礼校长致辞稿"  # ……大全 (m.xuefen.com.cn)
    assert corpus_clean("wangzhi500-jiaotong-guanzhi-tonggao-fanwen-21").title == "实行交通管制的通告"  # …… 『范文21』
    assert corpus_clean("tongfahg-gongye-qiangxian-touzi-cujin-dahui-jianghua-2023").title == "在工业强县暨投资促进大会上讲话"  # ……(范文推荐)
    assert corpus_clean("zbfsgm-shangmaolu-shequ-laji-fenlei-changyishu").title == "垃圾分類倡議書作文400字以上"  # ……【5】 (m.zbfsgm.com)
    assert corpus_clean("c321-youeryuan-guanli-zhidu-fanben").title == "幼儿园管理制度"  # ……范本 (zuowen.c321.cn)
    assert corpus_clean("xingfu51-nongmin-zhuanye-hezuoshe-zhangcheng").title == "农民专业合作社章程"  # 最佳答案…… (www.xingfu51.com)
    assert "李慶平" not in corpus_clean("sef-gu-wang-huitan-huiyi-1993").title  # ……的回憶■文/李慶平(……)《……》 (www.sef.org.tw)


def test_a_speech_printed_whole_under_a_pages_note_keeps_its_own_title():
    # www.naijabanger.com (dev half): headline / note ending 以下为陈部长讲话的全文: / own title / ——在……上的讲话 / date / byline / 同志们:
    cleaned = corpus_clean("naijabanger-xmjyxh-chenxiaoya-jiaoyu-xuehui-jianghua-2010")
    assert (cleaned.title, cleaned.subtitle) == ("面向未来十年教育改革发展 加强教育学会工作", "——在中国教育学会2010年度工作会议上的讲话")
    assert texts(cleaned)[0] == "同志们:"


@pytest.mark.parametrize("name, day", [
    ("isd-sc-sheli-qianren-xingzhengzhangguan-bangongshi-2022", "2022年6月22日(星期三)"),  # sc.isd.gov.hk, above 香港时间15时00分
    ("cfs-gov-hk-shian-zhongxin-henian-shipin-jiance-2009", "2009年1月16日(星期五)"),  # www.cfs.gov.hk, above 最近修訂日期
])
def test_a_press_releases_day_and_weekday_under_its_text_is_its_date_not_its_text(name, day):
    cleaned = corpus_clean(name)
    assert cleaned.released == day and cleaned.signed_date is None
    assert day not in texts(cleaned)


@pytest.mark.parametrize("name, title, outlet", [
    ("apdnews-adelaide-zonglingguan-fayanren-huiying", "澳大利亚议员无端污蔑中国驻澳领事馆 中方回应", "参考消息网"),  # cn.apdnews.com
    ("qzcns-jinjiang-daibiaotuan-quanzhou-16jie-renda-5ci", "参加泉州市十六届人大五次会议的晋江代表团召开会议", "晋江新闻网"),  # m.qzcns.com
])
def test_an_outlets_name_under_a_headline_is_its_source_not_the_headlines_end(name, title, outlet):
    cleaned = corpus_clean(name)
    assert cleaned.title == title and outlet in cleaned.byline and outlet not in texts(cleaned)


@pytest.mark.parametrize("name, last", [
    ("dzwww-dongchangfu-shichang-jianguan-fabuhui-2025", "让每一杆秤都称出公平,每一次交易都传递信任。"),  # hot.dzwww.com: 审签:侯晓
    ("i2863-luodian-liangdui-rongshijiao-shuiwuju-2021", "让我们一起听听他们的局长石峰怎么说。"),  # webtv3.i2863.com: 来源|…… / 编辑|…… / 编审|……
])
def test_credits_under_a_report_with_a_pipe_for_a_colon_are_the_pages(name, last):
    assert texts(corpus_clean(name))[-1].endswith(last)


@pytest.mark.parametrize("name, title", [
    ("pkulaw-haikou-shizheng-sheshi-guanli-tiaoli-2025", "海口市市政设施管理条例"),  # law.pkulaw.com
    ("qoglrgh-yuxi-jizhongshi-yinyongshui-tiaoli-2023", "玉溪市集中式飲用水水源地保護條例"),  # m.qoglrgh.com.cn, the number above the text
])
def test_a_law_under_the_announcement_that_puts_it_in_force_is_titled_as_the_law(name, title):
    cleaned = corpus_clean(name)
    assert cleaned.title == title
    assert any(text.startswith("《") and "现予公布" in fold(text) for text in texts(cleaned)[:2])  # the announcement still opens the text


def test_a_web_archives_appendix_under_the_copy_it_keeps_is_not_the_text():
    # www.nrta.gov.cn page kept by a web archive (dev half): ## 摘要与附加信息, a summary, a metadata table, a notice
    assert texts(corpus_clean("historyarchive-nrta-guangdianbanfa-2021-267-wenyi-jiemu"))[-1] == "2021 年 9 月 2 日"


@pytest.mark.parametrize("name, opening", [
    ("reformdata-fangyi-kexie-2jie-3ci-quanweihui-jianghua", "同志们:我今天参加中国科协二届三次全委会开幕式"),  # www.reformdata.org
    ("daluzixun-dongbei-sansheng-yiqu-zhengxie-lianxi-4ci", "7月30日,東北三省一區政協主席聯席會議第四次會議"),  # daluzixun.com
])
def test_a_pages_summary_label_on_the_texts_opening_is_not_text(name, opening):
    assert texts(corpus_clean(name))[0].startswith(opening)


def test_a_numbered_item_after_a_sentences_end_in_a_wrapped_pdf_starts_its_own_paragraph():
    # www.nhc.gov.cn PDF (dev half): ……应接尽接。 / 2.对于符合条件的 18 岁以上目标人群进行 1 剂次同源或 / 序贯加强……
    paragraphs = texts(corpus_clean("diamonwoo-nhc-lianfang-zongfa-2022-71-fangkong-fangan-9ban"))
    assert any(text.startswith("2.对于符合条件的 18 岁以上目标人群") for text in paragraphs)
    assert not any(re.search(r"。\d{1,2}[.、]", text) for text in paragraphs)


def test_a_sentences_end_wrapped_alike_three_times_is_text_not_a_running_header():
    # www.nhc.gov.cn PDF (dev half): ……附件 10《新冠肺炎疫情疫源地消毒技术指 / 17 / 南》。, the guide cited so three times
    paragraphs = texts(corpus_clean("diamonwoo-nhc-lianfang-zongfa-2022-71-fangkong-fangan-9ban"))
    assert any(text.endswith("具体内容详见附件 10《新冠肺炎疫情疫源地消毒技术指南》。") for text in paragraphs)


@pytest.mark.parametrize("name, opening", [
    ("jib-zhongjiwei-duanwu-8qi-baxiang-guiding-baoguang", "在端午假期来临之际,中央纪委对8起违反中央八项规定精神典型问题进行了公开曝光。"),  # not cut after 规定
    ("jsjhjw-gov-cn-qingming-zuofeng-ducha", "清明节期间,为进一步巩固拓展落实中央八项规定精神成果,"),
])
def test_a_sentence_that_reaches_a_genre_word_after_a_comma_is_not_cut_there_as_a_glued_title(name, opening):
    assert texts(corpus_clean(name))[0].startswith(opening)


@pytest.mark.parametrize("name, title", [
    ("nuenian-2022-qiuji-kaixue-xiaozhang-jianghua", "2022校长秋季开学典礼讲话稿"),  # ……讲话稿(一)
    ("wenrenren-chunji-kaixue-xiaozhang-fayangao-4", "春季开学校长发言稿"),  # ……发言稿怎么写?( 四 )
    ("jianligu-gaozhong-xiaozhang-biye-dianli-zhici", "高中校长毕业典礼精彩致辞"),  # 关于……致辞7篇 “奋进乘风破浪,毕业离校航”
    ("loctiteuv-zhongxue-xiaozhang-jiyu-guanliping", "校长寄语"),  # 篇一:校长寄语
    ("penghu-gov-tw-107-6-xinwengao-47pian-jishi-chuchuang", "107年6月份提供本府新聞稿47篇"),  # a count without a slogan is the title's own
])
def test_a_sample_sites_collection_marks_around_a_title_go(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, opening", [
    ("wendang-net-laoganbu-zuotanhui-zhici", "各位老领导,同志们:"),  # 老干部座谈会致辞11篇 各位老领导……
    ("fanwenxuan-nongcun-liushou-ertong-diaocha-baogao", "随着中国社会经济的快速发展"),  # 关于……的调查报告,随着……
    ("enb-gov-hk-huanjingju-juzhang-huanyingci", "行政長官在其競選政綱中"),  # 環境局局長, the post alone under the speech, is its byline
    ("fiobi-hk-lijiachao-2025-shizheng-baogao-xinwen", "行政長官李家超明日發表2025年施政報告。他表示"),  # a sentence ends at 報告: no glued title
])
def test_the_text_starts_after_a_glued_titles_joint_and_never_inside_a_sentence(name, opening):
    assert texts(corpus_clean(name))[0].startswith(opening)


def test_a_summary_label_followed_by_a_space_is_not_text():
    assert not texts(corpus_clean("zhcng-qingzhu-jiaoshijie-jianghua-2025"))[0].startswith("摘要")  # 摘要 ——致敬园丁……


@pytest.mark.parametrize("name, last", [
    ("51haodu-lasa-zangli-xinnian-fangjia-tongzhi-2025", "2025年2月11日"),  # then 请到「今天看啥」查看全文
    ("wbq-zhongtongjie-jiedao-dang-gongwei-qingsao-jixue-2021", "2021年2月25日"),  # then the portal's hotline list
    ("xjbz-bazhou-zhuanfa-hejing-bayinwulu-quhua-pifu-2009", "二〇〇九年二月六日"),  # the 批复 a 转发 carries ends the page
])
def test_a_signed_texts_page_lines_after_its_date_go_but_not_a_second_text(name, last):
    assert texts(corpus_clean(name))[-1] == last


def test_an_attachments_table_after_the_date_stays_with_its_amounts_when_an_attachment_is_named():
    # 附件:……分配表 above the signature, then its cells one a line: the amounts are not page numbers
    assert texts(corpus_clean("zhoushan-caizhengju-meili-xiangcun-zijin-tongzhi-2019"))[-7:] == ["定海区", "40", "2", "普陀区", "40", "合 计", "80"]


def test_a_counter_alone_among_a_pages_buttons_is_still_chrome():
    assert texts(corpus_clean("hnr-hunan-shengjiwei-qiqi-zuofeng-wenti-tongbao-2014"))[-1].endswith("典型问题进行了通报。")  # 责编:李亮 / 0 / 我要评论


def test_a_title_and_its_recipients_on_one_line_are_parted():
    cleaned = corpus_clean("junkejituan-wenshang-fulian-sanba-102-zhounian-tongzhi")  # ……102周年活動的通知 各鄉鎮婦聯、縣直婦委會:
    assert cleaned.title == "汶上縣關于舉辦紀念“三八”國際勞動婦女節102周年活動的通知"
    assert cleaned.recipients == "各鄉鎮婦聯、縣直婦委會:"


def test_a_body_set_under_the_date_signs_the_text():
    cleaned = corpus_clean("yhjyjt-yuanban-2025-guoqing-zhongqiu-fangjia-tongzhi")  # 2025年9月22日 / 院长办公室
    assert (cleaned.signature, cleaned.signed_date) == (("院长办公室",), "2025年9月22日")


def test_any_news_agencys_dateline_is_a_byline_and_its_slash_is_not_text():
    cleaned = corpus_clean("hk-crntt-qunzhong-shenbian-buzheng-zhifeng-zhengzhi-2025")  # 中評社北京11月7日電／據中央紀委……
    assert cleaned.dateline == "中評社北京11月7日電" and texts(cleaned)[0].startswith("據中央紀委")


def test_a_dateline_with_the_year_is_a_byline():
    cleaned = corpus_clean("misoncubano-xijinping-2022-xinnian-heci")  # 新華社北京2021年12月31日電 新年前夕,……
    assert cleaned.dateline == "新華社北京2021年12月31日電" and texts(cleaned)[0].startswith("新年前夕")


@pytest.mark.parametrize("name, opening", [
    ("xjlpx-luopu-2022-fazhi-zhengfu-jianshe-zongjie", "洛浦县2022年法治政府建设工作坚持"),  # not 洛浦县2022年法 | 治政府……
    ("shwk-wangkui-fayuan-gongzhong-kaifangri-2019", "望奎法院 举办“公众开放日”"),  # not ……走进法 | 院,5月31日……
    ("jczzb-12380-jubao-wangzhan-shouli-xuzhi", "1. 本举报网站主要受理反映领导班子和领导干部违反《党政领导干部选拔任用工作条例》及有关法规选人用人问题"),  # not ……法 | 规
])
def test_a_glued_title_never_ends_on_the_first_character_of_a_word_with_fa(name, opening):
    assert texts(corpus_clean(name))[0].startswith(opening)


def test_a_law_databases_record_line_under_the_title_gives_the_number_and_the_day():
    cleaned = corpus_clean("cntax-guofa-2013-19-quxiao-xiafang-shenpi-xiangmu-jueding")  # 国发〔2013〕19号  2013-05-15  全文有效
    assert (cleaned.doc_number, cleaned.released) == ("国发〔2013〕19号", "2013-05-15")
    assert texts(cleaned)[0].startswith("各省、自治区、直辖市人民政府")


def test_a_taiwan_announcements_date_and_number_above_its_subject_are_its_head():
    cleaned = corpus_clean("pma-taipei-bade-lu-lubian-tingche-feilv-gonggao-2004")  # 中華民國九十三年二月二十日 / 北市停三字第0九三三一0二三六00號 / 主旨:公告……
    assert cleaned.doc_number == "北市停三字第0九三三一0二三六00號"  # a number in Chinese figures, 0 among them
    assert texts(cleaned)[0].startswith("主旨:公告本市松山區")
    assert cleaned.title.startswith("本市松山區八德路兩側路邊停車場")  # not the date, nor the 發布機關: label


def test_a_taiwan_portals_run_together_buttons_and_a_bracketed_local_dateline_are_not_the_text():
    cleaned = corpus_clean("tax-taichung-dijiashui-zongguihu-xinwengao-2018")  # 友善列印回上一頁 ... (臺中訊)臺中市政府……
    assert cleaned.title == "每人同一縣市最多只有1張地價稅稅單!"
    assert texts(cleaned)[0].startswith("臺中市政府地方稅務局表示")


def test_a_law_databases_promulgation_time_label_is_read_and_not_text():
    cleaned = corpus_clean("electedteal-wanzheng-1980-8-yinzhang-buchong-guiding")  # 頒布時間:1980-01-20 00:00:00.000 發文單位:安徽省人民政府
    assert cleaned.field("promulgated").startswith("1980-01-20") and texts(cleaned)[0].startswith("現將國務院")


def test_a_reporter_and_the_place_reported_from_open_a_report_as_its_byline():
    cleaned = corpus_clean("ccss3172-taizhong-jiaoyuju-kouqiang-baojian-2022")  # 鄭建勳\臺中報導 臺中市政府教育局……
    assert cleaned.dateline == "鄭建勳\\臺中報導"
    assert cleaned.blocks[0].text.startswith("臺中市政府教育局重視學生健康")


def test_a_headline_glued_to_a_lede_that_opens_with_the_year_keeps_no_part_of_the_day():
    cleaned = corpus_clean("mk-tips-jituan-2022-nianzhong-zongjie-dahui")  # 集團召開2022年終總結大會2023年1月13日,集團……
    assert cleaned.title == "集團召開2022年終總結大會"
    assert cleaned.blocks[0].text.startswith("2023年1月13日,集團2022年終總結大會")


@pytest.mark.parametrize("name, credit", [
    ("shanghaigourmetmenu-linchuang-xueyuan-2008-biye-dianli", "刘春华/文 吴忠民/摄影"),  # closing the report
    ("marygriffith-xueyuan-2017-gongzuo-zongjie-dongyuan-dahui", "褚 冬/攝"),  # under a photograph, never the title
])
def test_names_each_followed_by_their_part_are_a_credit_not_text_or_title(name, credit):
    cleaned = corpus_clean(name)
    assert credit not in (cleaned.title or "") and all(credit not in block.text for block in cleaned.blocks)


@pytest.mark.parametrize("name, first, preface", [
    ("fastread-lixianlong-2020-xinnian-xianci", "親愛的同胞,大家好!", "以下是獻詞原文:"),
    ("econ-fudan-jingjixueyuan-zhangjun-2017-biye-zhici", "各位2017届毕业班的同学", "以下为演讲实录:"),
])
def test_a_speech_announced_in_full_below_the_pages_note_starts_below_the_announcement(name, first, preface):
    cleaned = corpus_clean(name)
    assert cleaned.blocks[0].text.startswith(first) and cleaned.preface == preface


def test_a_report_with_its_dateline_keeps_its_lede_above_the_speech_it_prints():
    cleaned = corpus_clean("sp-wenweipo-zhangguoliang-guoqing-jiuhui-zhici-2017")  # 【文汇网讯】……以下为张国良致辞全文:
    assert cleaned.preface is None and "「香港新闻界庆祝中华人民共和国六十八周年国庆酒会」29日隆重举行" in cleaned.blocks[0].text


def test_a_salutation_naming_the_guests_one_by_one_ends_the_pages_note_above_a_speech():
    cleaned = corpus_clean("xczxzxfb-huangqiang-dayunhui-bimushi-zhici-2023")  # 8月8日晚,……闭幕式…… / 尊敬的谌贻琴国务委员,……朋友们:
    assert cleaned.blocks[0].text.startswith("尊敬的谌贻琴国务委员,尊敬的雷诺·艾德代理主席")


def test_a_salutation_ending_with_its_hearers_ends_an_editors_note_above_a_speech():
    cleaned = corpus_clean("mingpaocanada-xijinping-huigui-20-huanying-wanyan-zhici")  # (編按︰以下為……致辭全文,……。) / ……同胞們,朋友們﹕
    assert cleaned.blocks[0].text == "行政長官梁振英先生,候任行政長官林鄭月娥女士,同胞們,朋友們﹕"
    assert "編按" in "".join(cleaned.header)


def test_a_reports_title_wrapped_after_its_year_and_issuer_is_joined():
    cleaned = corpus_clean("changchun-nanguan-yongji-jiedao-2024-xinxi-gongkai-nianbao")  # 2024年南关区永吉街道办事处 / 政府信息公开工作年度报告
    assert cleaned.title == "2024年南关区永吉街道办事处政府信息公开工作年度报告"


def test_a_title_opening_with_guanyu_wraps_on_past_a_meeting_it_convenes():
    cleaned = corpus_clean("hylgyy-zhongshanqu-rendachangweihui-huiyi-tongzhi-2018")  # 关于召开中山区第十八届人大常委会 / 第二次会议的通知
    assert cleaned.title == "关于召开中山区第十八届人大常委会第二次会议的通知"


@pytest.mark.parametrize("name, last", [
    ("closermina-wenxueyuan-2016-jiaozhigong-daibiao-dahui", "为学院工作开创更美好的未来奠定了基础。"),  # (文学院何云龙汪玲玲) below
    ("sinayp-jituan-2021-zongjie-2022-wuxuhui", "園投集團主要負責人參加會議。"),  # (集團辦公室 文/鄧杰 圖/朱偉) below
    ("swjtu-dwtzb-dangwai-zhishifenzi-tongbaohui-2003", "为实现学校的既定目标作出更大的努力。"),  # (党委统战部) below
])
def test_who_wrote_or_sent_a_report_in_brackets_below_its_last_sentence_is_not_its_text(name, last):
    assert corpus_clean(name).blocks[-1].text.endswith(last)


@pytest.mark.parametrize("name, last", [
    ("wanzai-tongjiju-2015-tongji-gongbao", "（万载县统计局）"),  # an issuer named from its place signs the communiqué
    ("govcn-sql-guobanhan-2004-57-liaoning-kaocha-han", "（本文有删减）"),  # the text's own note
])
def test_a_signature_or_a_note_in_brackets_closing_a_document_stays(name, last):
    assert corpus_clean(name).blocks[-1].text == last


@pytest.mark.parametrize("name, last", [
    ("jurongcity-jurong-16jie-zhengfu-32ci-changwuhui-2019", "会议还研究了其他事项。"),  # 张慧君 顾 辉 below
    ("sneb-zongbu-anquan-shengchan-lvze-huibaohui-2022", "为公司高质量发展作出新的更大贡献。"),  # 肖一虎 below
])
def test_names_alone_below_a_reports_last_sentence_are_its_credit(name, last):
    assert corpus_clean(name).blocks[-1].text.endswith(last)


def test_names_alone_are_peoples_names_not_an_office_or_a_closing_formula():
    from archive.names import names_alone

    assert names_alone("肖一虎") and names_alone("张慧君 顾 辉")
    assert not names_alone("教务处") and not names_alone("特此通知")


def test_a_title_in_lenticular_brackets_glued_before_the_text_is_the_title():
    cleaned = corpus_clean("beng168-xiaoxue-xiaozhang-kaixue-dianli-zhici")  # 【小学校长开学典礼致辞】尊敬的各位老师、亲爱的同学们:
    assert cleaned.title == "小学校长开学典礼致辞" and cleaned.blocks[0].text == "尊敬的各位老师、亲爱的同学们:"


@pytest.mark.parametrize("name, number, first", [
    ("cztj-tianjin-caizhengju-xizang-duikou-zhiyuan-zijin-2019", "津财行政指20196", "西藏自治区财政厅:"),
    ("zjmazhang-gov-2022-zhongda-xingzheng-juece-mulu-tongzhi", "湛麻府办函〔202276", "各镇人民政府、区府直属各单位:"),
])
def test_a_document_number_whose_brackets_the_page_lost_is_still_the_number_not_the_text(name, number, first):
    cleaned = corpus_clean(name)
    assert cleaned.doc_number == number and cleaned.blocks[0].text.startswith(first)


def test_a_sites_menu_printed_as_one_row_of_labels_is_chrome_but_a_row_of_names_is_not():
    from archive.cleaning.chrome import is_menu_row

    cleaned = corpus_clean("fsm-gov-mo-dongfang-xingdong-2026")  # 聯絡我們 實時資訊 網上系統 自助服務機 …… above the text
    assert not any(block.text.startswith("聯絡我們") for block in cleaned.blocks)
    assert is_menu_row("首页 法院概况 机构设置 新闻中心 司法公开 诉讼指南 案例评析 法苑文化 人民陪审")  # shwk.hljcourt.gov.cn
    assert not is_menu_row("王伟 李强 张敏 刘洋 陈静 杨帆 赵磊 黄婷 周杰")  # members elected, listed by name
    assert not is_menu_row("贯彻落实 全会精神 推动高质量发展 建设美丽乡村 持续改善民生 加强党的建设 筑牢安全底线, 凝聚奋进力量")


def test_patterns_written_in_simplified_read_a_traditional_title_line_folded():
    # 新華社北京3月19日電 above 最高人民檢察院工作報告: the dateline is no part of the title (big5.gov.cn)
    assert corpus_clean("big5-gov-cn-zuigao-jianchayuan-gongzuo-baogao-2012").title == "最高人民檢察院工作報告"
    from archive.cleaning.title import choose_title

    # the head of wyx.hudazx.edu.cn's copy of the 2021 speech (tests/corpus), in Traditional script
    lines = ["習近平:在慶祝中國共產黨成立一百週年大會上的講話", "同志們,朋友們:今天,我們在這裡隆重集會。"]
    choice = choose_title(lines, [], 1)
    assert (choice.title, choice.byline) == ("在慶祝中國共產黨成立一百週年大會上的講話", "習近平")


@pytest.mark.parametrize("name", [
    "fanwenxuan-nongcun-liushou-ertong-diaocha-baogao",  # 关于……的调查报告,随着……: a title glued on with a comma
    "mingshan-qu-shuiliju-zhuyao-heliu-xuncha-2018",  # ……进行巡查 来源:区水利局 发布时间:……: a flattened page's stamp
    "xishui-gov-cn-xizhengfa-2017-1-gongzuo-guize",  # 浠水县人民政府 / 县人民政府关于……: the issuer's mark above a title naming it
])
def test_a_page_converted_to_traditional_script_keeps_its_title(name):
    import opencc

    raw = read_source(next(CORPUS.glob(f"{name}.txt")))
    to_traditional = opencc.OpenCC("s2t")
    simplified = clean(raw.text, raw.title_hints).title
    assert clean(to_traditional.convert(raw.text), [to_traditional.convert(hint) for hint in raw.title_hints]).title == to_traditional.convert(simplified)


def test_a_portals_fields_are_read_whether_or_not_the_copy_puts_empty_lines_between_its_lines():
    # yunlin.gov.tw: 發文日期 and 發文字號 below a long sentence; a copy saved with an empty line after every line
    raw = read_source(next(CORPUS.glob("yunlin-gov-tw-xinding-huwei-dushi-jihua-gonggao-2022.txt")))
    assert clean(raw.text.replace("\n", "\n\n")).fields == clean(raw.text).fields
    assert dict(clean(raw.text).fields)["doc_number"] == "府城都一字第1113614967B號"


@pytest.mark.parametrize("name", [
    "ankang-anzhenghan-2018-60-weisheng-zhen-cun-mingming-tongbao",  # a title of 36 characters above the text
    "bm-cugb-xuegongbu-dangzhibu-minzhu-pingyi-tongzhi-2019",  # 关于……的通知, 31 characters
])
def test_a_title_longer_than_the_wrapping_width_is_not_joined_to_the_wrapped_text_below_it(name):
    from tests.robustness import wrapped_as_in_a_pdf

    raw = read_source(next(CORPUS.glob(f"{name}.txt")))
    as_saved, as_in_a_pdf = clean(raw.text, raw.title_hints), clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints)
    assert (as_in_a_pdf.title, texts(as_in_a_pdf)[0]) == (as_saved.title, texts(as_saved)[0])


def test_a_title_over_two_lines_above_a_short_text_is_no_wrapping():
    # www.jccq.gov.cn: 晋城市城区第十届人民代表大会第五次会议 / 关于……的决议 / (2023年2月25日……通过), two paragraphs
    found = corpus_clean("jccq-chengqu-10-renda-5-jianchayuan-baogao-jueyi-2023")
    assert found.title == "晋城市城区第十届人民代表大会第五次会议关于晋城市城区人民检察院工作报告的决议"


def test_a_caption_ending_in_its_pictures_source_is_chrome_but_a_picture_and_text_credit_ends_the_report():
    shown = texts(corpus_clean("setn-yuanminhui-buzhu-taidong-buluo-wenhua-2019"))  # ……圖為阿美族豐年祭。(圖/中央社)
    assert not any(text.endswith("(圖/中央社)") or "中央社記者" in text for text in shown)
    last = texts(corpus_clean("zgwc-wangcang-shehui-fupin-zuotanhui-2019"))[-1]  # ……参加座谈会。(图/文:县新闻中心 张坤)
    assert last.startswith("县领导王尔敏、谭江")


@pytest.mark.parametrize("name", [
    "qdn-jianhe-nanzhaixiang-chexiang-shezhen-2016",  # its paragraphs printed indented two spaces
    "jwbk-tiantai-xian-yiqing-fangkong-zhihuibu-tonggao-2022-20",
])
def test_a_wrapped_paragraphs_indented_first_line_goes_on_into_the_next(name):
    from tests.robustness import wrapped_as_in_a_pdf

    raw = read_source(next(CORPUS.glob(f"{name}.txt")))
    as_saved, as_in_a_pdf = clean(raw.text, raw.title_hints), clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints)
    assert texts(as_in_a_pdf)[0] == texts(as_saved)[0]


def test_the_macao_gazettes_table_and_lists_above_an_act_are_read_and_taken_out_of_the_text():
    cleaned = corpus_clean("io-gov-mo-saj-pishi-2015-1")
    assert cleaned.title == "第1/2015號行政法務司司長批示"
    assert cleaned.doc_number == "第1/2015號行政法務司司長批示"
    assert dict(cleaned.fields)["gazette_no"] == "6/2015"
    assert not {"公報編號:", "相關法規 :", "相關類別 :", "行政法務司司長 -", "《公報》原始 PDF 版本"} & set(texts(cleaned))


def test_an_act_numbered_as_in_macao_is_a_document_number():
    for number in ("第1/2026號行政命令", "第23/93/M號法令", "第26/2024號法律"):
        assert DOC_NUMBER_LINE.match(number)
    assert not DOC_NUMBER_LINE.match("第4/2020號")


def test_an_empty_legislative_reason_field_is_not_the_first_line_of_a_law():
    assert texts(corpus_clean("hccg-law-xinzhushi-hucheng-shiwusuo-zuzhi-guicheng-2023"))[0] == "第 1 條"


def test_a_login_box_above_an_article_is_not_its_text():
    cleaned = corpus_clean("2016ccl-lun-difang-gonggong-wenhua-fuwu-lifa-2021")
    assert cleaned.title == "论地方公共文化服务立法:类型、体例与技术准则"
    assert not {"会员账号:", "登录密码:"} & set(texts(cleaned))


def test_a_reposts_credit_that_lost_its_source_is_not_glued_to_the_first_line():
    assert texts(corpus_clean("kashenzx-kashi-yiqing-zhihuibu-fengxianqu-tiaozheng"))[0].startswith("*喀什地区疫情防控工作指挥部通报")


def test_captions_of_a_news_pages_pictures_run_together_are_not_its_text():
    assert texts(corpus_clean("ntu-112xuenian-kaixue-dianli-xinwen-2023"))[0].startswith("臺灣大學今日舉辦112學年度開學典禮")


def test_a_sites_disclaimer_under_a_notice_is_not_its_last_line():
    assert texts(corpus_clean("pingguodj-yushu-yiqing-zhihuibu-tonggao-2022"))[-1] == "2022年10月27日"


def test_a_column_and_outlet_with_the_posting_time_above_a_notice_is_a_page_stamp():
    cleaned = corpus_clean("ujoy-akesu-baicheng-fengxianqu-tonggao-2022")
    assert texts(cleaned)[0].startswith("根据《新型冠状病毒肺炎防控方案(第九版)》")
    assert cleaned.published == "2022-08-07"


def test_a_commentarys_writer_above_it_and_its_editors_under_it_are_not_its_text():
    cleaned = corpus_clean("magichtml-ifeng-zhengnengliang-wenjingji-jiasudu-2022")  # 文丨政能亮特约评论员 韩涵 / …… / 总监制：邹 明 / 审 读：崔向升 / 责编：黄忆南 PN269
    assert texts(cleaned)[0] == "“事机一失应难再，时乎时乎不我待！”"
    assert texts(cleaned)[-1].endswith("才是衡量政策执行效率和效果的基本尺度。")


def test_a_newspaper_archives_page_and_column_line_is_not_the_first_line():
    assert texts(corpus_clean("pltyw-rmrb-litieying-pinggu-jihua-shengyu-1990"))[0].startswith("中共中央政治局委员、国务委员李铁映今天来到北京市平谷县")


def test_a_journal_sites_online_first_stamp_dates_the_page_and_leaves_the_text():
    cleaned = corpus_clean("chinaqikan-chongqing-chunjie-yanhua-baozhu-tonggao-2011")
    assert texts(cleaned)[0].startswith("为加强2011年春节期间主城区燃放烟花爆竹安全管理")
    assert cleaned.published == "2011-01-11"


def test_a_portals_count_of_readers_and_comments_under_a_headline_is_not_the_text():
    assert texts(corpus_clean("magichtml-ifeng-zhengnengliang-wenjingji-jiasudu-2022"))[0] == "“事机一失应难再，时乎时乎不我待！”"  # 5人参与2评论 above it


def test_a_headline_opening_with_a_count_keeps_it():
    assert corpus_clean("gne-finance-sina-zhongtiezong-12306-piyao-2018").title == '60万"12306账号"外泄? 中铁总辟谣称消息不实'


def test_a_papers_abstract_keeps_its_label_where_a_pages_summary_label_is_dropped():
    assert texts(corpus_clean("2016ccl-lun-difang-gonggong-wenhua-fuwu-lifa-2021"))[0].startswith("摘 要:地方公共文化服务立法")  # 关键词: under it
    assert texts(corpus_clean("reformdata-fangyi-kexie-2jie-3ci-quanweihui-jianghua"))[0].startswith("同志们:")  # 摘要:同志们:…… on a speech


def test_a_papers_reporters_and_an_outlets_dated_place_before_the_lede_are_its_dateline():
    assert texts(corpus_clean("taosugar-beijing-shuzhi-baogao-qieji-gongzuo-baogao"))[0].startswith("北京市副市长张茅")  # 本报记者谭卫平 通讯员鲁来顺报道
    assert texts(corpus_clean("ischool-pingyuan-xianwei-duitai-lingdao-xiaozu-2013"))[0].startswith("日前,為了進一步加強對臺工作的領導")  # 中國臺灣網5月21日平原消息
    assert clean("某某报道\n本报记者从市政府获悉，今年全市将新建学校十所。\n今年要抓好落实。").blocks[0].text.startswith("本报记者从市政府获悉")


def test_an_outlets_combined_report_credit_after_its_dateline_is_part_of_it():
    assert texts(corpus_clean("sp-wenweipo-zhangguoliang-guoqing-jiuhui-zhici-2017"))[0].startswith("「香港新闻界庆祝中华人民共和国六十八周年国庆酒会」29日隆重举行")  # 【文汇网讯】 大公文汇全媒体综合报道:
    assert clean("某某新闻\n据媒体综合报道，今年全市将新建学校十所。\n今年要抓好落实。").blocks[0].text.startswith("据媒体综合报道")


def test_a_papers_abstract_keeps_its_label_in_traditional_script_too():
    raw = read_source(CORPUS / "2016ccl-lun-difang-gonggong-wenhua-fuwu-lifa-2021.txt")
    traditional = clean(raw.text.replace("关键词", "關鍵詞"), raw.title_hints)
    assert texts(traditional)[0].startswith("摘 要:")


def test_a_list_number_with_its_point_or_space_before_a_sample_sites_title_is_not_part_of_it():
    assert corpus_clean("99wenmi-cun-cunmin-weiyuanhui-xuanju-banfa-caoan").title == "村民委员会选举办法"  # 1.村民委员会选举办法 篇一
    assert corpus_clean("zjtcn-xxzhen-huanjing-weisheng-zhengzhi-shishi-yijian").title == "XX镇环境卫生整治行动实施意见"  # 1 XX镇……


def test_numbered_lines_of_a_table_of_contents_are_not_taken_for_a_title_once_their_numbers_are_noise():
    assert corpus_clean("legco-neiwu-shouze-2021").title == "內務守則"


def test_a_taiwan_letters_letterhead_and_contact_block_leave_its_text():
    # a real PDF of a 函: 檔號/保存年限, the binding line, 乾坤測繪科技有限公司  函, 受文者 ... 附件 above 主旨; after 正本/副本 the
    # contact block printed beside the letterhead (地址, 聯 絡 人, 電    話, 傳    真)
    lines = texts(corpus_clean("ckmissive-qiankun-cehui-han-taoyuan-gongwuju-2026"))
    assert lines[0].startswith("主旨：檢送「115 年度桃園市")
    assert lines[-1] == "說明：依本案契約辦理。"


def test_links_to_the_previous_and_next_pages_with_their_titles_and_a_reposting_disclaimer_are_chrome():
    assert texts(corpus_clean("ynwd-linyeju-ziran-baohudi-zhenghe-youhua-qingkuang-shuoming"))[-1] == "2023年4月20日"  # 上一条:…… / 下一条:……
    assert texts(corpus_clean("cuiru123-guojia-weijianwei-xianyu-15fenzhong-fuwuquan"))[-1].endswith("实现了县乡村全覆盖。")  # 本文系网络转载,……


def test_a_newspapers_issue_and_page_line_dates_a_reprint_and_leaves_its_text():
    cleaned = corpus_clean("hiknet-rmrb-jiakuai-guofang-jundui-xiandaihua-2021")  # 《人民日報》(2021年08月18日 第09版)
    assert cleaned.published == "2021-08-18"
    assert not any(line.startswith("《人民日報》") for line in texts(cleaned))


def test_a_reports_lead_in_line_ending_in_qiangdiao_is_not_the_first_half_of_its_headline():
    # szb.northnews.cn: 李纪恒参加……审议 自治区人大常委会工作报告时强调 / 发挥优势 苦干实干 奋力实现塞上江南新崛起
    assert corpus_clean("northnews-nmgrb-lijiheng-bayannaoer-shenyi-2017").title == "发挥优势 苦干实干 奋力实现塞上江南新崛起"


def test_a_genre_word_inside_a_ledes_first_sentence_does_not_split_off_a_title():
    cleaned = corpus_clean("guanhai-quanguo-tuopin-gongjian-zongjie-biaozhang-dahui")  # 全国脱贫攻坚总结表彰大会2月25日上午……隆重举行。
    assert cleaned.title is None
    assert texts(cleaned)[0].startswith("全国脱贫攻坚总结表彰大会2月25日上午")


def test_comment_box_prompts_and_a_writers_credit_closing_the_last_paragraph_are_chrome():
    assert texts(corpus_clean("524400-lianjiang-shuji-xiaxiang-diaoyan-jisheng-2006"))[-1].endswith("确保安全过关。")  # (马加晓) / 最新评论共有 0 位……
    assert texts(corpus_clean("scdepaper-shixin-kouchuanxi-yingxin-2011"))[-1].endswith("順利圓滿的結束。")  # 沒有留言: / 張貼留言
    assert texts(corpus_clean("tiaotiaoxm-meishu-sheji-xueyuan-jiandang95-dangke"))[-1].endswith("積極進取。")  # (文/羅穎)
    assert texts(corpus_clean("yptimes-pingliang-jiedao-chuanda-quwei-quanhui-2015"))[-1].endswith("谋划今年工作。")  # ■段汉玥


def test_the_spirit_of_a_speech_opening_a_lede_is_no_title_glued_to_it():
    cleaned = corpus_clean("yptimes-pingliang-jiedao-chuanda-quwei-quanhui-2015")  # ……在九届区委十次全会上的讲话精神,他指出,……
    assert cleaned.title is None
    assert texts(cleaned)[0].startswith("李金刚传达了区委书记诸葛宇杰在九届区委十次全会上的讲话精神")


def test_a_read_counter_without_its_colon_is_chrome():
    assert texts(corpus_clean("sdut-cailiao-xueyuan-2014jie-biye-dianli"))[0].startswith("“多年师生情,今夕恨离别”。")  # 阅读 58 above it


def test_an_empty_navigation_label_and_an_invitation_to_comment_are_chrome():
    assert texts(corpus_clean("lzzx-liuzhou-sanjiang-zhengxie-youxiu-tian-biaozhang-2013"))[0].startswith("在刚刚结束的三江县政协")  # 内容导航:
    assert texts(corpus_clean("city-dahe-qixian-yiwu-jiaoyu-junheng-tuijinhui-2018"))[-1].endswith("办好人民满意的教育。")  # 暂无评论哦,……


def test_an_announcements_number_within_a_congress_term_is_its_doc_number():
    cleaned = corpus_clean("qoglrgh-yuxi-jizhongshi-yinyongshui-tiaoli-2023")  # 玉溪市人民代表大會常務委員會 / 公告 / 〔六屆〕第九號
    assert cleaned.doc_number == "〔六屆〕第九號"
    assert texts(cleaned)[0].startswith("《玉溪市集中式飲用水水源地保護條例》已經")


def test_page_controls_counters_login_boxes_and_a_repost_notice_under_the_text_are_chrome():
    assert texts(corpus_clean("fqxww-fuqing-gengdi-baohu-bushuhui-2024"))[-1].endswith("确保粮食安全。")  # 打印     关闭     复制链接
    assert texts(corpus_clean("siliu-daguo-jiedao-yuecun-shequ-lvse-shequ-2021"))[-1].endswith("整洁优美的社区环境。")  # (0)
    assert texts(corpus_clean("kaixinit-guobanfa-2020-jiejiari-anpai-tongzhi"))[-1] == "2019年11月21日"  # 原创文章,作者:……,如若转载,请注明出处。


def test_a_printing_office_on_its_own_line_above_its_day_is_part_of_the_colophon():
    cleaned = corpus_clean("635700-gansu-nongmuting-hezuoshe-shifan-zijin-tongzhi-2017")  # 甘肃省农牧厅办公室 / 2017年8月25日印发
    assert "甘肃省农牧厅办公室" in cleaned.cc
    assert texts(cleaned)[-2:] == ["甘肃省农牧厅", "2017年8月25日"]  # its signature and date, printed on one line


def test_a_news_agency_dateline_with_its_day_in_chinese_numerals_is_a_dateline():
    cleaned = corpus_clean("melive-zhongxinshe-gongshang-zongju-guoqing-jianguan")  # 中新社北京九月二十八日電(記者 劉長忠)
    assert texts(cleaned)[0].startswith("中國國家工商行政管理總局今天上午發出通知")


def test_a_journal_databases_note_on_an_abstract_page_is_chrome():
    assert not any("数据库收录" in line for line in texts(corpus_clean("alljournals-gongshang-zongju-yuandan-chunjie-jianguan-2005")))


def test_a_pages_title_hint_in_traditional_script_is_matched_folded():
    import opencc

    raw = read_source(CORPUS / "xxgk-jl-jizhengbanfa-2021-11-lvhua-guihua-tongzhi.txt")  # 标题 in the portal's table names the wrapped title
    cleaned = clean(opencc.OpenCC("s2t").convert(raw.text), raw.title_hints)
    assert texts(cleaned)[0].startswith("各市(州)人民政府")  # not the title's last line, (2021-2030年)的通知


def test_a_title_the_page_names_printed_again_below_its_table_opens_the_text():
    # www.io.gov.mo: 澳 門 特 別 行 政 區 / 行政法務司司長辦公室 / 法規: 第1/2015號行政法務司司長批示 / …… / • 修改……。 / …… /
    # 第1/2015號行政法務司司長批示 / 行政法務司司長行使……
    cleaned = corpus_clean("io-gov-mo-saj-pishi-2015-1")
    assert texts(cleaned)[0].startswith("行政法務司司長行使《澳門特別行政區基本法》第六十四條")
    assert "行政法務司司長辦公室" in cleaned.header


@pytest.mark.parametrize("name, title", [
    ("222-162-163-66-jilinshi-wangji-shulan-panshi-diaoyan-2022", "市长王吉到舒兰市、昌邑区、高新区、磐石市调研时强调 强化举措狠抓落实 高效统筹重点工作"),
    ("sxgov-changzhi-liangzhongxin-tuijinhui-2019", "孙刘琳主持召开县级融媒体中心和新时代文明实践中心建设工作推进会时强调因地制宜全域推进精准发力提质加速"),
    ("163-liaoning-beizhen-wujiazhen-cesuo-geming", "北镇市吴家镇打响“厕所革命”第一枪"),  # (原标题:……) above the text, no headline
])
def test_a_reposts_long_original_headline_is_its_title_not_a_page_label(name, title):
    assert corpus_clean(name).title == title


@pytest.mark.parametrize("name, title", [
    ("pottawattamie-xinjiang-mianhua-chanliang-2014", "新疆:棉花產量占全國一半"),  # “原標題:新疆:棉花產量占全國一半”
    ("taconet-pixnet-liangxiang-yizhen-lieyu-lianyi-2010", "兩鄉一鎮昨在烈嶼聯誼"),  # 20100907-兩鄉一鎮昨在烈嶼聯誼
    ("yunews-jiayu-chengguan-shirong-zhengzhi-2023", "嘉鱼县城市管理执法大队:提升市容市貌 改善人居环境"),  # the title / (相关资料图)
    ("010zaixian-zhen-jiegan-jinshao-gongkaixin-2018", "关于秸秆禁烧工作致广大农民朋友的公开信"),  # ……公开信[一]
])
def test_a_reposts_label_an_uploaders_day_and_a_picture_placeholder_are_not_the_title(name, title):
    assert corpus_clean(name).title == title


def test_a_list_of_links_each_ending_with_its_day_is_not_the_title_or_the_text():
    cleaned = corpus_clean("hbjxjy-jiaoyubu-bangongting-nishui-tongbao-2012")  # - 教育部办公厅关于……2025-11-14, fifteen of them
    assert cleaned.title == "教育部办公厅关于近期连续发生两起小学生溺水身亡事故的通报"
    assert texts(cleaned)[0].startswith("5月27日(星期日),湖北省孝感市孝昌县季店乡")


def test_a_schedule_of_labelled_days_stays_in_the_text():
    cleaned = clean("关于举办培训班的通知\n各单位:\n现将有关事项通知如下。\n报名时间:2019-05-06\n培训时间:2019-05-20\n结业时间:2019-05-31\n特此通知。")
    assert "培训时间:2019-05-20" in texts(cleaned)


def test_a_rules_pages_table_with_each_value_under_its_label_is_metadata():
    cleaned = corpus_clean("sdcmc-xsc-putong-gaoxiao-xuesheng-guanli-guiding-2017")  # 资料属性: / 部委规章及文件 / …… / 颁布文号: / 教育部令第41号
    assert (cleaned.field("issuer"), cleaned.field("doc_number")) == ("教育部", "教育部令第41号")
    assert cleaned.title == "普通高等学校学生管理规定" and texts(cleaned)[0] == "目录"


def test_a_short_copys_forum_jammer_runs_are_removed_wherever_they_stand():
    from archive.cleaning.lines import remove_jammer_noise
    lines = ["有所作为是生活中的最高境界 : o0 x- I- f* p0 b0 \\1 T5 i% f/ n \\0 _5 v7 l",  # agency.caiyes.cn, five lines in all
             "同志们: $ |2 R9 ~* D' K8 ?! f% R# c4 p 非常高兴参加今天这个会,借此机会,向获奖的单位和个人表示衷心的祝贺!"]
    assert remove_jammer_noise(lines) == ["有所作为是生活中的最高境界", "同志们: 非常高兴参加今天这个会,借此机会,向获奖的单位和个人表示衷心的祝贺!"]
    units = ["取样 1 mL 2 mL 5 mL 10 mL 20 mL 50 mL 分别测定。", "浓度 1 g 2 g 5 g 7 g 8 g 9 g 依次加入。"]
    assert remove_jammer_noise(units) == units


@pytest.mark.parametrize("name, first", [
    ("gxlnz-mengzi-yanglao-fuwu-gongzuo-diaoyan-baogao", "根据人大常委会工作要点安排"),  # 【篇1】 根据……
    ("dybbs8-huazhou-zhengxie-changweihui-jianghua", "受黎權主席的委托,我代表市政協常委會作個講話。"),  # 【導讀】受黎權主席的委托……
])
def test_a_sample_sites_copy_number_and_a_lead_in_mark_are_not_the_first_line(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_a_portals_leave_dialog_buttons_and_a_sites_offer_line_are_not_the_title():
    assert corpus_clean("6k59ot-shuibuzhen-yanhua-baozhu-tonggao-2024").title != "繼續訪問放棄"  # 您訪問的鏈接即將離開…… / 繼續訪問放棄
    assert corpus_clean("yifengxin-gaochun-jiegan-jinshao-nonghu-yifengxin-2014").title == "致广大农户的一封信"  # 一封 信作 文网为你提供……


def test_a_sites_name_stamped_again_and_again_with_random_characters_is_not_text():
    from archive.cleaning.lines import remove_site_watermarks
    stamped = "中國古建築營造網!cnT.?\"]3c|Z3~山東省文物局:\n我局批復如下:中國古建築營造網|9o%O;t Wl\n此復。中國古建築營造網g,M\"k-?3iea _N"  # www.3343.xyz
    assert remove_site_watermarks(stamped) == "山東省文物局:\n我局批復如下:\n此復。"
    cited = "据新华网http://xinhua 报道,人民网:com 转载,央视网www.cctv 播出。"  # three sites, each named once
    assert remove_site_watermarks(cited) == cited


def test_a_portals_bare_number_field_is_the_doc_number_and_its_close_page_link_is_chrome():
    # info.lulong.gov.cn (dev half): 发文日期:2023-03-13 文号:(2023)1号 above the 通告; 打印 关闭本页 under it
    cleaned = corpus_clean("lulong-2023-quxiao-hongshan-miaohui-tonggao")
    assert cleaned.doc_number == "(2023)1号"
    assert texts(cleaned)[-1] == "2023313"


def test_a_pages_stamp_run_on_after_its_headline_leaves_the_headline_as_the_title():
    # www.asjnu.com (dev half): ……演讲友谊赛”:郑景亮总校长致开幕词发表时间:2022-06-23 09:58 ![]() ……
    cleaned = corpus_clean("asjnu-zhengjingliang-yanjiang-youyisai-kaimuci-2022")
    assert cleaned.title == "广州暨大港澳子弟学校“庆祝香港特别行政区成立二十五周年庆典活动(三)——演讲友谊赛”:郑景亮总校长致开幕词"
    assert cleaned.published == "2022-06-23"
    # a site's name and address before the stamp is no headline; a line going on into the text keeps its own layout
    assert corpus_clean("yuanling-2025-fazhi-zhengfu-jianshe-baogao").blocks[0].text.startswith("2025年,在县委的坚强领导")
    assert corpus_clean("mingshan-qu-shuiliju-zhuyao-heliu-xuncha-2018").title == "区水利局对辖区内主要河流进行巡查"


@pytest.mark.parametrize("name, last, appended", [
    ("infoeach-law361-weishengbu-chexiao-baojian-zhengshu-2002", "二00二年九月十一日", "自贡市行政机关工作人员行政过错责任追究暂行办法"),
    ("infoeach-law648-sichuan-qushui-xuke-banfa-2012", "附件: 四川省取水许可和水资源费征收管理办法", "未成年人重新犯罪问题调查报告"),
])
def test_another_document_a_mirror_prints_under_the_date_is_not_the_documents_text(name, last, appended):
    cleaned = corpus_clean(name)
    text = [block.text for block in cleaned.blocks] + list(cleaned.signature)
    assert last in (cleaned.signed_date, cleaned.blocks[-1].text)
    assert not any(appended in line for line in text) and appended in cleaned.removed


def test_an_attachment_named_in_the_notice_stays_under_its_date():
    from archive.cleaning import _without_appended_document

    segments = ["各县人民政府:", "现将《河道管理办法》印发给你们,请认真贯彻执行。", "扬州市人民政府", "二〇〇三年八月十四日", "河道管理办法", "扬州市人民政府", "第一条 为了……,制定本办法。"]
    assert _without_appended_document(segments) == (segments, [])
    segments[1] = "请认真贯彻执行。"
    assert _without_appended_document(segments) == (segments[:4], segments[4:])


def test_a_tables_pipes_left_after_a_title_are_not_part_of_it():
    assert corpus_clean("hzzkrmyy-2020-zanting-bufen-keshi-tonggao").title == "关于仲恺高新区人民医院暂停部分科室 医疗业务工作的通告"  # …的通告 | ||


def test_a_numeric_date_under_a_signature_is_its_date_not_a_page_stamp():
    cleaned = corpus_clean("xgc-qchm-2017-2018-youxiu-xuesheng-pingxuan-tongzhi")  # 学生工作处 / 2018-5-21
    assert (cleaned.signature, cleaned.signed_date) == (("学生工作处",), "2018-5-21")


@pytest.mark.parametrize("name, title, last", [
    ("tristarnews-yunlin-nonghui-zongganshi-jiaojie-2023", "雲林縣農會新、舊任總幹事交接", "讓農業能夠永續發展、農民的收益更好。"),  # 即時新聞 above, 精選新聞 below
    ("twnewsdaily-taichung-114-diji-chongce-gonggao-2025", "台中市114年度地籍圖重測成果10月31日起公告", "前往土地轄屬的地政事務所辦理換發權狀事宜。"),  # 即時新聞: / 分享: 列印此頁; 圖說:……
])
def test_a_taiwan_news_pages_column_names_buttons_and_captions_are_not_its_text(name, title, last):
    cleaned = corpus_clean(name)
    assert cleaned.title == title and cleaned.blocks[-1].text.endswith(last)
    assert not any(block.text.startswith(("即時新聞", "圖說", "精選新聞")) for block in cleaned.blocks)


def test_a_notice_pages_content_label_and_back_to_list_button_are_not_its_text():
    blocks = [block.text for block in corpus_clean("hcwft-wufeng-qingming-ertongjie-tingshou-laji-gonggao").blocks]  # 公告內容: …… 回列表頁
    assert blocks[0].startswith("一、因應清明節連假") and blocks[-1].endswith("如有延誤,敬請見諒。")


def test_a_note_announcing_the_speech_in_full_below_it_is_not_the_speech():
    cleaned = corpus_clean("sxtwedu-tongwen-zhiyuan-wuhaibo-2022-xinchun-heci")  # ……发表了新春贺词,现全文刊发如下:
    assert cleaned.blocks[0].text == "各位教职工、各位同学、各位校友:"


@pytest.mark.parametrize("name, first, last", [
    ("zjstv-huiqian-zhangzhishi-dangdaihui-2022", "浙江马上就要进入党代会时间", "具有重要里程碑意义的一次盛会。"),  # 视频:…… (时长: / 分享文章
    ("langshan-xinning-renwubu-zhengwei-minbing-zhengzu-2020", None, "战之必胜”的武装力量。"),  # 本文为新宁新闻网原创文章,转载请……
    ("hezeshi-2024-quanshi-shichang-jianguan-gongzuo-huiyi", None, "强化知识产权创新、保护与运用。"),  # 版权声明 / 本文系作者授权发表,……
])
def test_a_news_sites_player_share_button_and_rights_notices_are_not_the_text(name, first, last):
    blocks = [block.text for block in corpus_clean(name).blocks]
    assert blocks[-1].endswith(last) and (first is None or blocks[0].startswith(first))


def test_a_genre_word_followed_by_a_conjunction_ends_no_glued_title():
    from archive.cleaning.title import glued_title_end

    assert glued_title_end("吴道财校长代表学校作2021年度工作总结报告及2022年工作谋划。吴校指出:2021年是求实学校的关键年,学校深入研究。") is None  # gxqsxx.com
    assert glued_title_end("关于开展安全生产大检查的通知根据上级要求,现就有关事项通知如下:") is not None


def test_a_forums_furniture_and_a_hijacked_pages_advert_are_chrome_around_the_post():
    # bbs.songyangzx.com (dev half): 发新话题 回复该主题 / ……通告 [复制链接] / 1# / 怎么治疗白癜风效果好 http://…… / begin--入秋以来……
    cleaned = corpus_clean("songyangzx-bbs-songyang-senlin-xiaofang-jinhuo-tonggao")
    assert cleaned.title == "松阳县发布森林消防禁火通告"
    assert texts(cleaned)[0].startswith("入秋以来,天气高温干燥")
    assert not any(re.search("白癜风|发新话题|传递更多信息|分享 转发", text) for text in texts(cleaned))


def test_a_read_more_link_after_an_aggregated_item_is_neither_title_nor_text():
    # stacknews.yidas.com (dev half): ……均須確保安全無虞。 《詳全文...》, once read as the title
    cleaned = corpus_clean("yidas-taitung-raoqingling-shicha-shujun-gongcheng")
    assert cleaned.title == "維護地方通行與河防安全 饒慶鈴視察疏濬工程"
    assert texts(cleaned)[-1].endswith("施工品質與進度均須確保安全無虞。")


def test_a_repost_notice_under_a_report_names_the_title_the_page_does_not_print():
    # pds.yuduxx.com (dev half): 图文:…… 编审:王新民 / 《东安路街道召开“大工委”联席会议》由河南新闻网-豫都网提供,转载请注明出处:……
    cleaned = corpus_clean("yuduxx-pds-donganlu-jiedao-dagongwei-lianxi-huiyi")
    assert (cleaned.title, cleaned.title_found) == ("东安路街道召开“大工委”联席会议", True)
    assert texts(cleaned)[-1].endswith("形成社区和谐发展、百姓共享服务的良好局面。")


def test_who_wrote_checked_and_uploaded_a_report_is_a_stamp_under_it():
    # jsyws.njtech.edu.cn (dev half): 作者:王川玮 审稿:周 华 上传:严海军
    assert texts(corpus_clean("njtech-yaowusuo-dangwei-meiyuan-xincun-zhuti-dangri"))[-1].endswith("增强了投入新时代中国特色社会主义建设的信心。")


def test_an_old_browser_notice_and_a_cookie_notice_are_chrome():
    # www.jsbao.com (dev half): 您当前使用的浏览器版本过低…… / 建议使用 IE9及以上版本…… / 现在升级 稍后再说 under the report
    assert texts(corpus_clean("jsbao-jinshan-2025-gejie-renshi-chunjie-tuanbaihui"))[-1].endswith("喜庆和温暖洋溢在每个人的脸上。")
    # taiwan.net.tw (dev half): 本網站使用cookies等相關技術……我們的Cookie使用政策…… above the release
    assert texts(corpus_clean("taiwan-net-tw-guanguangshu-qiaoliang-weihu-shipingjian"))[0].startswith("為提升風景區橋梁維護管理品質")


def test_a_taiwan_portals_block_anchor_with_its_name_and_its_search_label_are_no_title():
    # www.cip.gov.tw (dev half): ::: 主內容區 / 網站搜尋 / • AIT酈英傑處長首度拜會原民會……
    assert corpus_clean("cip-gov-tw-ait-lijingjie-baihui-yuanminhui").title == "AIT酈英傑處長首度拜會原民會 與夷將Icyang主委共商原住民族國際交流"


def test_a_long_site_header_above_a_labelled_breadcrumb_is_chrome():
    # smlinmu.com (dev half): 关于我们 产品中心 / 咨询热线: / …… / 新闻动态 / 当前位置:主页 > 新闻动态 > / the headline
    cleaned = corpus_clean("smlinmu-fujian-chexiang-shezhen-pifu-xinwen-2024")
    assert cleaned.title == "三明、龙岩、漳州共6地撤乡设镇、2地撤镇设街道"
    assert not any("三明林木网" in text for text in texts(cleaned))


def test_a_copyright_footer_with_its_sign_and_a_speakers_photo_caption_end_the_text():
    # sxim.xab.cas.cn (dev half): 版权所有 © 陕西省科学院陕西省微生物研究所 …… / 地址:…… 邮编:710043
    assert texts(corpus_clean("sxim-weishengwusuo-dangyuan-canguan-jinglanguan-2012"))[-1].endswith("收获颇丰。")
    # the-grille.com (dev half): 白永生书记讲话 / 会议现场 under the report
    assert texts(corpus_clean("the-grille-gongsi-dangwei-dangjian-gongzuo-huiyi"))[-1].endswith("学院对现有教工党支部进行调整。")


def test_a_speechs_subtitle_run_on_after_its_title_is_its_subtitle():
    # www.peiji.com (dev half): 强化“四个度”……现代化建设领头羊——领导在市十五届人大三次会议闭幕会上的讲话各位代表、同志们:……
    cleaned = corpus_clean("peiji-shi-15jie-renda-3ci-bimuhui-jianghua")
    assert cleaned.title == "强化“四个度”推进“强省会”奋力当好全省高质量发展排头兵现代化建设领头羊"
    assert cleaned.subtitle == "——领导在市十五届人大三次会议闭幕会上的讲话"
    # a news headline's dash goes on to what happened, not to a speech: it stays one title (www.zwu.edu.cn, dev half)
    assert corpus_clean("zwu-wanli-xueyuan-2013ji-kaixue-dianli").title == "又是丹桂飘香时——2013级新生开学典礼隆重举行"


def test_a_column_and_its_day_apart_by_pipes_under_a_headline_are_a_stamp():
    # kbhyr.com (dev half): 周东明主持召开县党政联席会议 研究招商引资等工作 / | 招商动态 |2017-02-26
    cleaned = corpus_clean("kbhyr-yuexi-dangzheng-lianxi-huiyi-zhaoshang-yinzi-2017")
    assert cleaned.published == "2017-02-26"
    assert texts(cleaned)[0].startswith("2月25日,市委常委、县委书记周东明主持召开")


def test_a_reposts_original_headline_above_the_text_and_a_share_prompt_below_are_chrome():
    # npc.people.com.cn (dev half): 原标题:周强:2014年最高法受理案件…… under the headline; 分享让更多人看到 / 返回顶部 at the foot
    paragraphs = texts(corpus_clean("npc-people-zhouqiang-zuigaofa-gongzuo-baogao-2015"))
    assert paragraphs[0].startswith("十二届全国人大三次会议举行第三次全体会议")
    assert paragraphs[-1].endswith("为经济社会健康发展提供了有力司法保障。")


@pytest.mark.parametrize("name, ending", [
    ("17jiaweixin-xiangfeng-jinbian-ducha-tongbao-2018", "限期整改到位。"),  # 17jiaweixin.com: 更多>>公示公告 / 最新图片
    ("passiontimes-hk-xiaofangchu-dongji-fanghuo-2023", "學習防火知識。"),  # www.passiontimes.hk: 讀者回應
    ("marketersgo-yangliu-taifeng-fushizhang-shicha-choushuizhan", None),  # www.marketersgo.com: 此作者最新相關文章
])
def test_readers_responses_an_authors_other_articles_and_more_links_end_the_text(name, ending):
    paragraphs = texts(corpus_clean(name))
    assert not any(re.search("讀者回應|此作者最新相關文章|更多>>|最新图片", text) for text in paragraphs)
    assert ending is None or paragraphs[-1].endswith(ending)


def test_a_document_shops_welcome_login_and_download_boxes_are_chrome():
    # 31ppt.com (dev half): 欢迎来到三一办公! | …… / 快捷下载 游客一键下载 / 三方登录下载: …… / 账号: / 友情提示 / 2、…… / 文书的处理剖析.ppt
    cleaned = corpus_clean("31ppt-wenshu-de-chuli-poxi-kejian")
    assert cleaned.title == "文书的处理剖析"
    assert texts(cleaned)[0].startswith("第四章 文书的处理")


def test_a_text_opening_on_its_dateline_has_no_title_glued_before_it():
    # funnyisland.net (dev half): 司法警察局訊:司法警察局昨日接獲……, once cut after 司法 as a law's title
    cleaned = corpus_clean("funnyisland-sijingju-jiamao-zhengfu-bumen-dianpian")
    assert cleaned.title is None and cleaned.dateline == "司法警察局訊:"
    assert texts(cleaned)[0].startswith("司法警察局昨日接獲教育及青年發展局通報")
    # www.jsfy.gov.cn (dev half): 本网南通讯:廉洁司法是人民的期盼、……
    assert corpus_clean("jsfy-gangzha-fayuan-silianri-lianzheng-wenhua").title is None


def test_a_news_sites_video_box_and_imprint_are_chrome_above_the_text():
    # hk.on.cc (dev half): the headline / 2024年11月14日 08:36 / 東網電視 / 更多新聞短片
    assert corpus_clean("hk-on-cc-fangweihui-tekuai-gongwu-bianpei-quxiao-2024").title == "「特快公屋編配計劃」自選單位程序 今早將取消"
    # hkcitizenmedia.com (dev half): 出版人/承印人:Mainstream Media Limited / 地址:Room 1805-06, …… above the headline
    cleaned = corpus_clean("hkcitizenmedia-shihuanshu-wenhuan-zhishu-saoguanjiao-2025")
    assert cleaned.title == "食環署加強發放蚊患指數資訊 屯門掃管笏指數達16.4%居首 周浩鼎促增設蚊杯監察蚊患"
    assert texts(cleaned)[0].startswith("食物環境衞生署(食環署)於2025年8月9日宣布")


@pytest.mark.parametrize("name, ending", [
    ("m163-wuzhou-fuyou-baojianyuan-10-jie-zhidaihui-3-ci", "为医院高质量发展贡献智慧和力量。"),  # c.m.163.com: 文字:院工会 / 图片:宣传科 / 编辑:周幸
    ("xnsb-renshou-longzheng-zhen-renda-2020", "为实现全镇经济跨越式发展和社会全面进步而努力奋斗!"),  # a county paper's site: 张华学 文/图
    ("thyouth-wuxi-2015-2016-shijia-daxuesheng-shetuan-tongzhi", "2017年1月6日"),  # thyouth.wuxi.gov.cn: 本篇文章共有1页 当前为第 1 页
    ("xjht-hetian-caizhengju-huanjing-zhengzhi-zijin-gonggao-2020", "和田地区财政局"),  # xjht.gov.cn: 你的浏览器目前处于缩放状态,……
    ("macaulawnews-jiaoqingju-2024-jiaoshijie-qingzhu", "現場氣氛熱鬧。"),  # macaulawnews: 更多资讯敬请关注【
    ("zgzbxw-jiningqu-duiwai-xuanchuan-lianxi-huiyi-2023", "塑造“全域一体”的大宣传工作格局。"),  # zgzbxw.com: 头条推荐 / 图文推荐
    ("kgxx-jnjy-konggang-xiaoxue-2019-guoqixia-jianghua", "让心中的五星红旗永远飘扬~"),  # kgxx.jnjy.net.cn: 活动图片
])
def test_credits_counters_notices_and_link_lists_under_the_text_are_chrome(name, ending):
    assert texts(corpus_clean(name))[-1].endswith(ending)


def test_a_document_shops_purchase_box_under_a_preview_is_chrome():
    # vip.2028s.com (dev half): 点击下载全文(可编辑word版本) / 此资源购买后30天内可下载。 / ➊登陆后充值阅读更便捷(强烈推荐) / ……
    assert not any(re.search("此资源购买后|充值|客服微信|支付宝支付", text) for text in texts(corpus_clean("vip2028s-xian-hehuzhangzhi-tuijinhui-jianghua")))


def test_a_portals_welcome_line_with_its_menu_is_no_title():
    # hy.gov.cn (dev half): 欢迎光临海原县人民政府门户网 登录个人中心 无障碍阅读 长者版 / 通知公告 / 迁坟公告
    assert corpus_clean("hy-haiyuan-hongcheng-niuchang-qianfen-gonggao-2020").title == "迁坟公告"


def test_a_disclosure_reports_opening_sentence_is_no_title_glued_to_the_text():
    # zzb.anhua.gov.cn (dev half): 本报告根据《政府信息公开条例》以及省、市、县有关规定编制。如对该报告有疑问,……
    cleaned = corpus_clean("anhua-zzb-xianweizuzhibu-2015-xinxi-gongkai-niandu-baogao")
    assert cleaned.title is None and texts(cleaned)[0].startswith("本报告根据《政府信息公开条例》")


def test_a_labelled_breadcrumb_and_a_run_on_speech_subtitle_are_read_in_traditional_script_too():
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    header_page = read_corpus_document("smlinmu-fujian-chexiang-shezhen-pifu-xinwen-2024")  # 當前位置:主頁 > 新聞動態 >
    assert fold(clean(to_traditional.convert(header_page.text)).title) == "三明、龙岩、漳州共6地撤乡设镇、2地撤镇设街道"
    speech = read_corpus_document("peiji-shi-15jie-renda-3ci-bimuhui-jianghua")  # ……領頭羊——領導在……上的講話
    assert fold(clean(to_traditional.convert(speech.text)).subtitle) == "——领导在市十五届人大三次会议闭幕会上的讲话"


def test_a_count_of_people_opening_a_headline_is_no_list_number():
    # tcinvest.cn (dev half): 30名基层宣讲员“逐鹿”主题宣讲大赛 …… (a list number stays noise: 7在全县……的致辞)
    assert corpus_clean("tcinvest-taicang-jiceng-xuanjiangyuan-xuanjiang-dasai-2019").title.startswith("30名基层宣讲员")


def test_a_withdrawn_documents_status_tag_is_no_part_of_its_title():
    # www.xjakt.gov.cn (dev half): (已废止)印发《阿克陶县突发公共卫生事件应急预案》的通知
    assert corpus_clean("xjakt-aketao-xian-tufa-gonggong-weisheng-yingji-yuan-2008").title == "印发《阿克陶县突发公共卫生事件应急预案》的通知"


def test_a_misprinted_date_label_and_a_counter_with_its_unit_below_are_page_stamps():
    # www.zgxczx.cn (dev half): 发布时期:2022-5-18 10:55, a slip for 发布时间
    cleaned = corpus_clean("zgxczx-nongyenongcunbu-6190hao-jianyi-dafu-meihualu-2022")
    assert cleaned.published == "2022-05-18" and texts(cleaned)[0].startswith("5月16日,农业农村部网站公布")
    # cifst.org.cn (dev half): 浏览人次:0 / 次 above the text
    assert texts(corpus_clean("cifst-scjgzj-yingyouer-rufen-biaoqian-zhengqiu-yijian-2021"))[0].startswith("为进一步规范婴幼儿配方乳粉产品标签标识")


def test_a_mailbox_pages_letter_fields_are_metadata_not_the_replys_title():
    # www.dingcheng.gov.cn (dev half): 信件标题 关于闲置空地建设停车场的建议 / 信件索引号 202100023 / 公开状态 已公开 办理状态 已办结
    cleaned = corpus_clean("dingcheng-quzhangxinxiang-zhujianju-tingchechang-huifu-2021")
    assert cleaned.title is None
    assert not any(re.search("信件索引号|公开状态", text) for text in texts(cleaned))


def test_an_ebooks_page_numbers_under_its_page_are_chrome():
    # ws.csptc.gov.tw (dev half): ……稱為會議「結論」。 / 248 249
    assert texts(corpus_clean("csptc-gongwen-zhuanzuo-jiexi-fulu-huiyi-mingci-p48"))[-1].endswith("稱為會議「結論」。")


def test_a_reports_second_subheadline_above_its_dateline_is_no_title():
    # www.dezhoudaily.com (dev half): 平原县委召开……座谈会 / 集思广益科学谋划 提高……质量 / 王洪霞卢明鹏分别主持 / 德州新闻网讯(……)
    assert corpus_clean("dezhoudaily-pingyuan-shisiwu-guihua-zhengqiu-yijian-2020").title == "平原县委召开“十四五”规划编制征求意见座谈会"


def test_a_photo_caption_with_its_photographer_in_brackets_is_chrome():
    # news.sina.com.cn (dev half): 国务院新闻办公室主任王晨在新年招待会上致辞(摄影 杨同贺) above the speech
    assert not any("摄影 杨同贺" in text for text in texts(corpus_clean("news-sina-com-cn-wangchen-zhici-2008")))


def test_a_meeting_records_fields_are_no_title_and_a_skip_link_no_part_of_one():
    # www.udd.gov.taipei (dev half): 跳到主內容區塊 / 局務會報 / 第317次主管會報 / 主席:丁局長育群(黃一平代) / 紀錄:郭健峰 / 出席:……
    cleaned = corpus_clean("udd-taipei-dufaju-317ci-zhuguan-huibao-2009")
    assert cleaned.title == "第317次主管會報"
    assert cleaned.byline == ("主席:丁局長育群(黃一平代)", "紀錄:郭健峰")  # the record's head; 出席:…… runs into its text


def test_a_relayed_feeds_name_and_counter_are_chrome():
    # 70897.web66.tw (dev half): 聯播行政院即時新聞 / 更新日期: / 瀏覽次數:180by:產業消息 above the release
    cleaned = corpus_clean("web66-70897-xingzhengyuan-chenjianren-chanxiaoban-zhici")
    assert cleaned.title is None and texts(cleaned)[0].startswith("行政院長陳建仁今(19)日出席")


def test_a_comment_box_heading_under_the_credits_is_chrome():
    # wechatcmc.gcable.cn (dev half): ……宋达先表示。 / 全媒体记者:谢瑜 李金泽 / 编辑:凰仪 / 审核:谢勇 陈海 / 热门评论
    assert texts(corpus_clean("gcable-baiduzhen-zhuzhen-bangzhen-gongzuodui-jinzhu"))[-1].endswith("宋达先表示。")


def test_a_writers_and_photographers_credit_with_their_outlet_is_chrome():
    # www.nmgttcy.com (dev half): 文/内蒙古日报社融媒体记者 戴宏 章奎 摄影/内蒙古日报社融媒体记者 袁永红 closing the report
    assert not any("摄影/" in text for text in texts(corpus_clean("nmgttcy-neimenggu-daibiaotuan-24tiao-jianyi-huifu-2021")))


@pytest.mark.parametrize("name, title", [
    # cswb.icswb.com: 以最强执行力抓落实 确保“十五五”开好局起好步 / 长沙市第十六届人民政府第六次全体(扩大)会议举行 陈博彰出席并讲话 / 长沙晚报1月9日讯
    ("cswb-changsha-16jie-shizhengfu-6ci-quanti-huiyi", "以最强执行力抓落实 确保“十五五”开好局起好步"),
    # www.jsbao.com: 祥龙携瑞辞旧岁 灵蛇纳福启新程 / 金山区各界人士春节团拜会举行 / dateline
    ("jsbao-jinshan-2025-gejie-renshi-chunjie-tuanbaihui", "祥龙携瑞辞旧岁 灵蛇纳福启新程"),
    # szb.northnews.cn: a lead-in (……时强调) above the headline is no headline of its own
    ("northnews-nmgrb-lijiheng-bayannaoer-shenyi-2017", "发挥优势 苦干实干 奋力实现塞上江南新崛起"),
])
def test_a_reports_headline_over_the_line_saying_what_happened_is_its_title(name, title):
    assert corpus_clean(name).title == title


def test_a_speechs_day_hour_and_venue_under_its_credit_are_its_byline():
    # www.moh.gov.sg (dev half): 第二届宗乡杯高尔夫球赛晚宴 / 卫生部长颜金勇 致辞全文 / 2012年9月6日,晚上7点,新加坡岛屿俱乐部 / 大家晚上好。
    cleaned = corpus_clean("moh-gov-sg-yanjinyong-zongxiangbei-wanyan-zhici-2012")
    assert "2012年9月6日,晚上7点,新加坡岛屿俱乐部" in cleaned.byline and texts(cleaned)[0] == "大家晚上好。"


def test_a_headline_with_its_day_in_slashes_beside_it_is_the_title():
    # jwc.nbut.edu.cn (dev half): 我校隆重举行2021年毕业典礼暨学位授予仪式 2021/06/23
    assert corpus_clean("nbut-jwc-2021-biye-dianli-xuewei-shouyu").title == "我校隆重举行2021年毕业典礼暨学位授予仪式"


def test_a_breadcrumb_labelled_you_are_here_is_chrome():
    # www.ipim.gov.mo (dev half): 你现在的位置: 首页Publications 第304期 – Aug. 2019 本局最新动态……
    assert not any("你现在的位置" in text for text in texts(corpus_clean("ipim-gov-mo-zhongpu-pingtai-weiyuanhui-disici-huiyi-2019")))


def test_an_informants_credit_closing_the_last_paragraph_is_chrome():
    # www.luotiannews.com (dev half): ……三是保质保量完成“三万”活动任务。(信息员:曾宪华)
    assert texts(corpus_clean("luotiannews-wenhuaju-sanwan-gongzuodui-jincun"))[-1].endswith("保质保量完成“三万”活动任务。")


def test_a_malaysian_papers_dateline_with_its_day_is_no_part_of_the_text():
    # enanyang.my (dev half): (文冬8日讯)文冬广东会馆主席邹昭盛认为,……
    assert texts(corpus_clean("enanyang-wendong-guangdong-huiguan-tuanbai-zouzhaosheng"))[0].startswith("文冬广东会馆主席邹昭盛认为")


def test_a_speech_printed_whole_under_a_report_on_it_keeps_its_own_title():
    # yjysbg.com (dev half): ……寄语毕业生:坚守责任之心,勇担使命之任 / 2022年6月22日上午10:00,……的讲话,深情寄语2022届毕业生。 /
    # 坚守责任之心,勇担使命之任 / ——在2022年毕业典礼上的讲话 / 上海交通大学校长、中国工程院院士 林忠钦 / 亲爱的同学们:
    cleaned = corpus_clean("yjysbg-sjtu-linzhongqin-2022-biye-dianli-jianghua")
    assert (cleaned.title, texts(cleaned)[0]) == ("坚守责任之心,勇担使命之任", "亲爱的同学们:")


def test_a_hidden_middle_with_its_dashes_is_a_truncation_marker():
    # ceshi.taolaoshi.top (dev half): ---此处隐藏1853字,下载后查看--- inside a speech
    cleaned = corpus_clean("taolaoshi-sjtu-2025-yanjiusheng-biye-xiaoyou-fayan")
    assert cleaned.truncated_by and not any("下载后查看" in text for text in texts(cleaned))


def test_a_breadcrumb_labelled_where_you_are_ends_the_site_header_above_it():
    # www.hbmyqyxh.com (dev half): 会长办公制度 / 您当前所在的位置:首页 > 机构介绍 > 规章制度 > 会长办公制度 / 会长办公会议规则 /
    # (2016年11月28日秘书长办公会议讨论通过) / 会长办公会议是协会领导就……
    cleaned = corpus_clean("hbmyqyxh-huizhang-bangong-huiyi-guize-2016")
    assert cleaned.title == "会长办公会议规则"
    assert texts(cleaned)[0].startswith("会长办公会议是协会领导"), "a short title's first words opening the text are no repeat of it"


def test_a_column_in_brackets_with_the_day_and_hour_under_a_headline_is_a_stamp():
    # akshaylife.com (dev half): 学校召开2022年度党组织书记述职评议会 / [校园要闻] 2023-02-22 / 18:28 / 2月22日,学校召开……
    cleaned = corpus_clean("akshaylife-xuexiao-2022-dangzuzhi-shuji-shuzhi-pingyi")
    assert cleaned.published == "2023-02-22" and texts(cleaned)[0].startswith("2月22日,学校召开")


def test_the_office_posting_a_release_above_a_headline_naming_its_own_body_is_no_part_of_the_title():
    # www.ogcio.gov.hk (dev half): 政府资讯科技总监办公室 / 11-05-2020 / 创新及科技局局长出席资讯科技及广播事务委员会开场发言(只有中文)
    assert corpus_clean("ogcio-gov-hk-chuangkeju-juzhang-kaichang-fayan-2020").title == "创新及科技局局长出席资讯科技及广播事务委员会开场发言"


@pytest.mark.parametrize("name, title", [
    ("hbmyqyxh-huizhang-bangong-huiyi-guize-2016", "會長辦公會議規則"),  # 您當前所在的位置:首頁 > …… ends the site header
    ("ahxrmyy-anhua-renmin-yiyuan-louyu-mingming-zhengji-tongzhi", "關於開展醫院樓宇命名徵集活動的通知"),  # its copy without 通知 goes
    ("northnews-nmgrb-lijiheng-bayannaoer-shenyi-2017", "發揮優勢 苦幹實幹 奮力實現塞上江南新崛起"),  # ……時強調 leads in, no headline
])
def test_a_breadcrumb_label_and_a_lead_in_line_are_read_in_traditional_script_too(name, title):
    import opencc

    raw = read_source(CORPUS / f"{name}.txt")
    cleaned = clean(opencc.OpenCC("s2t").convert(raw.text), raw.title_hints)
    assert cleaned.title == title and texts(cleaned)[0] != "關於開展醫院樓宇命名徵集活動的"


def test_a_speech_title_with_its_speakers_office_name_and_day_on_one_line_is_split():
    # cs0573.com (dev half): 在市慈善总会第三次会员代表大会上的讲话 (摘要) 省慈善总会会长 孙家贤 (2009年4月30日) / 同志们:
    cleaned = corpus_clean("cs0573-jiaxing-cishan-zonghui-sun-jiaxian-jianghua-2009")
    assert cleaned.title == "在市慈善总会第三次会员代表大会上的讲话 (摘要)" and cleaned.byline == ("省慈善总会会长 孙家贤 (2009年4月30日)",)


def test_a_messages_column_label_and_its_writers_name_and_post_are_no_part_of_its_title():
    # wck.ccc.edu.hk (dev half): 校長的話 / 最好的教育 | / 莫苑萍校長 | / | / 主耶穌說:……
    cleaned = corpus_clean("wck-ccc-edu-hk-xiaozhang-dehua-zuihao-de-jiaoyu")
    assert (cleaned.title, cleaned.byline) == ("最好的教育", ("莫苑萍校長",))


def test_a_dignitary_addressed_above_the_salutation_is_no_byline():
    # www.macaoppnr.com (dev half): 在開幕式的演辭 / 劉延東副主席 / 各位嘉賓 , 各位朋友 :
    assert texts(corpus_clean("macaoppnr-hehouhua-2006-heping-tongyi-dahui-kaimu-yanci"))[0] == "劉延東副主席"


def test_share_buttons_in_a_row_and_a_document_shops_notices_are_chrome():
    # www.dajiama.org.tw (dev half): 分享到Facebook 分享到google+ 分享到twitter 分享到微博
    assert texts(corpus_clean("dajiama-dongshizhang-dehua-zhengmingkun"))[0].startswith("2006年媽祖文化節即將開始")
    # www.xiaozhentang.com (dev half): 特此通知。 / 因篇幅问题不能全部显示,请点此查看更多更全内容 / Copyright © …… / 违法及侵权请联系:…… / 本站由……律师提供法律服务
    cleaned = corpus_clean("xiaozhentang-xinghua-hongshizi-boai-wanrenjuan-tongzhi")
    assert texts(cleaned)[-1] == "特此通知。" and cleaned.truncated_by


def test_a_font_size_label_and_the_title_without_its_genre_word_above_the_text_are_chrome():
    # ahxrmyy.com (dev half): 字号调整: / 分享 / 附件下载 / • 点击下载 附件:关于……征集活动的(1).doc …… / 关于开展医院楼宇命名征集活动的 / 各科室:
    cleaned = corpus_clean("ahxrmyy-anhua-renmin-yiyuan-louyu-mingming-zhengji-tongzhi")
    assert cleaned.title == "关于开展医院楼宇命名征集活动的通知" and texts(cleaned)[0] == "各科室:"


def test_a_speechs_own_title_with_a_comma_above_its_subtitle_is_its_title():
    # news.sxu.edu.cn (dev half): 校长黄桂田在2022年毕业典礼暨学位授予仪式上的致辞 / 从我做起,从现在做起! /
    # ——在山西大学2022年毕业典礼暨学位授予仪式上的讲话 / 2022届同学们、家长们、老师们:
    assert corpus_clean("sxu-news-huangguitian-2022-biye-dianli-zhici").title == "从我做起,从现在做起!"


def test_a_speechs_own_title_over_its_day_in_brackets_outranks_the_pages_headline_on_it():
    # news.sina.com.cn (dev half): 国新办主任王晨在新年招待会上致辞 (twice) / 在新年招待会上的致辞 / (2008年12月16日) / 国务院新闻办公室主任 王晨
    cleaned = corpus_clean("news-sina-com-cn-wangchen-zhici-2008")
    assert cleaned.title == "在新年招待会上的致辞" and texts(cleaned)[0] == "女士们、先生们、朋友们:"


def test_a_note_that_a_rule_was_approved_and_put_in_force_is_its_byline():
    # www.tienti.tw (dev half): 天極行宮組織規程 / …… / 中華民國九十一年八月一日首席使者核定,公佈實施 / 第一章 通則
    cleaned = corpus_clean("tienti-tianji-xinggong-zuzhi-guicheng-2002")
    assert "中華民國九十一年八月一日首席使者核定,公佈實施" in cleaned.byline and texts(cleaned)[0] == "第一章 通則"


@pytest.mark.parametrize("name, first", [
    ("lixin-zhangcun-xuequ-kongchuo-baoxue-ducha-gonggao-2025", "为全面贯彻落实《义务教育法》等法律法规,"),  # 法|律 is one word
    ("y0356-dali-hunyinfa-biantong-guiding-pingxi", "作为一名长期关注民族地区法律实践的法学研究者,"),
    ("lywb-jiaoyubu-tongbao-liangqi-weifan-baxiang-guiding", "教育部13日在其网站上通报了两起"),  # 通报了: a verb
    ("qnzwdx-jinxiuban-shehui-diaocha-2022", "没有调查就没有发言权。"),  # 发言权: a noun the genre word qualifies
    ("sxycswdx-yuncheng-shiwei-dangxiao-dataolun-2020", "“5・25”长三角地区高质量发展学习考察报告会召开以来,"),
    ("jsxishan-anzhen-jiedao-2025-xinxi-gongkai-nianbao", "安镇街道2025年政府信息公开工作年度报告是根据"),
])
def test_a_sentence_whose_words_end_like_a_title_is_not_cut_into_a_title_and_text(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


@pytest.mark.parametrize("name, first", [
    ("chuan360-xiangzhen-2023-niandu-gongzuo-jihua", "2023年乡镇年度工作计划是为了促进"),  # the title as the sentence's subject
    ("ahxx-dulou-zhen-linshi-jiuzhu-zhidu-2020", "临时救助制度指国家对"),
    ("tascbaa-aozhou-chaozhou-tongxianghui-30-zhounian-qingdian", "澳洲潮州同鄉會30週年慶典,於八月八日"),
])
def test_a_first_sentence_opening_with_the_titles_words_keeps_them(name, first):
    cleaned = corpus_clean(name)
    assert texts(cleaned)[0].startswith(first) and cleaned.title and texts(cleaned)[0] != cleaned.title


def test_a_title_glued_to_a_paragraph_that_opens_a_new_sentence_is_still_cut_from_it():
    cleaned = clean("临时救助制度\n临时救助制度2014年10月25日,国务院印发《关于全面建立临时救助制度的通知》。")
    assert cleaned.title == "临时救助制度" and texts(cleaned)[0].startswith("2014年10月25日")


@pytest.mark.parametrize("name, first", [
    ("youyang-2022-tongji-gongbao", "2022年是党和国家历史上极为重要的一年。"),  # 2023417 under the title
    ("suzhou-jiguan-gongwei-2018-dangjian-shuzhi-huiyi", "为深入学习贯彻习近平新时代"),  # 2 2019.01 09:51 / 47访问
    ("comefromchina-yuzhengsheng-zhengxie-12-1-kaimu-zhuchi", "俞正声宣布全国政协十二届一次会议开幕,全场起立唱国歌。"),  # 402,402; the headline is the first clause
])
def test_figures_and_a_view_count_under_the_title_are_not_the_text_and_a_headline_opening_the_first_sentence_stays(name, first):
    assert texts(corpus_clean(name))[0].startswith(first)


def test_a_line_of_figures_under_the_title_is_not_the_first_line():
    assert texts(clean("关于做好春节期间安全工作的通知\n2760 丨\n各科室:\n请做好春节期间的安全工作。"))[0] == "各科室:"


@pytest.mark.parametrize("name, last, source", [
    ("cdzfw-taoyuan-renda-diaoyan-sifasuo-jianshe", "副县长、县公安局长樊启斌参加调研。", "(桃源县司法局)"),
    ("dmpcw-nc-xinjian-minzhengju-6-shequ-juweihui-2019", "并按程序上报区政府审批。", "(新建区民政局)"),
])
def test_the_body_a_report_came_from_bracketed_under_its_last_sentence_is_its_credit_not_its_signature(name, last, source):
    cleaned = corpus_clean(name)
    assert texts(cleaned)[-1].endswith(last) and cleaned.credit == source and source not in cleaned.signature


def test_a_bracketed_issuer_under_a_communique_still_signs_it():
    cleaned = clean("万载县2015年国民经济和社会发展统计公报\n全年全县实现生产总值150亿元,比上年增长9%。\n(万载县统计局)")
    assert texts(cleaned)[-1] == "(万载县统计局)" and cleaned.credit is None


@pytest.mark.parametrize("name, first", [
    ("envedu-blogspot-xuetian-guoxiao-qimo-xiaowu-huiyi-jilu", "一、各處室人員報告:"),  # 地點: / 主 席: / 出席人員: / 紀 錄:
    ("pintu360-cun-cunmin-daibiao-huiyi-jilu-2025", "一、会议议程说明"),  # 会议时间: / 会议地点: / 主持人: / 记录人: / 参会人员:
])
def test_the_fields_heading_a_meeting_record_are_its_byline_not_its_first_lines(name, first):
    cleaned = corpus_clean(name)
    assert texts(cleaned)[0] == first and any(line.replace(" ", "").startswith(("地點:", "主持人:")) for line in cleaned.byline)


def test_a_record_field_holding_a_sentence_stays_in_the_text():
    cleaned = clean("校务会议记录\n主持人:王校长\n会议内容:会议传达了上级精神,部署了下学期工作。\n一、教学工作\n本学期教学秩序良好。")
    assert cleaned.byline == ("主持人:王校长",) and texts(cleaned)[0].startswith("会议内容:")


@pytest.mark.parametrize("name, first", [
    ("infoeach-shenzhengling-1997-29-huaqiao-touzi-guiding", "第一条 为鼓励华侨、港澳同胞来我市投资兴办企业,根据国务院《关于鼓励华侨和香港澳门同胞投资的规定》,结合我市实际情况,制定本规定。"),
    ("ymda-xiehui-huizhang-bangong-huiyi-zhidu", "第一条 本会设立会长办公会议。"),
])
def test_a_law_wrapped_as_in_a_pdf_with_a_space_after_each_article_number_is_rejoined_article_by_article(name, first):
    from tests.robustness import wrapped_as_in_a_pdf
    raw = read_corpus_document(name)
    blocks = texts(clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints))
    assert blocks[0].startswith(first)
    assert not any(re.search(r".第[一二三四五六七八九十]{1,3}条 ", block) for block in blocks)  # no article run into the one above


def test_a_title_as_wide_as_a_wrapped_text_is_not_run_into_the_number_under_it():
    from tests.robustness import wrapped_as_in_a_pdf
    raw = read_corpus_document("infoeach-law552-guoshuihan-2002-197-waishang-caigou-tuishui")
    cleaned = clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints)
    assert cleaned.title == "国家税务总局关于外商投资企业采购国产设备有关退税问题的通知" and cleaned.doc_number == "国税函[2002]197号"


def test_a_wrapped_line_ending_on_a_laws_name_inside_a_sentence_goes_on():
    from tests.robustness import wrapped_as_in_a_pdf
    raw = read_corpus_document("bs-cq-bishan-gaowuran-ranliao-jinranqu-tonggao-2018")
    assert "防治条例》《环保部关于发布" in texts(clean(wrapped_as_in_a_pdf(raw.text), raw.title_hints))[0]


@pytest.mark.parametrize("name, title", [
    ("huaian-scjgj-yuanqu-fenju-neibu-zonghe-cha-2026", "园区分局“内部综合查”护航万家灯火"),  # 新闻动态 / 工作动态 / 通知公告 / 政声传递 above it
    ("nacta-xueyuan-dangdaihui-jingshen-xuexi-2009", "我院掀起学习第一次党代会精神热潮"),  # 栏目导航 / 新闻公告 / 学院新闻
    ("sdic-zhongguodong-huijian-tianjin-fagaiwei-guoziwei-2021", "钟国东会见天津市发改委副主任孙虎军、国资委主任张勇"),  # 融媒体中心 / 新闻资讯
])
def test_a_sites_column_names_above_the_headline_are_not_run_into_a_title(name, title):
    assert corpus_clean(name).title == title


def test_a_notices_own_short_title_ending_with_its_kind_is_no_column_name():
    assert clean("停水公告\n因管网维修,本周六全天停水,请居民提前储水。\n自来水公司").title == "停水公告"


@pytest.mark.parametrize("name, last, credit", [
    ("xwqq-shilou-xiangcun-zhenxing-shifancun-zuotanhui-2022", "让群众过上更美好的生活做出更大贡献。", "(乔冠中)"),  # / 石楼融媒
    ("peoplegz-yinjiang-tushuguan-kaiguan-2021", "全体参会人员参观了图书馆。", "(吴思杰)"),  # / 移动端新媒体 / 贵州频道微信公众号……
    ("zzb-haimen-shiwei-quanhui-piaojue-gongxuan-2011", "不断提高选人用人公信度。", "(记者王雁玲)"),  # / 管理员2011-02-21浏览…… / 公示公告
])
def test_a_credit_closing_the_last_sentence_ends_the_text_above_the_pages_short_lines(name, last, credit):
    cleaned = corpus_clean(name)
    assert texts(cleaned)[-1].endswith(last) and cleaned.credit == credit


def test_a_credited_paragraph_with_more_text_under_it_is_not_the_end():
    text = "标题新闻写在这里\n第一段报道内容,会议强调要做好各项工作。(张三)\n第二段是正文的延续,会议还部署了下一阶段的工作任务,要求各部门抓好落实。"
    assert texts(clean(text))[-1].startswith("第二段是正文的延续")


@pytest.mark.parametrize("name, published", [
    ("hcceiu-baihui-zhaomen-guoxiao-chenjingyi-2014", "2014-05-13"),  # 作者 影武者 於 2014年05月13日 18:10:00 (
    ("more-news-xinbei-114xuenian-xiaozhang-jiaojie-2025", "2025-08-01"),  # Last updated: 2025/08/01 16:21
])
def test_a_line_with_the_day_and_time_a_page_was_posted_is_its_stamp(name, published):
    cleaned = corpus_clean(name)
    assert cleaned.published == published and not any(published[:4] in text and ":" in text for text in texts(cleaned)[:1])


def test_a_headline_with_its_posting_time_glued_on_stays_a_headline():
    cleaned = corpus_clean("sdgryz-30edu-dongying-dushu-huodong-gongbu-2015")  # 关于公布……读书系列活动 2015-02-28 10:05:00
    assert cleaned.title.startswith("关于公布东营市第六届中小学生读书系列活动")


@pytest.mark.parametrize("name, title", [
    ("cjc-shu-109xuenian-biye-dianli-tiaozheng-gonggao-2021", "因應疫情警戒升級,109學年度畢業典禮調整辦理方式說明"),  # 重要公告 | ……
    ("lgzls-longgang-shuiwu-xiaohuoshuan-shuiqing-tonggao-2021", "龙港近期水情通告"),  # 注意 | ……
    ("xwboo-hubei-shengtai-huanjing-ting-10yue-fabuhui-2024", "文字实录|湖北生态环境厅召开10月新闻发布会"),  # a column joined by a bare pipe stays
    ("ctg-leimingshan-wanglin-baihui-sichuan-shengwei", "雷鸣山、王琳拜会四川省委书记彭清华、省长尹力"),  # 繁體版 | English……: both links
    ("7rdy-quwei-shuji-quanqu-lingdao-ganbu-dahui-shouxinhui", "区委书记在全区领导干部大会上的讲话"),  # 移动端:……
])
def test_a_pages_label_set_apart_from_the_headline_by_a_spaced_pipe_is_not_part_of_the_title(name, title):
    assert corpus_clean(name).title == title
