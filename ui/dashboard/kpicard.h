// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/card.h"

class QLabel;

namespace cultivate {

// One key figure of the dashboard: a caption, the value, and its change against the previous
// period. Clicking it (or Enter/Space when focused) asks for the people or events behind it.
class KpiCard final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    // `key` names the card's widgets for tests: "dashboard-kpi-<key>", "…-value", "…-change".
    KpiCard(const QString &key, const QString &caption, const QString &explanation, QWidget *parent = nullptr);

    // `trend` > 0 is shown as better, < 0 as worse, 0 as neutral.
    void setFigure(const QString &value, const QString &change, int trend);
    // The caption names what the figure is of ("Active in November 2026").
    void setCaption(const QString &caption);
    QString caption() const;
    QString value() const;
    QString change() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateChangeColour();

    QString m_caption{};
    QLabel *m_captionLabel = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    int m_trend = 0;
};

} // namespace cultivate
