// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportspage.h"

#include "core/common/clock.h"
#include "core/storage/plantask.h"
#include "ui/common/card.h"
#include "ui/common/deferredrefresh.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/reports/draftdialog.h"
#include "ui/reports/reportpreview.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// The column of choices: as wide as its cards beside a scroll bar, and a few lines high where it
// stands above the preview in a narrow window (the preview takes the rest of the height).
class ChoicesColumn final : public QScrollArea {
    Q_DISABLE_COPY_MOVE(ChoicesColumn)

public:
    explicit ChoicesColumn(QWidget *parent)
        : QScrollArea(parent)
    {
    }

    void setColumnWidth(int width)
    {
        m_width = width;
        updateGeometry();
    }
    QSize sizeHint() const override { return {m_width, em(this) * 9}; }
    QSize minimumSizeHint() const override { return {m_width, QScrollArea::minimumSizeHint().height()}; }

private:
    int m_width = 0;
};

const QStringList PeriodKeys{QStringLiteral("plan-year"), QStringLiteral("last-quarter"), QStringLiteral("last-month"),
                             QStringLiteral("custom")};

QString sectionCaption(ReportSection section)
{
    // The cover's heading in the report is the report's title; the checklist names the page instead.
    return section == ReportSection::Cover ? ReportsPage::tr("Cover page") : label(section);
}

QString sectionHint(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return ReportsPage::tr("The community, the period and the facilitator, with the contents.");
    case ReportSection::Summary:
        return ReportsPage::tr("One page that stands alone: what happened, what rose and fell, the goals, the verdict "
                               "and what comes next.");
    case ReportSection::Goals:
        return ReportsPage::tr("The community's purpose and each goal's progress.");
    case ReportSection::Lifecycle:
        return ReportsPage::tr("The current stage and its checklist.");
    case ReportSection::Activity:
        return ReportsPage::tr("Events held, turnout and active members, with charts.");
    case ReportSection::Participation:
        return ReportsPage::tr("Participation levels per quarter and the flows between them.");
    case ReportSection::Retention:
        return ReportsPage::tr("Newcomers, their conversion and retention.");
    case ReportSection::Organisations:
        return ReportsPage::tr("Members, credited attendances and contribution weight per organisation.");
    case ReportSection::Surveys:
        return ReportsPage::tr("Survey results per question, the check-in trend and baseline-to-final change.");
    case ReportSection::Value:
        return ReportsPage::tr("The value-creation matrix, shared stories and quotes, resources and recognition.");
    case ReportSection::Budget:
        return ReportsPage::tr("The charter's budget lines and total.");
    case ReportSection::Health:
        return ReportsPage::tr("The health check's findings and what to do about them.");
    case ReportSection::Appendix:
        return ReportsPage::tr("How each figure is defined, and where the data came from.");
    }
    return {};
}

QString formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportsPage::tr("PDF");
    case ReportFormat::Html:
        return ReportsPage::tr("HTML (web page)");
    case ReportFormat::Odt:
        return ReportsPage::tr("ODT (word processor)");
    case ReportFormat::Markdown:
        return ReportsPage::tr("Markdown");
    }
    return {};
}

QString formatFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportsPage::tr("PDF documents (*.pdf)");
    case ReportFormat::Html:
        return ReportsPage::tr("Web pages (*.html *.htm)");
    case ReportFormat::Odt:
        return ReportsPage::tr("OpenDocument text (*.odt)");
    case ReportFormat::Markdown:
        return ReportsPage::tr("Markdown (*.md)");
    }
    return {};
}

QString suffixOf(ReportFormat format)
{
    return enumKey(format);
}

