// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBoxLayout>
#include <QLayout>
#include <QList>

namespace cultivate {

// A row of widgets (a page's buttons) that wraps onto further lines when it is narrower than their
// sum, left to right in the reading direction, so that a narrow window or a large font reflows the
// row instead of scrolling the page sideways. Its minimum width is its widest item.
class FlowLayout final : public QLayout {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items{};
};

// Groups side by side (a page's buttons, then its search and filters) where the width holds them all
// on one line, else one below the other; its minimum width is its widest group's, its preferred
// width the one line's (also while stacked, so that a row holding it offers that width back). Items
// are added as to a QHBoxLayout, stretch included.
class StackingRow final : public QBoxLayout {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackingRow)

public:
    StackingRow();

    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // The width the groups need side by side, at their preferred sizes.
    int oneLineWidth() const;
};

} // namespace cultivate
