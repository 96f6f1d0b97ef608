// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace cultivate {

namespace {

// Glyphs are designed on a 24 × 24 grid with 1.7-unit strokes.
void drawGlyph(QPainter &p, Glyph glyph)
{
    switch (glyph) {
    case Glyph::Overview: {
        QPainterPath house;
        house.moveTo(3.5, 11.0);
        house.lineTo(12.0, 4.0);
        house.lineTo(20.5, 11.0);
        p.drawPath(house);
        p.drawPolyline(QPolygonF{QPointF(6.0, 9.5), QPointF(6.0, 20.0), QPointF(18.0, 20.0), QPointF(18.0, 9.5)});
        p.drawRect(QRectF(10.0, 14.0, 4.0, 6.0));
        break;
    }
    case Glyph::Charter: {
        QPainterPath page;
        page.moveTo(14.0, 3.0);
        page.lineTo(6.0, 3.0);
        page.quadTo(5.0, 3.0, 5.0, 4.0);
        page.lineTo(5.0, 20.0);
        page.quadTo(5.0, 21.0, 6.0, 21.0);
        page.lineTo(18.0, 21.0);
        page.quadTo(19.0, 21.0, 19.0, 20.0);
        page.lineTo(19.0, 8.0);
        page.closeSubpath();
        p.drawPath(page);
        p.drawPolyline(QPolygonF{QPointF(14.0, 3.0), QPointF(14.0, 8.0), QPointF(19.0, 8.0)});
        for (qreal y : {12.0, 15.0, 18.0})
            p.drawLine(QPointF(8.5, y), QPointF(y == 18.0 ? 13.0 : 15.5, y));
        break;
    }
    case Glyph::Lifecycle: {
        const QRectF circle(4.5, 4.5, 15.0, 15.0);
        p.drawArc(circle, 100 * 16, 250 * 16);
        p.drawPolyline(QPolygonF{QPointF(15.5, 2.5), QPointF(17.5, 6.0), QPointF(13.8, 7.6)});
        QPen dotPen = p.pen();
        dotPen.setWidthF(3.2);
        p.setPen(dotPen);
        p.drawPoint(QPointF(12.0, 12.0));
        break;
    }
    case Glyph::Schedule: {
        p.drawRoundedRect(QRectF(4.0, 5.5, 16.0, 15.0), 1.5, 1.5);
        p.drawLine(QPointF(4.0, 10.0), QPointF(20.0, 10.0));
        p.drawLine(QPointF(8.5, 3.5), QPointF(8.5, 7.0));
        p.drawLine(QPointF(15.5, 3.5), QPointF(15.5, 7.0));
        QPen dotPen = p.pen();
        dotPen.setWidthF(2.2);
        p.setPen(dotPen);
        for (qreal x : {8.5, 12.0, 15.5}) {
            for (qreal y : {13.5, 17.0})
                p.drawPoint(QPointF(x, y));
        }
        break;
    }
    case Glyph::People: {
        p.drawEllipse(QPointF(9.0, 8.5), 3.2, 3.2);
        p.drawArc(QRectF(3.0, 14.0, 12.0, 11.0), 0, 180 * 16);
        p.drawArc(QRectF(13.3, 4.6, 6.4, 6.4), -60 * 16, 240 * 16);
        p.drawArc(QRectF(13.5, 14.0, 8.0, 11.0), 0, 90 * 16);
        break;
    }
    case Glyph::Resources: {
        QPainterPath folder;
        folder.moveTo(3.5, 18.5);
        folder.lineTo(3.5, 6.0);
        folder.quadTo(3.5, 5.0, 4.5, 5.0);
        folder.lineTo(9.0, 5.0);
        folder.lineTo(11.0, 7.5);
        folder.lineTo(19.5, 7.5);
        folder.quadTo(20.5, 7.5, 20.5, 8.5);
        folder.lineTo(20.5, 18.5);
        folder.quadTo(20.5, 19.5, 19.5, 19.5);
        folder.lineTo(4.5, 19.5);
        folder.quadTo(3.5, 19.5, 3.5, 18.5);
        p.drawPath(folder);
        p.drawLine(QPointF(3.5, 10.5), QPointF(20.5, 10.5));
        break;
    }
    case Glyph::Evaluate: {
        p.drawRoundedRect(QRectF(5.0, 4.5, 14.0, 16.5), 1.5, 1.5);
        p.drawRoundedRect(QRectF(9.0, 3.0, 6.0, 3.0), 1.0, 1.0);
        p.drawPolyline(QPolygonF{QPointF(8.5, 13.5), QPointF(11.0, 16.0), QPointF(15.5, 11.0)});
        break;
    }
    case Glyph::Dashboard: {
        p.drawLine(QPointF(4.0, 20.0), QPointF(20.0, 20.0));
        p.drawRoundedRect(QRectF(5.5, 12.0, 3.0, 8.0), 0.8, 0.8);
        p.drawRoundedRect(QRectF(10.5, 6.0, 3.0, 14.0), 0.8, 0.8);
        p.drawRoundedRect(QRectF(15.5, 9.5, 3.0, 10.5), 0.8, 0.8);
        break;
    }
    case Glyph::Reports: {
        p.drawRoundedRect(QRectF(5.0, 3.0, 14.0, 18.0), 1.5, 1.5);
        p.drawLine(QPointF(8.5, 7.0), QPointF(15.5, 7.0));
        p.drawPie(QRectF(8.0, 10.0, 8.0, 8.0), 90 * 16, 270 * 16);
        break;
    }
    }
}

class GlyphIconEngine final : public QIconEngine {
public:
    explicit GlyphIconEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::WindowText);
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::PlaceholderText);

        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(colour, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        drawGlyph(*painter, m_glyph);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    // `size` is in device pixels already (QIcon multiplies by the scale before asking).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return pixmap(size, mode, state);
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(glyph));
}

} // namespace cultivate
