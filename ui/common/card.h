// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace cultivate {

// A rounded panel in the palette's base colour with a hairline border: groups one topic of a page.
// Lay out its contents with margins of about one em (see typography.h).
class Card : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)

public:
    explicit Card(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    // The corner radius, relative to the font.
    qreal radius() const;
};

} // namespace cultivate

namespace cultivate {

// A one-pixel horizontal rule in the border colour, for separating rows inside a card.
QWidget *makeRule(QWidget *parent);

} // namespace cultivate
