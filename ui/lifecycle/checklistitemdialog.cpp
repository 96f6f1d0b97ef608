#include "checklistitemdialog.h"

#include "common/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cultivate {

ChecklistItemDialog::ChecklistItemDialog(const ChecklistItem &item, const QList<Event> &events, const QDate &today,
                                         QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("checklist-item-dialog"));
    setWindowTitle(item.id == 0 ? tr("New Checklist Item") : tr("Checklist Item"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("checklist-dialog-title"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setReadOnly(item.builtIn);
    form->addRow(tr("&Title:"), m_title);

    const auto dateRow = [this](QCheckBox *check, QDateEdit *edit, const QDate &date, const QDate &fallback) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(date.isValid() ? date : fallback);
        edit->setEnabled(date.isValid());
        check->setChecked(date.isValid());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit);
        row->addStretch(1);
        return row;
    };
    m_hasDue = new QCheckBox(tr("&Due"), this);
    m_hasDue->setObjectName(QStringLiteral("checklist-dialog-has-due"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("checklist-dialog-due"));
    m_due->setAccessibleName(tr("Due date"));
    form->addRow(tr("Due date:"), dateRow(m_hasDue, m_due, item.dueDate, today));

    m_done = new QCheckBox(tr("D&one on"), this);
    m_done->setObjectName(QStringLiteral("checklist-dialog-done"));
    m_doneDate = new QDateEdit(this);
    m_doneDate->setObjectName(QStringLiteral("checklist-dialog-done-date"));
    m_doneDate->setAccessibleName(tr("Done date"));
    form->addRow(tr("Done:"), dateRow(m_done, m_doneDate,
                                      item.done ? (item.doneDate.isValid() ? item.doneDate : today) : QDate(), today));

    m_evidence = new QPlainTextEdit(item.evidenceNote, this);
    m_evidence->setObjectName(QStringLiteral("checklist-dialog-evidence"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("What shows this is done: a decision, a document, a number…"));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Evidence:"), m_evidence);

    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("checklist-dialog-event"));
    m_event->setAccessibleName(tr("Evidence event"));
    m_event->addItem(tr("No event"), Id(0));
    for (const Event &event : events)
        m_event->addItem(tr("%1 · %2").arg(formatDate(event.start.date()), event.title), event.id);
    m_event->setCurrentIndex(qMax(0, m_event->findData(item.evidenceEventId.value_or(0))));
    form->addRow(tr("E&vent:"), m_event);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

ChecklistItem ChecklistItemDialog::item() const
{
    ChecklistItem item = m_item;
    item.title = m_title->text().trimmed();
    item.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    item.done = m_done->isChecked();
    item.doneDate = item.done ? m_doneDate->date() : QDate();
    item.evidenceNote = m_evidence->toPlainText().trimmed();
    const Id event = m_event->currentData().toLongLong();
    item.evidenceEventId = event > 0 ? OptionalId(event) : std::nullopt;
    return item;
}

} // namespace cultivate
