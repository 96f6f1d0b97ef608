// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle/stageprogress.h"

#include "core/storage/plan.h"

#include <QHash>

#include <algorithm>

namespace cultivate {

int StageProgress::doneCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem &item) { return item.done; }));
}

double StageProgress::readiness() const
{
    return items.isEmpty() ? 0.0 : double(doneCount()) / double(items.size());
}

bool StageProgress::isOverdue(const QDate &today) const
{
    return stage.plannedEnd.isValid() && stage.plannedEnd < today && stage.status != StageStatus::Done;
}

QList<StageProgress> stageProgress(const QList<Stage> &stages, const QList<ChecklistItem> &items)
{
    QHash<Id, QList<ChecklistItem>> byStage;
    for (const ChecklistItem &item : items)
        byStage[item.stageId].append(item);

    QList<StageProgress> result;
    for (const Stage &stage : stages) {
        StageProgress progress{stage, byStage.value(stage.id)};
        std::stable_sort(progress.items.begin(), progress.items.end(),
                         [](const ChecklistItem &a, const ChecklistItem &b) { return a.position < b.position; });
        result.append(std::move(progress));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const StageProgress &a, const StageProgress &b) { return a.stage.kind < b.stage.kind; });
    return result;
}

Result<QList<StageProgress>> loadStageProgress(const Plan &plan)
{
    auto stages = plan.list<Stage>();
    if (!stages.ok())
        return stages.error();
    auto items = plan.list<ChecklistItem>();
    if (!items.ok())
        return items.error();
    return stageProgress(stages.value(), items.value());
}

qsizetype currentStageIndex(const QList<StageProgress> &stages, const QDate &today)
{
    if (stages.isEmpty())
        return -1;
    const auto firstWhere = [&stages](auto predicate) -> qsizetype {
        const auto it = std::find_if(stages.cbegin(), stages.cend(), predicate);
        return it == stages.cend() ? -1 : std::distance(stages.cbegin(), it);
    };
    if (const auto i = firstWhere([](const StageProgress &s) { return s.stage.status == StageStatus::InProgress; });
        i >= 0)
        return i;
    if (const auto i = firstWhere([&today](const StageProgress &s) {
            return s.stage.status != StageStatus::Done && s.stage.plannedStart.isValid() &&
                   s.stage.plannedEnd.isValid() && s.stage.plannedStart <= today && today <= s.stage.plannedEnd;
        });
        i >= 0)
        return i;
    if (const auto i = firstWhere([](const StageProgress &s) { return s.stage.status != StageStatus::Done; }); i >= 0)
        return i;
    return stages.size() - 1;
}

} // namespace cultivate
