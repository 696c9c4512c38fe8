"""The Guides page's look: warnings and stop points stand out by words, border and colour together."""

GUIDES_STYLE = """
QLabel#guideTitle { font-size: 15pt; font-weight: bold; }
QLabel#guideMeta { color: palette(dark); }
QLabel#reviewDue {
    background: #fff4d6;
    color: #5c3b00;
    border: 1px solid #b7791f;
    border-radius: 4px;
    padding: 2px 6px;
    font-weight: bold;
}
QLabel#originBadge { color: palette(dark); font-style: italic; padding: 2px 0px; }
QLabel#originBadge[replacesShipped="true"] {
    background: #fff4d6;
    color: #5c3b00;
    border: 1px solid #b7791f;
    border-radius: 4px;
    padding: 2px 6px;
    font-style: normal;
    font-weight: bold;
}
QFrame#packBanner { background: #e3eefa; border: 1px solid #2b6cb0; border-radius: 6px; }
QFrame#bringBox, QFrame#rulesBox {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
QLabel#sectionHeading { font-weight: bold; font-size: 11pt; padding-top: 6px; }
QFrame#partnerBox { border-left: 3px solid palette(mid); margin-left: 16px; }
QLabel#partnerName { font-weight: bold; }
QFrame#stepCard { border: 1px solid palette(midlight); border-radius: 6px; background: palette(base); }
QFrame#stepCard[current="true"] { border: 2px solid palette(highlight); }
QFrame#stepCard[done="true"] QLabel#stepText { color: palette(dark); }
QLabel#customerBadge {
    background: #e3eefa;
    color: #123a66;
    border: 1px solid #2b6cb0;
    border-radius: 4px;
    padding: 1px 6px;
    font-weight: bold;
}
QLabel#warningNote {
    background: #fff4d6;
    color: #3d2a00;
    border: 1px solid #b7791f;
    border-left: 6px solid #b7791f;
    border-radius: 4px;
    padding: 6px;
}
QLabel#stopNote {
    background: #fde2e1;
    color: #5a0d0a;
    border: 1px solid #c53030;
    border-left: 6px solid #c53030;
    border-radius: 4px;
    padding: 6px;
    font-weight: bold;
}
QLabel#staffNote {
    background: #eef0f3;
    color: #1f2933;
    border: 1px dashed #52606d;
    border-left: 6px solid #52606d;
    border-radius: 4px;
    padding: 6px;
    font-style: italic;
}
QFrame#invalidBanner { background: #fff4d6; border: 1px solid #b7791f; border-radius: 6px; }
QFrame#sessionBar { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }
"""

CUSTOMER_STYLE = """
QWidget#customerView { background: #ffffff; }
QLabel { color: #111111; }
QLabel#customerTitle { font-size: 22pt; font-weight: bold; }
QLabel#customerProgress { font-size: 18pt; color: #333333; }
QLabel#customerStep { font-size: 30pt; }
QLabel#customerBadge {
    font-size: 20pt;
    background: #e3eefa;
    color: #123a66;
    border: 2px solid #2b6cb0;
    border-radius: 6px;
    padding: 4px 10px;
    font-weight: bold;
}
QLabel#warningNote {
    font-size: 20pt;
    background: #fff4d6;
    border: 2px solid #b7791f;
    border-left: 10px solid #b7791f;
    padding: 10px;
}
QLabel#stopNote {
    font-size: 20pt;
    background: #fde2e1;
    border: 2px solid #c53030;
    border-left: 10px solid #c53030;
    padding: 10px;
    font-weight: bold;
}
QPushButton { font-size: 16pt; padding: 8px 20px; }
"""
