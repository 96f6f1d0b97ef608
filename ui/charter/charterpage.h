// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "ui/common/planpage.h"

#include <QHash>
#include <QMap>

#include <functional>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace cultivate {

// The community's charter as a form: every field of SPEC §3, the budget lines with their total,
// and the goals with their measurements. Every change is an undo command on the plan's stack;
// typing into one field makes one step. Without an undo stack (a read-only plan) nothing is
// editable.
class CharterPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharterPage)

public:
    explicit CharterPage(QWidget *parent = nullptr);

    // The editor of a charter field, by key: "name", "domain", "audience", "purpose",
    // "valueForMembers", "valueForOrganisation", "scope", "need", "governance", "groundRules",
    // "channels", "workspace" (QLineEdit or QPlainTextEdit), "startDate", "endDate" (QDateEdit),
    // "attendanceThreshold" (QDoubleSpinBox); each has the objectName "charter-" + key.
    QWidget *field(const QString &key) const { return m_fields.value(key); }

    // Field ids for merging edits: one per Community member the page edits.
    enum Field {
        NameField,
        DomainField,
        AudienceField,
        PurposeField,
        PurposeAreasField,
        ValueMembersField,
        ValueOrganisationField,
        ScopeField,
        NeedField,
        GovernanceField,
        GroundRulesField,
        ChannelsField,
        WorkspaceField,
        StartField,
        EndField,
        ThresholdField,
    };

protected:
    void refresh() override;

private:
    using TextMember = QString Community::*;
    // A name stays on one line; short texts that may run long wrap and grow; prose gets a box.
    enum class FieldShape { OneLine, Growing, Box };

    QGridLayout *addSection(QVBoxLayout *layout, const QString &title, const QString &objectName);
    void addCaption(QGridLayout *grid, int row, const QString &caption, QWidget *buddy);
    // `undoText` names the change in the undo history ("Edit the charter's purpose").
    void addTextField(QGridLayout *grid, const QString &key, const QString &caption, const QString &undoText,
                      TextMember member, Field field, FieldShape shape);
    void addDateField(QGridLayout *grid, const QString &key, const QString &caption, const QString &undoText,
                      QDate Community::*member, Field field);
    void changeCommunity(const std::function<void(Community &)> &change, const QString &text, Field field);
    void setEditable(bool editable);
    void showBudget();
    void showGoals();
    QWidget *goalEditor(const Goal &goal, const QList<GoalMeasurement> &measurements, QWidget *parent);

    Community m_community{};
    QHash<QString, QWidget *> m_fields{};
    QList<std::function<void()>> m_loaders{};
    QMap<PurposeArea, QCheckBox *> m_areas{};
    QList<QGridLayout *> m_sections{};
    int m_captionWidth = 0;
    bool m_loading = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_budgetLayout = nullptr;
    QWidget *m_budget = nullptr;
    QVBoxLayout *m_goalsLayout = nullptr;
    QWidget *m_goals = nullptr;
    QList<QWidget *> m_addButtons{};
    QString m_budgetSignature{};
    QString m_goalsSignature{};
    QList<std::pair<Id, QString>> m_surveyItems{}; // question id, "survey — question"
};

} // namespace cultivate
