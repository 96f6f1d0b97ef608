// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/importwizard.h"

#include "core/importers/csvreader.h"
#include "core/importers/reportvalues.h"
#include "core/storage/plantask.h"
#include "ui/commands/importcommand.h"
#include "ui/common/formatting.h"
#include "ui/common/typography.h"
#include "ui/people/membernames.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>

namespace cultivate {

namespace {

// A row's choice of member. Its list of every member ("Merge into …") is filled only once it is
// opened or used from the keyboard: a large plan's members in each row of a file kept the window
// busy for seconds.
class PersonChoice final : public QComboBox {
public:
    PersonChoice(std::function<void(QComboBox &)> fill, QWidget *parent)
        : QComboBox(parent)
        , m_fill(std::move(fill))
    {
    }
    void listEveryMember()
    {
        if (!m_fill)
            return;
        const auto fill = std::exchange(m_fill, nullptr);
        fill(*this);
    }
    void showPopup() override
    {
        listEveryMember();
        QComboBox::showPopup();
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        listEveryMember();
        QComboBox::keyPressEvent(event);
    }

private:
    std::function<void(QComboBox &)> m_fill;
};

// A wizard page whose Next/Finish button follows a condition of the wizard.
class ImportStep final : public QWizardPage {
public:
    ImportStep(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

enum PeopleColumn { NameColumn, EmailColumn, MinutesColumn, WhatColumn, MemberColumn, ColumnCount };

QString delimiterWords(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return ImportWizard::tr("Tab");
    if (delimiter == QLatin1Char(';'))
        return ImportWizard::tr("Semicolon (;)");
    if (delimiter == QLatin1Char(','))
        return ImportWizard::tr("Comma (,)");
    return ImportWizard::tr("“%1”").arg(delimiter);
}

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : ImportWizard::tr("unknown");
}

QString eventText(const Event &event)
{
    return ImportWizard::tr("“%1”, %2").arg(event.title, dateTimeText(event.start));
}

} // namespace

ImportWizard::ImportWizard(Plan &plan, Runner runner, QWidget *parent)
    : QWizard(parent)
    , m_plan(plan)
    , m_runner(std::move(runner))
    , m_previewRunner(new TaskRunner(this))
{
    setObjectName(QStringLiteral("import-wizard"));
    setWindowTitle(tr("Import People or Attendance"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    if (auto members = m_plan.list<Member>(); members.ok())
        m_members = members.value();
    m_memberNames = distinctMemberNames(m_members);
    std::sort(m_members.begin(), m_members.end(),
              [](const Member &a, const Member &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    if (auto events = m_plan.list<Event>(); events.ok())
        m_events = events.value();
    std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) { return a.start > b.start; });

    setPage(FileStep, makeFilePage());
    setPage(DetectionStep, makeDetectionPage());
    setPage(PeopleStep, makePeoplePage());
    setPage(SummaryStep, makeSummaryPage());
    connect(m_previewRunner, &TaskRunner::busyChanged, this, &ImportWizard::setBusy);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("import-next"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("import-back"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("import-finish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("import-close"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    for (auto which : {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        button(which)->setAccessibleName(button(which)->text().remove(QLatin1Char('&')));

    const int unit = em(this);
    setMinimumSize(unit * 50, unit * 34);
    resize(unit * 60, unit * 40);
    showPreview();
}

ImportWizard::~ImportWizard()
{
    // The path field loses the focus while QWidget's destructor takes the pages down, and its
    // editingFinished would then reach a wizard that is no longer one.
    disconnect(m_path, nullptr, this, nullptr);
    disconnect(m_previewRunner, nullptr, this, nullptr);
    m_previewRunner->cancel();
}

QWizardPage *ImportWizard::makeFilePage()
{
    // Next is open to a typed path not yet read too: pressing it reads the path first.
    auto *page = new ImportStep([this] { return !m_busy && (m_preview.has_value() || typedPathPending()); }, this);
    m_filePage = page;
    page->setObjectName(QStringLiteral("import-file-page"));
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A member list, or a Zoom, Teams or other attendance report saved as CSV. "
                         "Nothing is written until you press Import on the last step."));

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("import-path"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Choose a CSV file…"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(QStringLiteral("import-browse"));
    m_browse->setAccessibleName(tr("Browse for the file"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_kindBox = new QComboBox(page);
    m_kindBox->setObjectName(QStringLiteral("import-kind"));
    m_kindBox->setAccessibleName(tr("What the file holds"));
    m_kindBox->addItem(tr("Attendance of one meeting (Zoom, Teams or a table of names)"),
                       static_cast<int>(ImportKind::Attendance));
    m_kindBox->addItem(tr("Members of the community (a member list)"), static_cast<int>(ImportKind::Members));
    auto *kindLabel = new QLabel(tr("It &holds:"), page);
    kindLabel->setBuddy(m_kindBox);
    form->addRow(kindLabel, m_kindBox);

    auto *busyRow = new QHBoxLayout;
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("import-progress"));
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("&Stop Reading"), page);
    m_cancel->setObjectName(QStringLiteral("import-cancel-preview"));
    m_cancel->setAccessibleName(tr("Stop reading the file"));
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    m_fileStatus = makeLabel({}, TextStyle::Body, page);
    m_fileStatus->setObjectName(QStringLiteral("import-file-status"));
    m_fileStatus->setAccessibleName(tr("What was read"));
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(m_fileStatus);
    layout->addStretch(1);

    // A typed path is followed once typing pauses, as soon as it names a file.
    m_pathTimer = new QTimer(this);
    m_pathTimer->setSingleShot(true);
    m_pathTimer->setInterval(400);
    connect(m_pathTimer, &QTimer::timeout, this, [this] {
        const QString typed = m_path->text().trimmed();
        if (typed != m_file && QFileInfo(typed).isFile())
            followPath(typed);
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTimer->start(); });
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::updateComplete);
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        m_pathTimer->stop();
        if (m_path->text().trimmed() != m_file)
            followPath(m_path->text().trimmed());
    });
    connect(m_kindBox, &QComboBox::activated, this,
            [this](int index) { setKind(static_cast<ImportKind>(m_kindBox->itemData(index).toInt())); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelPreview);
    return page;
}

QWizardPage *ImportWizard::makeDetectionPage()
{
    // Next is open to a typed path not yet read too: pressing it reads the path first.
    auto *page = new ImportStep([this] { return !m_busy && (m_preview.has_value() || typedPathPending()); }, this);
    m_detectionPage = page;
    page->setObjectName(QStringLiteral("import-detection-page"));
    page->setTitle(tr("What the file is"));
    page->setSubTitle(tr("How the file was read. For attendance, choose another event if the meeting belongs "
                         "to one the plan already has."));

    auto value = [page](const QString &name, const QString &accessible) {
        QLabel *label = makeLabel({}, TextStyle::Body, page);
        label->setObjectName(name);
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_format = value(QStringLiteral("import-format"), tr("Format"));
    m_encoding = value(QStringLiteral("import-encoding"), tr("Encoding"));
    m_delimiter = value(QStringLiteral("import-delimiter"), tr("Delimiter"));
    m_rows = value(QStringLiteral("import-rows"), tr("Rows read"));
    m_meeting = value(QStringLiteral("import-meeting"), tr("Meeting"));
    m_eventChoice = value(QStringLiteral("import-event-choice"), tr("Where the attendance goes"));

    m_eventBox = new QComboBox(page);
    m_eventBox->setObjectName(QStringLiteral("import-event"));
    m_eventBox->setAccessibleName(tr("Event the attendance goes to"));
    m_eventBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventBox->setMinimumContentsLength(30);
    m_eventBox->addItem(tr("As detected"), Id{0});
    for (const Event &event : std::as_const(m_events))
        m_eventBox->addItem(tr("%1 — %2").arg(dateTimeText(event.start), event.title), event.id);

    m_encodingBox = new QComboBox(page);
    m_encodingBox->setObjectName(QStringLiteral("import-encoding-choice"));
    m_encodingBox->setAccessibleName(tr("Encoding of the file"));
    m_encodingBox->addItem(tr("As detected"), -1);
    for (TextEncoding encoding : selectableEncodings())
        m_encodingBox->addItem(encodingDescription(encoding), static_cast<int>(encoding));
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingBox, 1);

    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("import-columns"));
    m_columns->setAccessibleName(tr("Columns of the file and what they hold"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Holds"), tr("First value")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setTabKeyNavigation(false);
    m_columns->setWordWrap(false);
    m_columns->setTextElideMode(Qt::ElideMiddle);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setMinimumHeight(em(this) * 8);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(makeLabel(tr("Format:"), TextStyle::Caption, page), m_format);
    auto *encodingLabel = makeLabel(tr("E&ncoding:"), TextStyle::Caption, page);
    encodingLabel->setBuddy(m_encodingBox);
    form->addRow(encodingLabel, encodingRow);
    form->addRow(makeLabel(tr("Delimiter:"), TextStyle::Caption, page), m_delimiter);
    form->addRow(makeLabel(tr("Rows read:"), TextStyle::Caption, page), m_rows);
    form->addRow(makeLabel(tr("Meeting:"), TextStyle::Caption, page), m_meeting);
    form->addRow(makeLabel(tr("Goes to:"), TextStyle::Caption, page), m_eventChoice);
    m_eventCaption = makeLabel(tr("&Event:"), TextStyle::Caption, page);
    m_eventCaption->setBuddy(m_eventBox);
    form->addRow(m_eventCaption, m_eventBox);
    auto *columnsLabel = makeLabel(tr("&Columns:"), TextStyle::Caption, page);
    columnsLabel->setBuddy(m_columns);
    form->addRow(columnsLabel, m_columns);

    connect(m_encodingBox, &QComboBox::activated, this, [this](int index) {
        const int data = m_encodingBox->itemData(index).toInt();
        chooseEncoding(data < 0 ? std::nullopt : std::optional<TextEncoding>(static_cast<TextEncoding>(data)));
    });
    connect(m_eventBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        m_eventId = m_eventBox->itemData(index).toLongLong();
        startPreview();
    });
    return page;
}

QWizardPage *ImportWizard::makePeoplePage()
{
    // Next is open to a typed path not yet read too: pressing it reads the path first.
    auto *page = new ImportStep([this] { return !m_busy && (m_preview.has_value() || typedPathPending()); }, this);
    m_peoplePage = page;
    page->setObjectName(QStringLiteral("import-people-page"));
    page->setTitle(tr("The people of the file"));
    page->setSubTitle(tr("Who each person becomes. Choose another member to merge a person into them, or "
                         "“New member” to add them."));

    m_peopleSummary = makeLabel({}, TextStyle::Body, page);
    m_peopleSummary->setObjectName(QStringLiteral("import-people-summary"));
    m_people = new QTableWidget(0, ColumnCount, page);
    m_people->setObjectName(QStringLiteral("import-people"));
    m_people->setAccessibleName(tr("People of the file"));
    m_people->setHorizontalHeaderLabels(
        {tr("Name in the file"), tr("Email"), tr("Minutes"), tr("What happens"), tr("Member")});
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setTabKeyNavigation(false);
    m_people->setWordWrap(false);
    m_people->setTextElideMode(Qt::ElideMiddle);
    m_people->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *header = m_people->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_peopleSummary);
    layout->addWidget(m_people, 1);
    return page;
}

QWizardPage *ImportWizard::makeSummaryPage()
{
    auto *page = new ImportStep(
        [this] {
            return !m_busy && m_preview && !m_preview->hasErrors() && !m_preview->alreadyImported() &&
                   !chosenPreview().nothingNew();
        },
        this);
    m_summaryPage = page;
    page->setObjectName(QStringLiteral("import-summary-page"));
    page->setTitle(tr("Ready to import"));
    page->setSubTitle(tr("A dry run: this is what Import will write, as one step you can undo."));
    page->setFinalPage(true);

    m_summary = makeLabel({}, TextStyle::Body, page);
    m_summary->setObjectName(QStringLiteral("import-summary"));
    m_summary->setAccessibleName(tr("What will be imported"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = makeLabel({}, TextStyle::Strong, page);
    m_error->setObjectName(QStringLiteral("import-error"));
    m_error->setAccessibleName(tr("Problem in the file"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_already = makeLabel({}, TextStyle::Strong, page);
    m_already->setObjectName(QStringLiteral("import-already"));
    m_already->setAccessibleName(tr("Already imported"));
    auto *warningsCaption = makeLabel(tr("Notes about the file:"), TextStyle::Caption, page);
    m_warnings = new QListWidget(page);
    m_warnings->setObjectName(QStringLiteral("import-warnings"));
    m_warnings->setAccessibleName(tr("Notes about the file"));
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setFocusPolicy(Qt::TabFocus);

    auto *changesCaption = makeLabel(tr("What changes, member by member:"), TextStyle::Caption, page);
    m_changes = new QListWidget(page);
    m_changes->setObjectName(QStringLiteral("import-changes"));
    m_changes->setAccessibleName(tr("What changes, member by member"));
    m_changes->setWordWrap(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_already);
    layout->addWidget(changesCaption);
    layout->addWidget(m_changes, 1);
    layout->addWidget(warningsCaption);
    layout->addWidget(m_warnings, 1);
    return page;
}

QString ImportWizard::file() const
{
    return m_file;
}

void ImportWizard::browse()
{
    const QString start = m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the File to Import"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    followPath(path);
}

bool ImportWizard::typedPathPending() const
{
    if (!m_path)
        return false;
    const QString typed = m_path->text().trimmed();
    return !typed.isEmpty() && typed != m_file;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FileStep) {
        if (typedPathPending()) {
            m_pathTimer->stop();
            followPath(m_path->text().trimmed());
            return false;
        }
        if (m_busy || !m_preview)
            return false;
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::followPath(const QString &path)
{
    m_file = path;
    m_guessKind = true;
    m_eventId = 0;
    m_encodingChoice.reset();
    m_overrides.clear();
    startPreview();
}

void ImportWizard::chooseEncoding(std::optional<TextEncoding> encoding)
{
    m_encodingChoice = encoding;
    const int index = m_encodingBox->findData(encoding ? static_cast<int>(*encoding) : -1);
    if (index >= 0)
        m_encodingBox->setCurrentIndex(index);
    if (!m_file.isEmpty())
        startPreview();
}

void ImportWizard::chooseColumnRole(int column, ColumnRole role)
{
    if (!m_preview || column < 0 || column >= m_preview->columns.size())
        return;
    const QString header = m_preview->columns.at(column).header;
    ColumnOverrides overrides;
    for (const auto &[r, h] : std::as_const(m_overrides)) {
        if (headerKey(h) != headerKey(header) && r != role)
            overrides.append({r, h});
    }
    overrides.append({role, header});
    m_overrides = overrides;
    startPreview();
}

void ImportWizard::setKind(ImportKind kind)
{
    m_kind = kind;
    m_guessKind = false;
    m_kindBox->setCurrentIndex(m_kindBox->findData(static_cast<int>(kind)));
    if (!m_file.isEmpty())
        startPreview();
}

void ImportWizard::chooseEvent(Id eventId)
{
    const int index = m_eventBox->findData(eventId);
    if (index >= 0)
        m_eventBox->setCurrentIndex(index); // previews again
}

void ImportWizard::choosePerson(int row, Id memberId)
{
    auto *box = dynamic_cast<PersonChoice *>(m_people->cellWidget(row, MemberColumn));
    if (!box)
        return;
    box->listEveryMember();
    const int index = box->findData(memberId);
    if (index >= 0)
        box->setCurrentIndex(index);
}

void ImportWizard::startPreview()
{
    cancelPreview();
    m_preview.reset();
    m_previewError.clear();
    m_outcome.reset();
    if (m_file.isEmpty()) {
        showPreview();
        return;
    }
    ImportOptions options;
    options.kind = m_kind;
    options.guessKind = m_guessKind;
    options.encoding = m_encodingChoice;
    options.columns = m_overrides;
    if (m_eventId > 0)
        options.eventId = m_eventId;
    startOnPlan<ImportPreview>(
        *m_previewRunner, m_plan,
        [file = m_file, options](const Plan &plan, TaskControl &) { return previewImport(plan, file, options); },
        [this](Result<ImportPreview> preview) { finish(std::move(preview)); });
}

int ImportWizard::workerRuns() const
{
    return m_previewRunner->runs();
}

bool ImportWizard::hasWorkers() const
{
    return m_previewRunner->hasWorkers();
}

void ImportWizard::cancelPreview()
{
    if (m_previewRunner->isBusy()) {
        m_previewRunner->cancel();
        if (m_fileStatus)
            m_fileStatus->setText(tr("Stopped reading the file."));
    }
    setBusy(false);
}

void ImportWizard::finish(Result<ImportPreview> preview)
{
    if (preview.ok())
        m_preview = std::move(preview).value();
    else
        m_previewError = preview.error().message;
    if (m_preview && m_guessKind)
        m_kind = m_preview->kind;
    setBusy(false);
    showPreview();
    emit previewed();
}

void ImportWizard::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_eventBox->setEnabled(!busy);
    if (busy)
        m_fileStatus->setText(tr("Reading %1…").arg(QFileInfo(m_file).fileName()));
    updateComplete();
}

void ImportWizard::updateComplete()
{
    for (QWizardPage *page : {m_filePage, m_detectionPage, m_peoplePage, m_summaryPage}) {
        if (page)
            emit page->completeChanged();
    }
}

void ImportWizard::showPreview()
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(static_cast<int>(m_kind)));
    m_choices.clear();
    if (m_preview) {
        for (const PersonPlan &person : std::as_const(m_preview->people))
            m_choices.append(person.memberId);
    }
    if (!m_busy) {
        if (!m_previewError.isEmpty()) {
            m_fileStatus->setText(m_previewError);
        } else if (!m_preview) {
            m_fileStatus->setText(m_file.isEmpty() ? tr("No file chosen yet.") : QString());
        } else {
            const ImportPreview &p = *m_preview;
            QString text = tr("%1: %2. Data rows: %3, people: %4.")
                               .arg(p.fileName, formatLabel(p.format))
                               .arg(p.rows)
                               .arg(p.people.size());
            if (p.alreadyImported())
                text += QLatin1Char('\n') + tr("This file was imported before (see the last step).");
            else if (p.hasErrors())
                text += QLatin1Char('\n') + p.firstErrorMessage();
            m_fileStatus->setText(text);
        }
    }
    showDetection();
    showPeople();
    showSummary();
    updateComplete();
}

void ImportWizard::showDetection()
{
    const bool attendance = m_preview && m_preview->kind == ImportKind::Attendance;
    for (QWidget *widget : {static_cast<QWidget *>(m_eventCaption), static_cast<QWidget *>(m_eventBox)})
        widget->setVisible(attendance);
    if (!m_preview) {
        for (QLabel *label : {m_format, m_encoding, m_delimiter, m_rows, m_meeting, m_eventChoice})
            label->clear();
        m_columns->setRowCount(0);
        return;
    }
    const ImportPreview &p = *m_preview;
    m_format->setText(p.kind == ImportKind::Members
                          ? tr("Member list%1").arg(p.workbook ? tr(" (Excel workbook)") : QString())
                          : formatLabel(p.format));
    m_encoding->setText(p.workbook ? tr("Excel workbook") : encodingName(p.encoding));
    m_encoding->setToolTip(p.encodingGuessed ? tr("Detected from the file") : tr("As you chose"));
    m_encodingBox->setEnabled(!p.workbook);
    m_encodingBox->setItemText(0, p.encodingGuessed && !p.workbook
                                      ? tr("As detected: %1").arg(encodingDescription(p.encoding))
                                      : tr("As detected"));
    m_encodingBox->setCurrentIndex(
        std::max(0, m_encodingBox->findData(m_encodingChoice ? static_cast<int>(*m_encodingChoice) : -1)));
    showColumns();
    m_delimiter->setText(delimiterWords(p.delimiter));
    m_rows->setText(formatCount(p.rows));
    if (!attendance) {
        m_meeting->setText(tr("None: a member list adds and updates members only."));
        m_eventChoice->setText(tr("No event."));
        return;
    }
    const auto minutes = p.meeting.durationMinutes();
    m_meeting->setText(tr("“%1”, starting %2, %3")
                           .arg(p.meeting.title.isEmpty() ? tr("untitled") : p.meeting.title,
                                dateTimeText(p.meeting.start),
                                minutes ? tr("%1 min").arg(*minutes) : tr("duration unknown")));
    switch (p.eventChoice) {
    case EventChoice::Given:
        m_eventChoice->setText(tr("The event you chose: %1.").arg(eventText(p.event)));
        break;
    case EventChoice::MatchedByTime:
        m_eventChoice->setText(
            tr("%1, the plan's event that starts within an hour of the meeting.").arg(eventText(p.event)));
        break;
    case EventChoice::Created:
        m_eventChoice->setText(tr("A new held event will be created: %1.").arg(eventText(p.event)));
        break;
    }
    if (!p.eventChanges.isEmpty())
        m_eventChoice->setText(m_eventChoice->text() + QLatin1Char('\n') +
                               tr("The report updates it: %1.").arg(p.eventChanges.join(QStringLiteral("; "))));
    m_updating = true;
    m_eventBox->setItemText(0, p.eventChoice == EventChoice::Given ? tr("As detected from the meeting's time")
                               : p.eventChoice == EventChoice::MatchedByTime
                                   ? tr("As detected: %1").arg(eventText(p.event))
                                   : tr("As detected: a new event"));
    m_eventBox->setCurrentIndex(std::max(0, m_eventBox->findData(m_eventId)));
    m_updating = false;
}

QString ImportWizard::memberName(Id id) const
{
    if (const auto found = m_memberNames.constFind(id); found != m_memberNames.cend())
        return *found;
    return tr("member #%1").arg(id);
}

void ImportWizard::showPeople()
{
    m_people->setRowCount(0);
    if (!m_preview) {
        m_peopleSummary->clear();
        return;
    }
    const ImportPreview &p = *m_preview;
    m_people->setColumnHidden(MinutesColumn, p.kind != ImportKind::Attendance);
    m_people->setRowCount(static_cast<int>(p.people.size()));
    for (int row = 0; row < p.people.size(); ++row) {
        const PersonPlan &person = p.people.at(row);
        auto *name = new QTableWidgetItem(person.names.join(QStringLiteral(" / ")));
        name->setToolTip(tr("%1 (line %2 of the file)").arg(name->text()).arg(person.line));
        m_people->setItem(row, NameColumn, name);
        auto *email = new QTableWidgetItem(person.email);
        email->setToolTip(person.email);
        m_people->setItem(row, EmailColumn, email);
        const auto minutes = person.minutes();
        auto *minutesItem = new QTableWidgetItem(minutes ? formatCount(*minutes) : QString());
        minutesItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_people->setItem(row, MinutesColumn, minutesItem);
        m_people->setItem(row, WhatColumn, new QTableWidgetItem);

        auto *box = new PersonChoice(
            [this](QComboBox &choice) {
                choice.insertSeparator(choice.count());
                for (const Member &member : std::as_const(m_members))
                    choice.addItem(tr("Merge into %1").arg(m_memberNames.value(member.id, member.name)), member.id);
            },
            m_people);
        box->setObjectName(QStringLiteral("import-person-%1").arg(row));
        box->setAccessibleName(tr("Who “%1” becomes").arg(person.names.value(0)));
        box->setFocusPolicy(Qt::StrongFocus);
        box->addItem(tr("New member"), Id{0});
        QSet<Id> listed;
        if (person.memberId != 0) {
            box->addItem(tr("%1 (matched)").arg(memberName(person.memberId)), person.memberId);
            listed.insert(person.memberId);
        }
        for (Id candidate : person.candidates) {
            if (!listed.contains(candidate))
                box->addItem(tr("%1 (fits the name)").arg(memberName(candidate)), candidate);
            listed.insert(candidate);
        }
        box->setCurrentIndex(std::max(0, box->findData(person.memberId)));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
        box->setToolTip(box->currentText());
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
        box->setProperty("importRow", row);
        box->installEventFilter(this);
        m_people->setCellWidget(row, MemberColumn, box);
        // Tab walks from the table through the rows' choices in order.
        setTabOrder(row == 0 ? static_cast<QWidget *>(m_people) : m_people->cellWidget(row - 1, MemberColumn), box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row, box](int index) {
            if (row < m_choices.size() && index >= 0) {
                m_choices[row] = box->itemData(index).toLongLong();
                personChanged(row);
            }
        });
        personChanged(row, false);
    }
    // The counts once for the whole table: each sums every row's choice.
    if (!p.people.isEmpty())
        personChanged(0);
    const int unit = em(this);
    m_people->resizeColumnsToContents();
    m_people->setColumnWidth(NameColumn, std::min(m_people->columnWidth(NameColumn), unit * 16));
    m_people->setColumnWidth(EmailColumn, std::min(m_people->columnWidth(EmailColumn), unit * 14));
    m_people->setColumnWidth(WhatColumn, std::max(m_people->columnWidth(WhatColumn), unit * 12));
    // The member choice is as wide as its widest entry needs (a name is never clipped); the
    // table scrolls sideways when the window is narrower.
    int memberWidth = unit * 14;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        if (auto *box = qobject_cast<QComboBox *>(m_people->cellWidget(row, MemberColumn))) {
            // The hint holds 18 characters; a longer choice (a namesake with the organisation) adds its excess.
            const QFontMetrics metrics = box->fontMetrics();
            const int excess = metrics.horizontalAdvance(box->currentText()) -
                               metrics.horizontalAdvance(QLatin1Char('x')) * box->minimumContentsLength();
            memberWidth = std::max(memberWidth, box->sizeHint().width() + std::max(0, excess));
        }
    }
    m_people->setColumnWidth(MemberColumn, memberWidth);
}

bool ImportWizard::eventFilter(QObject *watched, QEvent *event)
{
    // A row's choice that gets the focus by keyboard is scrolled into view and its row selected.
    if (event->type() == QEvent::FocusIn) {
        const QVariant row = watched->property("importRow");
        if (row.isValid() && row.toInt() < m_people->rowCount()) {
            m_people->setCurrentCell(row.toInt(), NameColumn);
            m_people->scrollTo(m_people->model()->index(row.toInt(), MemberColumn));
        }
    }
    return QWizard::eventFilter(watched, event);
}

void ImportWizard::personChanged(int row, bool summarise)
{
    if (!m_preview || row >= m_preview->people.size())
        return;
    const PersonPlan &person = m_preview->people.at(row);
    const Id chosen = m_choices.value(row);
    QString what;
    if (chosen == 0) {
        what = person.match == MatchKind::Ambiguous ? tr("New member (the name fits several members)")
               : !person.otherEmail.isEmpty()
                   ? tr("New member (%1 has another email)").arg(memberName(person.otherEmail.constFirst()))
                   : tr("New member");
    } else if (chosen == person.memberId) {
        switch (person.match) {
        case MatchKind::Email:
            what = tr("Matched by email");
            break;
        case MatchKind::Name:
            what = tr("Matched by name");
            break;
        case MatchKind::Alias:
            what = tr("Matched by alias");
            break;
        case MatchKind::Ambiguous:
        case MatchKind::None:
            what = tr("Chosen member");
            break;
        }
        if (person.isMerge())
            what += tr(", learns a new name or email");
    } else {
        what = tr("Merged into %1").arg(memberName(chosen));
    }
    if (QTableWidgetItem *item = m_people->item(row, WhatColumn)) {
        item->setText(what);
        item->setToolTip(what);
    }
    if (!summarise)
        return;
    // The table's own summary and the last step follow every choice.
    const ImportPreview chosenOnes = chosenPreview();
    m_peopleSummary->setText(tr("People in the file: %1. Existing members: %2. New members: %3.")
                                 .arg(chosenOnes.people.size())
                                 .arg(chosenOnes.matchedCount())
                                 .arg(chosenOnes.newMemberCount()));
    showSummary();
}

namespace {

// The attendance rows an attendance import writes: one per new member and one per existing member it
// names (several names merged into one member give one row).
int attendanceRows(const ImportPreview &p)
{
    QSet<Id> members;
    int newOnes = 0;
    for (const PersonPlan &person : p.people) {
        if (person.isNew())
            ++newOnes;
        else
            members.insert(person.memberId);
    }
    return newOnes + static_cast<int>(members.size());
}

} // namespace

ImportPreview ImportWizard::chosenPreview() const
{
    if (!m_preview)
        return {};
    return applyPersonChoices(*m_preview, m_choices, m_members);
}

void ImportWizard::showColumns()
{
    m_columns->setRowCount(0);
    if (!m_preview)
        return;
    const ImportPreview &p = *m_preview;
    const QList<ColumnRole> roles = choosableRoles(p.kind);
    m_columns->setRowCount(static_cast<int>(p.columns.size()));
    for (int row = 0; row < p.columns.size(); ++row) {
        const ColumnInfo &column = p.columns.at(row);
        auto *header = new QTableWidgetItem(column.header);
        header->setToolTip(column.header);
        m_columns->setItem(row, 0, header);
        auto *sample = new QTableWidgetItem(column.sample);
        sample->setToolTip(column.sample);
        m_columns->setItem(row, 2, sample);
        auto *box = new QComboBox(m_columns);
        box->setObjectName(QStringLiteral("import-column-%1").arg(row));
        box->setAccessibleName(tr("What column “%1” holds").arg(column.header));
        box->setFocusPolicy(Qt::StrongFocus);
        for (ColumnRole role : roles)
            box->addItem(role == column.detected && role != ColumnRole::Ignore
                             ? tr("%1 (detected)").arg(roleLabel(role))
                             : roleLabel(role),
                         static_cast<int>(role));
        if (box->findData(static_cast<int>(column.role)) < 0)
            box->addItem(roleLabel(column.role), static_cast<int>(column.role));
        box->setCurrentIndex(box->findData(static_cast<int>(column.role)));
        m_columns->setCellWidget(row, 1, box);
        connect(box, &QComboBox::activated, this, [this, row, box](int index) {
            chooseColumnRole(row, static_cast<ColumnRole>(box->itemData(index).toInt()));
        });
    }
    m_columns->resizeColumnsToContents();
    const int unit = em(this);
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), unit * 14));
}

