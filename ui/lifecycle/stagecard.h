// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycle/stageprogress.h"

#include <QAbstractButton>

namespace cultivate {

// One step of the lifecycle stepper: the stage's number and name, its status, planned dates and
// readiness. The current stage has a border in the stage's colour; the selected (checked) card is
// tinted and marked along its bottom edge. An overdue stage says so in the warning colour.
class StageCard final : public QAbstractButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageCard)

public:
    explicit StageCard(QWidget *parent = nullptr);

    void setStage(const StageProgress &progress, int number, bool current, bool overdue);
    StageKind kind() const { return m_progress.stage.kind; }
    bool isCurrent() const { return m_current; }
    bool isOverdue() const { return m_overdue; }

    // The vertical centre of the number badge, where the stepper draws its connecting line.
    int badgeCentreY() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString statusText() const;
    QString datesText() const;
    QString readinessText() const;
    qreal padding() const;
    qreal badgeDiameter() const;

    StageProgress m_progress{};
    int m_number = 1;
    bool m_current = false;
    bool m_overdue = false;
};

} // namespace cultivate
