// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/formfields.h"

#include "ui/common/formatting.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QtMath>

namespace cultivate {

namespace {

// A date typed as it is shown ("11 Feb 2026") is the date set. Qt's date edit rejects a key that
// would replace every section at once (as after Tab, which selects the whole text), so the typing
// starts at the first section; and when a section is complete it moves on by itself, so the
// separator typed next must not skip the following section too.
class DateEdit final : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const QString text = event->text();
        const bool typing = !text.isEmpty() && text.at(0).isLetterOrNumber();
        const bool separator = !text.isEmpty() && !typing && text.at(0).isPrint();
        if (separator && m_movedOn) {
            m_movedOn = false;
            event->accept();
            return;
        }
        if (typing && lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text())
            setSelectedSection(sectionAt(0));
        const int section = currentSectionIndex();
        QDateEdit::keyPressEvent(event);
        m_movedOn = typing && currentSectionIndex() != section;
    }

private:
    bool m_movedOn = false;
};

} // namespace

QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QDate &date)
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
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

namespace {

// Fits its height to its wrapped text whenever the text or the width changes.
class GrowingTextArea final : public QPlainTextEdit {
public:
    explicit GrowingTextArea(QWidget *parent)
        : QPlainTextEdit(parent)
    {
        setTabChangesFocus(true);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextArea::fitHeight);
        fitHeight();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        fitHeight();
    }

private:
    void fitHeight()
    {
        qreal lines = 0;
        const QAbstractTextDocumentLayout *layout = document()->documentLayout();
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
            lines += layout->blockBoundingRect(block).height();
        const QMargins margins = viewportMargins();
        const int text = qMax(qCeil(lines), fontMetrics().lineSpacing());
        const int height =
            text + qCeil(document()->documentMargin() * 2) + frameWidth() * 2 + margins.top() + margins.bottom();
        if (height != this->height())
            setFixedHeight(height);
        verticalScrollBar()->setValue(0);
    }
};

} // namespace

QPlainTextEdit *makeGrowingTextArea(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new GrowingTextArea(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void showFromStart(QLineEdit *edit)
{
    edit->setCursorPosition(0);
    edit->setToolTip(edit->text());
    if (edit->property("showsFromStart").toBool())
        return;
    edit->setProperty("showsFromStart", true);
    QObject::connect(edit, &QLineEdit::textChanged, edit, &QWidget::setToolTip);
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
