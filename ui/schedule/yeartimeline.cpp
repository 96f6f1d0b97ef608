// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/yeartimeline.h"

#include "core/charts/palette.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

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
    m_planStart = start.isValid() ? QDate(start.year(), start.month(), 1) : QDate(today.year(), 1, 1);
    m_end = end.isValid() && end > m_planStart ? end : m_planStart.addYears(1).addDays(-1);
    m_stages = stages;
    m_events = events;
    m_today = today;
    m_yearIndex = qBound(0, m_yearIndex, yearCount() - 1);
    m_start = m_planStart.addMonths(12 * m_yearIndex);
    describe();
}

int YearTimeline::yearCount() const
{
    if (!m_planStart.isValid())
        return 1;
    const int months = (m_end.year() - m_planStart.year()) * 12 + m_end.month() - m_planStart.month() + 1;
    return qMax(1, (months + 11) / 12);
}

void YearTimeline::setYearIndex(int index)
{
    index = qBound(0, index, yearCount() - 1);
    if (index == m_yearIndex && m_start == m_planStart.addMonths(12 * index))
        return;
    m_yearIndex = index;
    m_start = m_planStart.addMonths(12 * index);
    describe();
}

void YearTimeline::showDate(const QDate &date)
{
    if (!date.isValid() || !m_planStart.isValid())
        return;
    const int months = (date.year() - m_planStart.year()) * 12 + date.month() - m_planStart.month();
    setYearIndex(months < 0 ? 0 : months / 12);
}

QString YearTimeline::rangeLabel() const
{
    const QDate last = m_start.addMonths(monthCount() - 1);
    return tr("%1 – %2").arg(QLocale().toString(m_start, QStringLiteral("MMM yyyy")),
                             QLocale().toString(last, QStringLiteral("MMM yyyy")));
}

int YearTimeline::stageRows() const
{
    const QDate end = m_start.addMonths(monthCount());
    const auto shown = std::count_if(m_stages.cbegin(), m_stages.cend(), [&](const Stage &stage) {
        return stage.plannedStart.isValid() && stage.plannedEnd.isValid() && stage.plannedStart < end &&
               stage.plannedEnd >= m_start;
    });
    return qMax(1, int(shown));
}

void YearTimeline::describe()
{
    const QList<QDate> quiet = quietMonths();
    QStringList names;
    for (const QDate &month : quiet)
        names << QLocale().toString(month, QStringLiteral("MMMM yyyy"));
    setAccessibleDescription(quiet.isEmpty() ? tr("Every month has an event")
                                             : tr("Months without events: %1").arg(names.join(QStringLiteral(", "))));
    updateGeometry();
    update();
    emit rangeChanged();
}

int YearTimeline::monthCount() const
{
    if (!m_start.isValid())
        return 12;
    return qBound(1, (m_end.year() - m_start.year()) * 12 + m_end.month() - m_start.month() + 1, 12);
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
    return {unit * 60, int(unit * (14 + stageRows() * 1.3))};
}

QSize YearTimeline::minimumSizeHint() const
{
    const int unit = em(this);
    return {unit * 30, int(unit * (14 + stageRows() * 1.3))};
}

