// A delegate's window following the chairman's session on Apache mod_dav:
// changes arrive live, what the delegate is reading stays put, nothing can
// be edited, and following resumes after a restart.
#include "AsyncStore.h"
#include "DemoMeeting.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "SessionPanel.h"
#include "SessionPublisher.h"
#include "Store.h"
#include "TestServer.h"
#include "Translations.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Plenary;
using namespace PlenaryTest;

class TestMainWindowFollow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void delegateFollowsLive() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, chairDir, delegateDir;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/"));
        const QString mid = QStringLiteral("fg-smart-1");

        // The chairman, headless: publishes the demo session.
        Store chair(DataPaths::at(chairDir.path()).databaseFile());
        QVERIFY(chair.open());
        QVERIFY(DemoMeeting::ensureCurrentMeeting(chair, DataPaths::at(chairDir.path()), &error));
        QNetworkAccessManager nam;
        SessionPublisher publisher(chair, nam, mid);
        QVERIFY(publisher.connectTo(url, &error));
        QSignalSpy published(&publisher, &SessionPublisher::finished);
        publisher.publish();
        QVERIFY(published.wait(15000));

        // The delegate's window starts following.
        {
            QSettings settings(delegateDir.filePath(QStringLiteral("plenary.ini")),
                               QSettings::IniFormat);
            AsyncStore store(DataPaths::at(delegateDir.path()));
            MainWindow w(&store, &settings);
            QSignalSpy shown(&w, &MainWindow::meetingShown);
            w.resize(1280, 800);
            w.show();
            QVERIFY(shown.wait(30000));
            store.startFollowing(url, 300);
            QSignalSpy polled(&store, &AsyncStore::followPolled);
            QVERIFY(polled.wait(10000) || !polled.isEmpty());
            // Reading FG-Smart-I-0020, scrolled to it.
            const QString reading = QStringLiteral("FG-Smart-I-0020");
            const QModelIndex row = w.filterModel()->mapFromSource(
                w.documentModel()->index(w.documentModel()->rowOf(reading), 0));
            w.documentView()->setCurrentIndex(row);
            w.documentView()->scrollTo(row);
            const int scroll = w.documentView()->verticalScrollBar()->value();

            // The chairman allocates and records; within a poll the window has it.
            QVERIFY(chair.setAllocation(mid, QStringLiteral("FG-Smart-I-0012"),
                                        {QStringLiteral("WG2"), QStringLiteral("8")}));
            Outcome o;
            o.agendaItem = QStringLiteral("8");
            o.documents = {QStringLiteral("FG-Smart-I-0012")};
            o.status = OutcomeStatus::Revised;
            o.target = chair.nextFreeNumber(mid);
            QVERIFY(chair.addOutcome(mid, o) > 0);
            QVERIFY(chair.setCurrentItem(mid, QStringLiteral("8")));
            published.clear();
            publisher.publish();
            QVERIFY(published.wait(15000));
            QTRY_COMPARE_WITH_TIMEOUT(w.documentModel()->rowCount(), 37, 10000);
            QTRY_COMPARE(w.documentModel()
                             ->index(w.documentModel()->rowOf(QStringLiteral("FG-Smart-I-0012")),
                                     DocumentTableModel::WorkingGroupColumn)
                             .data()
                             .toString(),
                         QStringLiteral("WG2"));
            QTRY_VERIFY(w.statusBar()->currentMessage().contains(
                QStringLiteral("8: FG-Smart-I-0012 allocated to WG2")));
            // Still reading the same document, at the same place.
            QCOMPARE(
                w.documentView()->currentIndex().data(DocumentTableModel::NumberRole).toString(),
                reading);
            QCOMPARE(w.documentView()->verticalScrollBar()->value(), scroll);

            // Read-only: no recording, no agenda moves, no drops.
            QVERIFY(w.session()->isReadOnly());
            QVERIFY(!w.sessionPanel()
                         ->findChild<QPushButton *>(QStringLiteral("recordOutcome"))
                         ->isEnabled());
            QCOMPARE(w.agendaView()->dragDropMode(), QAbstractItemView::NoDragDrop);
            const int before = w.session()->undoStack()->count();
            w.session()->allocateToWorkingGroup({reading}, QStringLiteral("WG3"));
            QCOMPARE(w.session()->undoStack()->count(), before);
        }
        // Restarted, the window resumes following by itself.
        {
            QSettings settings(delegateDir.filePath(QStringLiteral("plenary.ini")),
                               QSettings::IniFormat);
            AsyncStore store(DataPaths::at(delegateDir.path()));
            MainWindow w(&store, &settings);
            QSignalSpy polled(&store, &AsyncStore::followPolled);
            w.show();
            QVERIFY(polled.wait(15000) || !polled.isEmpty());
            QVERIFY(w.session()->isReadOnly());
            // Stop Following is remembered too.
            store.stopFollowing();
            QTRY_VERIFY(!w.session()->isReadOnly());
        }
        {
            Store check(DataPaths::at(delegateDir.path()).databaseFile());
            QVERIFY(check.open());
            QVERIFY(!check.sessionLink(mid));
        }
    }
};

QTEST_MAIN(TestMainWindowFollow)
#include "tst_mainwindowfollow.moc"