// Letters, digits, spaces, dashes and underscores only, for a file name.
QString safeFileName(const QString &text)
{
    QString name = text;
    name.remove(QRegularExpression(QStringLiteral("[^\\w \\-]"), QRegularExpression::UseUnicodePropertiesOption));
    return name.simplified();
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::Stage, EntityKind::ChecklistItem, EntityKind::Goal,
                EntityKind::GoalMeasurement, EntityKind::Member, EntityKind::Series, EntityKind::Event,
                EntityKind::Attendance, EntityKind::ContributionWeight, EntityKind::Contribution, EntityKind::Resource,
                EntityKind::Survey, EntityKind::Question, EntityKind::Response, EntityKind::Answer, EntityKind::Story,
                EntityKind::Recognition},
               parent)
{
    setObjectName(QStringLiteral("page-reports"));

    m_previewRunner = new ReportRunner(this);
    connect(m_previewRunner, &ReportRunner::finished, this, &ReportsPage::previewFinished);
    connect(m_previewRunner, &ReportRunner::busyChanged, this, &ReportsPage::setPreviewBusy);
    m_exportRunner = new ReportRunner(this);
    connect(m_exportRunner, &ReportRunner::finished, this, &ReportsPage::exportFinishedRun);
    connect(m_exportRunner, &ReportRunner::progressChanged, this, &ReportsPage::showExportProgress);
    m_refresh = new DeferredRefresh(
        this, DebounceMs, [this] { startPreview(); }, [this] { m_previewRunner->cancel(); });

    m_preview = new ReportPreview(this);
    m_preview->setBaseWidth(em(this) * 36);
    m_zoomDebounce = new QTimer(this);
    m_zoomDebounce->setSingleShot(true);
    m_zoomDebounce->setInterval(DebounceMs);
    connect(m_zoomDebounce, &QTimer::timeout, this, [this] {
        // Sharper pages when the zoom asks for more pixels than the preview has.
        if (m_preview->wantedImageWidth() > m_previewWidth * 11 / 10)
            updatePreview();
    });
    connect(m_preview, &ReportPreview::zoomChanged, this, &ReportsPage::zoomChanged);
    m_printRunner = new TaskRunner(this);
    // The choices beside the pages; above them where a page at 100% does not fit beside the choices.
    auto *body = new StackingRow;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(createChoices());
    body->addWidget(m_preview, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(createHeader());
    outer->addLayout(body, 1);

    // Zoom from the keyboard anywhere on the page (Ctrl++ / Ctrl+= / Ctrl+-, Ctrl+0 fits the width).
    const auto shortcut = [this](const QKeySequence &keys, void (ReportPreview::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_preview, slot);
    };
    shortcut(QKeySequence::ZoomIn, &ReportPreview::zoomIn);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &ReportPreview::zoomIn);
    shortcut(QKeySequence::ZoomOut, &ReportPreview::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &ReportPreview::fitWidth);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &ReportsPage::print);

    // The choices come first, from the top, then the pages.
    setTabOrder(m_sponsorDraft, m_preview);
    m_preview->setMessage(tr("Open a plan to make its stakeholder report."));
    updateExportEnabled();
}

QWidget *ReportsPage::createHeader()
{
    const int unit = em(this);
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(pageMargins(this).left(), unit, pageMargins(this).right(), unit * 2 / 3);
    layout->setSpacing(unit / 2);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 6);
    m_title = makeLabel(tr("Stakeholder Report"), TextStyle::Title, header);
    m_title->setObjectName(QStringLiteral("reports-title"));
    titles->addWidget(m_title);
    m_period = makeLabel({}, TextStyle::Secondary, header);
    m_period->setObjectName(QStringLiteral("reports-period"));
    titles->addWidget(m_period);
    layout->addLayout(titles, 1);

    m_previewBusyLabel = makeLabel(tr("Updating the preview…"), TextStyle::Secondary, header);
    m_previewBusyLabel->setWordWrap(false);
    m_previewBusyLabel->hide();
    m_previewBusy = new QProgressBar(header);
    m_previewBusy->setObjectName(QStringLiteral("reports-preview-busy"));
    m_previewBusy->setAccessibleName(tr("Updating the preview"));
    m_previewBusy->setRange(0, 0);
    m_previewBusy->setTextVisible(false);
    m_previewBusy->setMaximumWidth(unit * 6);
    m_previewBusy->setMaximumHeight(unit * 2 / 3);
    m_previewBusy->hide();
    m_pageCount = makeLabel({}, TextStyle::Secondary, header);
    m_pageCount->setObjectName(QStringLiteral("reports-page-count"));
    m_pageCount->setWordWrap(false);
    // The preview's controls beside the title, wrapping below each other when the page is narrow.
    auto *controls = new FlowLayout;
    controls->setSpacing(unit);
    auto *controlsColumn = new QVBoxLayout;
    controlsColumn->addStretch(1);
    controlsColumn->addLayout(controls);
    controlsColumn->addStretch(1);
    layout->addLayout(controlsColumn);
    controls->addWidget(m_previewBusyLabel);
    controls->addWidget(m_previewBusy);
    controls->addWidget(m_pageCount);
    auto *zoom = new QWidget(header);
    zoom->setObjectName(QStringLiteral("reports-zoom-controls"));
    auto *zoomLayout = new QHBoxLayout(zoom);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    zoomLayout->setSpacing(unit / 2);

    const auto tool = [zoom](const QString &name, const QString &text, const QString &accessible, const QString &tip) {
        auto *button = new QToolButton(zoom);
        button->setObjectName(name);
        button->setText(text);
        button->setAccessibleName(accessible);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomOut = tool(QStringLiteral("reports-zoom-out"), QStringLiteral("\u2212"), tr("Zoom out"),
                     tr("Zoom out (Ctrl+\u2212)"));
    m_zoomLabel = makeLabel(QStringLiteral("100%"), TextStyle::Secondary, zoom);
    m_zoomLabel->setObjectName(QStringLiteral("reports-zoom"));
    m_zoomLabel->setWordWrap(false);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(unit * 3);
    m_zoomIn = tool(QStringLiteral("reports-zoom-in"), QStringLiteral("+"), tr("Zoom in"), tr("Zoom in (Ctrl++)"));
    m_fitWidth = tool(QStringLiteral("reports-fit-width"), tr("Fit Width"), tr("Fit the pages to the width"),
                      tr("Fit the pages to the width of the preview (Ctrl+0)"));
    m_print = new QPushButton(tr("&Print…"), header);
    m_print->setObjectName(QStringLiteral("reports-print"));
    m_print->setAccessibleName(tr("Print the report"));
    m_print->setToolTip(tr("Print the report, with a print preview (Ctrl+P)"));
    zoomLayout->addWidget(m_zoomOut);
    zoomLayout->addWidget(m_zoomLabel);
    zoomLayout->addWidget(m_zoomIn);
    zoomLayout->addWidget(m_fitWidth);
    controls->addWidget(zoom);
    controls->addWidget(m_print);
    connect(m_zoomOut, &QToolButton::clicked, m_preview, &ReportPreview::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_preview, &ReportPreview::zoomIn);
    connect(m_fitWidth, &QToolButton::clicked, m_preview, &ReportPreview::fitWidth);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    return header;
}

