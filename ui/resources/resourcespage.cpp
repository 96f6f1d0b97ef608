// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resources/resourcespage.h"

#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/common/emptystatepage.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/icons.h"
#include "ui/common/typography.h"
#include "ui/resources/resourcedialog.h"
#include "ui/resources/resourcefiltermodel.h"
#include "ui/resources/resourcetablemodel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

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

ResourcesPage::ResourcesPage(QWidget *parent)
    : PlanPage({EntityKind::Resource, EntityKind::Community}, parent)
{
    setObjectName(QStringLiteral("page-resources"));
    const int unit = em(this);

    m_model = new ResourceTableModel(this);
    m_model->setObjectName(QStringLiteral("resource-model"));
    m_filter = new ResourceFilterModel(this);
    m_filter->setObjectName(QStringLiteral("resource-filter"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->setSpacing(unit / 2);
    layout->addWidget(makeLabel(tr("Resources"), TextStyle::Title, this));
    m_summary = makeLabel({}, TextStyle::Body, this);
    m_summary->setObjectName(QStringLiteral("resources-summary"));
    layout->addWidget(m_summary);

    // The buttons, then the search with its filters: below the buttons in a narrow window, where
    // each group also wraps onto more lines when it must.
    auto *bar = new StackingRow;
    bar->setSpacing(unit / 2);
    auto *buttons = new FlowLayout;
    buttons->setSpacing(unit / 2);
    bar->addLayout(buttons, 1);
    auto *finding = new FlowLayout;
    finding->setSpacing(unit / 2);
    bar->addLayout(finding);
    m_add = new QPushButton(tr("&Add Resource…"), this);
    m_add->setObjectName(QStringLiteral("resources-add"));
    m_add->setToolTip(tr("Add a resource (Insert in the table)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("resources-edit"));
    m_edit->setToolTip(tr("Edit the selected resource (Enter)"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("resources-open"));
    m_open->setToolTip(tr("Open the link or location of the selected resource"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("resources-remove"));
    m_remove->setToolTip(tr("Remove the selected resource (Delete)"));
    for (QPushButton *button : {m_add, m_edit, m_open, m_remove})
        buttons->addWidget(button);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("resources-search"));
    m_search->setAccessibleName(tr("Search resources"));
    m_search->setPlaceholderText(tr("Search title, location, tag, author"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(unit * 16);
    finding->addWidget(m_search);
    m_tagFilter = filterBox(QStringLiteral("resources-tag-filter"), tr("Show resources with tag"), this);
    m_tagFilter->addItem(tr("Any tag"), QString());
    m_kindFilter = filterBox(QStringLiteral("resources-kind-filter"), tr("Show resources of kind"), this);
    m_kindFilter->addItem(tr("Any kind"), -1);
    for (ResourceKind kind : enumValues<ResourceKind>())
        m_kindFilter->addItem(label(kind), static_cast<int>(kind));
    finding->addWidget(m_tagFilter);
    finding->addWidget(m_kindFilter);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("resources-stack"));
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("resources-table"));
    m_table->setAccessibleName(tr("Resources"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResourceTableModel::TitleColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    const QList<std::pair<int, int>> widths{
        {ResourceTableModel::TitleColumn, 18},    {ResourceTableModel::KindColumn, 7},
        {ResourceTableModel::LocationColumn, 18}, {ResourceTableModel::AuthorColumn, 11},
        {ResourceTableModel::AddedColumn, 7},     {ResourceTableModel::TagsColumn, 16},
        {ResourceTableModel::VisibilityColumn, 6}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, unit * width);
    header->setSectionResizeMode(ResourceTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_stack->addWidget(m_table);

    auto *emptyText = new EmptyStatePage(glyphIcon(Glyph::Resources), tr("No resources yet"),
                                         tr("Collect the community's shared repertoire: documents, links, templates, "
                                            "tools, recordings and slides, with tags to find them again."),
                                         m_stack);
    emptyText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_addFirst = new QPushButton(tr("Add the First Resource…"), m_stack);
    m_addFirst->setObjectName(QStringLiteral("resources-add-first"));
    m_empty = makeCentredPanel(emptyText, m_addFirst, QStringLiteral("resources-empty"), m_stack);
    m_stack->addWidget(m_empty);

    m_noMatchText = makeLabel({}, TextStyle::Secondary, m_stack);
    m_noMatchText->setObjectName(QStringLiteral("resources-no-match-text"));
    m_noMatchText->setAlignment(Qt::AlignCenter);
    auto *clear = new QPushButton(tr("&Show All Resources"), m_stack);
    clear->setObjectName(QStringLiteral("resources-clear-filters"));
    m_noMatch = makeCentredPanel(m_noMatchText, clear, QStringLiteral("resources-no-match"), m_stack);
    m_stack->addWidget(m_noMatch);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_tagFilter->setCurrentIndex(0);
        m_kindFilter->setCurrentIndex(0);
        m_table->setFocus();
    });
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &ResourcesPage::addResource);
    connect(m_addFirst, &QPushButton::clicked, this, &ResourcesPage::addResource);
    connect(m_edit, &QPushButton::clicked, this, &ResourcesPage::editSelected);
    connect(m_open, &QPushButton::clicked, this, &ResourcesPage::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &ResourcesPage::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ResourcesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourcesPage::updateButtons);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Open"), this, &ResourcesPage::openSelected)->setEnabled(m_open->isEnabled());
        menu.addAction(tr("Edit…"), this, &ResourcesPage::editSelected)->setEnabled(m_edit->isEnabled());
        menu.addAction(tr("Add Resource…"), this, &ResourcesPage::addResource)->setEnabled(m_add->isEnabled());
        menu.addSeparator();
        menu.addAction(tr("Remove"), this, &ResourcesPage::removeSelected)->setEnabled(m_remove->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_search, &QLineEdit::textChanged, this, &ResourcesPage::applyFilters);
    for (QComboBox *box : {m_tagFilter, m_kindFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ResourcesPage::applyFilters);
    // The source model's signals, not the proxy's: the proxy drops rows before the source has.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResourcesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResourcesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourcesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourcesPage::updateSummary);
    updateButtons();
}

QDate ResourcesPage::today() const
{
    return plan() ? plan()->clock().today() : QDate::currentDate();
}

void ResourcesPage::refresh()
{
    // A large plan's rows load when the page is first shown, not while the window opens the plan.
    if (m_modelPlan != plan() && (!plan() || isVisible())) {
        m_modelPlan = plan();
        m_model->setPlan(plan());
    }
    updateTags();
    updateSummary();
    updateButtons();
}

void ResourcesPage::updateTags()
{
    QStringList tags;
    for (const Resource &resource : m_model->resources()) {
        for (const QString &tag : resource.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags.append(tag);
        }
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QStringList shown;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        shown.append(m_tagFilter->itemData(i).toString());
    if (shown == tags)
        return;
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    while (m_tagFilter->count() > 1)
        m_tagFilter->removeItem(1);
    for (const QString &tag : std::as_const(tags))
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void ResourcesPage::applyFilters()
{
    m_filter->setSearch(m_search->text());
    m_filter->setTag(m_tagFilter->currentData().toString());
    m_filter->setKind(m_kindFilter->currentData().toInt());
    updateSummary();
}

void ResourcesPage::updateSummary()
{
    const QList<Resource> &resources = m_model->resources();
    const int total = static_cast<int>(resources.size());
    const auto shared = std::count_if(resources.cbegin(), resources.cend(), [](const Resource &resource) {
        return resource.visibility == Visibility::Public;
    });
    QString text;
    if (total == 0) {
        text = plan() ? tr("No resources yet.") : QString();
    } else {
        text = (total == 1 ? tr("One resource") : tr("%1 resources").arg(formatCount(total))) +
               tr(" · %1 public").arg(formatCount(shared));
        const int shown = m_filter->rowCount();
        if (shown != total)
            text += tr(" · showing %1").arg(formatCount(shown));
    }
    m_summary->setText(text);
    QWidget *shownWidget = m_table;
    if (total == 0 && plan()) {
        shownWidget = m_empty;
    } else if (total > 0 && m_filter->rowCount() == 0) {
        const QString search = m_search->text().simplified();
        m_noMatchText->setText(search.isEmpty() ? tr("No resource matches the filters.")
                                                : tr("No resource matches “%1” with these filters.").arg(search));
        shownWidget = m_noMatch;
    }
    if (m_stack->currentWidget() != shownWidget)
        m_stack->setCurrentWidget(shownWidget);
}

void ResourcesPage::updateButtons()
{
    const bool editable = plan() && undoStack();
    const std::optional<Resource> selected = selectedResource();
    m_add->setEnabled(editable);
    m_addFirst->setEnabled(editable);
    m_edit->setEnabled(editable && selected);
    m_remove->setEnabled(editable && selected);
    m_open->setEnabled(selected && !selected->location.trimmed().isEmpty());
}

std::optional<Resource> ResourcesPage::selectedResource() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_filter->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->resource(row);
}

void ResourcesPage::selectResource(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QUrl ResourcesPage::urlFor(const QString &location)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return {};
    if (QFileInfo(QDir::fromNativeSeparators(text)).isAbsolute())
        return QUrl::fromLocalFile(QDir::fromNativeSeparators(text));
    return QUrl::fromUserInput(text);
}

void ResourcesPage::addResource()
{
    if (!plan() || !undoStack())
        return;
    QList<Member> members;
    if (auto loaded = plan()->list<Member>(); loaded.ok())
        members = loaded.value();
    QList<Event> events;
    if (auto loaded = plan()->list<Event>(); loaded.ok())
        events = loaded.value();
    Resource resource;
    resource.addedDate = today();
    ResourceDialog dialog(resource, members, events, today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Resource created = dialog.resource();
    auto *command = new AddEntityCommand<Resource>(*plan(), created, tr("Add the resource “%1”").arg(created.title));
    if (run(command)) {
        selectResource(command->entityId());
        m_table->setFocus();
    }
}

void ResourcesPage::editSelected()
{
    const std::optional<Resource> selected = selectedResource();
    if (!selected || !plan() || !undoStack())
        return;
    QList<Member> members;
    if (auto loaded = plan()->list<Member>(); loaded.ok())
        members = loaded.value();
    QList<Event> events;
    if (auto loaded = plan()->list<Event>(); loaded.ok())
        events = loaded.value();
    ResourceDialog dialog(*selected, members, events, today(), this);
    if (dialog.exec() != QDialog::Accepted || !plan())
        return;
    const Resource after = dialog.resource();
    if (after == *selected)
        return;
    run(new EditEntityCommand<Resource>(*plan(), *selected, after, tr("Edit the resource “%1”").arg(selected->title)));
}

void ResourcesPage::removeSelected()
{
    const std::optional<Resource> selected = selectedResource();
    if (!selected || !plan() || !undoStack())
        return;
    run(new RemoveEntityCommand<Resource>(*plan(), *selected, tr("Remove the resource “%1”").arg(selected->title)));
}

void ResourcesPage::openSelected()
{
    const std::optional<Resource> selected = selectedResource();
    if (!selected)
        return;
    const QUrl url = urlFor(selected->location);
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void ResourcesPage::showEvent(QShowEvent *event)
{
    PlanPage::showEvent(event);
    if (m_modelPlan != plan())
        refresh();
}

bool ResourcesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return PlanPage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto combination = key->keyCombination();
    const bool add = combination == QKeyCombination(Qt::Key_Insert) ||
                     combination == QKeyCombination(Qt::ControlModifier, Qt::Key_N);
    const bool edit = (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) &&
                      (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    const bool remove = combination == QKeyCombination(Qt::Key_Delete);
    if (!add && !edit && !remove)
        return PlanPage::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (add)
        addResource();
    else if (edit)
        editSelected();
    else
        removeSelected();
    return true;
}

} // namespace cultivate
