// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resources/resourcedialog.h"

#include "ui/common/formfields.h"

#include "ui/common/formatting.h"
#include "ui/common/typography.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cultivate {

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

ResourceDialog::ResourceDialog(const Resource &resource, const QList<Member> &members, const QList<Event> &events,
                               const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_resource(resource)
{
    setObjectName(QStringLiteral("resource-dialog"));
    setWindowTitle(resource.id == 0 ? tr("New Resource") : tr("Edit Resource"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_title = new QLineEdit(resource.title, this);
    showFromStart(m_title);
    m_title->setObjectName(QStringLiteral("resource-title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = makeEnumCombo(this, QStringLiteral("resource-kind"), tr("Kind"), resource.kind);
    form->addRow(tr("&Kind:"), m_kind);

    m_location = new QLineEdit(resource.location, this);
    showFromStart(m_location);
    m_location->setObjectName(QStringLiteral("resource-location"));
    m_location->setAccessibleName(tr("Location or link"));
    m_location->setPlaceholderText(tr("https://… or a path to a shared folder"));
    form->addRow(tr("&Location:"), m_location);

    m_author = new QComboBox(this);
    m_author->setObjectName(QStringLiteral("resource-author"));
    m_author->setAccessibleName(tr("Author"));
    m_author->addItem(tr("No author"), Id(0));
    QList<Member> sorted = members;
    std::sort(sorted.begin(), sorted.end(),
              [](const Member &a, const Member &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Member &member : std::as_const(sorted))
        m_author->addItem(member.name, member.id);
    m_author->setCurrentIndex(qMax(0, m_author->findData(resource.authorId.value_or(0))));
    form->addRow(tr("&Author:"), m_author);

    m_hasAdded = new QCheckBox(tr("A&dded on"), this);
    m_hasAdded->setObjectName(QStringLiteral("resource-has-added"));
    m_added = makeDateEdit(this, QStringLiteral("resource-added"), tr("Added date"));
    form->addRow(tr("Added:"), optionalDateRow(m_hasAdded, m_added, resource.addedDate, today));

    m_tags = new QLineEdit(resource.tags.join(QStringLiteral(", ")), this);
    showFromStart(m_tags);
    m_tags->setObjectName(QStringLiteral("resource-tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    form->addRow(tr("Ta&gs:"), m_tags);

    m_visibility = makeEnumCombo(this, QStringLiteral("resource-visibility"), tr("Visibility"), resource.visibility);
    form->addRow(tr("&Visibility:"), m_visibility);

    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("resource-event"));
    m_event->setAccessibleName(tr("Event"));
    m_event->addItem(tr("No event"), Id(0));
    for (const Event &event : events)
        m_event->addItem(tr("%1 · %2").arg(formatDate(event.start.date()), event.title), event.id);
    m_event->setCurrentIndex(qMax(0, m_event->findData(resource.eventId.value_or(0))));
    form->addRow(tr("&Event:"), m_event);

    m_description = makeTextArea(this, QStringLiteral("resource-description"), tr("Description"), resource.description);
    form->addRow(tr("Desc&ription:"), m_description);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("resource-ok"));
    requireText(buttons, m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(em(this) * 32, sizeHint().height());
}

Resource ResourceDialog::resource() const
{
    Resource resource = m_resource;
    // Fields the user did not touch keep their stored text exactly.
    if (m_title->isModified())
        resource.title = m_title->text().simplified();
    resource.kind = enumValueOf<ResourceKind>(m_kind);
    if (m_location->isModified())
        resource.location = m_location->text().trimmed();
    const Id author = m_author->currentData().toLongLong();
    resource.authorId = author > 0 ? OptionalId(author) : std::nullopt;
    resource.addedDate = m_hasAdded->isChecked() ? m_added->date() : QDate();
    if (m_tags->isModified())
        resource.tags = parseTags(m_tags->text());
    resource.visibility = enumValueOf<Visibility>(m_visibility);
    const Id event = m_event->currentData().toLongLong();
    resource.eventId = event > 0 ? OptionalId(event) : std::nullopt;
    if (m_description->document()->isModified())
        resource.description = m_description->toPlainText().trimmed();
    return resource;
}

} // namespace cultivate
