// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace cultivate {

// What the window shows when no plan is open: start a new community, open a plan, or pick one of
// the recent plans.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newCommunityRequested();
    void openRequested();
    void demoRequested();
    void recentFileActivated(const QString &path);

private:
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
};

} // namespace cultivate
