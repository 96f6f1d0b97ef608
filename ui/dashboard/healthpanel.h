// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/healthcheck.h"
#include "ui/common/card.h"

class QLabel;
class QVBoxLayout;

namespace cultivate {

// The health check beside the charts: core's verdict, then one row per flag with a severity icon,
// what was found and what to do about it. The thresholds are one click away (Settings…), and a
// flag about people lists them in the page's "Behind the figures" panel.
class HealthPanel final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    // Shows a report; `valid` false shows the panel without a verdict (nothing computed yet).
    void setReport(const HealthReport &report, bool valid = true);
    const HealthReport &report() const { return m_report; }
    QString verdictText() const;

signals:
    void settingsRequested();
    // The members a flag is about should be listed.
    void membersRequested(const cultivate::HealthFlag &flag);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    HealthReport m_report{};
    bool m_valid = false;
    QLabel *m_verdict = nullptr;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace cultivate
