// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's dialogs driven in the real main window offscreen: checklist evidence, stage notes,
// "this occurrence / the whole series", and the File menu's Save a Copy, Restore from Backup and
// exports. Modal dialogs are answered by a ModalDriver, as a person would answer them.
#include "guisupport.h"
#include "testsupport.h"

#include "core/importers/csvreader.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/commands/planundostack.h"
#include "ui/dashboard/healthsettingsdialog.h"
#include "ui/evaluate/questiondialog.h"
#include "ui/evaluate/surveydialog.h"
#include "ui/mainwindow.h"
#include "ui/people/memberdialog.h"
#include "ui/schedule/eventdialog.h"
#include "ui/welcome/newcommunitydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const QString CommunityName = QStringLiteral("Dialog Practice");

template <class T> QList<T> all(const Plan &plan)
{
    auto rows = plan.list<T>();
    REQUIRE_OK(rows);
    return rows.value();
}

// A one-year plan file with a resource, a survey and a story to cite as evidence, opened in a
// window shown offscreen. Its backups are removed with it.
struct OpenPlan {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit OpenPlan(PlanTemplate layout = PlanTemplate::OneYear)
    {
        isolateSettings();
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("dialogs.cop"));
        REQUIRE_OK(createPlan(path, NewPlanOptions{CommunityName, QDate(2026, 1, 5), layout}));
        {
            auto plan = Plan::open(path);
            REQUIRE_OK(plan);
            Resource resource;
            resource.title = QStringLiteral("Ground rules template");
            resource.addedDate = QDate(2026, 1, 20);
            REQUIRE_OK(plan.value()->add(resource));
            Survey survey;
            survey.title = QStringLiteral("Baseline survey");
            survey.kind = SurveyKind::Baseline;
            survey.date = QDate(2026, 2, 2);
            REQUIRE_OK(plan.value()->add(survey));
            Story story;
            story.title = QStringLiteral("First shared checklist");
            story.date = QDate(2026, 3, 10);
            story.narrative = QStringLiteral("Two sites now use one checklist.");
            REQUIRE_OK(plan.value()->add(story));
        }
        window = std::make_unique<MainWindow>();
        REQUIRE_OK(window->openPlan(path));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~OpenPlan()
    {
        window.reset();
        QDir(BackupStore::defaultFolderFor(path)).removeRecursively();
    }
    Plan &plan() const { return *window->plan(); }
    PlanUndoStack &stack() const { return *window->undoStack(); }
};

// Selects the `occurrence`-th row (from 0) of the schedule list titled `title`, once the
// page has refreshed (pages refresh on the next turn of the event loop after a change).
void selectEventRow(QWidget &window, const QString &title, int occurrence)
{
    auto *table = child<QTableView>(window, QStringLiteral("schedule-list"));
    const auto rowOf = [&]() -> int {
        QAbstractItemModel *model = table->model();
        int seen = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                // Occurrences of a series carry a repeat mark after the title.
                const QString text = model->index(row, column).data().toString();
                if (text != title && text != title + QStringLiteral(" ↻"))
                    continue;
                if (seen++ == occurrence)
                    return row;
                break;
            }
        }
        return -1;
    };
    REQUIRE(QTest::qWaitFor([&] { return rowOf() >= 0; }, 2000));
    table->selectRow(rowOf());
}

QStringList titlesOfSeries(const Plan &plan, Id seriesId)
{
    QStringList titles;
    for (const Event &event : all<Event>(plan)) {
        if (event.seriesId == seriesId)
            titles << event.title;
    }
    return titles;
}

} // namespace

