// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/typography.h"

#include <QApplication>
#include <QLabel>

namespace cultivate {

namespace {

QFont scaled(qreal factor, QFont::Weight weight)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

} // namespace

QFont styledFont(TextStyle style)
{
    switch (style) {
    case TextStyle::Title:
        return scaled(1.75, QFont::DemiBold);
    case TextStyle::Heading:
        return scaled(1.3, QFont::DemiBold);
    case TextStyle::Subheading:
        return scaled(1.08, QFont::DemiBold);
    case TextStyle::Body:
        return scaled(1.0, QFont::Normal);
    case TextStyle::Strong:
        return scaled(1.0, QFont::DemiBold);
    case TextStyle::Secondary:
        return scaled(1.0, QFont::Normal);
    case TextStyle::Caption:
        return scaled(0.92, QFont::DemiBold);
    case TextStyle::Figure:
        return scaled(2.1, QFont::DemiBold);
    }
    return QApplication::font();
}

void applyTextStyle(QLabel *label, TextStyle style)
{
    label->setFont(styledFont(style));
    const bool secondary = style == TextStyle::Secondary || style == TextStyle::Caption;
    label->setForegroundRole(secondary ? QPalette::PlaceholderText : QPalette::WindowText);
    label->setWordWrap(style != TextStyle::Figure);
}

QLabel *makeLabel(const QString &text, TextStyle style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    applyTextStyle(label, style);
    return label;
}

int em(const QWidget *widget)
{
    return widget->fontMetrics().height();
}

} // namespace cultivate
