// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/contributiondialog.h"

#include "ui/common/formatting.h"
#include "ui/common/formfields.h"
#include "ui/common/typography.h"
#include "ui/people/membernames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace cultivate {

namespace {

// The members by name, `current` chosen; with `none`, a first item for "nobody" (id 0).
QComboBox *memberCombo(QWidget *parent, const QList<Member> &members, Id current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("member-choice"));
    combo->setAccessibleName(ContributionDialog::tr("Member"));
    QList<Member> sorted = members;
    std::sort(sorted.begin(), sorted.end(),
              [](const Member &a, const Member &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QHash<Id, QString> names = distinctMemberNames(sorted);
    for (const Member &member : std::as_const(sorted))
        combo->addItem(names.value(member.id), member.id);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

// The member the combo's text names, or 0.
Id chosenMember(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

void requireMember(QDialogButtonBox *buttons, QComboBox *combo)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [ok, combo] { ok->setEnabled(chosenMember(combo) > 0); };
    QObject::connect(combo, &QComboBox::currentTextChanged, ok, update);
    update();
}

} // namespace

ContributionDialog::ContributionDialog(const Contribution &contribution, const QList<Member> &members,
                                       const QList<Event> &events, const QList<Resource> &resources, QWidget *parent)
    : QDialog(parent)
    , m_contribution(contribution)
{
    setObjectName(QStringLiteral("contribution-dialog"));
    setWindowTitle(contribution.id == 0 ? tr("New Contribution") : tr("Contribution"));
    auto *form = new QFormLayout;
    m_member = memberCombo(this, members, contribution.memberId);
    form->addRow(tr("&Member:"), m_member);
    m_date = makeDateEdit(this, QStringLiteral("contribution-date"), tr("Date"), contribution.date);
    form->addRow(tr("&Date:"), m_date);
    m_kind = makeEnumCombo(this, QStringLiteral("contribution-kind"), tr("Kind"), contribution.kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("contribution-event"));
    m_event->setAccessibleName(tr("Event"));
    m_event->addItem(tr("No event"), Id(0));
    for (const Event &event : events)
        m_event->addItem(tr("%1 · %2").arg(formatDate(event.start.date()), event.title), event.id);
    m_event->setCurrentIndex(qMax(0, m_event->findData(contribution.eventId.value_or(0))));
    form->addRow(tr("&Event:"), m_event);
    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("contribution-resource"));
    m_resource->setAccessibleName(tr("Resource"));
    m_resource->addItem(tr("No resource"), Id(0));
    for (const Resource &resource : resources)
        m_resource->addItem(resource.title, resource.id);
    m_resource->setCurrentIndex(qMax(0, m_resource->findData(contribution.resourceId.value_or(0))));
    form->addRow(tr("&Resource:"), m_resource);
    m_note = new QLineEdit(contribution.note, this);
    m_note->setObjectName(QStringLiteral("contribution-note"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);

    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireMember(buttons, m_member);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(em(this) * 34, sizeHint().height());
}

Contribution ContributionDialog::contribution() const
{
    Contribution c = m_contribution;
    c.memberId = chosenMember(m_member);
    c.date = m_date->date();
    c.kind = enumValueOf<ContributionKind>(m_kind);
    const Id event = m_event->currentData().toLongLong();
    c.eventId = event > 0 ? OptionalId(event) : std::nullopt;
    const Id resource = m_resource->currentData().toLongLong();
    c.resourceId = resource > 0 ? OptionalId(resource) : std::nullopt;
    c.note = m_note->text().trimmed();
    return c;
}

RecognitionDialog::RecognitionDialog(const Recognition &recognition, const QList<Member> &members, QWidget *parent)
    : QDialog(parent)
    , m_recognition(recognition)
{
    setObjectName(QStringLiteral("recognition-dialog"));
    setWindowTitle(recognition.id == 0 ? tr("New Recognition") : tr("Recognition"));
    auto *form = new QFormLayout;
    m_member = memberCombo(this, members, recognition.memberId);
    form->addRow(tr("&Member:"), m_member);
    m_date = makeDateEdit(this, QStringLiteral("recognition-date"), tr("Date"), recognition.date);
    form->addRow(tr("&Date:"), m_date);
    m_reason = new QLineEdit(recognition.reason, this);
    m_reason->setObjectName(QStringLiteral("recognition-reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. hosted three case clinics"));
    form->addRow(tr("&Reason:"), m_reason);
    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireMember(buttons, m_member);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(em(this) * 34, sizeHint().height());
}

Recognition RecognitionDialog::recognition() const
{
    Recognition r = m_recognition;
    r.memberId = chosenMember(m_member);
    r.date = m_date->date();
    r.reason = m_reason->text().trimmed();
    return r;
}

WeightsDialog::WeightsDialog(const QList<ContributionWeight> &weights, QWidget *parent)
    : QDialog(parent)
    , m_weights(weights)
{
    setObjectName(QStringLiteral("weights-dialog"));
    setWindowTitle(tr("Contribution Weights"));
    auto *intro = makeLabel(tr("How much each kind of contribution counts towards a member's participation level "
                               "(1 to 12). Active members reach 5 in the period, core members 10."),
                            TextStyle::Secondary, this);
    auto *form = new QFormLayout;
    for (const ContributionWeight &weight : std::as_const(m_weights)) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("weight-") + enumKey(weight.kind));
        spin->setAccessibleName(tr("Weight of %1").arg(label(weight.kind).toLower()));
        spin->setRange(1, 12);
        spin->setValue(weight.weight);
        form->addRow(label(weight.kind) + QLatin1Char(':'), spin);
        m_spins.append(spin);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this));
    resize(em(this) * 30, sizeHint().height());
}

QList<ContributionWeight> WeightsDialog::weights() const
{
    QList<ContributionWeight> weights = m_weights;
    for (qsizetype i = 0; i < weights.size(); ++i)
        weights[i].weight = m_spins.at(i)->value();
    return weights;
}

} // namespace cultivate
