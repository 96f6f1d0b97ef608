// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycle/stageprogress.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;

namespace cultivate {

class StageCard;

// The lifecycle as a horizontal row of stage cards joined by a line, on more rows when the row is
// too narrow for them. One card is selected at a time (click, or Tab and Space); the selection is
// announced with stageSelected().
class StageStepper final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageStepper)

public:
    explicit StageStepper(QWidget *parent = nullptr);

    // `current` indexes `stages` (or -1); `today` decides which stages are overdue.
    void setStages(const QList<StageProgress> &stages, qsizetype current, const QDate &today);
    void setSelectedKind(StageKind kind);
    std::optional<StageKind> selectedKind() const;
    QList<StageCard *> cards() const { return m_cards; }

    // As narrow as one card: the cards flow onto more rows.
    QSize minimumSizeHint() const override;

signals:
    void stageSelected(cultivate::StageKind kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Places the cards in as many columns as fit the width (`force`: also when that is unchanged).
    void arrange(bool force = false);

    QGridLayout *m_layout = nullptr;
    int m_columns = 0;
    QButtonGroup *m_group = nullptr;
    QList<StageCard *> m_cards{};
};

} // namespace cultivate
