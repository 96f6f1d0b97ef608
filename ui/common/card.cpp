// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/card.h"

#include "ui/common/theme.h"

#include <QPainter>

namespace cultivate {

Card::Card(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
}

qreal Card::radius() const
{
    return fontMetrics().height() * 0.45;
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(borderColour(), 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius(), radius());
}

} // namespace cultivate

namespace cultivate {

QWidget *makeRule(QWidget *parent)
{
    auto *rule = new QWidget(parent);
    rule->setFixedHeight(1);
    rule->setAutoFillBackground(true);
    // Explicit, or the rule would inherit a card's Base role and vanish into it.
    rule->setBackgroundRole(QPalette::Window);
    QPalette p = rule->palette();
    p.setColor(QPalette::Window, borderColour());
    rule->setPalette(p);
    return rule;
}

} // namespace cultivate
