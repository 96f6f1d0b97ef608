// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peoplepage.h"

#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/membercommands.h"
#include "ui/common/emptystatepage.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/icons.h"
#include "ui/common/typography.h"
#include "ui/people/attendancematrixtab.h"
#include "ui/people/attendancesheet.h"
#include "ui/people/contributionstab.h"
#include "ui/people/importwizard.h"
#include "ui/people/memberdialog.h"
#include "ui/people/memberfiltermodel.h"
#include "ui/people/membertablemodel.h"
#include "ui/people/mergemembersdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace cultivate {

namespace {

QComboBox *filterBox(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

PeoplePage::PeoplePage(QWidget *parent)
    : PlanPage({EntityKind::Member, EntityKind::Event, EntityKind::Community, EntityKind::Recognition}, parent)
{
    setObjectName(QStringLiteral("page-people"));
    const int unit = em(this);

    m_model = new MemberTableModel(this);
    m_model->setObjectName(QStringLiteral("member-model"));
    m_filter = new MemberFilterModel(this);
    m_filter->setObjectName(QStringLiteral("member-filter"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->setSpacing(unit / 2);
    layout->addWidget(makeLabel(tr("People"), TextStyle::Title, this));
    m_summary = makeLabel({}, TextStyle::Body, this);
    m_summary->setObjectName(QStringLiteral("people-summary"));
    layout->addWidget(m_summary);
    m_lastAction = makeLabel({}, TextStyle::Secondary, this);
    m_lastAction->setObjectName(QStringLiteral("people-last-action"));
    m_lastAction->hide();
    layout->addWidget(m_lastAction);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("people-views"));
    m_tabs->setAccessibleName(tr("People views"));
    layout->addWidget(m_tabs, 1);

    auto *members = new QWidget(m_tabs);
    members->setObjectName(QStringLiteral("people-members"));
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    membersLayout->setSpacing(unit / 2);

    // The buttons, then the search with its filters; in a narrow window the search goes below the
    // buttons, the filters below the search, and the buttons and the filters wrap onto more lines.
    auto *bar = new StackingRow;
    bar->setSpacing(unit / 2);
    auto *buttons = new FlowLayout;
    buttons->setSpacing(unit / 2);
    bar->addLayout(buttons);
    bar->addStretch(1);
    auto *finding = new StackingRow;
    finding->setSpacing(unit / 2);
    bar->addLayout(finding);
    auto *filters = new FlowLayout;
    filters->setSpacing(unit / 2);
    m_add = new QPushButton(tr("&Add Member…"), members);
    m_add->setObjectName(QStringLiteral("people-add"));
    m_add->setToolTip(tr("Add a member (Insert or Ctrl+N in the table)"));
    m_edit = new QPushButton(tr("&Edit…"), members);
    m_edit->setObjectName(QStringLiteral("people-edit"));
    m_edit->setToolTip(tr("Edit the selected member (Enter)"));
    m_remove = new QPushButton(tr("&Remove"), members);
    m_remove->setObjectName(QStringLiteral("people-remove"));
    m_remove->setToolTip(tr("Remove the selected members with their attendance and contributions (Delete)"));
    m_merge = new QPushButton(tr("&Merge…"), members);
    m_merge->setObjectName(QStringLiteral("people-merge"));
    m_merge->setToolTip(tr("Merge two selected records of one person into one"));
    for (QPushButton *button : {m_add, m_edit, m_remove, m_merge})
        buttons->addWidget(button);
    auto *importButton = new QPushButton(tr("&Import…"), members);
    importButton->setObjectName(QStringLiteral("people-import"));
    importButton->setAccessibleName(tr("Import members or attendance"));
    importButton->setToolTip(tr("Import a member list, or a Zoom, Teams or other attendance report"));
    connect(importButton, &QPushButton::clicked, this, &PeoplePage::importFile);
    buttons->addWidget(importButton);

    m_search = new QLineEdit(members);
    m_search->setObjectName(QStringLiteral("people-search"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Search name, email, alias, organisation"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(unit * 19);
    finding->addWidget(m_search, 1);
    m_roleFilter = filterBox(QStringLiteral("people-role-filter"), tr("Show members of role"), members);
    m_roleFilter->addItem(tr("Any role"), -1);
    for (Role role : enumValues<Role>())
        m_roleFilter->addItem(label(role), static_cast<int>(role));
    m_organisationFilter =
        filterBox(QStringLiteral("people-organisation-filter"), tr("Show members of organisation"), members);
    // Organisation names can be long: the box stays compact and its list shows them whole.
    m_organisationFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisationFilter->setMinimumContentsLength(14);
    m_organisationFilter->addItem(tr("Any organisation"), QString());
    m_presenceFilter = filterBox(QStringLiteral("people-presence-filter"), tr("Show active or left members"), members);
    m_presenceFilter->addItem(tr("Active and left"), static_cast<int>(MemberFilterModel::Presence::Any));
    m_presenceFilter->addItem(tr("Active"), static_cast<int>(MemberFilterModel::Presence::Active));
    m_presenceFilter->addItem(tr("Left"), static_cast<int>(MemberFilterModel::Presence::Left));
    for (QComboBox *box : {m_roleFilter, m_organisationFilter, m_presenceFilter})
        filters->addWidget(box);
    finding->addLayout(filters);
    membersLayout->addLayout(bar);

    m_stack = new QStackedWidget(members);
    m_stack->setObjectName(QStringLiteral("people-stack"));
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("people-table"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + unit / 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Columns of known content are as wide as their longest value; free text gets room in ems.
    const auto fitting = [this, unit](const QStringList &texts) {
        int widest = 0;
        for (const QString &text : texts)
            widest = qMax(widest, fontMetrics().horizontalAdvance(text));
        return widest + unit * 3 / 2;
    };
    QStringList roles{model()->headerData(MemberTableModel::RoleColumn, Qt::Horizontal).toString()};
    for (Role role : enumValues<Role>())
        roles.append(label(role));
    const int dateWidth = fitting({formatDate(QDate(2026, 12, 30)), formatDate(QDate(2026, 9, 30))});
    header->resizeSection(MemberTableModel::NameColumn, unit * 13);
    header->resizeSection(MemberTableModel::EmailColumn, unit * 16);
    header->resizeSection(MemberTableModel::OrganisationColumn, unit * 16);
    header->resizeSection(MemberTableModel::RoleColumn, fitting(roles));
    header->resizeSection(MemberTableModel::JoinedColumn, dateWidth);
    header->resizeSection(MemberTableModel::LeftColumn, dateWidth);
    header->resizeSection(MemberTableModel::ConsentReportColumn, fitting({tr("Named")}) + unit / 2);
    header->resizeSection(MemberTableModel::ConsentQuoteColumn, fitting({tr("Quoted")}) + unit / 2);
    header->resizeSection(MemberTableModel::CommitmentColumn, qMax(dateWidth, fitting({tr("Commitment")})));
    header->setSectionResizeMode(MemberTableModel::EmailColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_stack->addWidget(m_table);

    auto *emptyText = new EmptyStatePage(glyphIcon(Glyph::People), tr("No members yet"),
                                         tr("Add the people of the community: facilitators, sponsors, champions and "
                                            "members. Their attendance and contributions build on this list."),
                                         m_stack);
    emptyText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_addFirst = new QPushButton(tr("Add the First Member…"), m_stack);
    m_addFirst->setObjectName(QStringLiteral("people-add-first"));
    m_empty = makeCentredPanel(emptyText, m_addFirst, QStringLiteral("people-empty"), m_stack);
    m_stack->addWidget(m_empty);

    // A large plan's members take a moment to read: the table appears when they are all there.
    m_loading = new QWidget(m_stack);
    m_loading->setObjectName(QStringLiteral("people-loading"));
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch(2);
    auto *loadingText = makeLabel(tr("Loading members…"), TextStyle::Secondary, m_loading);
    loadingText->setAlignment(Qt::AlignCenter);
    loadingLayout->addWidget(loadingText);
    auto *busy = new QProgressBar(m_loading);
    busy->setObjectName(QStringLiteral("people-busy"));
    busy->setAccessibleName(tr("Loading members"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumSize(unit * 16, unit / 2);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);
    m_stack->addWidget(m_loading);

    m_noMatchText = makeLabel({}, TextStyle::Secondary, m_stack);
    m_noMatchText->setObjectName(QStringLiteral("people-no-match-text"));
    m_noMatchText->setAlignment(Qt::AlignCenter);
    auto *clear = new QPushButton(tr("&Show Everyone"), m_stack);
    clear->setObjectName(QStringLiteral("people-clear-filters"));
    m_noMatch = makeCentredPanel(m_noMatchText, clear, QStringLiteral("people-no-match"), m_stack);
    m_stack->addWidget(m_noMatch);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        for (QComboBox *box : {m_roleFilter, m_organisationFilter, m_presenceFilter})
            box->setCurrentIndex(0);
        m_table->setFocus();
    });
    membersLayout->addWidget(m_stack, 1);
    m_tabs->addTab(members, tr("&Members"));
    m_sheet = new AttendanceSheet(this, m_tabs);
    m_tabs->addTab(m_sheet, tr("A&ttendance"));
    m_matrix = new AttendanceMatrixTab(this, m_tabs);
    m_tabs->addTab(m_matrix, tr("Attendance Matri&x"));
    m_contributions = new ContributionsTab(this, m_tabs);
    m_tabs->addTab(m_contributions, tr("&Contributions"));

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addMember);
    connect(m_addFirst, &QPushButton::clicked, this, &PeoplePage::addMember);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeSelected);
    connect(m_merge, &QPushButton::clicked, this, &PeoplePage::mergeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &PeoplePage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Add Member…"), this, &PeoplePage::addMember)->setEnabled(m_add->isEnabled());
        menu.addAction(tr("Edit…"), this, &PeoplePage::editSelected)->setEnabled(m_edit->isEnabled());
        menu.addAction(tr("Merge…"), this, &PeoplePage::mergeSelected)->setEnabled(m_merge->isEnabled());
        menu.addSeparator();
        menu.addAction(tr("Remove"), this, &PeoplePage::removeSelected)->setEnabled(m_remove->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::applyFilters);
    for (QComboBox *box : {m_roleFilter, m_organisationFilter, m_presenceFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    // The source model's signals, not the proxy's: the proxy drops rows before the source has.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PeoplePage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeoplePage::updateSummary);
    // The organisations are gathered again at the next refresh (the plan's change schedules one),
    // not once per row of an import.
    const auto organisationsStale = [this] { m_organisationsStale = true; };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, organisationsStale);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, organisationsStale);
    connect(m_model, &QAbstractItemModel::dataChanged, this, organisationsStale);
    connect(m_model, &QAbstractItemModel::modelReset, this, organisationsStale);
    connect(m_model, &MemberTableModel::loadingChanged, this, &PeoplePage::onLoadingChanged);
    updateButtons();
}

QDate PeoplePage::today() const
{
    return plan() ? plan()->clock().today() : QDate::currentDate();
}

void PeoplePage::refresh()
{
    // A large plan's rows load when the page is first shown, not while the window opens the plan.
    if (m_modelPlan != plan() && (!plan() || isVisible())) {
        m_modelPlan = plan();
        m_pendingSelection = 0;
        m_model->setPlan(plan());
        m_lastAction->hide();
    }
    m_filter->setToday(today());
    m_sheet->refresh();
    m_contributions->refresh();
    m_matrix->refresh();
    updateOrganisations();
    updateSummary();
    updateButtons();
}

bool PeoplePage::isLoading() const
{
    return m_model->isLoading();
}

void PeoplePage::onLoadingChanged(bool loading)
{
    if (loading) {
        updateSummary();
        return;
    }
    updateOrganisations();
    updateSummary();
    if (const Id id = std::exchange(m_pendingSelection, 0))
        selectMember(id);
}

void PeoplePage::updateOrganisations()
{
    if (!m_organisationsStale)
        return;
    m_organisationsStale = false;
    QStringList organisations;
    for (const Member &member : m_model->members()) {
        if (!member.organisation.isEmpty())
            organisations.append(member.organisation);
    }
    std::sort(organisations.begin(), organisations.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    organisations.erase(std::unique(organisations.begin(), organisations.end()), organisations.end());
    const QString current = m_organisationFilter->currentData().toString();
    QStringList shown;
    for (int i = 1; i < m_organisationFilter->count(); ++i)
        shown.append(m_organisationFilter->itemData(i).toString());
    if (shown == organisations)
        return;
    const QSignalBlocker blocker(m_organisationFilter);
    while (m_organisationFilter->count() > 1)
        m_organisationFilter->removeItem(1);
    for (const QString &organisation : std::as_const(organisations))
        m_organisationFilter->addItem(organisation, organisation);
    const int index = m_organisationFilter->findData(current);
    m_organisationFilter->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void PeoplePage::applyFilters()
{
    m_filter->setSearch(m_search->text());
    m_filter->setRole(m_roleFilter->currentData().toInt());
    m_filter->setOrganisation(m_organisationFilter->currentData().toString());
    m_filter->setPresence(static_cast<MemberFilterModel::Presence>(m_presenceFilter->currentData().toInt()));
    updateSummary();
}

void PeoplePage::updateSummary()
{
    const QList<Member> &members = m_model->members();
    const QDate day = today();
    int left = 0;
    int counted = 0;
    for (const Member &member : members) {
        if (member.leftDate.isValid() && member.leftDate <= day)
            ++left;
        else if (member.role != Role::Facilitator && member.role != Role::Sponsor)
            ++counted;
    }
    const int total = static_cast<int>(members.size());
    const int shown = m_filter->rowCount();
    const bool loading = total == 0 && m_model->isLoading();
    QString text;
    if (loading) {
        text = tr("Loading members…");
    } else if (total == 0) {
        text = plan() ? tr("No members yet.") : QString();
    } else {
        text = (total == 1 ? tr("One member") : tr("%1 members").arg(formatCount(total))) +
               tr(" · %1 active, %2 counted in participation · %3 left")
                   .arg(formatCount(total - left), formatCount(counted), formatCount(left));
        if (shown != total)
            text += tr(" · showing %1").arg(formatCount(shown));
    }
    m_summary->setText(text);
    QWidget *shownWidget = m_table;
    if (loading) {
        shownWidget = m_loading;
    } else if (total == 0 && plan()) {
        shownWidget = m_empty;
    } else if (total > 0 && shown == 0) {
        const QString search = m_search->text().simplified();
        m_noMatchText->setText(search.isEmpty() ? tr("No member matches the filters.")
                                                : tr("No member matches “%1” with these filters.").arg(search));
        shownWidget = m_noMatch;
    }
    if (m_stack->currentWidget() != shownWidget)
        m_stack->setCurrentWidget(shownWidget);
}

void PeoplePage::updateButtons()
{
    const bool editable = plan() && undoStack();
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    m_add->setEnabled(editable);
    m_addFirst->setEnabled(editable);
    m_edit->setEnabled(editable && selected == 1);
    m_remove->setEnabled(editable && selected > 0);
    m_merge->setEnabled(editable && selected == 2);
}

QList<Member> PeoplePage::selectedMembers() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Member> members;
    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = m_filter->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            members.append(m_model->member(row));
    }
    return members;
}

void PeoplePage::selectMember(Id id)
{
    if (m_model->isLoading()) {
        m_pendingSelection = id;
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PeoplePage::addMember()
{
    if (!plan() || !undoStack())
        return;
    Member member;
    member.joinedDate = today();
    MemberDialog dialog(member, today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Member created = dialog.member();
    auto *command = new AddEntityCommand<Member>(*plan(), created, tr("Add the member “%1”").arg(created.name));
    if (run(command)) {
        selectMember(command->entityId());
        m_table->setFocus();
    }
}

void PeoplePage::editSelected()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1 || !plan() || !undoStack())
        return;
    const Member before = selected.first();
    MemberDialog dialog(before, today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Member after = dialog.member();
    if (after == before)
        return;
    run(new EditEntityCommand<Member>(*plan(), before, after, tr("Edit the member “%1”").arg(before.name)));
}

void PeoplePage::removeSelected()
{
    const QList<Member> selected = selectedMembers();
    if (selected.isEmpty() || !plan() || !undoStack())
        return;
    if (selected.size() == 1) {
        run(new RemoveEntityCommand<Member>(*plan(), selected.first(),
                                            tr("Remove the member “%1”").arg(selected.first().name)));
        return;
    }
    auto *macro = new PlanMacroCommand(*plan(), tr("Remove %1 members").arg(selected.size()));
    for (const Member &member : selected)
        macro->append(new RemoveEntityCommand<Member>(*plan(), member, {}));
    run(macro);
}

void PeoplePage::mergeSelected()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 2 || !plan() || !undoStack())
        return;
    MergeMembersDialog dialog(selected.at(0), selected.at(1), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Id kept = dialog.keptId();
    const Id merged = dialog.mergedId();
    const Member &keptMember = selected.at(0).id == kept ? selected.at(0) : selected.at(1);
    const Member &mergedMember = selected.at(0).id == kept ? selected.at(1) : selected.at(0);
    auto *command = new MergeMembersCommand(*plan(), kept, merged,
                                            tr("Merge “%1” into “%2”").arg(mergedMember.name, keptMember.name));
    if (!run(command))
        return;
    const MemberMergeSummary summary = command->summary();
    m_lastAction->setText(tr("Merged “%1” into “%2”: %3 attendance rows moved, %4 combined, %5 contributions, "
                             "%6 recognitions, %7 stories, %8 survey responses, %9 resources.")
                              .arg(mergedMember.name, keptMember.name)
                              .arg(summary.attendanceMoved)
                              .arg(summary.attendanceCombined)
                              .arg(summary.contributions)
                              .arg(summary.recognitions)
                              .arg(summary.stories)
                              .arg(summary.responses)
                              .arg(summary.resources));
    m_lastAction->show();
    selectMember(kept);
}

void PeoplePage::showEvent(QShowEvent *event)
{
    PlanPage::showEvent(event);
    if (m_modelPlan != plan())
        refresh();
}

bool PeoplePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return PlanPage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto combination = key->keyCombination();
    const bool add = combination == QKeyCombination(Qt::Key_Insert) ||
                     combination == QKeyCombination(Qt::ControlModifier, Qt::Key_N);
    const bool edit = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier
                          ? key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
                          : false;
    const bool remove = combination == QKeyCombination(Qt::Key_Delete);
    if (!add && !edit && !remove)
        return PlanPage::eventFilter(watched, event);
    // Claim the key before a window-wide shortcut (Ctrl+N is also "New Community") takes it.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (add)
        addMember();
    else if (edit)
        editSelected();
    else
        removeSelected();
    return true;
}

void PeoplePage::importFile()
{
    if (!plan() || !undoStack())
        return;
    ImportWizard wizard(
        *plan(), [this](PlanCommand *command) { return run(command); }, this);
    wizard.exec();
}

} // namespace cultivate