QWidget *ReportsPage::createChoices()
{
    const int unit = em(this);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("reports-choices"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(pageMargins(this).left(), unit / 3, unit, unit * 3 / 2);
    layout->setSpacing(unit * 2 / 3);

    const auto card = [&](const QString &key, const QString &heading) {
        auto *box = new Card(content);
        box->setObjectName(QStringLiteral("reports-card-") + key);
        box->setAccessibleName(heading);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(unit, unit * 2 / 3, unit, unit);
        boxLayout->setSpacing(unit / 3);
        boxLayout->addWidget(makeLabel(heading, TextStyle::Subheading, box));
        layout->addWidget(box);
        return boxLayout;
    };

    // The document.
    QVBoxLayout *document = card(QStringLiteral("document"), tr("Document"));
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("reports-kind"));
    m_kind->setAccessibleName(tr("Document to make"));
    m_kind->addItem(tr("Stakeholder report"), int(ReportKind::Stakeholder));
    m_kind->addItem(tr("Handover"), int(ReportKind::Handover));
    m_kind->setToolTip(tr("The stakeholder report for sponsors, or the handover document (the legacy plan) for "
                          "the next facilitator or for closing the community"));
    document->addWidget(m_kind);
    m_sectionsNote = makeLabel(tr("The handover has its own sections: purpose and what was achieved, who carries "
                                  "what, where the repertoire lives, the rhythm that worked, open items and lessons "
                                  "from the reflections."),
                               TextStyle::Secondary, content);
    m_sectionsNote->setObjectName(QStringLiteral("reports-kind-note"));
    m_sectionsNote->hide();
    document->addWidget(m_sectionsNote);

    // The period.
    QVBoxLayout *period = card(QStringLiteral("period"), tr("Period"));
    m_periodChoice = new QComboBox(content);
    m_periodChoice->setObjectName(QStringLiteral("reports-period-choice"));
    m_periodChoice->setAccessibleName(tr("Period of the report"));
    m_periodChoice->addItem(tr("Plan year so far"), int(Period::PlanYearSoFar));
    m_periodChoice->addItem(tr("Last full quarter"), int(Period::LastQuarter));
    m_periodChoice->addItem(tr("Last full month"), int(Period::LastMonth));
    m_periodChoice->addItem(tr("Custom dates"), int(Period::Custom));
    period->addWidget(m_periodChoice);
    m_customDates = new QWidget(content);
    auto *dates = new QGridLayout(m_customDates);
    dates->setContentsMargins(0, unit / 4, 0, 0);
    dates->setHorizontalSpacing(unit / 2);
    dates->setVerticalSpacing(unit / 4);
    m_from = new QDateEdit(m_customDates);
    m_from->setObjectName(QStringLiteral("reports-from"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(m_customDates);
    m_to->setObjectName(QStringLiteral("reports-to"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setCalendarPopup(true);
    auto *fromLabel = makeLabel(tr("Fro&m:"), TextStyle::Body, m_customDates);
    fromLabel->setBuddy(m_from);
    auto *toLabel = makeLabel(tr("T&o:"), TextStyle::Body, m_customDates);
    toLabel->setBuddy(m_to);
    dates->addWidget(fromLabel, 0, 0);
    dates->addWidget(m_from, 0, 1);
    dates->addWidget(toLabel, 1, 0);
    dates->addWidget(m_to, 1, 1);
    dates->setColumnStretch(1, 1);
    m_customDates->hide();
    period->addWidget(m_customDates);
    m_everyone = new QCheckBox(tr("Count facilitators and sponsors too"), content);
    m_everyone->setObjectName(QStringLiteral("reports-everyone"));
    m_everyone->setAccessibleName(tr("Count facilitators and sponsors in the figures too"));
    m_everyone->setToolTip(tr("By default the figures leave out facilitators and sponsors, as the command line "
                              "does without --everyone."));
    connect(m_everyone, &QCheckBox::toggled, this, &ReportsPage::choiceChanged);
    period->addWidget(m_everyone);

    // The sections, in the report's order.
    QVBoxLayout *sections = card(QStringLiteral("sections"), tr("Sections"));
    m_sectionsCard = sections->parentWidget();
    for (ReportSection section : enumValues<ReportSection>()) {
        auto *check = new QCheckBox(sectionCaption(section), content);
        check->setObjectName(QStringLiteral("reports-section-") + enumKey(section));
        check->setAccessibleName(sectionCaption(section));
        check->setToolTip(sectionHint(section));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &ReportsPage::choiceChanged);
        m_sections.insert(section, check);
        sections->addWidget(check);
    }
    auto *allOrNone = new QHBoxLayout;
    allOrNone->setContentsMargins(0, unit / 4, 0, 0);
    auto *all = new QPushButton(tr("Select &All"), content);
    all->setObjectName(QStringLiteral("reports-sections-all"));
    all->setAccessibleName(tr("Select all sections"));
    auto *none = new QPushButton(tr("Clear"), content);
    none->setObjectName(QStringLiteral("reports-sections-none"));
    none->setAccessibleName(tr("Clear all sections"));
    allOrNone->addWidget(all);
    allOrNone->addWidget(none);
    allOrNone->addStretch(1);
    sections->addLayout(allOrNone);
    const auto checkAll = [this](bool checked) {
        for (QCheckBox *check : std::as_const(m_sections)) {
            const QSignalBlocker block(check);
            check->setChecked(checked);
        }
        choiceChanged();
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(true); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(false); });

    // The paper.
    QVBoxLayout *paper = card(QStringLiteral("paper"), tr("Paper"));
    auto *paperRow = new QHBoxLayout;
    m_paper = new QButtonGroup(this);
    const QList<std::pair<PaperSize, QString>> papers{{PaperSize::A4, tr("A&4")}, {PaperSize::Letter, tr("&Letter")}};
    for (const auto &[size, text] : papers) {
        auto *radio = new QRadioButton(text, content);
        radio->setObjectName(QStringLiteral("reports-paper-") + enumKey(size));
        radio->setAccessibleName(size == PaperSize::A4 ? tr("A4 paper") : tr("Letter paper"));
        m_paper->addButton(radio, int(size));
        paperRow->addWidget(radio);
    }
    paperRow->addStretch(1);
    m_paper->button(int(PaperSize::A4))->setChecked(true);
    paper->addLayout(paperRow);
    paper->addWidget(makeLabel(tr("The page size of the PDF and of the preview."), TextStyle::Secondary, content));

    // Export.
    QVBoxLayout *exporting = card(QStringLiteral("export"), tr("Export"));
    auto *formatRow = new QHBoxLayout;
    formatRow->setSpacing(unit / 2);
    m_format = new QComboBox(content);
    m_format->setObjectName(QStringLiteral("reports-format"));
    m_format->setAccessibleName(tr("File format"));
    for (ReportFormat format : enumValues<ReportFormat>())
        m_format->addItem(formatName(format), int(format));
    m_export = new QPushButton(tr("E&xport…"), content);
    m_export->setObjectName(QStringLiteral("reports-export"));
    m_export->setAccessibleName(tr("Export the report"));
    m_export->setToolTip(tr("Save the report with the chosen sections and period"));
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_export);
    exporting->addLayout(formatRow);

    m_exportProgressRow = new QWidget(content);
    auto *progressRow = new QHBoxLayout(m_exportProgressRow);
    progressRow->setContentsMargins(0, unit / 4, 0, 0);
    progressRow->setSpacing(unit / 2);
    m_exportProgress = new QProgressBar(m_exportProgressRow);
    m_exportProgress->setObjectName(QStringLiteral("reports-export-progress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setTextVisible(false);
    m_cancelExport = new QPushButton(tr("Cancel"), m_exportProgressRow);
    m_cancelExport->setObjectName(QStringLiteral("reports-export-cancel"));
    m_cancelExport->setAccessibleName(tr("Cancel the export"));
    progressRow->addWidget(m_exportProgress, 1);
    progressRow->addWidget(m_cancelExport);
    m_exportProgressRow->hide();
    exporting->addWidget(m_exportProgressRow);

    auto *resultRow = new QHBoxLayout;
    resultRow->setSpacing(unit / 2);
    m_exportResult = makeLabel({}, TextStyle::Body, content);
    m_exportResult->setObjectName(QStringLiteral("reports-export-result"));
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->hide();
    m_openExported = new QPushButton(tr("O&pen"), content);
    m_openExported->setObjectName(QStringLiteral("reports-export-open"));
    m_openExported->setAccessibleName(tr("Open the exported report"));
    m_openExported->hide();
    resultRow->addWidget(m_exportResult, 1);
    resultRow->addWidget(m_openExported, 0, Qt::AlignTop);
    exporting->addLayout(resultRow);

    // Messages.
    QVBoxLayout *messages = card(QStringLiteral("messages"), tr("Messages"));
    messages->addWidget(makeLabel(tr("A thank-you to the sponsors with the period's results, to send from your mail "
                                     "program. Reminders and follow-ups for an event are on the Schedule page."),
                                  TextStyle::Secondary, content));
    m_sponsorDraft = new QPushButton(tr("Thank-you &Note to Sponsors…"), content);
    m_sponsorDraft->setObjectName(QStringLiteral("reports-sponsor-draft"));
    m_sponsorDraft->setAccessibleName(tr("Draft a thank-you note to the sponsors"));
    auto *draftRow = new QHBoxLayout;
    draftRow->addWidget(m_sponsorDraft);
    draftRow->addStretch(1);
    messages->addLayout(draftRow);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::kindChosen);
    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::choiceChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::choiceChanged);
    connect(m_paper, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            choiceChanged();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { saveChoices(); });
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportWithDialog);
    connect(m_cancelExport, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_openExported, &QPushButton::clicked, this, &ReportsPage::openExported);
    connect(m_sponsorDraft, &QPushButton::clicked, this, &ReportsPage::showSponsorDraft);

    auto *scroll = new ChoicesColumn(this);
    scroll->setObjectName(QStringLiteral("reports-choices-scroll"));
    scroll->setAccessibleName(tr("Report choices"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // Wide enough for the longest section name beside a scroll bar, so that no card is cut off.
    scroll->setColumnWidth(
        std::max(unit * 22, content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2));
    return scroll;
}

ReportKind ReportsPage::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ReportsPage::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsPage::kindChosen()
{
    const bool handover = kind() == ReportKind::Handover;
    m_title->setText(handover ? tr("Handover Document") : tr("Stakeholder Report"));
    // The section check boxes choose parts of the stakeholder report only.
    m_sectionsCard->setVisible(!handover);
    m_sectionsNote->setVisible(handover);
    choiceChanged();
}

bool ReportsPage::hasContent() const
{
    return kind() == ReportKind::Handover || !sections().isEmpty();
}

QSet<ReportSection> ReportsPage::sections() const
{
    QSet<ReportSection> chosen;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            chosen.insert(it.key());
    }
    return chosen;
}

void ReportsPage::setSectionChecked(ReportSection section, bool checked)
{
    m_sections.value(section)->setChecked(checked);
}

ReportsPage::Period ReportsPage::period() const
{
    return Period(m_periodChoice->currentData().toInt());
}

void ReportsPage::setPeriod(Period period)
{
    m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(period)));
}

void ReportsPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    if (period() != Period::Custom)
        setPeriod(Period::Custom);
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    choiceChanged();
}

QDate ReportsPage::customFrom() const
{
    return m_from->date();
}

QDate ReportsPage::customTo() const
{
    return m_to->date();
}

PaperSize ReportsPage::paper() const
{
    return PaperSize(qMax(0, m_paper->checkedId()));
}

void ReportsPage::setPaper(PaperSize paper)
{
    m_paper->button(int(paper))->setChecked(true);
}

ReportFormat ReportsPage::exportFormat() const
{
    return ReportFormat(m_format->currentData().toInt());
}

ReportOptions ReportsPage::options() const
{
    ReportOptions options;
    options.kind = kind();
    options.sections = sections();
    options.paper = paper();
    options.includeEveryone = includesEveryone();
    const QDate today = plan() ? plan()->clock().today() : QDate::currentDate();
    switch (period()) {
    case Period::PlanYearSoFar:
        break; // core's default: the plan's start to today, or to the plan's end when that is earlier
    case Period::LastQuarter: {
        const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        options.from = quarter.addMonths(-3);
        options.to = quarter.addDays(-1);
        break;
    }
    case Period::LastMonth:
        options.from = firstOfMonth(today).addMonths(-1);
        options.to = firstOfMonth(today).addDays(-1);
        break;
    case Period::Custom:
        options.from = std::min(m_from->date(), m_to->date());
        options.to = std::max(m_from->date(), m_to->date());
        break;
    }
    return options;
}

