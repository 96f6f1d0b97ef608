// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/healthcheck.h"
#include "ui/common/card.h"

class QVBoxLayout;

namespace cultivate {

// The health check beside the charts: one row per flag with a severity icon, what was found and
// what to do about it; a reassuring line when nothing is flagged.
class HealthPanel final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    void setFlags(const QList<HealthFlag> &flags);
    QList<HealthFlag> flags() const { return m_flags; }

    // A short title for a rule key ("no_rhythm" -> "No steady rhythm").
    static QString ruleTitle(const QString &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<HealthFlag> m_flags{};
    QVBoxLayout *m_rows = nullptr;
};

} // namespace cultivate
