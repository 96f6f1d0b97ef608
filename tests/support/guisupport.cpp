// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guisupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>

namespace cultivate::test {

void showPage(QWidget &window, const QString &pageName)
{
    auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (pages->widget(row)->objectName() == pageName) {
            navigation->setCurrentRow(row);
            REQUIRE(pages->currentWidget()->objectName() == pageName);
            return;
        }
    }
    FAIL("no page named " << pageName.toStdString());
}

void isolateSettings()
{
    static const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

ModalDriver::ModalDriver(QList<Step> steps)
    : m_steps(std::move(steps))
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    m_timer.start();
}

ModalDriver::~ModalDriver()
{
    m_timer.stop();
}

void ModalDriver::poll()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || modal == m_last || !modal->isVisible())
        return;
    // Let a dialog settle before answering it: a file dialog fills its name field and its folder
    // view asynchronously after it is shown, and would overwrite a choice made too early.
    if (modal != m_seen) {
        m_seen = modal;
        m_seenFor.start();
        return;
    }
    if (m_seenFor.elapsed() < SettleMs)
        return;
    m_last = modal;
    if (m_answered < m_steps.size()) {
        // The step runs inside the dialog's own event loop, so nothing may be thrown through Qt.
        const int step = m_answered++;
        try {
            m_steps.at(step)(modal);
        } catch (...) {
            m_failures << QStringLiteral("step %1 (\"%2\") stopped on a failed assertion")
                              .arg(step + 1)
                              .arg(modal->windowTitle());
            if (modal->isVisible()) {
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
        }
        return;
    }
    m_unexpected << modal->windowTitle();
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

namespace {

template <class T> T *expect(QWidget *dialog, const char *kind)
{
    auto *typed = qobject_cast<T *>(dialog);
    if (!typed) {
        FAIL_CHECK("expected " << kind << ", got " << dialog->metaObject()->className() << " \""
                               << dialog->windowTitle().toStdString() << "\"");
        if (auto *other = qobject_cast<QDialog *>(dialog))
            other->reject();
        else
            dialog->close();
    }
    return typed;
}

} // namespace

ModalDriver::Step chooseFile(const QString &path)
{
    return [path](QWidget *dialog) {
        if (auto *files = expect<QFileDialog>(dialog, "a file dialog")) {
            // Typed into the name field, as a person would: selectFile() of a file that does not
            // exist yet is overridden by the dialog's own suggestion.
            files->setDirectory(QFileInfo(path).absolutePath());
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(path).fileName());
            else
                files->selectFile(path);
            CHECK(files->selectedFiles().value(0) == path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected, QDialog's is not
        }
    };
}

ModalDriver::Step pressButton(const QString &text)
{
    return [text](QWidget *dialog) {
        auto *box = expect<QMessageBox>(dialog, "a message box");
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        FAIL_CHECK("no button " << text.toStdString() << " in \"" << box->text().toStdString() << "\"");
        box->reject();
    };
}

ModalDriver::Step pressStandardButton(int standardButton)
{
    return [standardButton](QWidget *dialog) {
        auto *box = expect<QMessageBox>(dialog, "a message box");
        if (!box)
            return;
        if (QAbstractButton *button = box->button(QMessageBox::StandardButton(standardButton))) {
            button->click();
            return;
        }
        FAIL_CHECK("no such standard button in \"" << box->text().toStdString() << "\"");
        box->reject();
    };
}

ModalDriver::Step chooseItem(int index)
{
    return [index](QWidget *dialog) {
        auto *input = expect<QInputDialog>(dialog, "an input dialog");
        if (!input)
            return;
        const QStringList items = input->comboBoxItems();
        CHECK(index < items.size());
        if (index < items.size())
            input->setTextValue(items.at(index));
        input->accept();
    };
}

ModalDriver::Step acceptDialog(const std::function<void(QWidget *)> &fill)
{
    return [fill](QWidget *dialog) {
        auto *typed = expect<QDialog>(dialog, "a dialog");
        if (!typed)
            return;
        if (fill)
            fill(typed);
        typed->accept();
    };
}

ModalDriver::Step answerDialog(const QString &name, const std::function<void(QDialog &)> &fill)
{
    return [name, fill](QWidget *widget) {
        auto *dialog = expect<QDialog>(widget, "a dialog");
        if (!dialog)
            return;
        if (dialog->objectName() != name) {
            FAIL_CHECK("expected the dialog " << name.toStdString() << ", got " << dialog->objectName().toStdString());
            dialog->reject();
            return;
        }
        fill(*dialog);
        dialog->accept();
    };
}

} // namespace cultivate::test
