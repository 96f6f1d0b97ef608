// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/infobar.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace cultivate {

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
{
    setAccessibleName(tr("Notice"));
    m_icon = new QLabel(this);
    m_headline = makeLabel({}, TextStyle::Strong, this);
    m_headline->setWordWrap(false);
    m_headline->setObjectName(QStringLiteral("info-bar-headline"));
    m_text = makeLabel({}, TextStyle::Body, this);
    m_text->setObjectName(QStringLiteral("info-bar-text"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateIcon();

    const int unit = em(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(unit, unit / 2, unit, unit / 2);
    layout->setSpacing(unit / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_headline, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void InfoBar::setMessage(const QString &headline, const QString &text)
{
    m_headline->setText(headline);
    m_text->setText(text);
    setAccessibleDescription(headline + QLatin1Char(' ') + text);
}

QString InfoBar::headline() const
{
    return m_headline->text();
}

QString InfoBar::text() const
{
    return m_text->text();
}

void InfoBar::paintEvent(QPaintEvent *)
{
    const bool dark = isDarkTheme();
    QPainter painter(this);
    painter.fillRect(rect(), dark ? QColor(0x4A, 0x3F, 0x1C) : QColor(0xFF, 0xF3, 0xCD));
    painter.setPen(dark ? QColor(0x7A, 0x66, 0x26) : QColor(0xE6, 0xC4, 0x6A));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

void InfoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

void InfoBar::updateIcon()
{
    const int side = m_headline->fontMetrics().height();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
}

} // namespace cultivate
