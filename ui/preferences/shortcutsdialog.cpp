// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/shortcutsdialog.h"

#include "ui/common/typography.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// "&Open…" → "Open…"; "&&" stays one ampersand.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

QString keysText(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcuts-dialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const int unit = em(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcuts-filter"));
    m_filter->setAccessibleName(tr("Filter the shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcuts-list"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(unit * 30, unit * 28);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit / 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void ShortcutsDialog::addMenus(const QMenuBar &menus)
{
    for (QAction *action : menus.actions()) {
        if (action->menu())
            addMenu(withoutMnemonic(action->text()), action->menu()->actions());
    }
}

void ShortcutsDialog::addMenu(const QString &path, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(tr("%1 ▸ %2").arg(path, withoutMnemonic(action->text())), action->menu()->actions());
            continue;
        }
        const QString keys = keysText(action->shortcuts());
        if (!keys.isEmpty())
            addEntry(path, withoutMnemonic(action->text()), keys);
    }
}

void ShortcutsDialog::addPage(const QString &title, const QWidget &page)
{
    for (const QAbstractButton *button : page.findChildren<QAbstractButton *>()) {
        const QKeySequence shortcut = button->shortcut();
        if (shortcut.isEmpty() || shortcut == QKeySequence::mnemonic(button->text()))
            continue;
        addEntry(tr("%1 page").arg(title), withoutMnemonic(button->text()),
                 shortcut.toString(QKeySequence::NativeText));
    }
}

void ShortcutsDialog::addEntry(const QString &group, const QString &text, const QString &keys)
{
    QTreeWidgetItem *parent = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !parent; ++i) {
        if (m_list->topLevelItem(i)->text(0) == group)
            parent = m_list->topLevelItem(i);
    }
    if (!parent) {
        parent = new QTreeWidgetItem(m_list, {group});
        parent->setFirstColumnSpanned(true);
        QFont bold = parent->font(0);
        bold.setBold(true);
        parent->setFont(0, bold);
        parent->setExpanded(true);
    }
    new QTreeWidgetItem(parent, {text, keys});
}

QString ShortcutsDialog::shortcutFor(const QString &text) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->text(0) == text)
                return group->child(j)->text(1);
        }
    }
    return {};
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *entry = group->child(j);
            const bool match = wanted.isEmpty() || entry->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               entry->text(1).contains(wanted, Qt::CaseInsensitive) ||
                               group->text(0).contains(wanted, Qt::CaseInsensitive);
            entry->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace cultivate
