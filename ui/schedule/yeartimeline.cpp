// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/yeartimeline.h"

#include "core/charts/palette.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cultivate {

YearTimeline::YearTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("schedule-year"));
    setAccessibleName(tr("Year timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void YearTimeline::setPlan(const QDate &start, const QDate &end, const QList<Stage> &stages, const QList<Event> &events,
                           const QDate &today)
{
    m_start = start.isValid() ? QDate(start.year(), start.month(), 1) : QDate(today.year(), 1, 1);
    m_end = end.isValid() && end > m_start ? end : m_start.addYears(1).addDays(-1);
    m_stages = stages;
    m_events = events;
    m_today = today;
    const QList<QDate> quiet = quietMonths();
    QStringList names;
    for (const QDate &month : quiet)
        names << QLocale().toString(month, QStringLiteral("MMMM yyyy"));
    setAccessibleDescription(quiet.isEmpty() ? tr("Every month has an event")
                                             : tr("Months without events: %1").arg(names.join(QStringLiteral(", "))));
    updateGeometry();
    update();
}

int YearTimeline::monthCount() const
{
    if (!m_start.isValid())
        return 12;
    return qBound(1, (m_end.year() - m_start.year()) * 12 + m_end.month() - m_start.month() + 1, 36);
}

QList<QDate> YearTimeline::quietMonths() const
{
    QList<QDate> quiet;
    for (int i = 0; i < monthCount(); ++i) {
        const QDate month = m_start.addMonths(i);
        const bool active = std::any_of(m_events.cbegin(), m_events.cend(), [&month](const Event &event) {
            const QDate day = event.start.date();
            return event.status != EventStatus::Cancelled && day.year() == month.year() && day.month() == month.month();
        });
        if (!active)
            quiet.append(month);
    }
    return quiet;
}

QString YearTimeline::quietLabel(qreal width) const
{
    // "keep the rhythm" when it fits on at most two lines, else a shorter word that fits.
    const QFontMetricsF metrics(styledFont(TextStyle::Caption));
    const QString full = tr("keep the rhythm");
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, full);
    if (needed.width() <= width && needed.height() <= metrics.lineSpacing() * 2 + 1)
        return full;
    const QString brief = tr("quiet");
    return metrics.horizontalAdvance(brief) <= width ? brief : QStringLiteral("!");
}

QSize YearTimeline::sizeHint() const
{
    const int unit = em(this);
    return {unit * 60, unit * 20};
}

QSize YearTimeline::minimumSizeHint() const
{
    const int unit = em(this);
    return {unit * 30, unit * 20};
}

void YearTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int unit = em(this);
    const ChartPalette palette{isDarkTheme()};
    const QPalette &pal = this->palette();
    const int months = monthCount();
    const QRectF area = QRectF(rect()).adjusted(unit, unit / 2.0, -unit, -unit * 4.4);
    const qreal headerHeight = unit * 1.6;
    const qreal bandTop = area.top() + headerHeight;
    const qreal bandHeight = unit * 1.3;
    const qreal marksTop = bandTop + bandHeight * 5 + unit * 0.8;
    const qreal marksHeight = qMax<qreal>(unit * 3, area.bottom() - marksTop);
    const qint64 totalDays = qMax<qint64>(1, m_start.daysTo(m_start.addMonths(months)));
    const auto xOf = [&](const QDate &date) {
        return area.left() + area.width() * qBound<qreal>(0, m_start.daysTo(date), totalDays) / totalDays;
    };

    // Month columns: names, separators, and hatching for the quiet ones.
    const QList<QDate> quiet = quietMonths();
    QFont caption = styledFont(TextStyle::Caption);
    painter.setFont(caption);
    for (int i = 0; i < months; ++i) {
        const QDate month = m_start.addMonths(i);
        const QRectF cell(xOf(month), area.top(), xOf(month.addMonths(1)) - xOf(month), area.height());
        if (quiet.contains(month)) {
            QColor hatch = warningColour();
            hatch.setAlphaF(0.18);
            painter.fillRect(QRectF(cell.left(), marksTop, cell.width(), marksHeight), QBrush(hatch, Qt::BDiagPattern));
            painter.setPen(warningColour());
            painter.drawText(QRectF(cell.left() + 1, marksTop + marksHeight + 2, cell.width() - 2, unit * 2.6),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, quietLabel(cell.width() - 2));
        }
        painter.setPen(QPen(palette.gridLine(), 1));
        painter.drawLine(QPointF(cell.left(), area.top() + headerHeight * 0.8), QPointF(cell.left(), area.bottom()));
        painter.setPen(pal.color(QPalette::WindowText));
        const QString name = month.month() == 1 || i == 0 ? QLocale().toString(month, QStringLiteral("MMM yyyy"))
                                                          : QLocale().toString(month, QStringLiteral("MMM"));
        painter.drawText(QRectF(cell.left() + 3, area.top(), cell.width() - 3, headerHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
    }

    // Stage bands.
    int row = 0;
    for (const Stage &stage : std::as_const(m_stages)) {
        const qreal y = bandTop + row * bandHeight;
        ++row;
        if (!stage.plannedStart.isValid() || !stage.plannedEnd.isValid())
            continue;
        QRectF band(xOf(stage.plannedStart), y + 2, qMax<qreal>(4, xOf(stage.plannedEnd) - xOf(stage.plannedStart)),
                    bandHeight - 4);
        QColor colour = palette.stage(stage.kind);
        if (stage.status == StageStatus::NotStarted)
            colour.setAlphaF(0.55);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(band, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(band.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label(stage.kind), Qt::ElideRight, int(band.width()) - 6));
    }

    // Today.
    if (m_today >= m_start && m_today <= m_start.addMonths(months)) {
        painter.setPen(QPen(palette.accent(), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(xOf(m_today), bandTop - 2), QPointF(xOf(m_today), marksTop + marksHeight));
    }

    // Event marks, stacked when days collide.
    const qreal radius = unit * 0.38;
    QHash<int, int> stacked;
    for (const Event &event : std::as_const(m_events)) {
        const QDate day = event.start.date();
        if (day < m_start || day >= m_start.addMonths(months))
            continue;
        const int bucket = int(xOf(day) / (radius * 2.2));
        const int level = stacked.value(bucket, 0);
        stacked.insert(bucket, level + 1);
        const QPointF centre(xOf(day), marksTop + radius + 2 + (level % 4) * radius * 2.3);
        const QColor colour = palette.eventStatus(event.status);
        switch (event.status) {
        case EventStatus::Held:
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(centre, radius, radius);
            break;
        case EventStatus::Planned:
            painter.setPen(QPen(colour, 2));
            painter.setBrush(pal.color(QPalette::Base));
            painter.drawEllipse(centre, radius - 1, radius - 1);
            break;
        case EventStatus::Cancelled:
            painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(centre + QPointF(-radius * 0.7, -radius * 0.7),
                             centre + QPointF(radius * 0.7, radius * 0.7));
            painter.drawLine(centre + QPointF(-radius * 0.7, radius * 0.7),
                             centre + QPointF(radius * 0.7, -radius * 0.7));
            break;
        }
    }

    // Legend.
    painter.setFont(caption);
    qreal x = area.left();
    const qreal legendY = rect().bottom() - unit * 0.8;
    for (EventStatus status : enumValues<EventStatus>()) {
        const QColor colour = palette.eventStatus(status);
        const QPointF centre(x + radius, legendY);
        if (status == EventStatus::Held) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(centre, radius, radius);
        } else if (status == EventStatus::Planned) {
            painter.setPen(QPen(colour, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius - 1, radius - 1);
        } else {
            painter.setPen(QPen(colour, 2));
            painter.drawLine(centre + QPointF(-radius * 0.7, -radius * 0.7),
                             centre + QPointF(radius * 0.7, radius * 0.7));
            painter.drawLine(centre + QPointF(-radius * 0.7, radius * 0.7),
                             centre + QPointF(radius * 0.7, -radius * 0.7));
        }
        painter.setPen(pal.color(QPalette::WindowText));
        const QString text = label(status);
        painter.drawText(QPointF(x + radius * 2 + 4, legendY + painter.fontMetrics().ascent() / 2.5), text);
        x += radius * 2 + 4 + painter.fontMetrics().horizontalAdvance(text) + unit;
    }
    // The hatching of quiet months.
    QColor hatch = warningColour();
    hatch.setAlphaF(0.45);
    const QRectF swatch(x, legendY - radius, radius * 2, radius * 2);
    painter.setPen(QPen(hatch, 1));
    painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
    painter.drawRect(swatch);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QPointF(swatch.right() + 4, legendY + painter.fontMetrics().ascent() / 2.5),
                     tr("No event that month"));
}

} // namespace cultivate
