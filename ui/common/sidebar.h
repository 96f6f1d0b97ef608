// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace cultivate {

// The navigation list on the left of the window: one row per page with an icon, on a panel a shade
// apart from the pages, the selected row as a rounded highlight. Colours are taken from the
// application palette when painting, so the panel follows a theme change. Its width follows its
// longest entry. The wash under the mouse shows only once the pointer has moved over the panel since
// the page last changed, so that a row the pointer happens to rest on does not look selected when
// the page is changed from the keyboard or a menu.
class Sidebar final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addPage(const QIcon &icon, const QString &text);
    QSize sizeHint() const override;

    // The panel colour for the current palette.
    static QColor panelColour();
    // The colour of the wash under the mouse.
    static QColor hoverColour();
    // Whether the row under the pointer gets the wash (see above).
    bool showsHover() const { return m_pointerMoved; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateMetrics();

    bool m_pointerMoved = false;
};

} // namespace cultivate
