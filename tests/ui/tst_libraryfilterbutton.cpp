#include "AsyncStore.h"
#include "DemoMeeting.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "LibraryFilterButton.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
// The menu action with this text (mnemonics ignored), in any submenu.
QAction *action(QMenu *menu, const QString &text) {
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
        if (a->menu())
            if (QAction *found = action(a->menu(), text))
                return found;
    }
    return nullptr;
}
} // namespace

class TestLibraryFilterButton : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void menuChoicesBecomeAFilter() {
        LibraryFilterButton button;
        button.setMeeting(DemoMeeting::manifest());
        button.show();
        QCOMPARE(button.text(), QStringLiteral("Filters"));
        QSignalSpy changed(&button, &LibraryFilterButton::filterChanged);
        QMenu *menu = button.menu();
        action(menu, QStringLiteral("WG2"))->trigger();
        action(menu, QStringLiteral("Not Treated Yet"))->trigger();
        action(menu, QStringLiteral("Unread Only"))->trigger();
        QCOMPARE(changed.size(), 3);
        const LibraryFilter f = changed.last().at(0).value<LibraryFilter>();
        QCOMPARE(f.workingGroup, QStringLiteral("WG2"));
        QCOMPARE(f.outcome, std::optional<int>(-1));
        QVERIFY(f.unreadOnly && !f.lateOnly && !f.withNotesOnly && !f.type);
        QCOMPARE(button.text(), QStringLiteral("Filters (3)"));
        QVERIFY(action(menu, QStringLiteral("WG2"))->isChecked());
        QVERIFY(!action(menu, QStringLiteral("All Groups"))->isChecked());
        action(menu, QStringLiteral("LS/i"))->trigger();
        QCOMPARE(button.filter().type, std::optional<DocumentType>(DocumentType::IncomingLiaison));
        action(menu, QStringLiteral("Any Outcome"))->trigger();
        QVERIFY(!button.filter().outcome);

        // A new copy of the meeting keeps the choice; one without the group drops it.
        button.setMeeting(DemoMeeting::manifest());
        QCOMPARE(button.filter().workingGroup, QStringLiteral("WG2"));
        MeetingData other = DemoMeeting::manifest();
        other.workingGroups.removeAt(1);
        changed.clear();
        button.setMeeting(other);
        QVERIFY(button.filter().workingGroup.isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!action(menu, QStringLiteral("WG2")));
        QVERIFY(action(menu, QStringLiteral("All Groups"))->isChecked());

        // Clear shows everything, in one change.
        QAction *clear = action(menu, QStringLiteral("Clear Filters"));
        QVERIFY(clear->isEnabled());
        changed.clear();
        clear->trigger();
        QCOMPARE(changed.size(), 1);
        QVERIFY(button.filter().isEmpty());
        QVERIFY(!clear->isEnabled());
        QCOMPARE(button.text(), QStringLiteral("Filters"));
    }

    void inTheWindow() {
        // The Filters button narrows the library in the window: WG1's
        // contributions not treated yet.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(30000));
        const int all = w.filterModel()->rowCount();
        LibraryFilter f;
        f.workingGroup = QStringLiteral("WG1");
        f.type = DocumentType::Contribution;
        f.outcome = -1;
        w.libraryFilter()->setFilter(f);
        const int shownRows = w.filterModel()->rowCount();
        QVERIFY(shownRows > 0);
        QVERIFY(shownRows < all);
        for (int r = 0; r < shownRows; ++r)
            QCOMPARE(
                w.filterModel()->index(r, DocumentTableModel::WorkingGroupColumn).data().toString(),
                QStringLiteral("WG1"));
        QVERIFY(w.libraryFilter()->text().contains(QStringLiteral("3")));
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QTest::qWait(300); // the layouts take the new texts in
            w.grab().save(shots + QStringLiteral("/library-filters.png"));
        }
    }
};

QTEST_MAIN(TestLibraryFilterButton)
#include "tst_libraryfilterbutton.moc"
