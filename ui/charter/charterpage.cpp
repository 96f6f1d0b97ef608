// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charter/charterpage.h"

#include "core/metrics/metrics.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/common/card.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cultivate {

namespace {

// The name a goal's linked figure has on the dashboard, for the key metricKeys() gives.
QString metricName(const QString &key)
{
    if (key == QLatin1String("members"))
        return CharterPage::tr("Members");
    if (key == QLatin1String("events_held"))
        return CharterPage::tr("Events held");
    if (key == QLatin1String("credited_attendances"))
        return CharterPage::tr("Credited attendances");
    if (key == QLatin1String("reach"))
        return CharterPage::tr("Reach");
    if (key == QLatin1String("mean_attendance_rate"))
        return CharterPage::tr("Mean attendance rate");
    if (key == QLatin1String("active_members"))
        return CharterPage::tr("Active in the latest month");
    if (key == QLatin1String("stickiness"))
        return CharterPage::tr("Stickiness");
    if (key == QLatin1String("newcomer_conversion"))
        return CharterPage::tr("Newcomer conversion");
    if (key == QLatin1String("core_active_share"))
        return CharterPage::tr("Core and active members");
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QDoubleSpinBox *makeNumberEdit(QWidget *parent, double maximum = 1e9)
{
    auto *edit = new QDoubleSpinBox(parent);
    edit->setRange(-maximum, maximum);
    edit->setDecimals(2);
    edit->setGroupSeparatorShown(true);
    edit->setKeyboardTracking(false);
    return edit;
}

// Puts the keyboard focus back on the widget of that name after a rebuild.
void refocus(QWidget *root, const QString &name)
{
    if (name.isEmpty() || !root)
        return;
    if (auto *widget = root->findChild<QWidget *>(name))
        widget->setFocus(Qt::OtherFocusReason);
}

QString focusedName(const QWidget *root)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && root && root->isAncestorOf(focus) ? focus->objectName() : QString();
}

} // namespace

