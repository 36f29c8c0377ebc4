// The main window during and after a sync from a real nginx on 127.0.0.1.
#include "AsyncStore.h"
#include "DocumentTableModel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SyncStatusWidget.h"
#include "TestServer.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

class TestMainWindowSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void syncShowsProgressAndStates() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        generateMeetingFolder(www.filePath(QStringLiteral("fg/docs")), 12, 200000, 400000, 21,
                              false);
        TestServer server(TestServer::Nginx);
        QString error;
        // Slow enough to see the progress on the way.
        QVERIFY2(server.start(www.path(), &error, QStringLiteral("location / { limit_rate 2m; }")),
                 qPrintable(error));

        QSettings settings(data.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(data.path()));
        MainWindow window(&store, &settings);
        QSignalSpy shown(&window, &MainWindow::meetingShown);
        window.resize(1280, 800);
        window.show();
        QVERIFY(shown.wait(30000)); // the demo first

        QAction *syncNow = nullptr;
        for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
            if (a->text() == QStringLiteral("&Sync Now"))
                syncNow = a;
        QVERIFY(syncNow);
        QVERIFY(!syncNow->isEnabled()); // the demo comes from nowhere

        QSignalSpy progress(&store, &AsyncStore::syncProgress);
        QSignalSpy finished(&store, &AsyncStore::syncFinished);
        store.sync(server.url(QStringLiteral("/fg/docs/")));
        auto *status = window.findChild<SyncStatusWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral(" of 14 files")), 20000);
        QVERIFY(!syncNow->isEnabled()); // not twice at once
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/sync-in-progress.png"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.at(0).at(0).value<SyncResult>().ok);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!status->isVisible());

        // The synced meeting is on screen, every document local.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("meetingTitle"))->text(),
                 QStringLiteral("docs"));
        QCOMPARE(window.documentModel()->rowCount(), 12);
        for (int row = 0; row < 12; ++row)
            QCOMPARE(window.documentModel()
                         ->index(row, DocumentTableModel::StateColumn)
                         .data()
                         .toString(),
                     QStringLiteral("Local"));
        QVERIFY(syncNow->isEnabled());
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/sync-done.png"));

        // Sync Now again: nothing to download.
        syncNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        const SyncResult again = finished.at(1).at(0).value<SyncResult>();
        QCOMPARE(again.downloaded, 0);
        QCOMPARE(again.unchanged, 14);
    }

    void asksForAPasswordWhenTheServerWantsOne() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        generateMeetingFolder(www.filePath(QStringLiteral("closed")), 3, 100, 1000, 8, false,
                              false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error,
                              server.basicAuthConfig(QStringLiteral("/closed/"),
                                                     QStringLiteral("delegate"),
                                                     QStringLiteral("geneva2010"))),
                 qPrintable(error));
        QSettings settings(data.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(data.path()));
        MainWindow window(&store, &settings);
        QSignalSpy shown(&window, &MainWindow::meetingShown);
        window.show();
        QVERIFY(shown.wait(30000));
        QSignalSpy finished(&store, &AsyncStore::syncFinished);
        store.sync(server.url(QStringLiteral("/closed/")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).value<SyncResult>().authenticationRequired);
        LoginDialog *login = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((login = window.findChild<LoginDialog *>()) != nullptr, 10000);
        QVERIFY(QTest::qWaitForWindowExposed(login));
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            login->grab().save(dir + QStringLiteral("/login.png"));
        login->setUser(QStringLiteral("delegate"));
        login->setPassword(QStringLiteral("geneva2010"));
        login->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        const SyncResult r = finished.at(1).at(0).value<SyncResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.downloaded, 3);
    }
};

QTEST_MAIN(TestMainWindowSync)
#include "tst_mainwindowsync.moc"
