// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/eventdialog.h"

#include "ui/common/formatting.h"
#include "ui/common/formfields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cultivate {

EventDialog::EventDialog(const Event &event, const QList<Stage> &stages, bool offerRepeat, const QDate &planEnd,
                         QWidget *parent)
    : QDialog(parent)
    , m_event(event)
{
    setObjectName(QStringLiteral("event-dialog"));
    setWindowTitle(event.id == 0 ? tr("New Event") : tr("Edit Event"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(event.title, this);
    m_title->setObjectName(QStringLiteral("event-title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = makeEnumCombo(this, QStringLiteral("event-kind"), tr("Kind"), event.kind);
    form->addRow(tr("&Kind:"), m_kind);

    m_start = new QDateTimeEdit(event.start, this);
    m_start->setObjectName(QStringLiteral("event-start"));
    m_start->setAccessibleName(tr("Starts"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateFormat() + QStringLiteral(" HH:mm"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("event-duration"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(event.durationMinutes);
    auto *when = new QHBoxLayout;
    when->addWidget(m_start);
    when->addWidget(new QLabel(tr("for"), this));
    when->addWidget(m_duration);
    when->addStretch(1);
    // A row holding a layout gets no buddy from QFormLayout: give its label one, so "&S" works and no
    // "&" shows.
    auto *startsLabel = new QLabel(tr("&Starts:"), this);
    startsLabel->setBuddy(m_start);
    form->addRow(startsLabel, when);

    m_location = new QLineEdit(event.location, this);
    m_location->setObjectName(QStringLiteral("event-location"));
    m_location->setAccessibleName(tr("Location or link"));
    form->addRow(tr("&Where:"), m_location);
    m_topic = new QLineEdit(event.topic, this);
    m_topic->setObjectName(QStringLiteral("event-topic"));
    m_topic->setAccessibleName(tr("Topic"));
    form->addRow(tr("To&pic:"), m_topic);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("event-stage"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("No stage"), Id(0));
    for (const Stage &stage : stages)
        m_stage->addItem(label(stage.kind), stage.id);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(event.stageId.value_or(0))));
    form->addRow(tr("Sta&ge:"), m_stage);

    m_status = makeEnumCombo(this, QStringLiteral("event-status"), tr("Status"), event.status);
    form->addRow(tr("St&atus:"), m_status);

    m_agenda = makeTextArea(this, QStringLiteral("event-agenda"), tr("Agenda"), event.agenda);
    form->addRow(tr("A&genda:"), m_agenda);
    m_notes = makeTextArea(this, QStringLiteral("event-notes"), tr("Notes"), event.notes);
    form->addRow(tr("&Notes:"), m_notes);

    if (offerRepeat) {
        m_repeat = new QComboBox(this);
        m_repeat->setObjectName(QStringLiteral("event-repeat"));
        m_repeat->setAccessibleName(tr("Repeats"));
        m_repeat->addItem(tr("Does not repeat"), -1);
        m_repeat->addItem(tr("Every week"), static_cast<int>(Recurrence::Weekly));
        m_repeat->addItem(tr("Every few weeks"), static_cast<int>(Recurrence::EveryNWeeks));
        m_repeat->addItem(tr("Monthly, on the same weekday (e.g. 2nd Tuesday)"),
                          static_cast<int>(Recurrence::MonthlyNthWeekday));
        m_repeat->addItem(tr("Monthly, on the same day"), static_cast<int>(Recurrence::MonthlyDay));
        m_interval = new QSpinBox(this);
        m_interval->setObjectName(QStringLiteral("event-interval"));
        m_interval->setAccessibleName(tr("Weeks between"));
        m_interval->setRange(2, 12);
        m_interval->setPrefix(tr("every "));
        m_interval->setSuffix(tr(" weeks"));
        m_until = new QDateEdit(planEnd.isValid() ? planEnd : event.start.date().addYears(1), this);
        m_until->setObjectName(QStringLiteral("event-until"));
        m_until->setAccessibleName(tr("Repeat until"));
        m_until->setCalendarPopup(true);
        m_until->setDisplayFormat(dateFormat());
        auto *repeat = new QHBoxLayout;
        repeat->addWidget(m_repeat);
        repeat->addWidget(m_interval);
        repeat->addWidget(new QLabel(tr("until"), this));
        repeat->addWidget(m_until);
        auto *repeatsLabel = new QLabel(tr("&Repeats:"), this);
        repeatsLabel->setBuddy(m_repeat);
        form->addRow(repeatsLabel, repeat);
        connect(m_repeat, &QComboBox::currentIndexChanged, this, &EventDialog::updateRepeat);
        updateRepeat();
    }

    QDialogButtonBox *buttons = makeDialogButtons(this);
    requireText(buttons, m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void EventDialog::updateRepeat()
{
    const int rule = m_repeat->currentData().toInt();
    m_interval->setVisible(rule == static_cast<int>(Recurrence::EveryNWeeks));
    m_until->setEnabled(rule >= 0);
}

Event EventDialog::event() const
{
    Event event = m_event;
    event.title = m_title->text().trimmed();
    event.kind = enumValueOf<EventKind>(m_kind);
    event.start = m_start->dateTime();
    event.durationMinutes = m_duration->value();
    event.location = m_location->text().trimmed();
    event.topic = m_topic->text().trimmed();
    const Id stage = m_stage->currentData().toLongLong();
    event.stageId = stage > 0 ? OptionalId(stage) : std::nullopt;
    event.status = enumValueOf<EventStatus>(m_status);
    event.agenda = m_agenda->toPlainText();
    event.notes = m_notes->toPlainText();
    return event;
}

std::optional<Series> EventDialog::series() const
{
    if (!m_repeat || m_repeat->currentData().toInt() < 0)
        return std::nullopt;
    const QDate first = m_start->date();
    Series series;
    series.rule = static_cast<Recurrence>(m_repeat->currentData().toInt());
    series.interval = series.rule == Recurrence::EveryNWeeks ? m_interval->value() : 1;
    series.weekday = first.dayOfWeek();
    series.weekOfMonth = (first.day() - 1) / 7 + 1;
    series.dayOfMonth = first.day();
    series.until = m_until->date();
    return series;
}

} // namespace cultivate
