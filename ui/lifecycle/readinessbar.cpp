// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/readinessbar.h"

#include "ui/common/formatting.h"
#include "ui/common/theme.h"

#include <QPainter>

namespace cultivate {

ReadinessBar::ReadinessBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReadinessBar::setValue(double share, const QColor &colour)
{
    m_share = qBound(0.0, share, 1.0);
    m_colour = colour;
    setAccessibleName(tr("Readiness %1").arg(formatPercent(m_share)));
    update();
}

QSize ReadinessBar::sizeHint() const
{
    return {fontMetrics().height() * 10, qMax(4, fontMetrics().height() / 2)};
}

QSize ReadinessBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 3, qMax(4, fontMetrics().height() / 2)};
}

void ReadinessBar::paintBar(QPainter &painter, const QRectF &rect, double share, const QColor &colour,
                            const QColor &track)
{
    const qreal radius = rect.height() / 2.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(track);
    painter.drawRoundedRect(rect, radius, radius);
    if (share > 0.0) {
        QRectF filled = rect;
        filled.setWidth(qMax(rect.height(), rect.width() * qBound(0.0, share, 1.0)));
        painter.setBrush(colour);
        painter.drawRoundedRect(filled, radius, radius);
    }
    painter.restore();
}

void ReadinessBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor track = mixColours(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.12);
    paintBar(painter, QRectF(rect()), m_share, m_colour, track);
}

} // namespace cultivate