bool ReportsPage::includesEveryone() const
{
    return m_everyone->isChecked();
}

void ReportsPage::setIncludesEveryone(bool everyone)
{
    m_everyone->setChecked(everyone);
}

void ReportsPage::zoomChanged(double zoom)
{
    m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
    m_zoomIn->setEnabled(zoom < ReportPreview::MaxZoom - 1e-6);
    m_zoomOut->setEnabled(zoom > ReportPreview::MinZoom + 1e-6);
    if (plan())
        m_zoomDebounce->start();
}

// --- printing ----------------------------------------------------------------------------------

namespace {

struct PrintJob {
    std::shared_ptr<ReportContent> content{};
    QString error{};
};

PrintJob composeForPrint(const Plan &plan, const ReportOptions &options, const QDate &today)
{
    PrintJob job;
    auto read = loadReportData(plan, options, today);
    if (!read.ok()) {
        job.error = read.error().message;
        return job;
    }
    job.content = std::make_shared<ReportContent>(composeReport(read.value(), options, today));
    return job;
}

} // namespace

bool ReportsPage::preparePrint()
{
    if (!plan() || !hasContent())
        return false;
    m_printContent.reset();
    m_printCharted = false;
    const ReportOptions chosen = options();
    const QDate today = plan()->clock().today();
    m_print->setEnabled(false);
    startOnPlan<PrintJob>(
        *m_printRunner, *plan(),
        [chosen, today](const Plan &source, TaskControl &) { return composeForPrint(source, chosen, today); },
        [this](Result<PrintJob> composed) {
            const PrintJob job = composed.ok() ? composed.value() : PrintJob{nullptr, composed.error().message};
            if (!job.content) {
                m_print->setEnabled(true);
                m_printWhenReady = false;
                m_exportResult->setText(tr("The report could not be printed: %1").arg(job.error));
                m_exportResult->show();
                return;
            }
            m_printContent = job.content;
            renderPrintCharts(0);
        });
    return true;
}

