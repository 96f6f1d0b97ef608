// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/formfields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cultivate {

QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (date.isValid())
        edit->setDate(date);
    return edit;
}

QHBoxLayout *optionalDateRow(QCheckBox *check, QDateEdit *edit, const QDate &date, const QDate &fallback)
{
    edit->setDate(date.isValid() ? date : fallback);
    edit->setEnabled(date.isValid());
    check->setChecked(date.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(edit);
    row->addStretch(1);
    return row;
}

QPlainTextEdit *makeTextArea(QWidget *parent, const QString &name, const QString &accessibleName, const QString &text,
                             int lines)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + edit->frameWidth() * 2 + 8);
    return edit;
}

QDialogButtonBox *makeDialogButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void requireText(QDialogButtonBox *buttons, QLineEdit *required)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [ok, required] { ok->setEnabled(!required->text().trimmed().isEmpty()); };
    QObject::connect(required, &QLineEdit::textChanged, ok, update);
    update();
}

} // namespace cultivate
