// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/desk.h"
#include "ui/common/planpage.h"

#include <QHash>
#include <QSet>

class QLabel;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace cultivate {

class Card;
class DeferredRefresh;
class DeskItemRow;
class ReadinessBar;
class TaskRunner;

// The facilitator's desk (SPEC §10): what to do this week and next, computed in core from the
// plan and its clock — the next events and what they still need, the events waiting for their
// attendance or follow-up, the stage's checklist, the people to reach out to, open surveys and
// check-ins, the health verdict — each one click from where it is done, and marked done or
// snoozed through undo commands. The desk is computed on a worker thread (TaskRunner) with a
// read-only connection of its own, shortly after each change of the plan; marks apply at once.
class OverviewPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // The desk on show (nullptr before the first result) and the items shown as still to do.
    const Desk *desk() const { return m_desk ? &*m_desk : nullptr; }
    QList<DeskItem> openItems() const;
    QList<DeskMark> marks() const { return m_marks; }
    bool isComputing() const;
    const TaskRunner &runner() const { return *m_runner; }

    // What the item's buttons do: open the place where it is done, mark it, snooze it, bring it back.
    void openItem(const QString &key);
    void markDone(const QString &key);
    void snooze(const QString &key, int days);
    void reopen(const QString &key);

    // The pause between a change of the plan and the recomputation.
    static constexpr int DebounceMs = 300;

signals:
    // A new desk is on show.
    void deskShown();
    // The item's place is on another page: the window shows it (the target's record, if any).
    void actionRequested(cultivate::DeskAction action, cultivate::Id target);

protected:
    void refresh() override;

private:
    struct Result;
    QWidget *createHeader(QWidget *parent);
    QWidget *createSummary(QWidget *parent);
    void recompute();
    void startComputing(); // the desk, on the runner
    void showResult(const Result &result);
    void reloadMarks();
    void render();
    void renderSummary();
    Card *addSection(DeskSection section, int count);
    void addRows(QVBoxLayout *layout, const QList<DeskItem> &items, int shown);
    void addComingUp(QVBoxLayout *layout, const QList<DeskItem> &items);
    void addMarked(const QList<DeskItem> &items);
    DeskItemRow *addRow(QVBoxLayout *layout, const DeskItem &item, const std::optional<DeskMark> &mark);
    const DeskItem *findItem(const QString &key) const;
    void importForEvent(Id eventId);
    void importMembers();

    TaskRunner *m_runner = nullptr;
    DeferredRefresh *m_refresh = nullptr; // the desk again after edits, and when shown after them
    const Plan *m_computedPlan = nullptr;
    std::optional<Desk> m_desk{};
    QString m_error{};
    QList<DeskMark> m_marks{};
    QHash<DeskSection, int> m_shownPerSection{}; // rows shown beyond the first few, per section
    bool m_showMarked = false;
    QSet<QString> m_hiddenUntilNextResult{}; // ticked checklist items, until the desk catches up

    QLabel *m_name = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_status = nullptr;
    Card *m_health = nullptr;
    QLabel *m_healthVerdict = nullptr;
    QLabel *m_healthHeadline = nullptr;
    Card *m_stage = nullptr;
    QLabel *m_stageName = nullptr;
    ReadinessBar *m_stageBar = nullptr;
    QLabel *m_stageReadiness = nullptr;
    Card *m_checkIn = nullptr;
    QLabel *m_checkInText = nullptr;
    QWidget *m_sections = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
};

} // namespace cultivate
