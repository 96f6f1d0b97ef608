// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a desktop application: files dropped on it, the appearance (the desktop's, light
// or dark) chosen in Preferences and remembered, Help ▸ Keyboard Shortcuts and About Qt, and a
// saved geometry that no longer fits the screen.
#include "guisupport.h"
#include "testsupport.h"

#include "core/charts/palette.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "ui/common/sidebar.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/mainwindow.h"
#include "ui/people/importwizard.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace cultivate;
using namespace cultivate::test;

namespace {

struct PlanFile {
    QTemporaryDir dir;
    QString path;

    explicit PlanFile(const QString &name = QStringLiteral("Data Practice"))
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.cop"));
        REQUIRE_OK(createPlan(path, NewPlanOptions{name, QDate(2026, 1, 5), PlanTemplate::OneYear}));
    }
};

void showOffscreen(MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

// Drags `paths` over the window and drops them, as a file manager does. Returns whether the window
// accepted the drag when it entered.
bool dropFiles(MainWindow &window, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    data.setUrls(urls);
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

QString memberList(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    REQUIRE(QFile::copy(QStringLiteral(CULTIVATE_TEST_DATA "/import/members-basic.csv"), path));
    return path;
}

QAction *menuAction(const MainWindow &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(name);
    INFO("looking for action " << name.toStdString());
    REQUIRE(action != nullptr);
    return action;
}

// The sidebar's rows as painted: for each, whether the highlight colour fills most of its middle
// line.
QList<bool> highlightedRows(QListWidget &sidebar)
{
    const QImage image = sidebar.viewport()->grab().toImage();
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    QList<bool> rows;
    for (int row = 0; row < sidebar.count(); ++row) {
        const QRect rect = sidebar.visualItemRect(sidebar.item(row));
        const int y = int(rect.center().y() * image.devicePixelRatio());
        int matching = 0;
        for (int x = 0; x < image.width(); ++x)
            matching += image.pixelColor(x, y).rgb() == highlight.rgb() ? 1 : 0;
        rows << (matching > image.width() / 3);
    }
    return rows;
}

} // namespace

TEST_CASE("a plan file dropped on the window opens")
{
    isolateSettings();
    PlanFile first(QStringLiteral("First Community"));
    PlanFile second(QStringLiteral("Second Community"));
    MainWindow window;
    REQUIRE_OK(window.openPlan(first.path));
    showOffscreen(window);

    REQUIRE(dropFiles(window, {second.path}));
    REQUIRE(QTest::qWaitFor([&] { return window.plan() && window.plan()->path() == second.path; }));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Second Community")));
}

TEST_CASE("a CSV file dropped on the window opens the import wizard with that file chosen")
{
    isolateSettings();
    PlanFile plan;
    const QString csv = memberList(plan.dir);
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);

    QString shownFile;
    ModalDriver driver({[&](QWidget *dialog) {
        auto *wizard = qobject_cast<ImportWizard *>(dialog);
        REQUIRE(wizard != nullptr);
        shownFile = wizard->file();
        wizard->reject();
    }});
    REQUIRE(dropFiles(window, {csv}));
    REQUIRE(QTest::qWaitFor([&] { return driver.answered() == 1 && !QApplication::activeModalWidget(); }));
    CHECK(driver.finished());
    CHECK(QFileInfo(shownFile) == QFileInfo(csv));
    CHECK(child<QStackedWidget>(window, QStringLiteral("pages"))->currentWidget()->objectName() ==
          QStringLiteral("page-people"));
    CHECK(window.plan()->path() == plan.path);
}

TEST_CASE("a CSV file dropped with no plan open asks for the plan first")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString csv = memberList(dir);
    MainWindow window;
    showOffscreen(window);

    QString title;
    ModalDriver driver({[&](QWidget *dialog) {
        title = dialog->windowTitle();
        pressStandardButton(QMessageBox::Ok)(dialog);
    }});
    REQUIRE(dropFiles(window, {csv}));
    REQUIRE(QTest::qWaitFor([&] { return driver.answered() == 1 && !QApplication::activeModalWidget(); }));
    CHECK(driver.finished());
    CHECK(title == QStringLiteral("Open a Plan First"));
    CHECK(window.plan() == nullptr);
}

TEST_CASE("the window refuses to take a dragged file it cannot use")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("photo.png"));
    QFile file(picture);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow window;
    showOffscreen(window);
    CHECK_FALSE(dropFiles(window, {picture}));
}

