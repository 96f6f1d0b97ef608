// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

// Helpers shared by the GUI test programs: finding widgets by objectName, the sidebar's pages,
// per-process settings, and answering the modal dialogs an action opens.
namespace cultivate::test {

// The child widget of `parent` named `name`; the test stops when there is none.
template <class T> T *child(const QObject &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

// Selects the sidebar entry whose page is named `pageName`.
void showPage(QWidget &window, const QString &pageName);

// Each test starts without recent plans, saved geometry or a dark theme. The settings live in a
// folder of this process, so test programs running in parallel do not share them.
void isolateSettings();

// Answers the modal dialogs that open while it lives, one step per dialog, in order: a step gets
// the dialog and must close it (accept or reject). A dialog that opens after the last step is
// rejected and counted as unexpected, so that a test never hangs on a dialog it did not foresee.
// A step runs inside the dialog's event loop, where an exception must not escape into Qt: when a
// step fails a REQUIRE (Catch has recorded the failure by then), the driver catches it, closes the
// dialog and keeps the message; the test checks finished() once the dialog has returned.
class ModalDriver {
public:
    using Step = std::function<void(QWidget *dialog)>;
    explicit ModalDriver(QList<Step> steps);
    ~ModalDriver();
    ModalDriver(const ModalDriver &) = delete;
    ModalDriver &operator=(const ModalDriver &) = delete;

    int answered() const { return m_answered; }
    // The window titles of the dialogs no step was left for.
    QStringList unexpected() const { return m_unexpected; }
    // Steps that stopped on a failed assertion, by their position.
    QStringList failures() const { return m_failures; }
    // True when every step ran to its end and no dialog was unexpected.
    bool finished() const { return m_answered == m_steps.size() && m_unexpected.isEmpty() && m_failures.isEmpty(); }

private:
    void poll();

    QList<Step> m_steps;
    int m_answered = 0;
    QStringList m_unexpected{};
    QStringList m_failures{};
    static constexpr qint64 SettleMs = 250;
    QPointer<QWidget> m_last{};
    QPointer<QWidget> m_seen{};
    QElapsedTimer m_seenFor{};
    QTimer m_timer{};
};

// Steps for common dialogs. Each one fails the check (and closes the dialog) when the dialog is
// not of the expected kind.
ModalDriver::Step chooseFile(const QString &path);         // a QFileDialog: pick `path`
ModalDriver::Step pressButton(const QString &text);        // a QMessageBox: the button with that text
ModalDriver::Step pressStandardButton(int standardButton); // a QMessageBox: e.g. QMessageBox::Yes
ModalDriver::Step chooseItem(int index);                   // a QInputDialog with items: item `index`
ModalDriver::Step acceptDialog(const std::function<void(QWidget *)> &fill = {}); // fill it in, then accept
// A QDialog whose objectName is `name`: fill it in, then accept (another dialog is rejected).
ModalDriver::Step answerDialog(const QString &name, const std::function<void(QDialog &)> &fill);

} // namespace cultivate::test
