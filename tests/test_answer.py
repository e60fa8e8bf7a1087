"""Question/answer cases per topic: what users really type, and what must (not) be in the reply."""

from __future__ import annotations

import re

import pytest

ALL_PHONES = ["28282754", "33134800", "33371852", "64872222", "22050870", "52564588", "25658338", "25032845",
              "26097641", "64121532", "69989071", "57921123", "37737122", "59732890", "67187323", "59611834",
              "15026503596"]
DEADLINE = r"2024年3月1日|March 1, 2024"

CASES = [
    # (question, must regexes, topic)
    ("啥时候截止", [DEADLINE], "deadline"),
    ("ddl是哪天", [DEADLINE], "deadline"),
    ("截至日期", [DEADLINE], "deadline"),
    ("最晚什么时候交材料", [DEADLINE], "deadline"),
    ("申報截止時間", [DEADLINE], "deadline"),
    ("dead line", [DEADLINE], "deadline"),
    ("When is the due date?", [DEADLINE], "deadline"),
    ("在哪里提交材料", [r"zlbq\.saqm\.org\.cn"], "submit"),
    ("申报网址多少", [r"zlbq\.saqm\.org\.cn", r"z1bg\.saqm\.org\.cn", "附件2"], "submit"),
    ("What's the website?", [r"zlbq\.saqm\.org\.cn"], "submit"),
    ("盖几个章", ["单位公章", "推荐单位"], "seal"),
    ("申报信息表要盖章吗", ["单位公章", "推荐单位盖章"], "seal"),
    ("Do we need a company seal?", ["seal"], "seal"),
    ("纸质版要寄吗", ["申报信息表", "一份", "武夷路"], "paper"),
    ("寄到哪里", ["武夷路 258 号", "张竞之"], "mail"),
    ("Where do I send the paper form?", ["武夷路"], "mail"),
    ("一个单位可以报两项吗", ["只能申报一项"], "one_item"),
    ("Can we apply for two projects?", ["only one"], "one_item"),
    ("申报条件有哪些", ["独立法人", "信用良好", "成熟应用", "分享交流"], "eligibility"),
    ("我们是分公司能报吗", ["独立法人"], "eligibility"),
    ("被行政处罚过还能报吗", ["违法行为"], "eligibility"),
    ("江苏的企业能申报吗", ["在本市依法设立"], "eligibility"),
    ("Can a foreign-invested company apply?", ["legal person"], "eligibility"),
    ("遴选重点有哪些", ["质量管理体系升级", "数字化", "供应链"], "focus"),
    ("供应链方面的经验可以报吗", ["产业链供应链质量联动"], "focus"),
    ("六西格玛算哪一类", ["关键过程质量控制"], "focus"),
    ("评审标准是什么", ["科学性", "系统性", "显效性"], "criteria"),
    ("显效性怎么体现", ["竞争对手"], "criteria"),
    ("总结材料包括哪些部分", ["摘要", "企业概况", "实施效果"], "materials"),
    ("企业概况多少字", ["500 字"], "part"),
    ("推进和应用情况写多少字", ["8000 字"], "part"),
    ("实施效果写什么", ["近三年", "2000 字"], "part"),
    ("名称怎么起", ["单位名称", "经验", "40 字"], "part"),
    ("标题多少字", ["40 字"], "part"),
    ("How many words for the abstract?", ["500"], "part"),
    ("字数要求", ["40 字", "500 字", "8000 字", "2000 字"], "word_limits"),
    ("正文用什么字体", ["宋体", "小四"], "format"),
    ("行距多少", ["单倍行距"], "format"),
    ("横版可以吗", ["纵向"], "format"),
    ("Font requirements?", ["12 pt|小四"], "format"),
    ("需要哪些证明材料", ["获奖证书", "专利证书"], "supporting"),
    ("营业执照要原件吗", ["原件扫描"], "supporting"),
    ("政策咨询电话", ["23119416"], "consult"),
    ("系统登不上找谁", ["18752017865"], "consult"),
    ("咨询电话", ["23119416", "18752017865"], "consult"),
    ("要花钱不", ["不收取任何费用"], "fee"),
    ("有个中介说包过，收五万", ["从未委托", "举报"], "fee"),
    ("可以找人代写吗", ["从未委托"], "fee"),
    ("Do we need to pay an agency?", ["never entrusted", "free of charge"], "fee"),
    ("会不会来现场考察", ["现场考察"], "review"),
    ("会查信用吗", ["信用查询"], "review"),
    ("能推荐到国家级吗", ["全国"], "national"),
    ("是强制参加吗", ["自愿"], "mobilisation"),
    ("申报流程是什么", ["附件2", "在线申报系统"], "process"),
    ("这个活动是干什么的", ["1240号", "质量标杆"], "about"),
    ("这个项目是什么", ["1240号", "质量标杆"], "about"),
    ("质量标杆是干嘛的", ["1240号", "质量标杆"], "about"),
    ("有哪些附件", ["附件1", "附件2"], "attachments"),
    ("最后提交日期", [DEADLINE], "deadline"),
    ("When should we submit by?", [DEADLINE], "deadline"),
    ("What's the submission deadline for the Quality Benchmark?", [DEADLINE], "deadline"),
    ("What kinds of experience are they looking for?", ["digital"], "focus"),
    ("How long can the abstract be?", ["500"], "part"),
    ("有公司说可以代理申报", ["从未委托"], "fee"),
    ("Can one company submit multiple experiences?", ["only one"], "one_item"),
    ("张竞之的电话", ["18752017865"], "consult"),
    ("市经信委电话", ["23119416"], "consult"),
    ("Do we need three years of data?", ["three years"], "part"),
    ("对标数据要吗", ["竞争对手"], "criteria"),
]