TEST_CASE("the keyboard shortcuts dialog lists the actions' own shortcuts")
{
    isolateSettings();
    PlanFile plan;
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);

    ShortcutsDialog dialog(&window);
    dialog.addMenus(*window.menuBar());
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    CHECK(dialog.shortcutFor(QStringLiteral("Undo")) == undo);
    CHECK(dialog.shortcutFor(QStringLiteral("Open…")) ==
          QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    CHECK(dialog.shortcutFor(QStringLiteral("Preferences…")) == QStringLiteral("Ctrl+,"));
    CHECK(dialog.shortcutFor(QStringLiteral("Overview")) == QStringLiteral("Ctrl+1"));

    // Every action of the menus with a shortcut is listed, and nothing else.
    int withShortcut = 0;
    std::function<void(const QMenu &)> count = [&](const QMenu &menu) {
        for (const QAction *action : menu.actions()) {
            if (action->menu())
                count(*action->menu());
            else if (!action->shortcut().isEmpty())
                ++withShortcut;
        }
    };
    for (const QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            count(*top->menu());
    }
    int listed = 0;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        listed += dialog.list()->topLevelItem(i)->childCount();
    CHECK(withShortcut >= 15);
    CHECK(listed == withShortcut);
}

TEST_CASE("Help ▸ Keyboard Shortcuts opens the list, which filters by key")
{
    isolateSettings();
    PlanFile plan;
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);

    auto *help = child<QMenu>(*window.menuBar(), QStringLiteral("help-menu"));
    CHECK(help->actions().contains(menuAction(window, QStringLiteral("shortcuts-action"))));
    CHECK(help->actions().contains(menuAction(window, QStringLiteral("about-qt-action"))));

    QStringList visible;
    QString schedule;
    ModalDriver driver({[&](QWidget *widget) {
        auto *dialog = qobject_cast<ShortcutsDialog *>(widget);
        REQUIRE(dialog != nullptr);
        schedule = dialog->shortcutFor(QStringLiteral("New Event…"));
        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("shortcuts-filter")), QStringLiteral("Ctrl+Z"));
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = dialog->list()->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (!group->child(j)->isHidden() && !group->isHidden())
                    visible << group->child(j)->text(0);
            }
        }
        dialog->reject();
    }});
    menuAction(window, QStringLiteral("shortcuts-action"))->trigger();
    CHECK(driver.finished());
    CHECK(visible == QStringList{QStringLiteral("Undo")});
    CHECK(schedule == QStringLiteral("Ctrl+Shift+E"));
}

TEST_CASE("the window follows the desktop's style and colours until another appearance is chosen")
{
    isolateSettings();
    applyAppearance(Appearance::Desktop);
    const QString desktopStyle = QApplication::style()->name();
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);

    MainWindow window;
    CHECK(currentAppearance() == Appearance::Desktop);
    CHECK(QApplication::style()->name() == desktopStyle);
    CHECK(QApplication::palette().color(QPalette::Window) == desktopWindow);

    applyAppearance(Appearance::Dark);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    CHECK(isDarkTheme());
    applyAppearance(Appearance::Desktop);
    CHECK(QApplication::style()->name() == desktopStyle);
    CHECK(QApplication::palette().color(QPalette::Window) == desktopWindow);
}

TEST_CASE("the appearance chosen in Preferences shows at once, is remembered on OK and undone by Cancel")
{
    isolateSettings();
    MainWindow window;
    showOffscreen(window);
    REQUIRE(currentAppearance() == Appearance::Desktop);
    CHECK(menuAction(window, QStringLiteral("preferences-action"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_Comma));

    SECTION("OK keeps the dark theme, and the next window starts with it")
    {
        bool darkWhileOpen = false;
        ModalDriver driver({answerDialog(QStringLiteral("preferences-dialog"), [&](QDialog &dialog) {
            child<QRadioButton>(dialog, QStringLiteral("appearance-dark"))->click();
            darkWhileOpen = isDarkTheme();
        })});
        menuAction(window, QStringLiteral("preferences-action"))->trigger();
        CHECK(driver.finished());
        CHECK(darkWhileOpen);
        CHECK(savedAppearance() == Appearance::Dark);

        applyAppearance(Appearance::Desktop);
        MainWindow next;
        CHECK(currentAppearance() == Appearance::Dark);
        CHECK(isDarkTheme());
    }
    SECTION("Cancel puts back the appearance the window had")
    {
        ModalDriver driver({[&](QWidget *widget) {
            auto *dialog = qobject_cast<PreferencesDialog *>(widget);
            REQUIRE(dialog != nullptr);
            dialog->setAppearance(Appearance::Light);
            REQUIRE(currentAppearance() == Appearance::Light);
            dialog->reject();
        }});
        menuAction(window, QStringLiteral("preferences-action"))->trigger();
        CHECK(driver.finished());
        CHECK(currentAppearance() == Appearance::Desktop);
        CHECK(savedAppearance() == Appearance::Desktop);
    }
    applyAppearance(Appearance::Desktop);
}

TEST_CASE("an earlier dark-theme setting is read as the dark appearance")
{
    isolateSettings();
    QSettings().setValue(QStringLiteral("view/darkTheme"), true);
    CHECK(savedAppearance() == Appearance::Dark);
    saveAppearance(Appearance::Light);
    CHECK(savedAppearance() == Appearance::Light);
    CHECK_FALSE(QSettings().contains(QStringLiteral("view/darkTheme")));
}

TEST_CASE("charts take the dark chart theme when the palette's window colour is dark")
{
    isolateSettings();
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark, Appearance::Desktop}) {
        applyAppearance(appearance);
        const bool darkWindow = QApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
        INFO("appearance " << appearanceKey(appearance).toStdString());
        CHECK(isDarkTheme() == darkWindow);
        CHECK(ChartPalette{isDarkTheme()}.dark == darkWindow);
    }
    CHECK_FALSE(isDarkTheme()); // the offscreen desktop is light
}