// Charts are drawn on the GUI thread, one per turn of the event loop so that the window stays responsive.
void ReportsPage::renderPrintCharts(qsizetype next)
{
    if (!m_printContent)
        return;
    if (next < m_printContent->charts.size()) {
        renderReportChart(*m_printContent, next);
        QTimer::singleShot(0, this, [this, next] { renderPrintCharts(next + 1); });
        return;
    }
    m_print->setEnabled(true);
    m_printCharted = true;
    emit printReady();
    if (m_printWhenReady) {
        m_printWhenReady = false;
        showPrintPreview();
    }
}

bool ReportsPage::isPrintReady() const
{
    return m_printContent && m_printCharted;
}

bool ReportsPage::printTo(QPrinter &printer) const
{
    return isPrintReady() && paintReport(*m_printContent, printer);
}

void ReportsPage::print()
{
    m_printWhenReady = true;
    if (!preparePrint())
        m_printWhenReady = false;
}

void ReportsPage::showPrintPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_printContent->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reports-print-preview"));
    dialog.setWindowTitle(tr("Print Preview \u2014 %1").arg(m_printContent->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printTo(*target); });
    dialog.exec();
}

int ReportsPage::previewPageCount() const
{
    return int(m_preview->pages().size());
}

QList<QImage> ReportsPage::previewPages() const
{
    return m_preview->pages();
}

bool ReportsPage::isPreviewUpdating() const
{
    return m_refresh->isPending() || m_previewRunner->isBusy();
}

bool ReportsPage::isPreviewRunning() const
{
    return !m_refresh->isScheduled() && m_previewRunner->isBusy();
}

bool ReportsPage::isExporting() const
{
    return m_exportRunner->isBusy();
}

void ReportsPage::periodChosen()
{
    const bool custom = period() == Period::Custom;
    if (custom && m_customDates->isHidden() && !m_restoring) {
        // Start the custom dates from the period on show.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        if (m_previewRun && m_previewRun->from.isValid()) {
            m_from->setDate(m_previewRun->from);
            m_to->setDate(m_previewRun->to);
        } else if (plan()) {
            const QDate today = plan()->clock().today();
            m_from->setDate(firstOfMonth(today).addMonths(-2));
            m_to->setDate(today);
        }
    }
    showCustomDates(custom);
    choiceChanged();
}

void ReportsPage::showCustomDates(bool visible)
{
    m_customDates->setVisible(visible);
}

void ReportsPage::choiceChanged()
{
    if (m_restoring)
        return;
    saveChoices();
    updateExportEnabled();
    schedulePreview();
}

void ReportsPage::updateExportEnabled()
{
    if (m_print)
        m_print->setEnabled(plan() && hasContent() && !m_printRunner->isBusy());
    const bool any = hasContent();
    m_export->setEnabled(plan() && any && !isExporting());
    m_format->setEnabled(plan() != nullptr);
    m_sponsorDraft->setEnabled(plan() != nullptr);
}

void ReportsPage::updateIndicatorContrast()
{
    // Fusion outlines check boxes and radio buttons in the Window colour made darker, which vanishes on a
    // dark card: in the dark theme the indicators get a Window colour between the card's and the text's.
    const QPalette app = QApplication::palette();
    const QColor outline = isDarkTheme() ? mixColours(app.color(QPalette::Base), app.color(QPalette::Text), 0.6)
                                         : app.color(QPalette::Window);
    QList<QAbstractButton *> indicators = m_paper->buttons();
    for (QCheckBox *check : std::as_const(m_sections))
        indicators << check;
    for (QAbstractButton *button : std::as_const(indicators)) {
        QPalette p = button->palette();
        p.setColor(QPalette::Window, outline);
        button->setPalette(p);
    }
}

void ReportsPage::refresh()
{
    updateIndicatorContrast();
    if (plan() != m_shownPlan) {
        m_shownPlan = plan();
        m_refresh->cancel();
        m_previewRunner->cancel();
        m_exportRunner->cancel();
        m_previewRun.reset();
        m_exportResult->hide();
        m_openExported->hide();
        if (!plan()) {
            m_period->setText(tr("Open a plan to make its stakeholder report."));
            m_pageCount->clear();
            m_preview->setMessage(tr("Open a plan to make its stakeholder report."));
            updateExportEnabled();
            return;
        }
        restoreChoices();
        m_period->setText(tr("Preparing the preview…"));
        m_pageCount->clear();
        m_preview->setMessage(tr("Preparing the preview…"));
        updateExportEnabled();
        updatePreview();
        return;
    }
    if (plan())
        schedulePreview(); // a burst of edits gives one new preview
}

