// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace cultivate {

// A thin rounded bar that shows a share (0…1) in a colour, e.g. a stage's readiness.
class ReadinessBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessBar)

public:
    explicit ReadinessBar(QWidget *parent = nullptr);

    void setValue(double share, const QColor &colour);
    double value() const { return m_share; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Paints a bar into `rect`; shared with the stage cards.
    static void paintBar(QPainter &painter, const QRectF &rect, double share, const QColor &colour,
                         const QColor &track);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_share = 0.0;
    QColor m_colour{};
};

} // namespace cultivate