CharterPage::CharterPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::BudgetLine, EntityKind::Goal, EntityKind::GoalMeasurement,
                EntityKind::Survey, EntityKind::Question},
               parent)
{
    setObjectName(QStringLiteral("page-charter"));
    const int unit = em(this);

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 64);
    auto *layout = new QVBoxLayout(content);
    setPageMargins(layout);
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
    addTextField(identity, QStringLiteral("name"), tr("Name"), tr("Rename the community"), &Community::name, NameField,
                 FieldShape::OneLine);
    addTextField(identity, QStringLiteral("domain"), tr("Domain"), tr("Edit the community's domain"),
                 &Community::domain, DomainField, FieldShape::Growing);
    addTextField(identity, QStringLiteral("audience"), tr("Audience"), tr("Edit the community's audience"),
                 &Community::audience, AudienceField, FieldShape::Growing);

    QGridLayout *purpose = addSection(layout, tr("Purpose"), QStringLiteral("charter-purpose"));
    addTextField(purpose, QStringLiteral("purpose"), tr("Purpose"), tr("Edit the charter's purpose"),
                 &Community::purpose, PurposeField, FieldShape::Box);
    {
        auto *areas = new QWidget(purpose->parentWidget());
        areas->setObjectName(QStringLiteral("charter-purposeAreas"));
        auto *areaLayout = new QGridLayout(areas);
        areaLayout->setContentsMargins(0, 0, 0, 0);
        int index = 0;
        for (PurposeArea area : enumValues<PurposeArea>()) {
            auto *box = new QCheckBox(label(area), areas);
            box->setObjectName(QStringLiteral("charter-area-") + enumKey(area));
            // One below the other: two side by side would widen the page beyond a narrow window.
            areaLayout->addWidget(box, index, 0);
            ++index;
            m_areas.insert(area, box);
            connect(box, &QCheckBox::toggled, this, [this, area](bool on) {
                if (m_loading)
                    return;
                changeCommunity(
                    [area, on](Community &community) {
                        community.purposeAreas.removeAll(area);
                        if (on) {
                            community.purposeAreas.append(area);
                            std::sort(community.purposeAreas.begin(), community.purposeAreas.end());
                        }
                    },
                    on ? tr("Add purpose area “%1”").arg(label(area)) : tr("Remove purpose area “%1”").arg(label(area)),
                    PurposeAreasField);
            });
        }
        const int row = purpose->rowCount();
        addCaption(purpose, row, tr("Purpose areas"), m_areas.value(PurposeArea::Relationships));
        purpose->addWidget(areas, row, 1);
    }
    addTextField(purpose, QStringLiteral("need"), tr("Need"), tr("Edit the charter's need"), &Community::need,
                 NeedField, FieldShape::Box);
    addTextField(purpose, QStringLiteral("scope"), tr("Scope"), tr("Edit the charter's scope"), &Community::scope,
                 ScopeField, FieldShape::Box);

    QGridLayout *value = addSection(layout, tr("Value"), QStringLiteral("charter-value"));
    addTextField(value, QStringLiteral("valueForMembers"), tr("For members"), tr("Edit the value for members"),
                 &Community::valueForMembers, ValueMembersField, FieldShape::Box);
    addTextField(value, QStringLiteral("valueForOrganisation"), tr("For the organisation"),
                 tr("Edit the value for the organisation"), &Community::valueForOrganisation, ValueOrganisationField,
                 FieldShape::Box);

    QGridLayout *working = addSection(layout, tr("How the community works"), QStringLiteral("charter-working"));
    addTextField(working, QStringLiteral("governance"), tr("Governance"), tr("Edit the charter's governance"),
                 &Community::governance, GovernanceField, FieldShape::Box);
    addTextField(working, QStringLiteral("groundRules"), tr("Ground rules"), tr("Edit the ground rules"),
                 &Community::groundRules, GroundRulesField, FieldShape::Box);
    addTextField(working, QStringLiteral("channels"), tr("Channels"), tr("Edit the community's channels"),
                 &Community::channels, ChannelsField, FieldShape::Growing);
    addTextField(working, QStringLiteral("workspace"), tr("Workspace"), tr("Edit the community's workspace"),
                 &Community::workspace, WorkspaceField, FieldShape::Growing);

    QGridLayout *dates = addSection(layout, tr("Dates and attendance"), QStringLiteral("charter-dates"));
    addDateField(dates, QStringLiteral("startDate"), tr("Starts"), tr("Change the community's start date"),
                 &Community::startDate, StartField);
    addDateField(dates, QStringLiteral("endDate"), tr("Ends"), tr("Change the community's end date"),
                 &Community::endDate, EndField);
    {
        auto *threshold = new QDoubleSpinBox(dates->parentWidget());
        threshold->setObjectName(QStringLiteral("charter-attendanceThreshold"));
        threshold->setAccessibleName(tr("Attendance threshold"));
        threshold->setRange(0, 100);
        threshold->setDecimals(0);
        threshold->setSuffix(tr(" % of the event"));
        threshold->setKeyboardTracking(false);
        threshold->setToolTip(tr("Share of an event's duration a member must attend to be counted as present"));
        const int row = dates->rowCount();
        addCaption(dates, row, tr("Attendance counts from"), threshold);
        dates->addWidget(threshold, row, 1, Qt::AlignLeft);
        m_fields.insert(QStringLiteral("attendanceThreshold"), threshold);
        m_loaders.append([this, threshold] { threshold->setValue(m_community.attendanceThreshold * 100.0); });
        connect(threshold, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
            if (m_loading)
                return;
            changeCommunity([percent](Community &community) { community.attendanceThreshold = percent / 100.0; },
                            tr("Change the attendance threshold"), ThresholdField);
        });
    }

    QGridLayout *budget = addSection(layout, tr("Budget"), QStringLiteral("charter-budget"));
    m_budgetLayout = new QVBoxLayout;
    m_budgetLayout->setContentsMargins(0, 0, 0, 0);
    budget->addLayout(m_budgetLayout, 0, 0, 1, 2);
    auto *addLine = new QPushButton(tr("&Add Budget Line"), budget->parentWidget());
    addLine->setObjectName(QStringLiteral("charter-add-budget-line"));
    budget->addWidget(addLine, 1, 0, 1, 2, Qt::AlignLeft);
    m_addButtons.append(addLine);
    connect(addLine, &QPushButton::clicked, this, [this] {
        if (!plan())
            return;
        int position = 1;
        if (auto lines = plan()->list<BudgetLine>(); lines.ok()) {
            for (const BudgetLine &line : lines.value())
                position = qMax(position, line.position + 1);
        }
        auto *command = new AddEntityCommand<BudgetLine>(*plan(), BudgetLine{0, tr("New item"), 0.0, {}, position},
                                                         tr("Add a budget line"));
        run(command);
    });

    QGridLayout *goals = addSection(layout, tr("Goals"), QStringLiteral("charter-goals"));
    m_goalsLayout = new QVBoxLayout;
    m_goalsLayout->setContentsMargins(0, 0, 0, 0);
    goals->addLayout(m_goalsLayout, 0, 0, 1, 2);
    auto *addGoal = new QPushButton(tr("Add &Goal"), goals->parentWidget());
    addGoal->setObjectName(QStringLiteral("charter-add-goal"));
    goals->addWidget(addGoal, 1, 0, 1, 2, Qt::AlignLeft);
    m_addButtons.append(addGoal);
    connect(addGoal, &QPushButton::clicked, this, [this] {
        if (!plan())
            return;
        Goal goal;
        goal.title = tr("New goal");
        goal.dueDate = m_community.endDate;
        run(new AddEntityCommand<Goal>(*plan(), goal, tr("Add a goal")));
    });
    m_sections.removeLast();
    m_sections.removeLast();
    layout->addStretch(1);

    setScrollingContent(content, QStringLiteral("charter-scroll"), tr("Charter"));
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
    grid->setVerticalSpacing(unit / 2);
    grid->setColumnStretch(1, 1);
    box->addLayout(grid);
    layout->addWidget(card);
    m_sections.append(grid);
    return grid;
}

