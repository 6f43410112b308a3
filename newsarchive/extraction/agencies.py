"""News and photo agencies: organisations that supply stories and pictures.

A byline or a credit that names one attributes the work to an organisation, not a
person: authors keep persons only, and the agency becomes a contributor or photo
attribution. One list serves the byline, credit and attribution extractors.
Spellings are as printed; matching of bylines is case-insensitive, matching inside
captions is case-sensitive (so "PA" is an agency and "Pa" a word), hence the
upper-case variants.
"""

from __future__ import annotations

import re

AGENCIES: tuple[str, ...] = (
    'AFP', 'AP', 'Associated Press', 'The Associated Press', 'Reuters', 'dpa', 'dpa-AFX', 'AFX',
    'epd', 'KNA', 'APA', 'SDA', 'Keystone-SDA', 'Keystone-ATS', 'ANSA', 'EFE', 'Agencia EFE', 'Europa Press',
    'TASS', 'RIA Novosti', 'Interfax', 'Xinhua', 'PA', 'PA Media', 'PA Wire', 'UPI', 'Kyodo',
    'Yonhap', 'Belga', 'ANP', 'Lusa', 'AAP', 'The Canadian Press', 'Canadian Press', 'La Presse canadienne', 'Presse canadienne', 'dapd', 'SID',
    'Bloomberg', 'Agence France-Presse', 'Agence France Presse', 'Agência Brasil',
    'Deutsche Presse-Agentur', 'Evangelischer Pressedienst', 'Katholische Nachrichten-Agentur',
    'NTB', 'TT', 'Ritzau', 'STT', 'ČTK', 'CTK', 'PAP', 'MTI', 'Anadolu', 'IANS', 'PTI', 'ANI',
    'Bernama', 'Antara', 'WAM', 'KUNA', 'Notimex', 'Télam', 'Sputnik', 'Ukrinform', 'UNIAN', 'BTA',
    'Agerpres', 'HINA', 'Tanjug', 'ATS', 'DPA', 'REUTERS', 'EPA', 'Getty Images', '共同', 'Jiji',
    '時事', 'Keystone', 'AA', 'Imago', 'IMAGO', 'Shutterstock', 'STA', 'LaPresse', 'Agencia Uno',
    'ТАСС', 'РИА Новости', 'Agencja Wyborcza.pl',
    'Photo News', 'AGI', 'Adnkronos', 'Servimedia', 'dts', 'Kyodo News', 'Jiji Press', 'Bloomberg News',
    'Xinhua News Agency', 'Yonhap News Agency', 'Agence Belga', 'Anadolu Agency', 'Press Association',
    # the agencies of Korea, Japan and China as their own datelines print them
    '연합뉴스', '뉴시스', '뉴스1', 'Newsis', 'News1', '共同通信', '時事通信', '新华社', '新華社', '中新社', '中央社',
    '로이터', 'ロイター', '聯合',
    # picture agencies as Japanese captions print them ("…（写真はイメージ）＝ゲッティ", "＝AFP時事")
    'ゲッティ', 'ゲッティイメージズ', 'アフロ', 'AFP時事', 'EPA時事',
    # the world's agencies as Chinese prints them (Reuters, AFP, AP, Bloomberg, Kyodo, Yonhap, EPA)
    '路透社', '法新社', '美联社', '美聯社', '彭博社', '共同社', '韩联社', '韓聯社', '欧新社', '歐新社',
    # ... and as Chinese and Japanese business news print Bloomberg and Reuters ("據彭博報導", "ブルームバーグは…と伝えた")
    '彭博', '路透', 'ブルームバーグ',
    # Reuters' code as Swiss and German papers print it among the agencies used ("sda/reu", "dpa/reu")
    'REU',
    # China's picture agencies as English-language captions print them, after the caption's last full stop ("…, Feb.
    # 20, 2026. VCG"); in Chinese, "视觉中国"
    'VCG', 'Visual China Group', 'IC Photo', '视觉中国', '視覺中國',
)

#: agency name -> its first spelling in :data:`AGENCIES`, for case-insensitive lookups
BY_CASEFOLD = {name.casefold(): name for name in reversed(AGENCIES)}

#: a regex alternation of the names, longest first, spaces matching any whitespace
PATTERN = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                   for name in sorted(AGENCIES, key=len, reverse=True))

#: an agency's short name as its datelines print it -> its full name as bylines print it ("HARLAN (AP) —" under
#: "By NAME Associated Press"): the same agency either way
_FULL_NAME = {
    'ap': 'associated press', 'afp': 'agence france-presse', 'agence france presse': 'agence france-presse',
    'pa': 'press association', 'pa media': 'press association', 'cp': 'canadian press', 'dpa': 'deutsche presse-agentur',
    'epd': 'evangelischer pressedienst', 'kna': 'katholische nachrichten-agentur', 'kyodo': 'kyodo news', '共同': '共同通信',
    'jiji': 'jiji press', '時事': '時事通信', 'xinhua': 'xinhua news agency', 'yonhap': 'yonhap news agency',
    'anadolu': 'anadolu agency', 'belga': 'agence belga', 'sda': 'keystone-sda',
    'ats': 'keystone-sda', 'keystone-ats': 'keystone-sda', 'efe': 'agencia efe', 'reu': 'reuters',
    '路透': '路透社', '彭博': '彭博社',
}


def same_agency_key(name: str) -> str:
    """One key for an agency's spellings ("AP", "The Associated Press", "Associated Press"); any other name casefolded."""
    key = name.casefold().strip()
    key = key[4:] if key.startswith("the ") else key
    return _FULL_NAME.get(key, key)