TEST_CASE("in the dark theme the sidebar highlights only the current page")
{
    isolateSettings();
    PlanFile plan;
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);
    applyAppearance(Appearance::Dark);
    auto *sidebar = child<QListWidget>(window, QStringLiteral("navigation"));
    for (const int row : {3, 7, 0}) {
        sidebar->setCurrentRow(row);
        QList<bool> expected(sidebar->count(), false);
        expected[row] = true;
        INFO("current row " << row);
        CHECK(highlightedRows(*sidebar) == expected);
    }
    applyAppearance(Appearance::Desktop);
}

TEST_CASE("the sidebar's wash under a resting pointer goes when the page changes from the keyboard")
{
    isolateSettings();
    PlanFile plan;
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);
    applyAppearance(Appearance::Dark);
    auto *sidebar = child<Sidebar>(window, QStringLiteral("navigation"));
    // The colour at the left end of a row, inside its rounded highlight and before its icon.
    const auto rowColour = [sidebar](int row) {
        const QImage image = sidebar->viewport()->grab().toImage();
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        const qreal ratio = image.devicePixelRatio();
        return image.pixelColor(int((rect.left() + em(sidebar) * 0.8) * ratio), int(rect.center().y() * ratio)).rgb();
    };

    QTest::mouseMove(sidebar->viewport(), sidebar->visualItemRect(sidebar->item(0)).center());
    QTest::mouseMove(sidebar->viewport(), sidebar->visualItemRect(sidebar->item(1)).center());
    REQUIRE(QTest::qWaitFor([&] { return rowColour(1) == Sidebar::hoverColour().rgb(); }));

    sidebar->setCurrentRow(4); // as Ctrl+5 does; the pointer stays on row 1
    CHECK(QTest::qWaitFor([&] { return rowColour(1) == Sidebar::panelColour().rgb(); }));
    CHECK(rowColour(4) == QApplication::palette().color(QPalette::Active, QPalette::Highlight).rgb());

    QTest::mouseMove(sidebar->viewport(), sidebar->visualItemRect(sidebar->item(2)).center());
    CHECK(QTest::qWaitFor([&] { return rowColour(2) == Sidebar::hoverColour().rgb(); }));
    applyAppearance(Appearance::Desktop);
}

TEST_CASE("a backup that is cancelled stops and leaves no file behind")
{
    PlanFile plan;
    auto opened = Plan::open(plan.path, OpenMode::ReadOnly);
    REQUIRE_OK(opened);
    QTemporaryDir folder;
    BackupStore store(folder.path());
    const std::atomic_bool cancel{true};
    CHECK_FALSE(store.backUp(*opened.value(), &cancel).ok());
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    const std::atomic_bool goOn{false};
    CHECK(store.backUp(*opened.value(), &goOn).ok());
    CHECK(store.list().size() == 1);
}

TEST_CASE("only the current page's size decides when the pages scroll")
{
    isolateSettings();
    PlanFile plan;
    MainWindow window;
    REQUIRE_OK(window.openPlan(plan.path));
    showOffscreen(window);
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    int widest = 0;
    for (int i = 0; i < pages->count(); ++i)
        widest = qMax(widest, pages->widget(i)->minimumSizeHint().width());
    showPage(window, QStringLiteral("page-overview"));
    CHECK(pages->minimumSizeHint().width() < widest);
    CHECK(window.minimumSizeHint().width() < widest);
}

TEST_CASE("a saved window size larger than the screen is fitted into it")
{
    isolateSettings();
    const QRect available = QApplication::primaryScreen()->availableGeometry();
    {
        QWidget large;
        large.setGeometry(available.left() + 40, available.top() + 40, available.width() + 600,
                          available.height() + 400);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), large.saveGeometry());
    }
    MainWindow window;
    showOffscreen(window);
    INFO("screen " << available.width() << "x" << available.height() << ", window " << window.width() << "x"
                   << window.height());
    // Once shown, the window knows its frame and keeps that inside the screen too.
    CHECK(QTest::qWaitFor([&] { return available.contains(window.frameGeometry()); }));
}