void CharterPage::addCaption(QGridLayout *grid, int row, const QString &caption, QWidget *buddy)
{
    auto *captionLabel = makeLabel(caption, TextStyle::Caption, grid->parentWidget());
    captionLabel->setBuddy(buddy);
    grid->addWidget(captionLabel, row, 0, Qt::AlignTop);
    // One caption column width for every section, so that the values line up down the page. A long
    // caption wraps rather than widening the column for all the others.
    const int natural = captionLabel->fontMetrics().horizontalAdvance(caption);
    const int widest = em(this) * 9;
    captionLabel->setWordWrap(natural > widest);
    m_captionWidth = qMax(m_captionWidth, qMin(natural, widest));
    for (QGridLayout *section : std::as_const(m_sections))
        section->setColumnMinimumWidth(0, m_captionWidth);
}

void CharterPage::addTextField(QGridLayout *grid, const QString &key, const QString &caption, const QString &undoText,
                               TextMember member, Field field, FieldShape shape)
{
    const int row = grid->rowCount();
    const QString text = undoText;
    const auto commit = [this, member, field, text](const QString &value) {
        if (m_loading || m_community.*member == value)
            return;
        changeCommunity([member, value](Community &community) { community.*member = value; }, text, field);
    };
    QWidget *editor = nullptr;
    if (shape != FieldShape::OneLine) {
        auto *edit = shape == FieldShape::Growing ? makeGrowingTextArea(grid->parentWidget(), {}, {})
                                                  : makeTextArea(grid->parentWidget(), {}, {});
        edit->setPlaceholderText(tr("Not written yet"));
        connect(edit, &QPlainTextEdit::textChanged, this, [edit, commit] { commit(edit->toPlainText()); });
        m_loaders.append([this, edit, member] {
            if (edit->toPlainText() != m_community.*member)
                edit->setPlainText(m_community.*member);
        });
        editor = edit;
    } else {
        auto *edit = new QLineEdit(grid->parentWidget());
        edit->setPlaceholderText(tr("Not written yet"));
        connect(edit, &QLineEdit::textEdited, this, commit);
        m_loaders.append([this, edit, member] {
            if (edit->text() != m_community.*member) {
                edit->setText(m_community.*member);
                showFromStart(edit);
            }
        });
        editor = edit;
    }
    editor->setObjectName(QStringLiteral("charter-") + key);
    editor->setAccessibleName(caption);
    addCaption(grid, row, caption, editor);
    grid->addWidget(editor, row, 1);
    m_fields.insert(key, editor);
}