bool YearTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        // The last painted is on top: marks before bands.
        for (auto it = m_tips.crbegin(); it != m_tips.crend(); ++it) {
            if (it->first.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), it->second, this, it->first.toAlignedRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
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
    QFont caption = styledFont(TextStyle::Caption);
    const QFontMetricsF captionMetrics(caption);
    const qreal headerHeight = captionMetrics.lineSpacing() * 2 + 4;
    const qreal bandTop = area.top() + headerHeight;
    const qreal bandHeight = unit * 1.3;
    const qreal marksTop = bandTop + bandHeight * stageRows() + unit * 0.8;
    m_tips.clear();
    m_monthLabels.clear();
    m_stageLabels.clear();
    m_marks.clear();
    const qreal marksHeight = qMax<qreal>(unit * 3, area.bottom() - marksTop);
    const qint64 totalDays = qMax<qint64>(1, m_start.daysTo(m_start.addMonths(months)));
    const auto xOf = [&](const QDate &date) {
        return area.left() + area.width() * qBound<qreal>(0, m_start.daysTo(date), totalDays) / totalDays;
    };

    // Month columns: names, separators, and hatching for the quiet ones.
    const QList<QDate> quiet = quietMonths();
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
        // "Jan 2026" on one line when it fits, else the year under the month.
        const QString name = QLocale().toString(month, QStringLiteral("MMM yyyy"));
        const QRectF header(cell.left() + 3, area.top(), cell.width() - 3, headerHeight);
        if (captionMetrics.horizontalAdvance(name) <= header.width())
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, name);
        else
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale().toString(month, QStringLiteral("MMM")) + QLatin1Char('\n') +
                                 QLocale().toString(month, QStringLiteral("yyyy")));
        m_monthLabels << name;
    }

    // Stage bands.
    int row = 0;
    const QDate shownEnd = m_start.addMonths(months);
    for (const Stage &stage : std::as_const(m_stages)) {
        if (!stage.plannedStart.isValid() || !stage.plannedEnd.isValid() || stage.plannedStart >= shownEnd ||
            stage.plannedEnd < m_start)
            continue;
        const qreal y = bandTop + row * bandHeight;
        ++row;
        QRectF band(xOf(stage.plannedStart), y + 2, qMax<qreal>(4, xOf(stage.plannedEnd) - xOf(stage.plannedStart)),
                    bandHeight - 4);
        QColor colour = palette.stage(stage.kind);
        if (stage.status == StageStatus::NotStarted)
            colour.setAlphaF(0.55);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(band, 3, 3);
        // The name inside the band, else beside it where there is room, else elided (the tooltip has it all).
        const QString name = label(stage.kind);
        const qreal needed = captionMetrics.horizontalAdvance(name) + 8;
        QString painted = name;
        if (needed <= band.width()) {
            painter.setPen(Qt::white);
            painter.drawText(band.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
        } else if (band.right() + needed <= area.right()) {
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(band.right() + 4, band.top(), needed, band.height()),
                             Qt::AlignVCenter | Qt::AlignLeft, name);
        } else if (band.left() - needed >= area.left()) {
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(band.left() - needed, band.top(), needed - 4, band.height()),
                             Qt::AlignVCenter | Qt::AlignRight, name);
        } else {
            painter.setPen(Qt::white);
            painted = captionMetrics.elidedText(name, Qt::ElideRight, band.width() - 6);
            painter.drawText(band.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, painted);
        }
        m_stageLabels << painted;
        m_tips.append(
            {band, tr("%1: %2 – %3").arg(name, formatDate(stage.plannedStart), formatDate(stage.plannedEnd))});
    }

    // Today.
    if (m_today >= m_start && m_today <= m_start.addMonths(months)) {
        painter.setPen(QPen(palette.accent(), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(xOf(m_today), bandTop - 2), QPointF(xOf(m_today), marksTop + marksHeight));
    }

    // Event marks, stacked when days collide.
    const qreal radius = unit * 0.38;
    QHash<int, int> stacked;
    // Marks on nearby days stack upwards as far as the height allows.
    const int levels = qMax(1, int((marksHeight - 4) / (radius * 2.3)));
    for (const Event &event : std::as_const(m_events)) {
        const QDate day = event.start.date();
        if (day < m_start || day >= m_start.addMonths(months))
            continue;
        const int bucket = int(xOf(day) / (radius * 2.2));
        const int level = stacked.value(bucket, 0);
        stacked.insert(bucket, level + 1);
        const QPointF centre(xOf(day), marksTop + radius + 2 + (level % levels) * radius * 2.3);
        const QColor colour = palette.eventStatus(event.status);
        m_marks.append(QRectF(centre - QPointF(radius, radius), QSizeF(radius * 2, radius * 2)));
        m_tips.append({m_marks.last(), tr("%1 · %2 · %3").arg(event.title, formatDate(day), label(event.status))});
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
