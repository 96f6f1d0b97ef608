// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/planpage.h"

#include <QHash>

class QHBoxLayout;
class QLabel;

namespace cultivate {

class ReadinessBar;

// The community at a glance: name, period, domain and purpose, a few counts, and the current
// lifecycle stage with its readiness.
class OverviewPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QLabel *addFigure(QHBoxLayout *row, const QString &key, const QString &caption);
    void showText(QLabel *label, const QString &text, const QString &placeholder);
    void showCurrentStage();

    QLabel *m_name = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_purpose = nullptr;
    QHash<QString, QLabel *> m_figures{};
    QLabel *m_stageName = nullptr;
    QLabel *m_stageStatus = nullptr;
    ReadinessBar *m_stageBar = nullptr;
    QLabel *m_stageReadiness = nullptr;
    QLabel *m_stageGuidance = nullptr;
};

} // namespace cultivate