void ImportWizard::showSummary()
{
    m_warnings->clear();
    m_changes->clear();
    m_error->clear();
    m_already->clear();
    m_error->setVisible(false);
    m_already->setVisible(false);
    if (!m_preview) {
        m_summary->setText(m_previewError.isEmpty() ? tr("No file has been read yet.") : m_previewError);
        updateComplete();
        return;
    }
    const ImportPreview p = chosenPreview();
    QStringList lines;
    if (p.kind == ImportKind::Attendance) {
        const int rows = attendanceRows(p);
        lines << tr("Attendance rows: %1, for %2.").arg(rows).arg(eventText(p.event));
        if (p.eventChoice == EventChoice::Created)
            lines << tr("The event is new and will be marked held.");
        if (p.attendanceChanges != rows)
            lines << tr("Of these, new or changed: %1 (the others are already in the plan).").arg(p.attendanceChanges);
        if (!p.eventChanges.isEmpty())
            lines << tr("The event changes: %1.").arg(p.eventChanges.join(QStringLiteral("; ")));
    } else {
        lines << tr("Existing members the list changes: %1 (of %2 found).").arg(p.updateCount()).arg(p.matchedCount());
    }
    if (!p.ignoredColumns.isEmpty())
        lines << tr("Ignored columns: %1.").arg(p.ignoredColumns.join(QStringLiteral(", ")));
    lines << tr("New members: %1.").arg(p.newMemberCount());
    lines << tr("Members who learn a new name or email: %1.").arg(p.mergeCount());
    m_summary->setText(lines.join(QLatin1Char('\n')));

    if (p.hasErrors()) {
        QString text = tr("The file cannot be imported: %1").arg(p.firstErrorMessage());
        if (p.errors.size() > 1)
            text += QLatin1Char('\n') + tr("Further problems in the file: %1.").arg(p.errors.size() - 1);
        m_error->setText(text);
        m_error->setVisible(true);
    }
    if (p.alreadyImported()) {
        m_already->setText(tr("Already imported: this very file was imported on %1 (import #%2). Importing it again "
                              "would count the same people twice, so there is nothing to do.")
                               .arg(dateTimeText(p.previousImport->importedAt))
                               .arg(p.previousImport->id));
        m_already->setVisible(true);
    }
    for (const PersonPlan &person : p.people) {
        const QString name = person.isNew() ? person.proposed.name : memberName(person.memberId);
        // Attendance changes no member field: only new members and new names or addresses show.
        if (p.kind == ImportKind::Attendance && !person.isNew() && !person.isMerge())
            continue;
        if (person.isNew()) {
            m_changes->addItem(tr("New: %1").arg(name));
            continue;
        }
        QStringList changes;
        for (const FieldChange &change : person.changes)
            changes << tr("%1 “%2” → “%3”").arg(roleLabel(change.field), change.before, change.after);
        if (changes.isEmpty() && person.isMerge())
            changes << tr("learns %1")
                           .arg((person.aliasesToAdd + QStringList{person.emailToAdd})
                                    .filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral(", ")));
        m_changes->addItem(changes.isEmpty() ? tr("Unchanged: %1").arg(name)
                                             : tr("Updated: %1 — %2").arg(name, changes.join(QStringLiteral("; "))));
    }
    if (p.nothingNew() && !p.alreadyImported() && !p.hasErrors()) {
        m_already->setText(tr("Nothing new: the plan already has every person, field and attendance of this file "
                              "(a report of a meeting imported before, downloaded again)."));
        m_already->setVisible(true);
    }
    for (const ImportIssue &warning : p.warnings)
        m_warnings->addItem(describeIssue(p.fileName, warning));
    if (p.warnings.isEmpty())
        m_warnings->addItem(tr("None."));
    updateComplete();
}

void ImportWizard::accept()
{
    if (m_busy || !m_preview || m_preview->hasErrors() || m_preview->alreadyImported() || !m_runner)
        return;
    const ImportPreview chosen = chosenPreview();
    // Without the plural forms of %n, which need a translation file even in English.
    const bool attendance = chosen.kind == ImportKind::Attendance;
    const int count = attendance ? attendanceRows(chosen) : chosen.newMemberCount() + chosen.updateCount();
    const QString text =
        attendance
            ? (count == 1 ? tr("Import 1 attendance record from %1").arg(chosen.fileName)
                          : tr("Import %1 attendance records from %2").arg(QLocale().toString(count), chosen.fileName))
            : (count == 1 ? tr("Import 1 member from %1").arg(chosen.fileName)
                          : tr("Import %1 members from %2").arg(QLocale().toString(count), chosen.fileName));
    auto *command = new ImportCommand(m_plan, chosen, text);
    if (!m_runner(command))
        return; // the stack reported why and dropped the command
    m_outcome = command->outcome();
    QWizard::accept();
}

} // namespace cultivate