void CharterPage::addDateField(QGridLayout *grid, const QString &key, const QString &caption, const QString &undoText,
                               QDate Community::*member, Field field)
{
    const int row = grid->rowCount();
    auto *edit = makeDateEdit(grid->parentWidget(), {}, {});
    edit->setObjectName(QStringLiteral("charter-") + key);
    edit->setAccessibleName(caption);
    addCaption(grid, row, caption, edit);
    grid->addWidget(edit, row, 1, Qt::AlignLeft);
    m_fields.insert(key, edit);
    m_loaders.append([this, edit, member] {
        if (edit->date() != m_community.*member && (m_community.*member).isValid())
            edit->setDate(m_community.*member);
    });
    connect(edit, &QDateEdit::dateChanged, this, [this, member, field, undoText](const QDate &date) {
        if (m_loading || m_community.*member == date)
            return;
        changeCommunity([member, date](Community &community) { community.*member = date; }, undoText, field);
    });
}

void CharterPage::changeCommunity(const std::function<void(Community &)> &change, const QString &text, Field field)
{
    if (!plan() || !undoStack())
        return;
    auto current = plan()->community();
    if (!current.ok())
        return;
    Community after = current.value();
    change(after);
    if (after == current.value())
        return;
    m_community = after;
    run(new EditEntityCommand<Community>(*plan(), current.value(), after, text, field));
}

void CharterPage::setEditable(bool editable)
{
    for (QWidget *editor : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(!editable);
        else if (auto *area = qobject_cast<QPlainTextEdit *>(editor))
            area->setReadOnly(!editable);
        else
            editor->setEnabled(editable);
    }
    for (QCheckBox *box : std::as_const(m_areas))
        box->setEnabled(editable);
    for (QWidget *button : std::as_const(m_addButtons))
        button->setVisible(editable);
}

void CharterPage::refresh()
{
    Community community;
    if (plan()) {
        if (auto loaded = plan()->community(); loaded.ok())
            community = loaded.value();
    }
    m_community = community;
    m_title->setText(community.name.isEmpty() ? tr("Charter") : community.name);
    const QString period = formatPeriod(community.startDate, community.endDate);
    m_subtitle->setText(period.isEmpty() ? tr("Charter") : tr("Charter · %1").arg(period));

    m_loading = true;
    for (const auto &load : std::as_const(m_loaders))
        load();
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        it.value()->setChecked(community.purposeAreas.contains(it.key()));
    m_loading = false;
    setEditable(plan() && undoStack());
    showBudget();
    showGoals();
}

