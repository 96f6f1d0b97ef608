// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cultivate::test {

// What a plan file holds, read through SQLite as the next opener would (a rollback journal left by an
// interrupted write is played back first): whether PRAGMA integrity_check passes, and a digest of
// every row of every table with the schema version.
struct PlanState {
    bool exists = false;
    QString integrity; // "ok" or SQLite's complaint
    QByteArray digest;
};
PlanState readPlanState(const QString &path);

// The figures of one part of the reliability program, printed when it ends.
class Tally {
public:
    explicit Tally(QString name)
        : m_name(std::move(name))
    {
    }
    ~Tally();
    void trial() { ++m_trials; }
    void failure(const QString &what);
    int trials() const { return m_trials; }
    int failures() const { return int(m_failures.size()); }
    const QStringList &details() const { return m_failures; }
    void note(const QString &text) { m_notes << text; }

private:
    QString m_name;
    int m_trials = 0;
    QStringList m_failures;
    QStringList m_notes;
};

// The number of trials of a randomised loop: CULTIVATE_RELIABILITY_TRIALS when set, else `fallback`.
int trialCount(int fallback);

// One run of the real `cultivate` binary, headless.
using Run = ProcessResult; // exitCode -1: the program crashed or was killed
Run runCultivate(const QStringList &arguments);

// The files in `folder`, hidden ones included (sorted).
QStringList filesIn(const QString &folder);

} // namespace cultivate::test
