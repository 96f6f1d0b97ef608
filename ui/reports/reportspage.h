// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/planpage.h"
#include "ui/reports/reportrunner.h"

#include <QHash>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QPrinter;
class QTimer;
class QToolButton;
class QWidget;

namespace cultivate {

class DeferredRefresh;
class ReportPreview;
class TaskRunner;
struct ReportContent;

// The stakeholder report (SPEC §7) or the handover document (SPEC §11): which document, which sections
// (of the stakeholder report), which period and which paper, a live preview of its pages, export to PDF,
// HTML, ODT or Markdown, and the thank-you note to the sponsors. The
// preview is remade shortly after any choice or edit (see ReportRunner for the threads); a hidden
// page catches up when it is shown. The choices are remembered per plan file in QSettings.
class ReportsPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    enum class Period { PlanYearSoFar, LastQuarter, LastMonth, Custom };

    explicit ReportsPage(QWidget *parent = nullptr);

    // The document the preview and an export make.
    ReportKind kind() const;
    void setKind(ReportKind kind);
    QSet<ReportSection> sections() const;
    void setSectionChecked(ReportSection section, bool checked);
    Period period() const;
    void setPeriod(Period period);
    // Switches to a custom period.
    void setCustomPeriod(const QDate &from, const QDate &to);
    QDate customFrom() const;
    QDate customTo() const;
    PaperSize paper() const;
    void setPaper(PaperSize paper);
    ReportFormat exportFormat() const;
    // Count facilitators and sponsors in the figures too (the command line's --everyone).
    bool includesEveryone() const;
    void setIncludesEveryone(bool everyone);
    // The options the preview and an export use now.
    ReportOptions options() const;

    // The preview on show.
    int previewPageCount() const;
    QList<QImage> previewPages() const;
    // True while a newer preview is pending or being made.
    bool isPreviewUpdating() const;
    // True while a preview is being made (the pause after a change is over).
    bool isPreviewRunning() const;

    // Starts writing the report to `path` (false when no plan is open, no section of the stakeholder
    // report is chosen or an export is running). exportFinished() tells how it ended.
    bool exportTo(const QString &path, ReportFormat format);
    void cancelExport();
    bool isExporting() const;

    ReportPreview *preview() const { return m_preview; }

    // Printing: the report is composed off the GUI thread and its charts drawn in slices; printReady()
    // tells when printTo() can paint it. print() does both and shows a print preview.
    bool preparePrint();
    bool isPrintReady() const;
    bool printTo(QPrinter &printer) const;
    void print();

    // The thank-you note to the sponsors for the chosen period.
    std::optional<Draft> sponsorDraftForPeriod() const;

    // The pause between a change and the new preview.
    static constexpr int DebounceMs = 350;

signals:
    // A new preview is on show (or its failure is).
    void previewUpdated();
    void exportFinished(bool ok, const QString &message);
    void printReady();

protected:
    void refresh() override;

private:
    QWidget *createHeader();
    QWidget *createChoices();
    void choiceChanged();
    void kindChosen();
    // A document to make: the handover, or a stakeholder report with at least one section.
    bool hasContent() const;
    void periodChosen();
    void showCustomDates(bool visible);
    void schedulePreview();
    void updatePreview();
    void startPreview(); // the preview of the choices on show, on the runner
    void previewFinished(const ReportRunPtr &run);
    void setPreviewBusy(bool busy);
    void updateExportEnabled();
    void updateIndicatorContrast();
    void exportWithDialog();
    void exportFinishedRun(const ReportRunPtr &run);
    void showExportProgress(int permille);
    void openExported();
    void showSponsorDraft();
    QString suggestedFileName(ReportFormat format) const;
    QString settingsGroup() const;
    void restoreChoices();
    void saveChoices() const;
    void zoomChanged(double zoom);
    void renderPrintCharts(qsizetype next);
    void showPrintPreview();

    ReportRunner *m_previewRunner = nullptr;
    ReportRunner *m_exportRunner = nullptr;
    DeferredRefresh *m_refresh = nullptr; // a new preview after changes, and when shown after them
    QTimer *m_zoomDebounce = nullptr;
    TaskRunner *m_printRunner = nullptr;
    std::shared_ptr<ReportContent> m_printContent{};
    bool m_printWhenReady = false;
    bool m_printCharted = false; // the print content's charts are drawn
    int m_previewWidth = 0;      // the width in device pixels the preview's pages were asked at
    const Plan *m_shownPlan = nullptr;
    bool m_restoring = false; // choices are being set from the settings
    ReportRunPtr m_previewRun{};
    QString m_exportedPath{};
    QString m_exportFolder{};

    QLabel *m_period = nullptr;
    QProgressBar *m_previewBusy = nullptr;
    QLabel *m_previewBusyLabel = nullptr;
    QLabel *m_pageCount = nullptr;
    ReportPreview *m_preview = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QWidget *m_sectionsCard = nullptr;
    QLabel *m_sectionsNote = nullptr;
    QHash<ReportSection, QCheckBox *> m_sections{};
    QComboBox *m_periodChoice = nullptr;
    QWidget *m_customDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QButtonGroup *m_paper = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_exportProgressRow = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_cancelExport = nullptr;
    QLabel *m_exportResult = nullptr;
    QPushButton *m_openExported = nullptr;
    QPushButton *m_sponsorDraft = nullptr;
    QCheckBox *m_everyone = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fitWidth = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace cultivate