TEST_CASE("a checklist item cites a resource, a survey and a story as evidence, and the checklist names them")
{
    OpenPlan open;
    showPage(*open.window, QStringLiteral("page-lifecycle"));
    const auto before = all<ChecklistItem>(open.plan());
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
            for (const char *name :
                 {"checklist-dialog-resource", "checklist-dialog-survey", "checklist-dialog-story"}) {
                auto *combo = dialog->findChild<QComboBox *>(QString::fromLatin1(name));
                CHECK(combo != nullptr);
                if (combo) {
                    CHECK(combo->count() == 2);
                    combo->setCurrentIndex(1);
                }
            }
        })});
        QTest::mouseClick(child<QToolButton>(*open.window, QStringLiteral("checklist-item-edit")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto after = all<ChecklistItem>(open.plan());
    std::optional<ChecklistItem> edited;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (!(after[i] == before[i])) {
            CHECK_FALSE(edited.has_value());
            edited = after[i];
        }
    }
    REQUIRE(edited.has_value());
    CHECK(edited->evidenceResourceId == all<Resource>(open.plan()).first().id);
    CHECK(edited->evidenceSurveyId == all<Survey>(open.plan()).first().id);
    CHECK(edited->evidenceStoryId == all<Story>(open.plan()).first().id);
    CHECK_FALSE(edited->evidenceEventId.has_value());

    REQUIRE(QTest::qWaitFor([&] {
        const auto *label = open.window->findChild<QLabel *>(QStringLiteral("checklist-item-evidence"));
        return label && label->text().contains(QStringLiteral("Ground rules template"));
    }));
    const QString shown = child<QLabel>(*open.window, QStringLiteral("checklist-item-evidence"))->text();
    CHECK(shown.contains(QStringLiteral("Survey: ")));
    CHECK(shown.contains(QStringLiteral("Baseline survey")));
    CHECK(shown.contains(QStringLiteral("First shared checklist")));

    open.stack().undo();
    CHECK(all<ChecklistItem>(open.plan()) == before);
    open.stack().redo();
    CHECK(all<ChecklistItem>(open.plan()) == after);
}

TEST_CASE("typing a stage's notes is one undo step, and undo puts the old notes back in the editor")
{
    OpenPlan open;
    showPage(*open.window, QStringLiteral("page-lifecycle"));
    const auto stagesBefore = all<Stage>(open.plan());
    auto *notes = child<QPlainTextEdit>(*open.window, QStringLiteral("stage-notes"));
    CHECK_FALSE(notes->isReadOnly());
    const QString old = notes->toPlainText();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral("Sponsor wants a pilot by May."));
    const int steps = open.stack().count();
    CHECK(steps == 1);

    const auto stagesAfter = all<Stage>(open.plan());
    int changed = 0;
    for (qsizetype i = 0; i < stagesAfter.size(); ++i) {
        if (!(stagesAfter[i] == stagesBefore[i])) {
            ++changed;
            CHECK(stagesAfter[i].notes == old + QStringLiteral("Sponsor wants a pilot by May."));
        }
    }
    CHECK(changed == 1);
    CHECK(notes->toPlainText().endsWith(QStringLiteral("by May.")));

    open.stack().undo();
    CHECK(all<Stage>(open.plan()) == stagesBefore);
    REQUIRE(QTest::qWaitFor([&] { return notes->toPlainText() == old; }));
    open.stack().redo();
    CHECK(all<Stage>(open.plan()) == stagesAfter);
}

