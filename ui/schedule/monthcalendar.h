// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QCalendarWidget>
#include <QHash>

namespace cultivate {

// The month calendar of the schedule: each day cell lists the titles of its events, as many as
// fit and then "+N more", elided, with every title in the cell's tooltip.
class MonthCalendar final : public QCalendarWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthCalendar)

public:
    explicit MonthCalendar(QWidget *parent = nullptr);

    void setEvents(const QList<Event> &events);
    // The lines of a day cell with room for `lines` lines: titles, the last "+N more" when some do not fit.
    QStringList cellLines(const QDate &date, int lines) const;
    // The lines last painted in the cell of `date` (for tests), and the cell's tooltip.
    QStringList paintedLines(const QDate &date) const { return m_painted.value(date); }
    QString toolTipOf(const QDate &date) const;

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Event> eventsOn(const QDate &date) const;
    void fitMonthButton();

    QHash<QDate, QList<Event>> m_byDay{};
    mutable QHash<QDate, QStringList> m_painted{};
    mutable QHash<QDate, QRect> m_cells{};
};

} // namespace cultivate
