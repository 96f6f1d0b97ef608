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
    // One plan year (twelve months from the plan's start month) at a time.
    int yearCount() const;
    int yearIndex() const { return m_yearIndex; }
    void setYearIndex(int index);
    // Shows the plan year holding `date`.
    void showDate(const QDate &date);
    // "Sep 2026 – Aug 2027": the months shown.
    QString rangeLabel() const;
    // The month headers and stage names as last painted (for tests).
    QStringList monthLabels() const { return m_monthLabels; }
    QStringList stageLabels() const { return m_stageLabels; }
    // Where each event of the shown year was last painted (for tests).
    QList<QRectF> eventMarks() const { return m_marks; }
    // The first days of the months with no planned or held event.
    QList<QDate> quietMonths() const;
    // The words under a month without events, for a column `width` pixels wide.
    QString quietLabel(qreal width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int monthCount() const;
    int stageRows() const;
    void describe();

    QDate m_planStart{};
    int m_yearIndex = 0;
    QStringList m_monthLabels{};
    QStringList m_stageLabels{};
    QList<QRectF> m_marks{};
    QList<QPair<QRectF, QString>> m_tips{};
    QDate m_start{};
    QDate m_end{};
    QDate m_today{};
    QList<Stage> m_stages{};
    QList<Event> m_events{};
};

} // namespace cultivate
