// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/monthcalendar.h"

#include "ui/common/formatting.h"
#include "ui/common/typography.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>

namespace cultivate {

namespace {

// `text` on one line, or on two (broken between words, the second elided), each at most `width` wide.
QStringList wrapInTwo(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    if (first.isEmpty())
        return {metrics.elidedText(text, Qt::ElideRight, width)};
    return {first, metrics.elidedText(words.mid(used).join(QLatin1Char(' ')), Qt::ElideRight, width)};
}

} // namespace

MonthCalendar::MonthCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    if (auto *view = findChild<QAbstractItemView *>(QStringLiteral("qt_calendar_calendarview"))) {
        view->viewport()->installEventFilter(this);
        view->viewport()->setMouseTracking(true);
    }
    fitMonthButton();
    connect(this, &QCalendarWidget::currentPageChanged, this, [this] { m_cells.clear(); });
}

void MonthCalendar::fitMonthButton()
{
    // The month's name never elides ("May", not "M…"): room for the longest name and the menu arrow.
    auto *button = findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton"));
    if (!button)
        return;
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = qMax(widest, button->fontMetrics().horizontalAdvance(QLocale().standaloneMonthName(month)));
    button->setMinimumWidth(widest + em(button) * 3);
}

void MonthCalendar::setEvents(const QList<Event> &events)
{
    m_byDay.clear();
    for (const Event &event : events)
        m_byDay[event.start.date()].append(event);
    for (QList<Event> &day : m_byDay)
        std::sort(day.begin(), day.end(), [](const Event &a, const Event &b) { return a.start < b.start; });
    updateCells();
}

QList<Event> MonthCalendar::eventsOn(const QDate &date) const
{
    return m_byDay.value(date);
}

QStringList MonthCalendar::cellLines(const QDate &date, int lines) const
{
    const QList<Event> events = eventsOn(date);
    QStringList result;
    if (lines <= 0 || events.isEmpty())
        return result;
    const int shown = events.size() <= lines ? int(events.size()) : lines - 1;
    for (int i = 0; i < shown; ++i)
        result << events.at(i).title;
    if (shown < events.size())
        result << tr("+%1 more").arg(events.size() - shown);
    return result;
}

QString MonthCalendar::toolTipOf(const QDate &date) const
{
    const QList<Event> events = eventsOn(date);
    if (events.isEmpty())
        return {};
    QStringList lines{formatDate(date)};
    for (const Event &event : events)
        lines << tr("%1  %2 · %3")
                     .arg(event.start.time().toString(QStringLiteral("HH:mm")), event.title, label(event.status));
    return lines.join(QLatin1Char('\n'));
}

void MonthCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    m_cells.insert(date, rect);
    painter->save();
    const QPalette &pal = palette();
    const bool selected = date == selectedDate();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool enabled = date >= minimumDate() && date <= maximumDate();
    if (selected)
        painter->fillRect(rect, pal.color(QPalette::Highlight));
    QColor ink = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!inMonth || !enabled)
        ink = pal.color(QPalette::Disabled, QPalette::Text);
    const QRect inner = rect.adjusted(4, 2, -4, -2);
    QFont dayFont = font();
    dayFont.setBold(!eventsOn(date).isEmpty());
    painter->setFont(dayFont);
    painter->setPen(ink);
    const QFontMetrics dayMetrics(dayFont);
    painter->drawText(inner, Qt::AlignTop | Qt::AlignRight, QString::number(date.day()));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics metrics(small);
    const int top = inner.top() + dayMetrics.height();
    const int lines = qMax(0, (inner.bottom() - top) / metrics.height());
    const QStringList texts = cellLines(date, lines);
    QStringList painted;
    painter->setFont(small);
    // When every title has room for two lines, long ones wrap onto a second line before eliding.
    const int total = int(eventsOn(date).size());
    const bool twoLines = total == texts.size() && texts.size() * 2 <= lines;
    int row = 0;
    for (int i = 0; i < texts.size(); ++i) {
        // The titles in the text colour, "+N more" (and other months' days) dimmed.
        const bool more = i == texts.size() - 1 && total > texts.size();
        QColor colour = ink;
        if (more && !selected)
            colour = pal.color(QPalette::Disabled, QPalette::Text);
        painter->setPen(colour);
        const QStringList wrapped = twoLines
                                        ? wrapInTwo(texts.at(i), metrics, inner.width())
                                        : QStringList{metrics.elidedText(texts.at(i), Qt::ElideRight, inner.width())};
        for (const QString &text : wrapped) {
            const QRect line(inner.left(), top + row * metrics.height(), inner.width(), metrics.height());
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
            ++row;
        }
        painted << wrapped.join(QLatin1Char(' '));
    }
    m_painted.insert(date, painted);
    painter->restore();
}

bool MonthCalendar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            if (it.value().contains(pos)) {
                const QString tip = toolTipOf(it.key());
                if (tip.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip,
                                       static_cast<QWidget *>(watched), it.value());
                return true;
            }
        }
    }
    return QCalendarWidget::eventFilter(watched, event);
}

} // namespace cultivate
