#pragma once

#include "common/planpage.h"

#include <QHash>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace cultivate {

// The community's charter, read-only: every field in sections, a placeholder where nothing is written
// yet, the budget with its total, and the goals.
class CharterPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharterPage)

public:
    explicit CharterPage(QWidget *parent = nullptr);

    // The label that shows a charter field, by key: "name", "domain", "audience", "purpose",
    // "purposeAreas", "valueForMembers", "valueForOrganisation", "scope", "need", "governance",
    // "groundRules", "channels", "workspace", "startDate", "endDate".
    QLabel *field(const QString &key) const { return m_fields.value(key); }

protected:
    void refresh() override;

private:
    QGridLayout *addSection(QVBoxLayout *layout, const QString &title, const QString &objectName);
    void addField(QGridLayout *grid, const QString &key, const QString &caption);
    void showField(const QString &key, const QString &text, const QString &placeholder);
    void showBudget();
    void showGoals();

    QHash<QString, QLabel *> m_fields{};
    QList<QGridLayout *> m_sections{};
    int m_captionWidth = 0;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_budgetLayout = nullptr;
    QWidget *m_budget = nullptr;
    QVBoxLayout *m_goalsLayout = nullptr;
    QWidget *m_goals = nullptr;
};

} // namespace cultivate
