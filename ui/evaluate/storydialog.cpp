// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluate/storydialog.h"

#include "ui/common/formatting.h"
#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// A list of checkable rows, ticked where `linked` holds the row's id.
QListWidget *linkList(const QString &name, const QString &accessible, const QList<std::pair<Id, QString>> &rows,
                      const QList<Id> &linked, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    for (const auto &[id, text] : rows) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumHeight(em(parent) * 8);
    return list;
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace

StoryDialog::StoryDialog(const Story &story, const QList<Member> &members, const QList<Event> &events,
                         const QList<Resource> &resources, QWidget *parent)
    : QDialog(parent)
    , m_story(story)
{
    setObjectName(QStringLiteral("story-dialog"));
    setWindowTitle(story.id == 0 ? tr("New Story") : tr("Story"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(story.title, this);
    m_title->setObjectName(QStringLiteral("story-title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("story-kind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Success story"), static_cast<int>(StoryKind::Success));
    m_kind->addItem(tr("Reflection on a shift in practice"), static_cast<int>(StoryKind::Reflection));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(story.kind)));
    form->addRow(tr("&Kind:"), m_kind);

    m_date = makeDateEdit(this, QStringLiteral("story-date"), tr("Date"),
                          story.date.isValid() ? story.date : QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);

    m_narrative = makeTextArea(this, QStringLiteral("story-narrative"), tr("Narrative"), story.narrative, 6);
    m_narrative->setPlaceholderText(tr("What happened, who was involved, and what changed as a result"));
    form->addRow(tr("&Narrative:"), m_narrative);

    auto *cycles = new QGridLayout;
    int index = 0;
    for (ValueCycle cycle : enumValues<ValueCycle>()) {
        auto *box = new QCheckBox(label(cycle), this);
        box->setObjectName(QStringLiteral("story-cycle-") + enumKey(cycle));
        box->setChecked(story.cycles.contains(cycle));
        cycles->addWidget(box, index / 3, index % 3);
        m_cycles.append(box);
        ++index;
    }
    form->addRow(tr("Value shown:"), cycles);

    m_consent = new QCheckBox(tr("The people in it agreed that it may be &shared in reports"), this);
    m_consent->setObjectName(QStringLiteral("story-consent"));
    m_consent->setChecked(story.consent);
    form->addRow(QString(), m_consent);

    QList<std::pair<Id, QString>> memberRows;
    for (const Member &member : members)
        memberRows.append({member.id, member.name});
    QList<std::pair<Id, QString>> eventRows;
    for (const Event &event : events)
        eventRows.append({event.id, tr("%1 · %2").arg(formatDate(event.start.date()), event.title)});
    QList<std::pair<Id, QString>> resourceRows;
    for (const Resource &resource : resources)
        resourceRows.append({resource.id, resource.title});
    m_members =
        linkList(QStringLiteral("story-members"), tr("Members in the story"), memberRows, story.memberIds, this);
    m_events = linkList(QStringLiteral("story-events"), tr("Events in the story"), eventRows, story.eventIds, this);
    m_resources = linkList(QStringLiteral("story-resources"), tr("Resources in the story"), resourceRows,
                           story.resourceIds, this);
    auto *links = new QGridLayout;
    links->addWidget(makeLabel(tr("Members"), TextStyle::Caption, this), 0, 0);
    links->addWidget(makeLabel(tr("Events"), TextStyle::Caption, this), 0, 1);
    links->addWidget(makeLabel(tr("Resources"), TextStyle::Caption, this), 0, 2);
    links->addWidget(m_members, 1, 0);
    links->addWidget(m_events, 1, 1);
    links->addWidget(m_resources, 1, 2);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireText(buttons, m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(links);
    layout->addWidget(buttons);
    resize(em(this) * 50, sizeHint().height());
}

Story StoryDialog::story() const
{
    Story story = m_story;
    story.title = m_title->text().trimmed();
    story.kind = static_cast<StoryKind>(m_kind->currentData().toInt());
    story.date = m_date->date();
    story.narrative = m_narrative->toPlainText().trimmed();
    story.cycles.clear();
    const auto cycles = enumValues<ValueCycle>();
    for (qsizetype i = 0; i < m_cycles.size(); ++i) {
        if (m_cycles.at(i)->isChecked())
            story.cycles << cycles[size_t(i)];
    }
    story.consent = m_consent->isChecked();
    story.memberIds = checkedIds(m_members);
    story.eventIds = checkedIds(m_events);
    story.resourceIds = checkedIds(m_resources);
    return story;
}

} // namespace cultivate