TEST_CASE("in the schedule, a weekly series is made, one occurrence or the whole series edited, and deleted")
{
    OpenPlan open(PlanTemplate::Empty);
    showPage(*open.window, QStringLiteral("page-schedule"));
    const QString title = QStringLiteral("Coffee and cases");

    // New event, repeating every week until the end of February: one undo step.
    {
        ModalDriver driver({acceptDialog([&title](QWidget *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("event-title"));
            auto *repeat = dialog->findChild<QComboBox *>(QStringLiteral("event-repeat"));
            auto *start = dialog->findChild<QDateTimeEdit *>(QStringLiteral("event-start"));
            auto *until = dialog->findChild<QDateEdit *>(QStringLiteral("event-until"));
            CHECK((name && repeat && start && until));
            if (!(name && repeat && start && until))
                return;
            name->setText(title);
            start->setDateTime(QDateTime(QDate(2026, 2, 3), QTime(9, 30)));
            repeat->setCurrentIndex(repeat->findData(static_cast<int>(Recurrence::Weekly)));
            until->setDate(QDate(2026, 2, 28));
        })});
        QTest::mouseClick(child<QPushButton>(*open.window, QStringLiteral("schedule-new")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    const auto series = all<Series>(open.plan());
    REQUIRE(series.size() == 1);
    const Id seriesId = series.first().id;
    const auto created = all<Event>(open.plan());
    CHECK(titlesOfSeries(open.plan(), seriesId) == QStringList(4, title)); // 3, 10, 17, 24 February
    CHECK(open.stack().count() == 1);

    // This occurrence only.
    selectEventRow(*open.window, title, 1);
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
                                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("event-title"));
                                CHECK(name != nullptr);
                                if (name)
                                    name->setText(QStringLiteral("Coffee and cases: guest speaker"));
                            }),
                            pressButton(QStringLiteral("This &Occurrence"))});
        QTest::mouseClick(child<QPushButton>(*open.window, QStringLiteral("schedule-edit")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(titlesOfSeries(open.plan(), seriesId) ==
          QStringList{title, QStringLiteral("Coffee and cases: guest speaker"), title, title});
    open.stack().undo();
    CHECK(all<Event>(open.plan()) == created);

    // The whole series: every occurrence keeps its own date.
    selectEventRow(*open.window, title, 2);
    {
        ModalDriver driver({acceptDialog([](QWidget *dialog) {
                                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("event-title"));
                                CHECK(name != nullptr);
                                if (name)
                                    name->setText(QStringLiteral("Case clinic"));
                            }),
                            pressButton(QStringLiteral("The &Whole Series"))});
        QTest::mouseClick(child<QPushButton>(*open.window, QStringLiteral("schedule-edit")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(titlesOfSeries(open.plan(), seriesId) == QStringList(4, QStringLiteral("Case clinic")));
    for (const Event &event : all<Event>(open.plan())) {
        const auto was =
            std::find_if(created.cbegin(), created.cend(), [&](const Event &e) { return e.id == event.id; });
        REQUIRE(was != created.cend());
        CHECK(event.start == was->start);
    }
    open.stack().undo();
    CHECK(all<Event>(open.plan()) == created);

    // Cancelling the question changes nothing.
    selectEventRow(*open.window, title, 0);
    {
        ModalDriver driver({pressStandardButton(QMessageBox::Cancel)});
        QTest::mouseClick(child<QPushButton>(*open.window, QStringLiteral("schedule-delete")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(all<Event>(open.plan()) == created);

    // Deleting the whole series removes its events and the series; undo brings back both.
    selectEventRow(*open.window, title, 0);
    {
        ModalDriver driver({pressButton(QStringLiteral("The &Whole Series"))});
        QTest::mouseClick(child<QPushButton>(*open.window, QStringLiteral("schedule-delete")), Qt::LeftButton);
        CHECK(driver.finished());
    }
    CHECK(all<Event>(open.plan()).isEmpty());
    CHECK(all<Series>(open.plan()).isEmpty());
    open.stack().undo();
    CHECK(all<Event>(open.plan()) == created);
    CHECK(all<Series>(open.plan()) == series);
}

TEST_CASE("Save a Copy writes a plan file that opens with the same records")
{
    OpenPlan open;
    const QString target = open.dir.filePath(QStringLiteral("copy of dialogs.cop"));
    {
        ModalDriver driver({chooseFile(target)});
        child<QAction>(*open.window, QStringLiteral("save-copy-action"))->trigger();
        CHECK(driver.finished());
    }
    REQUIRE(QFile::exists(target));
    CHECK((QFile::permissions(target) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    auto copy = Plan::open(target, OpenMode::ReadOnly);
    REQUIRE_OK(copy);
    CHECK(copy.value()->counts().value() == open.plan().counts().value());
    CHECK(copy.value()->community().value() == open.plan().community().value());
    CHECK(open.window->plan()->path() == open.path); // the window stays on the plan itself
}

TEST_CASE("Restore from Backup brings back the plan as it was when it was opened")
{
    OpenPlan open;
    BackupStore store(BackupStore::defaultFolderFor(open.path));
    // The backup made on opening runs on a worker thread.
    REQUIRE(QTest::qWaitFor([&] { return !store.list().isEmpty(); }, 10000));
    const auto original = open.plan().community().value();
    auto renamed = original;
    renamed.name = QStringLiteral("Renamed after the backup");
    REQUIRE_OK(
        open.stack().run(new EditEntityCommand<Community>(open.plan(), original, renamed, QStringLiteral("Rename"))));
    {
        ModalDriver driver({chooseItem(0), pressStandardButton(QMessageBox::Yes)});
        child<QAction>(*open.window, QStringLiteral("restore-action"))->trigger();
        CHECK(driver.finished());
    }
    REQUIRE(open.window->plan() != nullptr);
    CHECK(open.window->plan()->community().value() == original);
    CHECK(open.window->windowTitle().startsWith(CommunityName));
    // The plan as it was before the restore was kept as a backup too.
    CHECK(store.list().size() >= 2);
}

TEST_CASE("the File menu exports the schedule as iCalendar, the whole plan as JSON and a table as CSV")
{
    OpenPlan open;
    const qsizetype events = all<Event>(open.plan()).size();
    REQUIRE(events > 0);

    const QString ics = open.dir.filePath(QStringLiteral("schedule.ics"));
    {
        ModalDriver driver({chooseFile(ics)});
        child<QAction>(*open.window, QStringLiteral("export-ics-action"))->trigger();
        CHECK(driver.finished());
    }
    const QByteArray calendar = readFile(ics);
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(calendar.count("BEGIN:VEVENT\r\n") == events);

    const QString json = open.dir.filePath(QStringLiteral("plan.json"));
    {
        ModalDriver driver({chooseFile(json)});
        child<QAction>(*open.window, QStringLiteral("export-json-action"))->trigger();
        CHECK(driver.finished());
    }
    const QJsonObject whole = QJsonDocument::fromJson(readFile(json)).object();
    CHECK(whole.value(QStringLiteral("events")).toArray().size() == events);
    CHECK(whole.value(QStringLiteral("resources")).toArray().size() == 1);

    const QString csv = open.dir.filePath(QStringLiteral("events.csv"));
    {
        ModalDriver driver({chooseFile(csv)});
        child<QAction>(*open.window, QStringLiteral("export-csv-events"))->trigger();
        CHECK(driver.finished());
    }
    const QByteArray table = readFile(csv);
    CHECK(table.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for spreadsheets
    auto records = readCsv(QString::fromUtf8(table.mid(3)));
    REQUIRE_OK(records);
    qsizetype rows = 0;
    for (const CsvRecord &record : records.value().records)
        rows += record.isBlank() ? 0 : 1;
    CHECK(rows == events + 1); // a header and one row per event
    CHECK(
        whole.value(QStringLiteral("community")).toArray().at(0).toObject().value(QStringLiteral("name")).toString() ==
        CommunityName);
}

namespace {

// The labels of `dialog` that show a mnemonic ("&Starts:") without a buddy: Qt then draws the "&" itself
// and the shortcut leads nowhere.
QStringList mnemonicsWithoutBuddy(const QWidget &dialog)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList missing;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText && mnemonic.match(label->text()).hasMatch() && !label->buddy())
            missing << label->text();
    }
    return missing;
}

} // namespace

TEST_CASE("every dialog label with a keyboard mnemonic leads to its field, so no literal ampersand shows")
{
    Event event;
    event.title = QStringLiteral("Orientation");
    event.start = QDateTime(QDate(2026, 2, 3), QTime(9, 30));
    EventDialog newEvent(event, {}, true, QDate(2026, 12, 31));
    CHECK(mnemonicsWithoutBuddy(newEvent) == QStringList{});
    EventDialog editEvent(event, {}, false, QDate(2026, 12, 31));
    CHECK(mnemonicsWithoutBuddy(editEvent) == QStringList{});
    // The start's label takes the keyboard to the start field.
    QLabel *starts = nullptr;
    for (QLabel *label : editEvent.findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("&Starts:"))
            starts = label;
    }
    REQUIRE(starts);
    CHECK(starts->buddy() == editEvent.findChild<QWidget *>(QStringLiteral("event-start")));

    QuestionDialog question(Question{});
    CHECK(mnemonicsWithoutBuddy(question) == QStringList{});
    SurveyDialog survey(Survey{}, {});
    CHECK(mnemonicsWithoutBuddy(survey) == QStringList{});
    MemberDialog member(Member{}, QDate(2026, 2, 3));
    CHECK(mnemonicsWithoutBuddy(member) == QStringList{});
    NewCommunityDialog community(QDate(2026, 2, 3));
    CHECK(mnemonicsWithoutBuddy(community) == QStringList{});
    HealthSettingsDialog health(HealthSettings{});
    CHECK(mnemonicsWithoutBuddy(health) == QStringList{});
}
