"""Rules of the forty-fourth held-out round (``fixtures/unseen44``): Japanese and Chinese news sites, national and
regional, declaring little (the bylines as such papers print them)."""

from __future__ import annotations

from pathlib import Path

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import clean_credit

_JP_PARAS = "".join(
    f"<p>　市は{w}、老朽化した市民会館の建て替え計画を発表し、総事業費は約120億円に上る見通しを示した。"
    "市議会では財源の確保を巡って議論が続いており、住民説明会は来月から各地区で開く予定だ。</p>"
    for w in ("10日", "11日", "12日")
)


def _article(inner: str, head: str = "") -> dict:
    html = (f"<html lang='ja'><head><meta charset='utf-8'><title>市民会館を建て替え</title>{head}</head><body><article>"
            f"<h1>市民会館を建て替え　総事業費120億円</h1><div class='article-text'>{inner}</div></article></body></html>")
    return extract_article(html, "https://np.example/article/1234567/")


def test_closing_signature_with_the_desk_before_the_name() -> None:
    # a broadcaster's "（経済部・NAME記者）" closing the last sentence: the name alone
    rec = _article(f"{_JP_PARAS}<p>関係者は「早く結論を出してほしい」と話しています。（経済部・中川翔太記者）</p>")
    assert rec["authors"] == ["中川翔太"]


def test_bracketed_signature_of_several_writers() -> None:
    # "（NAME、NAME）" as the text's last paragraph: both writers
    rec = _article(f"{_JP_PARAS}<p class='article-text__writer'>（佐々木陽介、工藤彩花）</p>")
    assert rec["authors"] == ["佐々木陽介", "工藤彩花"]


def test_author_box_heading_is_no_name() -> None:
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>大模型价格战</title></head><body><article>"
            "<h1>大模型价格战打到第三年</h1><div class='content'>"
            + "".join(f"<p>第{i}段：当头部厂商把API价格打到白菜价，中小模型公司开始寻找新的生存方式，有的转向行业私有化部署，"
                      "有的按结果收费，还有的干脆退出了基础模型的竞争。</p>" for i in range(4))
            + "</div><div class='lph-author-box'><h4>关于作者</h4><div class='author-info'><p class='name'>"
            "<a href='/author/yjw'>袁静雯</a></p><p class='desc'>资深记者，关注大模型。</p></div></div>"
            "</article></body></html>")
    rec = extract_article(html, "https://tech.example/category/ai/Xk3Pq9.html")
    assert rec["authors"] == ["袁静雯"]




def test_labelled_summary_over_the_text_box_opens_no_text() -> None:
    # "导语：…" in its own box under the headline, outside the text's box: a standfirst, not the text's opening
    page = Path(__file__).parent / "fixtures" / "unseen44" / "cn_techmedia.html"
    body = extract_article(page.read_bytes(), "https://www.leifengtai.example/category/ai/Xk3Pq9LmT2aB.html")["body"]
    assert body.startswith("2026年开年，国内大模型的价格战又下了一城。")


def test_equals_sign_before_a_credit_is_no_part_of_it() -> None:
    # a Japanese economic daily's credit span "=共同" after the caption: the agency, not "=共同"
    assert clean_credit("=共同") == "共同"
    assert clean_credit("＝ロイター") == "ロイター"


def test_reporter_label_closing_the_text_names_the_writer() -> None:
    # a Hong Kong paper's "記者：NAME" as the text's last paragraph, "編輯：NAME" after the text's box
    paras = "".join(f"<p>第{i}段：港鐵東涌綫延線工程進度理想，港鐵公司昨日表示，預計新東涌東站可於明年年中通車，較原定時間提早約半年，"
                    "新東涌西站則維持於二〇二九年完工。</p>" for i in range(4))
    html = ("<html lang='zh-HK'><head><meta charset='utf-8'><title>東涌綫延線料提早通車</title></head><body>"
            "<div id='articleCTN'><h1>港鐵東涌綫延線料提早半年通車</h1><div class='articleContent'>"
            f"{paras}<p class='reporter'>記者：鄭嘉怡</p></div><div class='articleEditor'>編輯：林志偉</div></div>"
            "</body></html>")
    assert extract_article(html, "https://hk.example/cnt/news/20260311/00176_001.html")["authors"] == ["鄭嘉怡"]
