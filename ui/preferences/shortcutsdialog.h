// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace cultivate {

// Help ▸ Keyboard Shortcuts: every keyboard shortcut of the window, grouped by menu and then by
// page, read from the actions and buttons themselves so that the list cannot drift from them. A
// field filters the list by action or key.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The actions of every menu of `menus` (submenus under their path, "View ▸ Go To") that have a
    // shortcut.
    void addMenus(const QMenuBar &menus);
    // The buttons of `page` with a shortcut of their own (not just the underlined letter), under
    // `title`.
    void addPage(const QString &title, const QWidget &page);

    QTreeWidget *list() const { return m_list; }
    // The shortcut listed for the entry named `text` (without its underline marker), or empty.
    QString shortcutFor(const QString &text) const;

private:
    void addMenu(const QString &path, const QList<QAction *> &actions);
    void addEntry(const QString &group, const QString &text, const QString &keys);
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace cultivate