void ReportsPage::schedulePreview()
{
    if (!plan())
        return;
    m_preview->setStale(true);
    m_refresh->schedule();
}

void ReportsPage::updatePreview()
{
    m_refresh->runNow();
}

void ReportsPage::startPreview()
{
    if (!plan())
        return;
    const ReportOptions chosen = options();
    if (!hasContent()) {
        m_previewRunner->cancel();
        m_previewRun.reset();
        m_pageCount->clear();
        m_preview->setMessage(tr("Choose at least one section to see the report."));
        emit previewUpdated();
        return;
    }
    m_preview->setStale(true);
    // Pages as sharp as the zoom needs (at least the width at 100%), within reason for the memory.
    const int base = qRound(m_preview->baseWidth() * devicePixelRatioF());
    m_previewWidth = std::clamp(m_preview->wantedImageWidth(), base, 2 * base);
    m_previewRunner->startPreview(*plan(), chosen, m_previewWidth);
}

void ReportsPage::previewFinished(const ReportRunPtr &run)
{
    if (!run->ok) {
        m_previewRun.reset();
        m_pageCount->clear();
        m_period->setText(tr("The report could not be made."));
        m_preview->setMessage(tr("The preview could not be made: %1").arg(run->message));
        emit previewUpdated();
        return;
    }
    m_previewRun = run;
    const QString covered = formatPeriod(run->from, run->to);
    m_period->setText(covered.isEmpty() ? tr("The plan has no dates yet.") : tr("Covers %1").arg(covered));
    m_pageCount->setText(run->pages.size() == 1 ? tr("1 page") : tr("%1 pages").arg(run->pages.size()));
    m_preview->setStale(false);
    m_preview->setPages(run->pages);
    emit previewUpdated();
}

void ReportsPage::setPreviewBusy(bool busy)
{
    m_previewBusy->setVisible(busy);
    m_previewBusyLabel->setVisible(busy);
}

std::optional<Draft> ReportsPage::sponsorDraftForPeriod() const
{
    if (!plan())
        return std::nullopt;
    if (m_previewRun && !isPreviewUpdating())
        return m_previewRun->sponsorDraft;
    // The preview is behind the choices: read the plan here (a note is asked for rarely).
    auto data = loadReportData(*plan(), options(), plan()->clock().today());
    if (!data.ok())
        return std::nullopt;
    return sponsorDraft(data.value(), options(), plan()->clock().today());
}

void ReportsPage::showSponsorDraft()
{
    const std::optional<Draft> draft = sponsorDraftForPeriod();
    if (!draft)
        return;
    DraftDialog dialog(*draft, tr("Thank-you Note to Sponsors"), this);
    dialog.exec();
}

QString ReportsPage::suggestedFileName(ReportFormat format) const
{
    QString community;
    if (plan()) {
        if (auto loaded = plan()->community(); loaded.ok())
            community = safeFileName(loaded.value().name);
    }
    if (community.isEmpty())
        community = plan() ? QFileInfo(plan()->path()).completeBaseName() : tr("Community");
    QDate from = m_previewRun ? m_previewRun->from : QDate();
    QDate to = m_previewRun ? m_previewRun->to : QDate();
    const ReportOptions chosen = options();
    if (chosen.from.isValid()) {
        from = chosen.from;
        to = chosen.to;
    }
    QString name = kind() == ReportKind::Handover ? tr("%1 handover").arg(community) : tr("%1 report").arg(community);
    if (from.isValid() && to.isValid())
        name += QStringLiteral(" %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return name + QLatin1Char('.') + suffixOf(format);
}

void ReportsPage::exportWithDialog()
{
    if (!plan())
        return;
    const ReportFormat format = exportFormat();
    QString folder = m_exportFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(plan()->path()).absolutePath();
    QStringList filters;
    for (ReportFormat each : enumValues<ReportFormat>())
        filters << formatFilter(each);
    QString selectedFilter = formatFilter(format);
    QString path = QFileDialog::getSaveFileName(
        this, kind() == ReportKind::Handover ? tr("Export the Handover Document") : tr("Export the Stakeholder Report"),
        QDir(folder).filePath(suggestedFileName(format)), filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    std::optional<ReportFormat> chosen = reportFormatForPath(path);
    if (!chosen) {
        chosen = format;
        for (ReportFormat each : enumValues<ReportFormat>()) {
            if (formatFilter(each) == selectedFilter)
                chosen = each;
        }
        path += QLatin1Char('.') + suffixOf(*chosen);
    }
    exportTo(path, *chosen);
}

bool ReportsPage::exportTo(const QString &path, ReportFormat format)
{
    if (!plan() || isExporting() || !hasContent())
        return false;
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(int(format)));
    }
    m_exportFolder = QFileInfo(path).absolutePath();
    saveChoices();
    m_exportResult->hide();
    m_openExported->hide();
    m_exportProgress->setValue(0);
    m_cancelExport->setEnabled(true);
    m_cancelExport->setText(tr("Cancel"));
    m_exportProgressRow->show();
    m_exportRunner->startWrite(*plan(), options(), path, format);
    updateExportEnabled();
    return true;
}

