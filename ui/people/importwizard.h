// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importers/importer.h"

#include <QHash>
#include <QList>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QWizardPage;

namespace cultivate {

class Plan;
class PlanCommand;
class TaskRunner;

// Imports a member list or a Zoom, Teams, Meet, Webex or generic attendance report (CSV or .xlsx)
// in four steps: the file (a typed path is followed once typing pauses) and what it holds; what
// was detected (format, encoding — changeable —, delimiter, each column's role — changeable —, the
// meeting and its event); what happens to each person of the file, which the user may change; and
// a dry-run summary that names each member's changes. Matching and re-matching are core's. The
// preview runs on a worker thread with its own read-only connection (on the calling thread for an
// in-memory plan). Finish hands one ImportCommand to the runner (the page's undo stack).
class ImportWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum Step { FileStep, DetectionStep, PeopleStep, SummaryStep };
    // Runs the command (and takes ownership); false when core refused it.
    using Runner = std::function<bool(PlanCommand *)>;

    ImportWizard(Plan &plan, Runner runner, QWidget *parent = nullptr);
    ~ImportWizard() override; // cancels and waits for a running preview

    // Chooses the file and previews it, guessing what it holds (attendance for Zoom and Teams reports).
    void setFile(const QString &path);
    QString file() const;
    // Previews the file again as a member list or as attendance (no more guessing).
    void setKind(ImportKind kind);
    // Attendance: attach to this event of the plan; 0 = as detected.
    void chooseEvent(Id eventId);
    // Who the person on `row` of the people table becomes: an existing member, or 0 for a new one.
    void choosePerson(int row, Id memberId);
    // Reads the file again in this encoding (nullopt: as detected).
    void chooseEncoding(std::optional<TextEncoding> encoding);
    // Reads the file again with `column` (of the preview's columns) holding `role`.
    void chooseColumnRole(int column, ColumnRole role);

    bool isBusy() const { return m_busy; }
    // Drops the running preview; its result is never shown.
    void cancelPreview();
    // The last preview as the file and plan gave it (none before the first, or when it failed).
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    // The preview with the user's choices applied (core's applyPersonChoices()): what Finish commits.
    ImportPreview chosenPreview() const;
    // The message when the file could not be previewed at all (e.g. it cannot be read).
    QString previewError() const { return m_previewError; }
    // How many previews ran on a worker thread (for tests).
    int workerRuns() const;
    // True while a worker thread, even a stopped one, has not yet handed back its result.
    bool hasWorkers() const;
    // What Finish imported (after a successful Finish).
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }

    void accept() override;
    // On the file step, a typed path not yet followed is followed first (Next then waits for it).
    bool validateCurrentPage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void busyChanged(bool busy);
    // A preview finished and is shown (or failed: previewError()).
    void previewed();

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeDetectionPage();
    QWizardPage *makePeoplePage();
    QWizardPage *makeSummaryPage();
    void browse();
    void followPath(const QString &path);
    // The path field holds a path other than the file read.
    bool typedPathPending() const;
    void startPreview();
    void showColumns();
    void finish(Result<ImportPreview> preview);
    void setBusy(bool busy);
    void showPreview();
    void showDetection();
    void showPeople();
    void showSummary();
    void updateComplete();
    // Shows what becomes of the person on `row`; with `summarise`, the counts and the last step too.
    void personChanged(int row, bool summarise = true);
    QString memberName(Id id) const;

    Plan &m_plan;
    Runner m_runner;
    QList<Member> m_members{}; // sorted by name
    QHash<Id, QString> m_memberNames{};
    QList<Event> m_events{}; // newest first

    QString m_file{};
    ImportKind m_kind = ImportKind::Attendance;
    bool m_guessKind = true;
    Id m_eventId = 0;
    std::optional<TextEncoding> m_encodingChoice{};
    ColumnOverrides m_overrides{};
    std::optional<ImportPreview> m_preview{};
    QString m_previewError{};
    QList<Id> m_choices{}; // per person: the member chosen, 0 = new
    std::optional<ImportOutcome> m_outcome{};

    TaskRunner *m_previewRunner = nullptr; // reads the file for the preview
    bool m_busy = false;
    bool m_updating = false;

    QWizardPage *m_filePage = nullptr;
    QWizardPage *m_detectionPage = nullptr;
    QWizardPage *m_peoplePage = nullptr;
    QWizardPage *m_summaryPage = nullptr;
    QLineEdit *m_path = nullptr;
    QTimer *m_pathTimer = nullptr;
    QComboBox *m_encodingBox = nullptr;
    QTableWidget *m_columns = nullptr;
    QListWidget *m_changes = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_kindBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_fileStatus = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_delimiter = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_meeting = nullptr;
    QLabel *m_eventChoice = nullptr;
    QLabel *m_eventCaption = nullptr;
    QComboBox *m_eventBox = nullptr;
    QLabel *m_peopleSummary = nullptr;
    QTableWidget *m_people = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_already = nullptr;
    QListWidget *m_warnings = nullptr;
};

} // namespace cultivate
