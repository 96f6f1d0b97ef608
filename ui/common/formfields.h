// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QComboBox>
#include <QDate>
#include <QString>

class QCheckBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QHBoxLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// The fields of the editing dialogs, built one way so that every dialog looks and behaves alike.
// Each field gets the objectName tests find it by and the accessible name screen readers say.
namespace cultivate {

// A date field written as formatDate() writes dates, with a calendar pop-up, showing `date` when it is valid.
QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QDate &date = {});

// An optional date: `check` switches `edit` on; an unset date offers `fallback`.
QHBoxLayout *optionalDateRow(QCheckBox *check, QDateEdit *edit, const QDate &date, const QDate &fallback);

// A plain-text box `lines` high where Tab moves on instead of typing a tab.
QPlainTextEdit *makeTextArea(QWidget *parent, const QString &name, const QString &accessibleName,
                             const QString &text = {}, int lines = 4);

// A plain-text box for text that is usually one line: it wraps long text and grows to show all of
// it, so the text reads from its start. Tab moves on.
QPlainTextEdit *makeGrowingTextArea(QWidget *parent, const QString &name, const QString &accessibleName);

// Shows `edit`'s text from its start (a line edit given text scrolls to its end), with the whole
// text in its tooltip. Call again after setText().
void showFromStart(QLineEdit *edit);

// A list of every value of E with its label, `current` chosen; the value is the item's data (int).
template <class E>
QComboBox *makeEnumCombo(QWidget *parent, const QString &name, const QString &accessibleName, E current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    for (E value : enumValues<E>())
        combo->addItem(label(value), static_cast<int>(value));
    combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
    return combo;
}

template <class E> E enumValueOf(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

// OK and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox *makeDialogButtons(QDialog *dialog);
// Keeps the OK button of `buttons` enabled only while `required` holds more than spaces.
void requireText(QDialogButtonBox *buttons, QLineEdit *required);

} // namespace cultivate
