// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/welcome/welcomepage.h"

#include "ui/common/typography.h"
#include "ui/welcome/recentfiledelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("page-welcome"));
    const int unit = em(this);

    auto *column = new QWidget(this);
    column->setMaximumWidth(unit * 36);
    column->setMinimumWidth(unit * 24);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);

    auto *title = makeLabel(tr("Cultivate"), TextStyle::Title, column);
    title->setObjectName(QStringLiteral("welcome-title"));
    layout->addWidget(title);
    layout->addWidget(makeLabel(tr("Plan, run and report on a community of practice. Each community lives in one "
                                   "file on this computer."),
                                TextStyle::Secondary, column));
    layout->addSpacing(unit);

    m_new = new QPushButton(tr("&New Community…"), column);
    m_new->setObjectName(QStringLiteral("welcome-new"));
    m_new->setAccessibleName(tr("New community"));
    m_new->setDefault(true);
    m_open = new QPushButton(tr("&Open…"), column);
    m_open->setObjectName(QStringLiteral("welcome-open"));
    m_open->setAccessibleName(tr("Open a plan"));
    m_demo = new QPushButton(tr("Open a &Demo Community"), column);
    m_demo->setObjectName(QStringLiteral("welcome-demo"));
    m_demo->setAccessibleName(tr("Open a demo community"));
    m_demo->setToolTip(tr("A made-up community with a year of events, members and surveys, to try Cultivate"));
    for (QPushButton *button : {m_new, m_open, m_demo}) {
        button->setMinimumHeight(qRound(unit * 2.0));
        button->setMinimumWidth(button->sizeHint().width() + unit);
    }
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(unit / 2);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(unit * 3 / 2);

    auto *recentHeading = makeLabel(tr("Recent plans"), TextStyle::Subheading, column);
    layout->addWidget(recentHeading);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("welcome-recent"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_recent->setItemDelegate(new RecentFileDelegate(m_recent));
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_recent->setMouseTracking(true);
    recentHeading->setBuddy(m_recent);
    layout->addWidget(m_recent);
    m_noRecent = makeLabel(tr("Plans you open will be listed here."), TextStyle::Secondary, column);
    m_noRecent->setObjectName(QStringLiteral("welcome-no-recent"));
    layout->addWidget(m_noRecent);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(unit * 2, unit * 2, unit * 2, unit * 2);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newCommunityRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentFileActivated(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleDescriptionRole, QDir::toNativeSeparators(path));
    }
    // As tall as its rows: the list holds at most a handful of plans.
    int height = m_recent->frameWidth() * 2;
    for (int row = 0; row < m_recent->count(); ++row)
        height += m_recent->sizeHintForRow(row);
    m_recent->setFixedHeight(height);
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace cultivate