@pytest.mark.parametrize("question,must,topic", CASES, ids=[c[0] for c in CASES])
def test_topic_answers(ask, question, must, topic):
    reply = ask(question)
    assert reply.matched, reply.text
    assert topic in reply.intents
    for rx in must:
        assert re.search(rx, reply.text), f"{rx!r} missing from {reply.text!r}"
    assert reply.sources, "every answer names its clauses"
    assert all(src in reply.text for src in reply.sources)
    for phone in ALL_PHONES:  # no district phone unless a district was asked about
        assert phone not in reply.text


@pytest.mark.parametrize("question,topics", [
    ("截止时间和在哪里提交", {"deadline", "submit"}),
    ("要不要钱，截止是哪天", {"fee", "deadline"}),
    ("盖章和邮寄地址", {"seal", "mail"}),
    ("遴选标准和遴选重点", {"criteria", "focus"}),
    ("摘要和企业概况各多少字", {"part"}),
])
def test_two_intents_answer_both(ask, question, topics):
    reply = ask(question)
    assert topics <= set(reply.intents)


def test_two_parts_in_one_question(ask):
    text = ask("摘要和企业概况各多少字").text
    assert "摘要（500 字以内）" in text and "企业概况（500 字以内）" in text


OUT_OF_SCOPE = ["浙江的质量标杆活动", "写一首诗", "你能干什么", "明天会下雨吗", "帮我订一张机票", "高企认定材料清单", "专精特新怎么申报", "科技小巨人申报条件",
                "上海市质量管理奖截止时间", "深圳的联系人", "北京的质量标杆", "How do I cook rice?", "你好", "讲个笑话",
                "今天几号", "asdfghjkl", "123456", "😀😀😀", "'; DROP TABLE users; --", "", "   ", "\x00\x01\x02"]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_declines_politely(ask, question):
    reply = ask(question)
    assert not reply.matched
    assert "截止时间" in reply.text or "deadline" in reply.text.lower() or "请输入" in reply.text  # says what it can do
    assert not re.search(DEADLINE, reply.text)
    for phone in ALL_PHONES:
        assert phone not in reply.text


@pytest.mark.parametrize("question,label", [("评审结果什么时候出", "结果"), ("有奖金吗", "奖"), ("名额多少", "名额"),
                                            ("什么时候开始申报", "开始"), ("2025年还有吗", "下一批次"),
                                            ("下一批什么时候", "下一批次")])
def test_facts_the_notice_lacks_are_not_invented(ask, question, label):
    reply = ask(question)
    assert not reply.matched
    assert "通知中没有" in reply.text and label in reply.text


def test_missing_attribute_is_said_not_invented(ask):
    reply = ask("浦东新区科经委的邮箱")  # not stated: said so (matched false), with the unit's contacts it does state
    assert not reply.matched and "28282754" in reply.text
    assert "没有规定" in reply.text and "邮箱" in reply.text


def test_huge_and_binary_input(ask):
    assert not ask("截止" * 5000).matched
    assert "太长" in ask("截止" * 5000).text
    assert ask("截止\x00\ufffd时间").matched


def test_english_question_gets_english_answer(ask):
    text = ask("What is the deadline?").text
    assert text.startswith("[Deadline]") and "March 1, 2024" in text
