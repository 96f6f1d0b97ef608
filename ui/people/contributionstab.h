// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace cultivate {

class ContributionModel;
class Plan;
class PlanPage;

// The contributions log (posts, questions, answers, resources shared, presentations, hosting,
// mentoring, stories) with the weights of each kind, and the recognitions given to members. Every
// change is an undo command run through the owning page. Rows load the first time it is shown, on a
// worker thread for a plan file (a busy bar shows meanwhile; see ContributionModel).
class ContributionsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionsTab)

public:
    explicit ContributionsTab(PlanPage *owner, QWidget *parent = nullptr);

    ContributionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Follows the owner's plan; loads rows only while visible.
    void refresh();
    // True while the log's rows are being read.
    bool isLoading() const;

    void addContribution();
    void editContribution();
    void removeContribution();
    void editWeights();
    void addRecognition();
    void removeRecognition();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<Contribution> selectedContribution() const;
    void showRecognitions();
    void updateSummary();

    PlanPage *m_owner = nullptr;
    Plan *m_modelPlan = nullptr;
    ContributionModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QList<QPushButton *> m_buttons{};
    QTableWidget *m_recognitions = nullptr;
};

} // namespace cultivate