void ReportsPage::cancelExport()
{
    if (!isExporting())
        return;
    m_cancelExport->setEnabled(false);
    m_cancelExport->setText(tr("Cancelling…"));
    m_exportRunner->cancel();
}

void ReportsPage::showExportProgress(int permille)
{
    m_exportProgress->setValue(permille);
}

void ReportsPage::exportFinishedRun(const ReportRunPtr &run)
{
    m_exportProgressRow->hide();
    updateExportEnabled();
    QString message;
    if (run->ok) {
        m_exportedPath = run->path;
        message = tr("Saved “%1”.").arg(QFileInfo(run->path).fileName());
        m_openExported->show();
    } else if (run->code == ErrorCode::Cancelled) {
        message = tr("Export cancelled; nothing was written.");
    } else {
        message = tr("Not exported: %1").arg(run->message);
    }
    m_exportResult->setText(message);
    m_exportResult->setToolTip(QDir::toNativeSeparators(run->path));
    m_exportResult->show();
    emit exportFinished(run->ok, message);
}

void ReportsPage::openExported()
{
    if (!m_exportedPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedPath));
}

QString ReportsPage::settingsGroup() const
{
    if (!plan())
        return {};
    const QString canonical = QFileInfo(plan()->path()).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    // A hash, because a path's slashes would make groups of their own.
    return QStringLiteral("reports/") +
           QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void ReportsPage::saveChoices() const
{
    const QString group = settingsGroup();
    if (group.isEmpty() || m_restoring)
        return;
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("path"), QFileInfo(plan()->path()).canonicalFilePath());
    QStringList keys;
    for (ReportSection section : enumValues<ReportSection>()) {
        if (m_sections.value(section)->isChecked())
            keys << enumKey(section);
    }
    settings.setValue(QStringLiteral("sections"), keys);
    settings.setValue(QStringLiteral("kind"), enumKey(kind()));
    settings.setValue(QStringLiteral("period"), PeriodKeys.value(int(period())));
    settings.setValue(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("paper"), enumKey(paper()));
    settings.setValue(QStringLiteral("format"), enumKey(exportFormat()));
    settings.setValue(QStringLiteral("everyone"), includesEveryone());
    if (!m_exportFolder.isEmpty())
        settings.setValue(QStringLiteral("folder"), m_exportFolder);
}

void ReportsPage::restoreChoices()
{
    m_restoring = true;
    QSettings settings;
    // A plan without a file (in memory) has no remembered choices; that group is never written.
    const QString group = settingsGroup();
    settings.beginGroup(group.isEmpty() ? QStringLiteral("reports/unsaved") : group);
    const bool known = settings.contains(QStringLiteral("sections"));
    QSet<ReportSection> chosen = allReportSections();
    if (known) {
        chosen.clear();
        for (const QString &key : settings.value(QStringLiteral("sections")).toStringList()) {
            if (const auto section = reportSectionFromKey(key))
                chosen.insert(*section);
        }
    }
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(chosen.contains(it.key()));

    const QDate today = plan()->clock().today();
    const QDate from = QDate::fromString(settings.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(settings.value(QStringLiteral("to")).toString(), Qt::ISODate);
    m_from->setDate(from.isValid() ? from : firstOfMonth(today).addMonths(-2));
    m_to->setDate(to.isValid() ? to : today);
    const qsizetype periodIndex = PeriodKeys.indexOf(settings.value(QStringLiteral("period")).toString());
    setPeriod(periodIndex < 0 ? Period::PlanYearSoFar : Period(periodIndex));
    showCustomDates(period() == Period::Custom);

    const auto paperKey = enumFromKey<PaperSize>(settings.value(QStringLiteral("paper")).toString());
    setPaper(paperKey.value_or(PaperSize::A4));
    const auto formatKey = enumFromKey<ReportFormat>(settings.value(QStringLiteral("format")).toString());
    m_format->setCurrentIndex(m_format->findData(int(formatKey.value_or(ReportFormat::Pdf))));
    m_exportFolder = settings.value(QStringLiteral("folder")).toString();
    m_everyone->setChecked(settings.value(QStringLiteral("everyone"), false).toBool());
    setKind(
        enumFromKey<ReportKind>(settings.value(QStringLiteral("kind")).toString()).value_or(ReportKind::Stakeholder));
    kindChosen(); // the title and the section card follow the document even while restoring
    m_restoring = false;
}

} // namespace cultivate
