// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycle/stageprogress.h"
#include "ui/common/planpage.h"
#include "ui/lifecycle/evidencechoices.h"

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace cultivate {

class ChecklistView;
class ReadinessBar;
class StageStepper;

// The five stages as a stepper, and below it the selected stage: what it is for, its status, dates
// and notes (editable), its readiness and its checklist. Opens on the current stage.
class LifecyclePage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclePage)

public:
    explicit LifecyclePage(QWidget *parent = nullptr);

    StageStepper *stepper() const { return m_stepper; }
    ChecklistView *checklist() const { return m_checklist; }
    void selectStage(StageKind kind);

protected:
    void refresh() override;

private:
    void showStage(StageKind kind);
    void editStage(const std::function<void(Stage &)> &change, const QString &text, int field);
    void setDone(const ChecklistItem &item, bool done);
    void editItem(const ChecklistItem &item);
    void addItem();
    void moveItem(const ChecklistItem &item, int delta);
    void removeItem(const ChecklistItem &item);
    const StageProgress *shownStage() const;

    QList<StageProgress> m_stages{};
    EvidenceChoices m_evidence{};
    const Plan *m_shownPlan = nullptr;
    QDate m_today{};
    StageStepper *m_stepper = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_stageTitle = nullptr;
    QLabel *m_stageStatus = nullptr;
    QLabel *m_stageGuidance = nullptr;
    QPlainTextEdit *m_stageNotes = nullptr;
    QWidget *m_stageEditor = nullptr;
    QComboBox *m_statusEdit = nullptr;
    QDateEdit *m_startEdit = nullptr;
    QDateEdit *m_endEdit = nullptr;
    std::optional<StageKind> m_shownKind{};
    bool m_loading = false;
    ReadinessBar *m_readinessBar = nullptr;
    QLabel *m_readinessText = nullptr;
    ChecklistView *m_checklist = nullptr;
    QLabel *m_noStages = nullptr;
};

} // namespace cultivate
