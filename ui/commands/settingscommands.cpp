// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/settingscommands.h"

#include "core/storage/plan.h"

#include <QCoreApplication>

namespace cultivate {

namespace {

bool isHealthKey(const QString &key)
{
    for (const HealthSettingField &field : HealthSettingsText::fields()) {
        if (field.key == key)
            return true;
    }
    return false;
}

} // namespace

ChangeHealthSettingsCommand::ChangeHealthSettingsCommand(Plan &plan, const HealthSettings &after, QUndoCommand *parent)
    : PlanCommand(
          plan,
          QCoreApplication::translate("cultivate::ChangeHealthSettingsCommand", "Change the health check's thresholds"),
          parent)
    , m_after(after)
{
}

Result<void> ChangeHealthSettingsCommand::replaceRows(const QList<PlanSetting> &rows)
{
    return plan().transaction([&]() -> Result<void> {
        auto current = plan().list<PlanSetting>();
        if (!current.ok())
            return current.error();
        for (const PlanSetting &row : current.value()) {
            if (isHealthKey(row.key))
                CULTIVATE_TRY(plan().remove<PlanSetting>(row.id));
        }
        for (const PlanSetting &row : rows)
            CULTIVATE_TRY(plan().add(row));
        return {};
    });
}

Result<void> ChangeHealthSettingsCommand::apply()
{
    if (!m_captured) {
        auto current = plan().list<PlanSetting>();
        if (!current.ok())
            return current.error();
        for (const PlanSetting &row : current.value()) {
            if (isHealthKey(row.key))
                m_before << row;
        }
        m_captured = true;
    }
    const HealthSettings defaults;
    QList<PlanSetting> rows;
    for (const HealthSettingField &field : HealthSettingsText::fields()) {
        if (m_after.*field.member != defaults.*field.member)
            rows << PlanSetting{0, field.key, m_after.*field.member};
    }
    return replaceRows(rows);
}

Result<void> ChangeHealthSettingsCommand::revert()
{
    return replaceRows(m_before);
}

} // namespace cultivate
