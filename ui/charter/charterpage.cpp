#include "charterpage.h"

#include "common/card.h"
#include "common/formatting.h"
#include "common/typography.h"
#include "storage/plan.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cultivate {

CharterPage::CharterPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::BudgetLine, EntityKind::Goal}, parent)
{
    setObjectName(QStringLiteral("page-charter"));
    const int unit = em(this);

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 64);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit * 2, unit * 3 / 2, unit * 2, unit * 2);
    layout->setSpacing(unit);

    auto *header = new QVBoxLayout;
    header->setSpacing(unit / 4);
    m_title = makeLabel({}, TextStyle::Title, content);
    m_title->setObjectName(QStringLiteral("charter-title"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = makeLabel({}, TextStyle::Secondary, content);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    layout->addLayout(header);

    QGridLayout *identity = addSection(layout, tr("Community"), QStringLiteral("charter-community"));
    addField(identity, QStringLiteral("name"), tr("Name"));
    addField(identity, QStringLiteral("domain"), tr("Domain"));
    addField(identity, QStringLiteral("audience"), tr("Audience"));

    QGridLayout *purpose = addSection(layout, tr("Purpose"), QStringLiteral("charter-purpose"));
    addField(purpose, QStringLiteral("purpose"), tr("Purpose"));
    addField(purpose, QStringLiteral("purposeAreas"), tr("Purpose areas"));
    addField(purpose, QStringLiteral("need"), tr("Need"));
    addField(purpose, QStringLiteral("scope"), tr("Scope"));

    QGridLayout *value = addSection(layout, tr("Value"), QStringLiteral("charter-value"));
    addField(value, QStringLiteral("valueForMembers"), tr("For members"));
    addField(value, QStringLiteral("valueForOrganisation"), tr("For the organisation"));

    QGridLayout *working = addSection(layout, tr("How the community works"), QStringLiteral("charter-working"));
    addField(working, QStringLiteral("governance"), tr("Governance"));
    addField(working, QStringLiteral("groundRules"), tr("Ground rules"));
    addField(working, QStringLiteral("channels"), tr("Channels"));
    addField(working, QStringLiteral("workspace"), tr("Workspace"));

    QGridLayout *dates = addSection(layout, tr("Dates"), QStringLiteral("charter-dates"));
    addField(dates, QStringLiteral("startDate"), tr("Starts"));
    addField(dates, QStringLiteral("endDate"), tr("Ends"));

    QGridLayout *budget = addSection(layout, tr("Budget"), QStringLiteral("charter-budget"));
    m_budgetLayout = new QVBoxLayout;
    m_budgetLayout->setContentsMargins(0, 0, 0, 0);
    budget->addLayout(m_budgetLayout, 0, 0, 1, 2);

    QGridLayout *goals = addSection(layout, tr("Goals"), QStringLiteral("charter-goals"));
    m_goalsLayout = new QVBoxLayout;
    m_goalsLayout->setContentsMargins(0, 0, 0, 0);
    goals->addLayout(m_goalsLayout, 0, 0, 1, 2);
    m_sections.removeLast();
    m_sections.removeLast();
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("charter-scroll"));
    scroll->setAccessibleName(tr("Charter"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QGridLayout *CharterPage::addSection(QVBoxLayout *layout, const QString &title, const QString &objectName)
{
    const int unit = em(this);
    auto *card = new Card;
    card->setObjectName(objectName);
    auto *box = new QVBoxLayout(card);
    box->setContentsMargins(unit * 5 / 4, unit, unit * 5 / 4, unit * 5 / 4);
    box->setSpacing(unit * 3 / 4);
    box->addWidget(makeLabel(title, TextStyle::Heading, card));
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(unit * 3 / 2);
    grid->setVerticalSpacing(unit * 3 / 4);
    grid->setColumnStretch(1, 1);
    box->addLayout(grid);
    layout->addWidget(card);
    m_sections.append(grid);
    return grid;
}

void CharterPage::addField(QGridLayout *grid, const QString &key, const QString &caption)
{
    const int row = grid->rowCount();
    auto *captionLabel = makeLabel(caption, TextStyle::Caption, grid->parentWidget());
    captionLabel->setWordWrap(false);
    auto *value = makeLabel({}, TextStyle::Body, grid->parentWidget());
    value->setObjectName(QStringLiteral("charter-") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(caption);
    captionLabel->setBuddy(value);
    grid->addWidget(captionLabel, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1);
    m_fields.insert(key, value);

    // One caption column width for every section, so that the values line up down the page.
    m_captionWidth = qMax(m_captionWidth, captionLabel->sizeHint().width());
    for (QGridLayout *section : std::as_const(m_sections))
        section->setColumnMinimumWidth(0, m_captionWidth);
}

void CharterPage::showField(const QString &key, const QString &text, const QString &placeholder)
{
    QLabel *value = m_fields.value(key);
    const bool empty = text.trimmed().isEmpty();
    value->setText(empty ? placeholder : text);
    QFont font = styledFont(TextStyle::Body);
    font.setItalic(empty);
    value->setFont(font);
    value->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);
}

void CharterPage::refresh()
{
    Community community;
    if (plan()) {
        if (auto loaded = plan()->community(); loaded.ok())
            community = loaded.value();
    }
    const QString notWritten = tr("Not written yet");
    const QString notSet = tr("Not set");
    m_title->setText(community.name.isEmpty() ? tr("Charter") : community.name);
    const QString period = formatPeriod(community.startDate, community.endDate);
    m_subtitle->setText(period.isEmpty() ? tr("Charter") : tr("Charter · %1").arg(period));

    showField(QStringLiteral("name"), community.name, notWritten);
    showField(QStringLiteral("domain"), community.domain, notWritten);
    showField(QStringLiteral("audience"), community.audience, notWritten);
    showField(QStringLiteral("purpose"), community.purpose, notWritten);
    QStringList areas;
    for (PurposeArea area : community.purposeAreas)
        areas << label(area);
    showField(QStringLiteral("purposeAreas"), areas.join(QStringLiteral(", ")), tr("None chosen yet"));
    showField(QStringLiteral("need"), community.need, notWritten);
    showField(QStringLiteral("scope"), community.scope, notWritten);
    showField(QStringLiteral("valueForMembers"), community.valueForMembers, notWritten);
    showField(QStringLiteral("valueForOrganisation"), community.valueForOrganisation, notWritten);
    showField(QStringLiteral("governance"), community.governance, notWritten);
    showField(QStringLiteral("groundRules"), community.groundRules, notWritten);
    showField(QStringLiteral("channels"), community.channels, notWritten);
    showField(QStringLiteral("workspace"), community.workspace, notWritten);
    showField(QStringLiteral("startDate"), formatDate(community.startDate), notSet);
    showField(QStringLiteral("endDate"), formatDate(community.endDate), notSet);
    showBudget();
    showGoals();
}

void CharterPage::showBudget()
{
    delete m_budget;
    m_budget = new QWidget;
    m_budget->setObjectName(QStringLiteral("charter-budget-lines"));
    m_budgetLayout->addWidget(m_budget);
    auto *grid = new QGridLayout(m_budget);
    const int unit = em(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(unit * 3 / 2);
    grid->setVerticalSpacing(unit / 2);
    grid->setColumnStretch(1, 1);

    QList<BudgetLine> lines;
    if (plan()) {
        if (auto loaded = plan()->list<BudgetLine>(); loaded.ok())
            lines = loaded.value();
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const BudgetLine &a, const BudgetLine &b) { return a.position < b.position; });
    if (lines.isEmpty()) {
        grid->addWidget(makeLabel(tr("No budget lines yet."), TextStyle::Secondary, m_budget), 0, 0, 1, 3);
        return;
    }
    grid->addWidget(makeLabel(tr("Item"), TextStyle::Caption, m_budget), 0, 0);
    grid->addWidget(makeLabel(tr("Notes"), TextStyle::Caption, m_budget), 0, 1);
    auto *amountHeader = makeLabel(tr("Amount"), TextStyle::Caption, m_budget);
    amountHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(amountHeader, 0, 2);
    double total = 0.0;
    int row = 1;
    for (const BudgetLine &line : std::as_const(lines)) {
        grid->addWidget(makeLabel(line.label, TextStyle::Body, m_budget), row, 0, Qt::AlignTop);
        grid->addWidget(makeLabel(line.notes, TextStyle::Secondary, m_budget), row, 1, Qt::AlignTop);
        auto *amount = makeLabel(formatAmount(line.amount), TextStyle::Body, m_budget);
        amount->setAlignment(Qt::AlignRight | Qt::AlignTop);
        amount->setWordWrap(false);
        grid->addWidget(amount, row, 2, Qt::AlignTop | Qt::AlignRight);
        total += line.amount;
        ++row;
    }
    grid->addWidget(makeRule(m_budget), row++, 0, 1, 3);
    grid->addWidget(makeLabel(tr("Total"), TextStyle::Strong, m_budget), row, 0);
    auto *totalLabel = makeLabel(formatAmount(total), TextStyle::Strong, m_budget);
    totalLabel->setObjectName(QStringLiteral("charter-budget-total"));
    totalLabel->setWordWrap(false);
    totalLabel->setAlignment(Qt::AlignRight);
    grid->addWidget(totalLabel, row, 2, Qt::AlignRight);
}

void CharterPage::showGoals()
{
    delete m_goals;
    m_goals = new QWidget;
    m_goals->setObjectName(QStringLiteral("charter-goal-list"));
    m_goalsLayout->addWidget(m_goals);
    auto *layout = new QVBoxLayout(m_goals);
    const int unit = em(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit * 3 / 4);

    QList<Goal> goals;
    if (plan()) {
        if (auto loaded = plan()->list<Goal>(); loaded.ok())
            goals = loaded.value();
    }
    if (goals.isEmpty()) {
        layout->addWidget(makeLabel(tr("No goals set yet."), TextStyle::Secondary, m_goals));
        return;
    }
    bool first = true;
    for (const Goal &goal : std::as_const(goals)) {
        if (!first)
            layout->addWidget(makeRule(m_goals));
        first = false;
        auto *box = new QVBoxLayout;
        box->setSpacing(unit / 6);
        box->addWidget(makeLabel(goal.title, TextStyle::Strong, m_goals));
        if (!goal.description.isEmpty())
            box->addWidget(makeLabel(goal.description, TextStyle::Secondary, m_goals));
        const auto withUnit = [&goal](double value) {
            return goal.unit.isEmpty() ? formatNumber(value) : tr("%1 %2").arg(formatNumber(value), goal.unit);
        };
        const QString change = tr("From %1 to %2").arg(withUnit(goal.baseline), withUnit(goal.target));
        auto *facts = makeLabel(goal.dueDate.isValid() ? tr("%1 by %2").arg(change, formatDate(goal.dueDate)) : change,
                                TextStyle::Body, m_goals);
        facts->setObjectName(QStringLiteral("charter-goal-target"));
        box->addWidget(facts);
        layout->addLayout(box);
    }
}

} // namespace cultivate
