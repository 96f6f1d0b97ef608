// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/renewal/renewal.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace cultivate {

class TaskRunner;

// Renews the open plan for another year: the new year's start and file, what carries over and what
// stays, then the renewal itself on a worker thread (with a busy bar and Cancel). Accepted once the
// new plan exists; summary() says what it holds.
class RenewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewDialog)

public:
    RenewDialog(const Plan &plan, QWidget *parent = nullptr);
    ~RenewDialog() override;

    QString path() const;
    QDate start() const;
    const RenewalSummary &summary() const { return m_summary; }

public slots:
    void accept() override;
    void reject() override;

private:
    void chooseFile();
    void finished(const Result<RenewalSummary> &result);
    void setRunning(bool running);

    QString m_sourcePath;
    QDate m_sourceStart;
    QDateEdit *m_start = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    TaskRunner *m_runner = nullptr;
    RenewalSummary m_summary{};
};

} // namespace cultivate
