// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

namespace cultivate {

// The plan year at a glance: one column per month, the lifecycle stages as coloured bands across
// their planned dates, and each event as a mark on its day: filled when held, a ring when planned,
// a grey cross when cancelled. Months without a planned or held event are hatched: keep the rhythm.
class YearTimeline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearTimeline)

public:
    explicit YearTimeline(QWidget *parent = nullptr);

    void setPlan(const QDate &start, const QDate &end, const QList<Stage> &stages, const QList<Event> &events,
                 const QDate &today);
    // The first days of the months with no planned or held event.
    QList<QDate> quietMonths() const;
    // The words under a month without events, for a column `width` pixels wide.
    QString quietLabel(qreal width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int monthCount() const;

    QDate m_start{};
    QDate m_end{};
    QDate m_today{};
    QList<Stage> m_stages{};
    QList<Event> m_events{};
};

} // namespace cultivate