void CharterPage::showBudget()
{
    QList<BudgetLine> lines;
    if (plan()) {
        if (auto loaded = plan()->list<BudgetLine>(); loaded.ok())
            lines = loaded.value();
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const BudgetLine &a, const BudgetLine &b) { return a.position < b.position; });
    QString signature = undoStack() ? QStringLiteral("e") : QStringLiteral("r");
    for (const BudgetLine &line : std::as_const(lines))
        signature +=
            QStringLiteral("|%1\x1f%2\x1f%3\x1f%4").arg(line.id).arg(line.label).arg(line.amount).arg(line.notes);
    if (m_budget && signature == m_budgetSignature)
        return;
    m_budgetSignature = signature;
    const QString focus = focusedName(m_budget);

    delete m_budget;
    m_budget = new QWidget;
    m_budget->setObjectName(QStringLiteral("charter-budget-lines"));
    m_budgetLayout->addWidget(m_budget);
    auto *grid = new QGridLayout(m_budget);
    const int unit = em(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(unit);
    grid->setVerticalSpacing(unit / 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    if (lines.isEmpty()) {
        grid->addWidget(makeLabel(tr("No budget lines yet."), TextStyle::Secondary, m_budget), 0, 0, 1, 4);
        return;
    }
    const bool editable = plan() && undoStack();
    grid->addWidget(makeLabel(tr("Item"), TextStyle::Caption, m_budget), 0, 0);
    grid->addWidget(makeLabel(tr("Notes"), TextStyle::Caption, m_budget), 0, 1);
    auto *amountHeader = makeLabel(tr("Amount"), TextStyle::Caption, m_budget);
    amountHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(amountHeader, 0, 2);
    double total = 0.0;
    int row = 1;
    for (const BudgetLine &line : std::as_const(lines)) {
        const QString suffix = QString::number(line.id);
        const auto edit = [this, line](const std::function<void(BudgetLine &)> &change, const QString &text) {
            BudgetLine after = line;
            change(after);
            if (!(after == line))
                run(new EditEntityCommand<BudgetLine>(*plan(), line, after, text.arg(line.label)));
        };
        auto *labelEdit = new QLineEdit(line.label, m_budget);
        labelEdit->setObjectName(QStringLiteral("budget-label-") + suffix);
        labelEdit->setAccessibleName(tr("Budget item"));
        labelEdit->setReadOnly(!editable);
        showFromStart(labelEdit);
        connect(labelEdit, &QLineEdit::editingFinished, this, [labelEdit, edit, this] {
            const QString text = labelEdit->text();
            edit([text](BudgetLine &l) { l.label = text; }, tr("Rename the budget line “%1”"));
        });
        auto *notesEdit = new QLineEdit(line.notes, m_budget);
        notesEdit->setObjectName(QStringLiteral("budget-notes-") + suffix);
        notesEdit->setAccessibleName(tr("Budget notes"));
        notesEdit->setPlaceholderText(tr("Notes"));
        notesEdit->setReadOnly(!editable);
        showFromStart(notesEdit);
        connect(notesEdit, &QLineEdit::editingFinished, this, [notesEdit, edit, this] {
            const QString text = notesEdit->text();
            edit([text](BudgetLine &l) { l.notes = text; }, tr("Edit the notes of the budget line “%1”"));
        });
        auto *amount = makeNumberEdit(m_budget);
        amount->setMinimum(0);
        amount->setValue(line.amount);
        amount->setObjectName(QStringLiteral("budget-amount-") + suffix);
        amount->setAccessibleName(tr("Amount"));
        amount->setAlignment(Qt::AlignRight);
        amount->setReadOnly(!editable);
        connect(amount, &QDoubleSpinBox::valueChanged, this, [edit, this](double value) {
            edit([value](BudgetLine &l) { l.amount = value; }, tr("Change the amount of the budget line “%1”"));
        });
        grid->addWidget(labelEdit, row, 0);
        grid->addWidget(notesEdit, row, 1);
        grid->addWidget(amount, row, 2);
        if (editable) {
            auto *remove = new QToolButton(m_budget);
            remove->setText(tr("Remove"));
            remove->setObjectName(QStringLiteral("budget-remove-") + suffix);
            remove->setAccessibleName(tr("Remove budget line %1").arg(line.label));
            remove->setAutoRaise(true);
            connect(remove, &QToolButton::clicked, this, [this, line] {
                run(new RemoveEntityCommand<BudgetLine>(*plan(), line, tr("Remove budget line “%1”").arg(line.label)));
            });
            grid->addWidget(remove, row, 3);
        }
        total += line.amount;
        ++row;
    }
    grid->addWidget(makeRule(m_budget), row++, 0, 1, 4);
    grid->addWidget(makeLabel(tr("Total"), TextStyle::Strong, m_budget), row, 0);
    auto *totalLabel = makeLabel(formatAmount(total), TextStyle::Strong, m_budget);
    totalLabel->setObjectName(QStringLiteral("charter-budget-total"));
    totalLabel->setWordWrap(false);
    totalLabel->setAlignment(Qt::AlignRight);
    grid->addWidget(totalLabel, row, 2, Qt::AlignRight);
    refocus(m_budget, focus);
}

void CharterPage::showGoals()
{
    QList<Goal> goals;
    QList<GoalMeasurement> measurements;
    if (plan()) {
        if (auto loaded = plan()->list<Goal>(); loaded.ok())
            goals = loaded.value();
        if (auto loaded = plan()->list<GoalMeasurement>(); loaded.ok())
            measurements = loaded.value();
    }
    // The rated survey items a goal can be measured by: "<survey> — <question>".
    m_surveyItems.clear();
    if (plan()) {
        auto surveys = plan()->list<Survey>();
        auto questions = plan()->list<Question>();
        if (surveys.ok() && questions.ok()) {
            QHash<Id, QString> surveyTitles;
            for (const Survey &survey : surveys.value())
                surveyTitles.insert(survey.id, survey.title);
            for (const Question &question : questions.value()) {
                if (question.type == QuestionType::Likert || question.type == QuestionType::Recommend ||
                    question.type == QuestionType::YesNo)
                    m_surveyItems.append(
                        {question.id, tr("%1 — %2").arg(surveyTitles.value(question.surveyId), question.text)});
            }
        }
    }
    QString signature = undoStack() ? QStringLiteral("e") : QStringLiteral("r");
    for (const auto &[questionId, text] : std::as_const(m_surveyItems))
        signature += QStringLiteral("|q%1\x1f%2").arg(questionId).arg(text);
    for (const Goal &goal : std::as_const(goals))
        signature += QStringLiteral("|%1\x1f%2\x1f%3\x1f%4\x1f%5\x1f%6\x1f%7\x1f%8")
                         .arg(goal.id)
                         .arg(goal.title, goal.description)
                         .arg(goal.baseline)
                         .arg(goal.target)
                         .arg(goal.unit, goal.dueDate.toString(Qt::ISODate), goal.metric) +
                     QStringLiteral("\x1f%1").arg(goal.surveyQuestionId.value_or(0));
    for (const GoalMeasurement &m : std::as_const(measurements))
        signature += QStringLiteral("|m%1\x1f%2\x1f%3\x1f%4\x1f%5")
                         .arg(m.id)
                         .arg(m.goalId)
                         .arg(m.date.toString(Qt::ISODate))
                         .arg(m.value)
                         .arg(m.note);
    if (m_goals && signature == m_goalsSignature)
        return;
    m_goalsSignature = signature;
    const QString focus = focusedName(m_goals);

    delete m_goals;
    m_goals = new QWidget;
    m_goals->setObjectName(QStringLiteral("charter-goal-list"));
    m_goalsLayout->addWidget(m_goals);
    auto *layout = new QVBoxLayout(m_goals);
    const int unit = em(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit * 3 / 4);
    if (goals.isEmpty()) {
        layout->addWidget(makeLabel(tr("No goals set yet."), TextStyle::Secondary, m_goals));
        return;
    }
    bool first = true;
    for (const Goal &goal : std::as_const(goals)) {
        if (!first)
            layout->addWidget(makeRule(m_goals));
        first = false;
        QList<GoalMeasurement> own;
        for (const GoalMeasurement &m : std::as_const(measurements)) {
            if (m.goalId == goal.id)
                own.append(m);
        }
        layout->addWidget(goalEditor(goal, own, m_goals));
    }
    refocus(m_goals, focus);
}

QWidget *CharterPage::goalEditor(const Goal &goal, const QList<GoalMeasurement> &measurements, QWidget *parent)
{
    const bool editable = plan() && undoStack();
    const QString suffix = QString::number(goal.id);
    const int unit = em(this);
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("goal-") + suffix);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(unit);
    grid->setVerticalSpacing(unit / 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    const auto edit = [this, goal](const std::function<void(Goal &)> &change, const QString &text) {
        Goal after = goal;
        change(after);
        if (!(after == goal))
            run(new EditEntityCommand<Goal>(*plan(), goal, after, text.arg(goal.title)));
    };
    const auto caption = [box](const QString &text, QWidget *buddy) {
        auto *label = makeLabel(text, TextStyle::Caption, box);
        label->setWordWrap(false);
        label->setBuddy(buddy);
        return label;
    };

    auto *title = new QLineEdit(goal.title, box);
    title->setObjectName(QStringLiteral("goal-title-") + suffix);
    title->setAccessibleName(tr("Goal"));
    title->setFont(styledFont(TextStyle::Strong));
    title->setReadOnly(!editable);
    showFromStart(title);
    connect(title, &QLineEdit::editingFinished, this, [title, edit, this] {
        const QString text = title->text();
        edit([text](Goal &g) { g.title = text; }, tr("Rename the goal “%1”"));
    });
    // The remove buttons sit at the end of their rows, not in a column of their own that would widen
    // the card.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    grid->addLayout(titleRow, 0, 0, 1, 4);
    if (editable) {
        auto *remove = new QToolButton(box);
        remove->setText(tr("Remove"));
        remove->setObjectName(QStringLiteral("goal-remove-") + suffix);
        remove->setAccessibleName(tr("Remove goal %1").arg(goal.title));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, goal] {
            run(new RemoveEntityCommand<Goal>(*plan(), goal, tr("Remove goal “%1”").arg(goal.title)));
        });
        titleRow->addWidget(remove);
    }

    const auto number = [&](const QString &name, const QString &label, const QString &undoText, double value,
                            double Goal::*member, int row, int column) {
        auto *spin = makeNumberEdit(box);
        // Its size hint makes room for a billion; a narrow window gets the room of a usual figure.
        spin->setMinimumWidth(unit * 7);
        spin->setValue(value);
        spin->setObjectName(name + suffix);
        spin->setAccessibleName(label);
        spin->setReadOnly(!editable);
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [edit, member, undoText](double v) { edit([member, v](Goal &g) { g.*member = v; }, undoText); });
        grid->addWidget(caption(label, spin), row, column);
        grid->addWidget(spin, row, column + 1);
    };
    number(QStringLiteral("goal-baseline-"), tr("Baseline"), tr("Change the baseline of the goal “%1”"), goal.baseline,
           &Goal::baseline, 1, 0);
    number(QStringLiteral("goal-target-"), tr("Target"), tr("Change the target of the goal “%1”"), goal.target,
           &Goal::target, 1, 2);

    auto *unitEdit = new QLineEdit(goal.unit, box);
    unitEdit->setObjectName(QStringLiteral("goal-unit-") + suffix);
    unitEdit->setAccessibleName(tr("Unit"));
    unitEdit->setPlaceholderText(tr("members, %, events…"));
    unitEdit->setReadOnly(!editable);
    showFromStart(unitEdit);
    connect(unitEdit, &QLineEdit::editingFinished, this, [unitEdit, edit, this] {
        const QString text = unitEdit->text();
        edit([text](Goal &g) { g.unit = text; }, tr("Change the unit of the goal “%1”"));
    });
    grid->addWidget(caption(tr("Unit"), unitEdit), 2, 0);
    grid->addWidget(unitEdit, 2, 1);

    auto *due = makeDateEdit(box, {}, {});
    due->setObjectName(QStringLiteral("goal-due-") + suffix);
    due->setAccessibleName(tr("Due date"));
    if (goal.dueDate.isValid())
        due->setDate(goal.dueDate);
    due->setReadOnly(!editable);
    connect(due, &QDateEdit::dateChanged, this, [edit, this](const QDate &date) {
        edit([date](Goal &g) { g.dueDate = date; }, tr("Change the due date of the goal “%1”"));
    });
    grid->addWidget(caption(tr("Due"), due), 2, 2);
    grid->addWidget(due, 2, 3);

    auto *metric = new QComboBox(box);
    metric->setObjectName(QStringLiteral("goal-metric-") + suffix);
    metric->setAccessibleName(tr("Measured by"));
    metric->addItem(tr("Measurements entered by hand"), QString());
    for (const QString &key : metricKeys())
        metric->addItem(tr("Metric: %1").arg(metricName(key)), key);
    // A survey item measures a goal by its mean answer: "survey:<question id>".
    const QString surveyPrefix = QStringLiteral("survey:");
    for (const auto &[questionId, text] : std::as_const(m_surveyItems))
        metric->addItem(tr("Survey item: %1").arg(text), surveyPrefix + QString::number(questionId));
    metric->setCurrentIndex(qMax(0, metric->findData(goal.surveyQuestionId && goal.metric.isEmpty()
                                                         ? surveyPrefix + QString::number(*goal.surveyQuestionId)
                                                         : goal.metric)));
    metric->setEnabled(editable);
    // A survey item's text can be long: the box takes the width it is given and shows the choice
    // elided, with the whole of it in its tooltip; the list it opens is as wide as its longest item.
    metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    metric->setMinimumContentsLength(16);
    metric->view()->setMinimumWidth(metric->view()->sizeHintForColumn(0) + unit * 2);
    metric->setToolTip(metric->currentText());
    connect(metric, &QComboBox::currentTextChanged, metric, &QComboBox::setToolTip);
    connect(metric, &QComboBox::activated, this, [metric, edit, surveyPrefix, this](int index) {
        const QString key = metric->itemData(index).toString();
        edit(
            [key, surveyPrefix](Goal &g) {
                if (key.startsWith(surveyPrefix)) {
                    g.metric.clear();
                    g.surveyQuestionId = key.mid(surveyPrefix.size()).toLongLong();
                } else {
                    g.metric = key;
                    g.surveyQuestionId.reset();
                }
            },
            tr("Change how the goal “%1” is measured"));
    });
    grid->addWidget(caption(tr("Measured by"), metric), 3, 0);
    grid->addWidget(metric, 3, 1, 1, 3);

    const auto withUnit = [&goal](double value) {
        return goal.unit.isEmpty() ? formatNumber(value) : tr("%1 %2").arg(formatNumber(value), goal.unit);
    };
    const QString change = tr("From %1 to %2").arg(withUnit(goal.baseline), withUnit(goal.target));
    auto *facts = makeLabel(goal.dueDate.isValid() ? tr("%1 by %2").arg(change, formatDate(goal.dueDate)) : change,
                            TextStyle::Secondary, box);
    facts->setObjectName(QStringLiteral("charter-goal-target"));
    grid->addWidget(facts, 4, 0, 1, 4);

    if (goal.metric.isEmpty() && !goal.surveyQuestionId) {
        int row = 5;
        for (const GoalMeasurement &m : measurements) {
            auto *line = makeLabel(tr("%1: %2%3")
                                       .arg(formatDate(m.date), withUnit(m.value),
                                            m.note.isEmpty() ? QString() : QStringLiteral(" — ") + m.note),
                                   TextStyle::Body, box);
            line->setObjectName(QStringLiteral("goal-measurement"));
            auto *lineRow = new QHBoxLayout;
            lineRow->addWidget(line, 1);
            grid->addLayout(lineRow, row, 1, 1, 3);
            if (editable) {
                auto *remove = new QToolButton(box);
                remove->setText(tr("Remove"));
                remove->setAccessibleName(tr("Remove measurement of %1").arg(formatDate(m.date)));
                remove->setAutoRaise(true);
                connect(remove, &QToolButton::clicked, this, [this, m, goal] {
                    run(new RemoveEntityCommand<GoalMeasurement>(
                        *plan(), m, tr("Remove the measurement of %1 from “%2”").arg(formatDate(m.date), goal.title)));
                });
                lineRow->addWidget(remove);
            }
            ++row;
        }
        if (!measurements.isEmpty())
            grid->addWidget(caption(tr("Measured"), nullptr), 5, 0, Qt::AlignTop);
        if (editable) {
            // Wraps onto a second line when the card is narrow.
            auto *addRow = new FlowLayout;
            addRow->setSpacing(unit / 2);
            auto *date = makeDateEdit(box, {}, {});
            date->setObjectName(QStringLiteral("goal-measure-date-") + suffix);
            date->setAccessibleName(tr("Measurement date"));
            date->setDate(plan()->clock().today());
            auto *value = makeNumberEdit(box);
            value->setMinimumWidth(unit * 7);
            value->setObjectName(QStringLiteral("goal-measure-value-") + suffix);
            value->setAccessibleName(tr("Measured value"));
            auto *add = new QPushButton(tr("Add Measurement"), box);
            add->setObjectName(QStringLiteral("goal-measure-add-") + suffix);
            connect(add, &QPushButton::clicked, this, [this, date, value, goal] {
                GoalMeasurement m;
                m.goalId = goal.id;
                m.date = date->date();
                m.value = value->value();
                run(new AddEntityCommand<GoalMeasurement>(*plan(), m, tr("Add a measurement to “%1”").arg(goal.title)));
            });
            addRow->addWidget(date);
            addRow->addWidget(value);
            addRow->addWidget(add);
            grid->addWidget(caption(tr("New measurement"), date), row, 0);
            grid->addLayout(addRow, row, 1, 1, 3);
        }
    }
    return box;
}

} // namespace cultivate
